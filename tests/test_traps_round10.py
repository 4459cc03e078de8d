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

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("01_measles_scare.txt", "unsourced-superlative"): (
        ["Highest", "earliest", "largest"],
        "expectation error: the docs exempt time order only as 'latest' and 'most recent', "
        "and 'earliest' only in 'at its earliest convenience'; 'the earliest case' says "
        "which case came first, a claim a source can back",
    ),
    ("02_bank_rumour.md", "unsourced-statistic"): (
        ["1.9 percentage points", "14%"],
        "documented: a figure is sourced when the model credits anything in its sentence, "
        "vague sources included; 'fell 18% ..., after reports that ...' has the reports",
    ),
    ("03_westmoor_count.html", "unsourced-statistic"): (
        ["2.3 million times", "38.2 percent", "48,000 followers"],
        "expectation error: the span of a scaled count of events includes its noun",
    ),
    ("04_quinn_hoax.txt", "vague-attribution"): (
        ["Rumours", "Some fans", "researchers"],
        "expectation error: 'Rumours that the singer had died spread' credits the claim "
        "to hearsay, as 'after reports that the lender was close to collapse' does, which "
        "was expected in 02",
    ),
    ("05_turmeric_pill.txt", "unsourced-statistic"): (
        ["4 million times", "Almost 40 per cent"],
        "expectation error: the span of a scaled count of events includes its noun",
    ),
    ("06_library_memo.md", "anonymous-source"): (
        ["a finance officer", "two councillors", "unnamed officials"],
        "expectation error: only quotations of speech keep their unnamed sources to the "
        "speaker; 'Frost said a finance officer had told her: ...' is reported speech, and "
        "the quote after the colon is credited to the unnamed officer",
    ),
    ("06_library_memo.md", "unsourced-statistic"): (
        [],
        "documented: a percentage is sourced by a data word ('report' is one) in its "
        "paragraph or the two before; 'A report by the BBC ...' comes just before",
    ),
    ("09_exchange_freeze.md", "unsourced-statistic"): (
        ["$61,000", "3 million users"],
        "documented: an amount of money is a statistic; the prices left alone are rates "
        "('$22 an hour', '$2,000 a month'), and 'Bitcoin fell to $61,000' is a level "
        "a reader may want sourced",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round10", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
