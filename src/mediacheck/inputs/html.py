"""HTML: the text a reader sees, with a map back to the file.

The standard library's parser is used on purpose: with ``convert_charrefs``
off it reports the position of every text run, entity and tag, which is what
mapping findings back to line and column needs.  The faster libraries
(lxml, selectolax, html5lib) keep at most a line number per element.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import IO, Any

from mediacheck.errors import InputError
from mediacheck.formats import InputFormat, SourceDocument
from mediacheck.inputs.decode import decode
from mediacheck.inputs.extract import INVISIBLE, TextBuilder
from mediacheck.model import HEADINGS, LINKS, NOTES, TIME_ELEMENTS, TextIndex

__all__ = ["HTML", "extract_html"]

_NEWLINE = re.compile("\n")

#: Elements that start a new paragraph of the extracted text.
BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul"),
    }
)
#: Table cells: a row is one paragraph, its cells' text apart by a space, so a
#: weekday in one cell reads with the date in the next ("Saturday 8 May 2026").
CELLS = frozenset({"td", "th"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: What stands before a ``<cite>`` opening a line of a ``<blockquote>``: the
#: credit line of a pull quote, as news style prints it ("— Ana Ruiz, a tenant").
CREDIT_DASH = "— "
#: Elements whose content a reader does not see as article text (``aside``
#: holds related links and pull quotes that repeat the body).
HIDDEN = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "nav", "iframe", "object", "aside"}
)
_ARTICLE = re.compile(r"<article[\s>]", re.I)
_MAIN = re.compile(r"<main[\s>]", re.I)


#: ``<meta>`` attributes whose content is the publication date.
DATE_META = frozenset(
    {"article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate"}
)
#: Schema.org types of the JSON-LD item whose ``datePublished`` is the article's.
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report)$")
#: How many blocks of text at the top of the article are its header area,
#: where a ``<time>`` in a block of its own or in a byline dates the article:
#: the headline, a deck, a byline, an "Updated" line.
_HEADER_AREA = 5
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
#: Lower-case words of bylines and dated lines; two others and a full stop
#: make a sentence ("On Jan. 2 it rained."), whose ``<time>`` is an event's.
_HEADER_WORDS = frozenset(
    str.split("by on at and updated published posted first last of the in am pm from for")
)
#: Attribute values that make a link a footnote's mark (``role``, ``class``,
#: ``data-footnote-ref``: Pandoc's, Python-Markdown's, markdown-it's and
#: GitHub's output), or its way back from the note to the text.
_NOTE_MARK = re.compile(r"\bdoc-noteref\b|\bfootnote-ref\b|\bdata-footnote-ref\b")
_NOTE_BACK = re.compile(r"\bdoc-backlink\b|\bfootnote-back(?:ref)?\b|\bdata-footnote-backref\b")
#: Marks a browser draws around ``<q>``: double outside, single nested.
QUOTE_MARKS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _linked_data_date(source: str) -> dt.date | None:
    """The ``datePublished`` of a JSON-LD block: the article's item's (a
    NewsArticle, BlogPosting ...) before any other's, as pages also describe
    related stories, the site and the author."""
    try:
        data = json.loads(source)
    except ValueError:
        return None
    found: list[tuple[bool, dt.date]] = []
    todo: list[Any] = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo += reversed(item)
        elif isinstance(item, dict):
            date = _date(item.get("datePublished"))
            if date is not None:
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                article = any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds)
                found.append((article, date))
            todo += reversed([v for v in item.values() if isinstance(v, (list, dict))])
    return max(found, key=lambda f: f[0], default=(False, None))[1]


def _sentence(text: str) -> bool:
    words = [w for w in _LOWER_WORD.findall(text) if w not in _HEADER_WORDS]
    return len(words) >= 2 and bool(_SENTENCE_END.search(text))


class _Extractor(HTMLParser):
    def __init__(self, source: str, targets: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = TextBuilder(source)
        self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(source))]
        # A page with an <article> element is read inside it only: menus,
        # footers and "most read" boxes around it are the site's, not the story's.
        # With no <article>, a <main> marks the page's own content the same way,
        # leaving out the site header, cookie banner and footer around it.
        if _ARTICLE.search(source):
            self._scope: str | None = "article"
        else:
            self._scope = "main" if _MAIN.search(source) else None
        self._hidden = 1 if self._scope else 0
        self._open_scopes = 0
        self._quotes = 0
        self._blockquotes = 0
        self._header = 0
        #: The publication date from each kind of markup, in order of precedence:
        #: ``<meta>``, JSON-LD, a ``<time>`` marked as the publication's
        #: (``pubdate``, ``itemprop="datePublished"``), a ``<time>`` in the header.
        self.meta_date: dt.date | None = None
        self.linked_data_date: dt.date | None = None
        self.marked_date: dt.date | None = None
        self.header_date: dt.date | None = None
        #: JSON-LD being read, while inside its ``<script>``.
        self._linked_data: list[str] | None = None
        #: The text of the current block and the ``<time>`` dates in it, while
        #: the header area lasts, and how many blocks of text it has had.
        self._block: list[str] | None = []
        self._block_dates: list[dt.date] = []
        self._blocks = 0
        #: The ``<time>`` elements open now, each with where its text starts and
        #: its ``datetime`` as written (None without a date in it), and those
        #: closed, as :data:`~mediacheck.model.TIME_ELEMENTS` keeps them.
        self._open_times: list[tuple[int, str | None]] = []
        self.times: list[dict[str, int | str]] = []
        #: Where each heading's text starts (:data:`~mediacheck.model.HEADINGS`).
        self.headings: list[int] = []
        #: Footnotes: each mark's target id and where it stood; while inside a
        #: mark (whose text, "1", is no words) or a way back ("↩"), skipping; the
        #: note being read (its id, tag, depth of that tag, where its text
        #: starts), and each note read (id, start, end).
        self.marks: list[tuple[str, int]] = []
        self._link: tuple[str, int] | None = None
        self._skipping = False
        self._sups = 0
        self._note: tuple[str, str, int, int] | None = None
        self.notes: list[tuple[str, int, int]] = []
        #: A note set before its mark (a sidenote above its paragraph): for a
        #: tag with an element with an id open, the elements of that tag open
        #: now (their ids, None for none), the ids of the elements closed, and
        #: the ids marks point to after their element closed, to be read
        #: again as ``targets``, the notes read this time.
        self._open_ids: dict[str, list[str | None]] = {}
        self._closed_ids: set[str] = set()
        self.early_targets: set[str] = set()
        self._targets = targets
        #: The link to another page open now (its address, where its words
        #: start), and each link read (address, start, end).
        self._open_link: tuple[str, int] | None = None
        self.links: list[tuple[str, int, int]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _quote_mark(self, depth: int, closing: bool) -> str:
        return QUOTE_MARKS[min(depth, 1)][closing]

    def _dates(self, tag: str, attributes: dict[str, str | None]) -> None:
        if tag == "meta" and self.meta_date is None:
            key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
            if key is not None and key.lower() in DATE_META:
                self.meta_date = _date(attributes.get("content"))
        elif tag == "script" and (attributes.get("type") or "").lower() == "application/ld+json":
            self._linked_data = []
        elif tag == "time":
            date = _date(attributes.get("datetime"))
            written = None if self._hidden or date is None else attributes["datetime"]
            self._open_times.append((self.builder.next_start, written and written.strip()))
            if date is None:
                return
            itemprop = (attributes.get("itemprop") or "").lower().split()
            if self.marked_date is None and (
                "pubdate" in attributes or "datepublished" in itemprop
            ):
                self.marked_date = date
            elif self._header and self.header_date is None:
                self.header_date = date
            elif self._block is not None and not self._hidden:
                self._block_dates.append(date)

    def _end_block(self) -> None:
        """A block ends: in the header area, a ``<time>`` in a block that is
        no sentence dates the article ("By Ann Lee · <time>", "Updated
        <time>")."""
        if self._block is None:
            return
        text = "".join(self._block)
        if self._block_dates and self.header_date is None and not _sentence(text):
            self.header_date = self._block_dates[0]
        self._block.clear()
        self._block_dates.clear()
        self._blocks += bool(text.strip())
        if self._blocks >= _HEADER_AREA:
            self._block = None

    def close(self) -> None:
        super().close()
        self._end_block()

    def _paragraph(self) -> None:
        self._end_block()
        self.builder.paragraph(self._offset())

    def _line_break(self) -> None:
        """``<br>`` breaks the line, not the paragraph: "<br><br>" is the
        blank line a CMS writes between paragraphs, one alone keeps its
        lines in one paragraph (a sentence and the one it sources)."""
        self._end_block()
        self.builder.line_break(self._offset())

    def _footnotes(self, tag: str, attributes: dict[str, str | None]) -> None:
        """A link into the page that is a footnote's mark (in or around a
        ``<sup>``, or marked so) drops out of the text and is kept as a mark;
        an element a mark pointed to is the note, read until it closes."""
        if self._note is not None and tag == self._note[1]:
            self._note = (*self._note[:2], self._note[2] + 1, self._note[3])
        identity = attributes.get("id")
        if identity or self._open_ids.get(tag):
            self._open_ids.setdefault(tag, []).append(identity or None)
        if (
            self._note is None
            and identity
            and (identity in self._targets or any(t == identity for t, _ in self.marks))
        ):
            self._note = (identity, tag, 1, self.builder.next_start)
        if tag == "sup":
            self._sups += 1
            if self._link is not None and not self._skipping:
                self._skipping = True  # <a href="#fn1"><sup>1</sup></a>
                self._mark(*self._link)
        if tag != "a" or self._hidden or self._skipping:
            return
        target = (attributes.get("href") or "").strip()
        if not target.startswith("#"):
            self._open_link = (target, self.builder.next_start) if target else None
            return
        if len(target) == 1:
            return
        kinds = " ".join(
            f"{k} {v or ''}"
            for k, v in attributes.items()
            if k in ("role", "class") or "data-" in k
        )
        if _NOTE_BACK.search(kinds):
            self._skipping = True
        elif self._sups or _NOTE_MARK.search(kinds):
            self._skipping = True
            self._mark(target[1:], self.builder.length)
        else:
            self._link = (target[1:], self.builder.length)

    def _mark(self, target: str, at: int) -> None:
        """Keeps a footnote's mark, and its target if that element is read."""
        self.marks.append((target, at))
        if target in self._closed_ids:
            self.early_targets.add(target)

    def _footnotes_end(self, tag: str) -> None:
        open_ids = self._open_ids.get(tag)
        if open_ids:
            closed = open_ids.pop()
            if closed is not None:
                self._closed_ids.add(closed)
        if tag == "a":
            self._link = None
            self._skipping = False
            opened = self._open_link
            if opened is not None and self.builder.length > opened[1]:
                self.links.append((opened[0], opened[1], self.builder.length))
            self._open_link = None
        elif tag == "sup":
            self._sups = max(0, self._sups - 1)
        note = self._note
        if note is not None and tag == note[1]:
            if note[2] > 1:
                self._note = (*note[:2], note[2] - 1, note[3])
            else:
                self._note = None
                if self.builder.length > note[3]:
                    self.notes.append((note[0], note[3], self.builder.length))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._dates(tag, dict(attrs))
        if tag == self._scope:
            self._open_scopes += 1
            if self._open_scopes == 1:
                self._hidden -= 1
            self._paragraph()
        elif tag in HIDDEN:
            self._hidden += 1
        elif tag == "header":
            self._header += 1
            self._paragraph()
        elif tag in BLOCKS:
            self._blockquotes += tag == "blockquote"
            self._paragraph()
            if tag in _HEADING_TAGS and not self._hidden:
                self.headings.append(self.builder.next_start)
        elif tag == "br":
            self._line_break()
        elif tag in CELLS:
            self.builder.space(self._offset())
        elif (
            tag == "cite"
            and self._blockquotes
            and not self._hidden
            and self.builder.between_paragraphs()
        ):
            # "<blockquote><p>...</p><cite>Ana Ruiz</cite>": the quote's credit,
            # not a title cited in a sentence ("as <cite>The Times</cite> said")
            self._paragraph()
            self.builder.replaced(CREDIT_DASH, self._offset())
        elif tag == "q" and not self._hidden:
            self.builder.replaced(self._quote_mark(self._quotes, closing=False), self._offset())
            self._quotes += 1
        # after the tag's own break: a note's text starts after it
        self._footnotes(tag, dict(attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._dates(tag, dict(attrs))
        if tag in BLOCKS:
            self._paragraph()
        elif tag == "br":
            self._line_break()

    def handle_endtag(self, tag: str) -> None:
        self._footnotes_end(tag)
        if tag == self._scope and self._open_scopes:
            self._open_scopes -= 1
            if not self._open_scopes:
                self._hidden += 1
            self._paragraph()
        elif tag in HIDDEN:
            self._hidden = max(0, self._hidden - 1)
            if tag == "script" and self._linked_data is not None:
                if self.linked_data_date is None:
                    self.linked_data_date = _linked_data_date("".join(self._linked_data))
                self._linked_data = None
        elif tag == "header":
            self._header = max(0, self._header - 1)
            self._paragraph()
        elif tag in BLOCKS:
            if tag == "blockquote":
                self._blockquotes = max(0, self._blockquotes - 1)
            self._paragraph()
        elif tag == "br":
            self._line_break()
        elif tag in CELLS:
            self.builder.space(self._offset())
        elif tag == "time" and self._open_times:
            start, written = self._open_times.pop()
            if written is not None and self.builder.length > start:
                self.times.append({"start": start, "end": self.builder.length, "datetime": written})
        elif tag == "q" and self._quotes and not self._hidden:
            self._quotes -= 1
            self.builder.replaced(self._quote_mark(self._quotes, closing=True), self._offset())

    def handle_data(self, data: str) -> None:
        if self._linked_data is not None:
            self._linked_data.append(data)
        if not self._hidden and not self._skipping:
            if data.strip():
                self._link = None  # a link with words before any <sup> is no mark
            self.builder.flow(data, self._offset())
            if self._block is not None:
                self._block.append(data)

    def _reference(self, raw: str) -> None:
        if self._hidden or self._skipping:
            return
        char = html.unescape(raw)
        if char in INVISIBLE:
            return  # "&shy;" inside a word: not seen, and the word stays whole
        if char == raw:  # not an entity after all: keep it as written
            self.builder.text(raw, self._offset())
        elif char.isspace() and char != "\xa0":
            self.builder.space(self._offset())
        else:
            self.builder.replaced(char, self._offset())
        if self._block is not None:
            self._block.append(char)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")


def extract_html(source: str, where: str) -> SourceDocument:
    """The document a reader sees in ``source``; the title is not the headline
    (it usually carries the site's name), the first heading is.  ``<q>`` gets
    the quotation marks a browser draws, so the quote is seen as one; the
    publication date comes from ``<meta property="article:published_time">``
    (or a like meta), else from JSON-LD's ``datePublished``, else from a
    ``<time datetime>`` marked ``pubdate`` or ``itemprop="datePublished"``,
    else from one in the header area: inside ``<header>``, or in one of the
    first blocks of text that is no sentence (a byline, an "Updated" line)."""
    parser = _read(source, where)
    if parser.early_targets:
        # a note read before any mark pointed to it: read again, knowing it is one
        parser = _read(source, where, frozenset(parser.early_targets))
    text, source_map = parser.builder.build()
    if not text.strip():
        raise InputError(where, "no text found in the HTML")
    published = (
        parser.meta_date or parser.linked_data_date or parser.marked_date or parser.header_date
    )
    # the dates a <time> gives its text ("<time datetime="2026-03-03">Monday</time>")
    metadata: dict[str, object] = {TIME_ELEMENTS: tuple(parser.times)} if parser.times else {}
    if parser.headings:
        metadata[HEADINGS] = tuple(parser.headings)
    notes = tuple(
        {
            "label": identity,
            "start": start,
            "end": end,
            "references": tuple(at for target, at in parser.marks if target == identity),
        }
        for identity, start, end in (_trimmed(note, text) for note in parser.notes)
        if start < end
    )
    if notes:
        metadata[NOTES] = notes
    links = tuple(
        {"start": start, "end": end, "url": url}
        for url, start, end in (_trimmed(link, text) for link in parser.links)
        if start < end
    )
    if links:
        metadata[LINKS] = links
    return SourceDocument(
        text, id=where, path=where, published=published, metadata=metadata, source_map=source_map
    )


def _read(source: str, where: str, targets: frozenset[str] = frozenset()) -> _Extractor:
    """The page read, ``targets`` the ids of notes set before their marks."""
    parser = _Extractor(source, targets)
    parser.feed(source)
    leftover = parser.rawdata
    if leftover.lstrip().startswith("<"):
        line, column = TextIndex(source).position(len(source) - len(leftover.lstrip()))
        raise InputError(
            where, f"malformed HTML: markup opened at line {line}, column {column} never closes"
        )
    parser.close()
    return parser


def _trimmed(element: tuple[str, int, int], text: str) -> tuple[str, int, int]:
    """A note's or link's text without the white space at its ends: its start
    was taken before the break opening it had its final length, and a
    no-break space often stood before a note's way back ("text.&#160;<a
    href="#fnref1">")."""
    identity, start, end = element
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return identity, start, end


def read_html(path: str, stream: IO[bytes]) -> Iterator[SourceDocument | InputError]:
    try:
        yield extract_html(decode(stream.read(), path), path)
    except InputError as error:
        yield error


HTML = InputFormat("html", lambda path: path.lower().endswith((".html", ".htm")), read_html)
