"""Hand-written trap articles (QA round 7): the kind of article we exist for.

Each article in ``tests/data/traps_round7`` re-writes another outlet's
story the way suspicious sites do: dramatic superlatives in the writer's
voice, claims credited to "analysts", "reports" or "a growing belief",
chains of "according to" that rest on one outlet, quotes in single and
double curly marks and straight ones, named speakers whose quotes hold
superlatives (never flagged), figures with and without sources, and dates
that conflict with the publication date.  The findings were written down by
hand before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from trap_articles import TrapArticles

RULES = (
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
)

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round7", RULES)
EXPECTED, ARTICLES = TRAPS.expected, TRAPS.articles


@pytest.mark.parametrize(("name", "rule"), TRAPS.params(REVISED, BLOCKED))
def test_trap_article(name: str, rule: str) -> None:
    TRAPS.assert_expected(name, rule, REVISED)


def test_every_built_in_rule_is_judged_in_every_article() -> None:
    assert all(set(EXPECTED[name]["rules"]) == set(RULES) for name in ARTICLES)
    assert any("published" in EXPECTED[name] for name in ARTICLES)
    assert any("published" not in EXPECTED[name] for name in ARTICLES)
    assert {Path(name).suffix for name in ARTICLES} >= {".txt", ".md"}
