"""unattributed-quote sees a speaker named near a quote by the verbs of speech
of the analysis's lexicon, so a newsroom's ``[lexicon]`` changes the model
and the rule alike."""

from __future__ import annotations

import types
from collections.abc import Iterator, Sequence

import pytest

import mediacheck
from mediacheck import (
    Check,
    CheckContext,
    Config,
    Document,
    Engine,
    Finding,
    Lexicon,
    Rule,
    hookimpl,
)

#: The model cannot tie the quote to its speaker (a long aside between the
#: name and the verb); only a verb of speech in the paragraph spares it.
ASIDE = (
    '"We will never leave this town, not ever, whatever the council decides," '
    "the port's chief engineer, Ana Costa, 51, of Dover, who has run the port "
    "since 2019, {verb}.\n"
)
QUOTE = '"We will never leave this town, not ever, whatever the council decides,"'


def reported(text: str, lexicon: Lexicon | None = None) -> list[str]:
    config = None if lexicon is None else Config(lexicon=lexicon)
    findings = mediacheck.check(text, select=["unattributed-quote"], config=config)
    return [f.span.text for f in findings]


def test_the_model_does_not_credit_the_quote() -> None:
    """The rule's gate, not the model, decides these cases."""
    document = mediacheck.parse(ASIDE.format(verb="shouted"))
    assert [q.text for q in document.quotes] == [QUOTE]
    assert not any(a.quotes for a in document.attributions)


def test_an_extra_speech_verb_counts_for_the_model_and_the_rule() -> None:
    """One [lexicon] entry makes '"No," she chirped' speech and names the speaker."""
    newsroom = Lexicon(extra={"speech-verbs": ["chirped"]})
    short = '"No," she chirped.'
    assert [str(q.kind) for q in mediacheck.parse(short).quotes] == ["scare"]
    assert [str(q.kind) for q in mediacheck.parse(short, lexicon=newsroom).quotes] == ["speech"]
    text = ASIDE.format(verb="chirped")
    assert reported(text) == [QUOTE]
    assert reported(text, newsroom) == []


def test_an_ignored_speech_verb_names_no_speaker() -> None:
    text = ASIDE.format(verb="shouted")
    assert reported(text) == []
    assert reported(text, Lexicon(ignore={"speech-verbs": ["shouted"]})) == [QUOTE]


@pytest.mark.parametrize("verb", ["grumbled", "conceded", "whispered"])
def test_every_built_in_speech_verb_names_a_speaker(verb: str) -> None:
    """The built-in list is the rule's list, not a shorter one of its own."""
    assert reported(ASIDE.format(verb=verb)) == []
    assert reported(ASIDE.format(verb="hummed")) == [QUOTE]


def test_checks_get_the_engines_lexicon() -> None:
    """The engine hands a check the lexicon it analyses with; a check
    called by hand, with no engine, reads the shipped lists."""
    seen: list[Lexicon] = []

    def record(document: Document, context: CheckContext) -> Iterator[Finding]:
        seen.append(context.lexicon)
        return iter(())

    plugin = types.ModuleType("lexicon_recorder")

    @hookimpl
    def mediacheck_checks() -> Sequence[Check]:
        return [Check([RECORDED], record)]

    plugin.mediacheck_checks = mediacheck_checks  # type: ignore[attr-defined]
    newsroom = Lexicon(extra={"speech-verbs": ["hums"]})
    Engine(plugins=[plugin], entrypoints=False, config=Config(lexicon=newsroom)).check("Text.")
    assert seen == [newsroom]
    assert CheckContext(mediacheck.parse("Text.")).lexicon == Lexicon()


RECORDED = Rule(
    slug="lexicon-recorded",
    title="Records its context's lexicon",
    severity="info",
    description="Reports nothing.",
)
