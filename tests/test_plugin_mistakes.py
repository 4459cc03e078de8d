"""A plugin author's likely mistakes are told in the author's terms, where
they are made, and never crash a run: each case below was made while
writing third-party plugins from docs/plugins.md alone."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from mediacheck import (
    Check,
    CheckContext,
    Config,
    ConfigError,
    Document,
    Engine,
    Evidence,
    Finding,
    InputError,
    InputFormat,
    Lexicon,
    PluginError,
    Rule,
    RuleExample,
    SourceDocument,
    hookimpl,
    parse,
)
from mediacheck.inputs.open import read_inputs
from mediacheck.testing import run_check

RULE = Rule(
    slug="watch-word",
    title="Watched word",
    severity="warning",
    description="Reports the first character.",
    options={"limit": 1, "ratio": 0.5},
)
TEXT = "Harbour Closes\n\nThe harbour closed on Monday.\n"


def plugin(**hooks: Callable[..., Any]) -> types.ModuleType:
    module = types.ModuleType("mistaken")
    for name, function in hooks.items():
        setattr(module, name, hookimpl(function))
    return module


def run(check: Callable[[Document, CheckContext], Any], config: Config | None = None) -> Any:
    engine = Engine(
        plugins=[plugin(mediacheck_checks=lambda: [Check([RULE], check)])],
        entrypoints=False,
        config=config,
    )
    return engine.check(TEXT)


class TestDeclaring:
    def test_check_of_one_rule_not_in_a_list(self) -> None:
        with pytest.raises(TypeError, match=r"a list of Rules: Check\(\[RULE\], run\)"):
            Check(RULE, lambda document, context: [])  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "examples", [["Harbour Closes"], "Harbour Closes"], ids=["list", "str"]
    )
    def test_examples_that_are_not_rule_examples(self, examples: Any) -> None:
        with pytest.raises(TypeError, match=r"RuleExample\(text, flagged=\.\.\.\)"):
            Rule(slug="a-b", title="t", severity="info", description="d", examples=examples)

    @pytest.mark.parametrize(
        ("default", "message"),
        [
            (None, "default None of option 'o'"),
            (("a", "b"), "default ('a', 'b') of option 'o' is a tuple"),
        ],
        ids=["none", "tuple"],
    )
    def test_option_default_no_configuration_can_match(self, default: object, message: str) -> None:
        """A configured value must have the default's type, and TOML gives
        none of these: the option could never be set."""
        with pytest.raises(TypeError, match=re.escape(message)):
            Rule(slug="a-b", title="t", severity="info", description="d", options={"o": default})

    @pytest.mark.parametrize(
        "returned",
        [Check([RULE], lambda document, context: []), "watch-word"],
        ids=["one-check", "a-string"],
    )
    def test_hook_returning_one_item_not_a_list(self, returned: object) -> None:
        with pytest.raises(PluginError, match=r"mediacheck_checks\(\) returned .*, not a list"):
            Engine(plugins=[plugin(mediacheck_checks=lambda: returned)], entrypoints=False)


class TestLoading:
    """Mistakes in how a plugin is handed over, told when it loads."""

    def test_a_class_instead_of_an_instance(self) -> None:
        class Counts:
            @hookimpl
            def mediacheck_checks(self) -> list[Check]:
                return []

        with pytest.raises(PluginError, match="Counts is a class: register an instance of it"):
            Engine(plugins=[Counts], entrypoints=False)

    def test_module_whose_hooks_are_on_an_object_in_it(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``--plugin module`` for ``--plugin module:object`` loaded nothing, silently."""
        (tmp_path / "desk_tools.py").write_text(
            "from mediacheck import hookimpl\n\n\n"
            "class Tools:\n"
            "    @hookimpl\n"
            "    def mediacheck_checks(self):\n"
            "        return []\n\n\n"
            "tools = Tools()\n",
            encoding="utf-8",
        )
        monkeypatch.syspath_prepend(str(tmp_path))
        monkeypatch.delitem(sys.modules, "desk_tools", raising=False)
        with pytest.raises(PluginError, match="its hooks are on desk_tools:tools: load that"):
            Engine(plugins=["desk_tools"], entrypoints=False)
        assert Engine(plugins=["desk_tools:tools"], entrypoints=False).rules == []

    def test_argument_the_hook_does_not_pass_is_told_on_one_line(self) -> None:
        with pytest.raises(PluginError) as raised:
            Engine(plugins=[plugin(mediacheck_checks=lambda config: [])], entrypoints=False)
        message = str(raised.value)
        assert "\n" not in message
        assert "takes argument(s) {'config'} that the hook does not pass" in message
        assert message.endswith("write it as mediacheck_checks()")

    def test_severity_not_one_of_the_three(self) -> None:
        with pytest.raises(ValueError, match="severity must be 'info', 'warning', 'error' or a"):
            Rule(slug="a-b", title="t", severity="warn", description="d")


class TestReading:
    """An input format's mistakes are the file's input error, not a crash."""

    @pytest.mark.parametrize(
        ("published", "hint"),
        [
            ("2025-03-03", "read it with datetime.date.fromisoformat()"),
            (dt.datetime(2025, 3, 3, 9, 0), "give its .date()"),
        ],
        ids=["str", "datetime"],
    )
    def test_publication_date_not_a_date(self, published: Any, hint: str) -> None:
        """It failed deep in the date analysis, blamed on mediacheck."""
        with pytest.raises(TypeError, match=re.escape(hint)):
            SourceDocument("Text.", id="a", path="a", published=published)
        with pytest.raises(TypeError, match=r"^published must be a datetime\.date or None"):
            parse("Harbour Closes\n\nThe harbour closed on March 2.\n", published=published)

    def test_reader_that_raises(self, tmp_path: Path) -> None:
        """The run went down with a traceback (and exit code 1, as if findings)."""

        def read_story(path: str, stream: IO[bytes]) -> Iterator[SourceDocument | InputError]:
            story = json.load(stream)
            yield SourceDocument(story["body"], id=path, path=path)

        def read_text(path: str, stream: IO[bytes]) -> Iterator[SourceDocument | InputError]:
            yield SourceDocument(stream.read().decode("utf-8"), id=path, path=path)

        story = InputFormat("story", lambda path: path.endswith(".story"), read_story)
        text = InputFormat("text", lambda path: True, read_text)
        (tmp_path / "a.story").write_text('{"title": "no body"}', encoding="utf-8")
        (tmp_path / "b.txt").write_text("The harbour closed.", encoding="utf-8")
        failed, read = read_inputs([str(tmp_path)], [story, text], fallback=text)
        assert isinstance(failed, InputError) and failed.where.endswith("a.story")
        assert failed.message == "input format 'story' failed: KeyError('body')"
        assert isinstance(read, SourceDocument) and read.text == "The harbour closed."


class TestRunning:
    """Mistakes that show only on a document are that document's error
    records, and the run goes on."""

    def test_evidence_that_is_not_evidence(self) -> None:
        result = run(lambda document, context: [context.finding(RULE, (0, 1), "m", evidence=["x"])])
        (error,) = result.errors
        assert "evidence 'x' is not an Evidence" in error.message

    def test_option_the_rule_does_not_declare(self) -> None:
        def misspelled(document: Document, context: CheckContext) -> Iterator[Finding]:
            yield context.finding(RULE, (0, 1), str(context.option(RULE, "limt")))

        (error,) = run(misspelled).errors
        assert "rule 'watch-word' has no option 'limt' (options: limit, ratio)" in error.message

    def test_evidence_span_given_as_offsets(self) -> None:
        with pytest.raises(TypeError, match=r"document\.span\(start, end\)"):
            Evidence("x", (0, 1))  # type: ignore[arg-type]


class TestConfiguring:
    def test_whole_number_for_a_fractional_option(self) -> None:
        """TOML writes 1 for 1.0; the check still gets a float."""
        seen: list[object] = []

        def reads(document: Document, context: CheckContext) -> Iterator[Finding]:
            seen.append(context.option(RULE, "ratio"))
            return iter(())

        result = run(reads, Config.from_mapping({"options": {"watch-word": {"ratio": 1}}}))
        assert result.errors == () and seen == [1.0] and type(seen[0]) is float


class TestTesting:
    def test_options_with_a_plugin_name(self) -> None:
        """Told as for a plugin module, not as an unknown rule in a configuration."""
        with pytest.raises(TypeError, match="'quotes' is a plugin, pass one of its rules"):
            run_check("Harbour Closes\n\nIt closed.\n", "quotes", options={"x": 1})

    def test_unknown_rule_is_the_tests_not_a_configurations(self) -> None:
        with pytest.raises(ConfigError, match=r"^run_check: select names unknown rule .*'harbour'"):
            run_check("Harbour Closes\n\nIt closed.\n", "harbour", plugins=["mediacheck_quotes"])

    def test_word_list_by_its_configuration_key(self) -> None:
        lexicon = Lexicon(extra={"speech-verbs": ["chirped"]})
        assert lexicon.entries("speech-verbs") == lexicon.entries("speech_verbs.txt")
        assert lexicon.entries("speech-verbs")[-1] == "chirped"
        with pytest.raises(KeyError, match=r"no word list 'speechverbs'; the lists: abbrev"):
            lexicon.entries("speechverbs")


def test_rule_example_is_the_documented_way() -> None:
    """The TypeError above names this constructor; it works as named."""
    example = RuleExample(TEXT, flagged=("H",))
    assert Rule(slug="a-b", title="t", severity="info", description="d", examples=[example])
