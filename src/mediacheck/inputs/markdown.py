"""Markdown: the text a reader sees, with a map back to the file.

Only what articles use is understood: headings, paragraphs, emphasis,
links, inline, by reference (``[words][ref]``, ``[words][]`` and
``[words]`` with a ``[ref]: https://...`` line, which is no text) or
automatic (``<https://...>``, its address the words shown; their words and
address go to the metadata as :data:`~mediacheck.model.LINKS`), images
(alt text dropped: it describes a picture, it is not the article's prose),
inline code, block quotes, lists, tables (a paragraph a
row, its cells' text apart by spaces), footnotes (a reference is a mark and
drops out, a definition's text is a paragraph where it stands; which text
each note is and where its marks stood go to the metadata as
:data:`~mediacheck.model.NOTES`), fenced code (skipped),
front matter (its ``published`` or ``date`` and ``title`` kept as the
document's date and headline), HTML comments and tags (dropped).  Markdown
libraries keep at best the line of a block, not the column of a word, so
this small line-based reader is our own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import IO

from mediacheck.errors import InputError
from mediacheck.formats import InputFormat, SourceDocument
from mediacheck.inputs.dates import parse_date
from mediacheck.inputs.decode import decode
from mediacheck.inputs.extract import TextBuilder
from mediacheck.model import HEADINGS, LINKS, NOTES

__all__ = ["MARKDOWN", "extract_markdown"]

_LINE = re.compile(r"[^\n]*\n?")
_FENCE = re.compile(r" {0,3}(```|~~~)")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
#: A link reference's definition, "[ref]: https://example.org "Title"": no
#: text, only the address the links that name it point to.
_REFERENCE = re.compile(r" {0,3}\[(?P<label>[^\]]+)\]:\s+(?P<url><[^>\n]*>|\S+)?")
#: A footnote's definition, "[^1]: Source: ONS figures, 2025.": its text is the
#: article's (a source is often given there), a paragraph of its own.
_FOOTNOTE = re.compile(r" {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*")
#: Block prefixes: quote marks, then a heading or list marker.
_PREFIX = re.compile(
    r"[ \t]*(?:>[ \t]?)*(?P<heading>#{1,6}[ \t]+)?(?P<item>[-*+][ \t]+|\d{1,9}[.)][ \t]+)?"
)
#: A table's delimiter row: "|---|:--:|".
_TABLE_RULE = re.compile(r"\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
#: A table cell's text between pipes (an escaped pipe "\|" stays in the cell).
_CELL = re.compile(r"(?:[^|\\]|\\.)+")


def _field(separator: str) -> re.Pattern[str]:
    """``key<separator>value`` in front matter, the value possibly quoted."""
    return re.compile(
        rf"""(?P<key>[A-Za-z_][\w-]*)[ \t]*{separator}[ \t]*"""
        r"""(?P<quote>["']?)(?P<value>.*?)(?P=quote)[ \t]*$"""
    )


#: Front matter's fence and how a field is written inside it: YAML's
#: ``key: value`` between ``---`` lines (Jekyll and most tools), TOML's
#: ``key = value`` between ``+++`` lines (Hugo).
_FIELDS = {"---": _field(":"), "+++": _field("=")}
#: Front matter keys read as the publication date, first found wins.
DATE_KEYS = ("published", "date")
_INLINE = re.compile(
    r"\[\^(?P<note>[^\]\s]+)\]"  # a footnote's reference, "claim[^1]": a mark, not words
    r"|(?P<image>!)?\[(?P<label>[^\]\n]*)\](?:\((?P<url>[^)\n]*)\)|\[(?P<ref>[^\]\n]*)\])"
    # an autolink, "<https://example.org>", "<press@example.org>": the address is the words
    r"|<(?P<auto>[A-Za-z][A-Za-z0-9+.-]{1,31}://[^\s<>]*|(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+))>"
    r"|<!--.*?-->|</?[A-Za-z][^>\n]*>"
    r"|\\(?P<escaped>[\\`*_{}\[\]()#+\-.!>~|])"
    # "[words]" alone: a link if a definition names it, else text as written
    r"|\[(?P<shortcut>[^\]\n]+)\]"
    r"|\*+|~~|`+|(?<!\w)_+|_+(?!\w)"
)


class _Found:
    """What the inline markup says beside the text: each footnote mark's label
    (case folded) and where in the built text it stood, and each link's
    words (start and end in the built text) and address; and, read before
    the text, the address each link reference's label stands for."""

    def __init__(self, references: dict[str, str]) -> None:
        self.marks: list[tuple[str, int]] = []
        self.links: list[dict[str, object]] = []
        self.references = references

    def address(self, reference: str) -> str | None:
        """The address a reference's definition gives, or None."""
        return self.references.get(_reference_key(reference))

    def link(self, opened: int, end: int, url: str) -> None:
        """Keeps a link whose words run from ``opened`` to ``end``, if it has
        words and leads to another page ("#plan" is a place in this one)."""
        if url and not url.startswith("#") and end > opened:
            self.links.append({"start": opened, "end": end, "url": url})


def _reference_key(label: str) -> str:
    """A reference's label as definitions match it: case and runs of white
    space do not matter ("[The Report]" is "[the  report]")."""
    return " ".join(label.split()).casefold()


def _inline(builder: TextBuilder, text: str, start: int, end: int, found: _Found) -> None:
    """Adds ``text[start:end]`` without its inline markup, and keeps in
    ``found`` where each footnote mark stood and each link's words are."""
    position = at = start
    while match := _INLINE.search(text, at, end):
        url = _address(match, found)
        if match.group("shortcut") is not None and url is None:
            at = match.start() + 1  # "[sic]": the brackets are text, their words read on
            continue
        builder.text(text[position : match.start()], position)
        words = "shortcut" if match.group("label") is None or match.group("image") else "label"
        if match.group("note") is not None:
            found.marks.append((match.group("note").casefold(), builder.length))
        elif match.group("auto") is not None:
            opened = builder.next_start
            builder.text(match.group("auto"), match.start("auto"))
            mail = match.group("mail") is not None
            found.link(opened, builder.length, "mailto:" * mail + match.group("auto"))
        elif match.group(words) is not None:
            opened = builder.next_start
            _inline(builder, text, match.start(words), match.end(words), found)
            found.link(opened, builder.length, url or "")
        elif match.group("escaped") is not None:
            builder.text(match.group("escaped"), match.start("escaped"))
        position = at = match.end()
    builder.text(text[position:end], position)


def _address(match: re.Match[str], found: _Found) -> str | None:
    """Where the link ``match`` is leads, if it is one with words: inline, the
    first part of "[words](https://example.org "a title")"; by reference, what
    the definition named by "[words][ref]", "[words][]" or "[words]" gives."""
    if match.group("url") is not None:
        return next(iter(match.group("url").split(maxsplit=1)), "").strip("<>")
    if match.group("ref") is not None:
        return found.address(match.group("ref") or match.group("label"))
    if match.group("shortcut") is not None:
        return found.address(match.group("shortcut"))
    return None


def _table_row(builder: TextBuilder, text: str, start: int, end: int, found: _Found) -> None:
    """A table row as a paragraph of its own, each cell's text apart from the
    next ("| Tuesday | 4 March 2026 |" reads "Tuesday 4 March 2026"); the
    delimiter row is no text."""
    builder.paragraph(start)
    if not _TABLE_RULE.match(text, start, end):
        for cell in _CELL.finditer(text, start, end):
            a, b = cell.span()
            while a < b and text[a] in " \t":
                a += 1
            while b > a and text[b - 1] in " \t":
                b -= 1
            builder.space(a)
            _inline(builder, text, a, b, found)
    builder.paragraph(end)


def _front_matter(lines: Sequence[tuple[int, str]]) -> tuple[dict[str, str], int]:
    """The front matter's ``key: value`` fields, and how many lines it takes
    (none when the file has no front matter)."""
    fence = lines[0][1].strip() if lines else ""
    pattern = _FIELDS.get(fence)
    if pattern is None:
        return {}, 0
    closing = next((i for i, (_, ln) in enumerate(lines[1:], 1) if ln.strip() == fence), None)
    if closing is None:
        return {}, 0
    fields: dict[str, str] = {}
    for _, line in lines[1:closing]:
        field = pattern.match(line)
        if field is not None and field.group("value"):
            fields.setdefault(field.group("key").lower(), field.group("value"))
    return fields, closing + 1


def _in_code(lines: Sequence[tuple[int, str]]) -> list[bool]:
    """Whether each line is fenced code or a fence, which is no text."""
    fence: str | None = None
    code = []
    for _, line in lines:
        fenced = _FENCE.match(line)
        code.append(fence is not None or fenced is not None)
        if fenced and (fence is None or fenced.group(1) == fence):
            fence = None if fence is not None else fenced.group(1)
    return code


def _references(lines: Sequence[tuple[int, str]], in_code: Sequence[bool]) -> dict[str, str]:
    """The address each link reference's label stands for, read before the
    text, since a definition mostly comes after the links that name it; the
    first definition of a label counts, as in CommonMark."""
    references: dict[str, str] = {}
    for (_, line), code in zip(lines, in_code, strict=True):
        definition = None if code else _REFERENCE.match(line)
        if definition is not None and definition.group("url"):
            key = _reference_key(definition.group("label"))
            references.setdefault(key, definition.group("url").strip("<>"))
    return references


def _published(fields: dict[str, str], where: str) -> dt.date | None:
    for key in DATE_KEYS:
        if key in fields:
            try:
                return parse_date(fields[key])
            except ValueError as exc:
                raise InputError(where, f"front matter {key!r}: {exc}") from None
    return None


def extract_markdown(source: str, where: str) -> SourceDocument:
    builder = TextBuilder(source)
    in_comment = False
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(source) if m.group()]
    fields, skipped = _front_matter(lines)
    published = _published(fields, where)
    lines = lines[skipped:]
    in_code = _in_code(lines)
    found = _Found(_references(lines, in_code))
    #: Each footnote definition's label as written and where its text starts.
    definitions: list[tuple[str, int]] = []
    headings: list[int] = []
    for (start, line), code in zip(lines, in_code, strict=True):
        if code:
            builder.paragraph(start)
            continue
        if in_comment or line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line
            builder.paragraph(start)
            continue
        footnote = _FOOTNOTE.match(line)
        if footnote is not None:
            builder.paragraph(start)
            note_start = builder.next_start
            _inline(builder, source, start + footnote.end(), start + len(line), found)
            if builder.length > note_start:  # "[^1]:" alone names nothing
                definitions.append((footnote.group("label"), note_start))
            continue
        if not line.strip(" \t>") or _RULE.match(line) or _REFERENCE.match(line):
            # a line of quote marks only is a blank line inside a block quote
            builder.paragraph(start)
            continue
        prefix = _PREFIX.match(line)
        assert prefix is not None  # the pattern matches the empty string
        end = len(line)
        if line.startswith("|", prefix.end()):
            _table_row(builder, source, start + prefix.end(), start + end, found)
            continue
        if prefix.group("heading") or prefix.group("item"):
            builder.paragraph(start)
        if prefix.group("heading"):
            end = len(line.rstrip(" \t#")) or end
            headings.append(builder.next_start)
        builder.space(start)
        _inline(builder, source, start + prefix.end(), start + end, found)
        if prefix.group("heading"):
            builder.paragraph(start + end)
    text, source_map = builder.build()
    if not text.strip():
        raise InputError(where, "no text found in the Markdown")
    notes = _notes(text, definitions, found.marks)
    metadata: dict[str, object] = {NOTES: notes} if notes else {}
    if found.links:
        metadata[LINKS] = tuple(found.links)
    if headings:
        metadata[HEADINGS] = tuple(headings)
    return SourceDocument(
        text,
        id=where,
        path=where,
        headline=fields.get("title"),
        published=published,
        source_map=source_map,
        metadata=metadata,
    )


def _notes(
    text: str, definitions: list[tuple[str, int]], marks: list[tuple[str, int]]
) -> tuple[dict[str, object], ...]:
    """Each footnote with text, as :data:`~mediacheck.model.NOTES` keeps it:
    its text runs to the end of its paragraph (a definition's indented lines
    continue it), and its references are the marks with its label."""
    notes = []
    for label, start in definitions:
        end = text.find("\n\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            key = label.casefold()
            references = tuple(at for mark, at in marks if mark == key)
            notes.append({"label": label, "start": start, "end": end, "references": references})
    return tuple(notes)


def read_markdown(path: str, stream: IO[bytes]) -> Iterator[SourceDocument | InputError]:
    try:
        yield extract_markdown(decode(stream.read(), path), path)
    except InputError as error:
        yield error


MARKDOWN = InputFormat(
    "markdown", lambda path: path.lower().endswith((".md", ".markdown")), read_markdown
)
