"""From command-line arguments to documents: stdin, files, directories.

Everything is a generator, so a run reads one document while the previous
one is being reported, and a file that cannot be read becomes an
:class:`InputError` in the stream instead of stopping the run.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, cast

from mediacheck.errors import InputError
from mediacheck.formats import InputFormat, SourceDocument

__all__ = ["DEFAULT_MAX_BYTES", "STDIN", "read_inputs"]

#: How ``-`` (standard input) is named in messages and output.
STDIN = "<stdin>"
#: Larger documents are refused: a news article is a few kilobytes, and a
#: 10 MB "article" is a mistake (a data dump, a log) that would take minutes.
DEFAULT_MAX_BYTES = 10_000_000


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n} bytes"


def _over(size: int, limit: int) -> str:
    """How far ``size`` is over ``limit``, in MB unless that would print the
    two alike ("1.1 MB, above the 1.1 MB limit"): then in bytes."""
    shown, most = _megabytes(size), _megabytes(limit)
    if shown == most:
        shown, most = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{shown}, above the {most} limit"


def _printable(path: str) -> str:
    """``path`` as a report can show it.  A file name that is not UTF-8
    (an old archive's Latin-1 ``caf\xe9.txt``) reaches Python with each
    such byte as a lone surrogate, which no UTF-8 report can hold: the byte
    is written as ``\xe9`` instead, so the file is still named."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def _format_for(path: str, formats: Sequence[InputFormat], fallback: InputFormat) -> InputFormat:
    return next((f for f in formats if f.detect(path)), fallback)


def _gzipped(path: str, formats: Sequence[InputFormat]) -> bool:
    """Whether ``path`` is read through gzip: its name ends in ``.gz`` and
    no format claims the compressed file itself (a plugin may read
    ``.warc.gz`` whole); the name before ``.gz`` then chooses the format."""
    return path.lower().endswith(".gz") and not any(f.detect(path) for f in formats)


def _claimed(path: str, formats: Sequence[InputFormat]) -> bool:
    """Whether a walk reads ``path``: some format claims it, or the name
    before its ``.gz``."""
    if any(f.detect(path) for f in formats):
        return True
    return path.lower().endswith(".gz") and any(f.detect(path[:-3]) for f in formats)


class _DamagedGzip(OSError):
    """Compressed data that cannot be read to its end, as the file's error."""


class _Gunzipped(gzip.GzipFile):
    """A gzip file read as its text: corpora are stored compressed.  Data
    that is not gzip, or ends early (a truncated download), raises
    :class:`_DamagedGzip` saying so, an error of the file's like any
    other read error, after the documents read before the damage."""

    def read(self, size: int | None = -1) -> bytes:
        with _damage():
            return super().read(size)

    def readline(self, size: int | None = -1) -> bytes:
        with _damage():
            return super().readline(size)


@contextlib.contextmanager
def _damage() -> Iterator[None]:
    try:
        yield
    except EOFError:
        raise _DamagedGzip(errno.EIO, "gzip data ends early (a truncated file?)") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise _DamagedGzip(errno.EIO, f"not valid gzip data ({exc})") from None


def _skipped(path: str, exclude: tuple[int, int] | None) -> bool:
    """Whether a walk passes over ``path``: a FIFO, socket or device (no
    article, and opening a FIFO waits for a writer, forever in a walk), or
    the file ``exclude`` identifies (the report being written).  A broken
    link is not skipped: it is reported when it is opened."""
    try:
        found = os.stat(path)
    except OSError:
        return False
    return not stat.S_ISREG(found.st_mode) or (found.st_dev, found.st_ino) == exclude


def _walk(
    folder: Path, formats: Sequence[InputFormat], exclude: tuple[int, int] | None
) -> Iterator[str]:
    """Files under ``folder`` that some format claims, in a stable order;
    hidden files and folders (``.git``) are skipped, and so are FIFOs,
    sockets and devices, as ``grep -r`` skips them.  ``corpus.jsonl.gz``
    is read as the corpus it holds.  (Named on the command
    line, a FIFO is read: ``mediacheck check <(zcat a.txt.gz)``.)"""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.startswith(".") and _claimed(path, formats) and not _skipped(path, exclude):
                yield path


def _identity(path: str | None) -> tuple[int, int] | None:
    """``path``'s device and inode, which name the file however it is spelt."""
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _read_one(
    path: str, stream: IO[bytes], size: int | None, fmt: InputFormat, max_bytes: int
) -> Iterator[SourceDocument | InputError]:
    if not fmt.corpus and size is not None and size > max_bytes:
        yield InputError(path, f"file is {_over(size, max_bytes)} (raise it with --max-bytes)")
        return
    for item in _guarded(fmt, path, stream):
        # a corpus line is a document of its own: the limit applies to each
        if fmt.corpus and isinstance(item, SourceDocument) and len(item.text) > max_bytes // 4:
            size = len(item.text.encode("utf-8"))
            if size > max_bytes:
                over = _over(size, max_bytes)
                item = InputError(item.path, f"document is {over} (raise it with --max-bytes)")
        yield item


def _guarded(
    fmt: InputFormat, path: str, stream: IO[bytes]
) -> Iterator[SourceDocument | InputError]:
    """``fmt.read``, with a reader that raises (a plugin's bug, a field its
    file lacks) turned into an input error naming the format: the rest of
    the run goes on, and the command exits with 2 instead of a traceback.
    What it read before it raised is kept; an OSError is the file's, and is
    reported as the file's by the caller."""
    try:
        yield from fmt.read(path, stream)
    except OSError:
        raise
    except Exception as exc:
        yield InputError(path, f"input format {fmt.name!r} failed: {exc!r}")


def _read_gzipped(
    name: str, shown: str, formats: Sequence[InputFormat], fallback: InputFormat, max_bytes: int
) -> Iterator[SourceDocument | InputError]:
    """``name.gz`` read as ``name`` would be: a corpus a line at a time, in
    flat memory; any other file whole, refused (as standard input is)
    once it holds more than ``max_bytes``, read no further."""
    fmt = _format_for(name[:-3], formats, fallback)
    with _Gunzipped(name, "rb") as stream:
        # a buffered binary stream, as a reader wants; typeshed keeps them apart
        if fmt.corpus:
            yield from _read_one(shown, cast(IO[bytes], stream), None, fmt, max_bytes)
        else:
            yield from _read_bounded(shown, cast(IO[bytes], stream), fmt, max_bytes, " unpacked")


def _read_bounded(
    path: str, stream: IO[bytes], fmt: InputFormat, max_bytes: int, limit_of: str = ""
) -> Iterator[SourceDocument | InputError]:
    """A stream whose size is unknown (standard input, a file unpacked) read
    whole, refused once it holds more than ``max_bytes``, read no further."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        limit = _megabytes(max_bytes)
        yield InputError(path, f"more than the {limit} limit{limit_of} (raise it with --max-bytes)")
        return
    yield from _read_one(path, io.BytesIO(data), len(data), fmt, max_bytes)


def read_inputs(
    paths: Iterable[str],
    formats: Sequence[InputFormat],
    *,
    fallback: InputFormat,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    exclude: str | None = None,
) -> Iterator[SourceDocument | InputError]:
    """Documents (and errors) from ``paths``, in order.

    ``-`` reads standard input as ``fallback`` (plain text); a directory is
    walked for files that a format detects; a named file that no format
    detects is read as ``fallback``.  A walk passes over the file
    ``exclude``: the report being written, which may lie in a walked
    directory and would be read back as an article.
    """
    skip = _identity(exclude)
    for path in paths:
        if not path:
            # Path("") is the working directory, which would be walked
            yield InputError('""', "an empty path names no file (an unset variable?)")
            continue
        if path == "-":
            yield from _read_bounded(STDIN, stdin or sys.stdin.buffer, fallback, max_bytes)
            continue
        target = Path(path)
        if target.is_dir():
            files: Iterable[str] = list(_walk(target, formats, skip))
            if not files:
                kinds = ", ".join(f.name for f in formats)
                yield InputError(
                    _printable(path), f"directory holds no file of a known type ({kinds})"
                )
        else:
            files = (path,)
        for name in files:
            shown = _printable(name)
            try:
                if _gzipped(name, formats):
                    yield from _read_gzipped(name, shown, formats, fallback, max_bytes)
                    continue
                fmt = _format_for(name, formats, fallback)
                with open(name, "rb") as stream:
                    size = os.fstat(stream.fileno()).st_size
                    yield from _read_one(shown, stream, size, fmt, max_bytes)
            except FileNotFoundError:
                yield InputError(shown, "no such file or directory")
            except IsADirectoryError:
                yield InputError(shown, "is a directory")
            except OSError as exc:
                yield InputError(shown, f"cannot be read: {exc.strerror}")
