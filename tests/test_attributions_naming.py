"""Names given in quotes: a naming verb ('called', 'dubbed', 'rated') credits the quoted
name to whoever gives it, a passive's by-agent, or no one."""

from __future__ import annotations

import pytest

import mediacheck
from mediacheck.analysis import analyse


def triples(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (a.source.text if a.source else None, a.cue.text, a.content.text)
        for a in analyse(text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy, dubbed “the rain tax” by its opponents, passed on Monday.",
            ("its opponents", "dubbed", "“the rain tax”"),
        ),
        (
            "The inquiry — often labeled as a “fishing trip” by Republicans — resumes today.",
            ("Republicans", "labeled", "as a “fishing trip”"),
        ),
        (
            'The depot has been called "the slowest in the state" by the Ledger.',
            ("the Ledger", "called", '"the slowest in the state"'),
        ),
    ],
)
def test_a_passive_name_is_its_by_agent_s(text: str, expected: tuple[str, str, str]) -> None:
    """The subject of a passive naming verb is what is named, not who names it."""
    assert triples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was called “a giveaway” in a memo last year.",
        "She founded a charity called “Open Doors” in 2004.",
        "Lee launched a fund dubbed “Harbor First” and left the board.",
        "One dresses so boldly that she is nicknamed “Sparkle.”",
    ],
)
def test_a_name_nobody_gives_is_credited_to_no_one(text: str) -> None:
    """'a charity called "..."', 'was called "..."' with no agent: the name, or the
    title, is no one's words; the thing named is no speaker."""
    assert all(source is None for source, _, _ in triples(text))
    quotes = analyse(text).quotes
    assert not any(q.index in a.quotes for a in analyse(text).attributions for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fact-checkers rated the mayor’s claim “Mostly False.”",
            ("The fact-checkers", "rated", "the mayor’s claim “Mostly False.”"),
        ),
        (
            'The firm, meanwhile, named Ruth Poe its "chief storyteller."',
            ("The firm", "named", 'Ruth Poe its "chief storyteller."'),
        ),
        (
            "Fans nicknamed the goalkeeper “the Wall” after the final.",
            ("Fans", "nicknamed", "the goalkeeper “the Wall” after the final"),
        ),
        (
            "Lee called the programme 'the best in years'.",
            ("Lee", "called", "the programme 'the best in years'"),
        ),
        (
            "Lee called the programme ‘the best we’ve had’.",
            ("Lee", "called", "the programme ‘the best we’ve had’"),
        ),
        (
            "The firm named Ruth Poe its 'chief storyteller'.",
            ("The firm", "named", "Ruth Poe its 'chief storyteller'"),
        ),
    ],
)
def test_a_name_given_in_a_quote_is_the_namer_s(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor named Ruth Poe to the board on Friday.",
        "The agency rated the bonds AA after the sale.",
        "Fans nicknamed the goalkeeper after a cartoon bear.",
        "The firm named the Joneses' son to the board.",
        "The band named rock 'n' roll as its first love.",
    ],
)
def test_naming_without_a_quoted_name_reports_nothing(text: str) -> None:
    """'named her to the board', 'rated the bonds AA': an appointment or a grade."""
    assert triples(text) == []


def test_a_verb_after_the_name_belongs_to_the_clause_around_it() -> None:
    """'what residents have called a "ghost bridge" cost ...': the naming ends at the name."""
    found = triples(
        "What residents have called a “ghost bridge” cost the county $4 million last year."
    )
    assert found == [("residents", "have called", "a “ghost bridge”")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee called the depot “a relic” for years before the vote.",
            "the depot “a relic” for years before the vote",
        ),
        (
            "Lee called it a “costly mistake,” made by “people who never ride the bus.”",
            "it a “costly mistake,” made by “people who never ride the bus.”",
        ),
    ],
)
def test_a_phrase_after_the_name_stays_in_the_content(text: str, content: str) -> None:
    """A phrase or an aside after the name is still part of what the namer said."""
    assert triples(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator has used the phrase “clean slate” in every speech since May.",
            ("The senator", "has used the phrase", "“clean slate”"),
        ),
        (
            'Ann Lee ran on the slogan "Fix the Pier" in 2010.',
            ("Ann Lee", "ran on the slogan", '"Fix the Pier"'),
        ),
        (
            "When Ruiz used the words, “we are nearly there,” he was echoing his rival.",
            ("Ruiz", "used the words", "“we are nearly there,”"),
        ),
    ],
)
def test_words_someone_used_are_theirs(text: str, expected: tuple[str, str, str]) -> None:
    """'used the phrase "..."', 'ran on the slogan "..."': the user of the words speaks."""
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The city used the money for “emergency repairs” last winter.",
        "She used the book “Small Wonders” in her class.",
    ],
)
def test_a_quote_after_a_use_of_something_else_is_no_one_s(text: str) -> None:
    """Money, a book: used, but not words anyone said."""
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            'A rally by the city’s leaders on Wednesday had one message: "Save the pier."',
            "leaders",
            "had one message",
        ),
        (
            "The mayor is rolling out a new and more personal campaign message: “It is"
            " about the harbor.”",
            "The mayor",
            "is rolling out a new and more personal campaign message",
        ),
        (
            "She offered up this sound bite, which she later regretted: “We will close"
            " every depot.”",
            "She",
            "offered up this sound bite, which she later regretted",
        ),
    ],
)
def test_a_message_before_a_colon_is_its_giver_s(text: str, source: str, cue: str) -> None:
    """'had one message:', 'is rolling out a ... message:': the subject gives the quote."""
    found = triples(text)
    assert len(found) == 1 and source in (found[0][0] or "") and found[0][1] == cue


def test_an_article_before_a_colon_names_no_speaker() -> None:
    """'A sign hangs in the square: "..."': a sign shown, no message given."""
    assert triples("A sign hangs in the square: “Closed for repairs.”") == []


def test_a_phrasal_participle_names_with_as() -> None:
    """'by referring to his rivals as "..."' names; '..., he said, referring to Kerry' only
    says whom the quote is about (the quote stays the said's)."""
    found = triples("Lee raised the stakes by referring to the board’s backers as “quiet vandals.”")
    assert ("Lee", "referring to", "the board’s backers as “quiet vandals.”") in found
    said = triples("“He sold us out,” Lee said, referring to the mayor. “We all saw it.”")
    assert [cue for _, cue, _ in said] == ["said"]


def test_a_naming_verb_joined_to_a_verb_in_a_clause_shares_its_subject() -> None:
    """'such as when Cruz knocked Rubio ... and called him "..."': the clause's subject."""
    found = triples(
        "There were sharper jabs, such as when Ruiz mocked Lee on fares and called her a"
        " “tourist,” a dig at her commute."
    )
    assert ("Ruiz", "called", "her a “tourist,”") in found


def test_a_second_participle_after_the_name_is_a_claim_of_its_own() -> None:
    """'calling it "illogical" and saying he ...': two contents, one speaker; a name
    with '&' in an aside keeps the subject."""
    found = triples(
        "Ann Ruiz, AT&T's chief executive, dismissed the idea, calling it “illogical” and"
        " saying she wants to end the talk."
    )
    assert ("Ann Ruiz", "calling", "it “illogical”") in found
    assert ("Ann Ruiz", "saying", "she wants to end the talk") in found


def test_an_owned_conclusion_is_its_owner_s() -> None:
    """ "Lee's conclusion that ...": the owner concludes; "reached the conclusion that"
    names no one, and is no vague source either."""
    found = triples("The audit undercut Lee’s conclusion that the fund was “fully secure.”")
    assert found == [("Lee’s", "conclusion", "the fund was “fully secure.”")]
    assert triples("The panel reached the conclusion that the plan had failed.") == []


def test_a_pair_with_a_shared_aside_speaks() -> None:
    """'Lee and Ruiz, both Republicans, said': the pair, past the aside."""
    found = triples("Ann Lee and Tom Ruiz, both Republicans, said the map was “a gift to the few.”")
    assert found[0][:2] == ("Ann Lee and Tom Ruiz", "said")


def test_a_share_opening_its_clause_speaks() -> None:
    """'..., while 31 percent call it "..."': a share of those polled is the subject of
    its own clause, and the clause before ends where it begins."""
    found = triples(
        "Most voters say the plan is fine, while 31 percent call it “a waste of money.”"
    )
    assert found == [
        ("Most voters", "say", "the plan is fine"),
        ("31 percent", "call", "it “a waste of money.”"),
    ]
    assert triples("Only 24 percent said the fund was safe.")[0][0] == "Only 24 percent"


def test_a_share_that_is_a_result_is_no_subject() -> None:
    """'The mayor led with 36 percent support': a figure after a preposition or a verb
    reports a result, nobody's view."""
    found = triples("The mayor led with 36 percent support, and Lee was second.")
    assert all(source != "36 percent" for source, _, _ in found)


def test_a_long_run_of_titles_before_the_name_after_the_cue_speaks() -> None:
    """'"...," said former Ohio Gov. and Democratic Party State Committee Chairman Tom
    Lane.': two titles joined by 'and' still end in the speaker's name."""
    found = triples(
        "“We will win it,” said former Ohio Gov. and Democratic Party State Committee"
        " Chairman Tom Lane."
    )
    assert found[0][:2] == (
        "former Ohio Gov. and Democratic Party State Committee Chairman Tom Lane",
        "said",
    )


def test_a_capitalised_tweeted_is_a_cue() -> None:
    """'"...!" Lee, the head of the group, Tweeted on Friday': the brand's capital on the
    verb still reports; the noun 'Tweet' names no cue."""
    found = triples("“Not us, but we like it!” Lee, the head of the group, Tweeted on Friday.")
    assert found[0][1:] == ("Tweeted", "“Not us, but we like it!”")
    assert all(cue != "Tweet" for _, cue, _ in triples("Lee's Tweet drew a rebuke on Friday."))


def test_a_second_participle_after_and_shares_the_crowd_s_subject() -> None:
    """', holding signs and chanting "..."': the second participle is the crowd's too,
    and 'about 200 protesters' opening the clause is the crowd."""
    found = triples(
        "Outside the hall, about 200 protesters gathered in two groups, holding signs and"
        " chanting “Go home, Lee.”"
    )
    assert ("about 200 protesters", "chanting", "“Go home, Lee.”") in found


def test_an_owner_and_a_claim_noun_around_a_short_quote_own_it() -> None:
    """'Lee's "47 votes" comment': the owner before a scare-length quote and the claim
    noun after it credit the words; a plan's name ('the city's "Vision Zero" plan') is
    no one's words."""
    found = triples("Tom Reed’s “47 votes” comment was nearly as rude as the rest.")
    assert found == [("Tom Reed’s", "comment", "“47 votes”")]
    assert triples("The city’s “Vision Zero” plan failed in its first year.") == []


def test_doubled_single_quotes_after_a_comma_are_still_a_name_given() -> None:
    """'Tim Cook, called \'\'...\'\'': two straight marks open no single-quoted name,
    so the comma before the verb makes no passive participle of it."""
    text = "Given the effort -- which its chief, Ana Ruiz, called ''a total mess'' -- it stopped."
    assert [source for source, _, _ in triples(text)] == ["its chief, Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders brace for what has been described as the harshest winter in years.",
            (None, "has been described as", "the harshest winter in years"),
        ),
        (
            "The plan is often described as the boldest in a decade.",
            (
                None,
                "is often described as",
                "The plan is often described as the boldest in a decade",
            ),
        ),
    ],
)
def test_a_description_in_the_passive_with_no_one_giving_it_is_no_one_s(
    text: str, expected: tuple[None, str, str]
) -> None:
    """The thing described describes nothing: the claim is credited to no one."""
    assert expected in triples(text)


def test_an_active_description_is_its_subject_s() -> None:
    assert ("Lee", "described", "the plan as reckless") in triples(
        "Lee described the plan as reckless."
    )


def test_vague_attribution_reports_a_description_no_one_gives() -> None:
    findings = mediacheck.check(
        "Gas\n\nTraders brace for what has been described as the harshest winter in years.",
        select=["vague-attribution"],
    )
    assert [f.span.text for f in findings] == ["has been described as"]
