"""A file saved with Windows line endings (CRLF) reads as the same article:
the carriage returns stay in the text, so offsets are the file's, but the
model and the findings are those of the same file with LF endings.  One
saved with classic Mac OS endings (a lone CR) reads as LF: same offsets,
same lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import mediacheck
from mediacheck import Document
from mediacheck.cli import main
from mediacheck.errors import InputError
from mediacheck.inputs.decode import decode

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
#: Turns labelled with names, then questions and answers: each line's words
#: end before its line break.
TRANSCRIPT = (
    "Keepers Remember\n\nThe last keepers spoke to the radio.\n\n"
    "HOST: When did you first go out to the rock?\n\n"
    "ROSS: In the spring of 1974, when I was nineteen.\n\n"
    "Later we talked to Maria Ross about the winters.\n\n"
    "Q: Did you ever miss the mainland?\n\n"
    "A: Every single winter.\n\n"
    "Q: And now?\n\n"
    "A: Not for a day.\n"
)


def model(document: Document) -> dict[str, object]:
    """The model's parts as the reader sees them (carriage returns dropped)."""
    parts = {
        "headline": document.headline and document.headline.text,
        "byline": document.byline and document.byline.text,
        "published": document.published,
        "paragraphs": [p.text for p in document.paragraphs],
        "sentences": [s.text for s in document.sentences],
        "quotes": [q.text for q in document.quotes],
        "attributions": [
            (a.source and a.source.text, a.cue and a.cue.text, a.content.text, a.source_kind)
            for a in document.attributions
        ],
        "temporal": [(t.text, t.value) for t in document.temporal],
    }
    return {k: repr(v).replace("\\r", "") for k, v in parts.items()}


def findings(text: str) -> list[tuple[str, str, int]]:
    return [(f.rule, f.span.text.replace("\r", ""), f.span.line) for f in mediacheck.check(text)]


@pytest.mark.parametrize(
    "text",
    [TRANSCRIPT, *(p.read_text(encoding="utf-8") for p in SEEDS)],
    ids=["transcript", *(p.stem for p in SEEDS)],
)
def test_crlf_reads_as_lf(text: str) -> None:
    """Headline, paragraphs, quotes, attributions, dates and findings are
    the same whichever line ending the file has."""
    lf = text.replace("\r\n", "\n")
    crlf = lf.replace("\n", "\r\n")
    assert model(mediacheck.parse(crlf)) == model(mediacheck.parse(lf))
    assert findings(crlf) == findings(lf)


def test_turns_and_answers_end_before_the_carriage_return() -> None:
    document = mediacheck.parse(TRANSCRIPT.replace("\n", "\r\n"))
    assert document.headline is not None and document.headline.text == "Keepers Remember"
    contents = {a.content.text for a in document.attributions}
    assert {"In the spring of 1974, when I was nineteen", "Not for a day"} <= contents


def places(text: str) -> list[tuple[str, int, int, int]]:
    return [(f.rule, f.span.start, f.span.line, f.span.column) for f in mediacheck.check(text)]


@pytest.mark.parametrize(
    "text",
    [TRANSCRIPT, *(p.read_text(encoding="utf-8") for p in SEEDS)],
    ids=["transcript", *(p.stem for p in SEEDS)],
)
def test_a_file_with_lone_crs_reads_as_lf(text: str) -> None:
    """In a file, a lone carriage return breaks the line: paragraphs,
    headline, findings and their lines and columns are those of the same
    file with LF endings."""
    lf = text.replace("\r\n", "\n")
    cr = decode(lf.replace("\n", "\r").encode("utf-8"), "old.txt")
    assert model(mediacheck.parse(cr)) == model(mediacheck.parse(lf))
    assert places(cr) == places(lf)


def test_a_classic_mac_file_gives_the_lines_an_editor_shows(tmp_path: Path) -> None:
    """Read from a file (Markdown's lines are read before the analysis), a
    finding on the third line is on line 3, and the offsets are the file's."""
    for name in ("pier.txt", "pier.md"):
        path = tmp_path / name
        path.write_bytes(b"Pier reopens\r\rOfficials said the pier is safe.\r")
        output = CliRunner().invoke(main, ["check", "--format", "jsonl", str(path)]).stdout
        (finding,) = json.loads(output)["findings"]
        assert (finding["line"], finding["column"], finding["start"]) == (3, 1, 14)


def test_an_encoding_error_in_a_classic_mac_file_names_its_line() -> None:
    with pytest.raises(InputError, match=r"\(line 3, byte 4 of the line\)"):
        decode(b"Title\r\rcaf\xe9 au lait\r", "old.txt")
