"""HTML: the text a reader sees, with a map back to the file.

The standard library's parser is used on purpose: with ``convert_charrefs``
off it reports the position of every text run, entity and tag, which is what
mapping findings back to line and column needs.  The faster libraries
(lxml, selectolax, html5lib) keep at most a line number per element.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import IO

from mediacheck.errors import InputError
from mediacheck.formats import InputFormat, SourceDocument
from mediacheck.inputs.decode import decode
from mediacheck.inputs.extract import TextBuilder
from mediacheck.model import TextIndex

__all__ = ["HTML", "extract_html"]

_NEWLINE = re.compile("\n")

#: Elements that start a new paragraph of the extracted text.
BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"),
    }
)
#: Elements whose content a reader does not see as article text (``aside``
#: holds related links and pull quotes that repeat the body).
HIDDEN = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "nav", "iframe", "object", "aside"}
)
_ARTICLE = re.compile(r"<article[\s>]", re.I)


#: ``<meta>`` attributes whose content is the publication date.
DATE_META = frozenset(
    {"article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate"}
)
#: Marks a browser draws around ``<q>``: double outside, single nested.
QUOTE_MARKS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = TextBuilder(source)
        self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(source))]
        # A page with an <article> element is read inside it only: menus,
        # footers and "most read" boxes around it are the site's, not the story's.
        self._scoped = bool(_ARTICLE.search(source))
        self._hidden = 1 if self._scoped else 0
        self._articles = 0
        self._quotes = 0
        self._header = 0
        #: From ``<meta>`` (preferred) and from a ``<time datetime>`` in a header.
        self.meta_date: dt.date | None = None
        self.header_date: dt.date | None = None

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
        elif tag == "time" and self._header and self.header_date is None:
            self.header_date = _date(attributes.get("datetime"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._dates(tag, dict(attrs))
        if tag == "article" and self._scoped:
            self._articles += 1
            if self._articles == 1:
                self._hidden -= 1
            self.builder.paragraph(self._offset())
        elif tag in HIDDEN:
            self._hidden += 1
        elif tag == "header":
            self._header += 1
            self.builder.paragraph(self._offset())
        elif tag in BLOCKS:
            self.builder.paragraph(self._offset())
        elif tag == "q" and not self._hidden:
            self.builder.replaced(self._quote_mark(self._quotes, closing=False), self._offset())
            self._quotes += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._dates(tag, dict(attrs))
        if tag in BLOCKS:
            self.builder.paragraph(self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self._articles:
            self._articles -= 1
            if not self._articles:
                self._hidden += 1
            self.builder.paragraph(self._offset())
        elif tag in HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "header":
            self._header = max(0, self._header - 1)
            self.builder.paragraph(self._offset())
        elif tag in BLOCKS:
            self.builder.paragraph(self._offset())
        elif tag == "q" and self._quotes and not self._hidden:
            self._quotes -= 1
            self.builder.replaced(self._quote_mark(self._quotes, closing=True), self._offset())

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.builder.flow(data, self._offset())

    def _reference(self, raw: str) -> None:
        if self._hidden:
            return
        char = html.unescape(raw)
        if char == raw:  # not an entity after all: keep it as written
            self.builder.text(raw, self._offset())
        elif char.isspace() and char != "\xa0":
            self.builder.space(self._offset())
        else:
            self.builder.replaced(char, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")


def extract_html(source: str, where: str) -> SourceDocument:
    """The document a reader sees in ``source``; the title is not the headline
    (it usually carries the site's name), the first heading is.  ``<q>`` gets
    the quotation marks a browser draws, so the quote is seen as one; the
    publication date comes from ``<meta property="article:published_time">``
    (or a like meta) else from a ``<time datetime>`` inside ``<header>``."""
    parser = _Extractor(source)
    parser.feed(source)
    leftover = parser.rawdata
    if leftover.lstrip().startswith("<"):
        line, column = TextIndex(source).position(len(source) - len(leftover.lstrip()))
        raise InputError(
            where, f"malformed HTML: markup opened at line {line}, column {column} never closes"
        )
    parser.close()
    text, source_map = parser.builder.build()
    if not text.strip():
        raise InputError(where, "no text found in the HTML")
    published = parser.meta_date or parser.header_date
    return SourceDocument(text, id=where, path=where, published=published, source_map=source_map)


def read_html(path: str, stream: IO[bytes]) -> Iterator[SourceDocument | InputError]:
    try:
        yield extract_html(decode(stream.read(), path), path)
    except InputError as error:
        yield error


HTML = InputFormat("html", lambda path: path.lower().endswith((".html", ".htm")), read_html)
