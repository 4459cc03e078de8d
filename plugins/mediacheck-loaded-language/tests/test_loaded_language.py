"""The loaded-language rule, tested the way the plugin guide shows."""

from __future__ import annotations

import attrs
import mediacheck_loaded_language as plugin
import pytest
from hypothesis import given, settings

import mediacheck
from mediacheck import Attribution, RuleExample, SourceKind
from mediacheck.strategies import Article, articles
from mediacheck.testing import assert_flags, run_check

RULE = plugin.LOADED_LANGUAGE
PLUGINS = [plugin]


@pytest.mark.parametrize("example", RULE.examples, ids=lambda e: e.text[:30])
def test_rule_examples(example: RuleExample) -> None:
    """Every example in the rule's own documentation holds."""
    findings = run_check(example.text, RULE, plugins=PLUGINS)
    assert [f.span.text for f in findings] == list(example.flagged)


@pytest.mark.parametrize(
    "marked",
    [
        "The [[grim]] figures came as a surprise.",
        "[[Shockwaves]] spread through the industry.",
        "Prices [[skyrocketed]] and then [[plummeted]].",
        "The council [[lashed  out]] at the ministry.",
        'The minister said: "It was grim." The mood was [[grim]].',
        "A stark-raving debate.",
        "Councillor Tom Grim resigned on Monday.",
        "Starkly different views were aired.",
    ],
)
def test_flags_exactly_the_marked_words(marked: str) -> None:
    assert_flags(marked, RULE, plugins=PLUGINS)


def test_headline_is_the_writer_s_voice() -> None:
    assert_flags("[[Grim]] Outlook For Harbour\n\nThe council met.", RULE, plugins=PLUGINS)


def test_reported_speech_is_left_alone() -> None:
    """Words inside attributed content belong to the source."""
    text = "The mayor said the outlook was grim."
    document = mediacheck.parse(text)
    said = Attribution(
        content=document.span(15, 35),
        source=document.span(0, 9),
        speaker="the mayor",
        source_kind=SourceKind.PERSON,
        cue=document.span(10, 14),
        index=0,
    )
    assert document.text[said.content.start : said.content.end] == "the outlook was grim"
    attributed = attrs.evolve(document, attributions=(said,))
    unattributed = attrs.evolve(document, attributions=())
    assert run_check(attributed, RULE, plugins=PLUGINS) == []
    assert [f.span.text for f in run_check(unattributed, RULE, plugins=PLUGINS)] == ["grim"]


class TestOptions:
    def test_extra_words(self) -> None:
        assert_flags(
            "A [[gut-wrenching]] loss and a [[bombshell  report]].",
            RULE,
            plugins=PLUGINS,
            options={"extra-words": ["gut-wrenching", "bombshell report"]},
        )

    def test_ignore_words(self) -> None:
        assert_flags(
            "A stark and [[grim]] choice.",
            RULE,
            plugins=PLUGINS,
            options={"ignore-words": ["stark"]},
        )

    def test_bad_option_value_is_reported(self) -> None:
        with pytest.raises(AssertionError, match="must list non-empty words"):
            run_check("grim", RULE, plugins=PLUGINS, options={"extra-words": [""]})


@settings(max_examples=100, deadline=None)
@given(articles(quoted_words=["grim", "shocking", "devastating"], indirect=False))
def test_never_reports_inside_a_quote(article: Article) -> None:
    """Loaded words put only inside quotes are never reported."""
    findings = run_check(article.text, RULE, plugins=PLUGINS, published=article.published)
    assert findings == []


@settings(max_examples=100, deadline=None)
@given(articles())
def test_findings_lie_in_the_text(article: Article) -> None:
    for finding in run_check(article.text, RULE, plugins=PLUGINS):
        assert article.text[finding.span.start : finding.span.end] == finding.span.text
        assert finding.span.text.lower() in plugin.WORDS


def test_known_by_its_name_however_loaded() -> None:
    """MEDIACHECK_NAME makes the name --select takes the entry point's name,
    here where the plugin is passed as a module."""
    findings = run_check("Harbour Plan\n\nThe outlook is grim.", "loaded-language", plugins=PLUGINS)
    assert [(f.plugin, f.span.text) for f in findings] == [("loaded-language", "grim")]
