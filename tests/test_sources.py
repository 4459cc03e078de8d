"""Source mentions: their kind, the name they carry, and who a pronoun means."""

from __future__ import annotations

import pytest

import mediacheck
from mediacheck.analysis.sources import body_name, classify, person_name
from mediacheck.analysis.speakers import Speakers
from mediacheck.model import SourceKind

KINDS = [
    ("name", "Ana Ruiz", SourceKind.PERSON),
    ("titled-name", "NATO Secretary General Mark Rutte", SourceKind.PERSON),
    ("role", "the county engineer", SourceKind.PERSON),
    ("department", "the State Department", SourceKind.ORGANIZATION),
    ("campaign", "the Ruiz campaign", SourceKind.ORGANIZATION),
    ("named-officials", "Harbor Authority officials", SourceKind.ORGANIZATION),
    ("wire", "Reuters", SourceKind.OUTLET),
    ("newspaper", "The Washington Post", SourceKind.OUTLET),
    ("generic-outlet", "the newspaper", SourceKind.OUTLET),
    ("web-address", "Harbornews.com", SourceKind.OUTLET),
    ("poll", "a new poll", SourceKind.DOCUMENT),
    ("report-by", "a report by the water board", SourceKind.DOCUMENT),
    ("analysts", "analysts", SourceKind.VAGUE),
    ("officials", "officials", SourceKind.VAGUE),
    # a trade's plural before a place names no regulator: not an organisation
    ("regulators-in-a-place", "Regulators in Latvia", SourceKind.VAGUE),
    ("some", "some", SourceKind.VAGUE),
    ("reports", "reports", SourceKind.VAGUE),
    ("belief", "a growing belief within the alliance", SourceKind.VAGUE),
    ("plural-bodies", "Conservation groups", SourceKind.VAGUE),
    ("plural-bodies-lower", "several trade unions", SourceKind.VAGUE),
    ("plural-agencies", "Aid agencies", SourceKind.VAGUE),
    ("named-plural-bodies", "the Harbor groups", SourceKind.ORGANIZATION),
    ("group-of", "Critics of the levy", SourceKind.VAGUE),
    ("familiar", "a person familiar with the talks", SourceKind.ANONYMOUS),
    ("counted-role", "Two engineers", SourceKind.ANONYMOUS),
    ("counted-role-qualified", "three officials involved in the audit", SourceKind.ANONYMOUS),
    ("uncounted-role", "diplomats", SourceKind.VAGUE),
    ("counted-named", "two aides, Ann Lee and Tom Fry", SourceKind.PERSON),
    ("senior-official", "a senior official", SourceKind.ANONYMOUS),
    ("body-official", "a senior Harbor Authority official", SourceKind.ANONYMOUS),
    # a body's name with "of" or "for" in it, before the person noun
    ("body-name-for", "A Department for Transport spokeswoman", SourceKind.ANONYMOUS),
    ("body-name-of", "a senior Bank of England official", SourceKind.ANONYMOUS),
    ("body-name-definite", "the Bank of England governor", SourceKind.ORGANIZATION),
    ("titled-after-name", "former Lee adviser Dan Moss", SourceKind.PERSON),
    ("state-rep", "Oregon Rep. Ann Lee", SourceKind.PERSON),
    ("forecasters", "forecasters", SourceKind.VAGUE),
    ("economists", "economists", SourceKind.VAGUE),
    ("former-director", "a former director", SourceKind.ANONYMOUS),
    ("police-spokesman", "a police spokesman", SourceKind.ANONYMOUS),
    ("company-executive", "a company executive", SourceKind.ANONYMOUS),
    ("former-minister", "a former minister", SourceKind.ANONYMOUS),
    ("one-lobbyist", "one lobbyist", SourceKind.ANONYMOUS),
    ("sources-close-to", "Sources close to the ministry", SourceKind.ANONYMOUS),
    # sources inside a body the words before them name, as "sources at the council"
    ("party-sources", "Labour sources", SourceKind.ANONYMOUS),
    ("senior-party-sources", "senior party sources", SourceKind.ANONYMOUS),
    ("named-place-sources", "Downing Street sources", SourceKind.ANONYMOUS),
    ("body-insiders", "Pentagon insiders", SourceKind.ANONYMOUS),
    ("local-sources", "Local sources", SourceKind.VAGUE),
    ("people-sources", "Several Jordanian sources", SourceKind.VAGUE),
    ("bank-executives", "Bank executives", SourceKind.VAGUE),
    ("outlet-analysis", "a Harbor Times analysis", SourceKind.DOCUMENT),
    ("outlet-poll", "the Fox poll", SourceKind.DOCUMENT),
    ("joint-poll", "A CNN/ORC poll", SourceKind.DOCUMENT),
    ("masthead", "the Daily Planet", SourceKind.OUTLET),
    ("masthead-gazette", "The Harbor Gazette", SourceKind.OUTLET),
    ("press-office", "The White House Press Office", SourceKind.ORGANIZATION),
    ("named-with-role", "Jane Doe, a Republican lawmaker", SourceKind.PERSON),
    # what was done to a document, with its doer before the verb and no "that"
    ("contact-clause", "a report officials released Monday", SourceKind.DOCUMENT),
    ("contact-clause-longer", "a fact sheet state lawmakers issued on Friday", SourceKind.DOCUMENT),
    ("surveyed-group", "economists surveyed by the bank", SourceKind.VAGUE),
    # a body's papers are its documents; papers alone are the press
    ("council-papers", "council papers", SourceKind.DOCUMENT),
    ("court-papers", "Court papers", SourceKind.DOCUMENT),
    ("local-papers", "Local papers", SourceKind.VAGUE),
    # people at a bar, a show or a broadcast
    ("barmaid", "a barmaid", SourceKind.ANONYMOUS),
    ("publican", "one publican", SourceKind.ANONYMOUS),
    ("theatregoers", "theatregoers", SourceKind.VAGUE),
    ("viewer", "a viewer in Leeds", SourceKind.ANONYMOUS),
    ("audiences", "Audiences at previews", SourceKind.VAGUE),
    ("sports-broadcaster", "Sky Sports", SourceKind.OUTLET),
    ("sports-paper", "Marca", SourceKind.OUTLET),
    ("sports-paper-with-article", "L’Équipe", SourceKind.OUTLET),
    ("sports-magazine", "the German magazine Kicker", SourceKind.OUTLET),
    # "figures" are people of note after "senior", "leading", ...; else numbers
    ("senior-figures", "Senior Labour figures", SourceKind.VAGUE),
    ("opposition-figures", "opposition figures", SourceKind.VAGUE),
    ("leading-figures-in", "Leading figures in the party", SourceKind.VAGUE),
    ("government-figures", "Government figures", SourceKind.DOCUMENT),
    # what a study, a trial or a court puts in writing
    ("preprint", "A preprint posted in January", SourceKind.DOCUMENT),
    ("findings", "The findings", SourceKind.DOCUMENT),
    ("trial-results", "the trial results", SourceKind.DOCUMENT),
    ("meta-analysis", "a meta-analysis", SourceKind.DOCUMENT),
    ("verdict", "the verdict", SourceKind.DOCUMENT),
    ("trial-lawyers", "Trial lawyers", SourceKind.VAGUE),
    # a share of people known by an abbreviation
    ("some-gps", "Some GPs", SourceKind.VAGUE),
    ("many-ceos", "Many CEOs", SourceKind.VAGUE),
    # a person with access to a document-like thing is a person, not the thing
    ("close-to-the-investigation", "A source close to the investigation", SourceKind.ANONYMOUS),
    ("close-to-the-inquiry", "a person close to the inquiry", SourceKind.ANONYMOUS),
    ("the-investigation", "the investigation", SourceKind.DOCUMENT),
]


@pytest.mark.parametrize(("mention", "kind"), [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_classify(mention: str, kind: SourceKind) -> None:
    """Each mention gets the kind a reader would give it."""
    assert classify(mention) is kind


def test_a_mention_without_a_word_is_classified() -> None:
    """'according to ? who said': punctuation alone is a mention like any other, no crash."""
    assert isinstance(classify("?"), SourceKind)


@pytest.mark.parametrize(
    ("mention", "context", "kind"),
    [
        ("an aide", ", who asked not to be named", SourceKind.ANONYMOUS),
        ("A juggler", ", who asked not to be named, said", SourceKind.ANONYMOUS),
        ("A welder", ", who spoke on the condition of anonymity, said", SourceKind.ANONYMOUS),
        ("A trader", ", who asked that her name not be used, said", SourceKind.ANONYMOUS),
        ("A trader", ", who requested anonymity, said", SourceKind.ANONYMOUS),
        ("A juggler", ", who asked that we not print her name, said", SourceKind.ANONYMOUS),
        ("A juggler", ", who asked that the Courier not identify him, said", SourceKind.ANONYMOUS),
        ("Ann Lee", ", who asked not to be named, said", SourceKind.PERSON),
        ("A juggler", ", who said the mayor was not authorized to", SourceKind.PERSON),
    ],
    ids=[
        "person-noun",
        "any-noun",
        "condition-after-a-verb",
        "name-not-used",
        "requested-anonymity",
        "we-not-print-her-name",
        "the-paper-not-identify-him",
        "a-name-is-given",
        "someone-else-not-authorized",
    ],
)
def test_anonymity_explained_after_the_mention(
    mention: str, context: str, kind: SourceKind
) -> None:
    """'a deckhand, who asked not to be named': the reason in a relative clause on the
    mention makes one unnamed person of it, whatever the noun, unless a name is given."""
    assert classify(mention, context) is kind


@pytest.mark.parametrize(
    "context",
    [
        ", speaking on condition of anonymity, said",
        " who spoke on condition of anonymity said",
        ", who asked not to be named, said",
        ", speaking anonymously, said",
    ],
)
def test_a_group_whose_anonymity_is_explained_is_anonymous(context: str) -> None:
    """'Officials, speaking on condition of anonymity,': unnamed people, not a vague group."""
    assert classify("Officials", context) is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("mention", "context"),
    [("Dan Moss", ", a senior adviser to Lee"), ("Mr. Prasad", ", a former official at the bank")],
)
def test_a_named_person_with_a_role_is_not_anonymous(mention: str, context: str) -> None:
    """'Dan Moss, a senior adviser to Lee': the role follows a name the article gives."""
    assert classify(mention, context) is SourceKind.PERSON


@pytest.mark.parametrize(
    ("mention", "context", "kind"),
    [
        ("One of them", ", a nurse, said the ward was full.", SourceKind.ANONYMOUS),
        ("one of those", ", a retired lineman, told the board", SourceKind.ANONYMOUS),
        ("One of them", ", a report by the council, found", SourceKind.PERSON),
        ("One of them", " said the ward was full.", SourceKind.PERSON),
    ],
)
def test_one_of_them_with_a_role_is_anonymous(mention: str, context: str, kind: SourceKind) -> None:
    """'One of them, a nurse, said': the aside gives a role and no name, so the one
    speaking is unnamed; an aside that is no person, or none, changes nothing."""
    assert classify(mention, context) is kind


NAMES = [
    ("plain", "Ana Ruiz", "Ana Ruiz"),
    ("office-and-title", "NATO Secretary General Mark Rutte", "Mark Rutte"),
    ("honorific", "Mr. Hale", "Hale"),
    ("nationality-and-title", "Russian President Vladimir Putin", "Vladimir Putin"),
    ("appositive", "the foreign minister, Sergei Ivanov", "Sergei Ivanov"),
    ("office-of", "Secretary of State Jane Doe", "Jane Doe"),
    ("initial", "Rep. Elijah E. Cummings", "Elijah E. Cummings"),
    ("possessive", "Rutte’s", "Rutte"),
    ("role-only", "the senator", None),
    ("particle", "chief engineer Jan de Vries", "Jan de Vries"),
    ("irish", "Klaus O’Brien", "Klaus O’Brien"),
]


@pytest.mark.parametrize(("mention", "name"), [n[1:] for n in NAMES], ids=[n[0] for n in NAMES])
def test_person_name(mention: str, name: str | None) -> None:
    """Titles and roles are stripped; a role alone has no name."""
    assert person_name(mention) == name


class TestSpeakers:
    def test_surname_resolves_to_full_name(self) -> None:
        """A surname alone is the full name seen before."""
        speakers = Speakers()
        speakers.name("Mark Rutte")
        assert speakers.name("Rutte") == "Mark Rutte"

    def test_pronoun_takes_most_recent(self) -> None:
        """'he' is the person named last."""
        speakers = Speakers()
        speakers.name("Mark Rutte")
        speakers.name("Vladimir Putin")
        assert speakers.pronoun("m") == "Vladimir Putin"

    def test_honorific_gives_gender(self) -> None:
        """'she' skips a man named with 'Mr.'."""
        speakers = Speakers()
        speakers.name("Ana Ruiz")
        speakers.name("Hale", "Mr. Hale")
        assert speakers.pronoun("f") == "Ana Ruiz"

    def test_no_one_named(self) -> None:
        """A pronoun with no one named before resolves to nobody."""
        assert Speakers().pronoun("m") is None


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("12,400 households", SourceKind.VAGUE),
        ("Nearly 38 percent of residents", SourceKind.VAGUE),
        ("a dozen", SourceKind.VAGUE),
        ("The consumer group Water Watch", SourceKind.ORGANIZATION),
    ],
)
def test_counted_groups_and_named_bodies(mention: str, kind: SourceKind) -> None:
    assert classify(mention) is kind


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Rep. Dana Whitlow of Fairhaven", "Dana Whitlow"),
        ("Lena Brandt of TU Delft", "Lena Brandt"),
        ("Omar Vance, a lecturer at Kent", "Omar Vance"),
        ("Secretary of State Ann Lee", "Ann Lee"),
        ("Jan. 13", None),
        ("August", None),
    ],
)
def test_the_name_is_the_head_not_a_place_or_date(mention: str, name: str | None) -> None:
    assert person_name(mention) == name


@pytest.mark.parametrize("mention", ["Saudi Arabia", "the Netherlands", "Norway"])
def test_a_country_speaks_as_its_government(mention: str) -> None:
    assert classify(mention) is SourceKind.ORGANIZATION


@pytest.mark.parametrize("mention", ["Polls", "Figures", "Records"])
def test_a_document_noun_opening_a_sentence_is_a_document(mention: str) -> None:
    assert classify(mention) is SourceKind.DOCUMENT


@pytest.mark.parametrize(
    "mention, kind",
    [
        ("Trucking executives", SourceKind.VAGUE),
        ("Bank executives", SourceKind.VAGUE),
        ("Hospital officials", SourceKind.VAGUE),
        ("the town's garden society", SourceKind.ORGANIZATION),
    ],
)
def test_a_trade_of_people_names_no_one(mention: str, kind: SourceKind) -> None:
    assert classify(mention) is kind


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("Chief executive Nadia Fox", SourceKind.PERSON),
        ("Ann P. Bloomberg", SourceKind.PERSON),
        ("Tom Reuters and Ann Lee", SourceKind.PERSON),
        ("Fox News", SourceKind.OUTLET),
        ("The Sun", SourceKind.OUTLET),
        ("a June Bloomberg article", SourceKind.OUTLET),
        ("CNN's Ann Lee", SourceKind.OUTLET),
    ],
)
def test_an_outlet_s_name_after_a_given_name_is_a_surname(mention: str, kind: SourceKind) -> None:
    """'Nadia Fox said' credits a person, not Fox News."""
    assert classify(mention) is kind


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("the Harbour Safety Agency", SourceKind.ORGANIZATION),
        ("The agency", SourceKind.ORGANIZATION),
        ("the news agency", SourceKind.OUTLET),
        ("the state press agency", SourceKind.OUTLET),
    ],
)
def test_an_agency_is_a_body_unless_it_is_a_news_agency(mention: str, kind: SourceKind) -> None:
    """'the Harbour Safety Agency said' credits a government body, not an outlet."""
    assert classify(mention) is kind


def test_author_before_a_name_is_a_title() -> None:
    assert person_name("Author Ann Brook") == "Ann Brook"


@pytest.mark.parametrize(
    "mention", ["Birch & Daughters", "the builder, Moss & Finch", "Pryor & Vane Ltd"]
)
def test_an_ampersand_between_names_is_a_firm(mention: str) -> None:
    assert classify(mention) is SourceKind.ORGANIZATION


class TestUnnamedPeople:
    """One person by trade, role or relation, introduced with 'a', 'one' or 'another',
    is anonymous; a thing introduced so is not, and a group stays vague."""

    @pytest.mark.parametrize(
        "mention",
        [
            "a lineman",
            "one patient",
            "A nurse who works nights",
            "one resident",
            "another Democrat",
            "a 27-year-old shop owner",
            "a former senior law enforcement official",
            "one Republican involved",
            "an official traveling",
            "two nurses",
            "Three linemen",
            "said one former executive who",
            "a session drummer",
            "one fiddler",
            "a butcher",
            "a lifeguard",
            "one MEP",
            "an MP",
            "One steward",
            "an astronomer at the observatory",
            "a meteorologist",
            "A deckhand",
            "one crewman",
            "two stevedores",
            "a longshoreman",
        ],
    )
    def test_an_unnamed_person_is_anonymous(self, mention: str) -> None:
        assert classify(mention) is SourceKind.ANONYMOUS

    @pytest.mark.parametrize(
        "mention",
        [
            "a petition",
            "A decision",
            "a video recording",
            "a conservative group",
            "a letter to an aide",
            "a petition signed by a nurse",
            "two million workers",
            "One in four voters",
        ],
    )
    def test_a_thing_or_a_crowd_is_no_unnamed_person(self, mention: str) -> None:
        """The person noun must head the mention, after at most a few modifiers."""
        assert classify(mention) is not SourceKind.ANONYMOUS

    @pytest.mark.parametrize("mention", ["residents", "voters", "workers", "lifeguards"])
    def test_an_uncounted_plural_is_vague(self, mention: str) -> None:
        assert classify(mention) is SourceKind.VAGUE

    @pytest.mark.parametrize("mention", ["the nurse", "her lawyer"])
    def test_a_definite_role_is_a_person(self, mention: str) -> None:
        """'the nurse' points at someone the article has introduced."""
        assert classify(mention) is SourceKind.PERSON

    @pytest.mark.parametrize(("mention", "context"), [("Rendle", ", a nurse who works nights")])
    def test_a_role_after_a_name_is_an_apposition(self, mention: str, context: str) -> None:
        """'Rendle, a nurse, said': a surname is named even when the role follows it."""
        assert classify(mention, context) is SourceKind.PERSON


@pytest.mark.parametrize(
    "mention, kind",
    [
        ("Islamic State", SourceKind.ORGANIZATION),
        ("Kent State", SourceKind.ORGANIZATION),
        ("Secretary of State Ann Brook", SourceKind.PERSON),
    ],
)
def test_a_name_ending_in_state_is_a_body_not_a_title(mention: str, kind: SourceKind) -> None:
    assert classify(mention) is kind


def source_of(text: str) -> tuple[str | None, str, str | None]:
    """The one attribution's source mention, kind and speaker."""
    (attribution,) = mediacheck.parse(text).attributions
    source = attribution.source.text if attribution.source else None
    return source, attribution.source_kind.value, attribution.speaker


class TestPhrasesAfterTheHead:
    """A phrase after the head noun belongs to the mention: its object is not the source."""

    @pytest.mark.parametrize(
        ("text", "source", "kind"),
        [
            (
                "A diplomat briefed on the talks said the deal was close.",
                "A diplomat briefed on the talks",
                "anonymous",
            ),
            (
                "An aide familiar with the matter said the deal was close.",
                "An aide familiar with the matter",
                "anonymous",
            ),
            (
                "People with knowledge of the audit said the deal was close.",
                "People with knowledge of the audit",
                "anonymous",
            ),
            (
                "A clerk with direct knowledge of the ledgers said the deal was close.",
                "A clerk with direct knowledge of the ledgers",
                "anonymous",
            ),
            (
                "The harbour board, with knowledge of the plan, said the deal was close.",
                "The harbour board",
                "organization",
            ),
            (
                "An inquiry into the crash found that the pilot was tired.",
                "An inquiry into the crash",
                "document",
            ),
            (
                "A lawsuit against the county says the fees were unlawful.",
                "A lawsuit against the county",
                "document",
            ),
            # a part of a group after a preposition is that preposition's object
            (
                "A clerk from one of the border towns said the fees were unlawful.",
                "A clerk from one of the border towns",
                "anonymous",
            ),
            (
                "A nurse at one of the Leeds clinics said the fees were unlawful.",
                "A nurse at one of the Leeds clinics",
                "anonymous",
            ),
        ],
    )
    def test_the_head_noun_is_the_source(self, text: str, source: str, kind: str) -> None:
        assert source_of(text)[:2] == (source, kind)

    @pytest.mark.parametrize(
        ("text", "source", "kind", "speaker"),
        [
            # people in someone's service are the subject, as "Clinton aides" is
            ("Aides to Ruiz say the speech was rewritten.", "Aides to Ruiz", "person", None),
            (
                "Senior aides to Ruiz say the speech was rewritten.",
                "Senior aides to Ruiz",
                "person",
                None,
            ),
            (
                "An adviser to the mayor said the plan was dead.",
                "An adviser to the mayor",
                "anonymous",
                None,
            ),
            (
                "The Iraqi ambassador to Norway said the talks had stalled.",
                "The Iraqi ambassador to Norway",
                "person",
                None,
            ),
            # a party's members placed somewhere, as "Democrats" alone
            (
                "Democrats in Ohio say the map is unfair.",
                "Democrats in Ohio",
                "person",
                "Democrats",
            ),
            (
                "Republicans in Congress say the bill is dead.",
                "Republicans in Congress",
                "person",
                "Republicans",
            ),
        ],
    )
    def test_the_people_are_the_source_not_whom_they_serve_or_where_they_are(
        self, text: str, source: str, kind: str, speaker: str | None
    ) -> None:
        assert source_of(text) == (source, kind, speaker)

    def test_a_name_after_on_is_left_alone(self) -> None:
        """'Lee on Tuesday', 'Trump on Twitter': a name is no noun a phrase hangs on."""
        assert source_of("The ferry on Tuesday said that fares would rise.")[0] == "The ferry"


class TestThingsThatCarryWriting:
    """A sign or a label says what is written on it: a document, not a person."""

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("The sign on the gate says the park is closed until May.", "The sign on the gate"),
            ('The label reads: "Store below 8 degrees."', "The label"),
            ("A notice in the lobby warns that the lift is out of order.", "A notice in the lobby"),
        ],
    )
    def test_a_written_thing_is_a_document(self, text: str, source: str) -> None:
        assert source_of(text) == (source, "document", None)


class TestBodiesInApposition:
    """A role with a firm's name in apposition is the firm."""

    def test_a_firm_named_after_its_role_is_an_organisation(self) -> None:
        text = "The owner, Brookline Homes, said the house would be rebuilt."
        assert source_of(text) == ("The owner, Brookline Homes", "organization", "Brookline Homes")

    def test_a_person_named_after_the_role_stays_a_person(self) -> None:
        text = "The owner, Ann Lee, said the house would be rebuilt."
        assert source_of(text) == ("The owner, Ann Lee", "person", "Ann Lee")

    @pytest.mark.parametrize(
        ("mention", "name"),
        [
            ("The landlord, Harbor Holdings Ltd.", "Harbor Holdings Ltd."),
            ("its builder, Moss & Finch", "Moss & Finch"),
            ("The Harbor Authority", "The Harbor Authority"),
        ],
    )
    def test_body_name(self, mention: str, name: str) -> None:
        assert body_name(mention) == name

    def test_a_name_after_a_phrase_still_names_the_person(self) -> None:
        """'Another delegate on the slate, Jim Poole': the name follows the whole phrase."""
        assert classify("Another delegate on the slate, Jim Poole") is SourceKind.PERSON


@pytest.mark.parametrize(
    ("mention", "head"),
    [
        ("sources close to the talks", "sources"),
        ("Sources familiar with the plan", "Sources"),
        ("two officials briefed on the deal", "two officials"),
        ("a person with direct knowledge of the sale", "a person"),
        ("a diplomat close to the talks in Geneva", "a diplomat"),
        ("a report by the water board", "a report"),
    ],
)
def test_the_head_of_a_source_with_access_is_its_noun(mention: str, head: str) -> None:
    """'close to', 'familiar with' say what access the source has: the noun
    before them heads the mention, and the words of access stay in it."""
    assert mediacheck.source_head(mention) == head
