"""Bad input gets one clear error line naming file (and line) and exit code
2, while every other document of the same run is still checked and reported."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from mediacheck.cli import main


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mediacheck.toml").write_text("", encoding="utf-8")


def errors_of(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("mediacheck: error:")]


def check(*args: str) -> tuple[int, list[dict[str, Any]], list[str]]:
    """Exit code, the documents' records and the error lines; the jsonl
    stream must carry every input error that standard error shows, in order."""
    result = CliRunner().invoke(main, ["check", "--format", "jsonl", *args])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    failed = [r["errors"][0] for r in records if r["id"] is None]
    errors = errors_of(result.stderr)
    assert [f"mediacheck: error: {e['input']}: {e['message']}" for e in failed] == errors
    return result.exit_code, [r for r in records if r["id"] is not None], errors


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binary.txt": (
        b"GIF89a\x00\x01\x02",
        "binary.txt: binary file, not text (NUL byte at offset 6)",
    ),
    "latin1.txt": (
        "Line one.\nCaf\xe9 au lait.".encode("latin-1"),
        "latin1.txt: not valid UTF-8: byte 0xe9 at offset 13 (line 2, byte 4 of the line)",
    ),
    "empty.txt": (b"", "empty.txt: empty file"),
    "blank.txt": (b"  \n\n \t", "blank.txt: file holds only white space"),
    "broken.html": (
        b"<html><body><p>Some text.</p>\n<div class='x",
        "broken.html: malformed HTML: markup opened at line 2, column 1 never closes",
    ),
    "empty.html": (
        b"<html><script>var x = 1;</script></html>",
        "empty.html: no text found in the HTML",
    ),
}


class TestOneBatch:
    def test_every_bad_file_named_and_good_ones_checked(self) -> None:
        Path("good1.txt").write_text("The mayor spoke.", encoding="utf-8")
        for name, (data, _) in BAD_FILES.items():
            Path(name).write_bytes(data)
        Path("good2.txt").write_text("The council voted.", encoding="utf-8")
        code, records, errors = check("good1.txt", *BAD_FILES, "good2.txt", "missing.txt")
        assert code == 2
        assert [r["path"] for r in records] == ["good1.txt", "good2.txt"]
        expected = [f"mediacheck: error: {message}" for _, message in BAD_FILES.values()]
        assert errors == [*expected, "mediacheck: error: missing.txt: no such file or directory"]

    def test_corpus_bad_lines_named_by_line(self) -> None:
        lines = [
            json.dumps({"text": "First good article.", "id": "a"}),
            "{not json",
            json.dumps({"id": "no-text"}),
            json.dumps({"text": 42}),
            json.dumps(["a", "list"]),
            json.dumps({"text": "Dated badly.", "published": "yesterday"}),
            json.dumps({"text": "   "}),
            "",
            '{"text": "A\tB"}',
            json.dumps({"text": "Leap.", "published": "2025-02-29"}),
            json.dumps({"text": None}),
            json.dumps({"text": "Dated as a number.", "published": 20250314}),
            json.dumps({"text": "Second good article.", "id": "b"}),
        ]
        Path("c.jsonl").write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "\xff"}\n')
        code, records, errors = check("c.jsonl")
        assert code == 2
        assert [r["id"] for r in records] == ["a", "b"]
        assert errors == [
            "mediacheck: error: c.jsonl:2: not JSON at column 2: expecting property name "
            "enclosed in double quotes",
            'mediacheck: error: c.jsonl:3: no "text": each line needs a "text" string',
            'mediacheck: error: c.jsonl:4: "text" is a number: each line needs a "text" string',
            "mediacheck: error: c.jsonl:5: expected a JSON object, found an array",
            "mediacheck: error: c.jsonl:6: \"published\": 'yesterday' is not a YYYY-MM-DD date",
            'mediacheck: error: c.jsonl:7: "text" is empty',
            "mediacheck: error: c.jsonl:9: not JSON at column 12: invalid control character "
            "(write a tab or line break inside a string as \\t or \\n)",
            'mediacheck: error: c.jsonl:10: "published": 2025-02-29 is not a date: '
            "February 2025 has 28 days",
            'mediacheck: error: c.jsonl:11: "text" is null: each line needs a "text" string',
            'mediacheck: error: c.jsonl:12: "published" is a number: write the date as a '
            '"YYYY-MM-DD" string',
            "mediacheck: error: c.jsonl:14: not valid UTF-8: byte 0xff at byte 11 of the line",
        ]


class TestJsonLines:
    def test_input_error_is_a_record_in_its_place(self) -> None:
        lines = [json.dumps({"text": "One.", "id": "a"}), "{oops", json.dumps({"text": "Two."})]
        Path("c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["check", "--format", "jsonl", "c.jsonl"])
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["id"] for r in records] == ["a", None, "c.jsonl:3"]
        assert records[1] == {
            "id": None,
            "path": "c.jsonl:2",
            "findings": [],
            "errors": [{"input": "c.jsonl:2", "message": records[1]["errors"][0]["message"]}],
        }
        assert records[1]["errors"][0]["message"].startswith("not JSON")

    @pytest.mark.parametrize("fmt", ["text", "jsonl", "json", "sarif", "github"])
    def test_lone_surrogate_escape_is_an_error_of_its_line(self, fmt: str) -> None:
        """JSON may escape half a surrogate pair ("\\ud800"), which no UTF-8
        output can hold: the line is refused, the run and its output go on."""
        lines = [
            '{"id": "a", "text": "The mayor said \\ud800 it would rain."}',
            '{"id": "b", "text": "A pair \\ud83d\\ude00 is one character.", "outlet": "x"}',
            '{"id": "\\udfff", "text": "The id is the bad field."}',
            '{"text": "The outlet is.", "outlet": ["\\ud800"]}',
        ]
        Path("c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["check", "--format", fmt, "c.jsonl"])
        assert result.exit_code == 2
        assert errors_of(result.stderr) == [
            'mediacheck: error: c.jsonl:1: "text" holds \\ud800 at character 16, '
            "half of a UTF-16 surrogate pair: not valid Unicode",
            'mediacheck: error: c.jsonl:3: "id" holds \\udfff at character 1, '
            "half of a UTF-16 surrogate pair: not valid Unicode",
            'mediacheck: error: c.jsonl:4: "outlet" holds \\ud800 at character 3, '
            "half of a UTF-16 surrogate pair: not valid Unicode",
        ]
        if fmt == "jsonl":
            assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
                None, "b", None, None
            ]  # fmt: skip


class TestDirectories:
    @pytest.mark.parametrize(
        "contents", [[], ["notes.csv", ".hidden.txt"]], ids=["empty", "unknown"]
    )
    def test_directory_without_articles_is_an_input_error(self, contents: list[str]) -> None:
        """A directory that yields no document is named, not silently "0 documents"."""
        Path("drafts").mkdir()
        for name in contents:
            Path("drafts", name).write_text("The mayor spoke.", encoding="utf-8")
        Path("good.txt").write_text("The council voted.", encoding="utf-8")
        code, records, errors = check("drafts", "good.txt")
        assert code == 2 and [r["path"] for r in records] == ["good.txt"]
        assert errors == [
            "mediacheck: error: drafts: directory holds no file of a known type "
            "(jsonl, markdown, html, text)"
        ]

    @pytest.fixture
    def deadline(self) -> Iterator[None]:
        """Fails a test that blocks (on a FIFO) instead of hanging the suite."""

        def expire(signum: int, frame: object) -> None:
            raise TimeoutError("blocked for 20 s")

        previous = signal.signal(signal.SIGALRM, expire)
        signal.alarm(20)
        yield
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
    @pytest.mark.usefixtures("deadline")
    def test_fifo_in_a_directory_is_skipped_not_waited_on(self) -> None:
        Path("drafts").mkdir()
        os.mkfifo("drafts/pipe.txt")
        Path("drafts/story.txt").write_text("The council voted.", encoding="utf-8")
        code, records, errors = check("drafts")
        assert (code, [r["path"] for r in records], errors) == (0, ["drafts/story.txt"], [])

    def test_broken_link_in_a_directory_is_named(self) -> None:
        Path("drafts").mkdir()
        Path("drafts/gone.txt").symlink_to("nowhere.txt")
        Path("drafts/story.txt").write_text("The council voted.", encoding="utf-8")
        code, records, errors = check("drafts")
        assert code == 2 and [r["path"] for r in records] == ["drafts/story.txt"]
        assert errors == ["mediacheck: error: drafts/gone.txt: no such file or directory"]


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are Unicode")
@pytest.mark.parametrize("fmt", ["text", "jsonl", "json", "sarif", "github"])
def test_file_name_not_utf8_is_shown_escaped(tmp_path: Path, fmt: str) -> None:
    """A Latin-1 file name's byte, which no UTF-8 report can hold, is shown
    as \\xe9: it crashed the SARIF output and put the raw byte in JSON."""
    Path("drafts").mkdir()
    try:
        with open(b"drafts/caf\xe9.txt", "wb") as article:
            article.write(b'"We will never give up."\n')
    except OSError:
        pytest.skip("the file system takes only UTF-8 names")
    Path("drafts/empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["check", "--format", fmt, "drafts"])
    assert result.exit_code == 2  # the empty file
    result.stdout_bytes.decode("utf-8")  # no raw byte in the report
    shown = "drafts/caf\\xe9.txt"
    report = result.stdout.replace("%5C", "\\")  # SARIF's URI
    assert shown in report or json.dumps(shown)[1:-1] in report


class TestUtf16:
    STORY = "Café reopens\n\n“We will never give up,” the owner said on Friday.\n"

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
    @pytest.mark.parametrize("name", ["a.txt", "a.md"])
    def test_utf16_with_its_mark_reads_as_the_same_article(self, encoding: str, name: str) -> None:
        """Windows Notepad's "Unicode" and PowerShell 5's ``>`` write UTF-16
        with a byte-order mark: it was "binary file, not text"."""
        mark = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
        Path(name).write_bytes(mark + self.STORY.encode(encoding))
        Path("utf8" + name).write_text(self.STORY, encoding="utf-8")
        result = CliRunner().invoke(main, ["parse", name, "utf8" + name])
        assert result.exit_code == 0, result.stderr
        first, second = (json.loads(line) for line in result.stdout.splitlines())
        assert first["text"] == second["text"] and first["quotes"] == second["quotes"]

    def test_utf16_corpus_is_one_error_for_the_file(self) -> None:
        lines = [json.dumps({"text": "The mayor spoke."})] * 3
        Path("c.jsonl").write_bytes("\n".join(lines).encode("utf-16"))
        code, records, errors = check("c.jsonl")
        assert (code, records) == (2, [])
        assert errors == [
            "mediacheck: error: c.jsonl: UTF-16 text (it starts with a UTF-16 byte-order mark): "
            "JSON Lines is UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8"
        ]

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"\xff\xfe", "empty file"),
            ("\ufeff \n".encode("utf-16-le"), "file holds only white space"),
            (
                "\ufeffA\0B".encode("utf-16-le"),
                "binary file, not text (NUL character at character 2)",
            ),
            (
                b"\xff\xfeA\x00\x00\xd8",
                "not valid UTF-16 (as its byte-order mark says): "
                "unexpected end of data at offset 4",
            ),
        ],
    )
    def test_bad_utf16_is_named(self, data: bytes, message: str) -> None:
        Path("a.txt").write_bytes(data)
        assert check("a.txt")[2] == [f"mediacheck: error: a.txt: {message}"]


def test_empty_path_is_an_error_not_the_working_directory() -> None:
    """``mediacheck check "$DRAFT"`` with the variable unset checked every
    article under the working directory."""
    Path("elsewhere.txt").write_text("The council voted.", encoding="utf-8")
    Path("draft.txt").write_text("The mayor spoke.", encoding="utf-8")
    code, records, errors = check("", "draft.txt")
    assert (code, [r["path"] for r in records]) == (2, ["draft.txt"])
    assert errors == ['mediacheck: error: "": an empty path names no file (an unset variable?)']


class TestReportAmongInputs:
    def test_report_onto_an_input_is_refused_before_it_empties_it(self) -> None:
        Path("story.txt").write_text("The council voted.", encoding="utf-8")
        result = CliRunner().invoke(main, ["check", "story.txt", "-o", "./story.txt"])
        assert (result.exit_code, result.stderr) == (
            2,
            "mediacheck: error: ./story.txt: is also an input, which the report would overwrite\n",
        )
        assert Path("story.txt").read_text(encoding="utf-8") == "The council voted."

    @pytest.mark.parametrize("command", ["check", "parse"])
    def test_report_in_a_walked_directory_is_not_read_back(self, command: str) -> None:
        Path("drafts").mkdir()
        Path("drafts/story.txt").write_text("The council voted.", encoding="utf-8")
        argv = [command, "--format", "jsonl", "drafts", "-o", "drafts/report.txt"]
        result = CliRunner().invoke(main, argv)
        assert (result.exit_code, result.stderr) == (0, "")
        with open("drafts/report.txt", encoding="utf-8") as report:
            assert [json.loads(line)["path"] for line in report] == ["drafts/story.txt"]


class TestSizeLimit:
    def test_twenty_megabytes_refused_without_stopping_the_run(self) -> None:
        """A 20 MB text is refused by size (before it is read); the default
        limit is 10 MB."""
        with open("huge.txt", "wb") as f:
            f.write(b"All work and no play. " * 1_000_000)
        Path("small.txt").write_text("A small article.", encoding="utf-8")
        code, records, errors = check("huge.txt", "small.txt")
        assert code == 2 and [r["path"] for r in records] == ["small.txt"]
        assert errors == [
            "mediacheck: error: huge.txt: file is 22.0 MB, above the 10.0 MB limit "
            "(raise it with --max-bytes)"
        ]

    def test_max_bytes_applies_to_each_corpus_line_and_to_stdin(self) -> None:
        Path("c.jsonl").write_text(
            json.dumps({"text": "x" * 500, "id": "big"}) + "\n" + json.dumps({"text": "ok"}) + "\n",
            encoding="utf-8",
        )
        code, records, errors = check("--max-bytes", "100", "c.jsonl")
        assert code == 2 and [r["id"] for r in records] == ["c.jsonl:2"]
        assert errors == [
            "mediacheck: error: c.jsonl:1: document is 500 bytes, above the 100 bytes limit "
            "(raise it with --max-bytes)"
        ]
        result = CliRunner().invoke(main, ["check", "--max-bytes", "10", "-"], input="y" * 99)
        assert (result.exit_code, errors_of(result.stderr)) == (
            2,
            [
                "mediacheck: error: <stdin>: more than the 10 bytes limit "
                "(raise it with --max-bytes)"
            ],
        )

    def test_sizes_that_round_alike_are_told_in_bytes(self) -> None:
        """Not "1.1 MB, above the 1.1 MB limit"."""
        Path("a.txt").write_bytes(b"The mayor spoke. " * 64_707)  # 1,100,019 bytes
        code, _, errors = check("--max-bytes", "1100000", "a.txt")
        assert (code, errors) == (
            2,
            [
                "mediacheck: error: a.txt: file is 1,100,019 bytes, above the "
                "1,100,000 bytes limit (raise it with --max-bytes)"
            ],
        )

    def test_parse_reports_bad_input_too(self) -> None:
        Path("good.txt").write_text("Fine.", encoding="utf-8")
        Path("empty.txt").write_bytes(b"")
        result = CliRunner().invoke(main, ["parse", "good.txt", "empty.txt"])
        assert result.exit_code == 2
        assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good.txt"]
        assert errors_of(result.stderr) == ["mediacheck: error: empty.txt: empty file"]
