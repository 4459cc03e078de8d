"""Hand-written trap articles (QA round 8): words that look like what the rules seek.

Each article in ``tests/data/traps_round8`` hides its findings among
look-alikes: apostrophes that are no quote marks (’90s, rock ’n’ roll,
O’Neill, students’ union) beside real quotes, nested and mismatched;
"most" and "-est" words that rank nothing (at most, most of, best known
for, honest, forest) beside true superlatives and compounds; weekdays right
and wrong across a year end, in leap years and in 1899; dates that cannot
be; claims credited to analysts, reports and no one; anonymous sources with
and without reasons; statistics beside ages, tallies, prices and quoted
numbers.  The findings were written down by hand, from the user
documentation alone, before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("09_bank_merger.md", "vague-attribution"): (
        ["It is believed", "is expected"],
        "'The deal is expected to close on Friday, March 31, 2027' is a forecast credited to "
        "no one, as the rule's 'or to no one' says (the dummy-it example is one form of it); "
        "who expects the closing date is a fair question, and the expectation missed it",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round8", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
