"""Bytes to text, with an error that says what is wrong and where."""

from __future__ import annotations

import codecs
import re

from mediacheck.errors import InputError

__all__ = ["UTF16_MARKS", "decode"]

_LINE_BREAK = re.compile(rb"\r\n?|\n")
#: A carriage return with no line feed after it: a line break of a classic Mac OS file.
_LONE_CR = re.compile(r"\r(?!\n)")

#: The byte-order marks that open UTF-16 text, little- and big-endian.
UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _utf16(data: bytes, where: str) -> str:
    """The text of ``data``, saved as UTF-16 with its byte-order mark (what
    Windows Notepad calls "Unicode", and PowerShell 5's ``>`` writes): the
    mark says how to read it, as it does for a browser."""
    try:
        text = data.decode("utf-16")  # the mark read and dropped
    except UnicodeDecodeError as exc:
        raise InputError(
            where,
            f"not valid UTF-16 (as its byte-order mark says): {exc.reason} at offset {exc.start}",
        ) from None
    if not text.strip():
        raise InputError(where, "empty file" if not text else "file holds only white space")
    nul = text.find("\0")
    if nul != -1:
        raise InputError(where, f"binary file, not text (NUL character at character {nul + 1})")
    return text


def decode(data: bytes, where: str) -> str:
    """The UTF-8 text of ``data`` (a leading byte-order mark dropped), or
    its UTF-16 text when it starts with a UTF-16 byte-order mark.

    Raises :class:`InputError` for an empty or blank input, a binary one (a
    NUL byte never occurs in text) and invalid UTF-8, naming the byte.
    """
    if data.startswith(UTF16_MARKS) and not data.startswith(codecs.BOM_UTF32_LE):
        return _with_line_feeds(_utf16(data, where))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        raise InputError(where, "empty file" if not data else "file holds only white space")
    nul = data.find(b"\0")
    if nul != -1:
        raise InputError(where, f"binary file, not text (NUL byte at offset {nul})")
    try:
        return _with_line_feeds(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        before = data[: exc.start]  # its lines broken as the text's are (CR alone too)
        line = len(_LINE_BREAK.findall(before)) + 1
        column = exc.start - (max(before.rfind(b"\n"), before.rfind(b"\r")) + 1) + 1
        raise InputError(
            where,
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"(line {line}, byte {column} of the line)",
        ) from None


def _with_line_feeds(text: str) -> str:
    """``text`` with each lone carriage return (the line break of classic Mac
    OS files) a line feed, as an editor shows it: lines, paragraphs and line
    numbers are then read as in the same file with LF endings, and as the
    length is the same, every offset still points where it did.  A CRLF
    pair is left as it is (its CR stays in the text)."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text
