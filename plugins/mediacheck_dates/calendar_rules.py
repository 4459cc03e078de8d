"""Dates that cannot be right on any reading: a weekday the date does not
fall on, a day the calendar does not have."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from mediacheck import (
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Rule,
    RuleExample,
    TemporalExpression,
    compile_pattern,
    revision_note,
)
from mediacheck_dates._common import WEEKDAY_NAMES, human
from mediacheck_dates.publication import past_is_its_own, tense_conflict

__all__ = ["IMPOSSIBLE_DATE", "WEEKDAY_MISMATCH", "check"]

WEEKDAY_MISMATCH = Rule(
    slug="weekday-mismatch",
    title="Weekday does not match the date",
    severity="error",
    description=(
        "A weekday named together with a date that falls on another day: *Friday, December "
        "19, 2024* was a Thursday. One of the two is wrong, and readers who plan by the "
        "weekday or the date will be misled.\n\n"
        "The evidence gives the weekday the date really falls on. A date without a year is "
        "checked against the years it can belong to: the publication year, the year before "
        "and the year after, keeping only those before publication for a clause in the past "
        "tense and after it for one in the future (a day's slack either way, for time zones "
        "around midnight). The weekday is evidence for the year, so when it fits one of "
        "them (*Saturday, March 15* in an article of Friday, March 14, 2025, even told in "
        "the past tense) that year is taken and nothing is reported, if its day lies within "
        "half a year of publication; the date is reported when the weekday fits none of "
        "them, and the message names the years tried, or fits only a year away (*opens on "
        "Friday, Oct. 31* in an article of Oct. 22, 2024: the nearer Oct. 31 is a Thursday, "
        "and the message says the named weekday fits only 2025). "
        "When a year-less date fits its weekday in the publication year and only the tense "
        "points elsewhere (*the ferry stopped on Friday, March 21* in an article of March 14,"
        " 2025, a Friday that year), the tense is the odd one: `date-after-publication` "
        "reports it and this rule does not; when the past is not the date's own (a bound: "
        "*released on bail until Thursday, April 3*), nothing is wrong, and such a bound "
        "whose weekday fits only the year before is the nearer day's (*was remanded until "
        "Wednesday, March 20* in an article of March 14, 2025: March 20 is a Thursday that "
        "year, and reported; *the vote took place on Wednesday, March 20*, its own past, is "
        "last year's). A year-less date in a "
        "sentence that names a year is checked in that year too (*It was Saturday, Nov. 3, "
        "1962, not Friday, Nov. 2*). A year-less date in a note on the article's own "
        "revision (*Correction, Tuesday, May 5: ...*, *This story was updated on Monday, Nov. "
        "30*) is checked against the years on or after publication, whatever the note's tense. "
        "A numeric date with a weekday (*Monday, 03/17/2025*) is "
        "read month first, unless the first number is no month or only the day-first reading"
        " fits the weekday (*Friday 07/03/2025* on a British page is March 7); one with dots "
        "(*Thursday, 9.12.2027*) is read day first, as it is written where dates have dots, "
        "unless the second number is no month or only the month-first reading fits the "
        "weekday. "
        "Plans told from the past (*agreed to hold the vote on Monday, Oct. 20*) and plans a "
        "participle describes (*the festival, scheduled for Saturday, Dec. 6, will go ahead*) "
        "may lie on either side of publication. A range of weekdays before a range of dates "
        "(*Friday through Sunday, July 18-20*, *Thursday to Saturday, July 10 to 12*, *Thursday to"
        " Saturday, 10 to 12 July*), or two weekdays before two days (*Tuesday and Thursday, 3 and"
        " 5 March*), pairs the"
        " first weekday with the first day and the last with the last, and so does a range "
        "of weekdays in brackets after one, abbreviated or not, the range told with a dash "
        "or in words (*March 3-5 (Tuesday-Thursday)*, *3–5 March (Tue–Thu)*, *March 3 to 5 "
        "(Tuesday to Thursday)*); before a single date "
        "(*Friday to Sunday, July 18*) which weekday is the date's cannot be told, and it is "
        "not checked; before a range into the next month (*Thursday to Saturday, Dec. 31-Jan. "
        "2*) the first weekday is checked against the first day. A weekday kept apart from "
        "its date by a word or a bracket (*last "
        "Wednesday, March 5*, *Wednesday (March 5)*, *March 5, a Wednesday*, *March 5 "
        "(Wednesday)*, abbreviated too: *March 5 (Wed.)*) is checked the "
        "same way; *last* and *next* only say which week, so *next Friday, March 22* is fine "
        "when March 22 is a Friday. A weekday with a day of an implied month (*Wednesday the "
        "5th*, *Friday, the 8th*) is the nearest such day before publication in a clause in "
        "the past tense, after it in one in the future tense, and within ten days of it "
        "otherwise; if the weekday fits the nearest day before or after publication, that "
        "one is taken and nothing is reported, and with no direction and no near day the "
        "month is not guessed. Without a year and without a publication date nothing "
        "can be checked. In an HTML page a weekday alone inside a `<time>` is checked "
        'against the date its `datetime` gives (*`<time datetime="2026-03-03">Monday</time>`*: '
        "March 3, 2026 is a Tuesday); a clock time in a zone (*2026-03-04T02:00Z*) may be the "
        "day before or after in the page's own zone, and the neighbour that is the weekday "
        "shown is taken. Times "
        "given in two zones (*11 p.m. ET Thursday (0400 GMT Friday)*) name no date beside the "
        "weekday and are not compared. An abbreviated weekday (*Mon*, *Tue* or *Tues*, *Wed* or "
        "*Weds*, *Thu*, *Thur* or *Thurs*, *Fri*, *Sat*, *Sun*, with or without a full stop) "
        "is checked when a date follows it directly (*Wed., Dec. 1*, *Sat 3 December 2026*); "
        "alone it is not read as a weekday (*The Sun reported*, *she sat*, *they wed*), nor "
        "after *the* or a capitalised word, where it ends a name (*The Sun, March 4*)."
    ),
    examples=[
        RuleExample(
            "Line closed\n\nPublished March 14, 2025\n\nThe ferry stopped on Friday, March 21.",
            note="March 21, 2025 is a Friday: the past tense is what disagrees, and "
            "`date-after-publication` reports it",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The commission met on Tuesday, March 12, 2025.",
            flagged=["Tuesday, March 12, 2025"],
        ),
        RuleExample(
            "LONDON, Dec. 22, 2025 (Reuters) — The talks ended on Tuesday, Dec. 19, after a week.",
            flagged=["Tuesday, Dec. 19"],
            note="the years come from the dateline's date: Dec. 19 is a Thursday in 2024, a "
            "Friday in 2025 and a Saturday in 2026",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The commission met on Wednesday, March 12, 2025."
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The vote took place on Saturday, March 15, at 12:10 a.m.",
            note="2025-03-15 is a Saturday: the weekday places the date in the publication "
            "year, whatever the tense",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The vote took place on Thursday, March 15.",
            flagged=["Thursday, March 15"],
            note="March 15 is a Friday in 2024, a Saturday in 2025, a Sunday in 2026",
        ),
        RuleExample(
            "Bail set\n\nPublished March 13, 2025\n\n"
            "He has been released on bail until Thursday, April 3.",
            note="a bound, not a past event: April 3, 2025 is a Thursday",
        ),
        RuleExample(
            "Correction\n\nPublished June 10, 2025\n\n"
            "It was Saturday, Nov. 3, 1962, not Friday, Nov. 2.",
            note="Nov. 2 is read in the sentence's year, 1962, when it was a Friday",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The commission met on Tues., March 12, and again Thurs 13 March.",
            flagged=["Tues., March 12"],
            note="abbreviated weekdays are checked too: March 12, 2025 is a Wednesday and "
            "March 13 a Thursday",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The Sun, March 12, 2025, said the commission sat on March 12.",
            note="'Sun' after 'The' is the paper's name, not Sunday",
        ),
        RuleExample(
            "Library reopens\n\nPublished March 13, 2025\n\n"
            "The library reopened on Friday 07/03/2025.",
            note="March 7, 2025 is a Friday and July 3 a Thursday: the weekday says day first",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The commission met on Monday, 03/12/2025.",
            flagged=["Monday, 03/12/2025"],
            note="March 12 and Dec. 3, 2025 are both Wednesdays",
        ),
        RuleExample(
            "Depot reopens\n\nPublished March 14, 2025\n\nThe depot reopened on Monday, 4.3.2025.",
            flagged=["Monday, 4.3.2025"],
            note="with dots the day comes first: March 4, 2025 is a Tuesday (and April 3 a "
            "Thursday)",
        ),
        RuleExample(
            "Fair opens\n\nPublished Wednesday, Dec. 3, 2025\n\n"
            "The fair, scheduled for Saturday, Dec. 6, will go ahead.",
            note="'scheduled for' describes the fair: a plan, not a past event",
        ),
        RuleExample(
            "Fair opens\n\nPublished July 18, 2025\n\n"
            "The fair runs Friday through Sunday, July 18-20.",
            note="Friday is July 18 and Sunday July 20",
        ),
        RuleExample(
            "Fair opens\n\nPublished July 18, 2025\n\n"
            "The fair ran Monday to Wednesday, July 7-10, 2025.",
            flagged=["10"],
            note="July 7, 2025 is a Monday, but July 10 is a Thursday",
        ),
        RuleExample(
            "Fair opens\n\nPublished March 1, 2026\n\nThe fair runs 3–5 March (Mon–Wed).",
            flagged=["3", "5 March"],
            note="March 3, 2026 is a Tuesday and March 5 a Thursday",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The commission met last Thursday, March 12, and again on March 13, a Thursday.",
            flagged=["last Thursday, March 12"],
            note="March 12, 2025 is a Wednesday; March 13 is the Thursday",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The commission met on March 11 (Wednesday) and on March 12 (Wednesday).",
            flagged=["March 11 (Wednesday)"],
            note="March 11, 2025 is a Tuesday",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "The launch came at 11:30 p.m. ET on Thursday, March 13 (0330 GMT Friday)."
        ),
        RuleExample(
            "Count disputed\n\nPublished Friday, March 14, 2025\n\n"
            "The recount began on Tuesday the 12th and will end on Monday, the 17th.",
            flagged=["Tuesday the 12th"],
            note="the month is the publication's: March 12, 2025 is a Wednesday; the 17th, "
            "told in the future tense, is Monday, March 17",
        ),
        RuleExample(
            "Count disputed\n\nPublished Friday, March 14, 2025\n\n"
            "The count ended on Sunday, the 9th, a day late.",
            note="March 9, 2025 is a Sunday",
        ),
    ],
)

IMPOSSIBLE_DATE = Rule(
    slug="impossible-date",
    title="Date that is not on the calendar",
    severity="error",
    description=(
        "A date that does not exist: *February 30*, *April 31*, *the 32nd of May*, *the 0th "
        "of May*, *February 29, 2025* (not a leap year), a 13th month in *2025-13-01* or "
        "*13/13/2025*. Usually a "
        "typo for a neighbouring day or month.\n\n"
        "Numbers that only look like a month and a day are left alone: *in May 31 people "
        "died* is a count. *19/12/2025* is read day-first, which is a real date. A year-less "
        "*February 29* is accepted, since some year has one."
    ),
    examples=[
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\n"
            "Officials announced the count on February 30.",
            flagged=["February 30"],
        ),
        RuleExample("The firm was registered on 2025-13-01.", flagged=["2025-13-01"]),
        RuleExample("The bill was signed on Feb. 29, 2025.", flagged=["Feb. 29, 2025"]),
        RuleExample("The fete was held on the 32nd of May, 2025.", flagged=["32nd of May, 2025"]),
        RuleExample("The bill was signed on Feb. 29, 2024."),
        RuleExample(
            "The law will take effect on Feb. 29, 2100.",
            flagged=["Feb. 29, 2100"],
            note="2100 is no leap year: of the century years only those divisible by 400 are",
        ),
        RuleExample("In May 31 people died on the roads."),
        RuleExample("The invoice is dated 19/12/2025."),
    ],
)


_YEAR = compile_pattern(r"\d{4}")

#: The tenses that narrow a year-less date's years to one side of the anchor.
_TOLD = {"past": " (told in the past tense)", "future": " (told in the future tense)"}


def _mismatch_message(
    expression: TemporalExpression, date: dt.date, weekday: int, *, noted: bool = False
) -> str:
    """What is wrong; ``noted`` when the date lies in a note on the article's
    own revision, whose years were sought on or after publication."""
    named, actual = WEEKDAY_NAMES[weekday], WEEKDAY_NAMES[date.weekday()]
    if expression.anchoring == "relative" and expression.weekday is not None:
        # "Tuesday the 12th": the month was the reader's guess, from the publication date
        return (
            f"{date:%B} {date.day}, {date.year} (the month taken from the publication date) "
            f"is a {actual}, not a {named}"
        )
    fits = _fitting_years(expression, date, weekday)
    if fits:
        # the weekday fits only a year far from publication: the nearer day is meant
        return (
            f"{date:%B} {date.day}, {date.year}, the nearest to the publication date, is a "
            f"{actual}, not a {named}; {date:%B} {date.day} is a {named} only in {fits[0]}"
        )
    years = [str(year) for year in expression.plausible_years]
    if not years:
        return f"{date:%B} {date.day}, {date.year} is a {actual}, not a {named}"
    told = " (in a note made after publication)" if noted else _TOLD.get(expression.tense or "", "")
    listed = ", ".join(years[:-1]) + " or " + years[-1] if len(years) > 1 else years[0]
    return (
        f"{date:%B} {date.day} is not a {named} in {listed}{told}; in {date.year} it is a {actual}"
    )


def _weekday_mismatches(document: Document, context: CheckContext) -> Iterator[Finding]:
    # read only for a year-less mismatch, which few articles have
    years: dict[int | None, set[int]] | None = None
    for expression in document.temporal:
        date, weekday = expression.date, expression.weekday
        if date is None or weekday is None:
            continue
        if date.weekday() == weekday:
            nearest = _nearer_bound(document, expression, date)
            if nearest is None:
                continue
            date = nearest  # the weekday took a bound a year away: the nearer day is meant
        if _tense_is_the_odd_one(document, expression, weekday, context):
            continue
        if expression.anchoring == "yearless":
            years = _sentence_years(document) if years is None else years
            if any(
                _weekday_in(year, date.month, date.day) == weekday
                for year in years.get(_sentence_start(document, expression), ())
            ):
                continue  # "It was Saturday, Nov. 3, 1962, not Friday, Nov. 2": 1962's
        yield context.finding(
            WEEKDAY_MISMATCH,
            expression.span,
            _mismatch_message(
                expression,
                date,
                weekday,
                noted=expression.anchoring == "yearless"
                and revision_note(document, expression.start),
            ),
            evidence=[Evidence(f"{human(date)}", expression.span)],
            suggestion="check which is right, the weekday or the date",
        )


def _tense_is_the_odd_one(
    document: Document, expression: TemporalExpression, weekday: int, context: CheckContext
) -> bool:
    """Whether a year-less date fits its weekday in the publication year and
    only the tense took it to another year: "stopped on Friday, March 21" in
    an article of March 14, 2025 (a Friday in 2025) is one conflict, told by
    ``date-after-publication``, not also a wrong weekday for March 21, 2024.
    When the past is not the date's own (a bound, a plan), nothing is wrong."""
    published, date = document.published, expression.date
    if (
        published is None
        or date is None
        or expression.anchoring != "yearless"
        or _weekday_in(published.year, date.month, date.day) != weekday
    ):
        return False
    if tense_conflict(document, expression, context):
        return True
    # a past that is not the date's own took it from the year its weekday fits:
    # "has been released on bail until Thursday 3 April" is this year's
    return expression.tense == "past" and not past_is_its_own(document, expression)


def _sentence_start(document: Document, expression: TemporalExpression) -> int | None:
    sentence = document.sentence_at(expression.start)
    return sentence.start if sentence is not None else None


def _sentence_years(document: Document) -> dict[int | None, set[int]]:
    """The years the dates of each sentence name, by the sentence's start: a
    year-less day beside a dated one is read in that year, as a reader does."""
    years: dict[int | None, set[int]] = {}
    for expression in document.temporal:
        year = _YEAR.match(expression.value)
        if expression.anchoring == "absolute" and year is not None:
            years.setdefault(_sentence_start(document, expression), set()).add(int(year[0]))
    return years


#: A weekday the model keeps apart from the date beside it: "last Wednesday",
#: "next Friday", "Wednesday" before "(March 5)", "a Wednesday" after a date.
_WEEKDAY_ONLY = compile_pattern(
    r"(?:(?:last|next|this|past|coming)\s+)?(" + "|".join(WEEKDAY_NAMES) + r")", re.IGNORECASE
)
#: Between such a weekday and its date: "last Wednesday, March 5", "Wednesday (March 5)".
_WEEKDAY_THEN_DATE = compile_pattern(r"\s*(?:,|\()\s*(?:on\s+)?")
#: Between a date and its weekday after it: "March 5, a Tuesday", "March 5 (Tuesday)".
_DATE_THEN_WEEKDAY = compile_pattern(r",\s+(?:a|which\s+was\s+a|which\s+is\s+a)\s+|\s*\(")
#: Before a weekday that ends a range, whose date cannot be told: "Friday to Sunday".
_RANGE_BEFORE = compile_pattern(r"(?:\bto|\bthrough|\bthru|\buntil|\btill|\band|\bor|[-–—])\s*\Z")


#: A weekday's name or abbreviation, as a bracket after a date range gives them.
_A_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
#: A range of weekdays in brackets after a range of dates, each end for the day
#: at the same end: "March 3-5 (Tuesday-Thursday)", "3–5 March 2026 (Tue–Thu)".
_WEEKDAY_RANGE_AFTER = compile_pattern(
    rf"(?:,?\s+\d{{4}})?\s*\(\s*(?P<first>{_A_WEEKDAY})"
    rf"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till)\s+)(?P<last>{_A_WEEKDAY})\s*\)"
)
#: A weekday's abbreviation alone in brackets after a date: "Oct. 14 (Thurs.)".  The
#: model reads an abbreviation only before a date, so this one is read here; a full
#: name in brackets is a temporal expression of its own, paired by ``_apart``.
_ABBREVIATION_AFTER = compile_pattern(
    r"\s*\(\s*(?P<wd>Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?\s*\)"
)
#: Between the two ends of a range of dates: "March 3-5", "3–5 March", "March 3 to 5".
_RANGE_BETWEEN = compile_pattern(r"\s*[-–—]\s*|\s+(?:to|through|thru|until|till)\s+")


def _weekday_of(expression: TemporalExpression) -> int | None:
    if expression.anchoring != "relative":
        return None
    match = _WEEKDAY_ONLY.fullmatch(expression.text)
    if match is None:
        return None
    return WEEKDAY_NAMES.index(match.group(1).capitalize())


def _dated(expression: TemporalExpression) -> bool:
    return (
        expression.date is not None
        and expression.weekday is None
        and expression.anchoring in ("absolute", "yearless")
    )


#: How far from publication a year the weekday picks may lie, as for a
#: weekday written next to its date: further away, the nearer day is meant.
_HALF_A_YEAR = dt.timedelta(days=183)


def _fits(
    date_expression: TemporalExpression, date: dt.date, weekday: int, published: dt.date | None
) -> bool:
    """Whether the weekday fits the date, or for a date without a year one of
    the years it can belong to within half a year of publication ("last
    Thursday, October 23" in an article of Oct. 28, 2026 is no Thursday of 2025)."""
    return date.weekday() == weekday or any(
        published is None or abs(dt.date(year, date.month, date.day) - published) <= _HALF_A_YEAR
        for year in _fitting_years(date_expression, date, weekday)
    )


def _nearer_bound(
    document: Document, expression: TemporalExpression, date: dt.date
) -> dt.date | None:
    """For a bound or a plan without a year told in the past tense, which the model
    placed in the past year its weekday fits, the same day nearest publication when
    that year lies more than half a year away: "was remanded until Thursday 27
    November" in an article of Tuesday 24 November 2026 is this week's Friday, not 27
    November 2025 (a Thursday); else None.  A past that is the date's own ("took
    place on Friday, March 15" in an article of March 14, 2025) is last year's."""
    published = document.published
    if (
        published is None
        or expression.anchoring != "yearless"
        or expression.tense != "past"
        or abs(date - published) <= _HALF_A_YEAR
        or past_is_its_own(document, expression)
    ):
        return None
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(dt.date(year, date.month, date.day))
        except ValueError:
            continue  # February 29
    nearest = min(days, key=lambda day: abs(day - published), default=None)
    return nearest if nearest is not None and nearest != date else None


def _fitting_years(expression: TemporalExpression, date: dt.date, weekday: int) -> list[int]:
    """The years a date without one can belong to in which it falls on ``weekday``."""
    return [
        year
        for year in expression.plausible_years
        if _weekday_in(year, date.month, date.day) == weekday
    ]


def _weekday_in(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _apart(document: Document) -> Iterator[tuple[int, int, TemporalExpression, int]]:
    """Weekdays the model read apart from the date beside them, as (start,
    end, date expression, weekday): "last Wednesday, March 5", "Wednesday
    (March 5)", "March 5, a Tuesday"."""
    text = document.text
    for first, second in zip(document.temporal, document.temporal[1:], strict=False):
        weekday = _weekday_of(first) if _dated(second) else None
        if (
            weekday is not None
            and _WEEKDAY_THEN_DATE.fullmatch(text, first.end, second.start)
            and not _RANGE_BEFORE.search(text, max(0, first.start - 12), first.start)
        ):
            end = second.end + (text[second.end : second.end + 1] == ")")
            yield first.start, end, second, weekday
            continue
        weekday = _weekday_of(second) if _dated(first) else None
        between = _DATE_THEN_WEEKDAY.fullmatch(text, first.end, second.start)
        if weekday is not None and between is not None:
            bracketed = between.group().endswith("(")
            if bracketed and text[second.end : second.end + 1] != ")":
                continue  # "Nov. 20-22 (Thursday-Saturday)": _bracketed_ranges pairs the ends
            yield first.start, second.end + bracketed, first, weekday


def _bracketed_ranges(document: Document) -> Iterator[tuple[int, int, TemporalExpression, int]]:
    """The ends of a range of dates with a range of weekdays in brackets after
    it, each with its weekday, as (start, end, date expression, weekday): the
    span is the date, as for a range with its weekdays before it."""
    text = document.text
    for first, last in zip(document.temporal, document.temporal[1:], strict=False):
        if not (
            _dated(first) and _dated(last) and _RANGE_BETWEEN.fullmatch(text, first.end, last.start)
        ):
            continue
        weekdays = _WEEKDAY_RANGE_AFTER.match(text, last.end)
        if weekdays is not None:
            for expression, name in ((first, weekdays["first"]), (last, weekdays["last"])):
                weekday = WEEKDAY_NAMES.index(next(n for n in WEEKDAY_NAMES if n[:3] == name[:3]))
                yield expression.start, expression.end, expression, weekday


def _bracketed_abbreviations(
    document: Document,
) -> Iterator[tuple[int, int, TemporalExpression, int]]:
    """Dates with a weekday's abbreviation in brackets after them, as (start, end,
    date expression, weekday): "Oct. 14 (Thurs.)", checked as "Oct. 14 (Thursday)" is."""
    text = document.text
    for expression in document.temporal:
        weekday = _ABBREVIATION_AFTER.match(text, expression.end) if _dated(expression) else None
        if weekday is not None:
            name = weekday["wd"][:3]
            number = next(i for i, n in enumerate(WEEKDAY_NAMES) if n[:3] == name)
            yield expression.start, weekday.end(), expression, number


def _apart_mismatches(document: Document, context: CheckContext) -> Iterator[Finding]:
    for start, end, expression, weekday in (
        *_apart(document),
        *_bracketed_ranges(document),
        *_bracketed_abbreviations(document),
    ):
        date = expression.date
        assert date is not None
        if _fits(expression, date, weekday, document.published):
            continue
        yield context.finding(
            WEEKDAY_MISMATCH,
            document.span(start, end),
            _mismatch_message(expression, date, weekday),
            evidence=[Evidence(f"{human(date)}", expression.span)],
            suggestion="check which is right, the weekday or the date",
        )


def _reason(value: str) -> str:
    parts = value.split("-")
    month = int(parts[1])
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if parts[2:3] == ["00"]:
        return "no month has a day 0"  # "the 0th of May"
    name = dt.date(2000, month, 1).strftime("%B")
    if parts[0].isdigit():
        year = int(parts[0])
        days = calendar.monthrange(year, month)[1]
        return f"{name} {year} has {days} days"
    return f"{name} has {calendar.monthrange(2001, month)[1]} days"


def _impossible_dates(document: Document, context: CheckContext) -> Iterator[Finding]:
    for expression in document.temporal:
        if expression.valid:
            continue
        reason = _reason(expression.value)
        yield context.finding(
            IMPOSSIBLE_DATE,
            expression.span,
            f"'{expression.text}' is not a date: {reason}",
            evidence=[Evidence(reason, expression.span)],
            suggestion="check the day and the month",
        )


def _run(document: Document, context: CheckContext) -> Iterator[Finding]:
    yield from _weekday_mismatches(document, context)
    yield from _apart_mismatches(document, context)
    yield from _impossible_dates(document, context)


check = Check([WEEKDAY_MISMATCH, IMPOSSIBLE_DATE], _run, name="calendar")
