"""Helpers shared by the date rules: how to name a date, where the
publication date came from, which expressions a rule should not judge."""

from __future__ import annotations

import datetime as dt
import re

from mediacheck import Document, Evidence, TemporalExpression

__all__ = ["WEEKDAY_NAMES", "human", "published_evidence", "quoted"]

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATED_LINE = re.compile(r"(?:Published|Updated|Posted|First published)\b", re.I)


def human(date: dt.date) -> str:
    """'Wednesday, March 12, 2025': the form a reader checks against a calendar."""
    return f"{WEEKDAY_NAMES[date.weekday()]}, {date:%B} {date.day}, {date.year}"


def quoted(document: Document, expression: TemporalExpression) -> bool:
    """Dates in quotations are the speaker's, told at a time the article may not give."""
    return document.quote_at(expression.start, expression.end) is not None


def published_evidence(document: Document) -> Evidence:
    """Where the publication date was read, so the reader can check it too."""
    assert document.published is not None
    note = f"published {document.published.isoformat()}"
    if document.published_from == "dateline" and document.dateline is not None:
        return Evidence(note + " (from the dateline)", document.dateline)
    if document.published_from == "line":
        for paragraph in document.paragraphs[:4]:
            if _DATED_LINE.match(paragraph.text):
                return Evidence(note, paragraph.span)
    return Evidence(note + " (given with the document)")
