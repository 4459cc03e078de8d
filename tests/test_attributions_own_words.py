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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The candidate said he does not believe the polls.", "The candidate"),
        ("Ana Ruiz and Tom Reyes agreed they would back the bond.", "Ana Ruiz and Tom Reyes"),
        ("Most voters say they plan to watch the debate.", "Most voters"),
        ("Republicans say they will ask voters for a divided government.", "Republicans"),
        ("Voters who said they preferred an outsider left early.", "who"),
    ],
)
def test_the_source_taken_up_by_its_pronoun_keeps_one_claim(text: str, source: str) -> None:
    assert [s for s, _, _ in triples("Title\n\n" + text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's aides said he intended to stay in the city.",
        "Critics who say he plans to quit were loud.",
    ],
)
def test_a_pronoun_for_one_of_a_group_is_someone_else(text: str) -> None:
    """A group's 'he' is not the group: 'he intended' keeps its own source."""
    assert "he" in [s for s, _, _ in triples("Title\n\n" + text)]


def test_a_pronoun_for_someone_else_keeps_its_claim() -> None:
    """'I think they all thought ...': "they" are not the speaker."""
    found = triples("Title\n\nI think they all believed the vote was rigged.")
    assert ("they", "all believed", "the vote was rigged") in found


def test_a_quote_in_the_source_s_own_view_goes_to_the_source() -> None:
    found = analyse('Title\n\nAna Ruiz said she believes the plan is "a giveaway."').attributions
    assert [(a.source.text if a.source else None, len(a.quotes)) for a in found] == [
        ("Ana Ruiz", 1)
    ]
