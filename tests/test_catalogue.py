"""Every built-in rule is documented by its own page and every example it
gives is run: texts it must flag flag exactly those spans, traps stay clean."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mediacheck import Document, Engine, Rule, RuleExample
from mediacheck.catalogue import builtin_rules, render_index, render_rule
from mediacheck.inputs.html import extract_html
from mediacheck.inputs.markdown import extract_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs" / "checks"
RULES = builtin_rules()
EXAMPLES = [
    pytest.param(plugin, rule, example, id=f"{rule.slug}-{i}")
    for plugin, rule in RULES
    for i, example in enumerate(rule.examples)
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def test_every_builtin_rule_has_examples_of_both_kinds() -> None:
    """A rule is documented by what it reports and by what it leaves alone."""
    for _, rule in RULES:
        assert any(e.flagged for e in rule.examples), f"{rule.slug}: no example it reports"
        assert any(not e.flagged for e in rule.examples), f"{rule.slug}: no example it leaves alone"


def _read(engine: Engine, example: RuleExample) -> Document:
    """The example's document, read in the format it is written in."""
    if example.format == "text":
        return engine.parse(example.text)
    readers = {"html": extract_html, "markdown": extract_markdown}
    assert example.format in readers, example.format
    page = readers[example.format](example.text, f"example.{example.format}")
    return engine.parse(page.text, published=page.published, metadata=page.metadata)


@pytest.mark.parametrize(("plugin", "rule", "example"), EXAMPLES)
def test_example(engine: Engine, plugin: str, rule: Rule, example: RuleExample) -> None:
    """The rule reports exactly the example's expected spans."""
    result = engine.check_document(_read(engine, example))
    findings = [f for f in result.findings if f.rule == rule.slug]
    assert Counter(f.span.text for f in findings) == Counter(example.flagged)
    assert all(f.plugin == plugin for f in findings)


@pytest.mark.parametrize(("plugin", "rule"), [pytest.param(p, r, id=r.slug) for p, r in RULES])
def test_page_is_current(plugin: str, rule: Rule) -> None:
    """docs/checks/<slug>.md is the rendered rule (regenerate with
    `python -m mediacheck.catalogue docs/checks`)."""
    page = DOCS / f"{rule.slug}.md"
    assert page.is_file(), f"missing {page}"
    assert page.read_text(encoding="utf-8") == render_rule(plugin, rule)


def test_index_is_current() -> None:
    assert (DOCS / "index.md").read_text(encoding="utf-8") == render_index(RULES)


def test_option_defaults_are_written_as_in_the_configuration_file() -> None:
    """A user copies a default into TOML: ``false`` and ``["a"]``, not Python's."""
    rule = Rule(
        "some-rule", "Some", "info", "Reports.", options={"strict": False, "extra-words": ["a"]}
    )
    page = render_rule("some-plugin", rule)
    assert '- `extra-words` (default: `["a"]`)' in page
    assert "- `strict` (default: `false`)" in page


def test_options_name_the_table_of_either_configuration_file() -> None:
    """A user of mediacheck.toml writes ``[options.<slug>]``, one of
    pyproject.toml ``[tool.mediacheck.options.<slug>]``: the page names both."""
    rule = Rule("some-rule", "Some", "info", "Reports.", options={"strict": False})
    page = render_rule("some-plugin", rule)
    assert "`[options.some-rule]` of mediacheck.toml" in page
    assert "`[tool.mediacheck.options.some-rule]` of pyproject.toml" in page
