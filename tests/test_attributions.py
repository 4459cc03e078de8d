"""Attributions in the document model: who said what, read from the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediacheck.analysis import analyse
from mediacheck.model import Attribution, Document, SourceKind


def attributions(text: str) -> tuple[Attribution, ...]:
    return analyse(text).attributions


def only(text: str) -> Attribution:
    found = attributions(text)
    assert len(found) == 1, [(a.source, a.cue, a.content) for a in found]
    return found[0]


def texts(a: Attribution) -> tuple[str | None, str | None, str]:
    return (
        a.source.text if a.source else None,
        a.cue.text if a.cue else None,
        a.content.text,
    )


# (id, text, source, cue, content)
CONSTRUCTIONS = [
    (
        "quote-then-speaker",
        "“We will rebuild the bridge by spring,” Mayor Ellen Park said.",
        "Mayor Ellen Park",
        "said",
        "“We will rebuild the bridge by spring,”",
    ),
    (
        "speaker-colon-quote",
        "The minister said: “Nobody will lose their pension.”",
        "The minister",
        "said",
        "“Nobody will lose their pension.”",
    ),
    (
        "inverted-speaker",
        "“The river is rising fast,” said Tomas Berg, the county engineer.",
        "Tomas Berg",
        "said",
        "“The river is rising fast,”",
    ),
    (
        "said-that",
        "The governor said that the budget would be balanced next year.",
        "The governor",
        "said",
        "the budget would be balanced next year",
    ),
    (
        "told-reporters",
        "Olsen told reporters the talks had collapsed.",
        "Olsen",
        "told",
        "the talks had collapsed",
    ),
    (
        "according-to-first",
        "According to the county records, the school was closed twice.",
        "the county records",
        "According to",
        "the school was closed twice",
    ),
    (
        "according-to-last",
        "The school was closed twice last winter, according to county records.",
        "county records",
        "according to",
        "The school was closed twice last winter",
    ),
    (
        "postposed-indirect",
        "The deal is all but done, the agent said.",
        "the agent",
        "said",
        "The deal is all but done",
    ),
    (
        "belief",
        "Residents believe the factory poisoned the creek.",
        "Residents",
        "believe",
        "the factory poisoned the creek",
    ),
    (
        "calling-for",
        "The union is calling for a pay rise of five percent.",
        "The union",
        "is calling for",
        "a pay rise of five percent",
    ),
    (
        "poll-shows",
        "A new poll shows the senator trailing in her home state.",
        "A new poll",
        "shows",
        "the senator trailing in her home state",
    ),
    (
        "report-by-found",
        "A report by the water board found high levels of lead.",
        "A report by the water board",
        "found",
        "high levels of lead",
    ),
    (
        "agentless",
        "It was reported that the plant would close in May.",
        None,
        "It was reported",
        "the plant would close in May",
    ),
    (
        "medial-speaker",
        "The harbor, she argued, must stay open all year.",
        "she",
        "argued",
        "The harbor, she argued, must stay open all year",
    ),
    (
        "relative-clause-ending-in-no-noun",
        "A ferryman who had come down to watch every night since the ’70s said the pier was safe.",
        "A ferryman who had come down to watch every night since the ’70s",
        "said",
        "the pier was safe",
    ),
    (
        "plural-cue-noun-before-its-verb",
        "Early reports suggest the levee was breached twice.",
        "Early reports",
        "suggest",
        "the levee was breached twice",
    ),
    (
        "relative-clause-of-anonymity",
        "A welder who spoke on condition of anonymity said the hull was cracked.",
        "A welder who spoke on condition of anonymity",
        "said",
        "the hull was cracked",
    ),
    # a time or a link opening the sentence is no content credited after it
    (
        "time-opening-then-refusal",
        "On Monday, the farmers refused to plant the seed.",
        "the farmers",
        "refused",
        "to plant the seed",
    ),
    (
        "time-opening-then-warning",
        "Two days later, analysts warned of a crash.",
        "analysts",
        "warned",
        "of a crash",
    ),
    (
        "link-opening-then-response",
        "Meanwhile, the mayor has responded to the petition.",
        "the mayor",
        "has responded",
        "to the petition",
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [c[1:] for c in CONSTRUCTIONS],
    ids=[c[0] for c in CONSTRUCTIONS],
)
def test_construction(text: str, source: str | None, cue: str, content: str) -> None:
    """Each news construction yields one attribution with its source, cue and content."""
    assert texts(only(text)) == (source, cue, content)


def test_split_quote_is_one_attribution() -> None:
    """'"A," X said, "B."' credits both parts to X in one attribution."""
    text = "“The road is closed,” Park said, “and it will stay closed until June.”"
    a = only(text)
    assert a.content.text == text[: text.rindex("”") + 1]
    assert len(a.quotes) == 2
    assert a.speaker == "Park"


def test_quote_continues_in_next_paragraph() -> None:
    """A quote in the next paragraph with no cue of its own: the same speaker, a new attribution."""
    text = (
        "“We have waited long enough for this road,” said Mayor Ellen Park.\n\n"
        "“The families on Elm Street deserve better than another year of detours.”"
    )
    first, second = attributions(text)
    assert first.quotes == (0,) and second.quotes == (1,)
    assert first.source == second.source
    assert second.speaker == "Ellen Park"
    assert second.content.end == len(text)


def test_quote_continues_in_same_paragraph() -> None:
    """'"A," X said. "B."': one attribution holds both quotes."""
    a = only("“The road is late,” Park said. “It will open in June.”")
    assert a.quotes == (0, 1)
    assert a.content.text.endswith("June.”")


def test_speaker_sentence_after_quote() -> None:
    """'"A." X said.': a sentence of its own credits the quote that ends before it."""
    a = only("“We will open the road in June.” Park said.")
    assert texts(a) == ("Park", "said", "“We will open the road in June.”")


def test_sentence_after_quote_with_its_own_content() -> None:
    """'"A." X said B.': the second sentence says something new."""
    a = only("“We won.” Park said the count was close.")
    assert texts(a) == ("Park", "said", "the count was close")


def test_lower_case_title_before_name_after_said() -> None:
    """'"...," said chief executive Helen Marsh.' credits Helen Marsh."""
    text = "“We know this is hard for families,” said chief executive Helen Marsh. “That is why.”"
    a = only(text)
    assert a.source is not None and a.source.text == "chief executive Helen Marsh"
    assert a.speaker == "Helen Marsh"
    assert a.source_kind is SourceKind.PERSON
    assert a.quotes == (0, 1)


def test_capitalised_modal_is_a_first_name() -> None:
    a = only("“It is costly,” said Will Doyle, a professor of economics.")
    assert a.speaker == "Will Doyle"


def test_possessive_appositive_between_subject_and_cue() -> None:
    a = only("Ann Weaver, the mayor’s campaign manager, said in a statement that it was over.")
    assert texts(a) == ("Ann Weaver", "said", "it was over")
    a = only("Ann Weaver, Lee’s campaign manager, said that it was over.")
    assert texts(a) == ("Ann Weaver", "said", "it was over")


def test_doubled_single_quotes_are_quotation_marks() -> None:
    """''...'' (NYT style) is a quote credited like any other."""
    document = analyse("''We will not go back,'' Mr. Berg said. ''Never.''")
    assert [q.is_speech for q in document.quotes] == [True, True]
    (a,) = document.attributions
    assert a.speaker == "Berg" and a.quotes == (0, 1)


def test_participle_takes_the_sentence_subject() -> None:
    """'X did ..., calling it "..."': X speaks."""
    text = "Berg criticised the plan on Monday, calling it “a recipe for floods.”"
    found = [a for a in attributions(text) if a.cue and a.cue.text == "calling"]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == "Berg"


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Tenants can object by calling 0800 555 0199 before May.", False),
        ("Tenants can object by calling the housing office.", False),
        ("Tenants objected by calling the rent rise a scandal.", True),
        ("Tenants objected, calling into question the landlord's figures.", True),
    ],
)
def test_a_naming_participle_after_by_reports_only_a_name(text: str, credited: bool) -> None:
    """'by calling 0800 ...' phones; 'by calling the rise a scandal' names it."""
    found = [a for a in attributions(text) if a.cue and a.cue.text == "calling"]
    assert bool(found) == credited


class TestSpeakers:
    def test_title_is_stripped(self) -> None:
        """'NATO Secretary General Mark Rutte' speaks as 'Mark Rutte'."""
        a = only("“The alliance stands united,” NATO Secretary General Mark Rutte said.")
        assert a.speaker == "Mark Rutte"

    def test_surname_resolves_to_the_full_name(self) -> None:
        """A later 'Rutte' is the 'Mark Rutte' named before."""
        found = attributions(
            "Prime Minister Mark Rutte said the talks were over. “We will not return,” Rutte said."
        )
        assert [a.speaker for a in found] == ["Mark Rutte", "Mark Rutte"]

    def test_pronoun_resolves_to_the_last_person(self) -> None:
        """'he' is the person named just before."""
        found = attributions(
            "Senator Ana Ruiz said the bill was dead. Mr. Tom Hale disagreed. "
            "“It will pass,” he said."
        )
        assert found[-1].source is not None and found[-1].source.text == "he"
        assert found[-1].speaker == "Ana Ruiz" or found[-1].speaker == "Tom Hale"

    def test_pronoun_gender_skips_a_man(self) -> None:
        """'she' skips a 'Mr.' named later."""
        found = attributions(
            "Senator Ana Ruiz said the bill was dead. Mr. Tom Hale said it was not. "
            "“It is dead,” she said."
        )
        assert found[-1].speaker == "Ana Ruiz"

    def test_relative_pronoun_takes_the_name_before(self) -> None:
        """'Ruiz, who said ...' credits Ruiz."""
        a = only("The bill was drafted by Ana Ruiz, who said it would pass easily.")
        assert a.source is not None and a.source.text == "who"
        assert a.speaker == "Ana Ruiz"


KINDS = [
    ("person", "Ana Ruiz said the bridge was safe.", SourceKind.PERSON),
    ("organization", "The State Department said the embassy reopened.", SourceKind.ORGANIZATION),
    ("outlet", "Reuters reported that the mine had flooded.", SourceKind.OUTLET),
    ("outlet-web-address", "According to Harbornews.com, the mine had flooded.", SourceKind.OUTLET),
    ("document", "The survey found that most tenants pay too much.", SourceKind.DOCUMENT),
    ("vague", "Analysts suggest that the merger will fail.", SourceKind.VAGUE),
    ("vague-quantifier", "Many believe the election was close.", SourceKind.VAGUE),
    (
        "anonymous",
        "A senior official, who asked not to be named, said the deal was off.",
        SourceKind.ANONYMOUS,
    ),
    ("none", "It is believed that the ship sank near the cape.", SourceKind.NONE),
    ("none-without-that", "It is understood Lens wanted the fee up front.", SourceKind.NONE),
    ("vague-noun", "There is a growing belief that the dam will fail.", SourceKind.VAGUE),
    (
        "vague-hearsay-with-adjective",
        "Unconfirmed reports say the dam has failed.",
        SourceKind.VAGUE,
    ),
    (
        "document-owned-by-a-body",
        "Coastguard reports show the dam has failed.",
        SourceKind.DOCUMENT,
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared on the local station on Sunday.",
        "The rumour first appeared in a video from the harbour.",
        "The skipper appeared before the committee in May.",
    ],
    ids=["on-a-station", "in-a-video", "before-a-committee"],
)
def test_appearing_somewhere_reports_nothing(text: str) -> None:
    """'appeared on CNN' says where someone was, not how things appear."""
    assert attributions(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Tickets go on sale at the harbour office on Monday.",
        "The nurses will go on strike next week over pay.",
        "The skipper went on holiday to Crete in June.",
    ],
    ids=["on-sale", "on-strike", "on-holiday"],
)
def test_going_on_somewhere_reports_nothing(text: str) -> None:
    """'go on sale' does something; only 'went on to say', 'went on:' and '"...," she
    went on' go on talking."""
    assert attributions(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Rovers have agreed terms with the winger, the fastest in the league.",
        "Both clubs agreed a £20m fee for the striker on Friday.",
        "The two sides agreed a new deal with the ferry crews in June.",
    ],
    ids=["terms", "a-fee", "a-deal"],
)
def test_agreeing_a_deal_reports_nothing(text: str) -> None:
    """The deal agreed is the verb's object: no claim, no view ('agreed that the
    deal was fair' and 'agreed to wait' still report)."""
    assert attributions(text) == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union agreed the deal was fair.", "the deal was fair"),
        ("The union agreed that the fee was high.", "the fee was high"),
    ],
)
def test_agreeing_with_a_claim_is_reported(text: str, content: str) -> None:
    assert [a.content.text for a in attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("She went on to say the ferry was late.", "She", "to say the ferry was late"),
        ("He went on: the ferry was late.", "He", "the ferry was late"),
    ],
)
def test_going_on_talking_is_reported(text: str, source: str, content: str) -> None:
    found = attributions(text)
    assert [(a.source.text if a.source else None, a.content.text) for a in found] == [
        (source, content)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The result was declared at 2.15am on Friday.",
        "The plan will be announced on Monday, officials hope.",
        "The winner was confirmed shortly after midnight.",
    ],
    ids=["declared-at-a-time", "announced-on-a-day", "confirmed-shortly-after"],
)
def test_a_passive_cue_followed_by_its_time_reports_nothing(text: str) -> None:
    """'the result was declared at 2.15am': when it was said, not what, and by no one."""
    assert [a for a in attributions(text) if a.cue and a.cue.text.startswith("was")] == []
    assert all(a.cue is None or "will be" not in a.cue.text for a in attributions(text))


def test_appearing_to_be_still_reports_a_view() -> None:
    """'appeared to concede' is the writer's reading of the speaker, as before."""
    assert texts(only("The skipper appeared to concede the race.")) == (
        "The skipper",
        "appeared",
        "to concede the race",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Allegations that the ferry was sold in secret were denied.",
        "Warning that the ferry would be sold, the skipper resigned.",
    ],
    ids=["cue-noun", "participle"],
)
def test_a_cue_word_opening_a_sentence_is_read_once(text: str) -> None:
    """A capitalised cue noun before "that" credits its claim to itself, a vague source; a
    participle opening the sentence credits the main clause's subject, and only it."""
    (found,) = attributions(text)
    assert found.source is not None
    expected = "Allegations" if text.startswith("Allegations") else "the skipper"
    assert found.source.text == expected


@pytest.mark.parametrize(("text", "kind"), [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_source_kind(text: str, kind: SourceKind) -> None:
    """Each kind of source is classified as such."""
    assert attributions(text)[0].source_kind is kind


TRAPS = [
    ("noun-warning", "The minister gave a stark warning about the floods."),
    ("possessive-remarks", "Park’s remarks came late in the evening."),
    ("no-cue", "The bridge was closed for repairs on Monday."),
]


@pytest.mark.parametrize("text", [t[1] for t in TRAPS], ids=[t[0] for t in TRAPS])
def test_not_an_attribution(text: str) -> None:
    """Reporting words used as nouns make no attribution."""
    assert attributions(text) == ()


NEWSY = st.lists(
    st.sampled_from(
        [
            *"abcXYZ .,;:?!-—'\"‘’“”()\n",
            *[" said", " says ", "according to ", " he ", " Mr. Park", " told reporters", "\n\n"],
            *[" that ", " who said", "It was reported that", " a belief that ", ", calling it "],
        ]
    ),
    max_size=80,
).map("".join)


def check_consistent(document: Document) -> None:
    text = document.text
    for a in document.attributions:
        assert a.content.text.strip()
        for span in (a.source, a.cue, a.content):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text
        for q in a.quotes:
            quote = document.quotes[q]
            # a scare quote is credited only where a sourced content holds it
            assert quote.is_speech or (
                a.source is not None
                and a.content.start <= quote.start < quote.end <= a.content.end + 1
            )


@settings(max_examples=200, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_arbitrary_text(text: str) -> None:
    """Any text: no crash, spans inside the text, content non-empty, deterministic."""
    document = analyse(text)
    check_consistent(document)
    assert analyse(text).attributions == document.attributions


def test_round_up_labels_before_a_colon() -> None:
    """'Ann Lee, The Harbor Times: "..."': each voice of a round-up is named by its label."""
    text = (
        "Ann Lee, The Harbor Times: “The mayor won the night.”\n\n"
        "Tom Reed, editor of The Quarterly: “Nobody won.”"
    )
    assert [texts(a)[0] for a in attributions(text)] == [
        "Ann Lee, The Harbor Times",
        "Tom Reed, editor of The Quarterly",
    ]


def test_colon_at_the_end_of_the_paragraph_before() -> None:
    a = only("Reporter Ann Lee says:\n\n“The road is closed and the bridge is down.”")
    assert texts(a)[:2] == ("Reporter Ann Lee", "says")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "During the debate, Cruz made a call, calling it “corporate welfare for the rich.”",
            "Cruz",
        ),
        ("Speaking at a rally in Salem, Berg went after Lee, calling him “a total stiff.”", "Berg"),
        ("Manning rallied voters, calling the plan “a disgrace for all of us.”", "Manning"),
    ],
)
def test_participle_speaker_after_an_opening_phrase(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_referring_to_is_no_inverted_speaker() -> None:
    """'"...," he said, referring to X': X is talked about, not the speaker."""
    found = attributions("“So many hypocrites,” he said, referring to members leaving the party.")
    assert [texts(a)[0] for a in found] == ["he"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Another delegate on the slate, Jim Poe, said he was only leaning.", "Jim Poe"),
        ("Ruiz, meanwhile, who sits on the board, said the vote was close.", "Ruiz"),
        ("Ted Cruz, when asked what is wrong, responded that the plan fails.", "Ted Cruz"),
    ],
)
def test_asides_between_subject_and_cue(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_said_that_is_no_inverted_speaker() -> None:
    """'..., said that ...' never names its speaker after the verb."""
    assert all(
        a.source is None or not a.source.text.startswith("that")
        for a in attributions("Ruiz, in a long speech to the board, said that the fund was empty.")
    )


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("She fears that the plant will close.", "She", SourceKind.PERSON),
        ("Harbor News reports that the deal is off.", "Harbor News", SourceKind.PERSON),
        ("Nor did he report that the funds were missing.", "he", SourceKind.PERSON),
        ("Acme’s accusation that the study was biased drew scorn.", "Acme’s", SourceKind.PERSON),
        ("His assertion that the vote was rigged is false.", "His", SourceKind.PERSON),
        ("Ann Lee’s repeated claims that the bank lied are old.", "Ann Lee’s", SourceKind.PERSON),
        ("There is a growing belief within NATO that war is near.", None, SourceKind.VAGUE),
    ],
)
def test_claim_nouns_and_their_owners(text: str, source: str | None, kind: SourceKind) -> None:
    """A verb that looks like a noun has its subject; a claim noun's owner is its source."""
    a = only(text)
    if source is not None:
        assert a.source is not None and a.source.text == source
    assert a.source_kind is kind


def test_base_form_after_a_singular_noun_phrase_is_a_compound() -> None:
    """'the infrastructure project', 'the utility's annual report' are nouns, not cues."""
    assert attributions("It is the most expensive infrastructure project in the city.") == ()
    text = "Rates rise, according to the utility's annual report, which put the cost at £1 billion."
    assert [texts(a)[0] for a in attributions(text)] == ["the utility's annual report"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“The ferry is losing money every week,” according to Ana Ruiz, a union official.",
            "“The ferry is losing money every week,”",
        ),
        (
            "Fares rose by a third, according to Ruiz, the port's manager.",
            "Fares rose by a third",
        ),
    ],
)
def test_an_apposition_after_according_to_is_no_content(text: str, content: str) -> None:
    """'..., according to Ana Ruiz, a union official': who she is, not what she said."""
    found = [texts(a)[2] for a in attributions(text) if a.cue and a.cue.text == "according to"]
    assert found == [content]


def test_a_no_break_space_is_trimmed_from_a_content_s_edges() -> None:
    """A web page's no-break space after a full stop is no part of what was said."""
    text = "Fares will rise on the night crossings,\u00a0according to Ruiz."
    assert texts(only(text)) == ("Ruiz", "according to", "Fares will rise on the night crossings")


@pytest.mark.parametrize(
    "text",
    ["The ferry reportedly sank near the pier.", "Reportedly, the ferry sank near the pier."],
)
def test_reportedly_credits_its_clause_to_no_one(text: str) -> None:
    """'reportedly' hedges the clause it stands in: hearsay credited to no one."""
    (hearsay,) = [a for a in attributions("Ferry news\n\n" + text) if a.source is None]
    assert hearsay.cue is not None and hearsay.cue.text.lower() == "reportedly"
    assert hearsay.content.text == text.rstrip(".")
    assert hearsay.source_kind is SourceKind.NONE


@pytest.mark.parametrize(
    "text",
    ["She was, by most accounts, the finest organist in the diocese.", "By all accounts, he wept."],
)
def test_by_all_accounts_credits_its_clause_to_no_one(text: str) -> None:
    """'by most accounts' hedges its clause as 'reportedly' does: whose accounts?"""
    (hearsay,) = [a for a in attributions("Obituary\n\n" + text) if a.source is None]
    assert hearsay.cue is not None and hearsay.cue.text.lower().endswith("accounts")
    assert hearsay.content.text == text.rstrip(".")
    assert hearsay.source_kind is SourceKind.NONE


def test_a_short_quote_before_according_to_is_its_content() -> None:
    """'"It sank," according to a harbour pilot': the pilot's words, however few."""
    text = "Ferry news\n\n“It sank,” according to a harbour pilot."
    assert texts(only(text)) == ("a harbour pilot", "according to", "“It sank,”")


def test_a_claim_opened_before_according_to_goes_on_after_it() -> None:
    """'said that according to its count, the union has ...': the claim follows the source."""
    text = "Ruiz said on Monday that according to its count, the union has 900 members."
    found = [texts(a)[2] for a in attributions(text) if a.cue and a.cue.text == "according to"]
    assert len(found) == 1 and found[0].endswith("the union has 900 members")


def test_an_agentless_clause_after_the_content_keeps_its_own_claim() -> None:
    """'believe A, and it is widely expected that B': B is no one's, A is the planners'."""
    found = [
        texts(a)
        for a in attributions(
            "Planners believe ferry fares will rise, and it is widely expected that the "
            "council will object."
        )
    ]
    assert found == [
        ("Planners", "believe", "ferry fares will rise"),
        (None, "it is widely expected", "the council will object"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Planners believe harbour projects rarely pay for themselves.",
        "Pilots argue runway projects waste money.",
    ],
)
def test_a_cue_verb_after_the_subject_is_not_part_of_a_later_subject(text: str) -> None:
    """'Pilots argue runway projects waste money': 'projects' is no cue of 'Pilots argue runway'."""
    assert [texts(a)[0] for a in attributions(text)] == [text.split()[0]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Sources close to the lodge's committee say the fees were waived.",
            "Sources close to the lodge's committee",
        ),
        ("The rowing club's committee insist the race was fair.", "The rowing club's committee"),
    ],
)
def test_a_verb_with_no_noun_form_after_a_possessive_phrase_is_a_cue(
    text: str, source: str
) -> None:
    """'say' after "the lodge's committee" is the verb: no compound ends in 'say'."""
    assert texts(only(text))[0] == source


def test_named_body_after_its_common_noun() -> None:
    a = only("The consumer group Water Watch said the rise was unfair.")
    assert texts(a)[0] == "The consumer group Water Watch"
    assert a.source_kind is SourceKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "Sources close to the ministry said the minister would resign.",
            "Sources close to the ministry",
            SourceKind.ANONYMOUS,
        ),
        (
            "They signed a deal that critics argue will tie the port to the rail firm.",
            "critics",
            SourceKind.VAGUE,
        ),
        (
            "It was the strongest storm since 1998, forecasters said.",
            "forecasters",
            SourceKind.VAGUE,
        ),
        ("The storm will hit on Friday, forecasters said.", "forecasters", SourceKind.VAGUE),
        (
            "The talks have stalled, a former director said.",
            "a former director",
            SourceKind.ANONYMOUS,
        ),
        (
            "The council last week said the budget was sound.",
            "The council",
            SourceKind.ORGANIZATION,
        ),
        ("Theresa May said the deal was done.", "Theresa May", SourceKind.PERSON),
        (
            "The students' union at Harbor College said fees rose.",
            "The students' union at Harbor College",
            SourceKind.ORGANIZATION,
        ),
        (
            "The Daily Planet reported that the mayor resigned.",
            "The Daily Planet",
            SourceKind.OUTLET,
        ),
        (
            "A Harbor Times analysis found the plan failed.",
            "A Harbor Times analysis",
            SourceKind.DOCUMENT,
        ),
    ],
)
def test_source_mentions_in_news_layouts(text: str, source: str, kind: SourceKind) -> None:
    """Relative clauses, anonymous sourcing, times before the cue, names that look like modals."""
    found = only(text)
    assert found.source is not None
    assert (found.source.text, found.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The index added 3 percent on Tuesday.",
        "The firm added 3,000 workers last year.",
        "Markets saw unprecedented volatility.",
        "Residents can call 555-0199 for help.",
        "This week said nothing new.",
    ],
)
def test_objects_and_times_are_not_speech(text: str) -> None:
    """A figure after 'added', 'saw' with no view, a time as subject: no attribution."""
    assert attributions(text) == ()


def test_a_view_with_see_is_still_one() -> None:
    assert texts(only("The mayor sees the vote as a test of trust.")) == (
        "The mayor",
        "sees",
        "the vote as a test of trust",
    )


def test_decades_are_no_source() -> None:
    """'of the ’90s promise to diversify': 'promise' is a noun, not a cue of 'the ’90s'."""
    found = attributions("Klaus O’Brien said the deal was “a betrayal” of the ’90s promise to act.")
    assert [a.source.text for a in found if a.source] == ["Klaus O’Brien"]
    assert found[0].speaker == "Klaus O’Brien"


def test_new_main_clause_ends_a_subordinate_clause_content() -> None:
    """'When X suggested A, Ruiz fired back: "..."': the quote is Ruiz's, not X's."""
    found = attributions(
        "When Lee suggested that the port would close, Ruiz fired back: “It will not close.”"
    )
    assert [texts(a) for a in found] == [
        ("Lee", "suggested", "the port would close"),
        ("Ruiz", "fired back", "“It will not close.”"),
    ]
    assert found[1].quotes == (0,)


def test_participle_after_a_dash_is_a_clause_of_its_own() -> None:
    found = attributions(
        "Ruiz spoke for an hour, saying that it was cheap - and arguing that it was “the only way.”"
    )
    assert [texts(a)[1:] for a in found] == [
        ("saying", "it was cheap"),
        ("arguing", "it was “the only way.”"),
    ]


def test_relative_who_after_a_postposed_speaker() -> None:
    """'"...," said Ruiz, who wrote a book. "..."': Ruiz speaks both quotes; 'who' is no speaker."""
    found = attributions(
        "“They tried to scare me,” said Ruiz, who wrote about it in a book. “It did not work.”"
    )
    assert texts(found[0]) == (
        "Ruiz",
        "said",
        "“They tried to scare me,” said Ruiz, who wrote about it in a book. “It did not work.”",
    )
    assert found[0].quotes == (0, 1)


def test_that_after_an_aside_of_place_and_time() -> None:
    found = only("Ann Lee said on Sunday in Salem, Oregon, that the vote was fair.")
    assert texts(found) == ("Ann Lee", "said", "the vote was fair")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz praised the plan and warned that costs would rise.",
            [("Ruiz", "praised", "the plan"), ("Ruiz", "warned", "costs would rise")],
        ),
        (
            "She said that the port is “a mess” and said that the mayor is “asleep.”",
            [("She", "said", "the port is “a mess”"), ("She", "said", "the mayor is “asleep.”")],
        ),
        (
            "Ruiz toured the plant and said that costs would rise.",
            [("Ruiz", "said", "costs would rise")],
        ),
    ],
)
def test_coordinated_verbs_share_their_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """'X praised A and warned that B': two attributions of X, the first ending at 'and'."""
    assert [texts(a) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("“We lost,” Ruiz fumed.", "Ruiz", "fumed"),
        ("“Not again,” a young woman exclaimed.", "a young woman", "exclaimed"),
        ("Ruiz hailed the vote as “a new start.”", "Ruiz", "hailed"),
        ("Ruiz coined the phrase “harbor first.”", "Ruiz", "coined"),
        ("“Look at it this way,” she elaborated.", "she", "elaborated"),
        ("Ruiz sniped that the mayor was “still learning.”", "Ruiz", "sniped"),
        ("“Not this budget,” grumbled a council member.", "a council member", "grumbled"),
        ("The judge chided the lawyers for “wasting time.”", "The judge", "chided"),
    ],
)
def test_more_reporting_verbs(text: str, source: str, cue: str) -> None:
    found = only(text)
    assert (texts(found)[0], texts(found)[1]) == (source, cue)


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Lee rallied voters by warning darkly that “the port is in danger.”",
            "Lee",
            "warning",
            "“the port is in danger.”",
        ),
        (
            "Ruiz quashed rumors of a book by tweeting that he “signed no deal.”",
            "Ruiz",
            "tweeting",
            "he “signed no deal.”",
        ),
        ("Lee said on Thursday she would run again.", "Lee", "said", "she would run again"),
    ],
)
def test_participle_after_a_preposition_and_times_after_the_cue(
    text: str, source: str, cue: str, content: str
) -> None:
    """'by warning that': the sentence's subject speaks; 'on Thursday' is not content."""
    found = [a for a in attributions(text) if a.cue and a.cue.text == cue]
    assert [texts(a) for a in found] == [(source, cue, content)]


def test_conjunction_after_a_quote_is_not_part_of_the_speaker() -> None:
    found = attributions("Lee said she “wrote to the board,” and she said she hoped it would act.")
    # 'she hoped' is part of what she said (tests/test_attributions_own_words.py)
    assert [(a.source.text, a.cue.text) for a in found if a.source] == [
        ("Lee", "said"),
        ("she", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents can call the hotline, the council said.", ["the council"]),
        ("Markets saw the rally coming, he said.", ["he"]),
        ("This step seems sensible, he said.", ["he"]),
        ("The furor raises questions, critics said.", ["critics"]),
        ("Many fear the dam will fail, critics say.", ["critics", "Many"]),
    ],
)
def test_verbs_inside_a_postposed_content_are_what_was_said(text: str, expected: list[str]) -> None:
    """'A does B, X said': B's verb is no attribution unless A is a group holding a view."""
    assert [a.source.text for a in attributions(text) if a.source] == expected


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        (
            "The port authority said it would close. It said the cost was high.",
            "organization",
            "The port authority",
        ),
        ("It said the cost was high.", "document", None),
        ("Officials met on Monday. They said the port would close.", "vague", None),
    ],
)
def test_it_and_they_are_not_people(text: str, kind: str, speaker: str | None) -> None:
    """'It' is the body cited last (or a text), 'they' an unnamed group: never a named person."""
    last = attributions(text)[-1]
    assert (last.source_kind.value, last.speaker) == (kind, speaker)


def test_definite_role_points_back() -> None:
    """'the Republican lawmaker' after Jane Doe is Jane Doe; 'the official' after 'a senior
    official' is that same unnamed person."""
    found = attributions(
        "“We will win,” said Jane Doe, a Republican lawmaker. "
        "The Republican lawmaker said the party was united."
    )
    assert found[-1].speaker == "Jane Doe"
    found = attributions("A senior official said the port would close. The official said more.")
    assert [a.source_kind for a in found] == [SourceKind.ANONYMOUS, SourceKind.ANONYMOUS]


def test_agentless_cue_ends_before_that() -> None:
    assert texts(only("It is believed that the minister will resign.")) == (
        None,
        "It is believed",
        "the minister will resign",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Park’s spokesman, Dan Ruiz, said the mayor “has never wavered.”", "Dan Ruiz"),
        ("The spokesman, Dan Ruiz, said the plan worked.", "Dan Ruiz"),
        ("“It was a good harvest,” said farmer Tom Brown.", "Tom Brown"),
    ],
)
def test_titled_names_around_said(text: str, source: str) -> None:
    """'Title, Name, said' and 'said farmer Name': the name is the speaker."""
    assert only(text).speaker == source


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "“Talk to people who support you,” advises psychologist Ann Lee.",
            "psychologist Ann Lee",
            "advises",
        ),
        (
            "“We think the city overreached,” Ann Lee, legal director of the clinic, said over "
            "the phone.",
            "Ann Lee",
            "said",
        ),
        ("“The mayor should come home,” the editorial read.", "the editorial", "read"),
        ("Lee: “Our goal is to finish the dam.”", "Lee", ":"),
    ],
)
def test_postposed_and_labelled_speakers(text: str, source: str, cue: str) -> None:
    """Inverted 'advises X', 'said over the phone', 'the editorial read', a surname label."""
    found = only(text)
    assert found.source is not None and found.cue is not None
    assert (found.source.text, found.cue.text) == (source, cue)
    assert found.quotes == (0,)


def test_a_note_label_is_no_speaker() -> None:
    assert [a.source for a in attributions("Update: “The road is open again.”")] == []


def test_medial_cue_before_a_lone_quote_credits_only_the_quote() -> None:
    """'Asked about it, Lee said, "Probably."': not a split quote, so the content is the quote."""
    assert texts(only("Asked whether she would run, Lee said, “Probably.”")) == (
        "Lee",
        "said",
        "“Probably.”",
    )


def test_quote_after_a_colon_then_a_postposed_cue() -> None:
    found = attributions("Lee hinted at it: “The port will close,” she told the paper.")
    told = [a for a in found if a.cue and a.cue.text == "told"]
    assert [texts(a) for a in told] == [("she", "told", "“The port will close,”")]


def test_coordination_after_an_auxiliary() -> None:
    found = attributions("Lee calls herself “a builder” and has said that the port must grow.")
    assert [texts(a)[1:] for a in found] == [
        ("calls", "herself “a builder”"),
        ("said", "the port must grow"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "This is the most ambitious plan the city has ever seen, and the most expensive.",
        "Markets have never seen such a week.",
    ],
)
def test_adjective_before_a_base_form_cue_makes_it_a_noun(text: str) -> None:
    """'the most ambitious plan', 'has ever seen' with no view: no attribution."""
    assert attributions(text) == ()


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("The filing was late, the court registry said.", "the court registry", "organization"),
        ("‘We want answers,’ the sign read.", "the sign", "document"),
        ("The council last rejected a budget in 2014.", "The council", "organization"),
    ],
)
def test_registries_signs_and_adverbs(text: str, source: str, kind: str) -> None:
    found = only(text)
    assert found.source is not None
    assert (found.source.text, found.source_kind.value) == (source, kind)


def test_a_quote_after_an_adding_clause_continues_that_clause() -> None:
    text = (
        "“We will finish the road,” she said, adding that the council had the money. "
        "“The bridge comes next.”"
    )
    found = {a.cue.text if a.cue else None: a for a in attributions(text)}
    assert found["said"].content.text == "“We will finish the road,”"
    assert found["adding"].content.text.endswith("“The bridge comes next.”")
    assert found["adding"].source is not None and found["adding"].source.text == "she"


def test_speaker_sentence_with_a_participle_after_a_question() -> None:
    text = "“Are we still talking about the bridge?” Ms. Lund asked, shaking her head."
    found = [a for a in attributions(text) if a.cue and a.cue.text == "asked"]
    assert [texts(a) for a in found] == [
        ("Ms. Lund", "asked", "“Are we still talking about the bridge?”")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ruiz called the audit a “witch hunt” on Friday.", "called"),
        ("The mayor said the plan was “dead on arrival.”", "said"),
    ],
)
def test_a_scare_quote_in_sourced_content_is_credited(text: str, cue: str) -> None:
    document = analyse(text)
    (quote,) = document.quotes
    assert not quote.is_speech
    (attribution,) = [a for a in document.attributions if a.cue and a.cue.text == cue]
    assert attribution.quotes == (quote.index,)


def test_a_scare_quote_with_no_source_is_not_credited() -> None:
    document = analyse("The “harbor first” plan was dropped last year.")
    assert all(not a.quotes for a in document.attributions)


def test_a_place_in_an_aside_is_not_the_speaker() -> None:
    text = "Ruiz, during a meeting in Salem, Oregon, said the harbor would stay open."
    assert [texts(a) for a in attributions(text)] == [
        ("Ruiz", "said", "the harbor would stay open")
    ]


def test_a_noun_in_ly_after_a_determiner_is_the_subject() -> None:
    found = only("“She is ready,” the daily wrote.")
    assert texts(found) == ("the daily", "wrote", "“She is ready,”")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“The rules are clear,” said former Utah Gov. and party chairman Tom Reed.",
            "former Utah Gov. and party chairman Tom Reed",
        ),
        (
            "“We are tired of waiting,” said Finance ranking Democrat Ann Lowe (D-Md.).",
            "Finance ranking Democrat Ann Lowe",
        ),
        ("(“I do not want a brawl,” said one party activist.)", "one party activist"),
        ("“The levy is wrong,” said 9/11 widow Mary Stone.", "9/11 widow Mary Stone"),
        (
            "“Savers are being misled,” Senator Jo Pike, Democrat of Maine, said on Monday.",
            "Senator Jo Pike",
        ),
        ("“Grizzly bears?” Lowe repeated.", "Lowe"),
    ],
)
def test_speakers_around_a_postposed_cue(text: str, source: str) -> None:
    """Long titles joined by 'and', a party label in brackets or an aside, a figure first."""
    found = only(text)
    assert found.source is not None and found.source.text == source
    assert found.quotes == (0,)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The tycoon began by talking about the roads, saying that tolls are now “cheaper "
            "than bread.”",
            "The tycoon",
            "saying",
        ),
        (
            "Ann Lee has delivered a defense of “city values,” saying the town embodied the "
            "“heart of the state.”",
            "Ann Lee",
            "saying",
        ),
        (
            "And then Reed went fully on the attack, saying, “Is the mayor going to resign?”",
            "Reed",
            "saying",
        ),
        (
            "He has battled the casino, at one point calling the mayor a “liar.”",
            "He",
            "calling",
        ),
        (
            "The ad ends with footage of Reed saying in a debate, “That makes me smart.”",
            "Reed",
            "saying",
        ),
    ],
)
def test_participle_subjects(text: str, source: str, cue: str) -> None:
    """A participle speaks for its clause's subject: after a comma, a closing quote, an
    opening 'And then', a phrase of time, or a name right before it ('footage of Reed saying')."""
    found = [a for a in attributions(text) if a.cue is not None and a.cue.text == cue]
    assert len(found) == 1 and found[0].source is not None
    assert found[0].source.text == source


def test_absolute_participle_clauses_each_have_their_speaker() -> None:
    text = (
        "Both issued a statement, Reed saying he was “pleased” and Lee calling it a “good start.”"
    )
    assert [(a.source.text if a.source else None, a.quotes) for a in attributions(text)] == [
        ("Reed", (0,)),
        ("Lee", (1,)),
    ]


def test_a_message_speaks_for_its_sender() -> None:
    found = only("The Reed campaign issued a statement saying the mayor was “a disgrace.”")
    assert texts(found) == ("The Reed campaign", "saying", "the mayor was “a disgrace.”")


@pytest.mark.parametrize(
    ("text", "source", "speaker", "cue"),
    [
        (
            "As Mayor Dana Mills likes to say, “Defense wins games.”",
            "Mayor Dana Mills",
            "Dana Mills",
            "likes to say",
        ),
        ("As my uncle used to say, “Never buy a boat in spring.”", "my uncle", None, "used to say"),
        (
            "Ravi Shah is fond of saying that rivers forgive nothing.",
            "Ravi Shah",
            "Ravi Shah",
            "is fond of saying",
        ),
        (
            "In the words of Judge Ana Ruiz, “The law is not a suggestion.”",
            "Judge Ana Ruiz",
            "Ana Ruiz",
            "In the words of",
        ),
        ("As the chef put it, “Salt is a promise.”", "the chef", None, "put it"),
    ],
)
def test_habits_of_speech_are_cues(text: str, source: str, speaker: str | None, cue: str) -> None:
    """'likes to say', 'used to say', 'is fond of saying', 'as X put it', 'in the words of X'."""
    found = only(text)
    assert found.source is not None and found.source.text == source
    assert found.speaker == speaker and found.cue is not None and found.cue.text == cue
    assert found.quotes == (() if "that" in text else (0,))


def test_put_it_outside_an_as_aside_reports_nothing() -> None:
    assert attributions("She put it on the shelf and left.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The ferryman put it bluntly: “The crossing is finished.”",
        "The ferryman put it this way: “The crossing is finished.”",
    ],
)
def test_put_it_before_a_colon_and_a_quote_reports_the_quote(text: str) -> None:
    """'X put it bluntly: "..."': X speaks the quote; the manner is no part of it."""
    assert texts(only(text)) == ("The ferryman", "put it", "“The crossing is finished.”")


def test_a_name_right_before_a_colon_speaks_the_quote() -> None:
    """'... from her coach, Lea Brandt: "..."': the named person opening a quote speaks it."""
    found = only("The best tip I got came from her coach, Lea Brandt: “Never race angry.”")
    assert found.source is not None and found.source.text == "her coach, Lea Brandt"
    assert found.speaker == "Lea Brandt" and found.quotes == (0,)


def test_a_place_before_a_colon_is_no_speaker() -> None:
    assert attributions("A sign hangs in Elm Square: “Walk more, drive less.”") == ()


def test_a_name_after_from_before_a_colon_speaks_the_quote() -> None:
    found = only("A lesson from Judge Omar Vance: “Read the file twice.”")
    assert found.source is not None and found.source.text == "Judge Omar Vance"
    assert found.speaker == "Omar Vance"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Her agent says the second album is finished.", "Her agent"),
        ("His lawyer said the contract was void.", "His lawyer"),
        ("Their spokesman says the plant is safe.", "Their spokesman"),
    ],
)
def test_a_possessive_relation_is_a_person_source(text: str, source: str) -> None:
    """'her agent', 'his lawyer': definite, so a person (unresolved), unlike 'a spokesman'."""
    found = only(text)
    assert found.source is not None and found.source.text == source
    assert found.source_kind is SourceKind.PERSON and found.speaker is None


def test_an_owner_pronoun_resolves_like_its_pronoun() -> None:
    text = "Mayor Tom Reyes said he lost. His claims that the vote was rigged fell flat."
    found = attributions(text)
    assert [(a.source.text if a.source else None, a.speaker) for a in found] == [
        ("Mayor Tom Reyes", "Tom Reyes"),
        ("His", "Tom Reyes"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Critics of the levy say it will drive shops away.", "Critics of the levy"),
        ("Opponents of the dam argue that the valley will flood.", "Opponents of the dam"),
        ("Many supporters of the bill say it is overdue.", "Many supporters of the bill"),
    ],
)
def test_a_group_of_something_is_the_source(text: str, source: str) -> None:
    """A group noun with an 'of' phrase is the subject, not the noun inside the phrase."""
    found = only(text)
    assert found.source is not None and found.source.text == source
    assert found.source_kind is SourceKind.VAGUE


@pytest.mark.parametrize(
    "text",
    [
        "It is expected that the council will vote in June.",
        "It was estimated that 900 homes lost power.",
        "It is hoped that the bridge reopens by spring.",
        "It is widely assumed that the rate will rise.",
    ],
)
def test_it_is_participle_that_is_agentless(text: str) -> None:
    found = only(text)
    assert found.source is None and found.source_kind is SourceKind.NONE


def test_counted_unnamed_people_are_anonymous() -> None:
    found = only("Two inspectors involved in the audit said the books were cooked.")
    assert found.source is not None
    assert found.source.text == "Two inspectors involved in the audit"
    assert found.source_kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "A person who has read the audit said the fund was short.",
            "A person who has read the audit",
            SourceKind.ANONYMOUS,
        ),
        (
            "Officials who met Mayor Lee said the plan was dead.",
            "Officials who met Mayor Lee",
            SourceKind.VAGUE,
        ),
    ],
)
def test_the_noun_before_who_is_the_subject(text: str, source: str, kind: SourceKind) -> None:
    """The head noun a 'who' clause describes speaks, not the clause's object."""
    found = only(text)
    assert found.source is not None and found.source.text == source
    assert found.source_kind is kind and found.speaker is None


def test_a_who_clause_subject_still_speaks_for_itself() -> None:
    """'Lee, who analysts say is a moderate': the clause's own subject is the source."""
    found = only("Lee, who analysts say is a moderate, left early.")
    assert found.source is not None and found.source.text == "analysts"


@pytest.mark.parametrize(
    "text",
    [
        "Rising demand is one reason prices climbed.",
        "Urgent calls were made to the fire brigade.",
        "Copper demand rose sharply last year.",
        "Grain demand dropped in the spring.",
        "EV demand slows as subsidies end.",
    ],
)
def test_a_cue_word_that_is_not_a_finite_verb_of_a_source_reports_nothing(text: str) -> None:
    """A cue word before a finite verb ('demand is', 'demand rose in') is a noun."""
    assert attributions(text) == ()


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("One of them, a nurse, said the ward was full.", "One of them", SourceKind.ANONYMOUS),
        (
            "One of them, Ana Ruiz, said the ward was full.",
            "One of them, Ana Ruiz",
            SourceKind.PERSON,
        ),
    ],
)
def test_one_of_them_named_by_a_role_only_is_unnamed(
    text: str, source: str, kind: SourceKind
) -> None:
    found = only(text)
    assert found.source is not None and found.source.text == source
    assert found.source_kind is kind


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Unions demand a pay rise.", "Unions"),
        ("Staff demand improved pay.", "Staff"),
        ("Tenants demand repairs in writing.", "Tenants"),
        ("Ferry crews claim wages stalled in May.", "Ferry crews"),
    ],
)
def test_a_base_form_cue_before_an_object_stays_a_verb(text: str, source: str) -> None:
    """Only a past verb, or an -s verb after an acronym, makes a base-form cue a noun."""
    found = only(text)
    assert found.source is not None and found.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is said to favour the tunnel.",
        "Upgrades are expected to cost $3 million.",
        "The new line is estimated to carry 40,000 riders a day.",
    ],
)
def test_a_passive_cue_with_an_infinitive_is_agentless(text: str) -> None:
    """'is said to', 'are expected to cost': the subject says and expects nothing."""
    found = only(text)
    assert found.source is None and found.source_kind is SourceKind.NONE


@pytest.mark.parametrize(
    "text", ["Planners call this the ring-road effect.", "Harbor engineers say the pier will hold."]
)
def test_a_trade_in_the_plural_is_a_vague_group(text: str) -> None:
    found = only(text)
    assert found.source_kind is SourceKind.VAGUE and found.speaker is None


def test_a_surname_ending_like_a_trade_stays_a_person() -> None:
    text = "Mayor Ana Sanders spoke first. Sanders said the pier will hold."
    assert [(a.source_kind, a.speaker) for a in attributions(text)] == [
        (SourceKind.PERSON, "Sanders")
    ]


def test_the_researchers_after_a_named_study_are_its_authors() -> None:
    text = (
        "A survey published on Friday in the journal Ocean Letters found that reefs shrank. "
        "The loss was the worst on record, the researchers wrote."
    )
    study, authors = attributions(text)
    assert study.source is not None
    assert study.source.text == "A survey published on Friday in the journal Ocean Letters"
    assert study.source_kind is SourceKind.DOCUMENT
    assert authors.source_kind is SourceKind.DOCUMENT and authors.speaker == study.source.text


def test_the_researchers_with_no_study_before_stay_vague() -> None:
    assert only("The researchers said the mice were fine.").source_kind is SourceKind.VAGUE


def test_a_group_surveyed_by_an_outlet_is_the_group() -> None:
    found = only("Most economists polled by The Harbor Times in June expected a rate cut.")
    assert found.source is not None
    assert found.source.text == "Most economists polled by The Harbor Times in June"
    assert found.source_kind is SourceKind.VAGUE


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in May, Ana Ruiz says. “We saw it coming.”",
        "The ferry will stop in May, Ana Ruiz says.\n\n“We saw it coming.”",
    ],
)
def test_a_quote_after_a_said_sentence_goes_on_with_its_speaker(text: str) -> None:
    """'..., X says. "..."': the next sentence, or the next paragraph's first, is X's."""
    claim, quote = attributions(text)
    assert quote.quotes == (0,) and quote.speaker == claim.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in May, Ana Ruiz says. The town shrugged. “We saw it coming.”",
        "The ferry will stop in May, critics say. “We saw it coming.”",
    ],
)
def test_a_quote_further_on_or_after_a_vague_claim_is_not_carried(text: str) -> None:
    assert all(a.quotes == () for a in attributions(text))


def test_a_name_before_a_base_form_noun_is_a_compound() -> None:
    """'under the Meadow label,': a noun, not 'the Meadow' labelling something."""
    assert attributions("The cheese, sold under the Meadow label, has not changed.") == ()


def test_a_study_published_in_a_journal_is_the_document() -> None:
    found = only("A report released Monday in the journal Ocean Letters found that reefs shrank.")
    assert found.source_kind is SourceKind.DOCUMENT and found.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "The suit, filed on Monday, Jan. 13, by nine towns, argued that the fee was unlawful.",
        "The appeal, lodged in July, argued that the fee was unlawful.",
    ],
)
def test_a_date_is_never_a_speaker(text: str) -> None:
    assert all(a.source is None or "Jan" not in a.source.text for a in attributions(text))
    assert all(a.speaker not in ("July", "Jan. 13") for a in attributions(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It is a fraud,” Ann Ruiz, co-founder of the Harbor Fund, said in a statement.",
            "Ann Ruiz",
        ),
        (
            "“It is late,” Bo Lee, managing director and analyst at Pier Bank, told me on Monday.",
            "Bo Lee",
        ),
    ],
)
def test_a_long_role_appositive_before_the_cue(text: str, speaker: str) -> None:
    """A role 'of/at' an organisation of up to five words (hyphens too) sits between
    the speaker and the cue."""
    a = only(text)
    assert a.speaker == speaker and a.quotes == (0,)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "As Lee Park, a judge and author of “Rules,” put it, “Courts cannot fix this.”",
            "Lee Park",
        ),
        (
            "As the Harbor Times’ Ben Cole pointed out in May, “The fund is empty, full stop.”",
            "Ben Cole",
        ),
    ],
)
def test_an_as_aside_credits_the_quote_after_it(text: str, speaker: str) -> None:
    """'As X <cue>, "..."': the quote after the aside is X's."""
    document = analyse(text)
    speech = [q.index for q in document.quotes if q.is_speech]
    assert [(a.speaker, a.quotes) for a in document.attributions if a.quotes] == [
        (speaker, tuple(speech))
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Ann Lee said it was late. Lee’s “you can keep your ferry” promise drew scorn.",
            "“you can keep your ferry”",
        ),
        (
            "Ann Lee said it was late. The debate turned to her call for “a total ban on towers.”",
            "“a total ban on towers.”",
        ),
        (
            "Ann Lee said it was late. Her blunt remark that, “We will never raise the fare,” hurt",
            "“We will never raise the fare,”",
        ),
    ],
)
def test_an_owner_of_words_speaks_the_quote_beside_them(text: str, quote: str) -> None:
    """'X's "..." promise', 'her call for "..."': the possessive owner speaks."""
    document = analyse(text)
    (q,) = [q for q in document.quotes if q.span.text == quote]
    assert [a.speaker for a in document.attributions if q.index in a.quotes] == ["Ann Lee"]


def test_an_owner_far_from_the_quote_is_not_its_speaker() -> None:
    document = analyse("Her plan to build towers and roads upset “the usual crowd of neighbours.”")
    assert all(a.quotes == () for a in document.attributions)


@pytest.mark.parametrize(
    "text",
    [
        "“The waste,” Ann Lee said, as the crowd cheered. “The greed. The noise.”",
        "“People are tired,” Ann Lee surmised. “On the ferry, I hear it all day.”",
        "Ann Lee said that the port would stay open, but it would take time.\n\n"
        "“That is because the harbor is the heart of the town.”",
    ],
)
def test_a_quote_after_a_speakers_closing_sentence_goes_on(text: str) -> None:
    """An 'as ...' tail, a new verb of speech, or 'X said that ...' closing the
    paragraph before: the next quote with no cue is the same speaker's."""
    document = analyse(text)
    speech = [q.index for q in document.quotes if q.is_speech]
    credited = {i for a in document.attributions if a.speaker == "Ann Lee" for i in a.quotes}
    assert set(speech) <= credited


def test_a_groups_reported_view_is_not_carried_to_the_next_quote() -> None:
    document = analyse(
        "The jobless rate fell, and wages rose after showing no gain in May.\n\n“We may see more.”"
    )
    assert all(a.quotes == () for a in document.attributions)


@pytest.mark.parametrize(
    "text",
    [
        "The port should stay open for ferries, Ann Lee told reporters.\n\n“This is the town.”",
        "“We will reopen the dock,” Ann Lee said at the pier, hours after the council voted"
        " against the plan. “It is not over.”",
        "“The dock stays,” said Ann Lee, who heads the Harbor Fund, a group focused on"
        " the fleet. “We will not move.”",
    ],
)
def test_a_quote_goes_on_after_details_of_the_speakers_sentence(text: str) -> None:
    """'X told reporters.' closing a paragraph, or a clause after the cue (a vote, a
    group's focus) in the speaker's own sentence: the next quote is still the speaker's."""
    document = analyse(text)
    speech = [q.index for q in document.quotes if q.is_speech]
    credited = {i for a in document.attributions if a.speaker == "Ann Lee" for i in a.quotes}
    assert set(speech) <= credited


def test_told_reporters_is_no_content() -> None:
    document = analyse("The port should stay open, Ann Lee told reporters.")
    assert [a.content.text for a in document.attributions] == ["The port should stay open"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In a speech at the pier in 1990, she declared:\n\n“The harbor is ours.”", "she"),
        (
            "Last week the harbor board said about its long plan for the old northern dock"
            " and the ferry landing:\n\n“We will keep both open.”",
            "the harbor board",
        ),
    ],
)
def test_a_cue_before_a_colon_credits_the_quote_it_introduces(text: str, source: str) -> None:
    document = analyse(text)
    quote = next(q.index for q in document.quotes if q.is_speech)
    owners = [a.source.text for a in document.attributions if quote in a.quotes and a.source]
    assert owners == [source]


def test_a_colon_after_a_verb_of_another_kind_credits_nobody() -> None:
    document = analyse("The town painted a new sign on the old ferry landing:\n\n“Welcome home.”")
    assert all(a.quotes == () for a in document.attributions)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor faced a wave of attacks from rivals over the harbor plan.",
        "The clerk released 44 emails about the ferry contract on Friday.",
        "Ever since the 2001 attacks the port has screened every container.",
    ],
)
def test_a_cue_word_after_a_preposition_or_figure_is_a_noun(text: str) -> None:
    assert analyse(text).attributions == ()


def test_a_name_with_a_number_is_still_a_subject() -> None:
    document = analyse("Local station WXYZ 7 is reporting that the ferry will run again in May.")
    assert [a.source.text for a in document.attributions if a.source] == ["WXYZ 7"]


def test_a_transcripts_turns_are_their_speakers_words() -> None:
    document = analyse(
        "The interview, in part:\n\nRUIZ: Will the ferry run in winter?\n\n"
        "ANN LEE: It will, and I think it will run at night too."
    )
    turns = {a.source.text: a.content.text for a in document.attributions if a.source}
    assert turns["RUIZ"] == "Will the ferry run in winter?"
    assert turns["ANN LEE"] == "It will, and I think it will run at night too"


@pytest.mark.parametrize(
    "text",
    [
        "RUIZ: The ferry runs at night.\n\nThe port opens at six.",
        "UPDATE: The ferry runs at night.\n\nCORRECTION: It runs at noon.",
    ],
)
def test_one_label_or_an_editors_note_is_no_transcript(text: str) -> None:
    assert all(
        a.source is None or a.source.text not in text[:10] for a in analyse(text).attributions
    )


_INTERVIEW = (
    "Five questions for the ferry pilot\n\n{intro}\n\n"
    "Q{mark} How many crossings did you make?\n\n"
    "A{mark} About 9,000, in every kind of weather.\n\n"
    "Q{mark} Which was the worst?\n\n"
    "A{mark} The winter of 2010, when the pier froze."
)


@pytest.mark.parametrize("mark", [":", "."])
def test_an_interviews_answers_are_the_interviewees_words(mark: str) -> None:
    """'Q: ...' / 'A: ...' alternating: each answer is the person the introduction
    says was interviewed, whether the labels end in a colon or a full stop."""
    intro = "Tomas Varga, 64, talked to us about thirty years at the wheel."
    document = analyse(_INTERVIEW.format(intro=intro, mark=mark))
    answers = {a.content.text: a.speaker for a in document.attributions}
    assert answers == {
        "About 9,000, in every kind of weather": "Tomas Varga",
        "The winter of 2010, when the pier froze": "Tomas Varga",
    }


@pytest.mark.parametrize(
    "intro", ["The pilot retires this week.", "The pilot spoke to BBC Radio Scotland."]
)
def test_an_unnamed_interviewees_answers_are_still_speech(intro: str) -> None:
    """With no person named in the introduction the answers are a person's words all
    the same."""
    document = analyse(_INTERVIEW.format(intro=intro, mark=":"))
    assert [(a.content.text, a.source, a.source_kind) for a in document.attributions] == [
        ("About 9,000, in every kind of weather", None, SourceKind.PERSON),
        ("The winter of 2010, when the pier froze", None, SourceKind.PERSON),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one question and its answer: maybe an explainer's box, in the writer's words
        "New fares\n\nQ: What changes?\n\nA: Fares rise 20 percent in May.",
        # lettered items, no questions between them
        "Three routes\n\nA. The coast road, 14 miles.\n\nB. The hill road.\n\nA. Again.",
        # answers that do not follow a question each
        "Notes\n\nQ: Why?\n\nA: Cost.\n\nA: Time.\n\nQ: When?\n\nA: May.",
    ],
)
def test_answers_without_alternating_questions_are_no_interview(text: str) -> None:
    assert analyse(text).attributions == ()


def test_a_verb_joined_by_and_belongs_to_the_main_clause() -> None:
    """'X said they found A and said B': the second "said" is X's, not the inner "they"'s,
    and X's first content stops at "and"."""
    document = analyse(
        'Ann Lee and Bo Ruiz said they found the plan "odd" and said it "leaves gaps."'
    )
    said = [a for a in document.attributions if a.cue.text == "said"]
    assert [a.source.text for a in said if a.source] == ["Ann Lee and Bo Ruiz"] * 2
    assert [a.content.text for a in said] == ['they found the plan "odd"', 'it "leaves gaps."']


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“Not before the vote,” Ann Lee interjected.", "interjected"),
        ("“No,” Bo Ruiz said, remarking that “the door is open.”", "remarking"),
        ("Ann Lee anticipated that the ferry would be late.", "anticipated"),
    ],
)
def test_more_verbs_of_speech(text: str, cue: str) -> None:
    assert cue in [a.cue.text for a in analyse(text).attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The dock is fine,” one said. Yet another said, “It is not.”", "another"),
        (
            'The quay was full, with many sailors and dockers chanting "Keep it open."',
            "many sailors and dockers",
        ),
    ],
)
def test_pronoun_another_and_two_plural_heads_are_subjects(text: str, source: str) -> None:
    assert source in [a.source.text for a in analyse(text).attributions if a.source]


def test_a_round_up_credits_a_headline_and_its_excerpt_to_the_byline() -> None:
    document = analyse(
        'HARBOR NEWS—"Ferry to run all winter," by the Gazette\'s Ann Lee: "The ferry will'
        ' keep its night crossings until March." http://example.com/ferry'
    )
    speech = [q.index for q in document.quotes if q.is_speech]
    credited = {i for a in document.attributions if a.speaker == "Ann Lee" for i in a.quotes}
    assert speech and set(speech) <= credited


def test_a_deadline_after_a_quote_is_no_byline() -> None:
    document = analyse('Crowds gathered.\n\n"We will finish the pier," by Monday.')
    assert all(a.quotes == () for a in document.attributions)


def test_emails_is_a_noun_and_emailed_a_verb() -> None:
    assert (
        analyse("The new emails belong to her aide, the clerk said later.").attributions[0].cue.text
        == "said"
    )
    assert [
        a.cue.text for a in analyse("The clerk emailed that the dock was closed.").attributions
    ] == ["emailed"]


@pytest.mark.parametrize(
    "text",
    [
        "The personal attacks on the mayor grew sharper after the vote.",
        "Reporters' questions about the ferry went unanswered for a week.",
    ],
)
def test_attacks_and_questions_are_nouns(text: str) -> None:
    assert analyse(text).attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "If the ferry line pulls back, the town loses its night crossings.",
        "The harbor is back under control after the storm.",
        "The council did not back down on the dock fees.",
        "The harbour master didn't hold back after the vote.",
        "Ana Ruiz held back tears as she spoke.",
        "The party won back voters in the port.",
    ],
)
def test_back_as_a_particle_backs_no_one(text: str) -> None:
    assert [a for a in analyse(text).attributions if a.cue.text.endswith("back")] == []


def test_voters_back_a_candidate() -> None:
    document = analyse("Most dockers back Ann Lee in the harbor race.")
    assert [a.cue.text for a in document.attributions] == ["back"]


def test_a_thing_considered_a_label_has_no_source() -> None:
    document = analyse("The harbor will also be considered a key stop on the new route.")
    assert [a.source for a in document.attributions] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The harbor plan seems to have won over the dockers.",
        "The mayor appears to enjoy the fight over the ferry.",
    ],
)
def test_a_writers_hedge_credits_no_source(text: str) -> None:
    assert all(a.source is None for a in analyse(text).attributions)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The board met twice.\n\nIn May, after the storm, the board issued this statement:\n\n"
            "“The ferry will run.”",
            "the board",
        ),
        (
            "Ann Lee, in an interview with the Gazette, blurted out,"
            " “Not again, not in the middle of winter.”",
            "Ann Lee",
        ),
    ],
)
def test_a_message_before_a_colon_and_blurted_out(text: str, source: str) -> None:
    document = analyse(text)
    quote = next(q.index for q in document.quotes if q.is_speech)
    assert [a.source.text for a in document.attributions if quote in a.quotes and a.source] == [
        source
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Hundreds of dockers marched, chanting "No more cuts at the pier," raising doubts'
            " about the budget.",
            '"No more cuts at the pier,"',
        ),
        (
            'Ann Lee said the plan is "dead on arrival," but she gave ground on the fees.',
            'the plan is "dead on arrival,"',
        ),
    ],
)
def test_a_quote_closing_before_a_new_clause_ends_the_content(text: str, content: str) -> None:
    assert content in [a.content.text for a in analyse(text).attributions]


def test_a_participle_with_its_own_quote_stays_in_the_content() -> None:
    document = analyse(
        'The memo describes how Lee ran what she called "the harbor desk," obtaining'
        ' "favors for the mayor and his friends on the council."'
    )
    speech = [q.index for q in document.quotes if q.is_speech]
    assert speech and all(any(i in a.quotes for a in document.attributions) for i in speech)


@pytest.mark.parametrize(
    "text",
    [
        "Residents turned down the levy on Monday by a narrow margin.",
        "The council rejected the zoning change by 6 to 3.",
        "Members opposed the merger in a referendum last spring.",
    ],
)
def test_a_ballot_with_its_tally_credits_no_claim(text: str) -> None:
    assert not [a for a in attributions(text) if a.cue and a.cue.text != "turned"]


def test_a_rejection_without_a_tally_is_still_a_view() -> None:
    assert texts(only("The union rejected the offer as an insult to its members.")) == (
        "The union",
        "rejected",
        "the offer as an insult to its members",
    )


def test_a_person_showing_a_feeling_inside_a_claim_is_no_new_source() -> None:
    found = attributions(
        "Lawyers argued that while the driver apologized, she showed little regret in court."
    )
    assert [texts(a) for a in found] == [
        ("Lawyers", "argued", "while the driver apologized, she showed little regret in court")
    ]


@pytest.mark.parametrize(
    "text, source",
    [
        ("A survey of growers showed a sharp drop in yields.", "A survey of growers"),
        ("Lee said a new poll showed a narrow lead for the mayor.", "a new poll"),
    ],
)
def test_a_text_still_shows_its_findings(text: str, source: str) -> None:
    assert source in [a.source.text for a in attributions(text) if a.source]


def test_show_up_is_no_cue() -> None:
    assert attributions("Hundreds of fans showed up at the gate before dawn.") == ()


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "The curator, who arrived on March 3, 2021, said the hall will reopen in June.",
            "The curator",
            "the hall will reopen in June",
        ),
        (
            "At a time when doubts about the budget are spreading among donors, the charity "
            "has little choice but to cut staff, said Nora Vance, a board member.",
            "Nora Vance",
            "At a time when doubts about the budget are spreading among donors, the charity "
            "has little choice but to cut staff",
        ),
    ],
)
def test_a_date_or_a_prepositions_object_before_a_comma_is_no_speaker(
    text: str, source: str, content: str
) -> None:
    a = only(text)
    assert (a.source.text if a.source else None, a.content.text) == (source, content)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Nora Vance said the count was slow. Vance’s remarks suggest that the vote will slip.",
            "Nora Vance",
        ),
        ("Tom Reyes said talks went on. His comments show that the deal is close.", "Tom Reyes"),
    ],
)
def test_a_persons_words_as_a_source_resolve_to_that_person(text: str, speaker: str) -> None:
    last = attributions(text)[-1]
    assert (last.source_kind, last.speaker) == (SourceKind.PERSON, speaker)


def test_an_owned_plural_head_takes_the_base_form_verb() -> None:
    a = only("Their letters show that the mill was losing money.")
    assert (a.source.text if a.source else None, a.content.text) == (
        "Their letters",
        "the mill was losing money",
    )


def test_data_with_an_owner_is_a_document_that_shows() -> None:
    a = only("The port authority's data show shipping fell for a third month.")
    assert a.source_kind is SourceKind.DOCUMENT
    assert a.content.text == "shipping fell for a third month"


def test_a_firm_named_in_an_aside_speaks() -> None:
    a = only('The architect, Moss & Finch, called the tower "our proudest work."')
    assert a.source is not None and a.source.text == "The architect, Moss & Finch"
    assert a.source_kind is SourceKind.ORGANIZATION


@pytest.mark.parametrize(
    "text, outer, inner",
    [
        (
            "The mayor said the invoices showed that the ferry lost money.",
            "the invoices showed that the ferry lost money",
            ("the invoices", "the ferry lost money"),
        ),
        (
            "Ruiz argued the inspection found that two beams had cracked.",
            "the inspection found that two beams had cracked",
            ("the inspection", "two beams had cracked"),
        ),
    ],
)
def test_a_cue_inside_the_content_keeps_its_own_that_clause(
    text: str, outer: str, inner: tuple[str, str]
) -> None:
    found = [(a.source.text if a.source else None, a.content.text) for a in attributions(text)]
    assert found[0][1] == outer
    assert inner in found


@pytest.mark.parametrize(
    "text, content",
    [
        ("Ruiz said in a note to parents that the school will close.", "the school will close"),
        ("The coach vowed not to repeat that error.", "not to repeat that error"),
    ],
)
def test_an_aside_or_an_infinitive_before_that_is_no_clause(text: str, content: str) -> None:
    assert only(text).content.text == content


@pytest.mark.parametrize(
    "text, kind",
    [
        ("A quick glance shows that the pier needs repair.", SourceKind.DOCUMENT),
        ("The harbor ledger shows that the fees went unpaid.", SourceKind.DOCUMENT),
        ("The new timetable indicates that the line will close.", SourceKind.DOCUMENT),
        ("The inspector showed that the wiring was faulty.", SourceKind.PERSON),
        ("The nurse showed that the dose was wrong.", SourceKind.PERSON),
        ("Halvorsen showed that the wiring was faulty.", SourceKind.PERSON),
    ],
)
def test_what_shows_is_a_thing_unless_it_names_a_person(text: str, kind: SourceKind) -> None:
    assert attributions(text)[0].source_kind is kind


def test_introducing_someone_as_a_quote_gives_the_words() -> None:
    a = only('At the gala the host introduced her sister as "my oldest and fiercest critic."')
    assert (a.source.text if a.source else None, a.cue.text) == ("the host", "introduced")
    assert a.quotes == (0,)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Moss introduced a bill that would cap rents.",
        "The council introduced the levy as a stopgap.",
        "Early traders landed on the coast, introducing rats to the island.",
    ],
)
def test_introducing_without_a_quote_is_no_cue(text: str) -> None:
    assert attributions(text) == ()


def test_a_naming_ends_at_its_quote_before_another_verb() -> None:
    text = 'Ortiz called the plan "a slow disaster" and urged the board to start over.'
    assert attributions(text)[0].content.text == 'the plan "a slow disaster"'


def test_a_said_clause_keeps_the_verb_after_its_quote() -> None:
    text = 'Lee said the firm was "reckless" and ignored the warnings.'
    assert only(text).content.text == 'the firm was "reckless" and ignored the warnings'


def test_an_ordinal_inside_a_rank_is_part_of_the_name_after_said() -> None:
    text = (
        '"The drill ran late," said Navy Cmdr. Ida Holm.\n\n'
        '"We waited for hours," said Marine 2nd Lt. Omar Reyes.'
    )
    last = attributions(text)[-1]
    assert last.source is not None and last.source.text == "Marine 2nd Lt. Omar Reyes"
    assert last.speaker == "Omar Reyes"


@pytest.mark.parametrize(
    "text, source",
    [
        ('The leaked memo has Okafor saying, "We should settle quietly."', "Okafor"),
        ("A recording caught Dunmore telling aides that the deal was dead.", "Dunmore"),
    ],
)
def test_the_one_shown_or_heard_speaks_their_participle(text: str, source: str) -> None:
    sources = [a.source.text for a in attributions(text) if a.source]
    assert source in sources


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'Voss had said, "We will see," when asked whether she would run again.',
            '"We will see,"',
        ),
        (
            'Marsh said the levy was "a tax on hope," while his rival praised it.',
            'the levy was "a tax on hope,"',
        ),
        ('He said "The Farmers" and claimed they all back him.', '"The Farmers"'),
    ],
)
def test_the_writers_clause_after_a_closing_quote_is_not_the_content(
    text: str, content: str
) -> None:
    assert attributions(text)[0].content.text == content


@pytest.mark.parametrize(
    "text, source",
    [
        (
            '"We tried," the soft-spoken, 64-year-old warden said.',
            "the soft-spoken, 64-year-old warden",
        ),
        ("Rents rose again in the city, planners said.", "planners"),
    ],
)
def test_adjectives_listed_with_a_comma_stay_in_the_subject(text: str, source: str) -> None:
    a = only(text)
    assert a.source is not None and a.source.text == source


@pytest.mark.parametrize(
    "text, source",
    [
        ('Okafor in the past has called the levy "a tax on hope."', "Okafor"),
        (
            "The port authority in recent years has warned that the pier is unsafe.",
            "The port authority",
        ),
    ],
)
def test_a_time_phrase_before_the_verb_is_no_subject(text: str, source: str) -> None:
    a = only(text)
    assert a.source is not None and a.source.text == source


def test_a_name_after_its_role_before_a_colon_speaks() -> None:
    text = 'The swing did not surprise the veteran pollster Dana Shore: "Late deciders break late."'
    a = only(text)
    assert a.source is not None and a.source.text == "Dana Shore"


def test_a_name_after_a_listeners_role_before_a_colon_is_told() -> None:
    text = 'Ruiz put it plainly to the weekly newspaper Harbor Ledger: "We are done waiting."'
    assert all(a.source is None or a.source.text != "Harbor Ledger" for a in attributions(text))


def test_a_surname_like_a_trade_after_a_closing_quote_is_a_name() -> None:
    a = only('"We will hold the line," Summers said.')
    assert (a.source_kind, a.speaker) == (SourceKind.PERSON, "Summers")


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        (
            'Branding the levy "a tax on hope," Councillor Ida Marsh left the chamber.',
            "Councillor Ida Marsh",
            "Branding",
            'the levy "a tax on hope,"',
        ),
        (
            'Insisting she had "nothing to hide," the treasurer resigned.',
            "the treasurer",
            "Insisting",
            'she had "nothing to hide,"',
        ),
        (
            "Arguing that the ferry was unsafe, the inspector closed the pier.",
            "the inspector",
            "Arguing",
            "the ferry was unsafe",
        ),
    ],
)
def test_a_participle_opening_a_sentence_is_spoken_by_the_main_clauses_subject(
    text: str, source: str, cue: str, content: str
) -> None:
    found = [a for a in attributions(text) if a.cue is not None and a.cue.text == cue]
    assert len(found) == 1
    assert texts(found[0]) == (source, cue, content)


def test_the_quote_in_an_opening_participle_clause_is_credited_to_the_subject() -> None:
    found = analyse('Calling the merger "a quiet theft," Senator Rosa Vidal walked out.')
    (a,) = found.attributions
    assert a.source is not None and a.source.text == "Senator Rosa Vidal"
    assert [found.quotes[i].span.text for i in a.quotes] == ['"a quiet theft,"']


@pytest.mark.parametrize(
    "text",
    [
        "Speaking about the budget, Marsh left early.",  # a topic, no claim
        "Recalling that winter, the farmers planted late.",  # "that" as a determiner
        'Calling the levy "a tax on hope" is unfair.',  # a gerund subject, no comma
        "Arguing that the ferry was unsafe",  # no main clause after it
    ],
)
def test_an_opening_participle_without_a_claim_or_a_subject_credits_nothing(text: str) -> None:
    assert attributions(text) == ()


def test_an_opening_participle_does_not_double_the_main_clauses_attribution() -> None:
    (a,) = attributions("Speaking to reporters, Marsh said the pier would reopen.")
    assert texts(a) == ("Marsh", "said", "the pier would reopen")


def test_a_gerund_subject_before_a_postposed_cue_is_what_was_said() -> None:
    (a,) = attributions("Warning the town is not easy, the mayor said.")
    assert texts(a) == ("the mayor", "said", "Warning the town is not easy")


def test_the_main_verb_after_an_opening_quote_clause_does_not_take_it_too() -> None:
    found = attributions('Warning that "the fund will run dry," the treasurer asked for a loan.')
    contents = [a.content.text for a in found]
    assert contents.count('"the fund will run dry,"') == 1
    assert not any(c.startswith("Warning") for c in contents)


@pytest.mark.parametrize(
    ("headline", "source", "kind"),
    [
        ("Harbour Is the Deepest in Wales, Port Authority Says", "Port Authority", "organization"),
        ("Tide Was the Highest in Years, Scientists Say", "Scientists", "vague"),
        ("Tide Was the Highest in Years, Fishermen Say", "Fishermen", "vague"),
    ],
)
def test_title_case_headline_credited_by_its_last_words(
    headline: str, source: str, kind: str
) -> None:
    document = analyse(f"{headline}\n\nBy Ann Lee\n\nThe tide rose on Monday.")
    (credit,) = [a for a in document.attributions if a.cue and a.cue.text[0].isupper()]
    assert credit.source is not None
    assert (credit.source.text, credit.source_kind.value) == (source, kind)
    assert credit.content.text == headline.rpartition(",")[0]


def test_a_corpus_title_with_a_full_stop_is_credited_by_its_last_words() -> None:
    """A corpus's title ends in a full stop, so it stays a paragraph, not the headline."""
    text = "Harbour Is the Deepest in Wales, Port Authority Says.\n\nThe tide rose. It fell."
    (credit,) = analyse(text).attributions
    assert credit.source is not None and credit.source.text == "Port Authority"
    assert credit.content.text == "Harbour Is the Deepest in Wales"


@pytest.mark.parametrize(
    ("headline", "source", "cue", "content"),
    [
        ("Port Authority Says Harbour Is Deep", "Port Authority", "Says", "Harbour Is Deep"),
        ("Ann Lee Just Warns Ferry Fares Will Rise", "Ann Lee", "Warns", "Ferry Fares Will Rise"),
        ("Ferry Unions Slam Fare Rise", "Ferry Unions", "Slam", "Fare Rise"),
        ("Lee: Ferry Fares Will Rise in May", "Lee", ":", "Ferry Fares Will Rise in May"),
        # a corpus's title, ending in a full stop, is read as the headline it is
        ("Ann Lee Warns Ferry Fares Will Rise.", "Ann Lee", "Warns", "Ferry Fares Will Rise"),
    ],
)
def test_a_headline_credits_the_name_it_opens_with(
    headline: str, source: str, cue: str, content: str
) -> None:
    """A Title Case verb of saying, or a colon, after the name a headline opens with: the
    cue table reads running text and does not see the capital 'Says'."""
    document = analyse(f"{headline}\n\nLee spoke on Monday. The fares rose in June.")
    (credit,) = [a for a in document.attributions if a.cue.start < len(headline)]
    assert credit.source is not None
    assert (credit.source.text, credit.cue.text, credit.content.text) == (source, cue, content)


@pytest.mark.parametrize(
    "headline",
    [
        "Why Port Authority Says Harbour Is Deep",  # a question
        "Harbour Named By Port Authority As Deepest",  # a passive
        "Port Authority Report Shows Harbour Is Deep",  # 'Report' a noun
        "PORT AUTHORITY SAYS HARBOUR IS DEEP",  # capitals throughout
        "Watch: Port Authority Measures Harbour",  # a kind of piece
        "Kessington: Port Authority Measures Harbour",  # a label the story never names
        "Lee: Skipper or Pirate?",  # a question about her
        "Jobless Rate Falls to Lowest Level",  # 'Rate' a noun after an adjective
        "Harbour Master Calls Meeting on Fares",  # calls a meeting, names nothing
        "Ferry Group Posts Record Quarterly Profit",  # posts a result, says nothing
    ],
)
def test_a_headline_that_names_no_speaker_credits_no_one(headline: str) -> None:
    document = analyse(f"{headline}\n\nLee spoke on Monday. The fares rose in June.")
    assert not [a for a in document.attributions if a.cue.start < len(headline)]


def test_a_report_before_a_headline_s_colon_is_its_source() -> None:
    """'Report: ...' is the report's finding, the story about that report."""
    text = "Report: Ferry Fares Rose Faster Than Wages\n\nThe report came out in May."
    (credit,) = [a for a in analyse(text).attributions if a.cue.text == ":"]
    assert credit.source is not None and credit.source.text == "Report"
    assert credit.source_kind is SourceKind.DOCUMENT


def test_a_list_item_s_title_case_subhead_credits_the_name_it_opens_with() -> None:
    """A numbered list's subheads, each on a line of its own, read as headlines are."""
    text = (
        "Ten Things Sailors Said This Year.\n\nIt was a long year at sea.\n\n"
        "1\nAnn Lee Asked Skippers To “Slow Down.”\n\nShe spoke in May.\n\n"
        "2\nWhy Tom Ray Says Fares Will Rise\n\nHe spoke in June."
    )
    found = [(a.source.text, a.cue.text) for a in analyse(text).attributions if a.source]
    assert ("Ann Lee", "Asked") in found
    assert not [cue for _, cue in found if cue == "Says"]  # a question names no speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry, which claims 9,000 riders, is the oldest in the bay.", "9,000 riders"),
        ("Ruiz, who says the pier is unsafe, was the first to leave.", "the pier is unsafe"),
    ],
)
def test_a_relative_clause_reports_nothing_of_its_main_clause(text: str, content: str) -> None:
    """'X, which claims A, is B': the main clause after the closing comma is
    the writer's, not what the relative clause reports."""
    assert only(text).content.text == content


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Ferry fares to rise, mayor says\n\nThe ferry runs daily.", "mayor", SourceKind.PERSON),
        ("Pier closed after storm, police say\n\nIt shut.", "police", SourceKind.ORGANIZATION),
        ("Fares will rise, sources say\n\nThe ferry runs daily.", "sources", SourceKind.VAGUE),
    ],
)
def test_a_headline_credits_a_bare_noun_at_its_end(
    text: str, source: str, kind: SourceKind
) -> None:
    """Headlinese drops the article: '..., mayor says' credits the mayor."""
    (found,) = attributions(text)
    assert found.source is not None and (found.source.text, found.source_kind) == (source, kind)


def test_a_bare_noun_before_a_cue_inside_prose_is_no_subject() -> None:
    """Only a cue that ends its line, as a headline's does, takes a bare noun."""
    found = attributions("Fares\n\nThe fares rose, mayor says Ann Lee, and so did rents.\n")
    assert all(a.source is None or a.source.text != "mayor" for a in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares fell after reports emerged of a rift on the board.",
            ("reports", "reports", "a rift on the board"),
        ),
        (
            "Rumours circulated that the mayor was ill.",
            ("Rumours", "Rumours", "the mayor was ill"),
        ),
        (
            "Online posts claimed that the bridge had closed.",
            ("Online posts", "claimed", "the bridge had closed"),
        ),
        (
            "Media reports said the mayor had resigned.",
            ("Media reports", "said", "the mayor had resigned"),
        ),
    ],
)
def test_hearsay_with_no_source(text: str, expected: tuple[str, str, str]) -> None:
    """Hearsay that surfaced ('reports emerged of') credits its content to the
    reports; a cue in -s right before a past cue is a noun heading the subject."""
    found = only("Title\n\n" + text)
    assert texts(found) == expected
    assert found.source_kind is SourceKind.VAGUE


def test_a_cue_before_a_past_participle_stays_a_verb() -> None:
    """'posts reported earnings': 'reported' may be an adjective, so 'posts' keeps
    its verb reading."""
    found = attributions("Title\n\nThe firm posts reported earnings on Monday.")
    assert texts(found[0])[:2] == ("The firm", "posts")


@pytest.mark.parametrize(
    "text",
    [
        "One, who asked not to be named, said the mayor was ill.",
        "But one, speaking on condition of anonymity, said the mayor was ill.",
    ],
)
def test_a_bare_one_with_a_person_aside_is_an_unnamed_person(text: str) -> None:
    """An aside only a person fits makes a bare 'One' the unnamed speaker."""
    found = only("Title\n\n" + text)
    assert texts(found) == (text.split(",")[0].split()[-1], "said", "the mayor was ill")
    assert found.source_kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    "text",
    [
        "Two studies appeared. One found that the drug worked.",
        "Two studies appeared. One, which the firm paid for, found that the drug worked.",
    ],
)
def test_a_bare_one_without_a_person_aside_is_no_source(text: str) -> None:
    """A bare 'One' may be one of any things named before."""
    assert attributions("Title\n\n" + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Shares often fall when rumours of this kind spread.",
        "Reports of the same sort reach the desk every week.",
    ],
)
def test_hearsay_of_a_kind_credits_nothing(text: str) -> None:
    """'rumours of this kind': a class of rumours, with no content of their own."""
    assert attributions("Title\n\n" + text) == ()


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Police demand answers from the mayor.", "Police", "demand"),
        ("Parents want answers from the school.", "Parents", "want"),
        ("The campaign reiterated plans to appeal.", "The campaign", "reiterated"),
    ],
    ids=["demand-answers", "want-answers", "reiterated-plans"],
)
def test_a_plural_object_is_no_cue_of_a_longer_subject(text: str, source: str, cue: str) -> None:
    """'Police demand answers': 'answers' is what the police demand, not a cue
    whose subject is 'Police demand'."""
    found = [
        (a.source.text if a.source else None, a.cue.text if a.cue else None)
        for a in attributions(text)
    ]
    assert found == [(source, cue)]


def test_a_verb_after_a_noun_cue_keeps_its_document() -> None:
    """'A committee report found': 'found' is the report's verb, no plural object."""
    (found,) = attributions('A 2014 committee report found "no evidence of an order."')
    assert found.source is not None and found.source.text == "A 2014 committee report"
    assert found.source_kind is SourceKind.DOCUMENT


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"We will stay open," said Éamon Ryan.', "Éamon Ryan"),
        ('"We will stay open," said Seán Ó Ceallaigh, the owner.', "Seán Ó Ceallaigh"),
        ('"We will stay open," said Ryan Ó Brien.', "Ryan Ó Brien"),
    ],
)
def test_a_name_with_an_accented_capital_after_an_inverted_cue_is_the_source(
    text: str, source: str
) -> None:
    """'said Éamon Ryan': a capital with an accent starts a name as A-Z does."""
    (found,) = attributions(text)
    assert found.source is not None and found.source.text == source
    assert found.source_kind is SourceKind.PERSON


@pytest.mark.parametrize(
    "clause",
    [
        "who did not want his name used",
        "who asked that her name not be used",
        "who asked that his name be withheld",
        "who declined to give her surname",
        "who would not give his name",
    ],
)
def test_a_clause_keeping_the_name_back_belongs_to_the_unnamed_speaker(clause: str) -> None:
    """'A porter who did not want his name used said': the name is the porter's, kept
    back; neither 'his name' speaks nor does the clause's 'want' report a claim."""
    found = only(f"Title\n\nA porter {clause} said the bar would close.")
    assert found.source is not None and found.source.text.startswith("A porter who")
    assert texts(found)[2] == "the bar would close"
    assert found.source_kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "One of those at the rally, a retired plumber, said the count was wrong.",
            "One of those at the rally",
        ),
        ("One of those, a young nurse, told reporters the count was wrong.", "One of those"),
    ],
)
def test_one_of_a_group_with_a_role_aside_is_an_unnamed_person(text: str, source: str) -> None:
    """'One of those at the rally, a retired plumber, said': the aside gives a role, no
    name, so the one is an unnamed person (the subject reader takes no such partitive)."""
    found = only("Title\n\n" + text)
    assert texts(found) == (source, text.split(", ")[2].split()[0], "the count was wrong")
    assert found.source_kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    "text",
    [
        "The trust has found 30 of the estate's 90 families new homes.",
        "The agent found the couple a buyer within a week.",
        "The charity found them work.",
    ],
)
def test_finding_someone_something_is_no_finding(text: str) -> None:
    """'found 30 families new homes' is what the trust did, not what it reports."""
    assert attributions("Title\n\n" + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The audit found 30 of the estate's 90 families needed new homes.",
        "The audit found a number of new homes.",
    ],
)
def test_a_finding_about_homes_is_still_a_finding(text: str) -> None:
    """A verb after 'found', or no one the homes are found for, keeps the finding."""
    assert texts(only("Title\n\n" + text))[1] == "found"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coroner said the ferry sailed on time, in thick fog, and that the radar was off.",
            "the ferry sailed on time, in thick fog, and that the radar was off",
        ),
        (
            "The coroner said the ferry sailed late and that the radar was off.",
            "the ferry sailed late and that the radar was off",
        ),
        (
            "The coroner believes the crew were tired, but that the radar was to blame.",
            "the crew were tired, but that the radar was to blame",
        ),
    ],
)
def test_a_second_clause_joined_by_and_that_keeps_the_first(text: str, content: str) -> None:
    """'said A, and that B' reports both clauses: the first is no aside before 'that'."""
    assert texts(only("Title\n\n" + text))[2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coroner said in a letter to the family that the radar was off.", "the radar was off"),
        (
            "Residents felt strongly about the closure, and that the council had misled them.",
            "the council had misled them",
        ),
    ],
)
def test_an_aside_before_that_is_still_no_content(text: str, content: str) -> None:
    """With no verb before 'and that' the words before it are the cue's aside or
    manner, not a clause it reports."""
    assert texts(only("Title\n\n" + text))[2] == content


@pytest.mark.parametrize(
    "listener",
    ["the jury", "the inquest", "the tribunal", "jurors", "magistrates", "residents"],
)
def test_who_hears_the_evidence_is_no_part_of_it(listener: str) -> None:
    """'The pathologist told the jury the wound was deep': the jury is told, what
    follows is what was said, as after 'told reporters'."""
    found = only(f"Title\n\nThe pathologist told {listener} the wound was deep.")
    assert texts(found) == ("The pathologist", "told", "the wound was deep")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Road Hauliers' Association said the levy was too high.",
            "The Road Hauliers' Association",
        ),
        (
            "The Road Hauliers’ Association said the levy was too high.",
            "The Road Hauliers’ Association",
        ),
        (
            "A spokeswoman for the Allotment Growers' Union said the levy was too high.",
            "A spokeswoman for the Allotment Growers' Union",
        ),
    ],
)
def test_a_plural_s_possessive_in_a_body_s_name_is_no_closing_quote(text: str, source: str) -> None:
    """'The Road Hauliers' Association said ...': the apostrophe ends a plural's
    possessive, not a quote, so the body is the source and what follows its claim."""
    assert texts(only("Title\n\n" + text)) == (source, "said", "the levy was too high")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Reuters’ Ana Ruiz argued that the levy was too high.",
            ("Ana Ruiz", "argued", "the levy was too high"),
        ),
        ("'The levy is too high,' Ana Ruiz said.", ("Ana Ruiz", "said", "'The levy is too high,'")),
    ],
)
def test_an_owner_before_a_name_and_a_closing_quote_keep_their_reading(
    text: str, found: tuple[str, str, str]
) -> None:
    assert texts(only("Title\n\n" + text)) == found


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("A study in The Lancet found the pill worked.", SourceKind.DOCUMENT),
        ("The Herald reported the pill worked.", SourceKind.OUTLET),
    ],
)
def test_the_paper_is_the_document_cited_last(before: str, kind: SourceKind) -> None:
    """'A study ... found ... The most common side effect, the paper says, was nausea':
    after a study 'the paper' is its write-up; after a newspaper it is the newspaper."""
    found = analyse(f"Title\n\n{before} The most common side effect, the paper says, was nausea.")
    (paper,) = [a for a in found.attributions if a.source and a.source.text == "the paper"]
    assert paper.source_kind is kind


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "Experts not involved in the research cautioned that the data were thin.",
            "Experts not involved in the research",
            SourceKind.VAGUE,
        ),
        (
            "A chemist not involved in the study said the data were thin.",
            "A chemist not involved in the study",
            SourceKind.ANONYMOUS,
        ),
        (
            "Two inspectors involved in the audit said the books were clean.",
            "Two inspectors involved in the audit",
            SourceKind.ANONYMOUS,
        ),
    ],
)
def test_people_set_apart_from_a_study_speak_not_the_study(
    text: str, source: str, kind: SourceKind
) -> None:
    """'Experts not involved in the research said': the experts speak (the subject
    reader stopped at 'the research', a document); set apart from it they are an open
    group or an unnamed person, not people with access to it."""
    found = only("Title\n\n" + text)
    assert (texts(found)[0], found.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The count was halted after a recount was requested and is expected to resume on Monday.",
        "The plan was opposed and was later dropped.",
    ],
)
def test_a_passive_cue_before_its_subjects_next_predicate_reports_nothing(text: str) -> None:
    """'a recount was requested and is expected to resume': what became of the thing
    requested, not a claim the recount made."""
    assert [a.source.text for a in attributions(text) if a.source is not None] == []


def test_a_dummy_it_before_a_next_predicate_still_reports() -> None:
    """'It was reported and is widely believed that ...' credits a claim to no one named."""
    (found,) = attributions("It was reported and is now widely believed that the mayor quit.")
    assert found.content.text == "the mayor quit"
