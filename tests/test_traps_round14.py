"""Hand-written trap articles (QA round 14): sourcing, the hardest cases for
an attribution linter.

Each article in ``tests/data/traps_round14`` credits claims to vague groups
('analysts', 'critics', 'forecasters'), hearsay ('reports', 'sources') and no
one ('it is believed', 'it was reported'), to unnamed people with and without
a reason for their anonymity and to spokespeople of named bodies, beside
named people and bodies in every position (before and after the quote,
'according to', 'told reporters', 'said in a statement', pronouns, a speaker
introduced in the paragraph before); quotes with no speaker beside quotes run
on and a pull quote; statistics sourced by a neighbouring sentence beside
ones that are not and numbers that are no statistic; superlatives in quotes,
credited to vague sources and in the writer's own voice; and a few date
traps.  The findings were written down by hand, from the user documentation
alone, before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("05_fishing_quotas.md", "vague-attribution"): (
        ["Observers", "Fishing industry leaders in Scotland", "Many in the industry"],
        "a group placed by a preposition is reported on its whole mention, as 'Farmers in "
        "Iowa' and 'Fishermen along the coast' are: the expectation cut the place off",
    ),
    ("07_severn_flood.txt", "vague-attribution"): (
        ["Forecasters", "Scientists", "Residents on Frankwell Quay", "is expected"],
        "'The river is expected to stay high' is an agentless passive forecast (expected by "
        "whom?), reported like 'it is widely expected'; vague-attribution reports such "
        "passives by design ('is expected', 'are expected' on PolNeAR dev), and the "
        "expectation read only the dummy-'it' form the docs name",
    ),
    ("07_severn_flood.txt", "anonymous-source"): (
        ["A police officer at the scene"],
        "the finding sits on the whole mention, as 'Sources close to the family' does: "
        "the expectation cut the phrase after the head off",
    ),
    ("09_charity_fraud.html", "impossible-date"): (
        ["Tuesday, September 31, 2024"],
        "the date's span takes in its weekday, as the temporal expression is read; the "
        "expectation left the weekday out",
    ),
    ("10_chipmaker_results.txt", "unsourced-superlative"): (
        ["biggest", "best-performing"],
        "'Chipmaker Arden posts record quarter' credits the record to the company, as "
        "'Arden Semiconductor reported record third-quarter revenue' in the body does (a "
        "firm posting results reports them): the expectation judged the headline and the "
        "body apart",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round14", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
