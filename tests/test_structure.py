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
    [
        "Published December 19, 2025",
        "Updated: 19 December 2025 10:02",
        "Published 2025-12-19",
        "Published 19.12.2025",
        "FRIDAY, DECEMBER 19, 2025",
        "PUBLISHED DEC. 19, 2025",
        # a British page's time with a dot, and "Last modified on" as the Guardian prints it
        "Fri 19 Dec 2025 16.40 GMT",
        "Last modified on Fri 19 Dec 2025 16.40 GMT",
        "Last updated: December 19, 2025",
    ],
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


def test_a_short_line_beside_a_paragraph_a_line_stands_alone() -> None:
    # text with a paragraph a line (no blank lines): a headline over the first
    # paragraph is a headline, and its words are no part of the first sentence
    body = (
        "Officials said the bridge is safe, and that repairs would begin in the spring "
        "once the money was found."
    )
    text = f"Council Approves New Budget\n{body}\nThe work will take six months.\n{body}"
    doc = mediacheck.parse(text)
    assert doc.headline is not None and doc.headline.text == "Council Approves New Budget"
    assert [p.text for p in doc.paragraphs[1:]] == [body, "The work will take six months.", body]
    assert [a.source.text for a in doc.attributions if a.source] == ["Officials", "Officials"]


@pytest.mark.parametrize(
    "text",
    [
        "Council Approves New Budget\nOfficials said it is safe.",
        "Pier Reopens After the Storm\n\u201cIt is safe,\u201d the harbour master said.",
        "Is the Pier Safe?\nOfficials said it is.",
    ],
)
def test_a_title_case_first_line_over_a_short_one_is_the_headline(text: str) -> None:
    doc = mediacheck.parse(text)
    assert doc.headline is not None and doc.headline.text == text.split("\n")[0]
    assert all("\n" not in a.source.text for a in doc.attributions if a.source)


@pytest.mark.parametrize(
    "text",
    [
        # hard-wrapped prose: a first line in sentence case, a clause going on
        "The minister said\nBritain would act on the report.",
        "Council members met\nOn Tuesday they voted.",
        # a sentence in Title Case ends as one
        "Ana Ruiz Won.\nShe said so.",
    ],
)
def test_a_first_line_not_in_title_case_is_kept_with_the_next(text: str) -> None:
    doc = mediacheck.parse(text)
    assert doc.headline is None or "\n" in doc.headline.text
    assert doc.paragraphs[0].text == text


def test_a_stray_break_in_running_text_is_no_paragraph() -> None:
    # the long line goes on with the sentence (lower case): no paragraph opens there
    rest = (
        "crime, reiterated his frustration over the failure of Congress to pass any gun "
        "measures at all."
    )
    text = f"Town news\n\nObama, who has denounced the attack as a hate\n{rest}"
    doc = mediacheck.parse(text)
    assert [p.text for p in doc.paragraphs[1:]] == [text.split("\n\n")[1]]


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


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Sept. 4, 2023", None),
        ("Monday, September 4, 2023", None),
        ("September 4, 2023 at 6:30 a.m. PDT", None),
        ("6:30 AM ET, September 4, 2023", None),
        ("Updated 10:02 PM GMT, 4 September 2023", None),
        ("2023-09-04T06:30", None),
        ("Updated: 09/04/2023 06:15 PM EDT", None),
        ("By Rosa Vidal | Sept. 4, 2023", "By Rosa Vidal"),
        ("By Rosa Vidal and Tom Ng, Sept. 4, 2023", "By Rosa Vidal and Tom Ng"),
        ("Rosa Vidal · 4 September 2023", "Rosa Vidal"),
        ("By Rosa Vidal\nSeptember 4, 2023", "By Rosa Vidal"),
        ("By Rosa Vidal\nHarbor Reporter\nMon., Sept. 4, 2023 at 8 a.m.", "By Rosa Vidal"),
        ("Rosa Vidal\nSept. 4, 2023", "Rosa Vidal"),
    ],
)
def test_a_line_of_date_time_and_byline_dates_the_article(line: str, byline: str | None) -> None:
    doc = mediacheck.parse(f"Ferry service resumes\n\n{line}\n\nThe ferry sailed on Friday.\n")
    assert doc.published == dt.date(2023, 9, 4)
    assert doc.published_from == "line"
    assert (doc.byline.text if doc.byline else None) == byline
    assert doc.headline is not None and doc.headline.text == "Ferry service resumes"
    assert doc.published_line is not None and doc.published_line.text == line


@pytest.mark.parametrize(
    ("line", "day"),
    [("Posted 03/11/2025", dt.date(2025, 3, 11)), ("Posted 19/03/2025", dt.date(2025, 3, 19))],
)
def test_a_numeric_date_line_reads_month_first_unless_it_cannot(line: str, day: dt.date) -> None:
    """As the temporal stage reads "03/11/2025" in the body: US order, unless
    the first number is no month."""
    doc = mediacheck.parse(f"Ferry service resumes\n\n{line}\n\nThe ferry sailed on Friday.\n")
    assert doc.published == day


@pytest.mark.parametrize(
    "body",
    [
        # a sentence that opens with a date holds more than the date
        "Sept. 4, 2023 was the day the ferry sailed again.",
        "Sept. 4, 2023, at 6:30 a.m., the ferry sailed.",
        "By Sept. 4, 2023 the ferry had sailed.",
        "Harbor Reporter\nThe ferry sailed on Sept. 4, 2023.",
        # a date line below the opening paragraphs is no longer the article's header
        "The ferry sailed.\n\nIt was full.\n\nThe crew cheered.\n\nSept. 4, 2023",
    ],
)
def test_a_body_sentence_with_a_date_does_not_date_the_article(body: str) -> None:
    doc = mediacheck.parse(f"Ferry service resumes\n\n{body}\n\nThe ferry sailed on Friday.\n")
    assert doc.published is None
    assert doc.published_line is None


def test_a_date_line_alone_is_no_headline() -> None:
    doc = mediacheck.parse("Sept. 4, 2023\n\nThe ferry sailed on Friday.\n")
    assert doc.headline is None
    assert doc.published == dt.date(2023, 9, 4)


def test_a_given_date_wins_over_a_date_line() -> None:
    doc = mediacheck.parse(
        "Ferry service resumes\n\nSept. 4, 2023\n\nThe ferry sailed.", published=dt.date(2023, 9, 5)
    )
    assert doc.published == dt.date(2023, 9, 5)


@pytest.mark.parametrize(
    "dateline", ["DUBLIN, Thursday, May 2, 2025 -", "DUBLIN, May 2, 2025 —", "CORK, May 2 —"]
)
def test_a_dateline_on_a_line_of_its_own(dateline: str) -> None:
    doc = mediacheck.parse(f"Quiz night\n\n{dateline}\n\nThe quiz began on Wednesday, April 30.\n")
    assert doc.dateline is not None and doc.dateline.text == dateline
    if "2025" in dateline:
        assert doc.published == dt.date(2025, 5, 2)


def test_a_dash_alone_on_its_line_is_no_dateline() -> None:
    doc = mediacheck.parse("Quiz night\n\n—\n\nThe quiz began on Wednesday, April 30.\n")
    assert doc.dateline is None


def test_a_byline_name_that_is_a_month_is_a_name() -> None:
    """'By June Okafor, Dec. 3, 2024': June is her name, the date dates the article."""
    doc = mediacheck.parse("Storm\n\nBy June Okafor, Dec. 3, 2024\n\nThe storm hit on Monday.\n")
    assert doc.byline is not None and doc.byline.text == "By June Okafor"
    assert doc.published == dt.date(2024, 12, 3)
    assert [t.text for t in doc.temporal] == ["Dec. 3, 2024", "Monday"]


def test_a_dateline_with_the_day_before_the_month_dates_the_article() -> None:
    """'LEEDS, 4 March 2026 —': the British order of a dateline's date."""
    doc = mediacheck.parse("Mill reopens\n\nLEEDS, 4 March 2026 — The looms started again.\n")
    assert doc.dateline is not None and doc.dateline.text.startswith("LEEDS, 4 March 2026 —")
    assert doc.published == dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    "dateline",
    ["LEEDS, March 3, 2026 /PRNewswire/ --", "LEEDS, Yorks., March 3, 2026 /Mill Wire/ —"],
)
def test_a_newswire_between_slashes_ends_a_dateline(dateline: str) -> None:
    """A press release's 'CITY, Month Day, Year /PRNewswire/ --' dates it."""
    doc = mediacheck.parse(f"Mill reopens\n\n{dateline} Loomco today opened its mill.\n")
    assert doc.dateline is not None and doc.dateline.text.startswith(dateline)
    assert doc.published == dt.date(2026, 3, 3)


def test_a_press_release_title_under_its_kicker_is_the_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n"
        "\n"
        "Harbour ferry adds a winter timetable\n"
        "\n"
        "OBAN, 9 October 2026 — The ferry will sail twice a day from November.\n"
    )
    doc = mediacheck.parse(text)
    assert doc.headline is not None and doc.headline.text == "Harbour ferry adds a winter timetable"
    assert doc.published == dt.date(2026, 10, 9)


@pytest.mark.parametrize("rest", ["By Ann Lee\nPublished July 20, 2026", "July 20, 2026"])
def test_header_lines_under_the_title_in_one_block(rest: str) -> None:
    """A title with its byline and date a line break apart, as a page sets them
    with <br>s, still gives headline, byline and date."""
    document = mediacheck.parse(f"Fair opens\n{rest}\n\nThe fair opened on Sunday.")
    assert document.headline is not None and document.headline.text == "Fair opens"
    assert document.published == dt.date(2026, 7, 20)


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_a_publication_date_at_the_calendars_end_is_none(published: dt.date) -> None:
    """A CMS writes 0001-01-01 (or 9999-12-31) for no date: no day is
    reckoned from it, and the checks that compare with publication, which
    look a window either side of it, pass over the article without failing."""
    text = "Ferry returns\n\nThe ferry will sail on March 4, 2026, the council said."
    assert mediacheck.parse(text, published=published).published is None
    result = mediacheck.Engine().check(text, published=published)
    assert (result.findings, result.errors) == ((), ())
