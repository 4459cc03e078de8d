"""mediacheck.testing and its pytest fixtures behave as plugin authors are told."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediacheck
from mediacheck import Check, CheckContext, Document, Engine, Finding, Rule, hookimpl
from mediacheck.testing import (
    GOLDEN_ENV,
    MarkedText,
    assert_flags,
    assert_matches_golden,
    findings_to_json,
    mark,
    parse_marked,
    registered,
    run_check,
)

GRIM = Rule(
    slug="grim-word",
    title="The word grim",
    severity="info",
    description="Reports 'grim', or the configured word.",
    options={"word": "grim"},
)


def grims(document: Document, context: CheckContext) -> Iterator[Finding]:
    word = context.option(GRIM, "word")
    start = document.text.find(word)
    while start != -1:
        yield context.finding(GRIM, (start, start + len(word)), f"the word {word!r}")
        start = document.text.find(word, start + 1)


def make_plugin(name: str, run: Callable[[Document, CheckContext], Iterator[Finding]]) -> object:
    module = types.ModuleType(name)

    @hookimpl
    def mediacheck_checks() -> Sequence[Check]:
        return [Check([GRIM], run)]

    module.mediacheck_checks = mediacheck_checks  # type: ignore[attr-defined]
    return module


GRIM_PLUGIN = make_plugin("grim", grims)


class TestMarkers:
    def test_markers_are_stripped_and_located(self) -> None:
        marked = parse_marked("A [[grim]] day and a [[stark]] one.")
        assert marked == MarkedText("A grim day and a stark one.", ((2, 6), (17, 22)))

    def test_text_without_markers_expects_nothing(self) -> None:
        assert parse_marked("Nothing here.") == MarkedText("Nothing here.", ())

    @pytest.mark.parametrize(
        ("marked", "message"),
        [
            pytest.param("a [[b", "never closed", id="unclosed"),
            pytest.param("a b]]", "closes no marker", id="stray-close"),
            pytest.param("[[a [[b]] c]]", "opens inside", id="nested"),
        ],
    )
    def test_unbalanced_markers_are_errors(self, marked: str, message: str) -> None:
        with pytest.raises(ValueError, match=message):
            parse_marked(marked)

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=st.characters(exclude_characters="[]")), st.data())
    def test_mark_inverts_parse_marked(self, text: str, data: st.DataObject) -> None:
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        assert parse_marked(mark(text, spans)) == MarkedText(text, tuple(spans))


class TestRunCheck:
    def test_rule_from_given_plugins(self) -> None:
        findings = run_check("A grim day, a grim night.", GRIM, plugins=[GRIM_PLUGIN])
        assert [(f.span.start, f.span.text, f.plugin) for f in findings] == [
            (2, "grim", "grim"),
            (14, "grim", "grim"),
        ]

    def test_plugin_runs_all_its_rules(self) -> None:
        assert [f.rule for f in run_check("grim", GRIM_PLUGIN)] == ["grim-word"]

    def test_rule_options(self) -> None:
        findings = run_check(
            "grim and bleak", GRIM, plugins=[GRIM_PLUGIN], options={"word": "bleak"}
        )
        assert [f.span.text for f in findings] == ["bleak"]

    def test_installed_rule_by_slug(self) -> None:
        """Without ``plugins`` the installed ones are used, and only the named rule reports."""
        findings = run_check(
            "Fine.\n\n“We will never give up on this town and its people.”", "unattributed-quote"
        )
        assert {f.rule for f in findings} == {"unattributed-quote"}

    def test_document_accepted(self) -> None:
        document = mediacheck.parse("grim")
        assert len(run_check(document, GRIM, plugins=[GRIM_PLUGIN])) == 1

    def test_published_as_text(self) -> None:
        seen = []

        def remember(document: Document, context: CheckContext) -> Iterator[Finding]:
            seen.append(document.published)
            return iter(())

        run_check("text", make_plugin("dates", remember), published="2025-12-19")
        assert str(seen[0]) == "2025-12-19"

    @pytest.mark.parametrize(
        ("text", "format"),
        [
            ("<p>A <b>grim</b> day &amp; a grim night.</p>", "html"),
            ("A **grim** day & a [grim](http://x) night.\n", "markdown"),
        ],
    )
    def test_text_read_in_the_format_of_a_rule_example(self, text: str, format: str) -> None:
        """A RuleExample written in HTML is run as the page a reader sees,
        as the catalogue reads it, not as text with its tags in."""
        findings = run_check(text, GRIM, plugins=[GRIM_PLUGIN], format=format)
        assert [f.span.text for f in findings] == ["grim", "grim"]
        assert findings[0].span.start == 2

    def test_html_gives_its_publication_date(self) -> None:
        seen = []

        def remember(document: Document, context: CheckContext) -> Iterator[Finding]:
            seen.append(document.published)
            return iter(())

        page = '<meta name="date" content="2025-12-19"><p>The day.</p>'
        run_check(page, make_plugin("dates", remember), format="html", published="2020-01-01")
        assert str(seen[0]) == "2025-12-19"

    @pytest.mark.parametrize(
        ("text", "format", "message"),
        [
            ("text", "docx", "no input format 'docx' (formats: html, jsonl, markdown, text)"),
            ("<p>Cut <a href='x", "html", "example.html: malformed HTML"),
            ('{"text": "a"}\n{"text": "b"}\n', "jsonl", "holds 2 documents, not one"),
        ],
        ids=["unknown", "unreadable", "corpus"],
    )
    def test_text_no_format_reads_as_one_document(
        self, text: str, format: str, message: str
    ) -> None:
        with pytest.raises(ValueError, match=re.escape(message)):
            run_check(text, GRIM, plugins=[GRIM_PLUGIN], format=format)

    def test_crashing_check_fails_the_test(self) -> None:
        def crash(document: Document, context: CheckContext) -> Iterator[Finding]:
            raise KeyError("extras")

        with pytest.raises(AssertionError, match=r"the check failed:\n  crash: KeyError"):
            run_check("text", make_plugin("crash", crash))


class TestAssertFlags:
    def test_exact_spans_pass_and_findings_are_returned(self) -> None:
        findings = assert_flags("A [[grim]] day.", GRIM, plugins=[GRIM_PLUGIN])
        assert findings[0].message == "the word 'grim'"

    def test_no_markers_asserts_silence(self) -> None:
        assert assert_flags("A fine day.", GRIM, plugins=[GRIM_PLUGIN]) == []

    def test_missed_span_is_shown(self) -> None:
        with pytest.raises(AssertionError) as caught:
            assert_flags("A [[grim]] and [[bleak]] day.", GRIM, plugins=[GRIM_PLUGIN])
        message = str(caught.value)
        assert "grim-word did not flag exactly the marked spans" in message
        assert "missed:     'bleak' at 11..16" in message
        assert "-A [[grim]] and [[bleak]] day." in message
        assert "+A [[grim]] and bleak day." in message

    def test_unexpected_span_is_shown(self) -> None:
        with pytest.raises(AssertionError, match=r"unexpected: 'grim' at 8\.\.12"):
            assert_flags("A [[grim]], grim day.", GRIM, plugins=[GRIM_PLUGIN])

    def test_wrong_extent_is_both_missed_and_unexpected(self) -> None:
        with pytest.raises(AssertionError) as caught:
            assert_flags("A [[grim day]].", GRIM, plugins=[GRIM_PLUGIN])
        assert "missed:     'grim day'" in str(caught.value)
        assert "unexpected: 'grim'" in str(caught.value)


class TestGolden:
    def findings(self) -> list[Finding]:
        return run_check("grim, grim", GRIM, plugins=[GRIM_PLUGIN])

    def test_update_writes_then_compare_passes(self, tmp_path: Path) -> None:
        path = tmp_path / "golden" / "grim.json"
        assert_matches_golden(self.findings(), path, update=True)
        assert [r["start"] for r in json.loads(path.read_text())] == [0, 6]
        assert_matches_golden(self.findings(), path)

    def test_difference_shows_a_diff(self, tmp_path: Path) -> None:
        path = tmp_path / "grim.json"
        path.write_text(findings_to_json(self.findings()[:1]))
        with pytest.raises(AssertionError, match=r'(?s)differ from .*\+    "end": 10'):
            assert_matches_golden(self.findings(), path)

    def test_missing_file_says_how_to_create_it(self, tmp_path: Path) -> None:
        with pytest.raises(AssertionError, match=f"{GOLDEN_ENV}=1 to create it"):
            assert_matches_golden([], tmp_path / "none.json")

    def test_environment_variable_updates(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv(GOLDEN_ENV, "1")
        assert_matches_golden([], tmp_path / "empty.json")
        assert (tmp_path / "empty.json").read_text() == "[]\n"


class TestRegistered:
    def test_plugin_is_seen_by_every_engine_inside_the_block_only(self) -> None:
        with registered(GRIM_PLUGIN) as name:
            assert name == "grim"
            assert [f.plugin for f in mediacheck.check("grim")] == ["grim"]
            assert "grim" in {p for p, _ in Engine().rules}
        assert all(f.plugin != "grim" for f in mediacheck.check("grim"))
        assert "grim" not in {p for p, _ in Engine().rules}

    def test_one_name_at_a_time(self) -> None:
        with (
            registered(GRIM_PLUGIN),
            pytest.raises(ValueError, match="already registered"),
            registered(GRIM_PLUGIN),
        ):
            pass  # pragma: no cover


class TestPytestPlugin:
    """The fixtures arrive through the pytest11 entry point, in this very session."""

    def test_mediacheck_plugin_fixture(self, mediacheck_plugin: Callable[..., str]) -> None:
        assert mediacheck_plugin(GRIM_PLUGIN, "grim-fixture") == "grim-fixture"
        assert [f.plugin for f in mediacheck.check("grim")] == ["grim-fixture"]

    def test_mediacheck_plugin_fixture_cleans_up(self) -> None:
        """Runs after the test above: the plugin is gone."""
        assert "grim-fixture" not in {p for p, _ in Engine().rules}

    def test_mediacheck_engine_fixture(self, mediacheck_engine: Callable[..., Engine]) -> None:
        engine = mediacheck_engine(GRIM_PLUGIN)
        assert [p for p, _ in engine.rules] == ["grim"]

    def test_mediacheck_golden_fixture(
        self, mediacheck_golden: Callable[[list[Finding], str], None]
    ) -> None:
        """Compares with tests/golden/grim.json, committed beside this file."""
        mediacheck_golden(run_check("A grim day.", GRIM, plugins=[GRIM_PLUGIN]), "grim")

    def test_no_fixture_is_autouse(self, request: pytest.FixtureRequest) -> None:
        assert not [n for n in request.fixturenames if n.startswith("mediacheck")]

    def test_loading_the_plugin_imports_nothing_of_mediacheck(self) -> None:
        code = (
            "import sys, _mediacheck_pytestplugin; "
            "print(sorted(m for m in sys.modules if 'mediacheck' in m))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "['_mediacheck_pytestplugin']"
