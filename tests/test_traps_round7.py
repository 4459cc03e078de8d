"""Hand-written trap articles (QA round 7): the kind of article we exist for.

Each article in ``tests/data/traps_round7`` re-writes another outlet's
story the way suspicious sites do: dramatic superlatives in the writer's
voice, claims credited to "analysts", "reports" or "a growing belief",
chains of "according to" that rest on one outlet, quotes in single and
double curly marks and straight ones, named speakers whose quotes hold
superlatives (never flagged), figures with and without sources, and dates
that conflict with the publication date.  The findings were written down by
hand before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("01_gas_winter.txt", "vague-attribution"): (
        [
            "has been described as",
            "a growing sense among traders",
            "Analysts",
            "Some experts",
            "Critics of the government",
        ],
        "'Critics of the government argue' credits a claim to a group, vague by the rule's "
        "design; the one named critic quoted after it speaks for herself, not for the group",
    ),
    ("02_measles_scare.txt", "unsourced-superlative"): (
        ["lowest"],
        "'a record pace' is credited to the memo the paper says it saw, a document; the "
        "secondhand note is for an outlet's own voice, and the expectation overreached",
    ),
    ("03_ballot_rumour.txt", "vague-attribution"): (
        ["Observers", "Election experts"],
        "'widely seen as the closest race' sits in the sentence already credited to Observers "
        "(the superlative is reported with them as its vague source), so a second finding there "
        "would be noise; 'Election experts warn' is a group, as 'Critics' in 01",
    ),
    ("03_ballot_rumour.txt", "unsourced-statistic"): (
        ["Some 1,200 volunteers"],
        "'shared more than 90,000 times': times shared are no count of people or events, "
        "outside the rule's documented scope",
    ),
    ("03_ballot_rumour.txt", "weekday-mismatch"): (
        ["last Thursday, October 23"],
        "the finding covers the weekday with its 'last', as the rule's own example does "
        "('last Thursday, March 12'); the expectation guessed a shorter span",
    ),
    ("04_payments_scandal.txt", "unsourced-superlative"): (
        ["Biggest", "largest", "worst"],
        "the headline puts 'Biggest ...' in quote marks, but no one in the article is quoted "
        "saying it (the body credits the ranking only to unnamed critics): the quote marks are "
        "the writer's framing, and a fact-checker wants it shown",
    ),
    ("05_drone_claim.txt", "unsourced-statistic"): (
        ["more than 300 drones"],
        "drones lost are counted events of the war (the rule's count nouns hold 'drones'); a "
        "reader cannot weigh the figure without a source, and the expectation read the scope "
        "too narrowly",
    ),
    ("05_drone_claim.txt", "unsourced-superlative"): (
        ["Largest", "most ambitious", "heaviest"],
        "the headline's quoted 'Largest Ever' is said by no one in the body (the minister says "
        "'boldest'): as in 04, quote marks no speaker fills are the writer's framing",
    ),
    ("06_singer_feud.md", "vague-attribution"): (
        ["reportedly", "Fans", "organisers"],
        "'organisers said' credits a claim to an unnamed group, vague by the rule's design "
        "(as 'Forecasters said' in round 6); which organisers is a fair question. 'Rivers "
        "reportedly told the podcast' is hearsay credited to no one (reported by whom?), "
        "reported since the writer's 'reportedly' counts as 'it was reported' does (QA "
        "round 14)",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {
    ("05_drone_claim.txt", "vague-attribution"): (
        "model: 'Military bloggers close to the Kremlin' is read as "
        "anonymous, and anonymous-source takes its capitalised first word for a name, so "
        "neither rule reports it"
    ),
}

TRAPS = TrapArticles("traps_round7", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)


def test_every_built_in_rule_is_judged_in_every_article() -> None:
    assert TRAPS.judged == {frozenset(RULES)}
    assert TRAPS.dated == {True, False}
    assert TRAPS.suffixes >= {".txt", ".md"}
