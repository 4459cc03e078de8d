"""JSON Lines corpora: one document a line, ``{"text", "id"?, "headline"?,
"published"?, "url"?, "outlet"?}``.

Lines are read one at a time, so a corpus of any size runs in flat memory,
and a bad line is an error of its own while the others are still read.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from mediacheck.errors import InputError
from mediacheck.formats import InputFormat, SourceDocument
from mediacheck.inputs.dates import parse_date
from mediacheck.inputs.decode import UTF16_MARKS

__all__ = ["CORPUS"]

#: Fields kept as document metadata beside the text.
METADATA = ("url", "outlet")


#: JSON's names for what :func:`json.loads` returns, with an article.
_JSON_TYPES = {
    bool: "true or false",
    int: "a number",
    float: "a number",
    str: "a string",
    list: "an array",
    dict: "an object",
}


#: A character no UTF-8 output can hold: half of a UTF-16 surrogate pair,
#: which JSON may write as an escape (``"\\ud800"``) with no partner.
#: :func:`json.loads` joins a partnered pair into one character, so any left
#: in a string is alone.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), "null")


def _not_json(error: json.JSONDecodeError) -> str:
    """The decoder's message, which may end in "at", as one readable phrase."""
    message = error.msg.removesuffix(" at")
    message = message[:1].lower() + message[1:]
    if message.startswith("invalid control character"):
        message += r" (write a tab or line break inside a string as \t or \n)"
    return f"not JSON at column {error.colno}: {message}"


def _document(record: Any, where: str) -> SourceDocument:
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, found {_json_type(record)}")
    if "text" not in record:
        raise InputError(where, 'no "text": each line needs a "text" string')
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(where, f'"text" is {_json_type(text)}: each line needs a "text" string')
    if not text.strip():
        raise InputError(where, '"text" is empty')
    published = record.get("published")
    date = None
    if published is not None:
        if not isinstance(published, str):  # 20250314, or a date split in parts
            raise InputError(
                where,
                f'"published" is {_json_type(published)}: write the date as a "YYYY-MM-DD" string',
            )
        try:
            date = parse_date(published)
        except ValueError as exc:
            raise InputError(where, f'"published": {exc}') from None
    headline = record.get("headline")
    ident = record.get("id")
    return SourceDocument(
        text,
        id=where if ident is None else str(ident),
        path=where,
        headline=headline if isinstance(headline, str) and headline else None,
        published=date,
        metadata={k: record[k] for k in METADATA if record.get(k) is not None},
    )


def _lone_surrogate(record: dict[str, Any], where: str) -> None:
    """Raises :class:`InputError` for a field the document keeps that holds
    a lone surrogate: it would crash the output of the whole run."""
    for field in ("text", "id", "headline", *METADATA):
        value = record.get(field)
        if not isinstance(value, str):
            value = json.dumps(value, ensure_ascii=False)
        found = _LONE_SURROGATE.search(value)
        if found:
            raise InputError(
                where,
                f'"{field}" holds \\u{ord(found.group()):04x} at character {found.start() + 1}, '
                "half of a UTF-16 surrogate pair: not valid Unicode",
            )


def read_corpus(path: str, stream: IO[bytes]) -> Iterator[SourceDocument | InputError]:
    for number, raw in enumerate(stream, 1):
        where = f"{path}:{number}"
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        elif number == 1 and raw.startswith(UTF16_MARKS):
            # every line would be an error of its own: one for the file
            yield InputError(
                path,
                "UTF-16 text (it starts with a UTF-16 byte-order mark): JSON Lines is UTF-8; "
                "convert it, e.g. iconv -f UTF-16 -t UTF-8",
            )
            return
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(
                where,
                f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the line",
            )
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, _not_json(exc))
            continue
        try:
            if "\\u" in line and isinstance(record, dict):
                _lone_surrogate(record, where)
            yield _document(record, where)
        except InputError as error:
            yield error


CORPUS = InputFormat(
    "jsonl", lambda path: path.lower().endswith(".jsonl"), read_corpus, corpus=True
)
