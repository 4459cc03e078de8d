"""Corpora are stored compressed: ``corpus.jsonl.gz`` is read as the
corpus it holds, a line at a time, and damaged gzip data is an input error
of the file's, after the documents read before the damage."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from mediacheck.cli import main

ARTICLE = (
    'Storm barrier holds\n\n"It held," the harbour master, Ana Ruiz, said. '
    "Analysts say it will hold."
)
LINES = [
    json.dumps({"id": "a1", "text": ARTICLE}),
    '{"id": "a2" "text": 1}',
    json.dumps({"id": "a3", "text": ARTICLE}),
]


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("mediacheck.toml").write_text("", encoding="utf-8")


def check(*args: str) -> tuple[int, list[dict[str, Any]], list[str]]:
    """Exit code, the jsonl records (documents and input errors) and the error lines."""
    result = CliRunner().invoke(main, ["check", "--format", "jsonl", "-j", "1", *args])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [line for line in result.stderr.splitlines() if line.startswith("mediacheck: error:")]
    return result.exit_code, records, errors


def gzipped(name: str, data: bytes) -> None:
    with gzip.open(name, "wb") as archive:
        archive.write(data)


def test_a_gzipped_corpus_is_read_line_by_line() -> None:
    gzipped("corpus.jsonl.gz", "\n".join(LINES).encode())
    code, records, errors = check("corpus.jsonl.gz")
    assert [(r["id"], r["path"]) for r in records] == [
        ("a1", "corpus.jsonl.gz:1"),
        (None, "corpus.jsonl.gz:2"),
        ("a3", "corpus.jsonl.gz:3"),
    ]
    assert records[0]["findings"] and records[0]["findings"] == records[2]["findings"]
    assert errors == [
        "mediacheck: error: corpus.jsonl.gz:2: not JSON at column 13: expecting ',' delimiter"
    ]
    assert code == 2


def test_a_walk_reads_gzipped_files_by_the_name_under_gz() -> None:
    Path("drafts").mkdir()
    gzipped("drafts/corpus.jsonl.gz", LINES[0].encode())
    gzipped("drafts/story.md.gz", b"# Storm barrier holds\n\nThe **council** voted.\n")
    gzipped("drafts/backup.gz", b"no format under this name")
    code, records, errors = check("drafts")
    assert [r["path"] for r in records] == ["drafts/corpus.jsonl.gz:1", "drafts/story.md.gz"]
    assert "**" not in json.dumps(records)  # read as Markdown
    assert (code, errors) == (1, [])


def test_a_truncated_gzip_keeps_the_lines_before_the_cut() -> None:
    whole = gzip.compress("\n".join([LINES[0]] * 3000).encode())
    Path("cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    code, records, errors = check("cut.jsonl.gz")
    *read, failed = records
    assert len(read) > 1000 and all(r["id"] == "a1" for r in read)
    assert (failed["id"], failed["path"]) == (None, "cut.jsonl.gz")
    assert errors == [
        "mediacheck: error: cut.jsonl.gz: cannot be read: gzip data ends early (a truncated file?)"
    ]
    assert code == 2


def test_a_gz_name_over_data_that_is_not_gzip_is_an_error_naming_it() -> None:
    Path("plain.txt.gz").write_text(ARTICLE, encoding="utf-8")
    Path("good.txt").write_text(ARTICLE, encoding="utf-8")
    code, records, errors = check("plain.txt.gz", "good.txt")
    assert [r["path"] for r in records] == ["plain.txt.gz", "good.txt"]
    assert records[0]["id"] is None
    assert errors == [
        "mediacheck: error: plain.txt.gz: cannot be read: not valid gzip data "
        "(Not a gzipped file (b'St'))"
    ]
    assert code == 2


def test_the_size_limit_applies_to_the_unpacked_file() -> None:
    gzipped("long.txt.gz", ("The council voted. " * 1000).encode())
    code, records, errors = check("--max-bytes", "10000", "long.txt.gz")
    assert [(r["id"], r["path"]) for r in records] == [(None, "long.txt.gz")]
    assert errors == [
        "mediacheck: error: long.txt.gz: more than the 10000 bytes limit unpacked "
        "(raise it with --max-bytes)"
    ]
    assert code == 2
