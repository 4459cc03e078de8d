"""Hand-written trap articles (QA round 3) for the superlative and date rules.

Each article in ``tests/data/traps_round3`` is read as the command line
reads it (plain text, Markdown or HTML by its name, ``--published`` from
``expected.json``), and the findings of the rules this module covers are
compared with those written down by hand before the tool was run.  The
expectations for the other rules stay in ``expected.json`` as a record;
they are judged by those rules' own tests.
"""

from __future__ import annotations

from trap_articles import TrapArticles

RULES = (
    "unsourced-superlative",
    "weekday-mismatch",
    "impossible-date",
    "date-after-publication",
    "unanchored-date",
    "relative-date-conflict",
    "chronology-conflict",
)

#: Where the expectation written before the run was reconsidered, and why.
REVISED = {
    ("15_bakery.md", "unsourced-superlative"): (
        ["best"],
        "'Customers call the rye bread \"the best in town.\"' credits the claim to a vague "
        "group; the rule reports that by design, with 'Customers' as evidence",
    ),
}

#: Expectations that fail because of the document model, not the rules: left
#: out here and reported to the model's owners (the findings they cause are named).
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round3", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)


def test_every_input_format_is_covered() -> None:
    assert TRAPS.suffixes == {".txt", ".md", ".html"}
    assert True in TRAPS.dated
