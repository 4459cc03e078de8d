"""Hand-written trap articles (QA round 22): weather, science and election night.

Each article in ``tests/data/traps_round22`` sets the classic traps in
three genres: a weather wire on a record warm month (a headline that ends by
crediting the Met Office, a rain gauge and a named station's readings beside
the writer's own rankings, "the most rain since 1987", a forecast of storms
across the month and year boundary); a science story on a trial posted as a
preprint ("the first trial to" beside "the largest study", percentages from
the paper and from nobody, a scientist not involved who cautions, leap days
right, wrong and impossible); an undated election-night piece (tallies, a
majority and turnout as results, a results table closed by a source line,
"Labour sources said", weekdays and dates in ``<time>`` elements, a count
expected to resume on Saturday).  Apostrophes of 'em, 'Twas, goin', fish
’n’ chip and ma’am.  A second batch (04, 05) adds an undated heat-deaths study
and an election count dated by its meta tag ("a record for the ward" after a
figure, "Some public health experts", a quote named by the next paragraph's
"So said").  The findings were written down by hand, from the user
documentation alone, before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("02_nap_trial_preprint.md", "unsourced-statistic"): (
        ["£2.3 million"],
        "'roughly 40% of care home residents fall' and 'at most one in ten residents needed "
        "a nudge' are shares, and the docs take a share as sourced when the headline or the "
        "first two paragraphs name a study the article reports on ('according to a preprint', "
        "'The study, which has not yet been peer reviewed'); the expectation read them as the "
        "writer's own. A fault the second sentence showed is fixed: a negated 'anyone' ('did "
        "not have to wake anyone') no longer makes a sentence a hypothesis, and 'at most' is "
        "part of the span",
    ),
    ("04_heat_deaths_study.txt", "vague-attribution"): (
        ["Some public health experts", "Forecasters"],
        "'Around 1,000 heat deaths a year are expected by 2030' gives no attribution in the "
        "model: the rule reports 'is expected to <verb>' as a claim credited to no one, but a "
        "passive forecast with no verb after it names no claim, and unsourced-statistic "
        "already reports its figure; the expectation applied the first batch's lesson too "
        "far. 'Some public health experts', missed on the first run, is now reported",
    ),
    ("03_hallam_count.html", "vague-attribution"): (
        ["Opposition councillors", "is expected"],
        "'it is expected to resume on Saturday' is an agentless expectation, which the rule "
        "reports as a claim credited to no one (who expects it?), as it reports 'is expected' "
        "throughout the dev sets; the expectation took the schedule for no claim",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {
    ("02_nap_trial_preprint.md", "unsourced-superlative"): (
        "model: a headline from Markdown front matter ('title: Biggest Trial Yet Links ...') "
        "is Document.headline but not part of Document.text, so no rule can place a finding "
        "on it; the same title as a '# ' line is reported. Putting it into the text would move "
        "every offset of such documents"
    ),
    ("05_westfield_count.html", "vague-attribution"): (
        "model: in 'was halted after a recount was requested and is expected to resume on "
        "Saturday, May 8' the agentless 'is expected' the rule reports elsewhere has no "
        "subject of its own ('a recount' is elided after 'and'), and the cue reader makes no "
        "attribution of it; the passive 'was requested', which credited 'a recount' (a "
        "person) with that next predicate, now reports nothing"
    ),
}

TRAPS = TrapArticles("traps_round22", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
