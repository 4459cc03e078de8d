"""Which year a year-less date of the temporal stage falls in when the tense
of its sentence and the calendar disagree."""

from __future__ import annotations

import datetime as dt

import pytest

from mediacheck.analysis import analyse


def _value(text: str, expression: str, published: dt.date) -> str | None:
    return {t.text: t.value for t in analyse(text, published=published).temporal}.get(expression)


@pytest.mark.parametrize(
    ("text", "expression", "published", "value"),
    [
        (
            "The board declared a dividend, payable Dec. 7 to holders.",
            "Dec. 7",
            dt.date(2026, 10, 27),
            "2026-12-07",
        ),
        (
            "The judge ruled that the boy must leave by Jan. 14.",
            "Jan. 14",
            dt.date(2026, 1, 7),
            "2026-01-14",
        ),
        (
            "The bank extended its offer until 5 p.m. Nov. 9.",
            "5 p.m. Nov. 9",
            dt.date(2026, 11, 2),
            "2026-11-09T17:00",
        ),
    ],
)
def test_a_day_soon_after_publication_is_the_coming_one(
    text: str, expression: str, published: dt.date, value: str
) -> None:
    """A year-less day later in the publication's year and within two months
    is that day, though the sentence has a past verb:
    copy names the year of a day almost a year old."""
    assert _value(text, expression, published) == value


@pytest.mark.parametrize(
    ("text", "expression", "published", "value"),
    [
        # the day is past in the publication's year
        ("The fire broke out on Jan. 20.", "Jan. 20", dt.date(2026, 11, 25), "2026-01-20"),
        # the coming day is next year's: the past one is the nearer reading
        ("The plant closed on Nov. 21.", "Nov. 21", dt.date(2026, 1, 7), "2025-11-21"),
        # more than two months ahead
        ("The plant closed on Oct. 23.", "Oct. 23", dt.date(2026, 5, 6), "2025-10-23"),
        # a month, even the next one
        (
            "The accord was forged in December.",
            "December",
            dt.date(2026, 11, 5),
            "2025-12",
        ),
        # the sentence names an earlier year before the day
        (
            "In the year-ago quarter, which ended Oct. 31, the firm lost money.",
            "Oct. 31",
            dt.date(2026, 10, 27),
            "2025-10-31",
        ),
        (
            "In 2025 the plant closed on Nov. 21.",
            "Nov. 21",
            dt.date(2026, 11, 2),
            "2025-11-21",
        ),
    ],
)
def test_a_past_day_stays_past(text: str, expression: str, published: dt.date, value: str) -> None:
    """The past tense still decides when the coming day is far, in another
    year, or when the sentence has already named an earlier year."""
    assert _value(text, expression, published) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In June last year, the leaders fell out.", "June last year", "2025-06"),
        ("Talks resumed in January of this year.", "January of this year", "2026-01"),
        ("The plant opens in March next year.", "March next year", "2027-03"),
    ],
)
def test_a_month_of_last_this_or_next_year(text: str, expression: str, value: str) -> None:
    """A month with 'last year', 'this year' or 'next year' after it is one
    expression, that month of the year counted from publication."""
    assert _value(text, expression, dt.date(2026, 2, 19)) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Third-quarter sales fell 11%.", "Third-quarter", "2026-Q3"),
        ("Second quarter profit rose.", "Second quarter", "2026-Q2"),
    ],
)
def test_a_quarter_opening_a_sentence(text: str, expression: str, value: str) -> None:
    """A quarter's ordinal in capitals, opening a sentence, names the quarter
    as it does in lower case."""
    assert _value(text, expression, dt.date(2026, 10, 26)) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("After the Aug. 7 bombings, talks stalled.", "Aug. 7", "2026-08-07"),
        ("Before the March 15 primaries, he campaigned.", "March 15", "2026-03-15"),
    ],
)
def test_a_date_naming_a_plural_after_the(text: str, expression: str, value: str) -> None:
    """After 'the', a month and a number before a plural noun are a date
    naming it, not a month and a count ('In May 31 people died')."""
    assert _value(text, expression, dt.date(2026, 10, 26)) == value


def test_a_date_naming_an_event_is_not_the_day_of_a_later_time() -> None:
    """A clock time after 'the Sept. 11 attacks' keeps the day the text is
    about: the date names an event."""
    text = "He spoke of the Sept. 11 attacks. At 9 p.m. he left."
    assert _value(text, "9 p.m.", dt.date(2026, 4, 14)) == "2026-04-14T21:00"


def test_a_year_ago_counts_from_the_quarter_reported_each_time() -> None:
    """In earnings copy each 'a year ago' counts back from the quarter the
    article reports, not from the year-ago quarter named before it."""
    text = (
        "Profit rose in the third quarter. Sales were $5 million, up from $4 million "
        "a year ago. Costs rose 3% from a year earlier. The latest period had a gain."
    )
    found = [(t.text, t.value) for t in analyse(text, published=dt.date(2026, 10, 26)).temporal]
    assert found == [
        ("the third quarter", "2026-Q3"),
        ("a year ago", "2025-Q3"),
        ("a year earlier", "2025-Q3"),
        ("The latest period", "2026-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit fell in the first half of 2024.", "the first half of 2024", "2024-H1"),
        ("Profit fell in the second half of 2024.", "the second half of 2024", "2024-H2"),
        ("Profit fell in the last half of 2024.", "the last half of 2024", "2024-H2"),
        ("Sales rose in the second half of the 1980s.", "the second half of the 1980s", "198"),
    ],
)
def test_a_half_of_a_year(text: str, expression: str, value: str) -> None:
    """The first or second (last) half of a year is that half year, H1 or H2."""
    assert _value(text, expression, dt.date(2026, 10, 26)) == value


def test_a_quarter_not_yet_ended_is_not_the_one_reported() -> None:
    """A charge expected in the current quarter does not make it the quarter
    the article reports: 'the latest quarter' is still the one that ended."""
    text = (
        "Profit rose in the third quarter. The firm expects a fourth-quarter charge. "
        "In the latest quarter, sales rose from a year ago."
    )
    found = [(t.text, t.value) for t in analyse(text, published=dt.date(2026, 11, 2)).temporal]
    assert found == [
        ("the third quarter", "2026-Q3"),
        ("a fourth-quarter", "2026-Q4"),
        ("the latest quarter", "2026-Q3"),
        ("a year ago", "2025-Q3"),
    ]


def test_a_time_on_a_date_with_its_year() -> None:
    """A clock time on a date that gives its year is on that day of that year."""
    text = "The doors opened at 6:30 a.m. on March 19, 2002, and crowds rushed in."
    found = [(t.text, t.value) for t in analyse(text, published=dt.date(2026, 1, 20)).temporal]
    assert found == [("6:30 a.m. on March 19, 2002", "2002-03-19T06:30")]


def test_a_month_after_for() -> None:
    """'for October' is the month; 'for May', as 'and May', may be a name."""
    text = "The average daily turnover for October is almost 148 million shares."
    assert _value(text, "October", dt.date(2026, 10, 30)) == "2026-10"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In the past few days, talks stalled.", "the past few days", "PXD"),
        ("Over the next few months, rates will rise.", "the next few months", "PXM"),
        ("Stocks beat benchmarks in the last few decades.", "the last few decades", "PXDE"),
        ("The dispute lasted two decades.", "two decades", "P20Y"),
    ],
)
def test_a_stretch_of_a_few_units(text: str, expression: str, value: str) -> None:
    """'the past few days' is a stretch of an unknown number of days."""
    assert _value(text, expression, dt.date(2026, 10, 26)) == value


def test_the_past_before_a_count_is_no_reference_to_the_past() -> None:
    """'in the past two quarters' is a stretch of time, not 'in the past'."""
    found = analyse("It had losses in the past two quarters.", published=dt.date(2026, 10, 26))
    assert [t.value for t in found.temporal] == []
    found = analyse("Prices were lower in the past.", published=dt.date(2026, 10, 26))
    assert [t.value for t in found.temporal] == ["PAST_REF"]
