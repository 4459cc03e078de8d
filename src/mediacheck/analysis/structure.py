"""Headline, byline, dateline, publication date and paragraphs.

Plain-text news has conventions, not markup: a first line followed by a
blank line is the headline, a "By ..." line the byline, a leading
"CITY, Month Day (Agency) —" (or "CITY, 3 December 2026 —", or a press
release's "CITY, Month Day, Year /PRNewswire/ --") the dateline, a
"Published ..." line the date; a press release's title stands under its
"FOR IMMEDIATE RELEASE".
Under the headline a line that holds a full date and nothing else (a time,
a weekday, a byline before it: "Dec. 30, 2024", "March 8, 2024 at 11:45
p.m. EST", "By Ann Lee | March 8, 2024", "Ann Lee · 8 March 2024") dates the
article too; a sentence that merely opens with a date holds more than that.
"""

from __future__ import annotations

import datetime as dt
import re

from mediacheck.analysis import _regex
from mediacheck.analysis.calendar import (
    MONTH_PATTERN,
    explicit_date,
    reckonable,
    title_case_names,
)
from mediacheck.model import Document, Span, new_paragraph, with_fields

__all__ = ["read_structure"]

#: A paragraph: lines up to a blank one (a line ending may be CRLF, so a
#: blank line may hold a carriage return).
_BLOCK = _regex.compile(r"[^\n]+(?:\n(?![ \t\r]*\n)[^\n]*)*")
_BYLINE = _regex.compile(r"^(?:By|BY|by)\s+[A-Z][^\n]{1,100}$")
_DATELINE = _regex.compile(
    rf"(?:[A-Z][A-Za-z.'\-]*(?:[ ,]+[A-Z][A-Za-z.'\-]*){{0,4}},?\s+)?"
    rf"(?:(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTH_PATTERN}(?:\s+\d{{4}})?)\s*)?"
    # the agency in brackets, or a newswire's between slashes ("/PRNewswire/ --")
    r"(?:(?:\((?:[A-Z][A-Za-z.&' ]{0,30})\)|/[A-Z][A-Za-z.&' -]{0,30}/)\s*)?[—–-]{1,2}(?:\s|$)"
)
#: The line a press release opens with, above its title: no headline.
_RELEASE_KICKER = _regex.compile(r"(?:FOR IMMEDIATE RELEASE|(?:PRESS|NEWS|MEDIA) RELEASE)[ \t]*")
#: A dateline names a place or a date; a dash alone on its line is a rule.
_PLACE_OR_DATE = _regex.compile(r"[^\W\d_]")
#: What opens a line that dates the article: "Published", "Updated", "Last
#: modified on" (as the Guardian prints it).
_DATED = r"(?:Published|Updated|Posted|First\s+published|Last\s+(?:updated|modified)|Modified)"
_DATED_LINE = _regex.compile(rf"^{_DATED}\b[^\n]{{0,80}}$", re.I)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)"
_TIME = (
    # "4:40 p.m.", "4.40pm", "16:40", and "16.40" as British pages print it
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[AaPp]\.?[Mm]\b\.?)|\d{1,2}[:.]\d\d)"
    r"(?:\s+\(?[A-Z]{1,4}\)?(?![\w.]))?"
)
#: A date with its year, maybe a weekday before it and a time on either side:
#: the whole of a line that dates the article.
_STAMP = (
    rf"(?:{_TIME}\s*(?:,|\bon\b)?\s*)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH_PATTERN},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
    rf"(?:\s*(?:,|[|·•/]|[—–-]|\bat\b|T)?\s*(?:at\s+)?{_TIME})?"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|da|del|la|le|bin)){0,5}"
#: A stamp alone, or after a byline: "By Ann Lee | March 8, 2024" (a comma
#: will do after "By"), "Ann Lee · 8 March 2024" (a bullet or bar without it).
_STAMP_LINE = _regex.compile(
    rf"(?:(?P<by>(?:By|BY)\s+(?!{_WEEKDAY}|{MONTH_PATTERN}\s+\d)[A-Z][^\n|·•]{{0,80}}?)"
    rf"\s*(?:[|·•,]|\s[—–-])\s*|(?P<name>{_NAME})\s*[|·•]\s*)?"
    rf"(?:{_DATED}(?:\s+on)?\b:?\s*)?{_STAMP}[\s.]*"
)
#: A line of a header block beside its byline or date: a name, an outlet or a
#: title in capitals ("Staff Writer", "The Associated Press"), no sentence.
_NAME_LINE = _regex.compile(rf"(?:The\s+)?{_NAME}")
#: How many blocks under the headline may hold the byline and dated lines.
_HEADER_BLOCKS = 3
#: Lines longer than this are not hard-wrapped prose, so a single line break
#: before or after one ends a paragraph.
_UNWRAPPED = 100
#: How a paragraph opens: a capital, a digit or a quotation mark, maybe indented.
_OPENS_PARAGRAPH = _regex.compile(r"[ \t]*[\"“‘'(\[]?[A-Z0-9]")


#: Words a Title Case line leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(
    (
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor"),
        *("by", "with", "from", "as", "vs", "vs.", "per", "via", "into", "over", "off", "up"),
    )
)


def _title_over_text(text: str, start: int, end: int) -> bool:
    """Whether the text's first line, ``start``..``end``, is a title over the line
    after it, though no blank line parts them ("Council Approves New Budget" over
    "Officials said ..."): a line in Title Case, two capitalised words or more and
    no small word lowered first, not ending as a sentence or clause does, and a
    next line opening as a paragraph does.  The first line of hard-wrapped prose
    is not Title Case; a short line in sentence case may be either, and is kept."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 20 or text[start:end].rstrip().endswith((".", ",", ";", ":")):
        return False
    capitals = 0
    for word in words:
        bare = word.lstrip("\"“‘'(")
        if bare[:1].isupper() or bare[:1].isdigit():
            capitals += 1
        elif not capitals or bare.rstrip(",:;") not in _TITLE_SMALL_WORDS:
            return False
    return capitals >= 2 and _OPENS_PARAGRAPH.match(text, end + 1) is not None


def _paragraph_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for block in _BLOCK.finditer(text, start):
        a, b = block.span()
        # trim surrounding white space so spans start and end on text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        # a single line break next to a long line ends a paragraph: text with a
        # paragraph a line is not hard-wrapped, and its short lines (a headline
        # over the first paragraph, "The work will take six months.") stand alone;
        # before a long line, only where the long line opens as a paragraph does
        # (a stray break in running text, "a hate\ncrime, he said", is kept)
        line_start = a
        while True:
            nl = text.find("\n", line_start, b)
            if nl == -1:
                break
            after = text.find("\n", nl + 1, b)
            after = b if after == -1 else after
            if (
                nl - line_start > _UNWRAPPED
                or (after - nl - 1 > _UNWRAPPED and _OPENS_PARAGRAPH.match(text, nl + 1))
                or (not spans and line_start == a and _title_over_text(text, a, nl))
            ):
                spans.append((a, nl))
                a = nl + 1
            line_start = nl + 1
        spans.append((a, b))
    return [t for s in spans if (t := _trimmed(text, *s))[0] < t[1]]


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``a``..``b`` without white space at either end: a line split off may end
    in spaces ("No. 5 " over "A")."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _header_block(document: Document, a: int, b: int) -> tuple[Span | None, dt.date | None, bool]:
    """The byline and date of a block under the headline, and whether it is
    such a header block: every line of it a byline, a dated line or a stamp,
    or a name beside one ("By Ann Lee" over "Staff Writer" over a date)."""
    text = document.text
    byline, date, dated = None, None, False
    name: Span | None = None
    if b - a > 300:
        return None, None, False
    start = a
    while start < b:
        end = text.find("\n", start, b)
        end = b if end == -1 else end
        line = text[start:end].removesuffix("\r")
        if line.isupper():  # "TUESDAY, MARCH 3, 2026" dates the article too
            line = title_case_names(line)
        stamp = _STAMP_LINE.fullmatch(line)
        if stamp is not None:
            date, dated = date or explicit_date(line), True
            group = "by" if stamp["by"] else "name" if stamp["name"] else None
            if group and byline is None:
                byline = document.span(start + stamp.start(group), start + stamp.end(group))
        elif _DATED_LINE.match(line):
            date, dated = date or explicit_date(line), True
        elif _BYLINE.match(line):
            byline = byline or document.span(start, end)
        elif (start > a or end < b) and _NAME_LINE.fullmatch(line):
            # a line of names counts beside a byline or a date in its block
            if name is None and not dated:
                name = document.span(start, end)
        else:
            return None, None, False
        start = end + 1
    if not dated and byline is None:
        return None, None, False
    return byline or name, date, True  # "Ann Lee" over "March 8, 2024" is the byline


def read_structure(
    document: Document, *, published: dt.date | None, fallback: dt.date | None
) -> Document:
    """The document with headline, byline, dateline, published and paragraphs."""
    text = document.text
    blocks = _paragraph_spans(text, 0)
    headline = byline = dateline = published_line = None
    published_from = "given" if published else None
    body = list(blocks)
    if body:
        # "Fair opens" over "By Ann Lee" over "Published July 20, 2026" with single
        # line breaks (a page's <br>s): the lines under the title are its header
        a, b = body[0]
        nl = text.find("\n", a, b)
        if nl != -1 and _header_block(document, nl + 1, b)[2]:
            body[0:1] = [(a, nl), (nl + 1, b)]
    if len(body) > 2 and _RELEASE_KICKER.fullmatch(text, *body[0]):
        body.pop(0)  # "FOR IMMEDIATE RELEASE": the title under it is the headline
    if len(body) > 1:
        a, b = body[0]
        first = text[a:b]
        if (
            "\n" not in first
            and len(first) <= 300
            and not first.rstrip().rstrip("\"”’'").endswith((".", ":", ","))
            and not _BYLINE.match(first)
            and not _DATED_LINE.match(first)
            and not _STAMP_LINE.fullmatch(first)
        ):
            headline = document.span(a, b)
            body.pop(0)
    kept: list[tuple[int, int]] = []
    for position, (a, b) in enumerate(body):
        if position - len(kept) >= _HEADER_BLOCKS or len(kept) >= _HEADER_BLOCKS:
            kept += body[position:]
            break
        found_byline, found_date, header = _header_block(document, a, b)
        if not header:
            kept.append((a, b))
            continue
        if byline is None:
            byline = found_byline
        if found_date and published is None:
            published, published_from = found_date, "line"
            published_line = document.span(a, b)
    body = kept
    if body:
        a, b = body[0]
        match = _DATELINE.match(text, a, b)
        if match and match.end() - a < 80 and _PLACE_OR_DATE.search(match.group()):
            dateline = document.span(a, match.end())
            found = explicit_date(dateline.text)
            if found and published is None:
                published, published_from = found, "dateline"
                published_line = dateline
    if published is None and fallback is not None:
        published, published_from = fallback, "given"
    if published is not None and not reckonable(published.year):
        # a placeholder for no date (a CMS's 0001-01-01): no day is reckoned from it
        published = published_from = published_line = None
    # the headline, byline and dated line stay paragraphs: checks read them too
    span = document.index.span if document.index is not None else document.span
    paragraphs = tuple([new_paragraph(span(a, b), i) for i, (a, b) in enumerate(blocks)])
    return with_fields(
        document,
        headline=headline,
        byline=byline,
        dateline=dateline,
        published=published,
        published_from=published_from,
        published_line=published_line,
        paragraphs=paragraphs,
    )
