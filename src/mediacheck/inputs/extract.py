"""Building the reader's text out of a marked-up file, remembering where
every character came from (see :class:`~mediacheck.formats.SourceMap`)."""

from __future__ import annotations

import re

from mediacheck.formats import SourceMap
from mediacheck.model import TextIndex

__all__ = ["TextBuilder"]

#: Characters a page never shows inside a word: a soft hyphen (shown only where
#: the line breaks) and a zero-width space ("un\xadprece\xaddented" reads as one word).
INVISIBLE = "\xad\u200b"
_WORDS = re.compile(rf"\s+|[^\s{INVISIBLE}]+|[{INVISIBLE}]+")


class TextBuilder:
    """Collects text pieces with their source offsets.

    White space inside a paragraph collapses to one space and paragraphs are
    joined by a blank line, which is what the structure analysis expects of
    plain text.  Separators are written lazily, so none lead or trail.
    """

    def __init__(self, source: str) -> None:
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._linear: list[bool] = []
        #: A separator waiting for the next text: (text, source offset).
        self._pending: tuple[str, int] | None = None

    def _emit(self, text: str, origin: int, linear: bool) -> None:
        self._starts.append(self._length)
        self._origins.append(origin)
        self._linear.append(linear)
        self._parts.append(text)
        self._length += len(text)

    def _flush(self) -> None:
        if self._pending is not None and self._length:
            self._emit(*self._pending, linear=False)
        self._pending = None

    def text(self, text: str, origin: int) -> None:
        """Text that stands in the source as it is, from ``origin`` on."""
        if text:
            self._flush()
            self._emit(text, origin, linear=True)

    def replaced(self, text: str, origin: int) -> None:
        """Text that stands in the source as something else (an entity)."""
        if text:
            self._flush()
            self._emit(text, origin, linear=False)

    @property
    def length(self) -> int:
        """How long the text built so far is."""
        return self._length

    @property
    def next_start(self) -> int:
        """Where the next text will start, after the separator waiting for it."""
        waiting = self._pending[0] if self._pending is not None and self._length else ""
        return self._length + len(waiting)

    def space(self, origin: int) -> None:
        if self._pending is None:
            self._pending = (" ", origin)

    def paragraph(self, origin: int) -> None:
        self._pending = ("\n\n", origin)

    def between_paragraphs(self) -> bool:
        """Whether the next text opens a paragraph (one has just ended)."""
        return self._pending is not None and self._pending[0] == "\n\n"

    def line_break(self, origin: int) -> None:
        """A new line within the paragraph; a second in a row ends the
        paragraph, as a blank line shows on the page."""
        if self._pending is None or self._pending[0] == " ":
            self._pending = ("\n", origin)
        elif self._pending[0] == "\n":
            self._pending = ("\n\n", self._pending[1])

    def flow(self, text: str, origin: int) -> None:
        """Running text whose white space collapses, as HTML renders it."""
        for match in _WORDS.finditer(text):
            if match.group().isspace():
                self.space(origin + match.start())
            elif match.group()[0] not in INVISIBLE:
                self.text(match.group(), origin + match.start())

    def build(self) -> tuple[str, SourceMap]:
        source_map = SourceMap(
            tuple(self._starts), tuple(self._origins), tuple(self._linear), TextIndex(self._source)
        )
        return "".join(self._parts), source_map
