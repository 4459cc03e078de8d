"""The subject of a cue, read back from the verb: a quantifier floating after it
('The ministers all urged') is part of the verb's run, not the source."""

from __future__ import annotations

import pytest

import mediacheck
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


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Most recently, Lee saw his support collapse after mocking Ray.", "Lee", "mocking"),
        (
            "It’s a long shot, but Lee was in Ohio on Tuesday, stressing the state's role.",
            "Lee",
            "stressing",
        ),
        ("Just before the flight took off, the pilot asked for volunteers.", "the pilot", "asked"),
        (
            "Arriving at the scene, police began searching, believing there were three men.",
            "police",
            "believing",
        ),
        (
            "To alert the guards, the notice continues, 'hold a sign over your head.'",
            "the notice",
            "continues",
        ),
    ],
)
def test_a_word_opening_the_sentence_is_no_subject_of_its_participle(
    text: str, source: str, cue: str
) -> None:
    """A preposition, an adverb or a weekday opening the sentence is not who speaks:
    the subject is read after the opening phrase."""
    assert (source, cue) in sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "Around the country, former aides to the mayor traded emails, fuming at the damage.",
        "Tuesday on the radio, while discussing the tweet from his rival, he called it wrong.",
        "Perhaps the biggest change came later, surprising the board.",
    ],
)
def test_an_opening_word_is_never_credited(text: str) -> None:
    assert not {"Around", "Tuesday", "Perhaps"} & {s for s, _ in sources(text)}


def test_a_plural_after_the_opening_phrase_is_not_the_subject_of_a_later_clause() -> None:
    """'..., prosecutors charged him and the mayor fired his chief, acknowledging': the
    participle is the mayor's, not the prosecutors'."""
    text = (
        "Over the past weeks, prosecutors charged the officer and the mayor fired his chief, "
        "acknowledging that trust was lost."
    )
    assert "prosecutors" not in [s for s, cue in sources(text) if cue == "acknowledging"]


def test_a_participle_joined_to_the_next_by_and_has_no_words_of_its_own() -> None:
    text = "At the rally, party supporters gathered, singing, chanting and waving red balloons."
    assert "chanting" not in [cue for _, cue in sources(text)]


def test_a_count_after_about_is_still_the_subject() -> None:
    assert ("About 100 protesters", "chanting") in sources(
        'About 100 protesters marched in front of the hall, waving flags and chanting "Go home."'
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("In his speech, Lee urged voters to back the bond.", "urged", "to back the bond"),
        (
            "In another email, the agency appeared to push aides to hire a friend.",
            "appeared",
            "to push aides to hire a friend",
        ),
        (
            "Regarding the emails, the campaign said in a statement that none was sent.",
            "said",
            "none was sent",
        ),
        ("For a short time, Ana Ruiz considered selling her car.", "considered", "selling her car"),
    ],
)
def test_an_opening_phrase_of_place_or_manner_is_no_content(
    text: str, cue: str, content: str
) -> None:
    """'In his speech, Lee urged ...': the phrase before the subject says where or how,
    and what was said follows the verb."""
    found = analyse(text).attributions
    assert [a.content.text for a in found if a.cue.text == cue] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "At least 82 were killed in the blast, officials said.",
            "At least 82 were killed in the blast",
        ),
        (
            "In all, 181 donors lobbied the agency, Vox reported.",
            "In all, 181 donors lobbied the agency",
        ),
    ],
)
def test_an_opening_clause_with_its_own_verb_is_still_what_was_said(
    text: str, content: str
) -> None:
    assert [a.content.text for a in analyse(text).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The deal was first reported by The Harbor Times.", "The Harbor Times", "The deal"),
        ("The plan was criticized by Democrats as reckless.", "Democrats", "The plan"),
        ("Her death was confirmed by the Eagle League on Monday.", "the Eagle League", "Her death"),
        (
            "Lee was asked by host Ann Ruiz whether the bond would pass.",
            "host Ann Ruiz",
            "whether the bond would pass",
        ),
    ],
)
def test_the_agent_of_a_passive_speaks(text: str, source: str, content: str) -> None:
    """'X was reported by Y': Y reported, and what it reported is X; the subject of the
    passive said nothing."""
    found = analyse(text).attributions
    assert [(a.source.text if a.source else None, a.content.text) for a in found] == [
        (source, content)
    ]


def test_a_manner_after_by_is_no_agent() -> None:
    found = analyse("Germany has responded by helping to build a force.").attributions
    assert [a.source.text for a in found if a.source] == ["Germany"]


@pytest.mark.parametrize(
    "credit",
    [
        "Ann Lee reported from Washington.",
        "Ann Lee reported from New York and Tom Ray from Beijing.",
    ],
)
def test_a_story_s_credit_line_is_no_claim(credit: str) -> None:
    assert analyse(f"Title\n\nThe rate rose.\n\n{credit}").attributions == ()


def test_a_report_from_a_place_with_what_was_reported_is_a_claim() -> None:
    found = analyse("Title\n\nReuters reported from Kabul that the road was closed.").attributions
    assert [a.content.text for a in found] == ["the road was closed"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Independent experts welcomed the results but warned that the trial was small.",
            "Independent experts",
        ),
        ("Local doctors welcomed the plan, warning that it came late.", "Local doctors"),
        ("Two outside groups backed the bill and said that it would pass.", "Two outside groups"),
    ],
)
def test_a_capitalised_adjective_opening_the_sentence_keeps_its_noun(
    text: str, source: str
) -> None:
    """'Independent experts welcomed ... but warned': the verb joined to the first takes
    the sentence's subject, and a capital at its start is no name when a plural noun
    and a verb follow."""
    assert source in [s for s, _ in sources(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Lee always welcomed the plan but warned that it was late.",
        "Lee instead welcomed the plan, warning that it was late.",
        "Lee himself welcomed the plan but warned that it was late.",
    ],
)
def test_a_name_opening_the_sentence_keeps_no_adverb(text: str) -> None:
    assert [s for s, _ in sources(text)] == ["Lee"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tenants were told that the boiler was safe.", [(None, "none")]),
        ("I was told the rent had gone up by 9%.", [(None, "none")]),
        (
            "Tenants were told by the landlord that the boiler was safe.",
            [("the landlord", "person")],
        ),
        ("The crew had been told to turn back.", [(None, "none")]),
        ("Lee told tenants the boiler was safe.", [("Lee", "person")]),
    ],
)
def test_who_is_told_is_no_source(text: str, expected: list[tuple[str | None, str]]) -> None:
    """'Tenants were told that ...': the subject of a passive 'told' heard the claim; the
    teller after 'by' is its source, and with none the claim, or the order ('told to
    turn back'), is no one's."""
    found = [
        (a.source.text if a.source else None, a.source_kind.value)
        for a in analyse(text).attributions
    ]
    assert found == expected


def claims(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (a.source.text if a.source else None, a.cue.text, a.content.text)
        for a in analyse("Title\n\n" + text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Ruiz, in a statement, said the ferry would run.", "Ruiz", "said"),
        ("Ruiz, in an interview on Saturday, said the ferry would run.", "Ruiz", "said"),
        (
            "Local leaders in Ohio, for instance, noted that the ferry would run.",
            "Local leaders in Ohio",
            "noted",
        ),
        (
            "Harbor pilots, along with the crews, also wrote that the ferry would run.",
            "Harbor pilots",
            "also wrote",
        ),
        (
            "But critics, including Ana Ruiz, argue that the ferry would run.",
            "Ana Ruiz",
            "argue",
        ),
        ("Critics, including some pilots, argue that the ferry would run.", "Critics", "argue"),
        ("Ruiz, the chair, has said the ferry would run.", "Ruiz", "has said"),
        (
            "Sen. Ann Lee, a Democrat from Ohio, in a bid to cut fares, has argued that the"
            " ferry would run.",
            "Sen. Ann Lee",
            "has argued",
        ),
    ],
)
def test_an_aside_a_preposition_opens_stands_between_subject_and_cue(
    text: str, source: str, cue: str
) -> None:
    """'Ruiz, in a statement, said', 'Critics, including Lee, argue': the aside is set off
    by commas, and the subject stands before it (a group's named part speaks for it, as a
    source that can be checked; an article's phrase after a name is the name's aside, not
    the subject)."""
    assert (source, cue, "the ferry would run") in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # the mention before the aside ends a phrase or is a preposition's object
        "It had a loss of $15,000, or 10 cents a share, in the quarter, compared with a gain.",
        "Six papers in New Jersey, including the Ledger, said the ferry would run.",
    ],
)
def test_no_preposition_s_object_speaks_before_an_aside(text: str) -> None:
    assert all(
        source not in ("a share", "New Jersey", "New Jersey, including the Ledger")
        for source, _, _ in claims(text)
    )


def test_a_cue_ending_a_sentence_and_a_quote_says_nothing_after_it() -> None:
    """'which the left opposes.">Here ...': a page's markup after the stop is no claim."""
    assert claims('Keep drilling, which the left opposes.">Here are nine reasons.') == []


def test_an_opening_clause_ends_at_its_comma_past_an_aside() -> None:
    """'While lawyers, including donors, opposed those rulings, the base ...': the clause
    the sentence opens with ends at its comma, asides and all."""
    found = claims(
        "While many lawyers, including big donors, opposed the rulings, the base has shown"
        " no interest."
    )
    assert ("many lawyers", "opposed", "the rulings") in found


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "About four in 10 said they were angry with the council.",
            "About four in 10",
            "they were angry with the council",
        ),
        (
            "Nearly nine out of 10 say they will need new skills.",
            "Nearly nine out of 10",
            "they will need new skills",
        ),
        ("Nearly a third say they do not know.", "Nearly a third", "they do not know"),
        (
            "A majority of riders say the ferry will run.",
            "A majority of riders",
            "the ferry will run",
        ),
        ("All but two said the ferry should run.", "All but two", "the ferry should run"),
        (
            "Just over a quarter, 26 percent, say they will take the bus.",
            "Just over a quarter, 26 percent",
            "they will take the bus",
        ),
        (
            "Fares worry riders: 45% of pensioners, 28% of students and 12% of commuters"
            " say fares are their concern.",
            "45% of pensioners, 28% of students and 12% of commuters",
            "fares are their concern",
        ),
        (
            "While only 7 percent said they are undecided, 27 percent of those polled said"
            " they could change.",
            "only 7 percent",
            "they are undecided",
        ),
    ],
)
def test_a_share_of_those_polled_says_what_it_answered(
    text: str, source: str, content: str
) -> None:
    """'About four in 10 said they were angry': the share opening its clause is who
    answered (the subject reader looks for a noun and finds none, or 'riders' in 'a
    majority of riders'); the poll's next share answers for itself."""
    assert any(
        s == source and c.startswith(content) and "27 percent" not in c for s, _, c in claims(text)
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ferry runs at a loss, harbor officials said.", "harbor officials"),
        ("The ferry ran at a loss last year, audit documents show.", "audit documents"),
        (
            "As a rule, if fares rise, riders should pay less, the mayor said.",
            "the mayor",
        ),
        ("While fares rose, the ferry lost riders, the study concluded.", "the study"),
    ],
)
def test_a_claim_before_the_comma_is_credited_after_it(text: str, source: str) -> None:
    """', harbor officials said.': the subject reader takes only 'officials', and the
    words left before it hid the comma; a sentence a subordinate clause opens has its
    main clause between the commas when the cue ends it."""
    (found,) = [c for c in claims(text) if c[0] == source]
    assert text.startswith(found[2])


@pytest.mark.parametrize(
    "text",
    [
        "As the ferry aged, the harbor officials continue to run it.",
        "After the crew insisted on it, the harbor has appeared to back down, said nothing more.",
    ],
)
def test_a_subordinate_clause_alone_is_no_claim_before_a_cue(text: str) -> None:
    assert all(not text.startswith(content) for _, _, content in claims(text))


def test_a_gerund_opening_the_claim_after_the_cue_is_no_postposed_credit() -> None:
    """'In an interview focused on transport, Ruiz said raising fares is a mistake': the clause
    after the cue is what was said, not the opening phrase before the subject."""
    found = claims("In an interview focused on transport, Ruiz said raising fares is a mistake.")
    assert ("Ruiz", "said", "raising fares is a mistake") in found


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("The bridge was shut on Monday, police said.", "police", SourceKind.ORGANIZATION),
        ("Two men were held overnight, state police say.", "state police", SourceKind.ORGANIZATION),
        ("The ward reopened at noon, hospital staff said.", "hospital staff", SourceKind.PERSON),
    ],
)
def test_a_collective_noun_with_no_s_is_a_plural_subject(
    text: str, source: str, kind: SourceKind
) -> None:
    """'police' and 'staff' take a plural verb with no '-s' of their own: after a
    comma they credit the claim before them, as 'officials said' does."""
    (attribution,) = analyse(text).attributions
    assert attribution.source is not None
    assert (attribution.source.text, attribution.source_kind) == (source, kind)


def test_police_after_a_verb_is_its_object() -> None:
    """'told police' keeps the teller as the source: the noun is the verb's object."""
    (attribution,) = analyse("The woman told police she had been robbed.").attributions
    assert attribution.source is not None and attribution.source.text == "The woman"


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("The minister claims that the plan will work.", "The minister", SourceKind.PERSON),
        ("The company claims that its oil is safe.", "The company", SourceKind.ORGANIZATION),
        ("Some experts fear that the dam will fail.", "Some experts", SourceKind.VAGUE),
        ("Viral posts claim that garlic cures colds.", "Viral posts", SourceKind.VAGUE),
        ("Amid claims that the dam will fail, the mayor resigned.", "claims", SourceKind.VAGUE),
        ("The new claims that the dam will fail were denied.", "The new claims", SourceKind.VAGUE),
    ],
)
def test_a_word_both_noun_and_verb_is_the_verb_after_its_subject(
    text: str, source: str, kind: SourceKind
) -> None:
    """'claims', 'fear', 'reports' are nouns ('amid claims that') and verbs: after a
    person's or body's singular noun, or after a plural, they are its verb, and the
    subject is the source, not the word itself ('credited to "claims"')."""
    (attribution,) = analyse(text).attributions
    assert attribution.source is not None
    assert (attribution.source.text, attribution.source_kind) == (source, kind)


def test_the_minister_who_claims_is_no_vague_source() -> None:
    findings = mediacheck.check(
        "Gas deal\n\nThe minister claims that the plan will work.\n",
        select=["vague-attribution"],
    )
    assert findings == []
