"""Hand-written trap articles (QA round 19): fresh phrasings of the traps.

Each article in ``tests/data/traps_round19`` sets the classic traps in
phrasings earlier rounds did not use: Irish and Scottish names, French and
Dutch elisions, plural and s-ending possessives and clipped words
(apostrophes that are not quotation marks); "most" in fixed phrases that
rank nothing beside a hyphenated "most-" that does; "-est" words that are
not superlatives; weekdays with ISO and numeric dates that only one
reading fits, a yearless date whose weekday fits the next year, and
relative days ("Saturday week") in dated and undated articles.  The
findings were written down by hand, from the user documentation alone,
before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("01_trad_festival.txt", "weekday-mismatch"): (
        ["Wednesday, 22 November", "Sunday, 28 November"],
        "'The final concert, on Sunday, 28 November, will be broadcast live' in an article of "
        "Thursday, 26 November 2026: the weekday fits 2027 only, a year away, and the docs say "
        "a weekday that fits only a year away is reported (the year is taken only within half "
        "a year of publication). The expectation stopped at 'the weekday is evidence for the "
        "year' and missed the half-year bound",
    ),
    ("03_chemist_obituary.html", "unanchored-date"): (
        ["Tuesday", "March", "Thursday"],
        "'Thursday week' is reported on its weekday, 'Thursday': the same date, found; the "
        "expectation guessed the span would take in 'week'",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round19", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
