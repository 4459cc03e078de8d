"""Plugins are vetted when they load, loaded once, listed with what they
provide, and every hook works as its spec says."""

from __future__ import annotations

import io
import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import pytest

import mediacheck
from mediacheck import (
    Analyzer,
    Check,
    CheckContext,
    Document,
    Engine,
    Finding,
    InputFormat,
    OutputFormat,
    PluginError,
    Rule,
    SourceDocument,
    hookimpl,
    hookspecs,
)
from mediacheck import plugins as plugins_module
from mediacheck.plugins import DEFAULT_PLUGINS, PLUGIN_API, PluginManager

WORD = Rule(slug="word-stark", title="The word stark", severity="info", description="Stark.")


def starks(document: Document, context: CheckContext) -> Iterator[Finding]:
    start = document.text.find("stark")
    if start != -1:
        yield context.finding(WORD, (start, start + 5), "stark")


def own(pairs: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """(plugin, item) pairs without those of mediacheck's default plugins."""
    return [(name, item) for name, item in pairs if name not in DEFAULT_PLUGINS]


def names(manager: PluginManager) -> list[str]:
    return [p.name for p in manager.plugins() if p.name not in DEFAULT_PLUGINS]


def plugin(name: str, **attributes: Any) -> types.ModuleType:
    """A plugin module with the given hooks and attributes."""
    module = types.ModuleType(name)
    for key, value in attributes.items():
        setattr(module, key, value)
    return module


def hook(function: Callable[..., Any]) -> Callable[..., Any]:
    return hookimpl(function)  # type: ignore[no-any-return]


def checks_hook(*checks: Check) -> Callable[[], Sequence[Check]]:
    @hookimpl
    def mediacheck_checks() -> Sequence[Check]:
        return list(checks)

    return mediacheck_checks


def analyzers_hook(*analyzers: Analyzer) -> Callable[[], Sequence[Analyzer]]:
    @hookimpl
    def mediacheck_analyzers() -> Sequence[Analyzer]:
        return list(analyzers)

    return mediacheck_analyzers


class TestApiVersion:
    def test_current_version_is_accepted(self) -> None:
        """A plugin stating the API this mediacheck provides loads."""
        module = plugin("current", MEDIACHECK_API=PLUGIN_API, mediacheck_checks=checks_hook())
        assert PluginManager().register(module) == "current"

    def test_newer_version_is_refused_naming_both(self) -> None:
        """The message says which API the plugin needs and which this one provides."""
        module = plugin("future", MEDIACHECK_API=PLUGIN_API + 1)
        with pytest.raises(PluginError) as caught:
            PluginManager().register(module)
        message = str(caught.value)
        assert f"needs mediacheck plugin API {PLUGIN_API + 1}" in message
        assert f"mediacheck {mediacheck.__version__} provides plugin API {PLUGIN_API}" in message
        assert caught.value.plugin == "future"

    @pytest.mark.parametrize("value", ["1", 1.0, True], ids=["str", "float", "bool"])
    def test_version_must_be_an_integer(self, value: object) -> None:
        with pytest.raises(PluginError, match="must be an integer"):
            PluginManager().register(plugin("odd", MEDIACHECK_API=value))

    def test_refused_plugin_is_not_registered(self) -> None:
        manager = PluginManager()
        with pytest.raises(PluginError):
            manager.register(plugin("future", MEDIACHECK_API=99))
        assert names(manager) == []


class TestInvalidHooks:
    def test_misspelled_hook_names_the_right_one(self) -> None:
        """A typo in a hook name fails at load and suggests the hook meant."""

        @hookimpl
        def mediacheck_chekcs() -> Sequence[Check]:
            return []

        with pytest.raises(PluginError, match="did you mean 'mediacheck_checks'"):
            Engine(plugins=[plugin("typo", mediacheck_chekcs=mediacheck_chekcs)], entrypoints=False)

    def test_argument_the_spec_lacks_fails_at_load(self) -> None:
        @hookimpl
        def mediacheck_checks(document: Document) -> Sequence[Check]:
            return []

        with pytest.raises(PluginError, match=r"(?s)'args'.*\{'document'\}"):
            Engine(plugins=[plugin("args", mediacheck_checks=mediacheck_checks)], entrypoints=False)

    def test_unmarked_hook_is_reported_not_ignored(self) -> None:
        """pluggy ignores a hook without @hookimpl; mediacheck says so instead."""

        def mediacheck_checks() -> Sequence[Check]:
            return [Check([WORD], starks)]

        with pytest.raises(PluginError, match=r"mediacheck_checks\(\) is not marked"):
            Engine(plugins=[plugin("bare", mediacheck_checks=mediacheck_checks)], entrypoints=False)

    def test_invalid_plugin_leaves_the_manager_usable(self) -> None:
        @hookimpl
        def mediacheck_chekcs() -> Sequence[Check]:
            return []

        manager = PluginManager()
        with pytest.raises(PluginError):
            manager.register(plugin("typo", mediacheck_chekcs=mediacheck_chekcs))
        manager.register(plugin("good", mediacheck_checks=checks_hook(Check([WORD], starks))))
        assert names(manager) == ["good"]

    def test_hook_returning_the_wrong_type_names_the_plugin(self) -> None:
        @hookimpl
        def mediacheck_checks() -> Sequence[object]:
            return [WORD]

        with pytest.raises(PluginError, match=r"'wrong'.*not a Check"):
            Engine(
                plugins=[plugin("wrong", mediacheck_checks=mediacheck_checks)], entrypoints=False
            )


class TestLoading:
    def test_blocked_plugin_does_not_load(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """MEDIACHECK_BLOCK_PLUGINS keeps installed plugins out."""
        monkeypatch.setenv("MEDIACHECK_BLOCK_PLUGINS", "quotes, dates")
        plugins = {p.name for p in Engine().manager.plugins()}
        assert "quotes" not in plugins
        assert "dates" not in plugins
        assert "attribution" in plugins

    def test_trace_prints_each_hook_call(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """MEDIACHECK_TRACE_PLUGINS=1 names hook, plugin, module and result."""
        monkeypatch.setenv("MEDIACHECK_TRACE_PLUGINS", "1")
        Engine(plugins=[plugin("traced", mediacheck_checks=checks_hook(Check([WORD], starks)))])
        trace = capsys.readouterr().err.splitlines()
        assert (
            "mediacheck: trace: mediacheck_checks() in 'traced' (traced) returned 1 item: starks"
            in trace
        )
        assert any(
            line.startswith("mediacheck: trace: mediacheck_checks() in 'quotes' ") for line in trace
        )

    def test_no_trace_by_default(self, capsys: pytest.CaptureFixture[str]) -> None:
        Engine()
        assert capsys.readouterr().err == ""

    def test_entry_points_load_once(self) -> None:
        manager = PluginManager()
        manager.load_entrypoints()
        first = manager.plugins()
        manager.load_entrypoints()
        assert manager.plugins() == first

    @pytest.mark.parametrize("name", ["aaa", "zzz"])
    def test_duplicate_rule_blames_the_newcomer_not_the_builtin(self, name: str) -> None:
        """Whatever its name sorts as, the third party is blamed, not 'quotes'."""
        duplicate = Rule(slug="unattributed-quote", title="Dup", severity="info", description="D")
        module = plugin(name, mediacheck_checks=checks_hook(Check([duplicate], starks)))
        with pytest.raises(
            PluginError,
            match=rf"plugin '{name}': rule 'unattributed-quote' is already declared by 'quotes'",
        ):
            Engine(plugins=[module])

    def test_installed_plugin_named_again_by_module_is_not_loaded_twice(self) -> None:
        """--plugin naming an installed plugin's module keeps one copy, so no
        rule is declared twice."""
        engine = Engine(plugins=["mediacheck_quotes"])
        owners = [plugin for plugin, rule in engine.rules if rule.slug == "unattributed-quote"]
        assert owners == ["quotes"]

    def test_same_object_under_a_second_name_keeps_the_first(self) -> None:
        manager = PluginManager()
        module = plugin("once", mediacheck_checks=checks_hook(Check([WORD], starks)))
        assert manager.register(module, "first") == "first"
        assert manager.register(module, "second") == "first"

    def test_import_path_that_does_not_import(self) -> None:
        with pytest.raises(PluginError, match="'no_such_module_xyz': cannot be imported"):
            Engine(plugins=["no_such_module_xyz"], entrypoints=False)

    def test_module_raising_at_import_names_the_plugin(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A Rule refused while the module is imported is a PluginError, not a crash."""
        (tmp_path / "badslugplugin.py").write_text(
            "from mediacheck import Rule\n"
            "R = Rule(slug='Click Bait', title='x', severity='warning', description='d')\n",
            encoding="utf-8",
        )
        monkeypatch.syspath_prepend(str(tmp_path))
        with pytest.raises(
            PluginError,
            match=r"'badslugplugin': raised ValueError while being "
            r"imported: rule slug 'Click Bait'",
        ):
            Engine(plugins=["badslugplugin"], entrypoints=False)

    def test_entry_point_raising_at_load_names_the_plugin(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        class Broken:
            name, value, dist = "broken", "broken_module", None

            def load(self) -> object:
                raise KeyError("missing")

        monkeypatch.setattr(plugins_module.metadata, "entry_points", lambda group: [Broken()])
        with pytest.raises(
            PluginError,
            match=r"'broken': raised KeyError while being loaded "
            r"from broken_module: 'missing'",
        ):
            PluginManager().load_entrypoints()


class TestDeclaredName:
    """MEDIACHECK_NAME names a plugin the same however it is loaded."""

    def module(self) -> types.ModuleType:
        return plugin(
            "mediacheck_stark",
            MEDIACHECK_NAME="stark",
            mediacheck_checks=checks_hook(Check([WORD], starks)),
        )

    def test_by_object(self) -> None:
        engine = Engine(plugins=[self.module()], entrypoints=False, select=["stark"])
        assert [(p, r.slug) for p, r in engine.active_rules] == [("stark", "word-stark")]

    def test_by_import_path(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "mediacheck_stark", self.module())
        engine = Engine(plugins=["mediacheck_stark"], entrypoints=False, ignore=["stark"])
        assert engine.active_rules == []
        assert [p for p, _ in engine.rules] == ["stark"]

    def test_by_entry_point(self, monkeypatch: pytest.MonkeyPatch) -> None:
        module = self.module()

        class EntryPoint:
            name, value, dist = "stark-checks", "mediacheck_stark", None

            def load(self) -> object:
                return module

        monkeypatch.setattr(plugins_module.metadata, "entry_points", lambda group: [EntryPoint()])
        manager = PluginManager()
        manager.load_entrypoints()
        assert names(manager) == ["stark"]

    @pytest.mark.parametrize("bad", ["", "two words", 3])
    def test_must_be_a_plain_name(self, bad: object) -> None:
        module = plugin("odd", MEDIACHECK_NAME=bad)
        with pytest.raises(PluginError, match="MEDIACHECK_NAME must be a name"):
            PluginManager().register(module)


class TestListing:
    def test_lists_hooks_rules_api_and_version(self) -> None:
        module = plugin(
            "listed",
            __version__="2.1",
            MEDIACHECK_API=1,
            mediacheck_checks=checks_hook(Check([WORD], starks)),
            mediacheck_analyzers=analyzers_hook(Analyzer("length", lambda d: len(d.text))),
        )
        engine = Engine(plugins=[module], entrypoints=False)
        (info,) = [p for p in engine.manager.plugins(rules=engine.rules) if p.name == "listed"]
        assert info.as_dict() == {
            "name": "listed",
            "version": "2.1",
            "hooks": ["mediacheck_analyzers", "mediacheck_checks"],
            "module": "listed",
            "api": 1,
            "dist": None,
            "rules": ["word-stark"],
        }

    def test_default_plugins_give_library_users_the_formats(self) -> None:
        """Engine users get the same input and output formats as the command line."""
        manager = Engine(entrypoints=False).manager
        inputs = [f.name for _, f in manager.collect("mediacheck_input_formats")]
        outputs = [f.name for _, f in manager.collect("mediacheck_output_formats")]
        assert (inputs, outputs) == (
            ["jsonl", "markdown", "html", "text"],
            ["text", "json", "jsonl", "sarif", "github"],
        )
        assert {p.name for p in manager.plugins()} == set(DEFAULT_PLUGINS)

    def test_every_builtin_plugin_states_its_api(self) -> None:
        stated = {p.name: p.api for p in Engine().manager.plugins()}
        builtins = ("attribution", "dates", "quotes", "superlatives")
        assert {name: stated[name] for name in builtins} == dict.fromkeys(builtins, PLUGIN_API)

    def test_installed_plugin_shows_its_distribution(self) -> None:
        engine = Engine()
        quotes = {p.name: p for p in engine.manager.plugins(rules=engine.rules)}["quotes"]
        assert (quotes.dist, quotes.version) == ("mediacheck", mediacheck.__version__)
        assert "unattributed-quote" in quotes.rules


class TestRuntimeFailures:
    def test_check_that_raises_becomes_an_error_record(self) -> None:
        def crash(document: Document, context: CheckContext) -> Iterator[Finding]:
            raise ValueError("cannot cope")

        broken_rule = Rule(slug="crashes", title="x", severity="error", description="x")
        broken = plugin("broken", mediacheck_checks=checks_hook(Check([broken_rule], crash)))
        fine = plugin("fine", mediacheck_checks=checks_hook(Check([WORD], starks)))
        result = Engine(plugins=[broken, fine], entrypoints=False).check("A stark view.", id="d1")
        assert [f.rule for f in result.findings] == ["word-stark"]
        (error,) = result.errors
        assert error.as_dict() == {
            "plugin": "broken",
            "rules": ["crashes"],
            "document": "d1",
            "message": "ValueError('cannot cope')",
        }

    def test_findings_yielded_before_the_raise_are_dropped(self) -> None:
        """As the docs say: that check's findings go, other checks' stay."""
        half = Rule(slug="half-done", title="x", severity="error", description="x")

        def yield_then_crash(document: Document, context: CheckContext) -> Iterator[Finding]:
            yield context.finding(half, (0, 1), "first")
            raise ValueError("then failed")

        broken = plugin("broken", mediacheck_checks=checks_hook(Check([half], yield_then_crash)))
        fine = plugin("fine", mediacheck_checks=checks_hook(Check([WORD], starks)))
        result = Engine(plugins=[broken, fine], entrypoints=False).check("A stark view.")
        assert [f.rule for f in result.findings] == ["word-stark"]
        assert [(e.plugin, e.rules) for e in result.errors] == [("broken", ("half-done",))]


class TestTiming:
    def test_time_is_counted_per_plugin(self) -> None:
        """--profile and the JSON summary read these figures."""

        def slow(document: Document, context: CheckContext) -> Iterator[Finding]:
            time.sleep(0.02)
            return iter(())

        engine = Engine(
            plugins=[
                plugin("slow", mediacheck_checks=checks_hook(Check([WORD], slow))),
                plugin(
                    "quick",
                    mediacheck_analyzers=analyzers_hook(Analyzer("n", lambda d: 1)),
                ),
            ],
            entrypoints=False,
        )
        engine.check("text")
        assert engine.seconds_by_plugin["slow"] >= 0.02
        assert 0 < engine.seconds_by_plugin["quick"] < 0.02


def engine_with(*analyzers: Analyzer, checks: Sequence[Check] = ()) -> Engine:
    module = plugin("analysis", mediacheck_analyzers=analyzers_hook(*analyzers))
    if checks:
        module.mediacheck_checks = checks_hook(*checks)  # type: ignore[attr-defined]
    return Engine(plugins=[module], entrypoints=False)


class TestAnalyzers:
    def test_runs_in_declared_order_whatever_the_names(self) -> None:
        """An analyzer sees the results of those it requires."""
        seen: list[str] = []

        def words(document: Document) -> int:
            seen.append("a-words")
            return len(document.extras["z-tokens"])

        def tokens(document: Document) -> tuple[str, ...]:
            seen.append("z-tokens")
            return tuple(document.text.split())

        engine = engine_with(
            Analyzer("a-words", words, requires=["z-tokens"]), Analyzer("z-tokens", tokens)
        )
        document = engine.parse("Three short words")
        assert seen == ["z-tokens", "a-words"]
        assert dict(document.extras) == {"z-tokens": ("Three", "short", "words"), "a-words": 3}

    def test_missing_dependency_is_refused_at_start(self) -> None:
        with pytest.raises(
            PluginError, match="needs analyzer 'entities', which no plugin provides"
        ):
            engine_with(Analyzer("people", lambda d: (), requires=["entities"]))

    def test_cycle_is_refused_at_start(self) -> None:
        with pytest.raises(PluginError, match="depends on itself"):
            engine_with(
                Analyzer("first", lambda d: 1, requires=["second"]),
                Analyzer("second", lambda d: 2, requires=["first"]),
            )

    def test_analyzer_cannot_require_itself(self) -> None:
        with pytest.raises(ValueError, match="cannot require itself"):
            Analyzer("loop", lambda d: 1, requires=["loop"])

    @pytest.mark.parametrize("name", ["", "Entities", "named entities", "-x"])
    def test_name_must_be_a_plain_key(self, name: str) -> None:
        with pytest.raises(ValueError, match="analyzer name"):
            Analyzer(name, lambda d: 1)

    def test_failing_analyzer_becomes_an_error_and_checks_still_run(self) -> None:
        """Its dependents are skipped; the checks' findings are kept."""

        def explode(document: Document) -> int:
            raise RuntimeError("model missing")

        engine = engine_with(
            Analyzer("fragile", explode),
            Analyzer("after", lambda d: d.extras["fragile"], requires=["fragile"]),
            Analyzer("solid", lambda d: 1),
            checks=[Check([WORD], starks)],
        )
        result = engine.check("A stark view.", id="d2")
        assert [f.span.text for f in result.findings] == ["stark"]
        assert [(e.plugin, e.document) for e in result.errors] == [("analysis", "d2")]
        assert "fragile" in result.errors[0].message
        assert "model missing" in result.errors[0].message
        assert dict(result.document.extras) == {"solid": 1}

    def test_document_stays_immutable(self) -> None:
        """The engine hands checks a new document; the parsed one is unchanged."""
        engine = engine_with(Analyzer("length", lambda d: len(d.text)))
        plain = mediacheck.parse("Some text.")
        result = engine.check_document(plain)
        assert dict(plain.extras) == {}
        assert dict(result.document.extras) == {"length": 10}


# ---------------------------------------------------------------- every hook


class TestHooks:
    """One test per hook spec; a meta-test keeps the list complete."""

    def test_hook_mediacheck_checks(self) -> None:
        module = plugin("stark", mediacheck_checks=checks_hook(Check([WORD], starks)))
        findings = Engine(plugins=[module], entrypoints=False).check("So stark.").findings
        assert [(f.plugin, f.rule, f.span.text) for f in findings] == [
            ("stark", "word-stark", "stark")
        ]

    def test_hook_mediacheck_analyzers(self) -> None:
        seen: list[object] = []

        def reads(document: Document, context: CheckContext) -> Iterator[Finding]:
            seen.append(document.extras["shout"])
            return iter(())

        module = plugin(
            "shouting",
            mediacheck_analyzers=analyzers_hook(Analyzer("shout", lambda d: d.text.upper())),
            mediacheck_checks=checks_hook(Check([WORD], reads)),
        )
        Engine(plugins=[module], entrypoints=False).check("quiet")
        assert seen == ["QUIET"]

    def test_hook_mediacheck_input_formats(self) -> None:
        def read(path: str, stream: IO[bytes]) -> Iterator[SourceDocument]:
            for n, line in enumerate(stream.read().decode().split("|"), 1):
                yield SourceDocument(line, str(n), f"{path}:{n}")

        fmt = InputFormat("pipes", lambda path: path.endswith(".pipes"), read)
        manager = PluginManager()
        manager.register(plugin("pipes", mediacheck_input_formats=hook(lambda: [fmt])))
        ((owner, found),) = own(manager.collect("mediacheck_input_formats"))
        assert (owner, found.name, found.detect("a.pipes")) == ("pipes", "pipes", True)
        texts = [d.text for d in found.read("a.pipes", io.BytesIO(b"one|two"))]
        assert texts == ["one", "two"]

    def test_hook_mediacheck_output_formats(self) -> None:
        class Counting:
            def __init__(self, stream: IO[str], options: Mapping[str, Any]) -> None:
                self.stream = stream

            def document(self, result: Any) -> None:
                self.stream.write(f"{len(result.findings)}\n")

            def input_error(self, error: Any) -> None:
                self.stream.write(f"error {error}\n")

            def finish(self, summary: Any) -> None:
                self.stream.write("done\n")

        fmt = OutputFormat("count", Counting, "one number a document")
        manager = PluginManager()
        manager.register(plugin("counting", mediacheck_output_formats=hook(lambda: [fmt])))
        ((owner, found),) = own(manager.collect("mediacheck_output_formats"))
        stream = io.StringIO()
        reporter = found.open(stream, {})
        reporter.document(Engine(entrypoints=False).check("text"))
        assert (owner, stream.getvalue()) == ("counting", "0\n")

    def test_every_hook_has_a_test(self) -> None:
        hooks = sorted(n for n in dir(hookspecs) if n.startswith("mediacheck_"))
        assert hooks
        tests = {n.removeprefix("test_hook_") for n in dir(self) if n.startswith("test_hook_")}
        assert set(hooks) <= tests, f"hooks without a test_hook_<name>: {set(hooks) - tests}"
