"""unsourced-superlative: what counts as a superlative claim, and who backs it.

Detection is tested on parsed text with ``[[...]]`` markers.  Sourcing is
tested twice: with attributions built by hand (the rule's own logic, whatever
the model finds) and on parsed text (the rule as it runs).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediacheck
from mediacheck import Attribution, CheckContext, Document, Finding, Severity, SourceKind, Span
from mediacheck.testing import assert_flags, run_check
from mediacheck_superlatives import UNSOURCED_SUPERLATIVE, unsourced_superlatives

RULE = UNSOURCED_SUPERLATIVE


def _span(document: Document, part: str | None) -> Span | None:
    if part is None:
        return None
    start = document.text.index(part)
    return document.span(start, start + len(part))


def with_attribution(
    text: str, source: str | None, cue: str, content: str, kind: SourceKind
) -> Document:
    """The parsed text with exactly one attribution, built by hand."""
    document = mediacheck.parse(text)
    content_span = _span(document, content)
    assert content_span is not None
    attribution = Attribution(
        content_span, _span(document, source), None, kind, _span(document, cue), 0
    )
    return attrs.evolve(document, attributions=(attribution,))


def run(document: Document, **options: object) -> list[Finding]:
    context = CheckContext(document, options={RULE.slug: options})
    return list(unsourced_superlatives(document, context))


def texts(findings: Sequence[Finding]) -> list[str]:
    return [f.span.text for f in findings]


DETECTED = {
    "est": "The barrier is the [[largest]] in the country.",
    "at-its-most-before-noun": "Prices are at their [[most volatile]] level in years.",
    "at-its-most-before-frame": "The pound is at its [[most fragile]] since 2008.",
    "at-its-est-before-frame": "Stocks are at their [[thinnest]] since 2022.",
    "at-its-est-before-years": "The pound is at its [[weakest]] in nearly two decades.",
    "at-greatest-risk": "Homes at [[greatest]] risk will be moved first.",
    "members-possessive-is-no-member": "It is the [[biggest]] members' club in Europe.",
    "member-with-no-owner": "He is one of the [[most right-wing]] members of the senate.",
    "best-shot-on-target": "It was the [[best]] shot on target all night.",
    "owner-youngest": "At 19, she is the team's [[youngest]].",
    "hyphen-list-is-no-credit": "The council kept the [[best]] branch.\n\n- Rye\n\n- Hythe",
    "capitals-headline": "FANS BUY [[RECORD]] 210,000 TICKETS AFTER [[UNPRECEDENTED]] RUN\n\n"
    "The club sold out on Friday.",
    "doubled-consonant": "It was the [[hottest]] summer and the [[biggest]] harvest.",
    "y-to-i": "The port is the [[busiest]] and the [[wealthiest]].",
    "irregular": "It is the [[best]] school and the [[worst]] road.",
    "one-of-the": "It is one of the [[largest]] banks.",
    "ordinal-hyphen": "Lyon is the [[second-largest]] city.",
    "after-a-verb-of-harm": "The storm hit the [[hardest]] wall in town.",
    "ordinal-space": "Lyon is the third [[biggest]] city.",
    "best-known": "She is the [[best-known]] author.",
    "most-adjective": "It was the [[most dangerous]] period.",
    "most-adverb": "It is the [[most commonly]] used rule.",
    "most-possessive": "It is the world's [[most visited]] museum.",
    "most-no-determiner": "This bill will be [[most difficult]] to pass.",
    "least-adjective": "It is the [[least expensive]] option.",
    "sentence-initial-most": "[[Most important]] is the vote.",
    "headline": "World's [[Largest]] Barrier Opens\n\nThe gates closed on Monday.",
    "unprecedented": "Markets faced [[unprecedented]] volatility.",
    "unparalleled": "The view is [[unparalleled]].",
    "record-number": "Fans bought a [[record]] 210,000 tickets.",
    "record-head": "Prices hit [[record]] highs.",
    "record-head-bookings": "Inns on the coast report [[record]] cancellations.",
    "record-ranked-by-a-compound": "The cover is the [[most-played]] record on the jukebox.",
    "record-head-fee": "Spurs made a [[record]] bid and paid a [[record]] fee.",
    "record-period-head": "It made [[record]] quarterly profits and [[record]] full-year sales.",
    "record-compound": "It was a [[record-breaking]] year.",
    "record-set": "She set a new [[record]].",
    "record-of-after-a-setter": "She set a [[record]] of 9.58 seconds.",
    "all-time": "Shares hit an [[all-time]] high.",
    "best-ever": "It was their [[best-ever]] season.",
    "first-ever": "The [[first-ever]] summit took place.",
    "never-before": "Crowds [[never before]] seen gathered.",
    "first-in-history": "For the [[first time in history]] the river froze.",
    "a-hit-song-ranks": "It was the band's [[biggest]] hit of the year.",
    "first-in-an-owners-history": (
        "She is the [[first woman in the club’s 90-year history]] to coach it, and the "
        "[[first time in Ohio’s history]] came in May."
    ),
    "of-all-time": "He is the [[greatest]] player of all time.",
    "ever-compound": "It was the [[biggest-ever]] crowd and the [[First-Ever]] vote.",
    "best-for-a-noun": "For the [[best]] experience, arrive early.",
    "near-record": "Turnout hit near-[[record]] levels.",
    "record-plural-set": "Debates keep breaking [[records]].",
    "record-predicate": "The turnout of 8,204 was a [[record]] for the hall.",
    "record-predicate-modifier": "Her time was a course [[record]], and it's a [[record]].",
    "record-set-modifiers": "The fair set a new visitor [[record]].",
    "record-after-a-figure": "Turnout was 46.2%, a [[record]] for the ward, and sales hit "
    "9,120, a [[record]].",
    "record-compound-number": "A club-[[record]] 12,950 fans came.",
    "at-the-most-adjective": "It sits at the [[most southern]] point of the island.",
    "most-ing-after-copula": "The result was [[most striking]] in the north.",
    "title-case-headline": "Judge Gives Her Some Of The [[Worst]] News\n\nThe ruling came late.",
    "ranking-compound": "It was the [[best-selling]] car and the world's [[highest-paid]] job.",
    "ranking-compound-before-a-role": "She is the [[highest-paid]] actor in Hollywood.",
    "degree-after-owner": "He was the league's [[most valuable]] player.",
    "one-of-compound": "It is one of the [[best-known]] songs.",
    "coordinated-compound": "It is the [[biggest]] and [[deepest-pocketed]] lobby.",
    "most-compound": "It was the [[most-watched]] final.",
    "large-set": "It is the [[largest]] of the 50 states.",
    "of-all": "Of the new buses, this one is the [[best]] of all.",
    "set-not-named": "He is the [[strongest]] of his generation and of any rower.",
    "ranked-behind": "It is the [[second-largest]] economy in the world, behind Japan.",
    "placing-set-not-named": "She finished [[fastest]] in the final.",
    "set-is-a-name": "Nomuka is the second [[largest]] island in the Group.",
    "elliptical-most": "It was the [[most daring]] plan so far, and the [[most costly]].",
    "elliptical-est": "The east wing is old; the west wing is the [[oldest]].",
    "title-case-after-preposition": "Wheat Price Drops to [[Lowest]] Level\n\nFarmers sold early.",
    "title-case-after-verb": "Heat Wave Is [[Hottest]] on Record\n\nIt lasted a week.",
    "title-case-with-frame": "Exports Sink to [[Weakest]] Level in a Decade\n\nThe port was idle.",
    "question-in-the-body": "Rents rose again. Is this the [[worst]] market in the state?",
    "quotes-without-first-person": 'Growers braced for "the [[worst]] season" in years.',
    "statement-beside-a-question": "It was the [[wettest]] spring in a century; nobody knows why.",
    "relative-clause-is-no-question": "The pier, which is the [[longest]] in Wales, shut.",
    "condition-is-no-question": "If the [[largest]] lender fails, rates will climb.",
    "questions-really-asked": "The host posed the [[hardest]] questions of the quiz.",
    "issue-ranked-against-issues": "The [[biggest]] hurdle facing the town is its debt.",
    "question-too-far-back": "It is unclear whether the farms that had grown the "
    "[[sweetest]] melons "
    "in Spain were sold.",
    "clause-after-a-mid-sentence-attribution": "Sales slipped, the guild said, and "
    "the pier had its [[quietest]] summer.",
    "adverb-mid-sentence-ranks": "Prices rose [[most sharply]], by 9 percent, in food.",
    "adverb-after-determiner-ranks": "It was the [[most hotly]], fiercely contested race.",
    "best-beside-a-personal-best": "It was the [[best]] team, and she set a personal best.",
    "the-most-unlikely-ranks": "It was the [[most unlikely]] comeback in the league.",
    "headlinese-record-with-no-article": "Runner breaks course [[record]] in Leeds\n\n"
    "The race was on Sunday. The firm sets sales [[records]] every year.",
}

LEFT_ALONE = {
    "false-friends": "An honest protest over interest rates drew guests from the west.",
    "more-false-friends": "The priest made a request after the arrest near the forest.",
    "verbs-in-est": "Reports suggest the contest will test the digest of a modest harvest.",
    "names-in-est": "Climbers left Budapest for Everest, and Ernest stayed.",
    "compound-false-friend": "Self-interest ruled the Midwest and the Northwest.",
    "quantifier-most": "Most residents stayed home.",
    "most-of": "Most of the town was dark.",
    "the-most-noun": "She won the most votes.",
    "the-most-mass-noun": "They raised the most money.",
    "most-pronoun": "She did the most.",
    "at-least": "At least 82 people died, or at the very least 80.",
    "at-most": "It costs at most ten euros.",
    "at-best": "At best, the plan will fail.",
    "at-the-latest": "It opens on Friday at the latest.",
    "a-most": "He was a most unusual man.",
    "at-best-before-adjective": "The reviews were at best mixed and at worst cruel.",
    "at-her-most": "At her most candid, the mayor admits the tram was late.",
    "at-her-best-in-a-match": "She was at her best in the final.",
    "at-their-least-before-function-word": "They were at their least guarded when alone.",
    "best-shot": "The keeper gave it his best shot.",
    "best-bet": "Your best bet is the early train.",
    "her-eldest": "Her eldest was there, and his youngest, aged nine, sang.",
    "most-likely": "The vote will most likely fail.",
    "personal-best": "He matched his personal best of 31 points, then set a new personal best.",
    "career-best": "She scored a career-best 34 points and ran a personal-best 10.9 seconds.",
    "most-unlikely-hedge": "It is most unlikely the club will appeal.",
    "sentence-adverb": "Most worryingly, the river is still rising.",
    "sentence-adverb-after-perhaps": "Perhaps most tellingly, the phone had been used before.",
    "sentence-adverb-in-a-clause": "The plan is costly and, most worryingly, untested. The "
    "bridge is old, and least surprisingly, shut.",
    "sentence-adverb-for-someone": "Least surprisingly for the council, the vote failed.",
    "latest": "The latest figures are out.",
    "most-recent": "The most recent poll closed.",
    "do-your-best": "She did her best and tried our best.",
    "best-practices": "They follow best practices.",
    "greatest-hits": "The band played its greatest hits.",
    "for-the-most-part": "For the most part, the town was quiet.",
    "for-the-most-part-before-a-noun": "The crowd was small, for the most part farmers.",
    "eldest-son": "His eldest son runs the farm.",
    "record-noun": "The record shows it. She has a criminal record, off the record.",
    "track-record": "Her track record is long.",
    "record-predicate-document": "It was a criminal record, and that is the public record.",
    "record-predicate-disc": "It was a hit record on a record label. It is the record of a feud.",
    "record-period-no-head": "The record weekly show is on air.",
    "record-idioms": "For the record, it is on the record. The record was set in 1990.",
    "record-after-a-year": "In 2019, a record of the talks was kept.",
    "record-compound-after-a-setter": "Band beats record label in court\n\n"
    "Fans broke record players. A firm beat record companies. He set the record straight.",
    "quantifier-over-adjective": "On most sunny days the park is full.",
    "easternmost": "The eastern-most islands lie far away.",
    "in-history-degree": "She has a degree in history.",
    "first-then-a-history-class": "She was the first to arrive and sat in the history class.",
    "for-the-best": "In the end it was all for the best.",
    "award-category": "She won the best actress award and a best picture nomination.",
    "how-best-to": "They argued over how best to spend it.",
    "best-known-for": "He is best known for his songs.",
    "at-the-very-least-verb": "He has at the very least seemed to understand.",
    "quantifier-two-words": "It pleased most prominent local leaders.",
    "names": "She shops at Best Buy and lives on Forrest Avenue.",
    "names-in-title-case": "Crowds Flock to Best Buy in Budapest\n\nThe doors opened at nine.",
    "title-in-a-sentence": "The band played Wildest Dreams at the arena on Friday.",
    "thou": "Thou knowest the way.",
    "company-endings": "Ameriquest sued Pinterest.",
    "most-noun-in-ing": "The sanctions bar most trading with the regime.",
    "slightest": "He had not the slightest doubt.",
    "to-the-nearest": "Figures are rounded to the nearest dollar.",
    "best-interests": "He acted in the child's best interests.",
    "most-wanted-list": "He joined the FBI's most wanted list.",
    "harm-compounds": "The worst-hit villages and hardest-hit farms got aid first.",
    "most-harm-compound": "The most-affected districts voted last.",
    "label-compound": "Best-selling author Ana Ruiz wrote a best-selling novel.",
    "nearest": "The nearest clinic is 40 km away, past its nearest rival.",
    "counted-set": "He is the tallest of the three brothers and the best of the two cooks.",
    "counted-set-degree": "It is the most ambitious of its four plans.",
    "named-set": "He was the eldest son, and the youngest of his cousins to enlist.",
    "named-set-with-noun": "Rosa, the tallest girl in the class, is the loudest of the family.",
    "named-set-of-all": "She is the quickest of all her siblings and the oldest of twelve kids.",
    "member-of-a-body": "The choir's youngest member sang, and Ana is its oldest founding member.",
    "members-of-an-owner-counted": "The league's three newest members joined in May.",
    "placing-behind": "The relay team finished second-best, behind Kenya.",
    "placing-ahead-of": "He came third fastest in the heat, ahead of two Danes.",
    "prize-category": "Strikes halted the contest for the best cheese and the award for best film.",
    "prize-degree": "She won the prize for the most improved rider.",
    "worst-is-yet-to-come": "Many fear the worst is yet to come; others hope for the best.",
    "fear-the-worst": "Farmers fear the worst. The worst is over for now.",
    "name-going-on-in-capitals": "They stayed at the Best Western while The Greatest Showman "
    "played downtown.",
    "famous-for": "The town is most famous for its cheese and best remembered as a port.",
    "earliest-convenience": "The panel will meet at its earliest convenience.",
    "headline-asks": "City's Hottest Summer? Not Quite\n\nThe heat eased on Friday.",
    "headline-credits-a-bare-noun": "Pier is safest in Wales, mayor says\n\nIt reopened.",
    "harm-without-its-hyphen": "The coast was the worst hit; the towns most affected lie north.",
    "kinship-plural": "The mayor and her two eldest children moved to the oldest children's wing.",
    "closest-relations": "Her closest rival met his closest aides and closest allies.",
    "political-colours": "Turnout fell in the deepest red and deepest blue counties.",
    "looms-largest": "Housing looms largest in the race; for the briefest of moments it faded.",
    "best-years-of-life": "He gave \u2019em the best years of his life: the best of times and "
    "the worst of times.",
    "best-part-of": "She scored twice in the best part of an hour.",
    "harm-ranked-by-its-verb": "The rise will hit cafes hardest; the gale struck the coast worst.",
    "highest-court": "The state's highest court struck down the rule on Friday.",
    "overlapping-idioms": "For the best part of three decades he drummed, hoping for the best.",
    "award-title-after-owner": "He was named the league's Most Valuable Player.",
    "honorific-most-rev": "The Most Rev. Ada Kerr blessed the boats, and the Most Hon. Tom Kerr "
    "waved.",
    "named-set-after-a-name": "Jo is the tallest player in the Galway squad and the eldest in the "
    "Kerr family.",
    "kin-beyond-the-nuclear-family": "Her youngest grandson and his eldest niece run the shop.",
    "label-before-a-name": "It ends with the best-selling novelist Ray Okafor reading.",
    "embedded-whether": "Nobody can say whether the wettest months are still ahead.",
    "embedded-if": "Growers are unsure if the hardest frosts are over.",
    "embedded-which": "The board asked which was the cheapest route and wondered what the safest "
    "choice was.",
    "open-question-head": "Funding is the biggest open question facing the league, and the deepest "
    "mystery is the schedule.",
    "issue-that-is-a-question": "The toughest test is whether the levee holds. Whether the talks "
    "resume will be the greatest challenge.",
    "cue-before-both-clauses": "The guild said sales slipped, and the pier had its quietest "
    "summer.",
    "embedded-post-credited-below": "The council kept the library.\n\nGreat news! The best "
    "decision this council has made.\n\n— Rye Residents (@ryeresidents) November 24, 2026",
    "capitals-record-as-a-noun": "RECORD LABEL SIGNS HARBOUR BAND\n\nThe deal was signed.",
    "related-links": "The river fell overnight.\n\nRelated: Best flood defences in Britain? | "
    "The wettest winter on record\n\nRead more: Britain's oldest pub reopens",
}


@pytest.mark.parametrize("marked", list(DETECTED.values()), ids=list(DETECTED))
def test_detects(marked: str) -> None:
    """Superlatives, 'most' + adjective and absolute terms in the writer's voice are reported."""
    assert_flags(marked, RULE)


@pytest.mark.parametrize("text", list(LEFT_ALONE.values()), ids=list(LEFT_ALONE))
def test_leaves_alone(text: str) -> None:
    """False friends, quantifiers, idioms, hedges and nouns are not superlative claims."""
    assert_flags(text, RULE)


class TestFrames:
    @pytest.mark.parametrize(
        ("text", "frame"),
        [
            ("It is the largest barrier in Europe.", "in Europe"),
            ("It was the most dangerous period since World War II.", "since World War II"),
            ("It was the worst storm in decades.", "in decades"),
            ("It is the largest bank in the country.", "in the country"),
            ("It was the biggest crowd ever.", "ever"),
            ("It was the biggest drop since 2008.", "since 2008"),
            ("It is Europe's largest port.", "Europe's"),
            ("It is the hottest year on record.", "on record"),
            ("It is the costliest project in the country's history.", "in the country's history"),
            ("It is New York's oldest bridge.", "New York's"),
            ("It is the world's tallest tower.", "the world's"),
            ("It is the largest port in Western Europe Is Here.", "in Western Europe"),
            ("Best Ideas in Urban Design Are Old\n\nThe city grew.", "in Urban Design"),
            ("The Oldest Pub in Galway Closes\n\nIt sold its last pint.", "in Galway"),
            ("Cheapest Flats in Santa Clara County Sell Out\n\nText.", "in Santa Clara"),
            ("It is the oldest pub in Santa Clara County.", "in Santa Clara County"),
            # an okina inside a name, as an opening quote or as U+02BB
            ("It is the oldest pier in Hawai‘i.", "in Hawai‘i"),
            ("It is the tallest tower in Kauaʻi.", "in Kauaʻi"),
            ("Oldest Pier in Hawai‘i Closes\n\nIt sold its last ticket.", "in Hawai‘i"),
        ],
    )
    def test_frame_is_evidence(self, text: str, frame: str) -> None:
        """The comparison frame is named in the evidence and the message."""
        (finding,) = run_check(text, RULE)
        assert [
            e.span.text for e in finding.evidence if e.note == "comparison frame" and e.span
        ] == [frame]
        assert repr(frame) in finding.message

    def test_no_frame_outside_the_clause(self) -> None:
        """A place in a later clause is not the superlative's frame."""
        (finding,) = run_check("It is the best way to travel, and it is cheap in Europe.", RULE)
        assert finding.evidence == ()

    def test_in_history_frames_the_superlative_once(self) -> None:
        """'the largest ... in history' is one claim with its frame, not two."""
        assert texts(run_check("It was the largest protest in history.", RULE)) == ["largest"]


class TestSourcingByHand:
    """The rule's reading of attributions, whatever the model finds."""

    TEXT = "The barrier is the largest in Europe, officials say."
    CONTENT = "The barrier is the largest in Europe"

    @pytest.mark.parametrize(
        "kind", [SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.DOCUMENT]
    )
    def test_named_source_is_sourced(self, kind: SourceKind) -> None:
        document = with_attribution(self.TEXT, "officials", "say", self.CONTENT, kind)
        assert run(document) == []

    @pytest.mark.parametrize("kind", [SourceKind.VAGUE, SourceKind.ANONYMOUS])
    def test_vague_source_is_reported_with_it(self, kind: SourceKind) -> None:
        document = with_attribution(self.TEXT, "officials", "say", self.CONTENT, kind)
        (finding,) = run(document)
        assert finding.severity is Severity.WARNING
        assert "officials" in finding.message
        assert "officials" in [e.span.text for e in finding.evidence if e.span]

    def test_agentless_report_names_the_cue(self) -> None:
        text = "It was reported that the storm was the worst in decades."
        document = with_attribution(
            text, None, "It was reported", "the storm was the worst in decades", SourceKind.NONE
        )
        (finding,) = run(document)
        assert finding.severity is Severity.WARNING
        assert "It was reported" in [e.span.text for e in finding.evidence if e.span]

    def test_outlet_is_info(self) -> None:
        document = with_attribution(self.TEXT, "officials", "say", self.CONTENT, SourceKind.OUTLET)
        (finding,) = run(document)
        assert finding.severity is Severity.INFO
        assert "secondhand" in finding.message

    def test_named_beats_vague(self) -> None:
        """Of two attributions covering the claim, the better source counts."""
        document = with_attribution(self.TEXT, "officials", "say", self.CONTENT, SourceKind.VAGUE)
        named = attrs.evolve(document.attributions[0], source_kind=SourceKind.PERSON, index=1)
        document = attrs.evolve(document, attributions=(*document.attributions, named))
        assert run(document) == []

    def test_first_person_is_the_writer(self) -> None:
        """'I think' outside quotation marks is the writer's own voice, not a source."""
        text = "I think it was one of the biggest mistakes."
        document = with_attribution(
            text, "I", "think", "it was one of the biggest mistakes", SourceKind.PERSON
        )
        assert texts(run(document)) == ["biggest"]

    def test_superlative_as_source_names_no_one(self) -> None:
        """A 'source' that is only a superlative (a cue misread in "the most
        daring plan yet") credits no one."""
        text = "It is the most daring plan yet, and the most costly."
        document = with_attribution(
            text, "most daring", "plan", "yet, and the most costly", SourceKind.PERSON
        )
        assert texts(run(document)) == ["most daring", "most costly"]

    def test_outside_the_content_is_unsourced(self) -> None:
        text = "Officials say the dam held. It is the largest in Europe."
        document = with_attribution(text, "Officials", "say", "the dam held", SourceKind.PERSON)
        assert texts(run(document)) == ["largest"]

    def test_report_sourced(self) -> None:
        """With report-sourced, sourced superlatives come out as info with their source."""
        document = with_attribution(
            self.TEXT, "officials", "say", self.CONTENT, SourceKind.ORGANIZATION
        )
        (finding,) = run(document, **{"report-sourced": True})
        assert finding.severity is Severity.INFO
        assert "officials" in [e.span.text for e in finding.evidence if e.span]


class TestSourcingParsed:
    """The rule as it runs: the model's quotes and attributions."""

    @pytest.mark.parametrize(
        "text",
        [
            '"This is the most dangerous period since World War II," the secretary general said.',
            "The barrier is the largest in Europe, according to the Dutch water ministry.",
            "The barrier is the largest in Europe, the ministry said.",
            "According to the census bureau, it is the fastest-growing city.",
            "''The worst flood in decades,'' he said, ''and the costliest.''",
            "The river rose.\n\n''It is the highest water we have seen,'' said Ana Ruiz.",
            'The builder, Hale & Sons, called it "our greatest achievement."',
            'The band drew a crowd the promoters called "the loudest we\u2019ve had."',
            "Lee called the programme 'the best in years'.",
            "Analysts at the Marsh Institute say the dyke is the tallest in the delta.",
            "The lock is the oldest on the canal, according to the keepers, the Canal Heritage"
            " Trust.",
        ],
        ids=[
            "speech-quote",
            "according-to-at-end",
            "said-at-end",
            "according-to-first",
            "doubled-single-quotes-split",
            "doubled-single-quotes-said-after",
            "first-person-in-quotes-the-model-calls-scare",
            "first-person-in-quotes-credited-to-a-group",
            "straight-single-quotes-after-a-naming-verb",
            "group-tied-to-a-named-body",
            "group-named-in-apposition",
        ],
    )
    def test_sourced(self, text: str) -> None:
        assert run_check(text, RULE) == []

    def test_outlet_credited_is_info(self) -> None:
        text = "According to Reuters, the market faced unprecedented volatility."
        (finding,) = run_check(text, RULE)
        assert (finding.span.text, finding.severity) == ("unprecedented", Severity.INFO)
        assert "Reuters" in [e.span.text for e in finding.evidence if e.span]

    def test_vague_credited_is_reported_with_evidence(self) -> None:
        text = "Analysts say this is the most dangerous period in decades."
        (finding,) = run_check(text, RULE)
        assert finding.severity is Severity.WARNING
        notes = {e.note: e.span.text for e in finding.evidence if e.span}
        assert notes == {"comparison frame": "in decades", "a vague source": "Analysts"}

    @pytest.mark.parametrize(
        "text",
        [
            'Fans called it "the loudest night the ground has known."',
            'Critics said: "It was the worst budget in a generation."',
        ],
        ids=["third-person-phrase", "full-sentence"],
    )
    def test_quote_credited_to_a_crowd_is_reported_with_it(self, text: str) -> None:
        (finding,) = run_check(text, RULE)
        assert finding.severity is Severity.WARNING
        notes = {e.note for e in finding.evidence}
        assert {"inside a quotation of speech", "a vague source"} <= notes

    @pytest.mark.parametrize(
        "text",
        [
            'The promoters called it "the loudest night we\u2019ve had."',
            'They called it "the loudest night the ground has known."',
            'Analysts at the Marsh Institute called it "the tallest dyke in the delta."',
            'One blog called it "the tallest dyke in the delta."',
        ],
        ids=["first-person", "pronoun", "group-tied-to-a-named-body", "one-unnamed-speaker"],
    )
    def test_quote_credited_to_someone_in_a_group_is_sourced(self, text: str) -> None:
        assert run_check(text, RULE) == []

    def test_speech_quote_reported_when_asked(self) -> None:
        text = '"This is the most dangerous period in decades," the minister said.'
        (finding,) = run_check(text, RULE, options={"report-sourced": True})
        assert finding.severity is Severity.INFO
        assert "quoted speech" in finding.message


class TestAppositiveAfterAttribution:
    """A superlative in an appositive after a sentence-final attribution is
    part of the attributed claim, even where the model's content stops at
    the cue."""

    def test_appositive_after_cue_is_sourced(self) -> None:
        text = "Exports fell, the trade ministry said on Tuesday, the steepest drop in years."
        document = with_attribution(
            text, "the trade ministry", "said", "Exports fell", SourceKind.ORGANIZATION
        )
        assert run(document) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Exports fell, the trade ministry said on Tuesday, the steepest drop in years.",
            "Exports fell, Ana Ruiz, an economist at the bank, said in a note, its worst month.",
            "Exports fell, the trade ministry said — one of the steepest drops in years.",
        ],
        ids=["comma", "source-with-appositive", "dash"],
    )
    def test_parsed(self, text: str) -> None:
        assert run_check(text, RULE) == []

    def test_vague_source_still_reported(self) -> None:
        text = "Exports fell 8 percent, economists said on Tuesday, the steepest drop in years."
        (finding,) = run_check(text, RULE)
        assert "economists" in [e.span.text for e in finding.evidence if e.span]

    @pytest.mark.parametrize(
        "text",
        [
            "Exports fell 8 percent, the trade ministry said on Tuesday. It was the steepest drop "
            "in years.",
            "Exports fell 8 percent, the trade ministry said on Tuesday, and imports had their "
            "steepest drop in years.",
            "Exports fell 8 percent, the trade ministry said; imports had the steepest drop.",
            "Exports fell 8 percent, the trade ministry said, making it the steepest drop.",
        ],
        ids=["next-sentence", "writer-clause", "semicolon", "participle-clause"],
    )
    def test_writer_clause_is_not_covered(self, text: str) -> None:
        assert texts(run_check(text, RULE)) == ["steepest"]


class TestTranscript:
    """In a Q&A transcript the labelled paragraphs are speech, not the writer's voice."""

    INTERVIEW = (
        "Interview\n\nQ: Was the move hard?\n\nA: It was the hardest year I have had.\n\n"
        "Q: And the album?\n\nA: It is the best thing we ever made."
    )

    def test_answers_are_speech(self) -> None:
        assert run_check(self.INTERVIEW, RULE) == []

    def test_answers_labelled_with_full_stops_are_speech(self) -> None:
        """'Q.' / 'A.' in turn: the answers are the interviewee's, as after colons."""
        assert run_check(self.INTERVIEW.replace("Q:", "Q.").replace("A:", "A."), RULE) == []

    def test_questions_labelled_with_full_stops_are_the_interviewer_s(self) -> None:
        """'Q. What was the hardest part?': the question is a turn too, as after 'Q:'."""
        text = (
            "Interview\n\nQ. What was the hardest part?\n\nA. The forms.\n\n"
            "Q. And the best?\n\nA. Dawn."
        )
        assert run_check(text, RULE) == []

    def test_initials_are_no_labels(self) -> None:
        """'A. Lee runs ...' with no 'Q.' in the article opens with an initial."""
        text = "Mills\n\nA. Lee runs the biggest mill.\n\nA. Ruiz runs the oldest one."
        assert texts(run_check(text, RULE)) == ["biggest", "oldest"]

    def test_name_labels(self) -> None:
        text = "MAYOR LIN: It is the finest park we own.\n\nRUIZ: It is the costliest one."
        assert run_check(text, RULE) == []

    def test_reported_as_spoken_when_asked(self) -> None:
        found = run_check(self.INTERVIEW, RULE, options={"report-sourced": True})
        assert [(f.span.text, f.severity) for f in found] == [
            ("hardest", Severity.INFO),
            ("best", Severity.INFO),
        ]
        assert "transcript" in found[0].message
        assert [e.span.text for e in found[0].evidence if e.span][-1] == "A"

    def test_narration_around_turns_is_the_writer(self) -> None:
        text = (
            "She is the youngest mayor in the state's history.\n\nQ: Why run?\n\nA: Someone had to."
        )
        assert texts(run_check(text, RULE)) == ["youngest"]

    @pytest.mark.parametrize(
        "text",
        [
            "LAGOS: It was the wettest June on record.\n\nRoads closed.",
            "UPDATE: It was the wettest June.\n\nCORRECTION: An earlier version erred.",
        ],
        ids=["one-label", "writer-labels"],
    )
    def test_writer_labels_are_not_turns(self, text: str) -> None:
        assert texts(run_check(text, RULE)) == ["wettest"]


class TestOptions:
    def test_extra_terms(self) -> None:
        text = "It is a world-class museum."
        assert run_check(text, RULE) == []
        found = run_check(text, RULE, options={"extra-terms": ["world-class"]})
        assert texts(found) == ["world-class"]

    def test_ignore_terms_absolute_and_record(self) -> None:
        text = "A record 210,000 fans attended an unprecedented final."
        assert texts(run_check(text, RULE)) == ["record", "unprecedented"]
        assert run_check(text, RULE, options={"ignore-terms": ["record", "Unprecedented"]}) == []

    def test_ignore_terms_word_and_phrase(self) -> None:
        text = "It is the best school and the largest storm barrier."
        found = run_check(text, RULE, options={"ignore-terms": ["best", "largest storm"]})
        assert found == []


def test_seed_article() -> None:
    """The seed: the outlet-credited claim is info, Rutte's quoted one is sourced."""
    from pathlib import Path

    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_1a730133c41d4300.txt"
    found = run_check(seed.read_text(encoding="utf-8"), RULE)
    assert [(f.span.text, f.severity) for f in found] == [("unprecedented", Severity.INFO)]


# ---------------------------------------------------------------- properties

_WORDS = st.sampled_from(
    [
        "the",
        "most",
        "least",
        "best",
        "largest",
        "interest",
        "at",
        "record",
        "high",
        "unprecedented",
        "in",
        "Europe",
        "ever",
        "since",
        "said",
        "according",
        "to",
        "Reuters",
        ",",
        ".",
        '"',
        "“",
        "”",
        "-",
        "\n",
        "one",
        "of",
        "residents",
        "first",
        "time",
        "history",
        "never",
        "before",
        "\n\nQ:",
        "\n\nA:",
        "LIN:",
        "was",
        "a",
        "his",
        "brothers",
        "finished",
        "second-best",
        "behind",
        "Are",
        "Planning",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_properties(text: str) -> None:
    """Never crashes, spans lie in the text, output is deterministic, and no
    finding sits inside a quotation of speech unless sourced ones are asked for."""
    document = mediacheck.parse(text)
    first = run(document)
    assert first == run(document)
    for finding in first:
        span = finding.span
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        for evidence in finding.evidence:
            if evidence.span is not None:
                assert text[evidence.span.start : evidence.span.end] == evidence.span.text
        quote = document.quote_at(span.start, span.end)
        while quote is not None:
            assert not quote.is_speech
            quote = document.quotes[quote.parent] if quote.parent is not None else None
