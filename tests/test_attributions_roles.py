"""A role before a name is its title: '..., critic Ana Ruiz said' credits the claim
before the comma to the critic, as '..., Mayor Ana Ruiz said' does."""

from __future__ import annotations

import pytest

from mediacheck.analysis import analyse


def triples(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (a.source.text if a.source else None, a.cue.text, a.content.text)
        for a in analyse(text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ferry pays its way, critic Ana Ruiz said.", "critic Ana Ruiz"),
        ("The ferry pays its way, the lawyer Ana Ruiz said.", "the lawyer Ana Ruiz"),
        ("The ferry pays its way, food critic Ana Ruiz said.", "food critic Ana Ruiz"),
        (
            "The ferry pays its way, defense lawyer Tom Reyes said on Monday.",
            "defense lawyer Tom Reyes",
        ),
    ],
)
def test_a_role_before_a_name_after_the_claim_credits_it(text: str, source: str) -> None:
    """The claim before the comma is the named person's, the role part of the mention."""
    assert triples(text) == [(source, "said", "The ferry pays its way")]


def test_a_role_starts_the_mention_opening_a_sentence() -> None:
    assert triples("Lawyer Ana Ruiz said the ferry pays its way.") == [
        ("Lawyer Ana Ruiz", "said", "the ferry pays its way")
    ]


def test_a_verb_before_a_role_is_no_modifier_of_it() -> None:
    """'told lawyer Ana Ruiz': the name is the verb's object, and the role only its."""
    sources = [source for source, _, _ in triples("The ferry pays, he told lawyer Ana Ruiz.")]
    assert sources == ["he"]


def test_a_role_after_another_determiner_is_that_phrase_s_noun() -> None:
    """'any Tory voter Lee said': the role heads 'any Tory voter', the name speaks alone."""
    sources = [
        source for source, _, _ in triples("Asked if that meant any Tory voter Lee said, “Any.”")
    ]
    assert sources == ["Lee"]
