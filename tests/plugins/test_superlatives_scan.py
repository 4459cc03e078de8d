"""The fast phrase search behind the absolute terms."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediacheck_superlatives.scan import PhraseFinder

PHRASES = ["unprecedented", "unparalleled", "never before", "all-time", "of all time", "record"]


@pytest.fixture(scope="module")
def finder() -> PhraseFinder:
    return PhraseFinder(PHRASES)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("An unprecedented rise.", ["unprecedented"]),
        ("Unprecedented, it was.", ["Unprecedented"]),
        ("It had never\\n  before happened.".replace("\\n", "\n"), ["never\n  before"]),
        ("An all-time high, the best of all time.", ["all-time", "of all time"]),
        ("A near-record year.", ["record"]),
        ("Recorded in the records.", []),
        ("Ununprecedented and unprecedentedly.", []),
        ("UNPRECEDENTED", []),
    ],
    ids=[
        "word",
        "capital",
        "white-space",
        "two",
        "hyphen-joined",
        "longer-words",
        "inside-words",
        "all-caps",
    ],
)
def test_finds_whole_phrases(finder: PhraseFinder, text: str, found: list[str]) -> None:
    """Whole words only, the first letter in either case, any white space inside."""
    assert sorted(text[s:e] for s, e, _ in finder.finditer(text)) == sorted(found)


def test_reports_the_phrase(finder: PhraseFinder) -> None:
    """Each hit names the listed phrase, whatever its case and spacing in the text."""
    assert [p for _, _, p in finder.finditer("Never   before.")] == ["never before"]


def _reference(text: str) -> set[tuple[int, int, str]]:
    """The same search done slowly: one plain regex per phrase."""
    found = set()
    for phrase in PHRASES:
        first, rest = phrase[0], re.escape(phrase[1:]).replace(r"\ ", r"\s+")
        pattern = re.compile(rf"(?<!\w)[{first}{first.upper()}]{rest}(?!\w)")
        found |= {(m.start(), m.end(), phrase) for m in pattern.finditer(text)}
    return found


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*PHRASES, "Never", "Record", "un", "ever", "all", "-", " ", "\n", "x", "s"]
        ),
        max_size=12,
    ).map("".join)
)
def test_agrees_with_a_plain_search(text: str) -> None:
    """The fast search finds exactly what one regex per phrase finds."""
    assert set(PhraseFinder(PHRASES).finditer(text)) == _reference(text)
