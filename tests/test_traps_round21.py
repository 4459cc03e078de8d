"""Hand-written trap articles (QA round 21): wire, markets and letters pages.

Each article in ``tests/data/traps_round21`` sets the classic traps in
genres earlier rounds used little: a wire story whose dateline names a state
and whose correction note at the end gives dates of the facts it corrects; a
quarterly-results report (a Title Case "Record" headline, figures sourced by
a later sentence that points back at them, "analysts polled by", "a person
familiar with its plans", "the most since"); an undated letters page with
credit lines, Q:/A: turns and a pull quote.  Apostrophes of the Hawaiian
okina, o'clock, students' union and '90s; quotes with a speaker a paragraph
away or none; titles of works in quotes; weekday/date pairs right and wrong
("Friday the 13th", "Tuesday's meeting" in a Wednesday's article, a future
weekday that fits only the year before publication); numbers that are no
statistics.  A second batch (04, 05) adds a yearless Reuters dateline with a
bracketed correction and an advice column with bold Q:/A: turns.  The
findings were written down by hand, from the user documentation alone,
before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("02_bakery_earnings.md", "unsourced-statistic"): (
        ["third-largest", "22%"],
        "'Shares of Kilnworth rose 8% in early trading' follows opening paragraphs that "
        "report the company's figures ('The figures were in a filing with the Securities and "
        "Exchange Commission'), and the docs take a share as sourced when the headline or the "
        "first two paragraphs name the data the article reports on. The expectation read that "
        "rule as polls only; the rule's data words include 'figures' and 'report'",
    ),
    ("03_night_bus_letters.html", "unsourced-statistic"): (
        [],
        "The letter's '£240,000' stands in the paragraph right above its credit line, "
        "'— Ravi Menon, Northgate', which credits those words to him (docs/json.md: a credit "
        "line is an attribution of the paragraph above it): a figure claimed by a named "
        "person is sourced. The expectation took the letter for the writer's voice. "
        "Two faults the article showed on the way are fixed: 'who studies at the college' and "
        "'could have told them' in the next sentence no longer source the figure, and the "
        "writer's own 'I counted 58 passengers' is sourced",
    ),
    ("04_copper_wire.txt", "unsourced-statistic"): (
        ["about 4,500 workers"],
        "'rose 0.8%' on the LME and 'The peso weakened 0.3%' follow an opening paragraph "
        "that reports 'central bank data': the docs take a share as sourced when the headline "
        "or the first two paragraphs name the data the article reports on, and the "
        "expectation overlooked that rule. The plan's target '7 million tonnes a year', "
        "reported on the first run, is now left alone as the plan's own",
    ),
    ("05_deposit_column.md", "unattributed-quote"): (
        [],
        "'That advice comes from a letting agent I spoke to in March, who asked not to be "
        "named' points back at the quote and says whose it is: an unnamed agent's, which "
        'anonymous-source reports, as it does \'"...," said a nurse who asked not to be '
        "named'. A quote credited to an unnamed person is no quote without a speaker, and "
        "a second finding on it would be noise. The expectation read 'names no one' as "
        "'credits no one'",
    ),
    ("05_deposit_column.md", "unsourced-statistic"): (
        ["9%"],
        "'£1,200' stands in the question right above the credit line '— Tenant, Walsall', "
        "which credits it to the reader who asked; '41,000 disputes' counts cases, and the "
        "docs make a statistic of a plural of people or events such as deaths, which the "
        "count-noun list keeps narrow ('disputes' is not in it). '9%' was sourced on the "
        "first run by 'told' in 'I was told', a claim credited to no one, and is now "
        "reported",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round21", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
