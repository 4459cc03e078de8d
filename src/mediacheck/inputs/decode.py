"""Bytes to text, with an error that says what is wrong and where."""

from __future__ import annotations

import codecs

from mediacheck.errors import InputError

__all__ = ["decode"]


def decode(data: bytes, where: str) -> str:
    """The UTF-8 text of ``data`` (a leading byte-order mark dropped).

    Raises :class:`InputError` for an empty or blank input, a binary one (a
    NUL byte never occurs in text) and invalid UTF-8, naming the byte.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        raise InputError(where, "empty file" if not data else "file holds only white space")
    nul = data.find(b"\0")
    if nul != -1:
        raise InputError(where, f"binary file, not text (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            where,
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"(line {line}, byte {column} of the line)",
        ) from None
