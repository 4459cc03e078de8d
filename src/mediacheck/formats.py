"""Input and output formats, provided through hooks like everything else.

The built-in ones live in :mod:`mediacheck.inputs` and :mod:`mediacheck.outputs`
and register through the same hooks a third party uses.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Protocol

import attrs

from mediacheck.errors import InputError
from mediacheck.findings import Finding
from mediacheck.model import Span, TextIndex

if TYPE_CHECKING:
    from mediacheck.engine import CheckResult, RunSummary

__all__ = [
    "InputFormat",
    "OutputFormat",
    "Reporter",
    "SourceDocument",
    "SourceMap",
    "require_date",
]


def require_date(what: str, value: object) -> None:
    """Refuse anything but a ``datetime.date`` (or None) as a publication date.

    A ``"2025-03-03"`` string or a ``datetime`` would otherwise fail deep in
    the date analysis, reported as a bug of mediacheck's instead of the
    caller's mistake it is.
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return
    if isinstance(value, str):
        hint = ": read it with datetime.date.fromisoformat()"
    elif isinstance(value, dt.datetime):
        hint = ": give its .date()"
    else:
        hint = ""
    raise TypeError(
        f"{what} must be a datetime.date or None, not {type(value).__name__} {value!r}{hint}"
    )


def _published(
    instance: object, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
) -> None:
    require_date("SourceDocument.published", value)


@attrs.frozen(eq=False)
class SourceMap:
    """Where each character of an extracted text stood in its source file.

    Markdown and HTML are read as the text a reader sees, so the analysis
    never trips over markup; this map sends line and column back into the
    user's file.  Segment ``i`` starts at text offset ``starts[i]`` and at
    source offset ``origins[i]``; a linear segment advances in step with the
    source, any other (a collapsed white-space run, an entity, a paragraph
    break the extractor made up) stays on its origin.
    """

    starts: tuple[int, ...]
    origins: tuple[int, ...]
    linear: tuple[bool, ...]
    source: TextIndex

    def source_offset(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0
        return self.origins[i] + (offset - self.starts[i] if self.linear[i] else 0)

    def source_end(self, end: int) -> int:
        """Where the text up to ``end`` ends in the source: after the source
        of the character before ``end``.  A character written as something
        else ends where that ends: an entity (``&rdquo;``) at its ``;``, a
        character a tag stands for (``<q>``'s marks) at its ``>``."""
        i = bisect.bisect_right(self.starts, end - 1) - 1
        if i < 0:
            return 0
        origin = self.origins[i]
        if self.linear[i]:
            return origin + end - self.starts[i]
        source = self.source.text
        close = {"&": ";", "<": ">"}.get(source[origin : origin + 1])
        found = source.find(close, origin, origin + 64) if close else -1
        return found + 1 if found != -1 else origin + 1

    def relocate(self, span: Span) -> Span:
        """``span`` with the line and column it has in the source file."""
        line, column = self.source.position(self.source_offset(span.start))
        return attrs.evolve(span, line=line, column=column)

    def relocate_finding(self, finding: Finding) -> Finding:
        """``finding`` with its span and evidence placed in the source file;
        ``start`` and ``end`` keep indexing the extracted text."""
        evidence = tuple(
            attrs.evolve(e, span=self.relocate(e.span)) if e.span is not None else e
            for e in finding.evidence
        )
        return attrs.evolve(finding, span=self.relocate(finding.span), evidence=evidence)


@attrs.frozen
class SourceDocument:
    """A document as read from an input, before analysis."""

    text: str
    id: str
    #: Where it came from, as printed in messages: ``file`` or ``file:line``.
    path: str
    headline: str | None = None
    published: dt.date | None = attrs.field(default=None, validator=_published)
    metadata: Mapping[str, Any] = attrs.field(factory=dict)
    #: For text extracted from markup: how to find positions in the file.
    #: None when ``text`` is the file's own text.
    source_map: SourceMap | None = None


#: ``read(path, stream)`` yields documents, or errors for the parts it cannot read.
Reader = Callable[[str, IO[bytes]], Iterator["SourceDocument | InputError"]]


@attrs.frozen
class InputFormat:
    name: str
    #: Whether this format reads the file at ``path``, judged by its name.
    #: Directories are walked for files some format detects.
    detect: Callable[[str], bool]
    read: Reader
    #: Whether a file holds many documents (like a JSON Lines corpus): the
    #: size limit then applies to each document rather than to the file.
    corpus: bool = False


class Reporter(Protocol):
    """Receives results one document at a time, so output streams.

    A reporter may also offer ``render(result) -> str`` and
    ``document_rendered(text)``: ``check --jobs`` then renders in the worker
    processes and sends back only text (see docs/hooks.md).
    """

    def document(self, result: CheckResult) -> None: ...

    def input_error(self, error: InputError) -> None: ...

    def finish(self, summary: RunSummary) -> None: ...


@attrs.frozen
class OutputFormat:
    name: str
    #: ``open(stream, options)`` returns the reporter for one run.  Options
    #: hold ``color`` (bool), ``profile`` (bool), ``version`` (str) and
    #: ``rules`` (the rules the run reports, as (plugin, Rule) pairs).
    open: Callable[[IO[str], Mapping[str, Any]], Reporter]
    description: str = ""
