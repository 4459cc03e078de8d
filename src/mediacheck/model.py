"""The document model: an article analysed once, shared by every check.

Everything here is frozen.  Checks read the model and never change it, so the
same analysis can be handed to any number of plugins in any order.  Every
element carries exact offsets into :attr:`Document.text`, which is the user's
own text, so ``document.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
import operator
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

__all__ = [
    "Attribution",
    "Document",
    "Link",
    "Note",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Sentence",
    "SourceKind",
    "Span",
    "TemporalExpression",
    "TextIndex",
]


@attrs.frozen(slots=True)
class Span:
    """A stretch of the document's text.

    ``line`` and ``column`` are 1-based and count characters, as editors and
    compilers report them.
    """

    start: int
    end: int
    text: str
    line: int = 1
    column: int = 1

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, start: int, end: int | None = None) -> bool:
        """Whether the offsets ``start``..``end`` lie inside this span."""
        end = start if end is None else end
        return self.start <= start and end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


_bisect_right = bisect.bisect_right
_SPAN_FIELDS = ("start", "end", "text", "line", "column")
if tuple(field.name for field in attrs.fields(Span)) != _SPAN_FIELDS:  # pragma: no cover
    raise TypeError("TextIndex.span must set every field of Span")
_SPAN_SLOTS = tuple(Span.__dict__[name].__set__ for name in _SPAN_FIELDS)


class TextIndex:
    """Turns offsets into spans with line and column, for one text.

    Built once per document; a lookup is a binary search over line starts.
    """

    __slots__ = ("_line_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def span(
        self,
        start: int,
        end: int,
        _new: Any = object.__new__,
        _set_start: Any = _SPAN_SLOTS[0],
        _set_end: Any = _SPAN_SLOTS[1],
        _set_text: Any = _SPAN_SLOTS[2],
        _set_line: Any = _SPAN_SLOTS[3],
        _set_column: Any = _SPAN_SLOTS[4],
    ) -> Span:
        """``Span(start, end, text[start:end], line, column)`` without the
        frozen class's per-field ``object.__setattr__`` calls, its fields set
        through their slots in one frame: the analysis builds about 150 spans
        an article, and this way each costs some 40% less."""
        starts = self._line_starts
        line = _bisect_right(starts, start)
        span: Span = _new(Span)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, self.text[start:end])
        _set_line(span, line)
        _set_column(span, start - starts[line - 1] + 1)
        return span


class QuoteKind(str, enum.Enum):
    """What a pair of quotation marks encloses."""

    #: Words someone said or wrote, to be credited to a speaker.
    SPEECH = "speech"
    #: A word or short phrase held at a distance ('fatal', 'war rhetoric'), a
    #: name or a title: not speech, needs no speaker.
    SCARE = "scare"

    def __str__(self) -> str:
        return self.value


class SourceKind(str, enum.Enum):
    """Who stands behind an attributed claim."""

    PERSON = "person"
    ORGANIZATION = "organization"
    #: A news organisation: Reuters, Ukraine.ru, "the newspaper".
    OUTLET = "outlet"
    #: A report, poll, study, statement or data set.
    DOCUMENT = "document"
    #: Analysts, experts, critics, "sources", "reports", many, some, others.
    VAGUE = "vague"
    #: A named-but-unnamed individual: "a person familiar with the matter".
    ANONYMOUS = "anonymous"
    #: Agentless: "it was reported that ...".
    NONE = "none"

    def __str__(self) -> str:
        return self.value


class _Spanned:
    """Gives an element holding a ``span`` the span's own attributes."""

    __slots__ = ()
    span: Span

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column


@attrs.frozen(slots=True)
class Paragraph(_Spanned):
    """A block of text separated from its neighbours by a blank line (or a
    line break in corpora that put one paragraph on each line)."""

    span: Span
    index: int


@attrs.frozen(slots=True)
class Sentence(_Spanned):
    span: Span
    index: int
    #: Index of the paragraph that holds the sentence's start.
    paragraph: int


@attrs.frozen(slots=True)
class Quote(_Spanned):
    """A quotation: the marks and what they enclose.

    ``span`` includes the quotation marks, ``inner`` excludes them.  A quote
    that runs across a paragraph break (news style reopens the quote mark at
    the next paragraph) is one quote.
    """

    span: Span
    inner: Span
    kind: QuoteKind
    index: int
    #: Index of the sentence that holds the quote's start.
    sentence: int
    #: Index of the enclosing quote when nested, else None.
    parent: int | None = None

    @property
    def is_speech(self) -> bool:
        return self.kind is QuoteKind.SPEECH


@attrs.frozen(slots=True)
class Attribution:
    """A claim credited to a source: who (source), how (cue), what (content).

    ``speaker`` is the resolved name ("Mark Rutte" for a "he" that refers to
    him, with titles stripped); ``source`` is the mention as it stands in the
    text.  ``quotes`` holds the indices of the direct quotes that make up the
    content, empty for indirect speech.
    """

    content: Span
    source: Span | None
    speaker: str | None
    source_kind: SourceKind
    cue: Span | None
    index: int
    quotes: tuple[int, ...] = ()

    @property
    def is_direct(self) -> bool:
        return bool(self.quotes)


@attrs.frozen(slots=True)
class TemporalExpression(_Spanned):
    """A date or time expression normalised as a TIMEX3 value.

    ``type`` is one of ``DATE``, ``TIME``, ``DURATION``, ``SET``; ``value`` is
    the TIMEX3 value (``2025-12-19``, ``XXXX-12-19`` when no year can be
    known, ``PAST_REF``, ``P3Y`` ...).
    """

    span: Span
    type: str
    value: str
    index: int
    #: The date the value was resolved against, if any.
    anchor: dt.date | None = None
    #: The calendar day the expression names, when it names a whole day that
    #: is known ("Dec. 19" in a dated article, "yesterday"), else None.
    date: dt.date | None = None
    #: How the value was reached: "absolute" (the text gives the year),
    #: "yearless" (month and day, the year taken from ``anchor``), "relative"
    #: (counted from ``anchor``: "yesterday", "Friday", "last week"),
    #: "narrative" ("three years later": counted from the expression at
    #: index ``anchored_on``) or "reference" (``PRESENT_REF`` and the like).
    anchoring: str = "absolute"
    #: Index of the earlier expression a "narrative" one counts from.
    anchored_on: int | None = None
    #: Tense of the clause the expression sits in, as far as it can be told:
    #: "past", "present", "future", "conditional" (if, unless, would ...),
    #: "future-in-past" (a plan told from the past: "agreed to hold the vote
    #: on Monday"), or None.
    tense: str | None = None
    #: The weekday (0 is Monday) named together with a date ("Friday, Dec. 19").
    weekday: int | None = None
    #: False for a date that is on no calendar: February 30, a 13th month.
    valid: bool = True
    #: For a "yearless" date with an ``anchor``, the years its month and day
    #: can belong to: of the anchor's year and the years either side, those
    #: on the side the ``tense`` points to (back for "past", ahead for
    #: "future", a day's slack allowed), in order.  ``date`` took its year
    #: from them (the one a named ``weekday`` fits, if any); a check can say
    #: which years a weekday fits none of.  Empty for any other expression.
    plausible_years: tuple[int, ...] = ()
    #: The date the page's markup gives the text the expression stands in,
    #: as written (HTML's ``<time datetime="2026-03-03T09:00Z">``: an ISO
    #: date, perhaps with a time and a zone), or None.  A weekday alone takes
    #: its ``date`` from it; any other expression keeps what its text says,
    #: so a check can compare the two.
    marked: str | None = None


@attrs.frozen(slots=True)
class Note(_Spanned):
    """A note the text refers to by a mark (Markdown's ``claim[^1]``, HTML's
    ``<sup><a href="#fn1">1</a></sup>``): a footnote that often names the
    source of the sentence marked.

    The mark itself is no text (the inputs drop it, as a reader skips it), so
    a reference is an offset: where the mark stood, just after the text it
    follows ("last year." ends there, so a reference after a sentence's full
    stop is at the sentence's ``end``).  ``span`` is the note's own text,
    which stands in the document as a paragraph of its own.
    """

    span: Span
    #: The note's label as written ("1", "ons").
    label: str
    #: Where each reference to the note stands in the text, in order.
    references: tuple[int, ...]
    index: int


@attrs.frozen(slots=True)
class Link(_Spanned):
    """Words linked to another page (HTML's ``<a href>``, Markdown's
    ``[words](url)``, ``[words][ref]``, ``<https://...>``): on a source's
    words, often the source itself, a report or a statement a reader can open."""

    span: Span
    #: The address as written.
    url: str
    index: int


_T = TypeVar("_T")


def _positional(cls: type[_T]) -> Callable[..., _T]:
    """A constructor for the slotted, frozen attrs class ``cls`` that takes
    every field, in order, and sets each through its slot, as
    :meth:`TextIndex.span` does: a quarter to a third cheaper than
    ``cls(...)``, which goes through ``object.__setattr__`` once a field.
    The analysis builds every paragraph, sentence, quote, attribution and
    temporal expression this way; the class must check and convert nothing,
    or the two would differ."""
    fields = attrs.fields(cls)  # type: ignore[arg-type]  # cls is an attrs class
    if hasattr(cls, "__attrs_post_init__") or any(  # pragma: no cover
        f.converter is not None or f.validator is not None for f in fields
    ):
        raise TypeError(f"{cls.__name__} is built with more than its fields")
    names = [f.name for f in fields]
    source = "\n".join(
        [f"def new({', '.join(names)}):", "    new = _new(_cls)"]
        + [f"    _set_{name}(new, {name})" for name in names]
        + ["    return new"]
    )
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    namespace |= {f"_set_{name}": cls.__dict__[name].__set__ for name in names}
    exec(source, namespace)  # the source is built from the field names above
    new: Callable[..., _T] = namespace["new"]
    return new


#: ``Paragraph(span, index)`` and the like, every field given, built faster.
new_paragraph = _positional(Paragraph)
new_sentence = _positional(Sentence)
new_quote = _positional(Quote)
new_temporal = _positional(TemporalExpression)
new_attribution = _positional(Attribution)

_EMPTY: Mapping[str, Any] = MappingProxyType({})
#: The metadata key under which an input format gives the dates its markup
#: attaches to spans of the text: a tuple of ``{"start", "end", "datetime"}``
#: (offsets into the text, the ``datetime`` as written: an ISO date, perhaps
#: with a time and a zone after it), from HTML's ``<time datetime>``.  The
#: temporal stage reads a weekday inside one against that date, and gives
#: every expression inside one its ``marked``.
TIME_ELEMENTS = "time_elements"
#: The metadata key under which an input format gives the notes its markup
#: links the text to: a tuple of ``{"label", "start", "end", "references"}``
#: (the note's text as offsets into the text, and the offsets where marks
#: referring to it stood), from Markdown's ``[^1]`` and HTML's links to a
#: note.  The analysis makes them :attr:`Document.notes`.
NOTES = "notes"
#: The metadata key under which an input format gives the links of its
#: markup: a tuple of ``{"start", "end", "url"}`` (the linked words as
#: offsets into the text, and the address as written; links into the page
#: itself are no such link).  The analysis makes them :attr:`Document.links`.
LINKS = "links"
#: The metadata key under which an input format gives where its headings
#: start: a tuple of offsets into the text, one per heading (Markdown's
#: ``#`` lines, HTML's ``<h1>`` to ``<h6>``).  A sub-heading ends the list
#: above it, which a check cannot tell from the text alone.
HEADINGS = "headings"


def _start(element: Sentence) -> int:
    return element.span.start


_ByStart = tuple[list[int], list[int], list[int]]


def _by_start(spans: list[Span]) -> _ByStart:
    """The positions of ``spans`` ordered by start, those starts, and the
    running maximum of the ends in that order."""
    starts = [span.start for span in spans]
    if all(map(operator.le, starts, starts[1:])):  # as the analysis makes them
        return list(range(len(spans))), starts, list(itertools.accumulate(_ends(spans), max))
    order = sorted(range(len(spans)), key=starts.__getitem__)
    ordered = [spans[i] for i in order]
    return order, [span.start for span in ordered], list(itertools.accumulate(_ends(ordered), max))


def _ends(spans: list[Span]) -> list[int]:
    return [span.end for span in spans]


class _Lookups:
    """Indexes over one document's quotes and attributions, each built at its
    first lookup and kept: a lookup is then a binary search and a short walk,
    not a scan of every element, so a long article costs in proportion to its
    length.  A walk goes back from the last element that starts early enough
    and stops where the running maximum of the ends says no earlier one can
    still enclose the offsets."""

    __slots__ = ("_attributions", "_credits", "_cues", "_quotes")

    def __init__(self) -> None:
        self._quotes: _ByStart | None = None
        self._attributions: _ByStart | None = None
        self._cues: tuple[list[int], list[int]] | None = None
        self._credits: dict[int, tuple[Attribution, ...]] | None = None

    def quotes(self, quotes: tuple[Quote, ...]) -> _ByStart:
        if self._quotes is None:
            self._quotes = _by_start([quote.span for quote in quotes])
        return self._quotes

    def attributions(self, attributions: tuple[Attribution, ...]) -> _ByStart:
        """By the start of their content."""
        if self._attributions is None:
            self._attributions = _by_start([a.content for a in attributions])
        return self._attributions

    def cues(self, attributions: tuple[Attribution, ...]) -> tuple[list[int], list[int]]:
        """The positions of the attributions with a cue, ordered by the cue's
        start, and those starts."""
        if self._cues is None:
            cues = [(a.cue.start, i) for i, a in enumerate(attributions) if a.cue is not None]
            cues.sort()
            self._cues = ([i for _, i in cues], [start for start, _ in cues])
        return self._cues

    def credits(self, attributions: tuple[Attribution, ...]) -> dict[int, tuple[Attribution, ...]]:
        """The attributions crediting each quote, by the quote's index."""
        if self._credits is None:
            credits: dict[int, list[Attribution]] = {}
            for attribution in attributions:
                for index in dict.fromkeys(attribution.quotes):
                    credits.setdefault(index, []).append(attribution)
            self._credits = {index: tuple(found) for index, found in credits.items()}
        return self._credits


def _freeze_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if not value:
        return _EMPTY
    if isinstance(value, MappingProxyType):
        return value
    return MappingProxyType(dict(value))


@attrs.frozen(slots=True)
class Document:
    """One article, analysed.

    ``text`` is exactly the input (for plain-text files and corpus lines), so
    offsets point into the user's own file.
    """

    text: str
    id: str = ""
    headline: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None
    published: dt.date | None = None
    #: Where ``published`` came from: "given", "dateline", "line" or None.
    published_from: str | None = None
    #: The header line ``published`` was read from when it came from the
    #: text ("Published March 8, 2024", "By Ann Lee | March 8, 2024", the
    #: dateline), so a check can point the reader at it.
    published_line: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    temporal: tuple[TemporalExpression, ...] = ()
    #: The notes the text refers to by a mark, in order of their text.
    notes: tuple[Note, ...] = ()
    #: The words linked to another page, in order.
    links: tuple[Link, ...] = ()
    #: What the input said about the document (url, outlet, path ...).
    metadata: Mapping[str, Any] = attrs.field(default=_EMPTY, converter=_freeze_mapping)
    #: Results of analysis plugins, keyed by the name they declared.
    extras: Mapping[str, Any] = attrs.field(default=_EMPTY, converter=_freeze_mapping)
    index: TextIndex | None = attrs.field(default=None, eq=False, repr=False)
    #: The lookups' indexes, built at the first lookup (see :class:`_Lookups`).
    _lookups: _Lookups | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def _lookup(self) -> _Lookups:
        lookups = self._lookups
        if lookups is None:
            lookups = _Lookups()
            object.__setattr__(self, "_lookups", lookups)  # a cache: the document is unchanged
        return lookups

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` for ``text[start:end]`` with its line and column."""
        index = self.index
        if index is None:
            index = TextIndex(self.text)
        return index.span(start, end)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, if any."""
        i = bisect.bisect_right(self.sentences, offset, key=_start) - 1
        if i >= 0 and offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None

    def quote_at(self, start: int, end: int | None = None) -> Quote | None:
        """The innermost quote whose marks enclose ``start``..``end``."""
        end = start if end is None else end
        quotes = self.quotes
        order, starts, reach = self._lookup().quotes(quotes)
        for i in range(_bisect_right(starts, start) - 1, -1, -1):
            if reach[i] < end:
                break
            if end <= quotes[order[i]].span.end:
                return quotes[order[i]]
        return None

    def quotes_covering(self, start: int, end: int | None = None) -> tuple[Quote, ...]:
        """The quotes whose marks enclose ``start``..``end``, in order (the
        outermost first)."""
        end = start if end is None else end
        quotes = self.quotes
        order, starts, reach = self._lookup().quotes(quotes)
        enclosing = []
        for i in range(_bisect_right(starts, start) - 1, -1, -1):
            if reach[i] < end:
                break
            if end <= quotes[order[i]].span.end:
                enclosing.append(order[i])
        return tuple(quotes[i] for i in sorted(enclosing))

    def attributions_covering(self, start: int, end: int | None = None) -> tuple[Attribution, ...]:
        """Attributions whose content holds ``start``..``end``, in order."""
        end = start if end is None else end
        attributions = self.attributions
        order, starts, reach = self._lookup().attributions(attributions)
        holding = []
        for i in range(_bisect_right(starts, start) - 1, -1, -1):
            if reach[i] < end:
                break
            if end <= attributions[order[i]].content.end:
                holding.append(order[i])
        return tuple(attributions[i] for i in sorted(holding))

    def attributions_cued(self, start: int, end: int) -> tuple[Attribution, ...]:
        """Attributions whose cue starts at ``start`` or after and before
        ``end`` (those of one sentence, say), in order."""
        order, starts = self._lookup().cues(self.attributions)
        cued = order[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        return tuple(self.attributions[i] for i in sorted(cued))

    def attributions_quoting(self, quote: int) -> tuple[Attribution, ...]:
        """The attributions crediting the quote of index ``quote`` (holding
        it in their ``quotes``), in order: the first names who said it."""
        return self._lookup().credits(self.attributions).get(quote, ())

    def notes_marked(self, start: int, end: int) -> tuple[Note, ...]:
        """The notes with a reference in ``start``..``end``, the end included
        (a mark after a sentence's full stop stands at its ``end``), in order."""
        return tuple(
            note for note in self.notes if any(start <= at <= end for at in note.references)
        )

    def links_touching(self, start: int, end: int) -> tuple[Link, ...]:
        """The links whose words overlap ``start``..``end``, in order."""
        return tuple(link for link in self.links if link.start < end and start < link.end)

    def line_col(self, offset: int) -> tuple[int, int]:
        index = self.index if self.index is not None else TextIndex(self.text)
        return index.position(offset)


#: A field that ``with_fields`` leaves as the document has it.
_KEEP: Any = object()


def _document_with_fields() -> Callable[..., Document]:
    fields = attrs.fields(Document)
    converted = " or ".join(f"{f.name} is not _KEEP" for f in fields if f.converter is not None)
    given = [f.name for f in fields if f.init]
    source = "\n".join(
        [
            f"def with_fields(document, *, {', '.join(f'{n}=_KEEP' for n in given)}):",
            f"    if {converted}:",
            f"        return _evolve(document, {', '.join(f'{n}={n}' for n in given)})",
            "    new = _new(_Document)",
            *(f"    _set_{n}(new, _get_{n}(document) if {n} is _KEEP else {n})" for n in given),
            # a cache of the old document's lookups would not fit the new one
            *(f"    _set_{f.name}(new, None)" for f in fields if not f.init),
            "    return new",
        ]
    )
    namespace: dict[str, Any] = {
        "_KEEP": _KEEP,
        "_new": object.__new__,
        "_Document": Document,
        "_evolve": _evolve,
    }
    for f in fields:
        namespace[f"_set_{f.name}"] = Document.__dict__[f.name].__set__
        namespace[f"_get_{f.name}"] = Document.__dict__[f.name].__get__
    exec(source, namespace)  # the source is built from the field names above
    function: Callable[..., Document] = namespace["with_fields"]
    return function


def _evolve(document: Document, **fields: Any) -> Document:
    return attrs.evolve(document, **{k: v for k, v in fields.items() if v is not _KEEP})


#: ``attrs.evolve(document, **changes)`` at a third of its cost, each field
#: set through its slot, from the changes or the document: the analysis
#: makes a new document after every stage.  A change to a field with a
#: converter goes through ``attrs.evolve``.
with_fields = _document_with_fields()
