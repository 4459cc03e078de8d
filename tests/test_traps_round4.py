"""Hand-written trap articles (QA round 4) for the quote, attribution,
superlative and date rules.

Each article in ``tests/data/traps_round4`` is read as the command line
reads it (plain text, Markdown or HTML by its name, ``--published`` from
``expected.json``), and each rule's findings are compared with those
written down by hand before the tool was run.  This round probes the rules
changed since round 3: quotes standing alone with and without a speaker in
reach, a past verb governing its date, poll shares and intentions,
no-comment and named-after-title sources, and the publication date read
from a ``Published`` line, a bare date line, a byline and HTML metadata.
"""

from __future__ import annotations

import datetime as dt

import pytest
from trap_articles import TrapArticles

RULES = (
    "unattributed-quote",
    "vague-attribution",
    "anonymous-source",
    "unsourced-statistic",
    "unsourced-superlative",
    "weekday-mismatch",
    "date-after-publication",
    "unanchored-date",
)

#: Where the expectation written before the run was reconsidered, and why.
REVISED = {
    ("02_ferry.md", "unsourced-statistic"): (
        ["1,200 passengers"],
        "the rule reports a sentence once, at its first figure; '8 percent' is in the evidence",
    ),
    ("03_orchard.html", "unsourced-statistic"): (
        [],
        "'The farm employs 35 workers.' follows 'Hollis said ...' in its paragraph: a "
        "credited neighbour sources it by design",
    ),
    ("05_marathon.md", "vague-attribution"): (
        ["organizers", "Critics"],
        "'..., organizers said' credits a group with no name, like 'officials said', by design",
    ),
    ("07_bakery.html", "unsourced-statistic"): (
        [],
        "'its $2.5 million expansion' refers to an amount as known, like 'the 12 victims'",
    ),
    ("09_union.md", "unattributed-quote"): (
        [],
        "'That was the message from Diaz on Tuesday.' opens the next paragraph and names "
        "the speaker: the quote has a speaker in reach (the rule was taught this in round 4)",
    ),
    ("10_festival.txt", "unsourced-superlative"): (
        ["record"],
        "the headline's 'record crowds' is a record claim in the writer's voice; it was "
        "overlooked when the expectation was written",
    ),
    ("11_club.html", "unsourced-superlative"): (
        ["third-largest", "most expensive"],
        "a ranking is a superlative too; both rules report it by design",
    ),
    ("11_club.html", "date-after-publication"): (
        [],
        "the named weekday decides the year of 'Friday, Jan. 24' (told in the future: 2026), "
        "and weekday-mismatch reports the date that fits no year",
    ),
    ("12_pub_quiz.txt", "unsourced-superlative"): (
        ["biggest", "toughest"],
        "'toughest ..., fans said': unnamed fans are a vague group (vague-attribution reports "
        "them, as expected here), and a superlative credited only to a vague source is "
        "reported by design, as round 5 expects of 'Fans called it \"the loudest ...\"'",
    ),
    ("08_storm.txt", "vague-attribution"): (
        ["are expected"],
        "'Repairs are expected to cost ...' is an agentless passive cue: no one is said to "
        "expect it",
    ),
}

#: Expectations that fail because of the document model, not the rules: left
#: out here and reported to the model's owners (the findings they cause are named).
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round4", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)


def test_every_input_format_and_date_source_is_covered() -> None:
    assert TRAPS.suffixes == {".txt", ".md", ".html"}
    assert TRAPS.dated == {True, False}


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("01_jukebox.txt", dt.date(2025, 4, 8)),
        ("02_ferry.md", dt.date(2024, 10, 15)),
        ("03_orchard.html", dt.date(2025, 4, 11)),
        ("04_trial.txt", dt.date(2025, 2, 14)),
        ("06_levy.txt", dt.date(2025, 3, 28)),
        ("07_bakery.html", dt.date(2024, 12, 3)),
        ("10_festival.txt", dt.date(2025, 10, 28)),
        ("11_club.html", dt.date(2025, 1, 30)),
    ],
)
def test_publication_date_is_read_from_the_article(name: str, published: dt.date) -> None:
    """A Published line, a bare date line, a byline or HTML metadata dates the article."""
    (result,) = TRAPS.engine.run(TRAPS.sources(name))
    assert result.document.published == published
