"""A plugin author's likely mistakes are told in the author's terms, where
they are made, and never crash a run: each case below was made while
writing third-party plugins from docs/plugins.md alone."""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mediacheck import (
    Check,
    CheckContext,
    Config,
    Document,
    Engine,
    Evidence,
    Finding,
    PluginError,
    Rule,
    RuleExample,
    hookimpl,
)

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


def test_rule_example_is_the_documented_way() -> None:
    """The TypeError above names this constructor; it works as named."""
    example = RuleExample(TEXT, flagged=("H",))
    assert Rule(slug="a-b", title="t", severity="info", description="d", examples=[example])
