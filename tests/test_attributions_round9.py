"""Sources QA round 9 found misread: plurals placed by 'across' or 'around' (and
people placed by 'in', 'from', 'at', 'along', 'near' or 'outside'), and
listeners of a passive 'told'."""

from __future__ import annotations

import pytest

from mediacheck import check
from mediacheck.analysis import analyse
from mediacheck.model import Attribution, SourceKind


def attributions(text: str) -> tuple[Attribution, ...]:
    return analyse(text).attributions


class TestPluralsPlacedOverAnArea:
    """'Farmers across the state say': where a group is found does not name it."""

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Growers across the county say the frost came early.", "Growers across the county"),
            ("Bakers around the square say flour has doubled.", "Bakers around the square"),
            (
                "Choirs across the Welsh Valleys report falling numbers.",
                "Choirs across the Welsh Valleys",
            ),
            ("Inns across the moor report empty rooms all winter.", "Inns across the moor"),
        ],
        ids=["say", "around", "named-place", "base-form-report"],
    )
    def test_the_plural_is_the_source_and_it_is_vague(self, text: str, mention: str) -> None:
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is SourceKind.VAGUE

    def test_a_partys_members_placed_so_are_no_vague_group(self) -> None:
        """'Republicans around the state say': as 'Republicans say', a party's members."""
        (found,) = attributions("Republicans around the state say the levy must go.")
        assert found.source_kind is SourceKind.PERSON

    def test_vague_attribution_reports_the_group(self) -> None:
        findings = check(
            "Bakers around the square say flour has doubled.", select=["vague-attribution"]
        )
        assert [f.span.text for f in findings] == ["Bakers around the square"]

    def test_a_singular_before_across_is_no_group(self) -> None:
        """'The mayor across the table said': one person, whatever the place."""
        (found,) = attributions("The mayor across the table said the vote was lost.")
        assert found.source is not None and found.source_kind is SourceKind.PERSON

    def test_a_plural_of_bodies_opening_a_sentence_is_vague(self) -> None:
        """'Airlines say': a capital opening the sentence names no airline."""
        kinds = [a.source_kind for a in attributions("Airlines say that fares will rise.")]
        assert kinds == [SourceKind.VAGUE]


class TestPeoplePlacedSomewhere:
    """'Farmers in Iowa say': people by trade or role, said only to be somewhere,
    are the subject and a group no one can ask, not the place after them."""

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Farmers in Ohio say the drought has cut yields.", "Farmers in Ohio"),
            ("Shopkeepers from Galway said trade had slumped.", "Shopkeepers from Galway"),
            ("Local shopkeepers in Leeds said rents had doubled.", "Local shopkeepers in Leeds"),
            ("Fishermen along the coast say the catch is down.", "Fishermen along the coast"),
            (
                "Nurses at the Royal Infirmary say shifts are too long.",
                "Nurses at the Royal Infirmary",
            ),
        ],
        ids=["in-a-state", "from-a-town", "with-a-modifier", "irregular-along", "at-a-name"],
    )
    def test_the_people_are_the_vague_source(self, text: str, mention: str) -> None:
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is SourceKind.VAGUE

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Gardeners in Devon reported roses still in bloom.", "Gardeners in Devon"),
            ("Growers across Kent say the frost came late.", "Growers across Kent"),
            ("Keen allotment keepers in Leeds say slugs grew.", "Keen allotment keepers in Leeds"),
        ],
        ids=["listed-trade", "listed-across", "trade-ending-in-lower-case"],
    )
    def test_people_by_a_trade_ending_are_the_vague_source(self, text: str, mention: str) -> None:
        """A plural by a trade ending, listed or in lower case, is the people placed,
        not the place."""
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is SourceKind.VAGUE

    def test_a_surname_like_a_plural_is_not_made_a_group(self) -> None:
        """'Sanders in Iowa said': a capitalised -ers word may be a surname, and is
        read as a group only when listed."""
        kinds = [a.source_kind for a in attributions("Sanders in Iowa said the race was close.")]
        assert SourceKind.VAGUE not in kinds

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Crowds outside the stadium said the final was fixed.", "Crowds outside the stadium"),
            ("A crowd outside the court said he was innocent.", "A crowd outside the court"),
            ("The crowd at the rally said the vote was rigged.", "The crowd at the rally"),
            ("Onlookers near the pier said the boat sank fast.", "Onlookers near the pier"),
            ("Mourners at the chapel said she was generous.", "Mourners at the chapel"),
            ("Spectators in the stands said the referee erred.", "Spectators in the stands"),
        ],
        ids=["crowds-outside", "a-crowd", "the-crowd-at", "onlookers", "mourners", "spectators"],
    )
    def test_a_crowd_placed_somewhere_is_the_vague_source(self, text: str, mention: str) -> None:
        """A crowd is a group of people: 'Crowds outside the stadium said' credits
        them, not the stadium."""
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is SourceKind.VAGUE

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            (
                "A Red Cross official in Tacloban said roads were shut.",
                "A Red Cross official in Tacloban",
            ),
            (
                "A senior White House aide in Paris said talks stalled.",
                "A senior White House aide in Paris",
            ),
        ],
        ids=["name-of-two-words", "name-of-two-words-after-an-adjective"],
    )
    def test_one_person_after_a_name_is_placed_not_the_place(self, text: str, mention: str) -> None:
        """'A Red Cross official in Tacloban said': the name modifies the person,
        who is the unnamed source, not Tacloban."""
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is SourceKind.ANONYMOUS

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Nurses on the ward said the shifts were too long.", "Nurses on the ward"),
            (
                "Residents on Harbour Row said the flood was the worst yet.",
                "Residents on Harbour Row",
            ),
            ("Experts on China say the quota is unfair.", "Experts on China"),
            ("Critics on the left said the bill was dead.", "Critics on the left"),
            (
                "Fishing industry leaders in Scotland say the quota is unfair.",
                "Fishing industry leaders in Scotland",
            ),
        ],
        ids=["on-a-ward", "on-a-street", "experts-on", "critics-on", "leaders-in"],
    )
    def test_people_placed_on_a_definite_place_are_the_vague_source(
        self, text: str, mention: str
    ) -> None:
        """'On' places people as 'in' does, on a place the article names ('Nurses on
        the ward', 'Residents on Harbour Row'): they, not the place, are the source."""
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is SourceKind.VAGUE

    @pytest.mark.parametrize(
        "text",
        [
            "She ended the meeting with the directors on a giddy note of triumph.",
            "Trump on Twitter said the bill was dead.",
        ],
        ids=["on-a-note", "a-name-on"],
    )
    def test_on_places_no_one_after_a_name_or_before_an_indefinite(self, text: str) -> None:
        """'directors on a giddy note' says how, not where; 'Trump on Twitter' is Trump."""
        sources = [a.source.text for a in attributions(text) if a.source is not None]
        assert "directors on a giddy" not in " ".join(sources)
        assert sources in ([], ["Trump"])

    def test_an_unnamed_leader_is_an_unnamed_individual(self) -> None:
        """'leader' is a person by role: 'one district party leader said' is unnamed."""
        (found,) = attributions("The vote was rigged, one district party leader said.")
        assert found.source_kind is SourceKind.ANONYMOUS

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Some Democrats say the plan will fail.", "Some Democrats"),
            ("The plan will fail, many Republicans fear.", "many Republicans"),
            ("Many Democrats in Ohio say the plan is dead.", "Many Democrats in Ohio"),
            ("Some Republicans in Congress say the plan is dead.", "Some Republicans in Congress"),
        ],
        ids=["some", "many-after", "placed", "in-a-body"],
    )
    def test_an_unnamed_part_of_a_party_is_vague(self, text: str, mention: str) -> None:
        """'Democrats say' names the party's members; 'Some Democrats say' does not
        say which of them."""
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is SourceKind.VAGUE
        assert found.speaker is None

    def test_a_party_s_members_stay_named(self) -> None:
        (found,) = attributions("Democrats say the plan will fail.")
        assert found.source_kind is SourceKind.PERSON

    @pytest.mark.parametrize(
        ("text", "mention", "kind"),
        [
            (
                "Some Democrats on the council say the rise is unfair.",
                "Some Democrats on the council",
                SourceKind.VAGUE,
            ),
            (
                "Republicans on the committee said the bill was dead.",
                "Republicans on the committee",
                SourceKind.PERSON,
            ),
        ],
        ids=["some-on-a-body", "members-on-a-body"],
    )
    def test_a_party_s_members_on_a_body_are_the_source(
        self, text: str, mention: str, kind: SourceKind
    ) -> None:
        """'Democrats on the council', as 'Democrats in Ohio': the members, not the body
        they sit on, are the source."""
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == mention
        assert found.source_kind is kind

    @pytest.mark.parametrize(
        "mention", ["Some Democrats on the council", "Many Democrats in Ohio", "Some Democrats"]
    )
    def test_vague_attribution_reports_an_unnamed_part_of_a_party(self, mention: str) -> None:
        """The rule reads the model's head, the party's members, not the place."""
        text = f"{mention} say the rise is unfair."
        (finding,) = check(text, select=["vague-attribution"])
        assert finding.span.text == mention
        assert "which Democrats?" in finding.evidence[0].note

    def test_vague_attribution_keeps_a_party_s_capital(self) -> None:
        (finding,) = check("Some Democrats say the plan will fail.", select=["vague-attribution"])
        assert finding.span.text == "Some Democrats"
        assert "which Democrats?" in finding.evidence[0].note
        assert finding.suggestion is not None and "name the Democrats" in finding.suggestion

    def test_vague_attribution_reports_people_placed_in_a_town(self) -> None:
        findings = check("Farmers in Ohio say yields are down.", select=["vague-attribution"])
        assert [f.span.text for f in findings] == ["Farmers in Ohio"]

    def test_aides_said_to_be_whose_stay_named(self) -> None:
        """'Clinton aides in Iowa': whose aides they are is said, no vague group."""
        (found,) = attributions("Clinton aides in Iowa say she will win.")
        assert found.source is not None and found.source.text == "Clinton aides in Iowa"
        assert found.source_kind is SourceKind.PERSON

    def test_a_name_ending_like_an_adjective_ends_the_subject(self) -> None:
        """'the Royal Infirmary say': the cue is a verb after a name, where 'an
        annual report' keeps its noun."""
        assert attributions("The board has an annual report on its site.") == ()


class TestToldInThePassive:
    """'Workers were told at a meeting': the subject heard something and says nothing."""

    @pytest.mark.parametrize(
        "text",
        [
            "Drivers were told at a depot meeting on Monday.",
            "Tenants were informed last week.",
            "The crew was briefed before the flight.",
            "Tenants had been warned about the cladding in 2019.",
        ],
    )
    def test_no_attribution_when_nothing_told_follows(self, text: str) -> None:
        assert attributions(text) == ()

    def test_no_vague_finding_on_the_listeners(self) -> None:
        text = "Nurses were told the news on Friday."
        assert check(text, select=["vague-attribution"]) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Drivers were told that the depot would close.",
            "Drivers were told to expect delays.",
            "Drivers were told by the union that the depot would close.",
            'Drivers were told, "The depot is closing."',
            "Drivers were assured the depot was safe.",
            "Drivers were informed of the closure.",
        ],
        ids=["that", "to", "by", "quote", "that-less", "of"],
    )
    def test_what_was_told_keeps_the_attribution(self, text: str) -> None:
        assert len(attributions(text)) == 1

    def test_telling_in_the_progressive_is_the_speaker(self) -> None:
        (found,) = attributions("The mayor is telling voters the bridge will reopen.")
        assert found.source is not None and found.source.text == "The mayor"


class TestTodayBeforeTheVerb:
    """'The firm, a cooperative, today announced': the day is no part of the aside."""

    def test_the_name_before_the_aside_speaks(self) -> None:
        text = "Harbour Mills Ltd, the family firm, today announced that it would hire weavers."
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == "Harbour Mills Ltd"
        assert found.source_kind is SourceKind.ORGANIZATION


class TestParticipleAfterARankedNoun:
    """'the largest fine ever imposed': the participle describes the noun, no one speaks."""

    @pytest.mark.parametrize(
        "text",
        [
            "It is the dearest tunnel ever proposed in the county, at £90 million.",
            "The tallest mast yet announced will stand on the ridge.",
        ],
    )
    def test_no_attribution(self, text: str) -> None:
        assert attributions(text) == ()

    def test_a_figure_in_the_sentence_is_unsourced(self) -> None:
        text = "It is the dearest tunnel ever proposed in the county, at £90 million."
        findings = check(text, select=["unsourced-statistic"])
        assert [f.span.text for f in findings] == ["£90 million"]

    def test_someone_ever_saying_still_speaks(self) -> None:
        (found,) = attributions("Nobody ever said the tunnel would be cheap.")
        assert found.cue is not None and found.cue.text == "said"


class TestAnonymousReadersAndGovernors:
    """'A reader in Kendal, who asked us not to use her name, wrote:' credits the reader."""

    def test_a_reader_with_a_reason_before_a_quote_in_the_next_paragraph(self) -> None:
        text = (
            "A reader in Ayr, who asked us not to use his name, wrote:\n"
            "\n"
            "“The harbour wall has gone.”\n"
        )
        (found,) = attributions(text)
        assert found.source is not None and found.source.text == "A reader in Ayr"
        assert found.source_kind is SourceKind.ANONYMOUS
        assert found.content.text == "“The harbour wall has gone.”"

    def test_asking_not_to_be_named_is_no_cue(self) -> None:
        text = "A tenant, who asked reporters not to use her full name, said the lifts failed."
        assert [a.cue.text for a in attributions(text) if a.cue] == ["said"]

    def test_a_school_governor_is_one_unnamed_person(self) -> None:
        (found,) = attributions("A school governor said the roof leaked all winter.")
        assert found.source_kind is SourceKind.ANONYMOUS

    def test_a_governor_named_by_title_is_a_person(self) -> None:
        (found,) = attributions("Governor Ann Lee said the roof leaked all winter.")
        assert found.source_kind is SourceKind.PERSON


class TestSourcesInsideABody:
    """'Sources at the council said': unnamed people with access to a body."""

    @pytest.mark.parametrize(
        "text",
        [
            "Sources at the port authority said the vote could be delayed.",
            "The vote could be delayed, according to sources inside the ministry.",
            "Sources in the cabinet said the vote could be delayed.",
        ],
    )
    def test_anonymous_not_vague(self, text: str) -> None:
        rules = {f.rule for f in check(text, select=["anonymous-source", "vague-attribution"])}
        assert rules == {"anonymous-source"}

    @pytest.mark.parametrize(
        "text",
        [
            "Sources in Italy said the fee had been agreed.",
            "Sources in the region said the fee had been agreed.",
        ],
    )
    def test_sources_somewhere_are_vague(self, text: str) -> None:
        """People said only to be in a country or an area are an open group, not
        sources inside a body."""
        rules = {f.rule for f in check(text, select=["anonymous-source", "vague-attribution"])}
        assert rules == {"vague-attribution"}

    def test_a_librarian_is_one_unnamed_person(self) -> None:
        findings = check("A librarian said the roof leaked.", select=["anonymous-source"])
        assert [f.span.text for f in findings] == ["A librarian"]


def test_a_group_opening_the_paragraph_after_a_quote_stays_vague() -> None:
    """'Parishioners say' opens its own paragraph: the closing quote that ends
    the paragraph before does not make it a word inside a sentence."""
    text = '"Yes," said Declan. "She loved hymns."\n\nParishioners say she never missed a Sunday.'
    found = [a for a in attributions(text) if a.source and a.source.text == "Parishioners"]
    assert [a.source_kind for a in found] == [SourceKind.VAGUE]
