"""Input and output formats, provided through hooks like everything else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Protocol

import attrs

from mediacheck.errors import InputError

if TYPE_CHECKING:
    from mediacheck.engine import CheckResult, RunSummary

__all__ = ["InputFormat", "OutputFormat", "Reporter", "SourceDocument"]


@attrs.frozen
class SourceDocument:
    """A document as read from an input, before analysis."""

    text: str
    id: str
    #: Where it came from, as printed in messages: ``file`` or ``file:line``.
    path: str
    headline: str | None = None
    published: dt.date | None = None
    metadata: Mapping[str, Any] = attrs.field(factory=dict)


#: ``read(path, stream)`` yields documents, or errors for the parts it cannot read.
Reader = Callable[[str, IO[bytes]], Iterator["SourceDocument | InputError"]]


@attrs.frozen
class InputFormat:
    name: str
    #: Whether this format reads the file at ``path`` (by name or by peeking).
    detect: Callable[[str], bool]
    read: Reader


class Reporter(Protocol):
    """Receives results one document at a time, so output streams."""

    def document(self, result: CheckResult) -> None: ...

    def finish(self, summary: RunSummary) -> None: ...


@attrs.frozen
class OutputFormat:
    name: str
    #: ``open(stream, options)`` returns the reporter for one run.
    open: Callable[[IO[str], Mapping[str, Any]], Reporter]
    description: str = ""
