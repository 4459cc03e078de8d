"""Hand-written trap articles (QA round 10): suspicious articles to triage.

Each article in ``tests/data/traps_round10`` is the kind of piece a
fact-checker triages (a health scare, a bank-collapse rumour, an election
fraud claim, a death hoax, a miracle cure, a leaked memo, a climate record,
a military buildup), set as plain text, Markdown or HTML: superlatives in
the writer's voice, in quotes and credited to vague sources; "most" that
ranks nothing and words that only end in "-est"; sourcing chains ("reports
citing sources familiar with"); British single quotes around apostrophes;
weekdays beside ISO, ordinal and day-month dates across a year end; and
statistics beside ages, scores, ranks and prices.  The findings were
written down by hand, from the user documentation alone, before the tool
was run.
"""

from __future__ import annotations

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

TRAPS = TrapArticles("traps_round10", RULES)
EXPECTED, ARTICLES = TRAPS.expected, TRAPS.articles


@pytest.mark.parametrize(("name", "rule"), TRAPS.params(REVISED, BLOCKED))
def test_trap_article(name: str, rule: str) -> None:
    TRAPS.assert_expected(name, rule, REVISED)


def test_every_built_in_rule_is_judged_in_every_article() -> None:
    assert all(set(EXPECTED[name]["rules"]) == set(RULES) for name in ARTICLES)
    assert TRAPS.dated == {True, False}
    assert TRAPS.suffixes >= {".txt", ".md", ".html"}
