"""A date the page shows and the date its markup gives that text: HTML's
``<time datetime="2026-03-03">March 4</time>``.  Readers see the text;
search engines, calendars and feeds read the attribute.  Which of the two is
wrong cannot be told, so the finding stands on the text and gives both."""

from __future__ import annotations

import datetime as dt
import itertools
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
)
from mediacheck_dates._common import human

__all__ = ["MARKUP_DATE_CONFLICT", "check"]

_PAGE = (
    '<article><h1>Ferry timetable</h1><p>Published <time pubdate datetime="2026-03-01">'
    "1 March 2026</time></p><p>The new ferry sails on {}.</p></article>"
)

MARKUP_DATE_CONFLICT = Rule(
    slug="markup-date-conflict",
    title="Date shown and its markup disagree",
    severity="warning",
    description=(
        "A date in an HTML page whose `<time datetime>` gives another day: "
        '*`<time datetime="2026-03-03">March 4</time>`*. Readers see *March 4*; search '
        "engines, calendars and feeds read March 3. Which one is wrong cannot be told, so the "
        "date as shown is reported and the evidence gives both.\n\n"
        "A date without a year is compared by its month and day, a month or a year by what "
        "it names (*March 2026* fits any day of that month). A `datetime` with a clock time "
        "in a zone (*2026-03-04T02:00Z*) may fall on the day before or after the one the "
        "page shows in its own zone, so a day either way is allowed. A range in one "
        "`<time>` (*March 3-5*) is marked by one of its days: any that fits will do, and "
        "when none does the first is reported. Relative days (*today*, "
        "*last week*) are counted from the publication date, which the page may have taken "
        "from that very element, and are not compared. A weekday alone inside a `<time>` "
        '(*`<time datetime="2026-03-03">Monday</time>`*) is read as the date the markup gives '
        "and is the business of `weekday-mismatch`."
    ),
    examples=[
        RuleExample(
            _PAGE.format('<time datetime="2026-03-03">March 4</time>'),
            flagged=["March 4"],
            format="html",
        ),
        RuleExample(
            _PAGE.format('<time datetime="2026-03-03">Tuesday, March 3, 2026</time>'),
            format="html",
        ),
        RuleExample(
            _PAGE.format('<time datetime="2026-03-04T02:00:00Z">March 3</time>'),
            note="2 a.m. UTC on March 4 is the evening of March 3 in the Americas",
            format="html",
        ),
    ],
)

#: The year, month and day a value gives ("2026-03-04", "XXXX-03-04", "2026-03", "2026").
_VALUE = compile_pattern(r"(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?(?![\d-])")
#: A ``datetime`` with a clock time in a zone ("2026-03-04T02:00Z", "...T21:00-05:00").
_ZONED = compile_pattern(r"[T ]\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d)$")
_ONE_DAY = dt.timedelta(days=1)


def _shown(expression: TemporalExpression) -> tuple[int | None, int | None, int | None] | None:
    """The year, month and day the text gives (None where it gives none), or None
    for an expression that names no day, month or year of its own."""
    if expression.anchoring not in ("absolute", "yearless") or not expression.valid:
        return None
    match = _VALUE.match(expression.value)
    if match is None:
        return None
    year = None if expression.anchoring == "yearless" else int(match[1])
    month, day = (int(part) if part else None for part in match.group(2, 3))
    return year, month, day


def _fits(shown: tuple[int | None, int | None, int | None], date: dt.date) -> bool:
    return all(
        part is None or part == of
        for part, of in zip(shown, (date.year, date.month, date.day), strict=True)
    )


def _told(expression: TemporalExpression) -> str:
    """What the text says, as a reader would check it."""
    if expression.anchoring == "absolute" and expression.date is not None:
        return human(expression.date)
    return (
        f"{expression.text} (no year given)"
        if expression.anchoring == "yearless"
        else expression.text
    )


def _run(document: Document, context: CheckContext) -> Iterator[Finding]:
    # the expressions one <time> holds, as next to each other with its datetime: a range
    # ("March 3-5") is marked by one of its days, so one that fits clears them all
    for marked, group in itertools.groupby(document.temporal, key=lambda e: e.marked):
        if marked is None:
            continue
        shown = [(e, told) for e in group if (told := _shown(e)) is not None]
        if not shown:
            continue
        date = dt.date.fromisoformat(marked[:10])
        # a zoned time may fall on the day before or after, but none lies off the calendar
        zoned = _ZONED.search(marked) and dt.MINYEAR < date.year < dt.MAXYEAR
        near = (date - _ONE_DAY, date + _ONE_DAY) if zoned else ()
        if any(_fits(told, day) for _, told in shown for day in (date, *near)):
            continue
        expression = shown[0][0]
        yield context.finding(
            MARKUP_DATE_CONFLICT,
            expression.span,
            f"'{expression.text}' is shown, but the page's markup dates it {human(date)}",
            evidence=[
                Evidence(f"the text: {_told(expression)}", expression.span),
                Evidence(f'the markup: datetime="{marked}", {human(date)}'),
            ],
            suggestion="correct the date shown or the datetime attribute of its <time>",
        )


check = Check([MARKUP_DATE_CONFLICT], _run, name="markup")
