"""Credit lines: a dash and a name under words that are that name's.

A letters page, a vox pop, a pull quote or an embedded post sets someone's
words over a line of a dash and their name ("— Ana Ruiz, a reader", "--
Tom Ellis, Leeds", "— Rye Residents (@ryeresidents) November 24, 2026"),
with or without quotation marks.  The words above are the credited
person's: the quote when a speech quote fills them, else the paragraph (or
the lines of its own paragraph above the credit), and the paragraphs above it
when the layout makes them one letter (a block quote, a letters heading).  A quote that opens its
line may carry the credit on that line instead ('"Bread does not wait." —
his son, Tomas Reyes').  The dash is the cue: it is all that credits them.

Not credits: a dash opening a sentence ("— That was the message from Lee",
"— and then the lights went out"), the story's own credits ("— Reporting
by Tom Ellis", an agency's "— Reuters" under a paragraph), a date ("– Friday 30 October"), items
of a list set with dashes (a dash line beside another), words ending in a
colon (they introduce what follows), and a hyphen under words that are not
a quote (a hyphen opens list items).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Sequence

import attrs

from mediacheck.analysis import _regex
from mediacheck.analysis.calendar import MONTH_PATTERN
from mediacheck.analysis.lexicon import words
from mediacheck.analysis.sources import classify
from mediacheck.model import HEADINGS, Document, Paragraph, Quote, SourceKind

__all__ = ["Credit", "credit_lines"]

_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_DASH = r"(?P<dash>—|–|―|--|-(?=[ \t]))"
#: The credited name ('his son, Tomas Reyes', 'Harbour master Ana Costa', 'Siân
#: Hughes, a library user since 1979'), then maybe a handle and the date of a post
#: ('(@ryeresidents) November 24, 2026'), ending the line.
_CREDIT = (
    rf"[ \t]*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|By)\b"
    rf"|{MONTH_PATTERN}\s+\d)"
    rf"(?P<name>(?:{_CAPITAL}[\w.’'-]*|(?:her|his|their|its|the|a|an|one)\b)"
    rf"(?:,?[ \t]+(?:{_CAPITAL}[\w.’'-]*|[a-z\d][\w’'-]*)){{0,9}})"
    r"(?:[ \t]+(?P<handle>\(@[\w.]+\))(?:,?[ \t]+[\w.]+){0,4})?[ \t]*\.?[ \t]*(?=\r?\n|\Z)"
)
#: A credit on a line of its own (led by its line break, which the engine finds
#: fast), maybe inside a Markdown block quote ("> — Ana Ruiz").
_LINE = _regex.compile(rf"\n[ \t>]*{_DASH}{_CREDIT}")
#: A credit after a quote, on the quote's line.
_SAME_LINE = _regex.compile(rf"[ \t]*{_DASH}{_CREDIT}")
#: A line that opens with a dash: an item of a list, when next to another.
_DASH_LINE = _regex.compile(r"[ \t>]*(?:—|–|―|--|-[ \t])")
#: Words that make the line after a dash a sentence, not a name; 'by' makes it the
#: story's own credit ('— Reporting by Tom Ellis', '— Compiled by Ana Ruiz').
_NOT_NAME = words(
    """is are was were be been has have had will would could should can may might must do does
    did not that which who whom then when if because but so than while by"""
)
#: A paragraph of a block quote in plain text, its marks kept: "> ...".
_QUOTED = _regex.compile(r"[ \t]*>")
#: A heading over readers' letters: what stands between it and a credit line is a
#: letter, however many paragraphs it runs to.
_LETTERS_HEADING = _regex.compile(
    r"[ \t]*(?i:(?:readers['’]?\s+)?letters(?:\s+to\s+the\s+editor)?|your\s+(?:views|letters|say)"
    r"|mailbag|postbag)[ \t]*:?[ \t]*"
)
#: Closing marks that may follow a quote filling the words above a credit.
_AFTER_QUOTE = " \t\r.,;"


@attrs.frozen
class Credit:
    """Words credited by a credit line, in offsets."""

    #: The credited words: the quote, or the paragraph above.
    content: tuple[int, int]
    #: The name the credit line gives.
    name: tuple[int, int]
    #: The dash before it.
    dash: tuple[int, int]
    #: The index of the quote that is the content, if one is.
    quote: int | None = None
    #: The kind of source the credit line tells, where the name alone may not:
    #: an account's handle makes 'Rye Residents (@ryeresidents)' a body by its
    #: name, not a vague group.  None leaves the name to be classified.
    kind: SourceKind | None = None


def credit_lines(
    document: Document, speech: Sequence[Quote], verbs: Container[str]
) -> list[Credit]:
    """The credit lines of ``document`` and what each credits; ``speech`` are the
    speech quotes in order, ``verbs`` the forms of cue verbs (they make a sentence)."""
    text = document.text
    credits = [c for m in _LINE.finditer(text) if (c := _above(document, speech, verbs, m))]
    for quote in speech:
        same = _SAME_LINE.match(text, quote.end)
        if same is None or not _names(same, verbs):
            continue
        line = text.rfind("\n", 0, quote.start) + 1
        if not text[line : quote.start].strip(" \t>"):
            # a quote opening its line ('... he wrote "..." — and then left' is a sentence)
            credits.append(_credit(same, (quote.start, quote.end), quote.index))
    return credits


def _above(
    document: Document, speech: Sequence[Quote], verbs: Container[str], line: re.Match[str]
) -> Credit | None:
    """What the credit line ``line`` credits: the words above it, if any."""
    text = document.text
    if not _names(line, verbs) or _list_item_after(text, line.end()):
        return None
    end = len(text[: line.start()].rstrip(" \t\r\n>"))
    if end <= _header_end(document) or text[end - 1] == ":":
        return None  # the headline's, or words that introduce what follows
    if _DASH_LINE.match(text, text.rfind("\n", 0, end) + 1):
        return None  # a list set with dashes
    paragraphs = document.paragraphs
    paragraph = paragraphs[bisect.bisect_right(paragraphs, end - 1, key=_start) - 1].span.start
    start = end - len(text[paragraph:end].lstrip(" \t>"))
    quote = _filling(text, speech, start, end)
    if quote is not None:
        return _credit(line, (quote.start, quote.end), quote.index)
    if line.group("dash") == "-":
        return None  # a hyphen opens list items too: only a quote above makes it a credit
    index = bisect.bisect_right(paragraphs, start, key=_start) - 1
    credit = _credit(line, (_letter_start(document, index, start), end), None)
    if classify(text[credit.name[0] : credit.name[1]]) is SourceKind.OUTLET:
        return None  # '— Reuters' under the last paragraph: the wire's credit for the story
    return credit


def _letter_start(document: Document, index: int, start: int) -> int:
    """Where the letter that paragraph ``index`` ends starts: the paragraphs above
    it belong to it when the layout says so, a run of block-quoted paragraphs ('> '
    kept in plain text), or the paragraphs after a heading over readers' letters
    ('Your views', 'Letters to the editor') or after the credit line of the letter
    before.  Elsewhere only the paragraph above is the credited name's: the
    article's own prose above it is not."""
    text = document.text
    paragraphs = document.paragraphs
    if _QUOTED.match(text, paragraphs[index].span.start):
        while index > 0 and _QUOTED.match(text, paragraphs[index - 1].span.start):
            if _LINE.match(text, paragraphs[index - 1].span.start - 1):
                break  # the credit line of the letter before
            index -= 1
        opening = paragraphs[index].span
        return min(start, opening.end - len(text[opening.start : opening.end].lstrip(" \t>")))
    headings = set(document.metadata.get(HEADINGS, ()))
    header = _header_end(document)
    first = index
    for k in range(index - 1, -1, -1):
        span = paragraphs[k].span
        if span.start < header:
            return start
        if _LETTERS_HEADING.fullmatch(text, span.start, span.end):
            return paragraphs[first].span.start if first < index else start
        if span.start in headings:
            return start  # a heading of the article's own
        if _LINE.match(text, span.start - 1):
            # the credit line of the letter before: this one starts after it, if a
            # heading over letters stands above
            return _after_letters_heading(document, k, paragraphs[k + 1].span.start, start)
        first = k
    return start


def _after_letters_heading(document: Document, index: int, letter: int, start: int) -> int:
    """``letter`` if a heading over readers' letters stands above paragraph
    ``index`` with no heading of the article's own between, else ``start``."""
    text = document.text
    headings = set(document.metadata.get(HEADINGS, ()))
    for k in range(index - 1, -1, -1):
        span = document.paragraphs[k].span
        if _LETTERS_HEADING.fullmatch(text, span.start, span.end):
            return letter
        if span.start in headings or span.start < _header_end(document):
            return start
    return start


def _start(paragraph: Paragraph) -> int:
    return paragraph.span.start


def _names(credit: re.Match[str], verbs: Container[str]) -> bool:
    """Whether the words after the dash are a name, not a sentence ("— That was the
    message from Lee")."""
    return not any(w in _NOT_NAME or w in verbs for w in credit.group("name").split())


def _credit(line: re.Match[str], content: tuple[int, int], quote: int | None) -> Credit:
    start, end = name = _name(line)
    account = line.group("handle") is not None
    kind = None
    if account and classify(line.string[start:end]) is SourceKind.VAGUE:
        kind = SourceKind.ORGANIZATION
    return Credit(content, name, line.span("dash"), quote, kind)


def _name(credit: re.Match[str]) -> tuple[int, int]:
    """The mention a credit names: a name up to its comma ('Ana Ruiz, a reader', as
    '"...," said Ana Ruiz, a reader' gives it), or the whole of a role the name
    after its comma fills in ('his son, Tomas Reyes')."""
    start, end = credit.span("name")
    comma = credit.group("name").find(",")
    return (
        (start, start + comma) if comma > 0 and credit.group("name")[0].isupper() else (start, end)
    )


def _list_item_after(text: str, end: int) -> bool:
    """Whether the next line holding words opens with a dash too: a list."""
    rest = len(text) - len(text[end:].lstrip(" \t\r\n>"))
    return rest < len(text) and _DASH_LINE.match(text, text.rfind("\n", 0, rest) + 1) is not None


def _header_end(document: Document) -> int:
    parts = (document.headline, document.byline, document.dateline)
    return max((part.end for part in parts if part is not None), default=0)


def _filling(text: str, speech: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The speech quote that fills ``start``..``end``: it ends there (a full stop
    may follow) and opens its line or runs on from an earlier paragraph."""
    i = bisect.bisect_left(speech, end, key=_quote_start) - 1
    while i >= 0 and speech[i].end > start:
        quote = speech[i]
        if quote.end <= end and not text[quote.end : end].strip(_AFTER_QUOTE):
            line = text.rfind("\n", 0, quote.start) + 1
            if quote.start <= start or not text[max(line, start) : quote.start].strip(" \t>"):
                return quote
        i -= 1
    return None


def _quote_start(quote: Quote) -> int:
    return quote.start
