"""Where ``check`` and ``parse`` write their report.

Always UTF-8, whatever the locale says: the same input gives the same
bytes on every machine, and a terminal set to Latin-1 or ASCII no longer
crashes the run at the first curly quote.  A write that fails (a full
disk, a device that refuses) becomes one :class:`OutputError` naming the
place, not a traceback.
"""

from __future__ import annotations

import io
import os
from typing import IO

from mediacheck.errors import MediacheckError

__all__ = ["OutputError", "ReportStream"]


class OutputError(MediacheckError):
    """The report cannot be written where the user asked."""


class ReportStream(io.TextIOWrapper):
    """A UTF-8 text stream over ``buffer`` whose failures name ``where``.

    A stream that does not own its buffer (standard output's) leaves it
    open when it closes: it flushes and lets go of it.
    """

    def __init__(
        self, buffer: IO[bytes], where: str, *, owned: bool = True, line_buffering: bool = False
    ) -> None:
        super().__init__(buffer, encoding="utf-8", line_buffering=line_buffering)
        self.where = where
        self._owned = owned
        self._held = True

    def close(self) -> None:
        if not self._held:
            return
        self.flush()
        self._held = False
        if not self._owned:
            self.detach()
            return
        try:
            super().close()
        except OSError as exc:
            raise self._failed(exc) from None

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> Exception:
        # the reader went away (`| head`): the command ends the run quietly
        if isinstance(exc, BrokenPipeError):
            return exc
        return OutputError(f"{self.where}: cannot be written: {exc.strerror}")

    def abandon(self) -> None:
        """Points the file descriptor at the null device, so the bytes that
        could not be written do not fail again (with a traceback of their
        own) when the stream is closed at exit."""
        try:
            target = self.buffer.fileno()
        except (OSError, ValueError):
            return
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, target)
        os.close(null)
