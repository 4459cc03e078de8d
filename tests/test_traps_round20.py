"""Hand-written trap articles (QA round 20): a court report, a play-off report
and a health-study story.

Each article in ``tests/data/traps_round20`` sets the classic traps in
phrasings earlier rounds did not use: possessives ending in an apostrophe
before a word or a single-quoted phrase, clipped words and years, feet and
inches before a later quotation, quotes nested in all three formats and
British single-quoted quotes holding contractions (apostrophes that are not
quotation marks); "most" as a sentence adverb, a pronoun and a quantifier
beside rankings in the writer's voice and sourced ones, a "best-of-five"
format and a "personal best"; weekdays with UK and US dates, right and
wrong, a weekday range whose last day is off and a past event dated after
publication.  A second batch (04-06: a magistrates' court report, a
marathon report, an undated preprint story) was written the same way after
the first was run and fixed.  The findings were written down by hand, from
the user documentation alone, before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("01_court_phone_crash.txt", "unsourced-statistic"): (
        [],
        "'Nearly one in three drivers stopped on the road last year was using a phone' "
        "comes two paragraphs after 'Figures from Kilbride County Council show 212 "
        "people ...': a ratio is a share, sourced like a percentage by data named in one "
        "of the two paragraphs before, and 'figures' names data as 'poll' or 'survey' do "
        "(the docs' list is of examples: 'a poll, survey, study or index'). The "
        "expectation read the list as closed",
    ),
    ("06_vitamin_d_preprint.md", "unanchored-date"): (
        ["the winter", "last week", "last winter", "Thursday"],
        "'Taking vitamin D supplements over the winter did little ...' in an article with no "
        "publication date: 'the winter' is a season with no year, which the docs report "
        "like 'this summer' (a reader cannot tell which winter the trial ran in); the "
        "expectation read it as any winter",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round20", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
