"""Headline, byline, dateline, publication date and paragraphs.

Plain-text news has conventions, not markup: a first line followed by a
blank line is the headline, a "By ..." line the byline, a leading
"CITY, Month Day (Agency) —" the dateline, a "Published ..." line the date.
"""

from __future__ import annotations

import datetime as dt
import re

from mediacheck.analysis.calendar import MONTH_PATTERN, explicit_date
from mediacheck.model import Document, new_paragraph, with_fields

__all__ = ["read_structure"]

_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_BYLINE = re.compile(r"^(?:By|BY|by)\s+[A-Z][^\n]{1,100}$")
_DATELINE = re.compile(
    rf"(?:[A-Z][A-Za-z.'\-]*(?:[ ,]+[A-Z][A-Za-z.'\-]*){{0,4}},?\s+)?"
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*)?"
    r"(?:\((?:[A-Z][A-Za-z.&' ]{0,30})\)\s*)?[—–-]{1,2}\s"
)
_DATED_LINE = re.compile(r"^(?:Published|Updated|Posted|First published)\b[^\n]{0,80}$", re.I)
#: Lines longer than this are not hard-wrapped prose, so a single line break
#: after one ends a paragraph.
_UNWRAPPED = 100


def _paragraph_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans = []
    for block in _BLOCK.finditer(text, start):
        a, b = block.span()
        # trim surrounding white space so spans start and end on text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        # a long line followed by a single line break is a paragraph of its own
        line_start = a
        while True:
            nl = text.find("\n", line_start, b)
            if nl == -1:
                break
            if nl - line_start > _UNWRAPPED:
                spans.append((a, nl))
                a = nl + 1
            line_start = nl + 1
        spans.append((a, b))
    return [s for s in spans if s[0] < s[1]]


def read_structure(
    document: Document, *, published: dt.date | None, fallback: dt.date | None
) -> Document:
    """The document with headline, byline, dateline, published and paragraphs."""
    text = document.text
    blocks = _paragraph_spans(text, 0)
    headline = byline = dateline = None
    published_from = "given" if published else None
    body = list(blocks)
    if len(body) > 1:
        a, b = body[0]
        first = text[a:b]
        if (
            "\n" not in first
            and len(first) <= 300
            and not first.rstrip().rstrip("\"”’'").endswith((".", ":", ","))
            and not _BYLINE.match(first)
            and not _DATED_LINE.match(first)
        ):
            headline = document.span(a, b)
            body.pop(0)
    for i, (a, b) in enumerate(body[:3]):
        if _BYLINE.match(text[a:b]):
            byline = document.span(a, b)
            body.pop(i)
            break
    for i, (a, b) in enumerate(body[:3]):
        line = text[a:b]
        if _DATED_LINE.match(line):
            found = explicit_date(line)
            if found and published is None:
                published, published_from = found, "line"
            body.pop(i)
            break
    if body:
        a, b = body[0]
        match = _DATELINE.match(text, a, b)
        if match and match.end() - a < 80:
            dateline = document.span(a, match.end())
            found = explicit_date(dateline.text)
            if found and published is None:
                published, published_from = found, "dateline"
    if published is None and fallback is not None:
        published, published_from = fallback, "given"
    # the headline, byline and dated line stay paragraphs: checks read them too
    span = document.span
    paragraphs = tuple(new_paragraph(span(a, b), i) for i, (a, b) in enumerate(blocks))
    return with_fields(
        document,
        headline=headline,
        byline=byline,
        dateline=dateline,
        published=published,
        published_from=published_from,
        paragraphs=paragraphs,
    )
