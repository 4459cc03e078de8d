"""Where a finding stands in the file it came from, for reports that other
tools read to point at the file itself (SARIF, GitHub annotations).

mediacheck counts offsets and columns in code points of the document's
text.  Those tools count UTF-16 code units (JavaScript's string indices,
SARIF's default ``columnKind``) in the file: the two differ after a
character outside the Basic Multilingual Plane (most emoji), which takes
two units, and in Markdown and HTML, whose document text is not the file's.
A corpus line's document is a JSON string inside the corpus, which no
region of the file can show: it is placed by its line of the corpus alone.
"""

from __future__ import annotations

import bisect
import re

import attrs

from mediacheck.engine import CheckResult
from mediacheck.model import Span

__all__ = ["Places", "Region", "corpus_line"]

#: A corpus line's path, ``file:LINE``.
_CORPUS_LINE = re.compile(r"^(.*):(\d+)$", re.DOTALL)
#: A character that takes two UTF-16 code units.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def corpus_line(path: str) -> tuple[str, int] | None:
    """The corpus file and line of a corpus document's ``path``
    (``corpus.jsonl:7``), or None for a document that is a whole file."""
    match = _CORPUS_LINE.match(path)
    return (match.group(1), int(match.group(2))) if match else None


@attrs.frozen
class Region:
    """A span of the file in SARIF's terms: lines and columns 1-based,
    columns and character offsets in UTF-16 code units, ends exclusive."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    char_offset: int
    char_length: int


class _Artifact:
    """A file's text, with UTF-16 positions of its code-point offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: Offsets of the characters that take two code units: almost
        #: always none, so converting costs one search of the text.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def units(self, offset: int) -> int:
        """The UTF-16 offset of the code-point ``offset``."""
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def column(self, offset: int, column: int) -> int:
        """The UTF-16 column of ``offset``, whose code-point column is ``column``."""
        return self.units(offset) - self.units(offset - column + 1) + 1


class Places:
    """Regions of one result's spans in the file it came from."""

    def __init__(self, result: CheckResult) -> None:
        self._result = result
        self.corpus = corpus_line(result.path)
        source_map = result.source_map
        text = result.document.text if source_map is None else source_map.source.text
        self._artifact = _Artifact(text) if self.corpus is None else None

    def region(self, span: Span) -> Region | None:
        """Where ``span`` (a finding's or evidence's, already placed in the
        source file by the command) stands in the file; None for a corpus
        line's document."""
        artifact = self._artifact
        if artifact is None:
            return None
        source_map = self._result.source_map
        if source_map is None:
            start, end = span.start, span.end
            after = self._result.document.span(end, end)
            end_line, end_column = after.line, after.column
        else:
            start = source_map.source_offset(span.start)
            end = max(start, source_map.source_end(span.end)) if span.end > span.start else start
            end_line, end_column = source_map.source.position(end)
        return Region(
            start_line=span.line,
            start_column=artifact.column(start, span.column),
            end_line=end_line,
            end_column=artifact.column(end, end_column),
            char_offset=artifact.units(start),
            char_length=artifact.units(end) - artifact.units(start),
        )
