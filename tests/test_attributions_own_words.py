"""What a source says of its own belief, plan or finding ('Officials said they believe
...', 'Lee said she plans to ...') is one claim, the source's: the verb opening what was
said is part of it, not a second attribution credited to the pronoun."""

from __future__ import annotations

import pytest

from mediacheck.analysis import analyse


def triples(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (a.source.text if a.source else None, a.cue.text, a.content.text)
        for a in analyse(text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Officials said they believe the leak came from abroad.",
            "Officials",
            "said",
            "they believe the leak came from abroad",
        ),
        (
            "Ana Ruiz said she plans to vote for the bond.",
            "Ana Ruiz",
            "said",
            "she plans to vote for the bond",
        ),
        ("He said he thinks the port will reopen.", "He", "said", "he thinks the port will reopen"),
        (
            "The ministry says it expects the bridge to open in May.",
            "The ministry",
            "says",
            "it expects the bridge to open in May",
        ),
        (
            "Ana Ruiz told reporters that she would consider a run for mayor.",
            "Ana Ruiz",
            "told",
            "she would consider a run for mayor",
        ),
    ],
)
def test_a_source_s_own_view_opening_what_it_said_is_one_claim(
    text: str, source: str, cue: str, content: str
) -> None:
    assert triples("Title\n\n" + text) == [(source, cue, content)]


def test_a_pronoun_for_someone_else_keeps_its_claim() -> None:
    """'I think they all thought ...': "they" are not the speaker."""
    found = triples("Title\n\nI think they all believed the vote was rigged.")
    assert ("they", "all believed", "the vote was rigged") in found


def test_a_quote_in_the_source_s_own_view_goes_to_the_source() -> None:
    found = analyse('Title\n\nAna Ruiz said she believes the plan is "a giveaway."').attributions
    assert [(a.source.text if a.source else None, len(a.quotes)) for a in found] == [
        ("Ana Ruiz", 1)
    ]
