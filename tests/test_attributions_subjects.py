"""The subject of a cue, read back from the verb: a quantifier floating after it
('The ministers all urged') is part of the verb's run, not the source."""

from __future__ import annotations

import pytest

from mediacheck.analysis import analyse
from mediacheck.model import SourceKind


def sources(text: str) -> list[tuple[str | None, str]]:
    return [(a.source.text if a.source else None, a.cue.text) for a in analyse(text).attributions]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Ana Ruiz and Tom Reyes both denounced the plan as reckless.",
            "Ana Ruiz and Tom Reyes",
            "both denounced",
        ),
        ("The mayor and the governor both denounced the plan.", "the governor", "both denounced"),
        ("The three ministers all urged a bigger navy.", "The three ministers", "all urged"),
        ("The senators each said they would vote against the bill.", "The senators", "each said"),
        ("Democrats have all said that the bill is dead.", "Democrats", "have all said"),
        ("Her rivals, who both back a higher tax, spoke later.", "who", "both back"),
        ("We talked and they both agreed that the plan works.", "they", "both agreed"),
    ],
)
def test_a_quantifier_after_the_subject_floats(text: str, source: str, cue: str) -> None:
    assert (source, cue) in sources(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("On trade, both oppose the deal.", "both"),
        ("The pair met in the town where both claim roots.", "both"),
        ("They met twice. And both vowed to be tougher on crime.", "both"),
    ],
)
def test_a_quantifier_opening_its_clause_is_the_subject(text: str, source: str) -> None:
    assert source in [s for s, _ in sources(text)]


def test_a_quantifier_after_a_phrase_joined_by_and_is_left_as_it_is() -> None:
    """'the president and foreign and defense ministers all urged': the reader of the
    subject would stop at the second "and" and credit 'defense ministers', a vague group
    the sentence does not name."""
    found = analyse("The president and foreign and defense ministers all urged a bigger role.")
    assert [(a.source.text if a.source else None) for a in found.attributions] == ["all"]
    assert found.attributions[0].source_kind is SourceKind.VAGUE
