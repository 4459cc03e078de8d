"""Quotes left open at a paragraph's end: the news convention runs them on,
a typo or a stray mark does not, so two speakers are never confused."""

from __future__ import annotations

import pytest

import mediacheck


def quoted(text: str) -> list[str]:
    return [q.text for q in mediacheck.parse(text).quotes]


def speakers(text: str) -> dict[str, str]:
    """Each credited quote's text -> the source credited with it."""
    document = mediacheck.parse(text)
    return {
        document.quotes[i].text: attribution.source.text
        for attribution in document.attributions
        if attribution.source is not None
        for i in attribution.quotes
    }


#: One speaker's words over two paragraphs, the first left open, the second
#: reopened: (text, the quote's speaker).
RUN_ON = {
    "cue-before-pronoun-after": (
        "Mayor Ann Lee said: “We will rebuild the bridge.\n\n“It will cost millions,” she said.",
        "she",
    ),
    "name-repeated": (
        "Mayor Ann Lee said: “We will rebuild the bridge.\n\n“It will cost millions,” Lee said.",
        "Lee",
    ),
    "title-and-surname": (
        "Ann Lee told the council: “We will rebuild the bridge.\n\n"
        "“It will cost millions,” said Mayor Lee.",
        "Mayor Lee",
    ),
    "no-name-before": (
        "Ann Lee spoke first.\n\n"
        "“We will rebuild the bridge.\n\n“It will cost millions,” Lee said.",
        "Lee",
    ),
    "introduced-by-a-phrase-and-comma": (
        "In a statement on Monday, “We will rebuild the bridge.\n\n"
        "“It will cost millions,” Ann Lee said.",
        "Ann Lee",
    ),
    "description-after": (
        "Ann Lee said, “We will rebuild the bridge.\n\n“It will cost millions,” the mayor said.",
        "the mayor",
    ),
}
RUN_ON_QUOTE = "“We will rebuild the bridge.\n\n“It will cost millions,”"


@pytest.mark.parametrize(("text", "speaker"), RUN_ON.values(), ids=RUN_ON.keys())
def test_reopened_quote_runs_on_with_one_speaker(text: str, speaker: str) -> None:
    """News style: the quote spans both paragraphs and has one speaker."""
    assert quoted(text) == [RUN_ON_QUOTE]
    assert speakers(text) == {RUN_ON_QUOTE: speaker}


def test_quote_after_a_closed_quote_and_its_cue_runs_on() -> None:
    """The second quote of a paragraph goes on in the next, as the first's speaker's."""
    text = "“We will rebuild,” Ann Lee said. “It will take a year.\n\n“It will cost millions.”"
    run_on = "“It will take a year.\n\n“It will cost millions.”"
    assert quoted(text) == ["“We will rebuild,”", run_on]
    assert speakers(text)[run_on] == "Ann Lee"


#: A quote left open by a typo, then the next paragraph's quote and its speaker.
TYPO = {
    "closer-forgotten-before-its-cue": (
        "“We will rebuild the bridge, said Mayor Ann Lee.\n\n"
        "“It will cost millions,” said the treasurer, Tom Hale."
    ),
    "another-name-verb-first": (
        "Mayor Ann Lee said: “We will rebuild the bridge.\n\n"
        "“It will cost millions,” said the treasurer, Tom Hale."
    ),
    "another-name-after-an-aside": (
        "Mayor Ann Lee said: “We will rebuild the bridge.\n\n"
        "“It will cost millions,” Tom Hale, the treasurer, said."
    ),
    "opener-inside-the-writers-sentence": (
        "The council backed the “repair plan on Monday.\n\n“It will cost millions,” Tom Hale said."
    ),
    "stray-mark-ending-the-paragraph": (
        "The council voted late on Monday.“\n\n“It will cost millions,” Tom Hale said."
    ),
}


@pytest.mark.parametrize("text", TYPO.values(), ids=TYPO.keys())
def test_quote_left_open_by_a_typo_stays_in_its_paragraph(text: str) -> None:
    """The next paragraph's quote is its own, credited to its own speaker."""
    assert quoted(text) == ["“It will cost millions,”"]
    speaker = speakers(text)["“It will cost millions,”"]
    assert "Hale" in speaker or speaker == "the treasurer"


def test_quote_run_on_reads_the_whole_chain() -> None:
    """A quote reopened over three paragraphs is one quote, closed in the last."""
    text = (
        "Ann Lee said: “We will rebuild the bridge.\n\n“It will take a year.\n\n"
        "“It will cost millions,” Lee said."
    )
    assert quoted(text) == [text[text.index("“We") : text.index(" Lee said.")]]


MISSHAPEN = {
    "opening-shape-closes": (
        "Engineers called for an “urgent review“ of the bridge.",
        ["“urgent review“"],
    ),
    "closing-shape-opens": ("Critics called it ”a scandal” on Monday.", ["”a scandal”"]),
    "opening-shape-closes-at-paragraph-end": (
        "Lee said: “We will rebuild the bridge.“\n\nThe council agreed.",
        ["“We will rebuild the bridge.“"],
    ),
    "opening-shape-before-a-word-opens": ("He said “yes” twice.", ["“yes”"]),
}


@pytest.mark.parametrize(("text", "expected"), MISSHAPEN.values(), ids=MISSHAPEN.keys())
def test_curly_mark_of_the_wrong_shape_plays_the_role_of_its_place(
    text: str, expected: list[str]
) -> None:
    assert quoted(text) == expected
