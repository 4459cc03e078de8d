"""Plain text: the file's own text is the document, so offsets are the file's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from mediacheck.errors import InputError
from mediacheck.formats import InputFormat, SourceDocument
from mediacheck.inputs.decode import decode

__all__ = ["TEXT"]


def read_text(path: str, stream: IO[bytes]) -> Iterator[SourceDocument | InputError]:
    try:
        text = decode(stream.read(), path)
    except InputError as error:
        yield error
        return
    yield SourceDocument(text, id=path, path=path)


#: Also reads files no other format claims, when they are named explicitly.
TEXT = InputFormat("text", lambda path: path.lower().endswith((".txt", ".text")), read_text)
