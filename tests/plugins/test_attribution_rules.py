"""The attribution rules: vague-attribution, anonymous-source, unsourced-statistic.

The vague and anonymous rules read the attribution model; most tests here
hand them attributions built by hand, so they test the rule and not the
model.  unsourced-statistic is tested on parsed text, as it runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediacheck
from mediacheck import Attribution, CheckContext, Document, Finding, SourceKind, Span
from mediacheck_attribution._words import load_words
from mediacheck_attribution.anonymous import (
    ANONYMOUS_SOURCE,
    _by_opening,
    _reasons,
    anonymous_sources,
)
from mediacheck_attribution.statistics import UNSOURCED_STATISTIC, unsourced_statistics
from mediacheck_attribution.vague import VAGUE_ATTRIBUTION, vague_attributions

#: (source, cue, content, kind): each a substring of the text, first occurrence
#: (source may be None).
Spec = tuple[str | None, str, str, SourceKind]


def _find(document: Document, part: str | None) -> Span | None:
    if part is None:
        return None
    start = document.text.index(part)
    return document.span(start, start + len(part))


def with_attributions(text: str, *specs: Spec) -> Document:
    """The parsed text with exactly the attributions described."""
    document = mediacheck.parse(text)
    attributions = []
    for index, (source, cue, content, kind) in enumerate(specs):
        content_span = _find(document, content)
        assert content_span is not None
        attributions.append(
            Attribution(
                content_span, _find(document, source), None, kind, _find(document, cue), index
            )
        )
    return attrs.evolve(document, attributions=tuple(attributions))


def texts(findings: Sequence[Finding]) -> list[str]:
    return [f.span.text for f in findings]


def run_vague(document: Document, **options: object) -> list[Finding]:
    context = CheckContext(document, options={"vague-attribution": options})
    return list(vague_attributions(document, context))


def run_anonymous(document: Document, **options: object) -> list[Finding]:
    context = CheckContext(document, options={"anonymous-source": options})
    return list(anonymous_sources(document, context))


def run_statistics(text: str, **options: object) -> list[Finding]:
    document = mediacheck.parse(text)
    context = CheckContext(document, options={"unsourced-statistic": options})
    return list(unsourced_statistics(document, context))


V, N, A, P = SourceKind.VAGUE, SourceKind.NONE, SourceKind.ANONYMOUS, SourceKind.PERSON

# ------------------------------------------------------------- vague-attribution

VAGUE_CASES = [
    pytest.param(
        "Analysts suggest that the sanctions have failed.",
        [("Analysts", "suggest", "that the sanctions have failed", V)],
        ["Analysts"],
        id="group-noun",
    ),
    pytest.param(
        "The move comes amid reports of a covert campaign to sway voters.",
        [("reports", "of", "a covert campaign to sway voters", V)],
        ["reports"],
        id="hearsay",
    ),
    pytest.param(
        "The speech reflects a growing belief within NATO that the war will widen.",
        [("a growing belief within NATO", "belief", "that the war will widen", V)],
        ["a growing belief within NATO"],
        id="mood-of-an-institution",
    ),
    pytest.param(
        "Boots on the ground remain contentious, with many fearing a wider war.",
        [("many", "fearing", "a wider war", V)],
        ["many"],
        id="quantifier",
    ),
    pytest.param(
        "The pier reopened.\n\nMost viewed: “Five quiet coves”",
        [("Most", "viewed", "“Five quiet coves”", V)],
        [],
        id="quantifier-labelling-a-list",
    ),
    pytest.param(
        "Many: “Five quiet coves”",
        [("Many", ":", "“Five quiet coves”", V)],
        [],
        id="bare-quantifier-before-a-colon",
    ),
    pytest.param(
        "Most fear the pier will close: the council has no money.",
        [("Most", "fear", "the pier will close", V)],
        ["Most"],
        id="quantifier-before-a-later-colon",
    ),
    pytest.param(
        "Conservation groups say the new dam is a disaster.",
        [("Conservation groups", "say", "the new dam is a disaster", P)],
        ["Conservation groups"],
        id="common-noun-group-read-as-a-person",
    ),
    pytest.param(
        "The game went long. Fans called it the loudest night yet. Staff say morale is low.",
        [
            ("Fans", "called", "it the loudest night yet", P),
            ("Staff", "say", "morale is low", P),
        ],
        ["Fans", "Staff"],
        id="group-noun-opening-a-sentence-and-a-collective-read-as-a-person",
    ),
    pytest.param(
        "The bar reopened. Regulars said the beer had improved. Neighbours say it is too loud.",
        [
            ("Regulars", "said", "the beer had improved", P),
            ("Neighbours", "say", "it is too loud", P),
        ],
        ["Regulars", "Neighbours"],
        id="patrons-and-neighbours-opening-a-sentence-read-as-a-person",
    ),
    pytest.param(
        "The dam, human rights campaigners said, will flood villages.",
        [("human rights campaigners", "said", "The dam", SourceKind.ORGANIZATION)],
        ["human rights campaigners"],
        id="common-noun-group-read-as-a-body",
    ),
    pytest.param(
        "The dam is a disaster, Friends of the Earth campaigners said. Two groups said so"
        " too, and Greenpeace's activists agreed, as did the groups.",
        [
            ("Friends of the Earth campaigners", "said", "The dam is a disaster", P),
            ("Two groups", "said", "so", P),
            ("Greenpeace's activists", "agreed", "as did", P),
            ("the groups", "did", "too", P),
        ],
        [],
        id="named-counted-owned-or-known-groups-read-as-named",
    ),
    pytest.param(
        "It is widely expected that the dam will open in May.",
        [("It", "is widely expected", "the dam will open in May", SourceKind.DOCUMENT)],
        ["It is widely expected"],
        id="dummy-it-read-as-a-document",
    ),
    pytest.param(
        "The report came out in May. It found that the dam leaks.",
        [("It", "found", "the dam leaks", SourceKind.DOCUMENT)],
        [],
        id="it-referring-to-a-document",
    ),
    pytest.param(
        "The dam was finished in May; it is considered a model and it is thought to hold.",
        [
            ("it", "is considered", "a model", SourceKind.DOCUMENT),
            ("it", "is thought", "to hold", SourceKind.DOCUMENT),
        ],
        [],
        id="it-referring-to-a-thing",
    ),
    pytest.param(
        "Build it well, so that it will be said that we built to last.",
        [("it", "will be said", "we built to last", SourceKind.DOCUMENT)],
        [],
        id="dummy-it-in-a-prediction",
    ),
    pytest.param(
        "Questions put to focus groups show that other groups expect the dam to fail.",
        [
            ("focus groups", "show", "the dam to fail", P),
            ("other groups", "expect", "the dam to fail", P),
        ],
        [],
        id="groups-as-object-or-set-apart",
    ),
    pytest.param(
        "Skeptics will say I am too fond of old trams.",
        [("Skeptics", "will say", "I am too fond of old trams", V)],
        [],
        id="predicted-claim",
    ),
    pytest.param(
        "Some may claim the new rule is unfair, and others would surely object.",
        [
            ("Some", "may claim", "the new rule is unfair", V),
            ("others", "would surely object", "the new rule is unfair", V),
        ],
        [],
        id="imagined-claims",
    ),
    pytest.param(
        "Skeptics say the new rule is unfair and will fail.",
        [("Skeptics", "say", "the new rule is unfair and will fail", V)],
        ["Skeptics"],
        id="modal-in-the-claim-is-not-in-the-cue",
    ),
    pytest.param(
        "Investigators would later say the fire was set on purpose.",
        [("Investigators", "would later say", "the fire was set on purpose", V)],
        ["Investigators"],
        id="future-in-the-past-is-a-claim-made",
    ),
    pytest.param(
        "Most would agree the old tram line was a failure.",
        [("Most", "would agree", "the old tram line was a failure", V)],
        ["Most"],
        id="consensus-claimed",
    ),
    pytest.param(
        "It is widely believed that the minister will resign.",
        [(None, "believed", "that the minister will resign", N)],
        ["It is widely believed"],
        id="agentless-extends-to-it-is",
    ),
    pytest.param(
        "The minister is believed to have left the country.",
        [(None, "believed", "to have left the country", N)],
        ["believed"],
        id="agentless-personal-passive",
    ),
    pytest.param(
        "Engineers at the state water agency expect the dam to hold.",
        [("Engineers at the state water agency", "expect", "the dam to hold", V)],
        [],
        id="group-at-a-body-named-by-its-office",
    ),
    pytest.param(
        "Regulators at the federal rail watchdog expect the fine to stand.",
        [("Regulators at the federal rail watchdog", "expect", "the fine to stand", V)],
        [],
        id="group-at-a-watchdog",
    ),
    pytest.param(
        "Critics of the water agency say the dam will fail.",
        [("Critics of the water agency", "say", "the dam will fail", V)],
        ["Critics of the water agency"],
        id="critics-of-a-body-are-not-its-members",
    ),
    pytest.param(
        "Hikers were urged not to cross the dam.",
        [("Hikers", "were urged", "not to cross the dam", V)],
        [],
        id="a-request-not-to-do-something",
    ),
    pytest.param(
        "Analysts at Goldman Sachs expect a rate cut in June.",
        [("Analysts at Goldman Sachs", "expect", "a rate cut in June", V)],
        [],
        id="trap-group-of-named-body",
    ),
    pytest.param(
        "Maria Lopez said the deficit had doubled.",
        [("Maria Lopez", "said", "the deficit had doubled", P)],
        [],
        id="trap-named-person",
    ),
    pytest.param(
        '"Experts say the bridge is safe, and I believe them," the mayor said.',
        [
            ("Experts", "say", "the bridge is safe", V),
            ("the mayor", "said", "Experts say the bridge is safe, and I believe them", P),
        ],
        [],
        id="trap-inside-speech-quote",
    ),
    pytest.param(
        "They argued the plan would fail.",
        [("They", "argued", "the plan would fail", V)],
        [],
        id="trap-pronoun",
    ),
    pytest.param(
        "A senior official said the talks had stalled.",
        [("A senior official", "said", "the talks had stalled", A)],
        [],
        id="trap-anonymous-is-another-rule",
    ),
    pytest.param(
        "The university rebutted Exxon's accusations that the articles were false.",
        [("accusations", "accusations", "that the articles were false", V)],
        [],
        id="trap-possessive-owner",
    ),
    pytest.param(
        "He dismissed recent Clinton campaign accusations that the ads were false.",
        [("accusations", "accusations", "that the ads were false", V)],
        [],
        id="trap-name-before-noun",
    ),
    pytest.param(
        "The vote stalled amid allegations that ballots were lost.",
        [("allegations", "allegations", "that ballots were lost", V)],
        ["allegations"],
        id="claim-noun-with-no-owner",
    ),
    pytest.param(
        "Later, CBS News reports that the letter was opened.",
        [("reports", "reports", "that the letter was opened", V)],
        [],
        id="trap-verb-after-a-name",
    ),
    pytest.param(
        "Two others said they would abstain.",
        [("others", "said", "they would abstain", V)],
        [],
        id="trap-counted-group",
    ),
    pytest.param(
        "Not everyone agrees on the definition.",
        [("everyone", "agrees", "on the definition", V)],
        [],
        id="trap-negated-quantifier",
    ),
    pytest.param(
        "All were confirmed with support from both parties.",
        [("All", "confirmed", "with support from both parties", V)],
        [],
        id="trap-determiner-not-a-source",
    ),
    pytest.param(
        "The officials said the meeting was moved.",
        [("The officials", "said", "the meeting was moved", V)],
        [],
        id="trap-anaphoric-group",
    ),
    pytest.param(
        "Sanders and his supporters argue the rules are unfair.",
        [("his supporters", "argue", "the rules are unfair", V)],
        [],
        id="trap-possessive-group",
    ),
    pytest.param(
        "He seemed to agree, warning that the race was close.",
        [("warning", "warning", "that the race was close", V)],
        [],
        id="trap-singular-head",
    ),
    pytest.param(
        "Regulators blocked the deal out of fear that prices would rise.",
        [("fear", "fear", "that prices would rise", V)],
        [],
        id="trap-mood-held-by-no-body",
    ),
    pytest.param(
        "Ana Ruiz said there was concern among analysts that rates would rise.",
        [
            ("Ana Ruiz", "said", "there was concern among analysts that rates would rise", P),
            ("concern among analysts", "concern", "that rates would rise", V),
        ],
        [],
        id="trap-inside-a-named-claim",
    ),
    pytest.param(
        "The minister was warned twice, according to sources.",
        [
            ("sources", "according to", "The minister was warned twice", V),
            ("The minister", "was warned", "twice, according to sources", P),
        ],
        ["sources"],
        id="named-claim-framed-by-a-vague-source",
    ),
    pytest.param(
        "Most economists expect a cut.",
        [("Most economists", "expect", "a cut", V)],
        ["Most economists"],
        id="most-with-a-group-noun",
    ),
    pytest.param(
        "Most expect the bank to wait.",
        [("Most", "expect", "the bank to wait", V)],
        ["Most"],
        id="most-as-the-subject",
    ),
    pytest.param(
        "We asked forty growers. Most of them said the harvest was poor.",
        [("Most of them", "said", "the harvest was poor", V)],
        [],
        id="trap-part-of-a-counted-group",
    ),
    pytest.param(
        "The plan's critics call it a waste.",
        [("The plan's critics", "call", "it a waste", V)],
        ["The plan's critics"],
        id="possessive-of-a-plain-noun",
    ),
    pytest.param(
        "The tariff's opponents say it will hurt farmers.",
        [("opponents", "say", "it will hurt farmers", V)],
        ["opponents"],
        id="possessive-of-a-plain-noun-before-the-mention",
    ),
    pytest.param(
        "Ortega's critics call it a waste.",
        [("Ortega's critics", "call", "it a waste", V)],
        [],
        id="trap-possessive-of-a-name",
    ),
    pytest.param(
        "The ministry's economists expect a cut.",
        [("The ministry's economists", "expect", "a cut", V)],
        [],
        id="trap-possessive-of-a-body",
    ),
    pytest.param(
        "They backed a treaty which critics say will cost the port its trade.",
        [("critics", "say", "will cost the port its trade", V)],
        ["critics"],
        id="group-in-a-relative-clause",
    ),
    pytest.param(
        "They backed a treaty that critics argue will cost the port its trade.",
        [("critics", "argue", "will cost the port its trade", V)],
        ["critics"],
        id="group-in-a-that-clause",
    ),
    pytest.param(
        "Sources close to the ministry said the minister would resign.",
        [("Sources close to the ministry", "said", "the minister would resign", V)],
        [],
        id="trap-sources-close-to-a-body-are-anonymous",
    ),
    pytest.param(
        "The main claims of Mayor Ruiz's speech do not hold up.",
        [("claims", "claims", "do not hold up", V)],
        [],
        id="trap-claims-owned-by-a-name-after-them",
    ),
    pytest.param(
        "He dismissed claims by Senator Ortega that the vote was rigged.",
        [("claims", "claims", "that the vote was rigged", V)],
        [],
        id="trap-claims-by-a-name",
    ),
    pytest.param(
        "He dismissed claims of Russian interference in the vote.",
        [("claims", "claims", "of Russian interference in the vote", V)],
        ["claims"],
        id="claims-of-a-named-subject-are-still-vague",
    ),
    pytest.param(
        "Just 28 percent of voters said they trust the council.",
        [("voters", "said", "they trust the council", V)],
        [],
        id="poll-share-of-a-group",
    ),
    pytest.param(
        "Voters say by a 9-point margin that they want a new mayor.",
        [("Voters", "say", "that they want a new mayor", V)],
        [],
        id="poll-margin-after-the-cue",
    ),
    pytest.param(
        "About two-thirds say they will vote for Lee.",
        [("two-thirds", "say", "they will vote for Lee", V)],
        [],
        id="poll-fraction-as-the-source",
    ),
    pytest.param(
        "Officials declined to comment on the report.",
        [("Officials", "declined", "to comment on the report", V)],
        [],
        id="a-refusal-claims-nothing",
    ),
    pytest.param(
        "Protesters plan to march on Sunday.",
        [("Protesters", "plan", "to march on Sunday", V)],
        [],
        id="an-intention-claims-nothing",
    ),
    pytest.param(
        "Some nurses say they will keep working nights.",
        [("Some nurses", "say", "they will keep working nights", V)],
        [],
        id="what-they-will-go-on-doing-claims-nothing",
    ),
    pytest.param(
        "Some nurses say they'll stop working nights.",
        [("Some nurses", "say", "they'll stop working nights", V)],
        [],
        id="what-they-will-stop-doing-claims-nothing",
    ),
    pytest.param(
        "Some nurses say they will win the vote.",
        [("Some nurses", "say", "they will win the vote", V)],
        ["Some nurses"],
        id="a-forecast-of-their-own-is-still-a-claim",
    ),
    pytest.param(
        "Some tenants have asked for their deposits back.",
        [("Some tenants", "have asked", "for their deposits back", V)],
        [],
        id="a-request-after-asked-claims-nothing",
    ),
    pytest.param(
        "Critics called for a recount of the ballots.",
        [("Critics", "called for", "a recount of the ballots", V)],
        [],
        id="a-request-in-the-cue-claims-nothing",
    ),
    pytest.param(
        "Tenants gathered at the gate, demanding that the landlord be fined.",
        [("Tenants", "demanding", "the landlord be fined", V)],
        [],
        id="a-demand-claims-nothing",
    ),
    pytest.param(
        "Some tenants urged the council to act before winter.",
        [("Some tenants", "urged", "the council to act before winter", V)],
        [],
        id="urging-claims-nothing",
    ),
    pytest.param(
        "Some tenants warned that the landlord would be fined.",
        [("Some tenants", "warned", "the landlord would be fined", V)],
        ["Some tenants"],
        id="a-warning-is-still-a-claim",
    ),
    pytest.param(
        "Planning officers recommended approval.",
        [("Planning officers", "recommended", "approval", V)],
        [],
        id="a-recommendation-of-a-thing-claims-nothing",
    ),
    pytest.param(
        "In a survey in October, residents were asked about the plan.",
        [("residents", "were asked", "In a survey in October", V)],
        [],
        id="the-asked-claim-nothing",
    ),
    pytest.param(
        "Some tenants may have thought that, for $900, they would get a garden.",
        [("Some tenants", "may have thought", "for $900, they would get a garden", V)],
        ["Some tenants"],
        id="for-after-a-cue-of-thinking-is-no-request",
    ),
    pytest.param(
        "Many subscribers feel cheated by the price rise.",
        [("Many subscribers", "feel", "cheated by the price rise", V)],
        [],
        id="a-feeling-claims-nothing",
    ),
    pytest.param(
        "Many subscribers feel the price rise is unfair.",
        [("Many subscribers", "feel", "the price rise is unfair", V)],
        ["Many subscribers"],
        id="a-feeling-about-a-claim-is-a-claim",
    ),
    pytest.param(
        "Economists polled by the Harbour Gazette expect a cut in rates.",
        [("Economists", "expect", "a cut in rates", V)],
        [],
        id="a-group-a-named-pollster-asked",
    ),
    pytest.param(
        "Economists polled in the street expect a cut in rates.",
        [("Economists", "expect", "a cut in rates", V)],
        ["Economists"],
        id="a-group-polled-by-no-one-named",
    ),
    pytest.param(
        "Voters say they want a new mayor.",
        [("Voters", "say", "they want a new mayor", V)],
        ["Voters"],
        id="a-group-with-no-share-is-still-vague",
    ),
    pytest.param(
        'Dozens of strikers gathered at the gate, chanting "no deal, no peace."',
        [("Dozens of strikers", "chanting", '"no deal, no peace."', V)],
        [],
        id="a-chant-claims-nothing",
    ),
    pytest.param(
        "Most residents who spoke backed the plan.",
        [("Most residents who spoke", "backed", "the plan", V)],
        [],
        id="a-stance-on-a-thing-claims-nothing",
    ),
    pytest.param(
        "Most growers backed the levy; the co-op carried the vote easily.",
        [("Most growers", "backed", "the levy; the co-op carried the vote easily", V)],
        [],
        id="a-semicolon-ends-the-stance",
    ),
    pytest.param(
        "Members backed the new rota with 64 percent support at a meeting in May.",
        [
            (
                "Members",
                "backed",
                "the new rota with 64 percent support at a meeting in May",
                V,
            )
        ],
        [],
        id="where-and-how-a-stance-was-taken-claims-nothing",
    ),
    pytest.param(
        "Growers backed the levy in the belief it would steady prices.",
        [("Growers", "backed", "the levy in the belief it would steady prices", V)],
        ["Growers"],
        id="a-belief-after-a-stance-is-a-claim",
    ),
    pytest.param(
        "The crew had been told to turn back. Drivers were told that the depot would close. "
        "Staff were told of the closure on Monday.",
        [
            (None, "had been told", "to turn back", N),
            (None, "were told", "the depot would close", N),
            (None, "were told", "of the closure on Monday", N),
        ],
        ["were told"],
        id="an-order-told-to-no-one-claims-nothing",
    ),
    pytest.param(
        "Critics opposed the measure because it would raise taxes.",
        [("Critics", "opposed", "the measure because it would raise taxes", V)],
        ["Critics"],
        id="a-stance-with-a-reason-is-a-claim",
    ),
    pytest.param(
        'Fans dubbed the stadium "the Cauldron."',
        [("Fans", "dubbed", 'the stadium "the Cauldron."', V)],
        [],
        id="a-nickname-claims-nothing",
    ),
    pytest.param(
        'Analysts dubbed the rally "a turning point."',
        [("Analysts", "dubbed", 'the rally "a turning point."', V)],
        ["Analysts"],
        id="a-judgement-in-quotes-is-a-claim",
    ),
    pytest.param(
        'Fishermen called the old shed "the office." Critics called the budget "the worst deal."',
        [
            ("Fishermen", "called", 'the old shed "the office."', V),
            ("Critics", "called", 'the budget "the worst deal."', V),
        ],
        ["Critics"],
        id="a-definite-nickname-claims-nothing-a-ranking-one-does",
    ),
    pytest.param(
        'Regulars remember him as "the King of the Quay." Critics know the plan as "a giveaway."',
        [
            ("Regulars", "remember", 'him as "the King of the Quay."', P),
            ("Critics", "know", 'the plan as "a giveaway."', V),
        ],
        ["Critics"],
        id="a-name-a-group-remembers-someone-by-claims-nothing",
    ),
    pytest.param(
        "What fans say they want from the club:\n\nFans say the club lied.",
        [
            ("fans", "say", "they want from the club", V),
            ("they", "want", "from the club", V),
            ("Fans", "say", "the club lied", P),
        ],
        ["Fans"],
        id="a-line-heading-a-list-claims-nothing",
    ),
    pytest.param(
        "Advisers to the mayor say the plan is dead.",
        [("Advisers to the mayor", "say", "the plan is dead", V)],
        [],
        id="people-serving-an-office",
    ),
    pytest.param(
        "Supporters who came to Denver say the plan is dead.",
        [("Supporters who came to Denver", "say", "the plan is dead", V)],
        ["Supporters who came to Denver"],
        id="where-people-went-is-no-one-they-serve",
    ),
    pytest.param(
        "Fishermen along the coast say the catch is down.",
        [("Fishermen along the coast", "say", "the catch is down", V)],
        ["Fishermen along the coast"],
        id="people-placed-along-a-coast",
    ),
    pytest.param(
        "Shopkeepers outside the market say rents have doubled.",
        [("Shopkeepers outside the market", "say", "rents have doubled", V)],
        ["Shopkeepers outside the market"],
        id="people-placed-outside-a-market",
    ),
    pytest.param(
        "Many women in the trade say the culture will not change.",
        [("Many women in the trade", "say", "the culture will not change", V)],
        ["Many women in the trade"],
        id="an-irregular-plural-is-a-group",
    ),
    pytest.param(
        "A group of nurses near the ward say the rota is unsafe.",
        [("A group of nurses near the ward", "say", "the rota is unsafe", V)],
        ["A group of nurses near the ward"],
        id="a-collective-gives-way-to-its-members",
    ),
    pytest.param(
        "07:40 Tenants say the heating failed again.",
        [("Tenants", "say", "the heating failed again", V)],
        ["Tenants"],
        id="a-live-blog-clock-stamp-counts-no-one",
    ),
    pytest.param(
        "At 9.15 tenants say the heating failed again, and 40 residents say the lifts did.",
        [
            ("tenants", "say", "the heating failed again", V),
            ("residents", "say", "the lifts did", V),
        ],
        ["tenants"],
        id="a-clock-time-is-no-count-but-a-number-is",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected"), VAGUE_CASES)
def test_vague_attribution(text: str, specs: list[Spec], expected: list[str]) -> None:
    """Vague and agentless sources are reported on the mention; others are not."""
    assert texts(run_vague(with_attributions(text, *specs))) == expected


def test_vague_evidence_shows_the_claim_and_why() -> None:
    """The evidence quotes the content and explains the vagueness."""
    document = with_attributions(
        "Analysts suggest that the sanctions have failed.",
        ("Analysts", "suggest", "that the sanctions have failed", V),
    )
    (finding,) = run_vague(document)
    notes = {e.note: e.span.text if e.span else None for e in finding.evidence}
    assert notes["the claim credited to it"] == "that the sanctions have failed"
    assert any("which analysts?" in note for note in notes)
    assert finding.severity is mediacheck.Severity.WARNING
    assert finding.suggestion and "analysts at <institution>" in finding.suggestion


def test_vague_mention_with_two_claims_is_reported_once() -> None:
    """Two cues of one mention make one finding, whose evidence holds both claims."""
    document = with_attributions(
        "Forecasters said the freeze would last and warned of falling branches.",
        ("Forecasters", "said", "the freeze would last", V),
        ("Forecasters", "warned", "of falling branches", V),
    )
    (finding,) = run_vague(document)
    claims = [
        e.span.text for e in finding.evidence if e.note == "the claim credited to it" and e.span
    ]
    assert claims == ["the freeze would last", "of falling branches"]


def test_vague_options_ignore_sources_and_agentless() -> None:
    """House style can accept a source word and switch off agentless findings."""
    document = with_attributions(
        "Officials expect a deal. It is believed the talks went well.",
        ("Officials", "expect", "a deal", V),
        (None, "believed", "the talks went well", N),
    )
    assert texts(run_vague(document)) == ["Officials", "It is believed"]
    assert texts(run_vague(document, **{"ignore-sources": ["officials"]})) == ["It is believed"]
    assert texts(run_vague(document, agentless=False)) == ["Officials"]


def test_vague_reportedly_is_hearsay_credited_to_no_one() -> None:
    """The writer's 'reportedly' is reported on the adverb; a speaker's is the speaker's."""
    text = (
        "Ferry news\n\nThe ferry reportedly sank near the pier.\n\n"
        "“It reportedly sank twice,” the harbour master said.\n"
    )
    findings = mediacheck.check(text, select=["vague-attribution"])
    assert [f.span.text for f in findings] == ["reportedly"]
    assert findings[0].span.line == 3


def test_vague_a_reader_s_hearsay_in_a_question_is_the_reader_s() -> None:
    """'Q: I was told ...' is what a reader heard, not the article's sourcing; the
    writer's own 'I was told' outside a question turn is still credited to no one."""
    text = (
        "Ask Ruth\n\n**Q:** I was told that my rent would rise. Is that allowed?\n\n"
        "**A:** No.\n\nWe were told that rents would rise.\n"
    )
    findings = mediacheck.check(text, select=["vague-attribution"])
    assert [(f.span.text, f.span.line) for f in findings] == [("were told", 7)]


# -------------------------------------------------------------- anonymous-source

ANONYMOUS_CASES = [
    pytest.param(
        "The talks have stalled, a senior official said.",
        "a senior official",
        None,
        id="no-reason",
    ),
    pytest.param(
        "The talks have stalled, said a diplomat who spoke on condition of anonymity "
        "because he was not authorized to discuss them.",
        "a diplomat",
        "spoke on condition of anonymity because he was not authorized to discuss them",
        id="condition-and-authorization",
    ),
    pytest.param(
        "A person familiar with the matter, who asked not to be named, said the deal was off.",
        "A person familiar with the matter",
        "asked not to be named",
        id="asked-not-to-be-named",
    ),
    pytest.param(
        "A ferry passenger, who did not want to be named, said the crossing was rough.",
        "A ferry passenger",
        "did not want to be named",
        id="did-not-want-to-be-named",
    ),
    pytest.param(
        "A nurse, who declined to be identified, said the ward was full.",
        "A nurse",
        "declined to be identified",
        id="declined-to-be-identified",
    ),
    pytest.param(
        "A cook, who asked that we not print her name, said the kitchen had closed.",
        "A cook",
        "asked that we not print her name",
        id="asked-that-we-not-print-her-name",
    ),
    pytest.param(
        "A porter, who did not want to be late, said the gate was locked.",
        "A porter",
        None,
        id="not-wanting-to-be-late-is-no-reason",
    ),
    pytest.param(
        "A former guard said prisoners were beaten. "
        "He spoke for fear of reprisal against his family.",
        "A former guard",
        "for fear of reprisal against his family",
        id="reason-in-next-sentence",
    ),
]


@pytest.mark.parametrize(("text", "source", "reason"), ANONYMOUS_CASES)
def test_anonymous_source_reports_the_reason(text: str, source: str, reason: str | None) -> None:
    """Every unnamed source is reported; the evidence quotes the reason if any."""
    content = text.split("said", 1)[1].strip(" .") or text
    document = with_attributions(text, (source, "said", content, A))
    (finding,) = run_anonymous(document)
    assert finding.span.text == source
    assert finding.severity is mediacheck.Severity.INFO
    given_reason = [e for e in finding.evidence if e.note.startswith("reason")]
    if reason is None:
        assert not given_reason
        assert "no reason" in finding.message
        assert finding.suggestion and "condition of anonymity" in finding.suggestion
    else:
        assert [e.span.text for e in given_reason if e.span] == [reason]
        assert finding.suggestion is None


#: Sentences for the reasons' pattern: reasons in either case, one opening
#: inside a word ("has they were not allowed ..." holds "as they were not
#: allowed ..."), and text with none.
REASON_SENTENCES = [
    "The aide, who asked not to be named because he was not authorized to speak, left.",
    "SHE SPOKE ON CONDITION OF ANONYMITY FOR FEAR OF REPRISAL.",
    "The clerk has they were not allowed to discuss the talks, a union said.",
    "A worker who declined to be identified said the shift ran late.",
    "Alpha beta gamma, and alpha delta; then the vote.",
    "Nothing here gives a reason at all.",
]


def _plain_reasons(extra: tuple[str, ...]) -> re.Pattern[str]:
    fragments = (*load_words("anonymity-reasons"), *extra)
    return re.compile("|".join(f"(?:{f})" for f in fragments), re.IGNORECASE)


@pytest.mark.parametrize("extra", [(), ("alpha beta", "alpha", "[Tt]hen the")])
@pytest.mark.parametrize("sentence", REASON_SENTENCES)
def test_anonymity_reasons_grouped_match_as_one_alternation(
    sentence: str, extra: tuple[str, ...]
) -> None:
    """The reasons grouped by opening find what the fragments as one
    alternation find, the first fragment in order winning at each place
    ("alpha beta" before "alpha")."""
    grouped = [m.span() for m in _reasons(extra).finditer(sentence)]
    assert grouped == [m.span() for m in _plain_reasons(extra).finditer(sentence)]


def test_anonymity_reasons_grouped_by_opening() -> None:
    """Each group holds the phrases that open with its letter; a fragment
    whose openings cannot be read keeps the plain alternation."""
    pattern = _by_opening(("(?:as|since) he", "not allowed", "Asked"))
    assert pattern.startswith("(?=[ans])(?:(?=a)(?:(?:(?:as|since) he)|(?:Asked))|")
    assert _by_opening((r"\w+ refused", "asked")) == r"(?:\w+ refused)|(?:asked)"
    assert _by_opening(("x?asked",)) == "(?:x?asked)"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "asked",
                "not",
                "to",
                "be",
                "named",
                "has",
                "they",
                "were",
                "allowed",
                "discuss",
                "the",
                "talks",
                "fear",
                "of",
                "reprisal",
                "AS",
                "Since",
                "he",
                "was",
                "authorized",
                "speak",
                "on",
                "condition",
                "anonymity",
                ",",
                ".",
                "alpha",
                "beta",
            ]
        ),
        max_size=30,
    )
)
def test_anonymity_reasons_grouped_match_on_any_words(words: list[str]) -> None:
    sentence = " ".join(words)
    extra = ("alpha beta", "alpha")
    grouped = [m.span() for m in _reasons(extra).finditer(sentence)]
    assert grouped == [m.span() for m in _plain_reasons(extra).finditer(sentence)]


def test_anonymous_source_reason_after_a_paragraph_break() -> None:
    """Wire style gives the reason as the next paragraph opens."""
    text = (
        "The review will start soon, an official familiar with the matter said.\n\n"
        "The official, who was not authorized to comment publicly, said more."
    )
    document = with_attributions(
        text, ("an official familiar with the matter", "said", "The review will start soon", A)
    )
    (finding,) = run_anonymous(document)
    assert "a reason is given" in finding.message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The talks have stalled, a senior official said. The mayor, who asked not to "
            "be named in the pay dispute, left early.",
            None,
        ),
        (
            "The talks have stalled, a senior official said. Former aides to the mayor, "
            "who spoke on condition of anonymity, traded emails all night.",
            None,
        ),
        (
            "The talks have stalled, a senior official said. He said the mayor asked not to "
            "be named.",
            None,
        ),
        (
            "The talks have stalled, a senior official said. The official spoke on "
            "condition of anonymity because the talks are private.",
            "spoke on condition of anonymity because the talks are private",
        ),
        (
            "The talks have stalled, a senior official said. He asked not to be named.",
            "asked not to be named",
        ),
        (
            "The talks have stalled, a senior official said. Speaking on condition of "
            "anonymity to discuss private talks, the official added that a deal was near.",
            "on condition of anonymity to discuss private talks",
        ),
        (
            "The talks have stalled, a senior official said, while Mayor Ann Lee, who was "
            "granted anonymity for fear of reprisal, said nothing.",
            None,
        ),
    ],
    ids=[
        "someone-else-next",
        "other-group-next",
        "someone-else-in-the-reference's-sentence",
        "the-official-next",
        "he-next",
        "participle-before-the-official-next",
        "another-source-between",
    ],
)
def test_anonymous_source_reason_belongs_to_the_source(text: str, reason: str | None) -> None:
    """A reason for anonymity is quoted only when it is said of the unnamed
    source: in its own sentence with no other source between, or in the next
    sentence about someone who refers back to it, never about someone else."""
    headline = "Talks stall\n\n"
    (finding,) = mediacheck.check(headline + text, select=["anonymous-source"])
    assert finding.span.text == "a senior official"
    given = [e.span.text for e in finding.evidence if e.note.startswith("reason") and e.span]
    assert given == ([reason] if reason else [])


@pytest.mark.parametrize(
    ("text", "source", "reason"),
    [
        (
            "A deckhand, who asked not to be named, said the nets were empty.",
            "A deckhand",
            "asked not to be named",
        ),
        (
            "Harbor sources who spoke on condition of anonymity said the nets were empty.",
            "Harbor sources",
            "spoke on condition of anonymity",
        ),
    ],
    ids=["relative-clause-on-any-noun", "capital-opening-a-self-declared-mention"],
)
def test_anonymous_source_kept_unnamed_by_its_own_clause(
    text: str, source: str, reason: str
) -> None:
    """A mention whose own relative clause says the person is kept unnamed is an
    unnamed source, whatever its noun or its first letter."""
    (finding,) = mediacheck.check("Nets empty\n\n" + text, select=["anonymous-source"])
    assert finding.span.text == source
    given = [e.span.text for e in finding.evidence if e.note.startswith("reason") and e.span]
    assert given == [reason]


@pytest.mark.parametrize(
    ("text", "anonymous", "vague"),
    [
        ("Labour sources said the party had feared losing.", ["Labour sources"], []),
        ("Senior party sources said the leader would quit.", ["Senior party sources"], []),
        ("Local sources said the bridge was shut.", [], ["Local sources"]),
    ],
    ids=["named-party", "party", "local"],
)
def test_sources_inside_a_body_are_anonymous_not_vague(
    text: str, anonymous: list[str], vague: list[str]
) -> None:
    """ "Labour sources" are unnamed people inside a body, as "sources at the
    council" are: anonymous, not a vague group, where "local sources" say only
    where they are."""
    findings = mediacheck.check(
        "Seat held\n\n" + text, select=["anonymous-source", "vague-attribution"]
    )
    assert [f.span.text for f in findings if f.rule == "anonymous-source"] == anonymous
    assert [f.span.text for f in findings if f.rule == "vague-attribution"] == vague


def test_anonymous_source_span_is_the_mention_once() -> None:
    """The relative clause is left out of the span, and a mention credited
    with two claims is reported once."""
    text = "A diplomat who asked not to be named said the talks stalled and the envoy left."
    document = with_attributions(
        text,
        ("A diplomat who asked not to be named", "said", "the talks stalled", A),
        ("A diplomat who asked not to be named", "said", "the envoy left", A),
    )
    assert texts(run_anonymous(document)) == ["A diplomat"]


@pytest.mark.parametrize(
    "source",
    ["Jason Miller", "California Rep. Ana Ruiz", "the Republican lawmaker"],
    ids=["name", "title-and-name", "referring-back"],
)
def test_anonymous_source_leaves_names_and_references(source: str) -> None:
    """Misread named people and later references to a source are not reported."""
    text = f"The race is over, said {source}, a senior adviser to the campaign."
    document = with_attributions(text, (source, "said", "The race is over", A))
    assert run_anonymous(document) == []


@pytest.mark.parametrize(
    ("apposition", "expected"),
    [
        (", a farmhand who asked not to be named,", ["The driver"]),
        (", a farmhand from Carlow,", []),
    ],
    ids=["with-reason", "without-reason"],
)
def test_anonymous_source_definite_mention_introduced_unnamed(
    apposition: str, expected: list[str]
) -> None:
    """An apposition with a reason for anonymity introduces someone unnamed after 'the
    driver', which on its own refers back to someone named before."""
    text = f"Tractor overturns\n\nThe driver{apposition} said the lane was icy.\n"
    findings = mediacheck.check(text, select=["anonymous-source"])
    assert [f.span.text for f in findings] == expected


def test_anonymous_source_leaves_quoted_and_named_sources() -> None:
    """A named source, or an unnamed one inside a speaker's quote, is not reported."""
    document = with_attributions(
        '"A senior official told me the talks had stalled," Senator Ana Ruiz said.',
        ("A senior official", "told", "the talks had stalled", A),
        ("Senator Ana Ruiz", "said", "A senior official told me the talks had stalled", P),
    )
    assert run_anonymous(document) == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "A ministry spokesman declined to comment on the talks.",
            "A ministry spokesman",
            "declined",
            "to comment on the talks",
        ),
        (
            "A lawyer for the mayor did not respond to requests for comment.",
            "A lawyer for the mayor",
            "did not respond",
            "to requests for comment",
        ),
        (
            "Another aide asked the clerk to delete the files.",
            "Another aide",
            "asked",
            "to delete the files",
        ),
        (
            '"Welcome home," said master of ceremonies Rosa Vidal.',
            "master of ceremonies Rosa Vidal",
            "said",
            '"Welcome home,"',
        ),
        (
            '"We have no plans," said a spokeswoman for the hotel, Rosa Vidal.',
            "a spokeswoman for the hotel",
            "said",
            '"We have no plans,"',
        ),
        (
            "Ann Lee, a pollster who works for the campaign, said the race was close.",
            "a pollster who works for the campaign",
            "said",
            "the race was close",
        ),
        (
            "A supporter asked the crowd to cheer for the mayor.",
            "A supporter",
            "asked",
            "the crowd to cheer for the mayor",
        ),
        (
            "In the survey, one resident was also asked about the plan.",
            "one resident",
            "was also asked",
            "In the survey",
        ),
        (
            '"Look, it is him!" a young woman shouted outside the hotel.',
            "a young woman",
            "shouted",
            '"Look, it is him!"',
        ),
        (
            "Not one resident said the plant was safe.",
            "one resident",
            "said",
            "the plant was safe",
        ),
    ],
    ids=[
        "declined-to-comment",
        "did-not-respond",
        "a-request",
        "title-and-name",
        "name-after",
        "name-before",
        "a-request-of-someone",
        "asked-in-the-passive",
        "a-cry",
        "not-one",
    ],
)
def test_anonymous_source_leaves_no_claims_and_names(
    text: str, source: str, cue: str, content: str
) -> None:
    """A refusal to comment, a request, a cry or a negated source claims
    nothing; a title with a name or a name in apposition names the person."""
    assert run_anonymous(with_attributions(text, (source, cue, content, A))) == []


@pytest.mark.parametrize(
    "text",
    [
        "In New York, a nurse said the ward was short of staff.",
        "Last Tuesday, a nurse said the ward was short of staff.",
    ],
)
def test_anonymous_source_a_place_or_day_before_is_no_name(text: str) -> None:
    """An opening place or day before the comma is not a name in apposition."""
    document = with_attributions(text, ("a nurse", "said", "the ward was short of staff", A))
    assert texts(run_anonymous(document)) == ["a nurse"]


def test_anonymous_source_a_name_after_for_is_the_principal() -> None:
    """'a spokesman for candidate Ana Ruiz' is still an unnamed spokesman."""
    text = "A spokesman for candidate Ana Ruiz called the report false."
    document = with_attributions(
        text, ("A spokesman for candidate Ana Ruiz", "called", "the report false", A)
    )
    assert texts(run_anonymous(document)) == ["A spokesman for candidate Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wardens who spoke on condition of anonymity said the gate was open.", ["Wardens"]),
        ("The wardens, who spoke on condition of anonymity, said the gate was open.", []),
        ("Harbourmasters' Guild staff, speaking anonymously, said the gate was open.", []),
    ],
)
def test_anonymous_source_a_plural_opening_the_sentence_is_unnamed(
    text: str, expected: list[str]
) -> None:
    """'Wardens who spoke ... said' introduces unnamed people though a capital opens it;
    'the wardens' refers back, and a capital inside the mention is a name."""
    source = text.split(" who")[0].split(",")[0]
    document = with_attributions(text, (source, "said", "the gate was open", A))
    assert texts(run_anonymous(document)) == expected


@pytest.mark.parametrize("kind", [A, V, P], ids=["read-as-anonymous", "read-as-vague", "person"])
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Sources close to the ministry said the minister would resign.",
            "Sources close to the ministry",
        ),
        ("People familiar with the talks said the deal was off.", "People familiar with the talks"),
        (
            "Two negotiators involved in the talks said the deal was off.",
            "Two negotiators involved in the talks",
        ),
        (
            "A person who has seen the letter said the deal was off.",
            "A person who has seen the letter",
        ),
    ],
    ids=["sources-close-to", "people-familiar-with", "involved-in", "who-has-seen"],
)
def test_anonymous_source_reports_people_close_to_a_body(
    text: str, source: str, kind: SourceKind
) -> None:
    """Unnamed people described by their access to a body are anonymous
    sourcing, even opening a sentence and whether the model calls them
    anonymous or vague."""
    content = text.split("said ", 1)[1].rstrip(".")
    document = with_attributions(text, (source, "said", content, kind))
    # the finding sits on the mention without its relative clause
    assert texts(run_anonymous(document)) == [source.split(" who ")[0]]
    assert run_vague(document) == []


def test_anonymous_source_leaves_a_named_person_with_access() -> None:
    """A named person described by their access is no anonymous source."""
    text = "Ana Petrova, a negotiator involved in the talks, said the deal was off."
    source = "Ana Petrova, a negotiator involved in the talks"
    document = with_attributions(text, (source, "said", "the deal was off", P))
    assert run_anonymous(document) == []


def test_anonymous_source_extra_reasons() -> None:
    """A newsroom's own formula for anonymity counts as a reason when configured."""
    text = "The plant will close, a manager said under our sourcing policy."
    document = with_attributions(text, ("a manager", "said", "The plant will close", A))
    assert "no reason" in run_anonymous(document)[0].message
    (finding,) = run_anonymous(document, **{"extra-reasons": [r"under our sourcing policy"]})
    assert "a reason is given" in finding.message


# ----------------------------------------------------------- unsourced-statistic

STATISTIC_CASES = [
    pytest.param(
        "Mines\n\nThe plan aims to lift output to 7 million tonnes a year. It sets a target "
        "of 2 million homes.",
        [],
        id="a-target-is-known-from-its-plan",
    ),
    pytest.param(
        "Mines\n\nOutput rose to 7 million tonnes a year.",
        ["7 million tonnes"],
        id="output-reached-is-a-measurement",
    ),
    pytest.param(
        "Flats\n\nIt was reported that 40% of the flats are empty. I was told my rent "
        "would go up by 9% in the spring.",
        ["40%", "9%"],
        id="a-source-word-in-a-claim-credited-to-no-one-names-no-source",
    ),
    pytest.param(
        "Flats\n\nThe council told tenants that 30% of the flats are empty.",
        [],
        id="a-teller-named-is-a-source",
    ),
    pytest.param(
        "Fees\n\nThe college paid agents £80,000 last year. My son, who studies there, "
        "pays the fees.",
        ["£80,000"],
        id="studies-as-a-verb-names-no-study",
    ),
    pytest.param(
        "Fees\n\nThe college paid agents £80,000 last year. Two studies of the college "
        "looked at the fees.",
        [],
        id="studies-as-a-noun-names-the-data",
    ),
    pytest.param(
        "Night bus\n\nOn one wet night I counted 58 passengers on the top deck.",
        [],
        id="the-writers-own-count-is-sourced",
    ),
    pytest.param(
        "Night bus\n\nOn one wet night 58 passengers were counted on the top deck.",
        ["58 passengers"],
        id="a-count-by-no-one-needs-its-source",
    ),
    pytest.param(
        "Consultants\n\nThe board paid consultants £240,000 for a review of its depots. "
        "Any driver could have told them the answer for free.",
        ["£240,000"],
        id="what-someone-could-have-told-sources-nothing",
    ),
    pytest.param(
        "Consultants\n\nThe board paid consultants £240,000 for the review. "
        "The drivers had told them the answer for free.",
        [],
        id="what-someone-told-is-a-source",
    ),
    pytest.param(
        "Unemployment in the region rose to 37 percent last year.", ["37 percent"], id="percent"
    ),
    pytest.param(
        "Safety app\n\n92 per cent of users feel safer with the app.",
        ["92 per cent"],
        id="a-share-that-feels-is-not-its-own-source",
    ),
    pytest.param(
        "Safety app\n\nAn advert for the app claims 92 per cent of users feel safer.",
        [],
        id="a-clause-claimed-after-claims-is-sourced",
    ),
    pytest.param(
        "Hiring\n\nThe firm added 3,000 workers who are on contract.",
        ["3,000 workers"],
        id="a-relative-clause-after-the-object-is-no-claimed-clause",
    ),
    pytest.param(
        "Haul\n\nHis haul - $6 million - was less than could be expected.",
        ["$6 million"],
        id="an-agentless-forecast-sources-nothing",
    ),
    pytest.param("Turnout reached 61.5% this time.", ["61.5%"], id="percent-sign"),
    pytest.param("The program has cost $4.2 billion so far.", ["$4.2 billion"], id="money"),
    pytest.param("The fund holds €300 million in bonds.", ["€300 million"], id="euro"),
    pytest.param(
        "The club has spent £112m on players.\n\nA 12m yacht and a £9 ticket are no amounts.",
        ["£112m"],
        id="money-with-m-after-a-currency-sign",
    ),
    pytest.param(
        "Shares lost more than EUR 8 billion.\n\nIn all, USD 2 million went missing.",
        ["more than EUR 8 billion", "USD 2 million"],
        id="iso-currency-code",
    ),
    pytest.param(
        "The eur 8 billion figure and the TEUR 5 contract were fine.",
        [],
        id="trap-iso-code-in-lowercase-or-inside-a-word",
    ),
    pytest.param(
        "More than 12,000 people have fled the valley.", ["More than 12,000 people"], id="count"
    ),
    pytest.param(
        "About 3,400 Ukrainian troops were moved north.",
        ["About 3,400 Ukrainian troops"],
        id="count-modifier",
    ),
    pytest.param(
        "About 8,000 teachers quit last spring.", ["About 8,000 teachers"], id="count-of-a-trade"
    ),
    pytest.param(
        "More than 1,500 dancers bought tickets; 40 million taxpayers pay it.",
        ["More than 1,500 dancers"],
        id="count-of-dancers-and-taxpayers",
    ),
    pytest.param(
        "Buses carried 4.1 million journeys last year, and 2,300 complaints were made.",
        ["4.1 million journeys"],
        id="count-of-events-journeys-and-complaints",
    ),
    pytest.param(
        "More than 1,100 crashes and 85 evictions were recorded on the estate.",
        ["More than 1,100 crashes"],
        id="count-of-events-crashes-and-evictions",
    ),
    pytest.param(
        "Some 2,500 women and 900 passengers were moved.",
        ["Some 2,500 women"],
        id="count-of-a-group",
    ),
    pytest.param(
        "The clip was watched 3.1 million times; the one before it, 40 times.",
        ["3.1 million times"],
        id="events-counted-in-millions",
    ),
    pytest.param(
        "The channel has 86,000 followers, a tenth of its rival's.",
        ["86,000 followers"],
        id="followers-are-people",
    ),
    pytest.param(
        "The kettle sold 3 million units in a year, and its manual 2 million copies.",
        ["3 million units"],
        id="sales-counted-in-millions",
    ),
    pytest.param(
        "The press printed 40,000 copies of the leaflet.",
        [],
        id="copies-without-a-scale-word",
    ),
    pytest.param(
        "The band sold 1.2 million records in the '70s.",
        ["1.2 million records"],
        id="records-as-a-unit-source-nothing",
    ),
    pytest.param(
        "Tuesday's vote on 140 homes at Long Acre was put off.", [], id="a-vote-on-a-plan"
    ),
    pytest.param(
        "One in four schools held prayers. The figure comes from the state education department."
        "\n\nMore than 3,000 parents signed a petition.",
        ["More than 3,000 parents"],
        id="a-figure-sourced-by-the-next-sentence-in-the-singular",
    ),
    pytest.param(
        "A total of 312 residents have written to object.",
        ["312 residents"],
        id="a-total-of-people-writing-is-no-source",
    ),
    pytest.param(
        "Around 1,200 amateur observers now report to the society.",
        ["Around 1,200 amateur observers"],
        id="the-people-counted-report-nothing",
    ),
    pytest.param(
        "About 8 million tonnes of grain rot in silos each year.",
        ["About 8 million tonnes"],
        id="measure-with-a-scale",
    ),
    pytest.param(
        "The drought has burned 2.3 billion gallons of reserve water and 1.2 million acres.",
        ["2.3 billion gallons"],
        id="measure-units",
    ),
    pytest.param(
        "Wells pump 3 million metric tons a year.", ["3 million metric tons"], id="metric"
    ),
    pytest.param(
        "The 300-mile pipeline carries 40,000 barrels a day past a 2 million-gallon tank.",
        [],
        id="trap-measures-describing-a-thing",
    ),
    pytest.param(
        "Its 4 million acres of forest border the 8 million tonnes of the old mine.",
        [],
        id="trap-measures-referring-back",
    ),
    pytest.param(
        "The probe has flown 140 million miles.", [], id="trap-distance-is-not-a-measure-unit"
    ),
    pytest.param(
        "Roughly 40,000 of the region’s nurses have quit.",
        ["Roughly 40,000 of the region’s nurses"],
        id="count-of-part-of-a-group",
    ),
    pytest.param(
        "Some 2,500 of its members and 300 of their unpaid volunteers left.",
        ["Some 2,500 of its members"],
        id="count-of-part-of-a-group-modifier",
    ),
    pytest.param(
        "About 90,000 of the state's farmworkers lack papers.",
        ["About 90,000 of the state's farmworkers"],
        id="count-of-farmworkers",
    ),
    pytest.param(
        "The firm laid off 40 of the plant's 120 workers.",
        ["40 of the plant's 120 workers"],
        id="count-of-part-of-a-group-of-a-given-size",
    ),
    pytest.param(
        "The trust has found 30 of the estate's 90 families new homes.",
        ["30 of the estate's 90 families"],
        id="found-someone-something-is-no-finding",
    ),
    pytest.param(
        "A survey found 40 percent of families were behind on rent.",
        [],
        id="found-as-a-finding-sources",
    ),
    pytest.param(
        "About 400 party members will watch the count on Friday.",
        ["About 400 party members"],
        id="the-count-watched-is-an-event",
    ),
    pytest.param("An AP count found 400 party members had left.", [], id="a-count-is-a-source"),
    pytest.param(
        "He read 300 of the letters and 12 of the 40 reports.", [], id="trap-part-of-things"
    ),
    pytest.param("One in five adults now works from home.", ["One in five"], id="ratio"),
    pytest.param(
        "The odds of a full house are about one in 4,165.",
        ["about one in 4,165"],
        id="ratio-with-thousands",
    ),
    pytest.param(
        "The late show drew nearly 9,000 listeners and 300 guests.",
        ["nearly 9,000 listeners"],
        id="count-of-listeners",
    ),
    pytest.param(
        "Some 4,500 cyclists and 2,000 pedestrians use the towpath each day.",
        ["Some 4,500 cyclists"],
        id="count-of-people-on-the-move",
    ),
    pytest.param(
        "Nearly eight of 10 residents own a car.", ["Nearly eight of 10"], id="ratio-of-ten"
    ),
    pytest.param(
        "The port is the country's third-largest by tonnage.", ["third-largest"], id="rank"
    ),
    pytest.param("The university was ranked 5th in the region.", ["ranked 5th"], id="ranked"),
    pytest.param(
        "Prices rose 4 percent and wages 2 percent.", ["4 percent"], id="one-finding-per-sentence"
    ),
    pytest.param(
        "The 52-year-old senator arrived at 9:30 on May 3, 2021.", [], id="trap-age-time-date"
    ),
    pytest.param(
        "He served in the 82nd Airborne during World War II.", [], id="trap-ordinal-names"
    ),
    pytest.param("The bill passed 52-48. Article 5 applies.", [], id="trap-tally-and-article"),
    pytest.param("She won 48 percent of the vote in the primary.", [], id="trap-vote-share-result"),
    pytest.param(
        "Ruiz garnered 38 percent in the primary, ahead of Okafor.",
        [],
        id="trap-share-garnered-in-a-primary",
    ),
    pytest.param("The mayor took 55% in the runoff.", [], id="trap-share-taken-in-a-runoff"),
    pytest.param(
        "The theatre received 38 percent of its funding from donors.",
        ["38 percent"],
        id="share-received-without-an-election",
    ),
    pytest.param("He carried the county 61% to 37%.", [], id="trap-result-margin"),
    pytest.param("She beat him 52 to 41 percent.", [], id="trap-result-margin-shared-unit"),
    pytest.param(
        "Her $90 billion, 10-year plan would cut fees.", [], id="trap-plan-size-with-a-comma"
    ),
    pytest.param(
        "The couple have two children and a three-tiered garden.", [], id="trap-small-counts"
    ),
    pytest.param("The tax targets the top 1 percent of earners.", [], id="trap-class-label"),
    pytest.param("Tickets cost $15 and the wage is $22 an hour.", [], id="trap-prices"),
    pytest.param(
        "The county pays $40 million a year for its jails.",
        ["$40 million"],
        id="amount-per-year",
    ),
    pytest.param(
        "Rent is $2,000 a month and she earns $50,000 a year.", [], id="trap-rent-and-salary"
    ),
    pytest.param("In 2016 voters were angry.", [], id="trap-year-before-noun"),
    pytest.param(
        '"Nearly 40 percent of them will leave," the mayor said.', [], id="trap-inside-quote"
    ),
    pytest.param(
        "Unemployment rose to 37 percent, according to the statistics office.",
        [],
        id="according-to",
    ),
    pytest.param("Unemployment rose to 37 percent, the minister said.", [], id="said"),
    pytest.param(
        "Turnout fell to 41 percent. The figures come from the electoral commission.",
        [],
        id="source-in-next-sentence",
    ),
    pytest.param(
        "The figures come from the electoral commission.\n\nTurnout fell to 41 percent.",
        [],
        id="percent-after-data-mentioned",
    ),
    pytest.param(
        "The census was published.\n\nMore than 12,000 people have left.",
        ["More than 12,000 people"],
        id="count-needs-its-own-source",
    ),
    pytest.param(
        "A new poll is out.\n\nThe town's budget grew by 3 percent.",
        [],
        id="percent-after-poll-mentioned",
    ),
    pytest.param(
        "Wages\n\nPay rose 2.1 percent in May, the Office for National Statistics said on"
        " Tuesday.\n\nOne in four tenants now pays more than half of their wages in rent.",
        ["One in four"],
        id="agency-named-before-does-not-source-a-later-ratio",
    ),
    pytest.param(
        "Pay rose 2.1 percent in May, the Bureau of Labor Statistics said.\n\n"
        "Almost 30% of tenants now pay more than half of their wages in rent.",
        ["Almost 30%"],
        id="agency-named-before-does-not-source-a-later-percentage",
    ),
    pytest.param(
        "The Census Bureau opened a new office.\n\nAbout 12 percent of homes are empty.",
        ["About 12 percent"],
        id="data-word-in-an-agency-name",
    ),
    pytest.param(
        "Rents\n\nThe mayor spoke.\n\nA survey of 900 tenants was published on Monday.\n\n"
        "The council met.\n\nThe park reopened.\n\nAbout 12 percent of homes are empty.",
        ["About 12 percent"],
        id="survey-several-paragraphs-before",
    ),
    pytest.param(
        "Rents\n\nThe mayor spoke.\n\nA survey of 900 tenants was published on Monday.\n\n"
        "Most tenants want caps.\n\nAbout 12 percent of homes are empty.",
        [],
        id="survey-two-paragraphs-before",
    ),
    pytest.param("The merger won with 51 percent of the shares voted.", [], id="result-won-with"),
    pytest.param(
        "The levy passed with 62 percent support.", [], id="result-a-ballot-measure-passed"
    ),
    pytest.param("The levy was rejected by 55 percent.", [], id="result-a-ballot-measure-lost"),
    pytest.param("Ruiz got 12,402 votes, or 54 percent.", [], id="result-a-count-and-its-share"),
    pytest.param(
        "Unemployment passed 6 percent in May.", ["6 percent"], id="passed-a-level-is-no-result"
    ),
    pytest.param(
        "The senator has won older voters by 12 points this year.", [], id="result-won-by"
    ),
    pytest.param(
        "Survey Finds Rents Outpacing Pay\n\nThe mayor spoke.\n\nThe council met.\n\n"
        "About 12 percent of homes are empty.",
        [],
        id="survey-named-in-the-headline",
    ),
    pytest.param(
        "Rents climb again\n\nRents rose in May, according to a survey of landlords.\n\n"
        "The mayor spoke.\n\nThe council met.\n\nAbout 12 percent of homes are empty.",
        [],
        id="survey-named-in-the-lede",
    ),
    pytest.param(
        "A survey of 900 tenants was published on Monday. The mayor spoke. The council met."
        " About 12 percent of homes are empty.",
        [],
        id="survey-earlier-in-the-same-paragraph",
    ),
    pytest.param(
        "The index gained 3 percent on Monday.",
        ["3 percent"],
        id="data-word-in-the-figure-s-own-sentence",
    ),
    pytest.param(
        "Officials met on Monday.\n\nThe budget grew by 3 percent.",
        ["3 percent"],
        id="neighbour-in-other-paragraph-does-not-count",
    ),
    pytest.param(
        "Nearly 40 percent of classrooms are old. Heating failed in many. "
        "The figures come from a report the council published.",
        [],
        id="sourced-by-a-later-sentence-pointing-back",
    ),
    pytest.param(
        "Nearly 40 percent of classrooms are old. Heating failed in many. "
        "The figures are shocking. A report came out in May.",
        ["Nearly 40 percent"],
        id="pointing-back-without-a-source",
    ),
    pytest.param(
        "Nearly 40 percent of classrooms are old. Heating failed in many.\n\n"
        "The figures come from a report the council published.",
        ["Nearly 40 percent"],
        id="pointing-back-from-another-paragraph",
    ),
    pytest.param("If you borrow $25,000, you repay 3 percent a year.", [], id="trap-hypothetical"),
    pytest.param("The most anyone may give is $2,700 a race.", [], id="trap-hypothetical-anyone"),
    pytest.param(
        "Wardens did not have to fine anyone: 40% of drivers paid at once.",
        ["40%"],
        id="negated-anyone-is-no-hypothesis",
    ),
    pytest.param(
        "At most one in ten drivers paid late.", ["At most one in ten"], id="at-most-qualifies"
    ),
    pytest.param(
        "Without warning anyone, the firm cut 1,200 jobs.",
        ["1,200 jobs"],
        id="anyone-after-without-is-no-hypothesis",
    ),
    pytest.param(
        "She unveiled a $275 billion infrastructure proposal on Monday.", [], id="trap-plan-size"
    ),
    pytest.param(
        "The board backed a plan for 300 homes.\n\nAbout 300 homes were flooded.",
        ["About 300 homes"],
        id="trap-plan-for-a-count",
    ),
    pytest.param(
        "Fares rise\n\nBus fares up 9% from May\n\nFares will rise 9% in May.\n\n"
        "Tram fares up 4%\n\nTrams are busier than ever.",
        ["9%", "4%"],
        id="sub-heading-whose-figure-the-next-paragraph-restates",
    ),
    pytest.param(
        "Fares rise\n\nWhat the transport board announced:\n\nBus fares up 9%\n\n"
        "Tram fares up 4%\n\nElsewhere:\n\nTaxi fares up 6%",
        ["6%"],
        id="list-items-under-a-line-that-credits-a-source",
    ),
    pytest.param(
        "Fares rise\n\nBus fares by town, 2026. Source: transport board\n\nTown Rise\n\n"
        "Leeds 9%\n\nYork 4%\n\nTaxi fares rose 6% as well.",
        ["6%"],
        id="table-rows-under-a-caption-naming-its-source",
    ),
    pytest.param(
        "Fares rise\n\nThe rises, town by town:\n\nLeeds 9%\n\nYork 4%\n\n"
        "Source: transport board\n\nTaxi fares rose 6% as well.",
        ["6%"],
        id="table-rows-over-a-source-line",
    ),
    pytest.param(
        "Fares rise\n\nBus fares rose 9% in Leeds.\n\nSource: transport board",
        ["9%"],
        id="a-source-line-sources-rows-not-a-sentence",
    ),
    pytest.param("He was fined $100,000 last year.", [], id="trap-penalty"),
    pytest.param("Ruiz was in second with 16 percent.", [], id="trap-placing"),
    pytest.param(
        "The party would have to win 67 percent of seats to govern alone.",
        [],
        id="trap-requirement",
    ),
    pytest.param(
        "Storm Hits 3,000 Homes In Coastal Town\n\nRoads are closed.", [], id="trap-headline"
    ),
    pytest.param(
        "Ten questions for the weir keeper\n\nThe keeper retires on Friday.\n\n"
        "Q. How high did the river rise?\n\nA. Almost 6 metres, in 1998.\n\n"
        "Q. And the floods since?\n\nA. We have had 40 percent more of them.",
        [],
        id="trap-interview-answer",
    ),
    pytest.param(
        "New fares\n\nQ: What changes?\n\nA: Fares rise 20 percent in May.",
        ["20 percent"],
        id="one-question-box-is-the-writers",
    ),
]


def test_statistic_list_ends_at_a_heading() -> None:
    """A sub-heading the markup marks ends the list a sourcing line introduced."""
    text = (
        "Fares rise\n\nWhat the transport board announced:\n\nBus fares up 9%\n\n"
        "At a glance\n\nTaxi fares up 6%"
    )
    heading = text.index("At a glance")
    engine = mediacheck.Engine(select=["unsourced-statistic"])
    headings = {mediacheck.HEADINGS: (0, heading)}
    marked = mediacheck.SourceDocument(text, id="a", path="a.md", metadata=headings)
    (result,) = engine.run([marked])
    assert texts(result.findings) == ["6%"]
    (result,) = engine.run([mediacheck.SourceDocument(text, id="a", path="a.txt")])
    assert texts(result.findings) == []


@pytest.mark.parametrize(("text", "expected"), STATISTIC_CASES)
def test_unsourced_statistic(text: str, expected: list[str]) -> None:
    """Statistics with no source nearby are reported; other numbers are not."""
    assert texts(run_statistics(text)) == expected


def test_statistic_evidence_lists_every_figure_of_the_sentence() -> None:
    (finding,) = run_statistics("Prices rose 4 percent and wages $3 billion.")
    figures = [e.span.text for e in finding.evidence if e.span and e.note.startswith("figure")]
    assert figures == ["4 percent", "$3 billion"]
    assert finding.suggestion and "according to" in finding.suggestion
    assert "4 percent" in finding.message


def test_statistic_options_extend_the_word_lists() -> None:
    """Configured count nouns make new statistics; configured source words excuse them."""
    text = "The field produces 40,000 barrels daily."
    assert run_statistics(text) == []
    assert texts(run_statistics(text, **{"extra-count-nouns": ["barrels"]})) == ["40,000 barrels"]
    scaled = "Farms grew 2 million bushels of wheat."
    assert run_statistics(scaled) == []
    assert texts(run_statistics(scaled, **{"extra-measure-units": ["bushels"]})) == [
        "2 million bushels"
    ]
    opts = {"extra-count-nouns": ["barrels"], "extra-source-words": ["daily"]}
    assert run_statistics(text, **opts) == []


def test_statistic_sourced_by_an_attribution_in_the_sentence() -> None:
    """An attribution from the model in the sentence sources its figures."""
    document = with_attributions(
        "Unemployment hit 37 percent, the ministry reckons.",
        ("the ministry", "reckons", "Unemployment hit 37 percent", SourceKind.ORGANIZATION),
    )
    context = CheckContext(document)
    assert list(unsourced_statistics(document, context)) == []
    bare = attrs.evolve(document, attributions=())
    assert texts(list(unsourced_statistics(bare, CheckContext(bare)))) == ["37 percent"]


def test_statistic_sourced_by_a_claim_reaching_over_later_ones() -> None:
    """A long claim that started earlier sources a figure even when shorter
    claims start between them; past its end, nothing does."""
    text = (
        "The review found that rents had climbed.\n\n"
        "Landlords, the mayor said, were worried.\n\n"
        "About 12,000 families had moved.\n\n"
        "About 9,000 workers had left."
    )
    document = with_attributions(
        text,
        ("The review", "found", text[text.index("that") : text.index("\n\nAbout 9")], DOC),
        ("the mayor", "said", "Landlords", P),
    )
    assert texts(list(unsourced_statistics(document, CheckContext(document)))) == [
        "About 9,000 workers"
    ]


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        pytest.param(
            "Repairs to the pier are expected to cost $2.6 million.",
            ("Repairs to the pier", "are expected", "to cost $2.6 million", P),
            ["$2.6 million"],
            id="passive-forecast",
        ),
        pytest.param(
            "The fix is widely expected to cost $2.6 million.",
            ("The fix", "is widely expected", "to cost $2.6 million", P),
            ["$2.6 million"],
            id="passive-forecast-adverb",
        ),
        pytest.param(
            "Repairs to the pier will cost $2.6 million, the council expected.",
            (
                "the council",
                "expected",
                "Repairs to the pier will cost $2.6 million",
                SourceKind.ORGANIZATION,
            ),
            [],
            id="trap-someone-expects",
        ),
    ],
)
def test_statistic_not_sourced_by_a_passive_forecast(
    text: str, spec: Spec, expected: list[str]
) -> None:
    document = with_attributions(text, spec)
    assert texts(list(unsourced_statistics(document, CheckContext(document)))) == expected
    assert texts(run_statistics(text)) == expected


ORG, DOC = SourceKind.ORGANIZATION, SourceKind.DOCUMENT


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        pytest.param(
            "The firm added 3,000 workers last year.",
            ("The firm", "added", "3,000 workers last year", ORG),
            ["3,000 workers"],
            id="count-as-the-object-of-added",
        ),
        pytest.param(
            "The index added 3 percent, its biggest gain since 2020.",
            ("The index", "added", "3 percent, its biggest gain since 2020", DOC),
            ["3 percent"],
            id="percent-as-the-object-of-added",
        ),
        pytest.param(
            "The flood claimed about $4 million in crops.",
            ("The flood", "claimed", "about $4 million in crops", ORG),
            ["about $4 million"],
            id="money-as-the-object-of-claimed",
        ),
        pytest.param(
            "The ministry said 3,000 workers left.",
            ("The ministry", "said", "3,000 workers left", ORG),
            [],
            id="trap-figure-after-a-say-verb",
        ),
        pytest.param(
            "The ministry added that 3,000 workers left.",
            ("The ministry", "added", "that 3,000 workers left", ORG),
            [],
            id="trap-added-with-a-clause",
        ),
    ],
)
def test_statistic_not_sourced_by_a_cue_taking_it_as_object(
    text: str, spec: Spec, expected: list[str]
) -> None:
    """A figure-verb followed at once by the figure ("added 3 percent") is
    what the subject did, not who reported it: neither the attribution nor
    the source word sources the figure."""
    document = with_attributions(text, spec)
    assert texts(list(unsourced_statistics(document, CheckContext(document)))) == expected


# ------------------------------------------------------------------- properties

#: Text heavy in what the rules look at.
NEWSY = st.lists(
    st.sampled_from(
        [
            *'abcXYZ .,;:?!-"“”‘’\n',
            " 12,000 people",
            " 37 percent",
            " $4 billion",
            " said ",
            " analysts say ",
            " it is believed ",
            " a senior official ",
            " third-largest ",
            " one in five ",
            "\n\n",
            " according to ",
            " 52-48 ",
            " Mr. ",
            " 2016 ",
        ]
    ),
    max_size=60,
).map("".join)
TEXT = st.one_of(NEWSY, st.text(max_size=150))
KINDS = st.sampled_from([SourceKind.VAGUE, SourceKind.NONE, SourceKind.ANONYMOUS])


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A parsed text plus random attributions of the kinds the rules report."""
    text = draw(TEXT)
    document = mediacheck.parse(text)
    offsets = st.integers(0, len(text))
    attributions = []
    for index in range(draw(st.integers(0, 4))):
        a, b, c, d = sorted(draw(st.lists(offsets, min_size=4, max_size=4)))
        source = document.span(a, b) if draw(st.booleans()) else None
        attributions.append(
            Attribution(document.span(c, d), source, None, draw(KINDS), document.span(b, c), index)
        )
    return attrs.evolve(document, attributions=tuple(attributions))


def _in_speech(document: Document, span: Span) -> bool:
    return any(
        q.is_speech and q.inner.start <= span.start and span.end <= q.inner.end
        for q in document.quotes
    )


def _all_findings(document: Document) -> list[Finding]:
    context = CheckContext(document)
    return [
        *vague_attributions(document, context),
        *anonymous_sources(document, context),
        *unsourced_statistics(document, context),
    ]


@settings(max_examples=150, deadline=None)
@given(documents())
def test_findings_lie_inside_the_text_and_repeat(document: Document) -> None:
    """No crash; every span is the text it claims; two runs agree."""
    findings = _all_findings(document)
    assert findings == _all_findings(document)
    text = document.text
    for finding in findings:
        spans = [finding.span, *(e.span for e in finding.evidence if e.span is not None)]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


@settings(max_examples=150, deadline=None)
@given(documents())
def test_nothing_reported_inside_a_speech_quote(document: Document) -> None:
    """vague-attribution and unsourced-statistic leave a speaker's words alone."""
    context = CheckContext(document)
    for finding in (
        *vague_attributions(document, context),
        *unsourced_statistics(document, context),
    ):
        assert not _in_speech(document, finding.span)


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_engine_runs_the_rules_on_any_text(text: str) -> None:
    """Through the engine, with the real model, the rules never crash."""
    slugs = [VAGUE_ATTRIBUTION.slug, ANONYMOUS_SOURCE.slug, UNSOURCED_STATISTIC.slug]
    result = mediacheck.Engine(select=slugs).check(text)
    assert not result.errors
    assert {f.rule for f in result.findings} <= set(slugs)


@pytest.mark.parametrize(
    ("text", "source", "kind", "vague", "anonymous"),
    [
        (
            "According to rumours citing people familiar with the deal, the port was sold.",
            "rumours citing people familiar with the deal",
            A,
            ["rumours"],
            ["people familiar with the deal"],
        ),
        (
            "According to reports citing Dutch naval sources, the ferry sank.",
            "reports citing Dutch naval sources",
            V,
            ["reports"],
            ["Dutch naval sources"],
        ),
        (
            "A blog post by the Ferry Trust, citing three unnamed captains, said the port "
            "was sold.",
            "A blog post by the Ferry Trust",
            SourceKind.OUTLET,
            [],
            ["three unnamed captains"],
        ),
        (
            "A blog post by the Ferry Trust, citing its own records, said the port was sold.",
            "A blog post by the Ferry Trust",
            SourceKind.OUTLET,
            [],
            [],
        ),
    ],
    ids=["chain-to-people-close", "chain-to-sources", "outlet-citing-unnamed", "citing-a-record"],
)
def test_a_source_relaying_another_is_judged_in_two_parts(
    text: str, source: str, kind: SourceKind, vague: list[str], anonymous: list[str]
) -> None:
    """Hearsay that cites unnamed people is vague, and the people it cites
    are anonymous, whether the chain is one mention or an aside after it."""
    cue = "According to" if text.startswith("According") else "said"
    content = text.split(", ", 1)[1].rstrip(".") if cue != "said" else "the port was sold"
    document = with_attributions(text, (source, cue, content, kind))
    assert texts(run_vague(document)) == vague
    assert texts(run_anonymous(document)) == anonymous


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('The storm caused what one blog called "the worst flooding in memory."', "one blog"),
        ("Social media posts claimed that the bridge had closed.", "Social media posts"),
        (
            "Some public health experts say the figures have always lagged.",
            "Some public health experts",
        ),
    ],
)
def test_one_of_an_unnamed_many_is_vague(text: str, source: str) -> None:
    """A singular head counted by 'one' is as vague as its plural; a group noun
    before a listed noun ('media posts') or before the plural that heads the
    phrase ('public health experts') modifies it."""
    findings = mediacheck.check("Title\n\n" + text, select=["vague-attribution"])
    assert [f.span.text for f in findings] == [source]


def test_one_of_a_named_set_is_not_vague() -> None:
    """'one of the analysts' and a bare 'One' are no vague source of their own."""
    text = "Title\n\nTwo studies appeared. One of them found that the drug worked."
    assert mediacheck.check(text, select=["vague-attribution"]) == []


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Studies show that the tonic can burn the throat.", ["Studies"]),
        ("Recent research suggests the tonic does nothing.", ["Recent research"]),
        ("Several studies have found that the tonic is unsafe.", ["Several studies"]),
        ("Clinical studies show that the tonic can burn the throat.", ["Clinical studies"]),
        ("A study shows that the tonic can burn the throat.", []),
        ("Two studies found that the tonic can burn the throat.", []),
        ("The studies show that the tonic can burn the throat.", []),
        ("Harvard studies show that the tonic can burn the throat.", []),
        ("Research conducted for the Tonic Board showed the tonic was unsafe.", []),
        ("Studies published in The Lancet show the tonic is unsafe.", []),
        ("As an example, research shows that the tonic burns the throat [4].", []),
        ('"Studies show the tonic is unsafe," the nurse said.', []),
    ],
    ids=[
        "bare",
        "recent",
        "several",
        "clinical",
        "a-study",
        "counted",
        "definite",
        "named-first",
        "conducted-for",
        "published-in",
        "numbered-citation",
        "quoted",
    ],
)
def test_unnamed_studies_are_vague(text: str, vague: list[str]) -> None:
    """ "Studies show" names no work a reader could look up: vague, as "reports"
    are, where one study, counted, known, owned or cited works are left alone."""
    findings = mediacheck.check("Tonic claims\n\n" + text, select=["vague-attribution"])
    assert [f.span.text for f in findings] == vague


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("A leaflet claims 90% of dentists use the paste.", []),
        ("The leaflet claims 85 per cent of nurses take the tonic daily.", []),
        ("The fund claimed 40 percent of its shares in May.", ["40 percent"]),
        ("The index added 3 percent of its value on the day.", ["3 percent"]),
    ],
    ids=["use", "take", "object-in", "object-on"],
)
def test_claims_a_share_whose_verb_no_list_holds(text: str, reported: list[str]) -> None:
    """A share of a plural followed by its own verb opens a claimed clause
    ("claims 90% of dentists use ..."), whatever the verb; a share followed
    by a preposition or a time is the verb's object."""
    assert texts(run_statistics("Paste claims\n\n" + text)) == reported
