"""Headline, byline, dateline, publication date and paragraphs from plain text."""

from __future__ import annotations

import datetime as dt

import pytest

import mediacheck

ARTICLE = (
    "Storm barrier closes for the first time\n"
    "\n"
    "By Jane Doe\n"
    "\n"
    "ROTTERDAM, Dec. 19, 2025 (Reuters) — The gates swung shut on Friday.\n"
    "\n"
    "Engineers watched from the dike.\n"
)


def test_headline_byline_dateline() -> None:
    doc = mediacheck.parse(ARTICLE)
    assert (
        doc.headline is not None and doc.headline.text == "Storm barrier closes for the first time"
    )
    assert doc.byline is not None and doc.byline.text == "By Jane Doe"
    assert doc.dateline is not None
    assert doc.dateline.text.startswith("ROTTERDAM, Dec. 19, 2025 (Reuters) —")
    assert doc.published == dt.date(2025, 12, 19)
    assert doc.published_from == "dateline"


def test_given_date_wins_over_dateline() -> None:
    doc = mediacheck.parse(ARTICLE, published=dt.date(2025, 12, 20))
    assert doc.published == dt.date(2025, 12, 20)


@pytest.mark.parametrize(
    "line",
    ["Published December 19, 2025", "Updated: 19 December 2025 10:02", "Published 2025-12-19"],
)
def test_published_line(line: str) -> None:
    doc = mediacheck.parse(f"Headline here\n\n{line}\n\nBody text follows here.\n")
    assert doc.published == dt.date(2025, 12, 19)


def test_no_date_means_none() -> None:
    assert mediacheck.parse("Just one paragraph of text.").published is None


def test_paragraphs_follow_blank_lines_and_long_lines() -> None:
    long_line = "word " * 30
    text = f"{long_line.strip()}\nNext paragraph.\n\nThird\nwrapped line."
    doc = mediacheck.parse(text)
    assert [p.text for p in doc.paragraphs] == [
        long_line.strip(),
        "Next paragraph.",
        "Third\nwrapped line.",
    ]


def test_a_sentence_is_not_a_headline() -> None:
    doc = mediacheck.parse("The council met on Monday.\n\nIt voted.")
    assert doc.headline is None


def test_lines_and_columns() -> None:
    doc = mediacheck.parse(ARTICLE)
    last = doc.paragraphs[-1]
    assert (last.line, last.column) == (7, 1)


@pytest.mark.parametrize("first", ["Published March 14, 2025", "By Jane Doe"])
def test_a_dated_line_or_byline_is_not_a_headline(first: str) -> None:
    doc = mediacheck.parse(f"{first}\n\nThe council met on Monday.\n")
    assert doc.headline is None


@pytest.mark.parametrize(
    "first",
    ['Maria Keller said: "We are done."', "“We are done,” she said."],
)
def test_a_sentence_ending_in_a_quote_is_not_a_headline(first: str) -> None:
    doc = mediacheck.parse(f"{first}\n\nThe council met on Monday.\n")
    assert doc.headline is None


def test_a_question_can_be_a_headline() -> None:
    doc = mediacheck.parse("Will the Council Close the Pool?\n\nThe council met on Monday.\n")
    assert doc.headline is not None
