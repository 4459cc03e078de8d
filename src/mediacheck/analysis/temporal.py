"""Temporal expressions: every date and time in the text, normalised as TIMEX3.

One compiled pattern finds the candidates over the whole text (its
alternatives are ordered so that the longest reading at a position wins:
"Friday, Dec. 19, 2025" before "Friday"), and :mod:`._timex` turns each
match into a value, resolved against the publication date the structure
stage found.  Expressions in news point backwards unless the clause says
otherwise, so the tense of the clause (see :mod:`.tense`) picks the
direction for weekdays, year-less dates and months.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from mediacheck.analysis import _regex
from mediacheck.analysis._capitals import read_capitals
from mediacheck.analysis._timex import Reading, Resolver, scan
from mediacheck.analysis.calendar import plausible_years, reckonable, weekday_number
from mediacheck.analysis.tense import DIRECTIONS, TenseReader
from mediacheck.model import TIME_ELEMENTS, Document, TemporalExpression, new_temporal

__all__ = ["find_temporal"]

#: A modifier just before a match widens it: "early December", "the end of 1990".
#: It opens with a character set (the first letters of the modifiers, then a
#: word boundary before it) so the regex engine skips to candidates in C.
_MODIFIER = _regex.compile(
    r"[EeLlMmTt](?<=\b.)(?:(?<=[Ee])(?:arly|arlier)\s+(?:in\s+)?|(?<=[Ll])(?:ate|ater)\s+(?:in\s+)?"
    r"|(?<=[Mm])id-\s*|(?<=[Mm])id\s+"
    r"|(?<=[Tt])he\s+(?:end|beginning|start|middle|(?P<half>first|second|last)\s+half|close)"
    r"\s+of\s+)$"
)


#: A month name that starts a person's name: a capitalised word follows it.
_A_NAME = _regex.compile(r"[A-Z][a-z]+\s+[A-Z][A-Za-z]")


def find_temporal(document: Document) -> tuple[TemporalExpression, ...]:
    text, matches = scan(document.text)  # text: capitals re-spelt, offsets kept
    # a text in capitals has its verbs read in lower case too ("THE VOTE WAS HELD IN MAY")
    verbs = None if text is document.text else read_capitals(document.text, every_word=True)
    resolver = Resolver(text, document.published, TenseReader(document, verbs))
    out: list[TemporalExpression] = []
    index = document.index
    span = document.span if index is None else index.span  # no Document.span hop
    byline = document.byline
    times = document.metadata.get(TIME_ELEMENTS, ())
    marks = _Marks(times) if times else None
    for match in matches:
        for start, end, reading in resolver.read(match):
            marked = marks.datetime_at(start, end) if marks else None
            if marked is not None and match.lastgroup == "weekday":
                reading = _as_marked_up(reading, match, marked)
            if (
                byline is not None
                and byline.start <= start < byline.end
                and _A_NAME.match(text, start, byline.end)
            ):
                continue  # "By June Okafor, Dec. 3, 2024": June is her name
            before = _MODIFIER.search(text, max(0, start - 24), start)
            if before and (not out or out[-1].end <= before.start()):
                start = before.start()
                if before["half"] and len(reading.value) == 4:  # "the first half of 2024"
                    half = "1" if before["half"] == "first" else "2"
                    reading = reading._replace(value=f"{reading.value}-H{half}")
            out.append(
                new_temporal(
                    span(start, end),
                    reading.type,
                    reading.value,
                    len(out),
                    reading.anchor,
                    reading.date,
                    reading.anchoring,
                    reading.anchored_on,
                    reading.tense,
                    reading.weekday,
                    reading.valid,
                    _plausible_years(reading),
                    marked,
                )
            )
            resolver.remember(len(out) - 1, reading, end)
    return tuple(out)


class _Marks:
    """A page's ``<time>`` elements, in the order they start, looked up by
    bisection: a live blog stamps each of its thousands of entries, and a
    scan of them all for each expression took time in the square of them."""

    def __init__(self, times: Sequence[Mapping[str, Any]]) -> None:
        self.times = sorted(times, key=lambda time: int(time["start"]))
        self.starts = [int(time["start"]) for time in self.times]
        #: The furthest any element up to each one reaches: no element before
        #: the first whose reach falls short of an expression can hold it.
        self.reach = list(itertools.accumulate((int(time["end"]) for time in self.times), max))

    def datetime_at(self, start: int, end: int) -> str | None:
        """The ``datetime`` of the innermost ``<time>`` the text from
        ``start`` to ``end`` lies in."""
        at = bisect.bisect_right(self.starts, start) - 1
        while at >= 0 and self.reach[at] >= end:
            if self.times[at]["end"] >= end:
                datetime: str = self.times[at]["datetime"]
                return datetime
            at -= 1
        return None


#: A ``datetime`` with a clock time in a zone ("2026-03-04T02:00Z",
#: "2026-03-03T21:00-05:00"): the page may show its day in another zone.
_ZONED = _regex.compile(r"[T ]\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d)$")
_ONE_DAY = dt.timedelta(days=1)


def _as_marked_up(reading: Reading, match: re.Match[str], marked: str) -> Reading:
    """A weekday alone inside a ``<time>`` names the date of its ``datetime``
    ("<time datetime="2026-03-03">Monday</time>"): it keeps its weekday beside
    that date, so a weekday the date does not fall on is seen.  A clock time
    in a zone may fall on the day before or after the one the page shows
    ("2026-03-04T02:00Z" for a Tuesday evening in New York): the neighbour
    that is the weekday shown is then the date (none at the calendar's ends)."""
    date = dt.date.fromisoformat(marked[:10])
    weekday = weekday_number(match["w_wd"])
    if date.weekday() != weekday and _ZONED.search(marked) and reckonable(date.year):
        date = next((d for d in (date - _ONE_DAY, date + _ONE_DAY) if d.weekday() == weekday), date)
    _, t, part_of_day = reading.value.partition("T")  # "Monday morning": TMO
    return reading._replace(
        value=date.isoformat() + t + part_of_day, date=date, anchoring="absolute", weekday=weekday
    )


def _plausible_years(reading: Reading) -> tuple[int, ...]:
    """The years a year-less date can belong to, on the side its tense points to."""
    date, anchor = reading.date, reading.anchor
    if reading.anchoring != "yearless" or anchor is None or date is None:
        return ()
    direction = reading.direction
    if direction is None:
        direction = DIRECTIONS.get(reading.tense or "", 0)
    return tuple(plausible_years(anchor, date.month, date.day, direction))
