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
    # 'he thinks' is part of what Ruiz told reporters (tests/test_attributions_own_words.py)
    sources = [source for source, _, content in triples(text) if "the appeal" in content]
    assert sources and not any("telling" in (source or "") for source in sources)


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


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Ann Roe, head of the growers' union, welcomed “the admission that we still lack"
            " the machines we need.”",
            "Ann Roe",
            "welcomed",
        ),
        ("She voiced a wish for a “calm, open and prosperous border region.”", "She", "voiced"),
        (
            "Ruiz likened the vote to the marches where people had to “stand up and be counted.”",
            "Ruiz",
            "likened",
        ),
        (
            "While Lee proclaims the report a “fine piece and well worth the long trip,” Ruiz"
            " shrugs.",
            "Lee",
            "proclaims",
        ),
    ],
)
def test_a_judging_verb_with_a_speech_quote_credits_its_subject(
    text: str, source: str, cue: str
) -> None:
    """A verb of judging, describing or promising reports the quoted words after it."""
    found = [(s, c) for s, c, content in triples(text) if "“" in content]
    assert found[:1] == [(source, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The governor welcomed the visitors from Ohio.",
        "The senator voiced his love for “The Walking Dead” on Monday.",
        "The mayor applauded “Game of Thrones” and its cast.",
        "The council welcomed the plan. “We are glad,” said Ruiz.",
    ],
    ids=["no-quote", "show-title", "series-title", "quote-in-the-next-sentence"],
)
def test_a_judging_verb_without_speech_after_it_reports_nothing(text: str) -> None:
    """Titles of shows and books are no one's words, and a quote beyond the clause has
    its own speaker."""
    cues = [cue for _, cue, _ in triples(text)]
    assert not {"welcomed", "voiced", "applauded"} & set(cues)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In Ohio, the reporter Ann Roe, writing in The Ledger in 2013, described a culture"
            " of “clerks mocking callers on the phone, or ignoring them for hours.”",
            "Ann Roe",
        ),
        (
            "The first ad, launched Wednesday, argued the mayor could not serve because she"
            " would be hobbled by the “new inquiry.”",
            "The first ad",
        ),
        (
            "The two lawmakers, however, argue that “there is a clear precedent for this.”",
            "The two lawmakers",
        ),
    ],
)
def test_a_participle_or_however_aside_sits_between_subject_and_cue(text: str, source: str) -> None:
    """'X, writing in ..., described', 'X, launched Wednesday, argued', 'X, however, argue'."""
    assert triples(text)[0][0] == source


def test_a_count_after_the_keeps_its_article() -> None:
    """'The three officials said': the group named before, not three unnamed people."""
    found = analyse("The three officials said the talks had failed.").attributions
    assert [(a.source.text if a.source else None, a.source_kind.value) for a in found] == [
        ("The three officials", "vague")
    ]


def test_the_count_of_a_pair_named_before_speaks() -> None:
    """'"...," the two write': 'the two' is the subject, not a compound noun."""
    found = triples("“We see no reason for the delay in this case,” the two write.")
    assert found == [("the two", "write", "“We see no reason for the delay in this case,”")]


def test_a_later_verb_shares_a_subject_with_a_relative_aside() -> None:
    """'Lee, who ..., arrived ... with no clear reply and admitted that ...': the sentence's
    subject admits; 'no clear reply' is a noun phrase, not a speaker."""
    found = triples(
        "Lee, who has chaired the board for years, arrived at the hearing with no clear"
        " answer and acknowledged that she had only “skimmed the audit on the train.”"
    )
    assert found == [("Lee", "acknowledged", "she had only “skimmed the audit on the train.”")]


@pytest.mark.parametrize(
    "text",
    [
        'The board\'s "savings plan" says the library costs too much.',
        "The club’s “fair play review” says the library costs too much.",
    ],
)
def test_a_quoted_phrase_inside_the_subject_is_no_inverted_quote(text: str) -> None:
    """A scare quote or a title closing with no punctuation of its own, after words of its
    sentence, is part of the subject: the words after the verb are no speaker."""
    assert all(source != "the library costs too much" for source, _, _ in triples(text))
    assert all(not content.endswith(('plan"', "review”")) for _, _, content in triples(text))


def test_a_quote_opening_its_sentence_still_inverts() -> None:
    """'"We are done" says the mayor': the quote opens the sentence and is what was said."""
    assert triples('"We are done" says the mayor.') == [("the mayor", "says", '"We are done"')]
