"""Hand-written trap articles (QA round 13): the kinds of text newsrooms
publish that earlier rounds skipped.

Each article in ``tests/data/traps_round13`` is one genre: a live blog with
timestamped entries and a correction footer, wire copy with a dateline and a
reporting credit, a match report full of scores and table places, an
obituary with ages and birth years, an opinion column whose superlatives are
the point, a Q&A interview, a press release, a crime brief whose headline
credits the police, election results given as shares and tallies, and a New
Year story across the turn of the year.  The findings were written down by
hand, from the user documentation alone, before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("01_storm_live_blog.md", "anonymous-source"): (
        ["a spokesperson for the company"],
        "the mention keeps the phrase after its head, as 'A diplomat briefed on the talks' "
        "does in the rule's tests; the expectation wrote the head alone",
    ),
    ("02_brussels_cod_vote.txt", "vague-attribution"): (
        ["Fishing groups", "is expected", "officials"],
        "'The Council of Ministers is expected to sign off on Thursday, Dec. 17' is a "
        "forecast credited to no one, the rule's 'or to no one', as round 8 settled for 'The "
        "deal is expected to close ...'; the expectation read it as a schedule",
    ),
    ("02_brussels_cod_vote.txt", "anonymous-source"): (
        ["A diplomat from one of the Nordic states", "one MEP"],
        "the mention keeps the phrase after its head (see 01); the finding itself needed "
        "two fixes (a partitive after a preposition, and 'MEP' as a person by role)",
    ),
    ("02_brussels_cod_vote.txt", "unsourced-statistic"): (
        [],
        "'report' is one of the rule's context words (data/context-words.txt, with poll, "
        "survey, study, index): '38 percent' two paragraphs after 'steered the report "
        "through committee' is read as that report's figure, as documented for a body of "
        "data named in the two paragraphs before; the expectation overlooked that a "
        "parliamentary report names one",
    ),
    ("09_mayoral_results.md", "unsourced-statistic"): (
        ["$3.2 million"],
        "'rank' reports words only with a quote after it (cue_verbs.txt '| words', as "
        "'laud' and 'liken' do), so 'The Harlow Courier ranked the race the most expensive "
        "..., at $3.2 million' is no attribution and the figure has no source the rule can "
        "see; asking the writer to credit it to the Courier is fair, and the superlative is "
        "reported either way",
    ),
    ("09_mayoral_results.md", "unsourced-superlative"): (
        [
            "first Latina mayor in the city’s 150-year history",
            "highest",
            "most expensive",
            "youngest",
        ],
        "a finding for 'the first ... in history' spans the claim up to 'history', as the "
        "rule's 'first time in history' does; the expectation wrote 'first' alone (the "
        "finding was missing until 'history' could follow an owner in lower case and a span)",
    ),
    ("10_sydney_new_year.txt", "unsourced-superlative"): (
        ["biggest", "hottest"],
        "'record' before a noun is a claim only before the measures of record-heads.txt "
        "('record crowds', 'record highs', 'record turnout'), the documented scope of the "
        "modifier; 'fireworks' is no measure, and a rule open to any noun would take "
        "'record stores' and 'record players'; the expectation read 'record fireworks' as "
        "'record highs'",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round13", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
