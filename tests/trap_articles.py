"""Hand-written trap articles and the findings expected of them.

Each QA round keeps its articles in ``tests/data/<round>/`` with an
``expected.json`` written down before the tool was run.  An article is read
as the command line reads it (plain text, Markdown or HTML by its name,
``--published`` from ``expected.json``), so the rounds test what a user
meets, and each round's module only says which rules it judges and which
expectations it had to set aside.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from mediacheck import Engine, InputError, SourceDocument
from mediacheck.inputs import CORPUS, HTML, MARKDOWN, TEXT, read_inputs

__all__ = ["TrapArticles"]


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

    def cases(self, blocked: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
        """Every (article, rule) with an expectation, except those ``blocked``."""
        return [
            (name, rule)
            for name in self.articles
            for rule in self.rules
            if rule in self.expected[name]["rules"] and (name, rule) not in blocked
        ]

    def expected_findings(
        self, name: str, rule: str, revised: dict[tuple[str, str], tuple[list[str], str]]
    ) -> list[str]:
        """What was written down for ``rule`` in ``name``, or its revision."""
        if (name, rule) in revised:
            return revised[(name, rule)][0]
        found: list[str] = self.expected[name]["rules"][rule]
        return found
