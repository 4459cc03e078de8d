"""Dates judged against the publication date: events told as past that lie
after it (or as future that lie before it), and dates that cannot be placed
because the article gives no publication date at all."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from mediacheck import (
    Check,
    CheckContext,
    Document,
    Finding,
    Rule,
    RuleExample,
    TemporalExpression,
    compile_pattern,
    revision_note,
)
from mediacheck_dates._common import WEEKDAY_NAMES, published_evidence, quoted
from mediacheck_dates.past_event import told_as_past_event

__all__ = ["DATE_AFTER_PUBLICATION", "UNANCHORED_DATE", "check"]

DATE_AFTER_PUBLICATION = Rule(
    slug="date-after-publication",
    title="Past event dated after publication (or future event before it)",
    severity="warning",
    description=(
        "An event told in the past tense and dated after the publication date (*Voters went to "
        "the polls on March 22* in an article published March 14), or one told in the future "
        "tense and dated shortly before it (*will be held on March 1, 2025*). Either the date, "
        "the tense or the publication date is wrong. The evidence gives the publication date "
        "and where it was read.\n\n"
        "A date without a year told in the past is flagged when its nearest occurrence lies "
        "after publication "
        "(within `yearless-window-days`, 45 by default): read as past, it would have to be "
        "almost a year old. Told in the future, it is flagged when its last occurrence lies "
        "just before publication (within `yearless-future-window-days`, 30 by default): "
        "*Repairs will be finished on Nov. 28* in an article of Dec. 3 would mean a date "
        "almost a year away, and is far more likely a day that has just passed. A weekday "
        "named with it decides its year (see "
        "`weekday-mismatch`): *took place on Saturday, March 15* in an article of Friday, "
        "March 14, 2025 is March 15, 2025, a day after publication, within the tolerance.\n\n"
        "The past must be the date's own: a past verb a few words before it (*resigned on*, "
        "*dropped out of the race*) with nothing between that points ahead (*will*, *to "
        "appear*, *payable*, *scheduled*, a gerund such as *after winning*, though not an "
        "-ing word after an article, as in *finished the qualifying heat on*; nor *the coming "
        "vote*). A past sentence "
        "often holds a plan (*officials said the Dec. 28 meeting was arranged*, *subpoenaed "
        "her to testify on Feb. 10*); on real wire copy those made nine in ten of this rule's "
        "reports before it asked for the verb.\n\n"
        "Left alone: dates in quotations (the speaker's own time), notes on the article's own "
        "revision, made after publication by nature (*This article was amended on 30 November "
        "2026 to correct ...*, a paragraph under *Correction:*, *Updated ...:* or *Editor's "
        "note:*), conditionals and plans (*if "
        "the vote happens on ...*, *is scheduled for ...*), plans told from the past (*agreed "
        "to hold the vote on ...*, *was scheduled for ...*, *the fair, scheduled for ...*: the "
        "planned day may lie on either side of publication), deadlines and bounds (*until*, *by*, "
        "*through*, *to* a date), dates used as a name (*the March 28 concert*, *the April 19 "
        "primary*), year-less dates in a sentence that names another year (*the year-ago "
        "quarter, which ended Oct. 31*), historical dates "
        "in a future-tense sentence (only dates up to `future-window-days`, 60 by default, before "
        "publication are compared), a difference of `tolerance-days` (1 by default, for time "
        "zones around midnight), relative expressions (counted from the publication date, they "
        "cannot disagree with it) and articles with no publication date."
    ),
    examples=[
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nVoters went to the polls on March 22.",
            flagged=["March 22"],
        ),
        RuleExample(
            "Line closed\n\nPublished March 14, 2025\n\nThe ferry stopped on Friday, March 21.",
            flagged=["Friday, March 21"],
            note="March 21, 2025 is a Friday: date and weekday agree, the tense does not "
            "(reported here only, not also by `weekday-mismatch` for March 21, 2024)",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe summit will be held on "
            "March 3, 2025.",
            flagged=["March 3, 2025"],
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe rowers finished the opening "
            "heat on March 22.",
            flagged=["March 22"],
            note="an -ing word after an article is a noun or an adjective, not a gerund",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nPolice arrested two men on "
            "March 22 for vandalism.",
            flagged=["March 22"],
            note="a number may follow the verb, and 'for' the date",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe mayor announced the coming "
            "vote on March 22."
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe runoff will be held on March 22."
        ),
        RuleExample(
            "Repairs\n\nPublished Wednesday, Dec. 3, 2025\n\nRepairs will be finished on Nov. 28.",
            flagged=["Nov. 28"],
            note="Nov. 28, 2025 passed five days before publication; the next is a year away",
        ),
        RuleExample(
            "Repairs\n\nPublished Wednesday, Dec. 3, 2025\n\nRepairs will be finished on Oct. 28.",
            note="more than 30 days before publication: next year's Oct. 28 is taken",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nIf the vote happens on March 22, "
            "turnout could be low."
        ),
        RuleExample(
            'Count disputed\n\nPublished March 14, 2025\n\n"We voted on March 22," she said, '
            "recalling last year."
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe council agreed to hold the "
            "final vote on Monday, March 17."
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe court gave the firm until "
            "March 28 to respond."
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe street was renamed on "
            "March 15, 2025, at 1 a.m. local time, just after midnight."
        ),
    ],
    options={
        "tolerance-days": 1,
        "yearless-window-days": 45,
        "yearless-future-window-days": 30,
        "future-window-days": 60,
    },
)

UNANCHORED_DATE = Rule(
    slug="unanchored-date",
    title="Date that cannot be placed without a publication date",
    severity="info",
    description=(
        "A date whose year the article does not let anyone know, in an article that gives "
        "no publication date: a day or month without a year (*December 19*, *in January*), "
        "a relative day or part of one, week, month, season or year (*yesterday*, *this "
        "afternoon*, *last Tuesday*, *last month*, *this summer*, *last year*, *two years "
        "ago*; a clock time alone, *at 3pm*, names no day). A reader cannot tell which "
        "year or which day is meant, and the other date checks cannot judge it.\n\n"
        "Left alone: dates with a year, a day or month without one in a sentence that "
        "gives another date's year (*opens on Aug. 15 and closes on Aug. 17, 2025*), "
        "the first weekday of a range told before its dates, which is the first date's "
        "(*Tuesday to Thursday, May 4-6, 2027*), a date inside an HTML `<time>` whose "
        "`datetime` gives the year, "
        "dates in quotations, durations (*for three months*), any day of a kind (*born on a "
        "Friday the 13th*, *every Tuesday*), "
        "references to the present or past in general (*now*, *recently*) and *three years "
        "later* counted from a date the text gives.\n\n"
        "Give the publication date with `--published YYYY-MM-DD` (or the `published` field of "
        "a corpus line), a dateline (*LONDON, Dec. 20, 2025 (Reuters) —*) or a *Published ...* "
        "line under the headline. Dates in quotations and dates with a year are left alone."
    ),
    examples=[
        RuleExample(
            "Club closes\n\nOn December 19, the owners locked the doors for the last time.",
            flagged=["December 19"],
        ),
        RuleExample(
            "Club closes\n\nPublished December 20, 2025\n\nOn December 19, the owners locked "
            "the doors."
        ),
        RuleExample("Club closes\n\nOn December 19, 2025, the owners locked the doors."),
        RuleExample(
            "Club closes\n\nThe owners knew of the debts in January and sold the piano last year.",
            flagged=["January", "last year"],
        ),
        RuleExample('Club closes\n\n"We sold the piano last Tuesday," the owner said.'),
        RuleExample("Club closes\n\nThe club has been losing money for three months."),
        RuleExample(
            "Club closes\n\nThe owner was born on a Friday the 13th and shut every Tuesday."
        ),
    ],
)

#: Words before a date that make it a bound or a deadline, not the day an event happened.
_BOUND_BEFORE = compile_pattern(
    r"\b(?:until|till|by|through|to|before|from|for|between|and|expires?|ends?|runs?|due"
    r"|deadline|starting|beginning|effective|[Tt]he|a|an)\s+(?:on\s+)?$"
)
#: An indefinite word before a day makes it any such day, not one to date:
#: "born on a Friday the 13th", "every Tuesday", "any March".
_GENERIC_BEFORE = compile_pattern(r"(?<![\w'’])(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach)\s+$")
#: So does one with a word that describes a named day ("on a wet Tuesday in
#: March", "every other Friday"); not a word that counts from the day ("a week
#: last Tuesday", "a day before Friday"), which dates one, nor before a relative
#: day, where the word is a noun of its own ("of any quiz this year").
_DESCRIBED_BEFORE = compile_pattern(
    r"(?<![\w'’])(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach)\s+"
    r"(?!(?:last|next|this|coming|past|previous|following|week|day|fortnight|month"
    r"|year|on|from|before|after|since|until|by|of)\b)[a-z][a-z'’\-]*\s+$"
)
_MONTH_LEVEL = compile_pattern(r"^\d{4}-\d\d$")
#: The rest of a range of weekdays before its dates: the " to Thursday, " of
#: "Tuesday to Thursday, May 4-6", whose dates carry the first weekday.
_REST_OF_WEEKDAY_RANGE = compile_pattern(
    r"\s*(?:[-–—]|\s(?:through|thru|to|until|till))\s*[A-Z][a-z]+\.?,?\s+"
)
_WEEKDAY_VALUE = compile_pattern(r"XXXX-WXX-([1-7])")
_YEAR_VALUE = compile_pattern(r"\d{4}")


def _in_dated_header(document: Document, start: int) -> bool:
    """The dateline and the "Published ..." line state the date; they tell no event."""
    for line in (document.dateline, document.published_line):
        if line is not None and line.contains(start):
            return True
    first_body = next(
        (
            p
            for p in document.paragraphs
            if document.headline is None or p.start > document.headline.start
        ),
        None,
    )
    return (
        first_body is not None
        and first_body.span.contains(start)
        and bool(re.match(r"(?:Published|Updated|Posted)\b", first_body.text, re.I))
    )


def _after_publication(document: Document, context: CheckContext) -> Iterator[Finding]:
    if document.published is None:
        return
    for expression in document.temporal:
        message = tense_conflict(document, expression, context)
        if message:
            yield context.finding(
                DATE_AFTER_PUBLICATION,
                expression.span,
                message,
                evidence=[published_evidence(document)],
                suggestion="check the date, the tense and the publication date",
            )


def tense_conflict(
    document: Document, expression: TemporalExpression, context: CheckContext
) -> str:
    """What ``date-after-publication`` says of ``expression``, or "" when it is
    silent: shared with ``weekday-mismatch``, which leaves this rule a date
    whose weekday fits and whose tense does not."""
    published = document.published
    if published is None:
        return ""
    if expression.tense not in ("past", "future") or expression.anchoring not in (
        "absolute",
        "yearless",
    ):
        return ""
    if quoted(document, expression) or _in_dated_header(document, expression.start):
        return ""
    if _BOUND_BEFORE.search(document.text, max(0, expression.start - 24), expression.start):
        return ""
    if revision_note(document, expression.start):
        return ""
    day = _comparable_day(expression, published)
    if day is None:
        return ""
    option = functools.partial(context.option, DATE_AFTER_PUBLICATION)
    tolerance = dt.timedelta(days=option("tolerance-days"))
    if expression.tense == "past" and day > published + tolerance:
        if not told_as_past_event(document, expression):
            return ""
        if expression.anchoring == "yearless" and (day - published).days > option(
            "yearless-window-days"
        ):
            return ""
        agrees = ""
        if expression.weekday == day.weekday():
            agrees = f" ({day:%B} {day.day}, {day.year} is a {WEEKDAY_NAMES[day.weekday()]})"
        return (
            f"'{expression.text}' is told in the past tense but lies after the "
            f"publication date, {published.isoformat()}{agrees}"
        )
    if (
        expression.tense == "future"
        and expression.anchoring == "absolute"
        and published - tolerance
        > day
        >= published - dt.timedelta(days=option("future-window-days"))
    ):
        return (
            f"'{expression.text}' is told in the future tense but lies before the "
            f"publication date, {published.isoformat()}"
        )
    if (
        expression.tense == "future"
        and expression.anchoring == "yearless"
        and (
            passed := _just_passed(
                expression, published - tolerance, option("yearless-future-window-days")
            )
        )
    ):
        return (
            f"'{expression.text}' is told in the future tense, but {passed:%B} "
            f"{passed.day} last fell on {passed.isoformat()}, "
            f"{(published - passed).days} days before the publication date, "
            f"{published.isoformat()}; the next one is almost a year away"
        )
    return ""


def past_is_its_own(document: Document, expression: TemporalExpression) -> bool:
    """Whether a past tense dates ``expression`` itself: no bound before the
    date ("released on bail until Thursday"), no note on the article's own
    revision ("This story was updated on Monday, Nov. 30"), and a past verb
    governing it."""
    text = document.text
    if _BOUND_BEFORE.search(text, max(0, expression.start - 24), expression.start):
        return False
    if revision_note(document, expression.start):
        return False
    return told_as_past_event(document, expression)


def _just_passed(expression: TemporalExpression, before: dt.date, window: int) -> dt.date | None:
    """The last day before ``before`` that a year-less future date names, when it lies
    within ``window`` days: 'will be finished on Nov. 28' in an article of Dec. 3 reads
    as next year's Nov. 28, but an editor would rather take it for a day that has just
    passed.  None when a weekday named with the date decides its year."""
    if expression.date is None or expression.weekday is not None:
        return None
    for year in (before.year, before.year - 1):
        try:
            day = expression.date.replace(year=year)
        except ValueError:
            continue
        if day < before:
            return day if (before - day).days < window else None
    return None


def _comparable_day(expression: TemporalExpression, published: dt.date) -> dt.date | None:
    """The day to compare with publication: a year-less date at its occurrence
    nearest publication (where the past tense would put it if the year were
    missing by mistake: "Jan. 2" in an article of Dec. 31 is two days on, not
    a year back), unless a weekday named with it fixed its year in the model;
    a month by its first day."""
    value, date, anchoring = expression.value, expression.date, expression.anchoring
    if date is not None and anchoring == "yearless" and date.weekday() == expression.weekday:
        return date
    if date is not None and anchoring == "yearless":
        days = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                days.append(date.replace(year=year))
            except ValueError:
                continue  # February 29
        return min(days, key=lambda day: abs((day - published).days), default=None)
    if date is not None:
        return date
    if _MONTH_LEVEL.match(value) and anchoring == "absolute":
        year, month = int(value[:4]), int(value[5:])
        return dt.date(year, month, 1) if 1 <= month <= 12 else None
    return None


def _dated_sentences(document: Document) -> set[int]:
    """The starts of the sentences that hold a date with its year."""
    return {
        sentence.start
        for expression in document.temporal
        if expression.anchoring == "absolute" and _YEAR_VALUE.match(expression.value)
        if (sentence := document.sentence_at(expression.start)) is not None
    }


def _opens_weekday_range(document: Document, expression: TemporalExpression) -> bool:
    """Whether ``expression`` is the first weekday of a range told before its dates
    ("Tuesday to Thursday, May 4-6, 2027"): the first date carries that weekday and
    places it, or is judged itself when it cannot."""
    weekday = _WEEKDAY_VALUE.fullmatch(expression.value)
    if weekday is None:
        return False
    later = document.temporal[expression.index + 1 : expression.index + 2]
    rest = _REST_OF_WEEKDAY_RANGE.match(document.text, expression.end)
    return (
        rest is not None
        and bool(later)
        and later[0].start == rest.end()
        and later[0].weekday == int(weekday.group(1)) - 1
    )


#: A part of a day no clock time narrows ("this afternoon", "tonight"): a
#: relative day as "today" is; a clock time alone ("3pm") names no day.
_PART_OF_DAY = compile_pattern(r"XXXX-XX-XXT(?:MO|AF|EV|NI|DT)")


def _unanchored(document: Document, context: CheckContext) -> Iterator[Finding]:
    if document.published is not None:
        return
    # a year-less day beside a dated one ("opens on Friday, Aug. 15, and closes
    # on Sunday, Aug. 17, 2025") takes the reader to that year; the sentences
    # with a year are found at the first year-less day
    dated: set[int] | None = None
    for expression in document.temporal:
        if expression.anchoring not in ("yearless", "relative") or not (
            expression.type == "DATE" or _PART_OF_DAY.fullmatch(expression.value)
        ):
            continue
        if not expression.value.startswith("XXXX"):
            continue
        if quoted(document, expression):
            continue
        if expression.marked is not None and _YEAR_VALUE.match(expression.marked):
            continue  # a <time datetime> gives the year, whatever day it shows
        if expression.anchoring == "relative" and _opens_weekday_range(document, expression):
            continue
        if _GENERIC_BEFORE.search(document.text, max(0, expression.start - 8), expression.start):
            continue
        if expression.text[:1].isupper() and _DESCRIBED_BEFORE.search(
            document.text, max(0, expression.start - 24), expression.start
        ):
            continue
        if expression.anchoring == "yearless":
            dated = _dated_sentences(document) if dated is None else dated
            sentence = document.sentence_at(expression.start) if dated else None
            if sentence is not None and sentence.start in dated:
                continue
        yield context.finding(
            UNANCHORED_DATE,
            expression.span,
            f"'{expression.text}' cannot be dated: the article gives no publication date",
            suggestion="give one with --published YYYY-MM-DD, a dateline "
            "('LONDON, Dec. 20, 2025 (Reuters) —') or a 'Published ...' line",
        )


def _run(document: Document, context: CheckContext) -> Iterator[Finding]:
    yield from _after_publication(document, context)
    yield from _unanchored(document, context)


check = Check([DATE_AFTER_PUBLICATION, UNANCHORED_DATE], _run, name="publication")
