"""The analysis's regexes kept between runs are the regexes ``re.compile``
makes: the same engine code, groups and flags, whether read back from the
file, compiled afresh, or compiled again after a bad entry."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

import mediacheck.analysis  # noqa: F401 - compiles the analysis's patterns
from mediacheck.analysis import _regex

PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)(?:,? (\d{4}))?", 0),
    (r"\b(?:said|says|told)\b", re.IGNORECASE),
    (r"[^0-9A-Za-z_](?:a(?:b(?P<m1>)|c(?P<m2>)))\b", 0),
    (r"(?<=\w['’]l)l\s+(?:be)?", re.MULTILINE | re.DOTALL),
    ("“[^”]*”", 0),
]


def same(kept: re.Pattern[str], compiled: re.Pattern[str]) -> None:
    assert kept == compiled  # compares the flags and the engine's code
    assert (kept.pattern, kept.flags) == (compiled.pattern, compiled.flags)
    assert kept.groups == compiled.groups
    assert kept.groupindex == compiled.groupindex


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh file in ``tmp_path``, written even under PYTHONDONTWRITEBYTECODE."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(_regex, "_PATH", path)
    monkeypatch.setattr(_regex, "_STORED", {})
    monkeypatch.setattr(_regex, "_NEW", {})
    monkeypatch.setattr(_regex, "_USED", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_afresh_and_read_back_are_what_re_compiles(
    store: Path, pattern: str, flags: int
) -> None:
    same(_regex.compile(pattern, flags), re.compile(pattern, flags))
    _regex._save()
    assert store.exists()
    _regex._STORED = _regex._load(store)
    _regex._NEW.clear()
    kept = _regex.compile(pattern, flags)
    assert not _regex._NEW, "read back, not compiled again"
    same(kept, re.compile(pattern, flags))
    text = "On 3 March, 2026 “we will” said ab ac 'll be"
    assert [m.groupdict() for m in kept.finditer(text)] == [
        m.groupdict() for m in re.compile(pattern, flags).finditer(text)
    ]


def test_every_analysis_pattern_is_what_re_compiles() -> None:
    keys = {**_regex._STORED, **_regex._NEW}
    assert len(keys) > 100
    for pattern, flags in keys:
        same(_regex.compile(pattern, flags), re.compile(pattern, flags))


def test_a_bad_entry_is_compiled_again(store: Path) -> None:
    pattern = r"(?P<word>\w+)ed\b"
    _regex._STORED[(pattern, 0)] = (32, [1, 2, 3], 0, {"word": 1}, (None, "word"))
    same(_regex.compile(pattern), re.compile(pattern))


def test_a_file_of_another_build_or_no_file_is_no_entries(store: Path) -> None:
    entry = _regex._compiled("a+", 0)
    store.write_bytes(marshal.dumps((("other", 0, 0), {("a+", 0): entry})))
    assert _regex._load(store) == {}
    store.write_bytes(b"not marshal data")
    assert _regex._load(store) == {}
    store.unlink()
    assert _regex._load(store) == {}
    store.write_bytes(marshal.dumps((_regex._BUILD, {("a+", 0): entry})))
    assert _regex._load(store) == {("a+", 0): entry}


def test_nothing_is_written_when_byte_code_is_not(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _regex.compile("b+")
    _regex._save()
    assert not store.exists()


def test_the_file_holds_this_runs_patterns_first_and_no_more_than_its_limit(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = {(f"old{i}+", 0): _regex._compiled(f"old{i}+", 0) for i in range(3)}
    read, *unread = old
    _regex._STORED.update(old)
    _regex.compile(*read)
    for pattern, _ in PATTERNS:
        _regex.compile(pattern)
    run = [read, *((pattern, 0) for pattern, _ in PATTERNS)]
    sizes = [len(entry[1]) for entry in (old[read], *_regex._NEW.values())]
    monkeypatch.setattr(_regex, "_MOST_WORDS", sum(sizes) + len(old[unread[0]][1]))
    _regex._save()
    assert list(_regex._load(store)) == [*run, unread[0]]
    monkeypatch.setattr(_regex, "_MOST_WORDS", sum(sizes[:3]))
    _regex._save()
    assert list(_regex._load(store)) == run[:3]
