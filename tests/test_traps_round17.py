"""Hand-written trap articles (QA round 17): fresh phrasings of old traps.

Each article in ``tests/data/traps_round17`` mixes traps earlier rounds used
little: apostrophes in new places (rock'n'roll, Guns N' Roses, 'Tis right
after an opening quote mark, an inch mark among straight double quotes,
primes in coordinates), "most" and "-est" words that rank nothing (the Most
Rev., the best interests of the children, best-before, hit hardest) beside
compounds after a determiner (most-capped, longest-serving) and
superlatives credited to vague and unnamed sources, weekdays across month
ends, in a headline and inside ``<time>``, a ``<time>`` a day off its
datetime, "the day before yesterday" and "today" beside dates, statistics
sourced a sentence or paragraphs away or not at all, anonymous sources with
and without reasons, and anniversaries, year counts and ages.  The findings
were written down by hand, from the user documentation alone, before the
tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("07_bakery_results.html", "unsourced-superlative"): (
        [],
        "'Crumb & Co. posts record profit' credits the record to the company, as 'Crumb & "
        "Co. reported record pre-tax profit' in the body does (a firm posting results "
        "reports them; round 14 revised its 'posts record quarter' the same way): the "
        "expectation judged the headline and the body apart",
    ),
    ("08_water_rates_wire.txt", "date-after-publication"): (
        [],
        "'Crews finished the last repairs on Fifth Street on Dec. 14': the past verb stands "
        "seven words before the date, beyond the 'few words' the docs ask of a past that "
        "governs the date (six, chosen on wire copy, where a wider reach read plans as "
        "past events); the expectation took the whole sentence's tense",
    ),
    ("10_quiz_night_undated.md", "vague-attribution"): (
        ["Critics", "The show's producers"],
        "'The show's producers said ...': the docs count a group owned by a thing rather "
        "than someone as vague ('the plan's critics'), and a show is a thing; naming the "
        "production company would answer it. The expectation took the producers of a "
        "named show for people a reader can ask",
    ),
    ("12_organist_obituary.html", "vague-attribution"): (
        ["Parishioners", "by most accounts"],
        "the finding sits on the whole hedge, as it does on 'reportedly': the expectation "
        "cut 'by' off",
    ),
    ("11_typhoon_wire.txt", "vague-attribution"): (
        ["Aid workers", "forecasters", "is expected"],
        "'A second storm is expected to make landfall on Tuesday, Dec. 2' is a forecast "
        "credited to no one, which the docs report as they report 'it is widely expected "
        "that'; the expectation overlooked it",
    ),
    ("18_tower_block.txt", "unsourced-statistic"): (
        ["40 of the block's 112 households", "Some 60 per cent"],
        "the rule gives one finding a sentence, on its first figure, as its docs say; "
        "'Some 60 per cent of the tenants are over 65' is the next sentence, a share with no "
        "source, and is reported on its own. The expectation wrote one finding a paragraph",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round17", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
