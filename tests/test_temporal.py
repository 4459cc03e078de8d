"""The temporal stage: every common news form normalised against a fixed
publication date (Monday 22 December 2025), and left unresolved without one."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediacheck.analysis import _timex, analyse, calendar, tense

PUBLISHED = dt.date(2025, 12, 22)  # a Monday


def _values(text: str, published: dt.date | None = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, published=published).temporal}


TABLE = [
    ("The council met on Dec. 19.", "Dec. 19", "2025-12-19"),
    ("The vote on Dec. 19 was delayed.", "Dec. 19", "2025-12-19"),
    ("The vote on Dec. 19 has been delayed.", "Dec. 19", "2025-12-19"),
    ("The council met on December 19, 2024.", "December 19, 2024", "2024-12-19"),
    ("The bond matures on March 1, 2105.", "March 1, 2105", "2105-03-01"),
    ("Seas may rise by 2150.", "2150", "2150"),
    ("The council met on 19 December 2024.", "19 December 2024", "2024-12-19"),
    ("The council met on Friday, Dec. 19.", "Friday, Dec. 19", "2025-12-19"),
    ("The file is dated 2024-12-19.", "2024-12-19", "2024-12-19"),
    ("The file is dated 12/19/2024.", "12/19/2024", "2024-12-19"),
    ("The file is dated 19/12/2024.", "19/12/2024", "2024-12-19"),
    ("The mayor spoke Friday.", "Friday", "2025-12-19"),
    ("The mayor spoke Monday.", "Monday", "2025-12-22"),
    ("The mayor will speak Friday.", "Friday", "2025-12-26"),
    ("The mayor is scheduled to speak Tuesday.", "Tuesday", "2025-12-23"),
    ("The mayor spoke yesterday.", "yesterday", "2025-12-21"),
    ("The mayor speaks today.", "today", "2025-12-22"),
    ("The mayor speaks tomorrow.", "tomorrow", "2025-12-23"),
    ("The mayor spoke last week.", "last week", "2025-W51"),
    ("The mayor spoke in the first week of January, 2025-01-06.", "2025-01-06", "2025-01-06"),
    ("The mayor will speak next Tuesday.", "next Tuesday", "2025-12-23"),
    ("The mayor spoke two days ago.", "two days ago", "2025-12-20"),
    ("The mayor spoke earlier this month.", "earlier this month", "2025-12"),
    ("The mayor spoke this year.", "this year", "2025"),
    ("The mayor spoke last year.", "last year", "2024"),
    ("The mayor spoke in 2019.", "2019", "2019"),
    ("The mayor spoke in May.", "May", "2025-05"),
    ("The mayor spoke in May 2019.", "May 2019", "2019-05"),
    # the full stop after "pm" ends the sentence; after "p.m" it is the abbreviation's
    ("The mayor spoke at 3pm.", "3pm", "2025-12-22T15:00"),
    ("The mayor spoke at 3 p.m.", "3 p.m.", "2025-12-22T15:00"),
    # a month that is no verb or name is the month before a noun, with no preposition
    ("Rovers weigh up a January exit.", "January", "2026-01"),
    ("The November figures were weak.", "November", "2025-11"),
    ("The mill closed in the 1990s.", "the 1990s", "199"),
    ("The mill closed last fall.", "last fall", "2025-FA"),
    ("The mill will close this winter.", "this winter", "2025-WI"),
    ("The mayor spoke this morning.", "this morning", "2025-12-22TMO"),
    ("The mayor spoke Friday night.", "Friday night", "2025-12-19TNI"),
    ("The mayor spoke at 10 p.m. Friday.", "10 p.m. Friday", "2025-12-19T22:00"),
    ("Profit rose in the third quarter.", "the third quarter", "2025-Q3"),
    ("Prices are high now.", "now", "PRESENT_REF"),
    ("Prices are currently high.", "currently", "PRESENT_REF"),
    ("Prices rose recently.", "recently", "PAST_REF"),
    ("Prices may rise in the future.", "the future", "FUTURE_REF"),
    ("The strike lasted three years.", "three years", "P3Y"),
    ("The strike lasted half a century.", "half a century", "P50Y"),
    ("The strike began half a century ago.", "half a century ago", "1975"),
    ("The mill opened in 1990. Two decades later it shut.", "Two decades later", "2010"),
    ("The mill shut in 2010. A decade earlier it was sold.", "A decade earlier", "2000"),
    ("The market opens every Monday.", "every Monday", "XXXX-WXX-1"),
    ("The party was held on Christmas Eve.", "Christmas Eve", "2024-12-24"),
    ("The winter was the wettest in decades.", "The winter", "2025-WI"),
    ("The summer has been the driest on record.", "The summer", "2025-SU"),
    # a season across two years is the winter that starts in the first
    ("The trial ran in the winter of 2020-21.", "the winter of 2020-21", "2020-WI"),
    ("The trial ran in winter 2020/21.", "winter 2020/21", "2020-WI"),
]


@pytest.mark.parametrize(("text", "expression", "value"), TABLE, ids=[row[1] for row in TABLE])
def test_normalisation(text: str, expression: str, value: str) -> None:
    """Each form is found with its exact span and its TIMEX3 value."""
    assert _values(text).get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Prices rose in early December.", "early December"),
        ("Prices rose later in 2024.", "later in 2024"),
        ("Prices rose in mid-2024.", "mid-2024"),
        ("Prices rose in Mid- 2024.", "Mid- 2024"),
        ("Prices rose by the end of 2024.", "the end of 2024"),
        ("Prices rose by the second half of 2024.", "the second half of 2024"),
        ("Prices rose in the last half of 2024.", "the last half of 2024"),
        ("Prices rose in the late 2024 rally.", "late 2024"),
        ("Prices rose in chocolate 2024.", "2024"),
        ("Prices rose in Tthe end of 2024.", "2024"),
    ],
)
def test_modifier_widens_the_expression(text: str, expression: str) -> None:
    """A modifier word just before an expression belongs to it, a word that
    merely ends like one does not."""
    assert [t.text for t in analyse(text, published=PUBLISHED).temporal] == [expression]


def test_range_gives_both_ends() -> None:
    """'Dec. 19-21' names two days: both ends are expressions."""
    assert _values("The fair runs Dec. 19-21.") == {"Dec. 19": "2025-12-19", "21": "2025-12-21"}


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The fair runs 19–21 December.", "19", "21 December"),
        ("The fair runs 19-21 December 2025.", "19", "21 December 2025"),
        ("The fair runs 19th-21st of December.", "19th", "21st of December"),
    ],
)
def test_a_day_first_range_is_read_as_its_two_ends(text: str, first: str, last: str) -> None:
    """'19–21 December' is December 19 and December 21, as 'Dec. 19-21' is."""
    found = [(t.text, t.value) for t in analyse(text, published=PUBLISHED).temporal]
    assert found == [(first, "2025-12-19"), (last, "2025-12-21")]


@pytest.mark.parametrize(
    "text",
    [
        "The fair runs Friday to Sunday, Dec. 19-Jan. 2.",
        "The fair runs Friday to Sunday, 19 December to 2 January.",
    ],
)
def test_a_weekday_range_into_the_next_month_pairs_the_first_day(text: str) -> None:
    """'Friday to Sunday, Dec. 19-Jan. 2': Friday is Dec. 19's weekday."""
    found = analyse(text, published=PUBLISHED).temporal
    assert [(t.value, t.weekday) for t in found if t.weekday is not None] == [("2025-12-19", 4)]


def test_a_score_before_a_month_is_no_range() -> None:
    """No range runs backwards: 'the 2-1 March win' names March 1 at most."""
    found = [t.text for t in analyse("After the 2-1 March win.", published=PUBLISHED).temporal]
    assert found == ["1 March"]


@pytest.mark.parametrize(
    "text",
    [
        "The fair runs Friday through Sunday, Dec. 19-21.",
        "The fair runs Friday-Sunday, Dec. 19-21.",
        "The fair runs Friday to Sunday, Dec. 19 to 21.",
        "The fair runs Fri-Sun, Dec. 19-21.",
        "The fair runs Fri. to Sun., Dec. 19 to 21.",
    ],
)
def test_weekday_range_pairs_each_end_with_its_day(text: str) -> None:
    """The first weekday of a range is its first day's, the last its last day's."""
    found = {t.text: t.weekday for t in analyse(text, published=PUBLISHED).temporal}
    assert (found["Dec. 19"], found["21"]) == (4, 6)


@pytest.mark.parametrize(
    "text",
    [
        "The fair runs Saturday through Monday, Dec. 20-22.",
        "The fair runs Saturday to Monday, Dec. 20 to 22.",
        "The fair runs Saturday and Monday, Dec. 20 and 22.",
    ],
)
def test_a_range_that_ends_on_a_monday_pairs_each_end(text: str) -> None:
    """Monday is weekday 0: a range ending on it was read as one weekday and one
    date ('Monday, Dec. 20', checked against the wrong day)."""
    found = {t.text: t.weekday for t in analyse(text, published=PUBLISHED).temporal}
    assert (found["Dec. 20"], found["22"]) == (5, 0)


def test_weekdays_joined_by_and_before_days_joined_by_and_pair_in_order() -> None:
    """'Tuesday and Thursday, 3 and 5 March': the first weekday is the first day's."""
    text = "Voting is on Tuesday and Thursday, 3 and 5 March."
    found = {t.text: t.weekday for t in analyse(text, published=PUBLISHED).temporal}
    assert (found["3"], found["5 March"]) == (1, 3)


def test_weekday_range_before_a_day_first_range_pairs_each_end() -> None:
    found = {
        t.text: t.weekday
        for t in analyse(
            "The fair runs Friday to Sunday, 19–21 December.", published=PUBLISHED
        ).temporal
    }
    assert (found["19"], found["21 December"]) == (4, 6)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The council met on December 19.", "December 19", "XXXX-12-19"),
        ("The mayor spoke Friday.", "Friday", "XXXX-WXX-5"),
        ("The mayor spoke yesterday.", "yesterday", "XXXX-XX-XX"),
        ("The mayor spoke in May.", "May", "XXXX-05"),
        ("The council met on December 19, 2024.", "December 19, 2024", "2024-12-19"),
        # a time is on the day the text talks about, even one that has no year
        (
            "The cup was won on Friday 22 July 2023.\n\nRovers host Harrow on "
            "Saturday 28 November, kick-off 3pm.",
            "3pm",
            "XXXX-11-28T15:00",
        ),
        (
            "The pier opened on March 3, 2024. The ferry sails at 8 p.m. on June 3, "
            "at 2 a.m. on Wednesday and at 9 a.m. tomorrow.",
            "8 p.m. on June 3",
            "XXXX-06-03T20:00",
        ),
        (
            "The pier opened on March 3, 2024. The ferry sails at 2 a.m. on Wednesday.",
            "2 a.m. on Wednesday",
            "XXXX-WXX-3T02:00",
        ),
        (
            "The pier opened on March 3, 2024. The ferry sails at 9 a.m. tomorrow.",
            "9 a.m. tomorrow",
            "XXXX-XX-XXT09:00",
        ),
        (
            "The pier opened on March 3, 2024. The mayor spoke Friday at 9 a.m.",
            "9 a.m.",
            "XXXX-WXX-5T09:00",
        ),
    ],
)
def test_no_publication_date_leaves_relative_forms_unresolved(
    text: str, expression: str, value: str
) -> None:
    """Without a publication date nothing is guessed: year-less and relative stay open."""
    assert _values(text, None).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said no.",
        "May I ask a question?",
        "Thousands march in the capital.",
        "The March for Science drew crowds.",
        "She gave up wine for Dry January.",
        "The October Revolution changed Russia, as Red October showed.",
        "The fire forced 2,020 people from their homes.",
        "Prices fall when supply rises.",
        "The fall in prices was steep.",
        "The 45-year-old was released.",
        "In May 31 people died.",
        "The team scored 2150 points, then 2175.",
        "Delegates voted for May in the leadership race.",
        "The previously announced plan was dropped.",
        "The council had previously rejected it.",
    ],
)
def test_words_that_are_not_dates(text: str) -> None:
    """Verbs, names, counts and ages are not temporal expressions, nor is
    'previously', which orders events and names no time (TimeML leaves it)."""
    assert [t.type for t in analyse(text, published=PUBLISHED).temporal if t.type == "DATE"] == []


def test_impossible_date_is_kept_and_marked() -> None:
    """'February 30' cannot be parsed into a date, but it is still found, marked invalid."""
    (found,) = analyse("The vote was on February 30, 2025.", published=PUBLISHED).temporal
    assert (found.text, found.value, found.valid, found.date) == (
        "February 30, 2025",
        "2025-02-30",
        False,
        None,
    )


def test_a_year_off_the_calendar_is_kept_and_marked() -> None:
    """Year 0 has no day a date can stand for: the expression is still found, marked invalid."""
    (found,) = analyse("The archive lists it as 0000-01-01.", published=PUBLISHED).temporal
    assert (found.value, found.valid, found.date) == ("0000-01-01", False, None)


UNANCHORED = {"Last year": "XXXX", "next March": "XXXX-03", "Christmas": "XXXX-XX-XX"}


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        (
            "The licence runs to 9999-12-31 and lapses the next day.",
            PUBLISHED,
            {"9999-12-31": "9999-12-31"},
        ),
        ("The licence lapses in 3,000,000 days.", PUBLISHED, {}),
        (
            "Last year the fund shrank; next March it closes, on Christmas.",
            dt.date(1, 1, 1),
            UNANCHORED,
        ),
        (
            "Last year the fund shrank; next March it closes, on Christmas.",
            dt.date(9999, 12, 31),
            UNANCHORED,
        ),
    ],
)
def test_reckoning_off_the_ends_of_the_calendar_reads_no_date(
    text: str, published: dt.date, values: dict[str, str]
) -> None:
    """A day past year 9999 or before year 1, reckoned from a date in the
    text ('the next day' after 9999-12-31) or from a publication date at the
    calendar's end (a database's 0001-01-01 for 'no date'), is no date: it is
    left unread or unresolved."""
    assert _values(text, published) == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote took place on Saturday, March 15.", "2025-03-15"),  # a Saturday in 2025
        ("The vote took place on Friday, March 15.", "2024-03-15"),  # a Friday in 2024
        # a Sunday only in 2026, a year away: tomorrow (a Saturday) is meant, the weekday is wrong
        ("The vote will take place on Sunday, March 15.", "2025-03-15"),
        ("The vote took place on March 15.", "2024-03-15"),  # no weekday: the tense decides
        ("The vote took place on Thursday, March 15.", "2024-03-15"),  # fits no year
        # 189 days ahead, a Friday; the nearer reading, 176 days back, is hardly nearer
        ("The series begins on Friday, Sept. 19.", "2025-09-19"),
        # 364 days ahead, a Friday; yesterday (a Thursday) is far nearer
        ("The series begins on Friday, March 13.", "2025-03-13"),
    ],
)
def test_weekday_is_evidence_for_the_year(text: str, value: str) -> None:
    """A year-less date with a weekday goes to the plausible year the weekday
    fits, when that year's day lies within half a year of publication or is
    hardly farther than the nearest reading."""
    written = text.removesuffix(".").split(" on ")[1]
    assert _values(text, dt.date(2025, 3, 14))[written] == value


@pytest.mark.parametrize(
    ("text", "value", "weekday"),
    [
        # a British page: the weekday fits March 7 (day-first) and not July 3
        ("The library reopened on Friday 07/03/2025.", "2025-03-07", 4),
        ("The pay period begins on Monday, 03/17/2025.", "2025-03-17", 0),
        # fits neither reading: month-first stands, and the weekday is kept to be checked
        ("The library reopened on Sunday, 07/03/2025.", "2025-07-03", 6),
        ("The library reopened on 07/03/2025.", "2025-07-03", None),
    ],
)
def test_a_weekday_before_a_numeric_date_is_kept_and_picks_its_order(
    text: str, value: str, weekday: int | None
) -> None:
    (found,) = analyse(text, published=dt.date(2025, 3, 13)).temporal
    assert (found.value, found.weekday) == (value, weekday)


@pytest.mark.parametrize(
    ("text", "written", "value", "weekday"),
    [
        # day first, as dates with dots are written
        ("The depot reopens on 12.03.2027.", "12.03.2027", "2027-03-12", None),
        ("The depot reopens on 5.4.2027.", "5.4.2027", "2027-04-05", None),
        ("The depot reopened on Thursday, 9.12.2027.", "Thursday, 9.12.2027", "2027-12-09", 3),
        # the second number is no month, or only the month-first reading fits the weekday
        ("The depot reopens on 12.13.2027.", "12.13.2027", "2027-12-13", None),
        ("The depot reopens on Tuesday 5.4.2027.", "Tuesday 5.4.2027", "2027-05-04", 1),
        # fits neither reading: day first stands, and the weekday is kept to be checked
        ("The depot reopens on Sunday 5.4.2027.", "Sunday 5.4.2027", "2027-04-05", 6),
        ("The depot reopens Sat. 4.12.2027.", "Sat. 4.12.2027", "2027-12-04", 5),
    ],
)
def test_a_date_with_dots_is_read_day_first(
    text: str, written: str, value: str, weekday: int | None
) -> None:
    (found,) = analyse(text, published=dt.date(2026, 11, 27)).temporal
    assert (found.text, found.value, found.weekday) == (written, value, weekday)


@pytest.mark.parametrize(
    "text",
    [
        "Output grew 12.3 percent.",
        "Python 3.12.1 fixed the bug.",
        "Build 1.2.2027.4 fixed the bug.",
        "The router at 10.1.2020.5 failed.",
        "The firmware is version 2.1.20277.",
    ],
)
def test_decimals_and_versions_are_no_dotted_dates(text: str) -> None:
    assert analyse(text, published=dt.date(2026, 11, 27)).temporal == ()


@pytest.mark.parametrize(
    ("text", "written", "weekday"),
    [
        ("The depot reopens on Wed., Dec. 24.", "Wed., Dec. 24", 2),
        ("The depot reopened Weds 3 December 2025.", "Weds 3 December 2025", 2),
        ("The trial opened Thurs., Dec. 4.", "Thurs., Dec. 4", 3),
        ("The trial opened Thu 4 Dec in Leeds.", "Thu 4 Dec", 3),
        ("The trial resumes Tues. Jan 6, 2026.", "Tues. Jan 6, 2026", 1),
        ("The gala was held Sat 6 December 2025.", "Sat 6 December 2025", 5),
        ("The fair closed Sun, Dec. 7.", "Sun, Dec. 7", 6),
        ("The fair closed on Fri 05/12/2025.", "Fri 05/12/2025", 4),
        ("The fair left Leeds. Sat., Dec. 6 was its last day.", "Sat., Dec. 6", 5),
        ("On Sun, Dec. 7, the fair closed.", "Sun, Dec. 7", 6),
        # not a weekday: a newspaper's name ends there
        ("The Sun, Dec. 7, 2025, ran the story first.", "Dec. 7, 2025", None),
        ("It ran in the Halifax Sun Dec. 7 and was read widely.", "Dec. 7", None),
        ("The Sun 05/12/2025 edition sold out.", "05/12/2025", None),
    ],
)
def test_an_abbreviated_weekday_right_before_a_date_is_kept(
    text: str, written: str, weekday: int | None
) -> None:
    """'Wed., Dec. 24' names its weekday as 'Wednesday, Dec. 24' does."""
    (found,) = analyse(text, published=PUBLISHED).temporal
    assert (found.text, found.weekday) == (written, weekday)


@pytest.mark.parametrize(
    "text",
    [
        "The Sun reported the closure.",
        "The crowd sat down and the Sun rose over the square.",
        "Sat down, the mayor read the letter.",
        "They wed in a small chapel.",
        "Mon, a ferryman, rowed the mayor across.",
        "The Fringe festival began with a Friar's tale.",
    ],
)
def test_an_abbreviated_weekday_alone_is_no_date(text: str) -> None:
    """Alone, 'Sun', 'Sat', 'Wed' and 'Mon' are a paper or star, verbs and a name."""
    assert analyse(text, published=PUBLISHED).temporal == ()


@pytest.mark.parametrize(
    ("text", "written", "value", "weekday"),
    [
        (
            "THE FERRY SAILED ON WEDNESDAY 3 DECEMBER 2025",
            "WEDNESDAY 3 DECEMBER 2025",
            "2025-12-03",
            2,
        ),
        ("FRIDAY, DECEMBER 5\n\nThe ferry sailed.", "FRIDAY, DECEMBER 5", "2025-12-05", 4),
        ("The ferry sailed THURS., DEC. 4, 2025.", "THURS., DEC. 4, 2025", "2025-12-04", 3),
        ("The ferry sailed in SEPT. 2024.", "SEPT. 2024", "2024-09", None),
    ],
)
def test_months_and_weekdays_in_capitals_are_read(
    text: str, written: str, value: str, weekday: int | None
) -> None:
    """Wire datelines and headings print names in capitals: 'MONDAY, MARCH 3' is
    'Monday, March 3', its span the capitals as written."""
    (found,) = analyse(text, published=PUBLISHED).temporal
    assert (found.text, found.value, found.weekday) == (written, value, weekday)


@pytest.mark.parametrize(
    "text",
    [
        "FERRY FARES MAY RISE AGAIN",
        "THE MARCH ON THE HARBOUR DREW THOUSANDS",
        "The SAT scores and the SUN headline were printed.",
        "MAYORS AND MARCHERS MET",
    ],
)
def test_capitals_make_no_date_of_a_modal_or_a_noun(text: str) -> None:
    """'MAY' and 'MARCH' in capitals are as ambiguous as 'May' and 'March' opening a
    sentence: with no day, year or preposition beside them they are no date."""
    assert analyse(text, published=PUBLISHED).temporal == ()


def test_weekday_named_with_a_date_is_kept() -> None:
    """'Friday, Dec. 19' keeps the weekday the text names, so checks can compare it."""
    (found,) = analyse("It happened on Friday, Dec. 19, 2024.", published=PUBLISHED).temporal
    assert found.weekday == 4
    assert found.date == dt.date(2024, 12, 19)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed at 11.05pm on Tuesday, 2 December 2024.",
        "The ferry sailed at 6 a.m. Tuesday, Dec. 2, 2024.",
        "The ferry sailed at noon on Tuesday the 2nd of December 2024.",
        "The ferry sailed at 7 p.m. on Tuesday, 2024-12-02.",
    ],
)
def test_a_time_leaves_the_weekday_to_the_date_after_it(text: str) -> None:
    """A time takes a weekday with no date ('at 9am on Tuesday'), but one
    before a date stays with that date, where it can be checked against it."""
    dated = [t for t in analyse(text, published=PUBLISHED).temporal if t.weekday is not None]
    assert [(t.span.text.split()[0].strip(","), t.date) for t in dated] == [
        ("Tuesday", dt.date(2024, 12, 2))
    ]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The council voted on Dec. 19.", "past"),
        ("The council will vote on Dec. 29.", "future"),
        ("The vote is scheduled for Dec. 29, officials said.", "future"),
        ("If the vote happens on Dec. 29, the mayor would resign.", "conditional"),
        ("The council agreed to hold the vote on Dec. 29.", "future-in-past"),
        ("The council met before agreeing to hold the vote on Dec. 29.", "future-in-past"),
        ("The vote was scheduled for Dec. 29.", "future-in-past"),
        ("Costs: to be decided on Dec. 29.", "future-in-past"),
        ("Costs are to be decided on Dec. 29.", "future"),
        ("The council voted to close the pool on Dec. 29.", "future-in-past"),
        ("The council voted on Dec. 19 to close the pool.", "past"),
        ("On Dec. 19 the council voted to close the pool.", "past"),
        ("The fair, scheduled for Dec. 27, will go ahead.", "future-in-past"),
        ("The fair scheduled for Dec. 27 was called off.", "future-in-past"),
        ("The fair, set for Dec. 27, was called off.", "future-in-past"),
        ("The barn was set on fire on Dec. 19.", "past"),
        ("The board endorsed the plan on Dec. 19.", "past"),
        ("The board approved plans on Dec. 19 for a new pool.", "past"),
        ("The board plans to vote on Dec. 29.", "future"),
        ("The board is planning a vote on Dec. 29.", "future"),
        ("The board hopes to vote on Dec. 29.", "future"),
        # a participle after a linking verb is a state, not a past event
        ("The pier will stay closed until Dec. 29.", "future"),
        ("The pier will remain shut until Dec. 29.", "future"),
        ("The pier is closed until Dec. 29.", "present"),
        ("The pier is still closed until Dec. 29.", "present"),
        ("Both piers remain closed until Dec. 29.", "present"),
        ("The pier stays closed until Dec. 29.", "present"),
        ("The pier closed on Dec. 19.", "past"),
        # so is an irregular participle after a present verb: a present passive
        ("The appeal is heard on Dec. 29.", "present"),
        ("The races are always held on Dec. 29.", "present"),
        ("The appeal was heard on Dec. 19.", "past"),
        # "goes" is a verb, never a noun: a clause of its own in the present
        ("The law passed, and the ban goes into effect on Dec. 29.", "present"),
        ("The pier has been closed since Dec. 19.", "past"),
        # "since" points back whatever the clause's tense
        ("The ferry will sail again, the first time since Dec. 19.", "past"),
        # an adverb after the auxiliary leaves the participle in its verb group
        ("The fair will also be held on Dec. 29.", "future"),
        ("The fair will formally be opened on Dec. 29.", "future"),
        ("The fixture, postponed twice, will still be played on Dec. 29.", "future"),
        # a past form after an article is an adjective, no verb of the clause
        ("The run ends on Dec. 29; a signed copy is on sale.", "present"),
        ("On Dec. 29 the reported figures are due.", "future"),
        ("On Dec. 19 the board reported figures.", "past"),
    ],
)
def test_tense_of_the_clause(text: str, tense: str) -> None:
    """The tense of the clause around a date is read from its verbs."""
    (found,) = analyse(text, published=PUBLISHED).temporal
    assert found.tense == tense


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Tickets go on sale next Tuesday, Dec. 30, the club said.", "future"),
        ("She asked the council to back it at its meeting next Tuesday, Dec. 30.", "future"),
        ("The review will cover last Tuesday, Dec. 16.", "past"),
    ],
)
def test_a_weekday_after_next_or_last_points_its_own_way(text: str, tense: str) -> None:
    """The date after "next Tuesday" lies ahead even in a clause told in the
    past, and the one after "last Tuesday" behind, even in the future."""
    temporal = analyse(text, published=PUBLISHED).temporal
    (date,) = (found for found in temporal if "Dec." in found.text)
    assert date.tense == tense


@pytest.mark.parametrize(
    "verb", str.split("flew drove swam rode wrote spoke fought sank froze threw stole shook")
)
def test_an_irregular_past_is_past(verb: str) -> None:
    (found,) = analyse(f"The envoy {verb} on Jan. 5.", published=PUBLISHED).temporal
    assert found.tense == "past"
    assert found.date is not None and found.date.year == PUBLISHED.year  # not the nearer 2026


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause joined by "and" with its own verb has its own tense
        ("The club last lost on Dec. 12 and next hosts a match on Dec. 27.", ["past", "present"]),
        (
            "The club lost on Dec. 12, but still faces the champions on Dec. 27.",
            ["past", "present"],
        ),
        ("The club lost on Dec. 12 and hosts the champions on Dec. 27.", ["past", "present"]),
        ("The club lost Friday, and meets the champions on Dec. 27.", ["past", "present"]),
        # a marker after the date, within its clause, when that clause follows a comma
        ("Talks collapsed on Dec. 12, and on Dec. 27 the union will strike.", ["past", "future"]),
        ("Talks collapsed on Dec. 12; on Dec. 27 the union will strike.", ["past", "future"]),
        # a modal of the clause before does not reach across "but"
        ("The club could have won on Dec. 12 but lost on Dec. 14.", ["conditional", "past"]),
        # an "if" does
        (
            "If the bill passes on Dec. 22 and the mayor signs it on Dec. 27, it takes effect.",
            ["conditional", "conditional"],
        ),
        # two nouns joined by "and" are no clauses
        ("Aides said she will campaign in Ohio and Iowa on Dec. 27, a paper reported.", ["future"]),
        ("The team played Dec. 12 and Dec. 14 and will rest.", ["past", "past"]),
        # a pronoun and a verb in -s
        ("Aides said it depends on how she handles the summit on Dec. 27.", ["present"]),
        # plans made in the past, and a contraction with a curly apostrophe
        ("Donors laid plans for a rally on Dec. 27.", ["future-in-past"]),
        ("The mayor said she’ll sign it on Dec. 27.", ["future"]),
    ],
)
def test_each_clause_has_its_own_tense(text: str, expected: list[str]) -> None:
    found = analyse(text, published=PUBLISHED).temporal
    assert [t.tense for t in found if t.type == "DATE"] == expected


def test_a_later_clause_in_the_present_looks_ahead() -> None:
    published = dt.date(2024, 6, 8)
    text = "The team last won on May 30 and next plays June 15."
    found = analyse(text, published=published).temporal
    assert [t.value for t in found] == ["2024-05-30", "2024-06-15"]


# ---------------------------------------------------------------- the scan
# The scan tries at each position only the forms that can start with its
# character, from a character set rather than a word boundary, behind a gate
# of head words and what follows them; it must find exactly what one
# alternation of all forms finds behind the head words alone.
#: Heads whose tail (like the digits') only spares the scan forms that cannot
#: match: the reference holds them as whole words.
_FILTERED = {*_timex._NUMBER_WORDS.split(), "many", "this", "these", "the"}
_LOOSE_HEAD = _timex._trie(
    {
        head: r"\b" if head.lower() in _FILTERED else "" if head == "New" else tail
        for head, tail in _timex._HEADS.items()
    }
)
_ALL_FORMS = re.compile(
    rf"\b(?=[0-9]|{_LOOSE_HEAD}|'[0-9])(?:"
    + "|".join(f"(?P<{name}>{body})" for name, _, body in _timex._FORMS)
    + ")"
)


def _first_chars(items: list[tuple[Any, Any]], ignore_case: bool = False) -> set[str] | None:
    """The characters a parsed pattern can start with; None when it can start
    with anything or is empty (then the caller cannot tell)."""
    found: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            char = chr(av)
            return found | ({char.lower(), char.upper()} if ignore_case else {char})
        if name == "IN":
            chars: set[str] = set()
            for kind, value in av:
                if str(kind) == "LITERAL":
                    chars.add(chr(value))
                elif str(kind) == "RANGE":
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                elif str(value) == "CATEGORY_DIGIT":  # the gate admits ASCII digits only
                    chars.update("0123456789")
                else:
                    return None
            if ignore_case:
                chars |= {c.swapcase() for c in chars}
            return found | chars
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width
        if name == "SUBPATTERN":
            _, add, _, sub = av
            inner = _first_chars(list(sub), ignore_case or bool(add & re.IGNORECASE))
            if inner is None:
                return None
            found |= inner
            if sub.getwidth()[0] > 0:
                return found
            continue
        if name == "BRANCH":
            branches = [_first_chars(list(b), ignore_case) for b in av[1]]
            for branch in branches:
                if branch is None:
                    return None
                found |= branch
            if all(b.getwidth()[0] > 0 for b in av[1]):
                return found
            return None
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, _, sub = av
            inner = _first_chars(list(sub), ignore_case)
            if inner is None:
                return None
            found |= inner
            if low > 0:
                return found
            continue
        return None
    return None


@pytest.mark.parametrize("name,first,body", _timex._FORMS, ids=[f[0] for f in _timex._FORMS])
def test_every_form_starts_with_the_characters_it_declares(
    name: str, first: str, body: str
) -> None:
    parser = pytest.importorskip("re._parser")
    starts = _first_chars(list(parser.parse(body)))
    assert starts is not None
    assert starts == set(first)


def test_every_head_has_forms() -> None:
    assert {head[0] for head in _timex._HEADS} | set("0123456789'") <= set(_timex._FORMS_AT)


_WORDS = str.split(
    "the this these last next coming early late earlier mid- yesterday today tomorrow tonight "
    "now currently recently every each once twice annually a an one two three ten several many "
    "about over more than fiscal post- pre- spring fall winter noon midnight at present year-ago "
    "first second third quarter period days weeks months years decades ago later from hence "
    "Monday Friday Jan. Mar. March Marco May Sept. December New Year's Day Christmas Easter "
    "of in on by and morning night p.m. a.m. EST 10 19 21 1990s '90s 1998 2025 12/19/2025 "
    "2025-12-19 3rd 20th century 1,700 5% No. people said will be held was 300 5:30 7.30 10pm "
    "4th 21st 100 hours minutes times these this is New Year Marco 2,000 1990 000 same current "
    "latest first time day before after twenties nineties 1st 2nd election period fiscal"
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_WORDS),
            st.sampled_from([" ", " ", ", ", ". ", "\n", "", "'", " '", "-", " (", "é"]),
        ),
        max_size=30,
    )
)
def test_scan_finds_what_one_alternation_finds(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    expected = [(m.span(), m.lastgroup, m.groupdict()) for m in _ALL_FORMS.finditer(text)]
    found = [(m.span(), m.lastgroup, m.groupdict()) for m in _timex.scan(text)[1]]
    assert [(s, g) for s, g, _ in found] == [(s, g) for s, g, _ in expected]
    for (_, _, mine), (_, _, theirs) in zip(found, expected, strict=True):
        assert mine.items() <= theirs.items()


# ---------------------------------------------------------------- the tense markers
# The markers are found after a character outside words and dispatched on
# their first character; they must be exactly what one alternation of the
# table in order of precedence, behind a word boundary, finds.
_ALL_MARKERS = re.compile(
    r"\b(?:"
    + "|".join(
        f"(?P<{kind.replace('-', '_')}>{'|'.join(markers)})" for kind, markers in tense._TABLE
    )
    + rf"|(?P<contracted>['’]ll{tense._VERB}))\b"
)
_TENSE_WORDS = str.split(
    "if If would may were was to scheduled for set voted agreed will won't 'll be not have held "
    "is are am about plans planned Tomorrow today now said ago yesterday walked red the vote on "
    "Dec. 19 they he and next plays flew laid plans class"
)

#: A past form right after an article is an adjective ("the said", "a signed").
_AN_ADJECTIVE = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Tt]he)\s\Z")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_TENSE_WORDS),
            st.sampled_from([" ", " ", ", ", ". ", "\n", "", "'", "’", "-", "é", "_"]),
        ),
        max_size=30,
    ),
    st.integers(0, 8),
)
def test_markers_are_what_one_alternation_finds(words: list[tuple[str, str]], skip: int) -> None:
    text = "".join(word + gap for word, gap in words)
    start = min(skip, len(text))
    expected = [
        (m.start(), (m.lastgroup or "").replace("_", "-").replace("contracted", "future"))
        for m in _ALL_MARKERS.finditer(text, start)
        if not (m.lastgroup == "past" and _AN_ADJECTIVE.search(text[: m.start()]))
    ]
    positions, kinds, conditional = tense._read(text, start, len(text))
    assert list(zip(positions, kinds, strict=True)) == expected
    assert kinds[conditional : conditional + 1] in ([], ["conditional"])
    assert "conditional" not in kinds[:conditional]


# ------------------------------------------- a weekday and a day of an implied month
@pytest.mark.parametrize(
    ("text", "value", "weekday"),
    [
        # past: the nearest 12th on or before Monday, Dec. 22, 2025
        ("The recount began on Friday the 12th.", "2025-12-12", 4),
        ("The recount began on Thursday, the 12th.", "2025-12-12", 3),
        # future: the nearest 9th after it
        ("The recount will end on Friday, the 9th.", "2026-01-09", 4),
        # the weekday fits the day on the other side: it decides
        ("The recount ended on Friday the 26th.", "2025-12-26", 4),
        # no direction: the day within ten days
        ("The recount is on Saturday the 20th.", "2025-12-20", 5),
        # no direction and no near day: the month is not guessed
        ("The recount is on Saturday the 7th.", "XXXX-XX-07", 5),
        # British style, with no "the"
        ("The recount began on Friday 12th.", "2025-12-12", 4),
    ],
)
def test_a_weekday_with_a_day_of_an_implied_month(text: str, value: str, weekday: int) -> None:
    (found,) = analyse(text, published=PUBLISHED).temporal
    assert (found.value, found.weekday) == (value, weekday)
    match = re.search(r"\w+day,? (?:the )?\d+th", text)
    assert match is not None and found.text == match.group()


def test_the_ordinal_day_needs_the_weekday_and_no_month_after() -> None:
    found = analyse("The recount began on Friday the 12th of December.", published=PUBLISHED)
    assert [t.value for t in found.temporal] == ["2025-12-12"]
    assert [t.text for t in analyse("It was the 12th.", published=PUBLISHED).temporal] == []


def test_nearest_day_of_month_across_a_short_month() -> None:
    # no Feb. 30: the 30th before March 10 is Jan. 30, after it March 30
    anchor = dt.date(2025, 3, 10)
    assert calendar.nearest_day_of_month(anchor, 30, -1) == dt.date(2025, 1, 30)
    assert calendar.nearest_day_of_month(anchor, 30, 1) == dt.date(2025, 3, 30)
    assert calendar.nearest_day_of_month(anchor, 10, 0) == anchor
