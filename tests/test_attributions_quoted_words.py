"""Quoted words we credit to their speaker: where one content ends and the next begins,
long names between a quote and its verb, asides in parentheses."""

from __future__ import annotations

import pytest

from mediacheck.analysis import analyse


def triples(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (a.source.text if a.source else None, a.cue.text if a.cue else "", a.content.text)
        for a in analyse(text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“A tunnel of that length would be a stretch for the city,” Ann Lee of the Hale"
            " Institute for Transit Policy Research wrote in March.",
            "Ann Lee of the Hale Institute for Transit Policy Research",
        ),
        (
            "“These are hard days for small growers like me,” former Farm Bureau press aide"
            " Tom Noon wrote in a column this month.",
            "former Farm Bureau press aide Tom Noon",
        ),
    ],
)
def test_a_long_name_between_the_quote_and_its_verb_speaks_it(text: str, source: str) -> None:
    """A role or an affiliation before the name belongs to the speaker, and the quote is
    the content (not the place or time after the verb)."""
    found = triples(text)
    assert found[0][0] == source
    assert found[0][2].startswith("“") and found[0][2].endswith(",”")


def test_a_participle_after_the_quote_is_no_speaker() -> None:
    """'"...," telling reporters that he ...': a clause, not a name, stands before the cue."""
    text = (
        "Ruiz praised the ruling as “overdue,” telling reporters in Dayton on Friday that"
        " he thinks the appeal is “hopeless.”"
    )
    sources = [source for source, cue, _ in triples(text) if cue == "thinks"]
    assert sources and "telling" not in (sources[0] or "")


def test_a_quote_in_parentheses_is_its_writer_s_alone() -> None:
    """'Members balked ("...," wrote X)': the content is the quote, and the sentence's own
    attribution stops before the parenthesis."""
    found = triples(
        "Lee told the board that a tenant had asked for more time (“we could not pay on"
        " a Sunday, so we waited,” Lee wrote, “and nobody minded”)."
    )
    assert ("Lee", "told", "a tenant had asked for more time") in found
    wrote = [content for _, cue, content in found if cue == "wrote"]
    assert wrote == ["“we could not pay on a Sunday, so we waited,” Lee wrote, “and nobody minded”"]


def test_a_participle_after_before_is_a_claim_of_its_own() -> None:
    """'X said A on Twitter before claiming that B': A and B are two contents of X."""
    found = triples(
        "Lee said the strike has “cost us dearly” on Twitter before claiming that the"
        " depot is “already lost.”"
    )
    assert found == [
        ("Lee", "said", "the strike has “cost us dearly” on Twitter"),
        ("Lee", "claiming", "the depot is “already lost.”"),
    ]


def test_a_series_of_verbs_after_quotes_shares_the_subject() -> None:
    """'X supports "A," opposes "B" and recalled C': one attribution a verb."""
    found = triples(
        "The mayor supports “modest fare cuts,” opposes “any new toll on the bridge over"
        " the river” and recalled the strike of 2009."
    )
    assert found == [
        ("The mayor", "supports", "“modest fare cuts,”"),
        ("The mayor", "opposes", "“any new toll on the bridge over the river”"),
        ("The mayor", "recalled", "the strike of 2009"),
    ]


def test_a_speaker_after_a_quote_series_comma_is_not_the_subject() -> None:
    """'Ruiz called it "a mess," says the mayor': 'says' takes the mayor, not Ruiz."""
    found = triples("Ruiz called it “a total mess,” says the mayor.")
    assert [source for source, cue, _ in found if cue == "says"] == ["the mayor"]


def test_a_relative_clause_after_a_closing_quote_is_the_writer_s() -> None:
    """'identified the inspector as "Spanish," which is what ...': the content ends with
    the quote."""
    found = triples(
        "First, Lee identified the inspector as “Spanish,” which is what some people"
        " call anyone who speaks it."
    )
    assert ("Lee", "identified", "the inspector as “Spanish,”") in found
