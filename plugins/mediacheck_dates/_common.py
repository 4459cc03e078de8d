"""Helpers shared by the date rules: how to name a date, where the
publication date came from, which expressions a rule should not judge."""

from __future__ import annotations

import datetime as dt

from mediacheck import Document, Evidence, TemporalExpression

__all__ = ["WEEKDAY_NAMES", "human", "published_evidence", "quoted"]

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


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
    line = document.published_line
    if document.published_from == "dateline" and line is not None:
        return Evidence(note + " (from the dateline)", line)
    if line is not None:
        return Evidence(note, line)
    return Evidence(note + " (given with the document)")
