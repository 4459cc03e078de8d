"""Hand-written trap articles and the findings expected of them.

Each QA round keeps its articles in ``tests/data/<round>/`` with an
``expected.json`` written down before the tool was run.  An article is read
as the command line reads it (plain text, Markdown or HTML by its name,
``--published`` from ``expected.json``), so the rounds test what a user
meets, and each round's module only says which rules it judges and which
expectations it had to set aside; its tests are made here
(:meth:`TrapArticles.expectations_test`, :meth:`TrapArticles.coverage_test`)
and named in the module, where pytest finds them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediacheck import Engine, InputError, SourceDocument
from mediacheck.inputs import CORPUS, HTML, MARKDOWN, TEXT, read_inputs

__all__ = ["BUILT_IN_RULES", "TrapArticles"]

#: Every rule of the built-in plugins: the rounds that judge each rule in
#: every article take these (test_trap_articles.py keeps the list whole).
BUILT_IN_RULES = (
    "unattributed-quote",
    "vague-attribution",
    "anonymous-source",
    "unsourced-statistic",
    "unsourced-superlative",
    "weekday-mismatch",
    "impossible-date",
    "date-after-publication",
    "relative-date-conflict",
    "unanchored-date",
    "chronology-conflict",
    "markup-date-conflict",
)


class TrapArticles:
    """The articles of one round, read once, with their findings by rule."""

    def __init__(self, folder: str, rules: tuple[str, ...]) -> None:
        self.data = Path(__file__).parent / "data" / folder
        self.expected: dict[str, Any] = json.loads(
            (self.data / "expected.json").read_text(encoding="utf-8")
        )
        self.articles = sorted(name for name in self.expected if not name.startswith("_"))
        self.rules = rules
        self.engine = Engine(select=list(rules))
        self._findings: dict[str, dict[str, list[str]]] = {}

    @property
    def suffixes(self) -> set[str]:
        """The input formats the round covers, by file name."""
        return {Path(name).suffix for name in self.articles}

    @property
    def judged(self) -> set[frozenset[str]]:
        """The sets of rules the articles' expectations judge: one set, the
        round's rules, when every article judges every one of them."""
        return {frozenset(self.expected[name]["rules"]) for name in self.articles}

    @property
    def dated(self) -> set[bool]:
        """Whether articles come with a publication date: {True, False} when the
        round has both kinds."""
        return {"published" in self.expected[name] for name in self.articles}

    def sources(self, name: str) -> list[SourceDocument]:
        read = read_inputs([str(self.data / name)], [CORPUS, MARKDOWN, HTML, TEXT], fallback=TEXT)
        sources = []
        for source in read:
            assert not isinstance(source, InputError), source
            sources.append(source)
        return sources

    def findings(self, name: str) -> dict[str, list[str]]:
        """The texts each rule flags in article ``name``."""
        if name not in self._findings:
            published = self.expected[name].get("published")
            day = dt.date.fromisoformat(published) if published else None
            found: dict[str, list[str]] = {}
            for result in self.engine.run(self.sources(name), published=day):
                for finding in result.findings:
                    found.setdefault(finding.rule, []).append(finding.span.text)
            self._findings[name] = found
        return self._findings[name]

    def params(
        self,
        revised: dict[tuple[str, str], tuple[list[str], str]],
        blocked: dict[tuple[str, str], str],
    ) -> list[Any]:
        """Every (article, rule) with an expectation, as pytest parameters.

        A ``blocked`` case is expected to fail, strictly: once the fault
        behind it is fixed the test fails until its entry is removed, so the
        list never outlives the faults it names.
        """
        for name, rule in (*revised, *blocked):
            if rule not in self.expected.get(name, {}).get("rules", {}):
                raise ValueError(f"{name}: no expectation for {rule} to revise or block")
        return [
            pytest.param(
                name,
                rule,
                id=f"{name}-{rule}",
                marks=[pytest.mark.xfail(strict=True, reason=blocked[name, rule])]
                if (name, rule) in blocked
                else [],
            )
            for name in self.articles
            for rule in self.rules
            if rule in self.expected[name]["rules"]
        ]

    def assert_expected(
        self, name: str, rule: str, revised: dict[tuple[str, str], tuple[list[str], str]]
    ) -> None:
        """The rule finds exactly what was expected by hand in the article."""
        found = sorted(self.findings(name).get(rule, []))
        assert found == sorted(self.expected_findings(name, rule, revised))

    def expected_findings(
        self, name: str, rule: str, revised: dict[tuple[str, str], tuple[list[str], str]]
    ) -> list[str]:
        """What was written down for ``rule`` in ``name``, or its revision."""
        if (name, rule) in revised:
            return revised[(name, rule)][0]
        found: list[str] = self.expected[name]["rules"][rule]
        return found

    def expectations_test(
        self,
        revised: dict[tuple[str, str], tuple[list[str], str]],
        blocked: dict[tuple[str, str], str],
    ) -> Callable[[str, str], None]:
        """The round's test that each rule finds in each article what was
        expected of it (see :meth:`params`), for its module to name
        ``test_trap_article``."""

        @pytest.mark.parametrize(("name", "rule"), self.params(revised, blocked))
        def test_trap_article(name: str, rule: str) -> None:
            self.assert_expected(name, rule, revised)

        return test_trap_article

    def coverage_test(self) -> Callable[[], None]:
        """The round's test that every article judges each of its rules, that
        some articles are dated and some not, and that plain text, Markdown
        and HTML are all read, for its module to name."""

        def test_every_built_in_rule_is_judged_in_every_article() -> None:
            assert self.judged == {frozenset(self.rules)}
            assert self.dated == {True, False}
            assert self.suffixes >= {".txt", ".md", ".html"}

        return test_every_built_in_rule_is_judged_in_every_article
