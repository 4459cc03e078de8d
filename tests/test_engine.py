"""The engine runs each check alone, keeps owners, isolates failures and
applies selection and configuration."""

from __future__ import annotations

import gc
import re
import types
from collections.abc import Iterator, Sequence

import pytest

import mediacheck
from mediacheck import (
    Check,
    CheckContext,
    Config,
    ConfigError,
    Document,
    Engine,
    Evidence,
    Finding,
    PluginError,
    Quote,
    Rule,
    Severity,
    SourceDocument,
    Span,
    analysis,
    hookimpl,
)
from mediacheck.engine import CORE

WORD = Rule(
    slug="word-banana",
    title="The word banana",
    severity="warning",
    description="Reports every 'banana'.",
    options={"word": "banana"},
)
BROKEN = Rule(slug="always-raises", title="Raises", severity="error", description="Raises.")


def bananas(document: Document, context: CheckContext) -> Iterator[Finding]:
    word = context.option(WORD, "word")
    start = document.text.find(word)
    while start != -1:
        yield context.finding(WORD, (start, start + len(word)), f"the word {word}")
        start = document.text.find(word, start + 1)


def raises(document: Document, context: CheckContext) -> Iterator[Finding]:
    raise RuntimeError("boom")
    yield  # pragma: no cover


def make_plugin(name: str, *checks: Check) -> types.ModuleType:
    module = types.ModuleType(name)

    @hookimpl
    def mediacheck_checks() -> Sequence[Check]:
        return list(checks)

    module.mediacheck_checks = mediacheck_checks  # type: ignore[attr-defined]
    return module


@pytest.fixture
def fruit() -> types.ModuleType:
    return make_plugin("fruit", Check([WORD], bananas))


@pytest.fixture
def broken() -> types.ModuleType:
    return make_plugin("broken", Check([BROKEN], raises))


TEXT = "A banana and another banana.\n"


class TestRunning:
    def test_findings_carry_their_plugin_and_offsets(self, fruit: types.ModuleType) -> None:
        """Each finding names its plugin; text[start:end] is the finding's text."""
        findings = Engine(plugins=[fruit], entrypoints=False).check(TEXT).findings
        assert [(f.plugin, f.span.start, f.span.text) for f in findings] == [
            ("fruit", 2, "banana"),
            ("fruit", 21, "banana"),
        ]
        assert all(TEXT[f.span.start : f.span.end] == f.span.text for f in findings)

    def test_raising_check_becomes_error_and_others_survive(
        self, fruit: types.ModuleType, broken: types.ModuleType
    ) -> None:
        """A plugin that raises is reported with plugin, rule and document."""
        result = Engine(plugins=[broken, fruit], entrypoints=False).check(TEXT, id="doc-1")
        assert len(result.findings) == 2
        (error,) = result.errors
        assert (error.plugin, error.rules, error.document) == (
            "broken",
            ("always-raises",),
            "doc-1",
        )
        assert "boom" in error.message

    def test_undeclared_rule_is_an_error(self) -> None:
        def sneaky(document: Document, context: CheckContext) -> Iterator[Finding]:
            yield Finding("not-declared", Severity.INFO, "x", document.span(0, 1))

        plugin = make_plugin("sneaky", Check([BROKEN], sneaky))
        result = Engine(plugins=[plugin], entrypoints=False).check(TEXT)
        assert result.findings == ()
        assert "not-declared" in result.errors[0].message

    def test_raising_check_keeps_its_traceback_for_its_author(
        self, broken: types.ModuleType
    ) -> None:
        """The JSON record stays one line; the traceback names the failing function."""
        (error,) = Engine(plugins=[broken], entrypoints=False).check(TEXT).errors
        assert "in raises" in error.traceback and "RuntimeError: boom" in error.traceback
        assert "traceback" not in error.as_dict()

    @pytest.mark.parametrize(
        "produce",
        [
            lambda document, context: ["a finding"],
            lambda document, context: [
                Finding("always-raises", Severity.INFO, "x", Span(0, 99, "nowhere", 1, 1))
            ],
            lambda document, context: [
                Finding(
                    "always-raises",
                    Severity.INFO,
                    "x",
                    document.span(2, 8),
                    evidence=[Evidence("elsewhere", Span(-5, -1, "", 1, 1))],
                )
            ],
            lambda document, context: [context.finding(BROKEN, (3, 9999), "too far")],
            lambda document, context: [context.finding(BROKEN, (9, 3), "reversed")],
        ],
        ids=["not-a-finding", "past-end", "evidence-before-start", "offsets-too-far", "reversed"],
    )
    def test_findings_that_point_nowhere_become_errors(
        self, produce: Check, fruit: types.ModuleType
    ) -> None:
        """A plugin's malformed output is its error on this document, never a
        crash of the run or offsets that point nowhere in the JSON."""
        plugin = make_plugin("sloppy", Check([BROKEN], produce))  # type: ignore[arg-type]
        result = Engine(plugins=[plugin, fruit], entrypoints=False).check(TEXT, id="d")
        assert [f.plugin for f in result.findings] == ["fruit", "fruit"]
        (error,) = result.errors
        assert (error.plugin, error.rules, error.document) == ("sloppy", ("always-raises",), "d")

    def test_evidence_takes_a_span_not_a_pair(self) -> None:
        with pytest.raises(TypeError, match="span"):
            Evidence("elsewhere", (0, 4))  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (b"The mayor spoke.", "not bytes: decode it first, e.g. data.decode('utf-8')"),
            (None, "text must be a str, not NoneType"),
        ],
    )
    def test_what_is_no_text_is_told_plainly(self, value: object, message: str) -> None:
        """Bytes read from a file failed deep in the analysis, about integers."""
        for call in (mediacheck.parse, mediacheck.check):
            with pytest.raises(TypeError, match=re.escape(message)):
                call(value)  # type: ignore[arg-type]

    def test_output_is_deterministic(self, fruit: types.ModuleType) -> None:
        engine = Engine(plugins=[fruit], entrypoints=False)
        assert engine.check(TEXT).findings == engine.check(TEXT).findings


ARTICLES = [
    'The mayor said on Monday that the bridge "will open in May." A banana fell.\n',
    "Prices rose 40 percent last year, the biggest jump on record.\n",
    "BREAKING\n\nNobody knows why. Officials declined to comment.\n",
]


class TestBatches:
    """Engine.run analyses documents a batch at a time, stage by stage."""

    def sources(self, count: int) -> list[SourceDocument]:
        texts = [ARTICLES[i % len(ARTICLES)] for i in range(count)]
        return [SourceDocument(text, id=f"d{i}", path=f"p{i}") for i, text in enumerate(texts)]

    @pytest.mark.parametrize("batch", [2, 3, 16], ids=["two", "three", "sixteen"])
    def test_batches_give_what_one_at_a_time_gives(
        self, fruit: types.ModuleType, batch: int
    ) -> None:
        """The same documents, findings and paths, in input order."""
        engine = Engine(plugins=[fruit])
        alone = list(engine.run(self.sources(7), batch=1))
        batched = list(engine.run(self.sources(7), batch=batch))
        assert batched == alone
        assert [r.path for r in batched] == [f"p{i}" for i in range(7)]

    @pytest.fixture
    def third_fails(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The core's analysis raises on document d2 only (a bug)."""
        find_quotes = analysis.find_quotes

        def fails_on_the_third(document: Document) -> tuple[Quote, ...]:
            if document.id == "d2":
                raise RuntimeError("stage broke")
            return find_quotes(document)

        monkeypatch.setattr(analysis, "find_quotes", fails_on_the_third)

    @pytest.mark.parametrize("batch", [1, 4], ids=["alone", "batched"])
    @pytest.mark.usefixtures("third_fails")
    def test_a_failing_analysis_loses_only_its_own_document(
        self, fruit: types.ModuleType, batch: int
    ) -> None:
        """Its result carries the failure as its one error, and no finding;
        the others, before and after it in its batch and beyond, are checked
        as they would be without it."""
        engine = Engine(plugins=[fruit], entrypoints=False)
        results = list(engine.run(self.sources(6), batch=batch))
        assert [r.document.id for r in results] == [f"d{i}" for i in range(6)]
        failed = results[2]
        assert failed.findings == ()
        [error] = failed.errors
        assert (error.plugin, error.rules, error.document) == (CORE, (), "d2")
        assert "RuntimeError('stage broke')" in error.message
        assert "stage broke" in error.traceback
        assert failed.document.text == ARTICLES[2] and failed.path == "p2"
        others = [r for r in results if r is not failed]
        assert all(r.errors == () for r in others)
        alone = [engine.check_document(engine.parse(s.text, id=s.id)) for s in self.sources(6)[3:]]
        assert [r.findings for r in others[2:]] == [r.findings for r in alone]

    @pytest.mark.usefixtures("third_fails")
    def test_parse_all_pairs_each_document_with_its_failure(self) -> None:
        parsed = list(Engine(entrypoints=False).parse_all(self.sources(4), batch=4))
        assert [d.id for d, _ in parsed] == ["d0", "d1", "d2", "d3"]
        assert [failure is None for _, failure in parsed] == [True, True, False, True]
        assert parsed[3][0].sentences  # analysed after the failure

    @pytest.mark.parametrize("enabled", [True, False], ids=["on", "off"])
    @pytest.mark.usefixtures("third_fails")
    def test_the_collector_is_left_as_it_was(self, enabled: bool) -> None:
        """The analysis holds the garbage collector off while a batch is
        read; after it, failing or not, the collector is on or off as the
        caller had it."""
        was = gc.isenabled()
        try:
            (gc.enable if enabled else gc.disable)()
            list(Engine(entrypoints=False).run(self.sources(4), batch=4))
            assert gc.isenabled() is enabled
        finally:
            (gc.enable if was else gc.disable)()

    def test_each_check_runs_over_the_batch_before_the_next(self) -> None:
        """As the stages are: every document of a batch meets the first
        check, then the second; a check that fails on one document is that
        document's error only, and each result is what checking it alone gives."""
        calls: list[tuple[str, str]] = []

        def first(document: Document, context: CheckContext) -> Iterator[Finding]:
            calls.append(("first", document.id))
            if document.id == "d1":
                raise RuntimeError("boom")
            yield from bananas(document, context)

        def second(document: Document, context: CheckContext) -> Iterator[Finding]:
            calls.append(("second", document.id))
            return iter(())

        plugin = make_plugin("order", Check([WORD], first), Check([BROKEN], second))
        engine = Engine(plugins=[plugin], entrypoints=False)
        results = list(engine.run(self.sources(5), batch=3))
        assert calls == [
            *[("first", f"d{i}") for i in range(3)],
            *[("second", f"d{i}") for i in range(3)],
            *[("first", f"d{i}") for i in range(3, 5)],
            *[("second", f"d{i}") for i in range(3, 5)],
        ]
        assert [len(r.errors) for r in results] == [0, 1, 0, 0, 0]
        assert "boom" in results[1].errors[0].message
        for result, source in zip(results, self.sources(5), strict=True):
            alone = engine.check_document(engine.parse(source.text, id=source.id), path=source.path)
            assert (result.findings, result.errors) == (alone.findings, alone.errors)

    def test_a_batch_holds_one_document_at_least(self) -> None:
        with pytest.raises(ValueError, match="batch"):
            list(Engine(entrypoints=False).run(self.sources(1), batch=0))


class TestSelection:
    def test_ignore_by_rule(self, fruit: types.ModuleType) -> None:
        engine = Engine(plugins=[fruit], entrypoints=False, ignore=["word-banana"])
        assert engine.check(TEXT).findings == ()

    def test_select_by_plugin_name(self, fruit: types.ModuleType, broken: types.ModuleType) -> None:
        engine = Engine(plugins=[fruit, broken], entrypoints=False, select=["fruit"])
        result = engine.check(TEXT)
        assert {f.rule for f in result.findings} == {"word-banana"}
        assert result.errors == ()

    def test_unknown_name_is_an_error_naming_it(self, fruit: types.ModuleType) -> None:
        with pytest.raises(ConfigError, match="'word-bananna'"):
            Engine(plugins=[fruit], entrypoints=False, select=["word-bananna"])


class TestConfiguration:
    def test_severity_override(self, fruit: types.ModuleType) -> None:
        config = Config.from_mapping({"severity": {"word-banana": "error"}})
        findings = Engine(plugins=[fruit], entrypoints=False, config=config).check(TEXT).findings
        assert {f.severity for f in findings} == {Severity.ERROR}

    def test_rule_option(self, fruit: types.ModuleType) -> None:
        config = Config.from_mapping({"options": {"word-banana": {"word": "another"}}})
        findings = Engine(plugins=[fruit], entrypoints=False, config=config).check(TEXT).findings
        assert [f.span.text for f in findings] == ["another"]

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            pytest.param({"selct": ["x"]}, "unknown key 'selct'", id="unknown-key"),
            pytest.param(
                {"options": {"word-banana": {"wrod": "x"}}}, "no option 'wrod'", id="option"
            ),
            pytest.param(
                {"options": {"word-banana": {"word": 3}}}, "must be str", id="option-type"
            ),
            pytest.param({"severity": {"nope": "info"}}, "unknown rule 'nope'", id="severity-rule"),
            pytest.param(
                {"severity": {"word-banana": "fatal"}}, "not 'fatal'", id="severity-value"
            ),
        ],
    )
    def test_bad_configuration_names_the_culprit(
        self, fruit: types.ModuleType, data: dict[str, object], message: str
    ) -> None:
        with pytest.raises(ConfigError, match=message):
            Engine(plugins=[fruit], entrypoints=False, config=Config.from_mapping(data))


class TestLoading:
    def test_duplicate_rule_slug_is_refused(self, fruit: types.ModuleType) -> None:
        twin = make_plugin("twin", Check([WORD], bananas))
        with pytest.raises(PluginError, match="already declared by 'fruit'"):
            Engine(plugins=[fruit, twin], entrypoints=False)

    def test_misspelled_hook_fails_at_load(self) -> None:
        module = types.ModuleType("typo")

        @hookimpl
        def mediacheck_chekcs() -> list[Check]:
            return []

        module.mediacheck_chekcs = mediacheck_chekcs  # type: ignore[attr-defined]
        with pytest.raises(PluginError, match="typo"):
            Engine(plugins=[module], entrypoints=False)

    def test_builtins_come_through_entry_points(self) -> None:
        """The core imports no check: built-in rules arrive as plugins."""
        plugins = {plugin for plugin, _ in Engine().rules}
        assert {"quotes"} <= plugins
