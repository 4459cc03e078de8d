"""Built-in check: superlatives and absolute claims with nothing behind them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from mediacheck import (
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Rule,
    RuleExample,
    SourceKind,
    compile_pattern,
    hookimpl,
)
from mediacheck_superlatives.detect import Superlative, find_superlatives, make_lexicon
from mediacheck_superlatives.sourcing import Backing, Standing, backing
from mediacheck_superlatives.transcripts import Turns

__all__ = ["UNSOURCED_SUPERLATIVE", "mediacheck_checks", "unsourced_superlatives"]

#: The mediacheck plugin API this plugin is written for.
MEDIACHECK_API = 1

DESCRIPTION = """\
Reports superlatives and absolute claims stated in the writer's own voice with
nothing behind them: "the largest storm barrier in Europe", "the most dangerous
period since World War II", "a record 210,000 tickets", "unprecedented
volatility", "the first time in history". A ranking against everything else is
a factual claim; readers should learn who measured it or who says so.

**What counts.** Superlatives in *-est* (*largest*, *hottest*, *busiest*,
*second-largest*) and the irregular *best* and *worst*; *most* and *least*
before an adjective or adverb (*the most dangerous*, *least often*); the
absolute terms *unprecedented*, *unparalleled*, *all-time*, *never before*,
*of all time* and any *-ever* compound (*best-ever*, *first-ever*); *record*
used as a claim (*a record 210,000*, *record highs*, *set a new record*,
and as a predicate noun after *a*, *the* or *new* with up to two modifiers:
*the crowd was a record*, *was a stadium record*, *set a new attendance
record*, or in apposition to a figure: *turnout was 46.2%, a record for
the ward*);
and *the first ... in history* (*in the club's 90-year history*). *One of
the largest* is still a ranking, and
headlines count: they are the writer's voice too, unless the headline asks
(*City's Hottest Summer? Not Quite*) or ends by crediting a source (*2026 Was
the Hottest Year, Met Office Says*: sourced as "..., the Met Office said"
would be). Other stories' headlines in a line of links (*Related: Best flood
defences in Britain? | ...*, *Read more: ...*, *See also: ...*) are those
stories' claims, judged there, and are left alone. A capitalised word in *-est* inside
a sentence is taken for a name (*Wildest Dreams*, *Best Buy*) unless a
determiner stands before it, and so is one that goes on into another
capitalised word after an article (*the Best Western*); a capitalised
*Most* or *Least* going on into capitals names an award or a show even
after an owner (*the league's Most Valuable Player*), but on a Title
Case line (a short
line of one sentence whose longer words all start with a capital, as
headlines are set) an *-est* word counts: *Rate Falls to Lowest Level*. The evidence names the
comparison frame when there is one (*in Europe*, *since World War II*, *in
decades*, *the world's*, *ever*). A frame of capitalised words stops before
a verb (*in City Planning* in "Best Ideas in City Planning Are Old"; the
verbs are a data file), and in a Title Case headline, where any capital may
be a verb, it is the preposition and its noun of two words at most.

**Sourcing.** A superlative inside a quotation of speech (a short quotation
counts when it speaks in the first person: *called it "our greatest
achievement"*), or inside the content of an attribution to a named person, organisation or document
("..., the ministry said"; "according to the census, ..."), is sourced and
not reported. So is one in an appositive after a sentence-final attribution
("Exports fell, the ministry said on Tuesday, the steepest drop in years"):
the tail belongs to the attributed claim even where the model's content stops
at the cue. Only a noun phrase right after one comma or dash counts; a new
clause ("..., and imports had their steepest drop"), a participle ("...,
making it the steepest") or the next sentence is the writer's again.
In a Q&A transcript, the paragraphs that open with a speaker label (*Q:*,
*A:*, *Q.*, *A.*, or a name in capitals and a colon: *MAYOR LIN:*) are the speakers'
words set without quotation marks, and a superlative in them is sourced by
its speaker ("A: It was the hardest thing I have written").  An article
needs two such paragraphs before any counts, and labels of the writer's own
(*UPDATE:*, *CORRECTION:*, *EDITOR'S NOTE:*; a data file lists them) are no
speakers; a paragraph without a label around the turns is the writer's.  The
words of a paragraph right above a credit line of a dash and a name, as a
pull quote, a letter or an embedded post is set, with or without quotation
marks, are that name's: the document model credits them to it
(*The best decision this council has made.* over *— Rye Residents
(@ryeresidents)*).
A quotation credited only to an unnamed group in the plural, in words
none of them speaks in the first person, is the writer summing up a crowd
and counts as credited to that group (*Fans called it "the loudest night the ground has
known"*; *the promoters called it "the loudest we've had"* and *what one website
called "the deadliest outbreak"* stay sourced).
One credited only to a vague source ("analysts say"), an
unnamed one ("a person familiar with the matter") or no one ("it was
reported that") is reported with that source as evidence. One credited only
to another news outlet ("according to Ukraine.ru, ...") is reported as
`info`: the claim is secondhand. "I think" or "we believe" outside
quotation marks is the writer speaking, not a source, and so is a
"source" that is only a superlative (a misread cue in "the most ambitious
plan yet, and the most expensive" credits no one). The quotations and
attributions come from the document model, so the rule is only as good as
that analysis: a claim the model credits wrongly is judged by that credit.

**Left alone.** Words that only end in *-est* (*interest*, *protest*,
*honest*, *forest*, *west*, *request*, *arrest*, *modest*); the quantifier
*most* (*most residents*, *most of the*, *the most votes*) and *a most
unusual* (an intensifier); *at least*, *at most*, *at best*, *at the
latest*, also before the words they hedge (*at best mixed*, *at worst
cruel*); one's own state at its height (*at her most candid,*, *at their
least guarded when alone*; not before a noun or a frame: *at their most
volatile level in years*, *at its most fragile since 2008* rank); fixed
phrases (*do your best*, *gave it his best shot*, *your best bet*, *best
practices*, *greatest hits*, *best known for*, *most famous for*, *at its earliest convenience*,
*for the most part*, *the best part of an hour*, *eldest son*, *her youngest
grandson*, *her eldest* (a child), *his personal best*, *a career-best 34
points* (one's own height, measured against no one else), *fear the worst*, *the worst is yet to
come*, *the state's highest court*, a court's rank, not a claim); hedges and time
order (*most likely*, *it is most unlikely*, *latest*, *most recent*: a writer unsure enough to
hedge makes no absolute claim); a sentence adverb that weighs the writer's
point, opening a sentence or clause and set off by a comma (*Most
worryingly,*, *Perhaps most tellingly,*, *and, least surprisingly,*; not
*prices rose most sharply, by 9 percent,*, which ranks); *nearest* (a distance: *the nearest
station*); *record* as a noun (*the record shows*, *on the record*, *for
the record*) and as a document or a disc even as a predicate
(*was a criminal record*, *voting record*, *track record*, *is
the record label*, *was a record of the talks*; a data file lists them),
also after a verb that sets records (*Band beats record label in court*,
*set the record straight*).
A ranking within a set the sentence itself names needs no source: one it
counts out (*the tallest of the three brothers*, *the best of the two
offers*, up to twelve), a family or group
(*the youngest of his brothers*, *the oldest of the family*, *the tallest
girl in the class*; the nouns are a data file), a member of the body
that owns it (*the choir's youngest member*, *its three newest members*;
not *one of the most right-wing members of the senate*, a body as large
as the world may be, nor *the biggest members' club*), and a placing behind or
ahead of named rivals (*finished second-best, behind Norway*). "Of all",
"of any", a set of more than twelve (*the largest of the 50 states*) or a
set the sentence does not name (*the strongest of his generation*, *the
second-largest economy in the world, behind Japan*) ranks against the
world and stays a claim. Nor does a prize category (*the contest for the
best wine*, *the award for best film*) need a source. Compounds that rank harm
(*the worst-hit towns*, *the hardest-hit areas*, *the most-affected
districts*, also without the hyphen: *were the worst hit*, and after
their verb: *will hit cafes hardest*) sort what the
story names by the damage it reports: an editor asks for the damage
figures, not for who ranked them. Other compounds
(*best-known*, *best-selling*, *highest-paid*) are claims after a
determiner (*the best-selling album*, *the world's highest-paid*, *one of
the best-known*) and labels of a kind without one (*best-selling author Ana
Ruiz*, *a best-selling novel*) or before a role and a full name, as a title
(*the best-selling novelist Ana Ruiz*), which are left alone.
A superlative inside an embedded question asks the ranking instead of
asserting it: after *whether* (*unsure whether the coldest weeks are still
ahead*), or after a verb of asking or knowing and *if*, *which*, *what* or
*who* (*asked which was the best option*), with at most five words between;
a bare *if* (a condition) or *which* (a relative clause: *the pier, which is
the longest in Wales*) asks nothing. Nor does the writer's rhetoric about
what is not known rank anything a source could back: *the biggest question
hanging over the talks*, *the greatest unknown*, *the deepest mystery* (a
data file lists the nouns). Words for a real issue (*challenge*, *test*,
*worry*) are left alone only when what they name is itself a question (*the
toughest test is whether the levee holds*); *the biggest challenge facing
the city is debt* ranks debt above the city's other problems and is
reported.

**Configuration.** `report-sourced = true` reports every superlative, the
sourced ones as `info` with their source, for editors who want the full list.
`extra-terms` adds absolute terms (*world-class*, *landmark*),
`ignore-terms` words or phrases never to report (*best*, *greatest hits*).
The built-in lists are data files in the plugin, each with a header that
states its scope.
"""

UNSOURCED_SUPERLATIVE = Rule(
    slug="unsourced-superlative",
    title="Superlative with no source",
    severity="warning",
    description=DESCRIPTION,
    examples=[
        RuleExample(
            "Jobless Rate Falls to Lowest Level\n\nThe rate fell to 3.8 percent in May.",
            flagged=["Lowest"],
            note="A Title Case headline: capitals do not make *Lowest* a name.",
        ),
        RuleExample(
            "The new storm barrier is the largest in Europe.",
            flagged=["largest"],
            note="The frame *in Europe* is given as evidence.",
        ),
        RuleExample(
            "Fans bought a record 210,000 tickets after an unprecedented run of wins.",
            flagged=["record", "unprecedented"],
        ),
        RuleExample(
            "The crowd of 9,120 was a record for the arena, and the fair set a new visitor record.",
            flagged=["record", "record"],
            note="*record* as a predicate noun is a record claim.",
        ),
        RuleExample(
            "It was the most dangerous winter since World War II, and the second-largest flood "
            "in decades.",
            flagged=["most dangerous", "second-largest"],
        ),
        RuleExample(
            "Analysts say it is the worst storm in decades.",
            flagged=["worst"],
            note="Credited only to a vague source: reported, with *Analysts* as evidence.",
        ),
        RuleExample(
            "According to Reuters, the market faced unprecedented volatility.",
            flagged=["unprecedented"],
            note="Credited only to another outlet: reported as `info`, secondhand.",
        ),
        RuleExample(
            "The barrier is the largest in Europe, according to the Dutch water ministry.",
            note="Credited to a named organisation: sourced.",
        ),
        RuleExample(
            "Most residents stayed home and at least 82 people left. An honest protest over "
            "interest rates drew guests from the west of the forest.",
            note="The quantifier *most*, *at least* and words that only end in *-est*.",
        ),
        RuleExample(
            '"This is the most dangerous period since World War II," the secretary general said.',
            note="Inside a quotation of speech: sourced.",
        ),
        RuleExample(
            "City's Hottest Summer? Not Quite\n\nThe mayor called it \"our greatest heat "
            'plan," and the Best Western on Main Street opened a cooling room.',
            note="A headline that asks, first-person words in quotation marks and a name.",
        ),
        RuleExample(
            "Interview\n\nQ: Was the tour hard?\n\nA: It was the hardest month of my life.",
            note="A turn of a Q&A transcript is its speaker's words: sourced.",
        ),
        RuleExample(
            "The worst-hit towns lie near the nearest dam. He is the tallest of the three "
            "brothers and won the contest for the best wine. Many fear the worst is yet to come.",
            note="Harm compounds, a distance, a counted set, a prize category and an idiom.",
        ),
        RuleExample(
            "The crew tried their hardest to save the barn, and the mayor did her utmost.",
            note="Doing one's hardest or utmost ranks nothing, like doing one's best.",
        ),
        RuleExample(
            "Ana, the youngest of her sisters, finished second-best, behind Norway.",
            note="A ranking within a set the sentence names: her sisters, the race.",
        ),
        RuleExample(
            "Texas is the largest of the 48 states on the mainland.",
            flagged=["largest"],
            note="A set of more than twelve ranks against the world.",
        ),
        RuleExample(
            "She did her best, and at best the plan will cost twice as much. The latest figures "
            "are most likely late, and the record shows no vote on it.",
            note="Fixed phrases, a hedge, time order and *record* as a noun.",
        ),
        RuleExample(
            "Nobody can say whether the coldest weeks are still ahead, and the council asked "
            "which was the cheapest route. Funding is the biggest question facing the league.",
            note="Embedded questions and rhetoric about what is not known rank nothing.",
        ),
        RuleExample(
            "The biggest challenge facing the city is debt, and it was the coldest winter in "
            "decades.",
            flagged=["biggest", "coldest"],
            note="An issue ranked against the city's other issues, and a ranking stated.",
        ),
        RuleExample(
            "Ruiz scored twice in the best part of an hour and was named the league's Most "
            "Valuable Player. Her youngest grandson met the best-selling novelist Ana Ruiz.",
            note="An idiom, an award's title, a family and a label before a name.",
        ),
    ],
    options={"report-sourced": False, "extra-terms": [], "ignore-terms": []},
)

_SUGGESTION = (
    "credit the comparison to whoever made or measured it (e.g. '..., according to the "
    "national statistics office'), or give the figures behind it"
)


_VAGUE = {
    SourceKind.VAGUE: "a vague source",
    SourceKind.ANONYMOUS: "an unnamed source",
    SourceKind.NONE: "an agentless report",
}


def _source_text(document: Document, back: Backing) -> str:
    if back.label is not None:
        return document.text[back.label[0] : back.label[1]]
    attribution = back.attribution
    if attribution is None:
        return "no one by name"
    if attribution.speaker:
        return attribution.speaker
    return attribution.source.text if attribution.source is not None else "no one by name"


def _source_evidence(document: Document, back: Backing, note: str) -> list[Evidence]:
    evidence = []
    if back.label is not None:
        evidence.append(Evidence("speaker of a transcript turn", document.span(*back.label)))
    if back.quote is not None:
        evidence.append(Evidence("inside a quotation of speech", back.quote.span))
    attribution = back.attribution
    if attribution is not None:
        if attribution.source is not None:
            evidence.append(Evidence(note, attribution.source))
        elif attribution.cue is not None:
            evidence.append(Evidence(f"{note}: no source named", attribution.cue))
    return evidence


def _finding(
    document: Document, context: CheckContext, claim: Superlative, back: Backing
) -> Finding | None:
    span = document.span(claim.start, claim.end)
    frames = [document.span(*f) for f in claim.frames]
    evidence = [Evidence("comparison frame", f) for f in frames]
    what = f"'{span.text}' is {claim.kind.value}"
    if frames:
        what += f" (frame: {', '.join(repr(f.text) for f in frames)})"
    if back.standing is Standing.UNSOURCED:
        return context.finding(
            UNSOURCED_SUPERLATIVE,
            span,
            f"{what}, in the writer's own voice: credit it to a named person, organisation or "
            "document that makes the comparison",
            evidence=evidence,
            suggestion=_SUGGESTION,
        )
    attribution = back.attribution
    if back.standing is Standing.VAGUE and attribution is not None:
        source = _source_text(document, back)
        vague = _VAGUE.get(attribution.source_kind, "a vague source")
        credited = vague if source == "no one by name" else f"{vague} ({source})"
        return context.finding(
            UNSOURCED_SUPERLATIVE,
            span,
            f"{what}, credited only to {credited}: name who makes the comparison or the data "
            "behind it",
            evidence=evidence + _source_evidence(document, back, vague),
            suggestion=_SUGGESTION,
        )
    if back.standing is Standing.OUTLET:
        outlet = _source_text(document, back)
        return context.finding(
            UNSOURCED_SUPERLATIVE,
            span,
            f"{what}, credited only to another outlet ({outlet}): secondhand, "
            "check it against the outlet's own source",
            evidence=evidence + _source_evidence(document, back, "outlet"),
            severity="info",
        )
    if not context.option(UNSOURCED_SUPERLATIVE, "report-sourced"):
        return None
    how = {Standing.QUOTED: "in quoted speech", Standing.SPOKEN: "spoken in a transcript"}.get(
        back.standing, "credited"
    )
    return context.finding(
        UNSOURCED_SUPERLATIVE,
        span,
        f"{what}, sourced: {how} ({_source_text(document, back)})",
        evidence=evidence + _source_evidence(document, back, "source"),
        severity="info",
    )


def _asked(document: Document, claim: Superlative) -> bool:
    """Whether a headline asks the ranking instead of stating it: "City's
    Hottest Summer? Not Quite".  In the body a question can still carry a
    claim, and there the rule keeps it."""
    headline = document.headline
    return (
        headline is not None
        and headline.start <= claim.start < headline.end
        and "?" in document.text[claim.end : headline.end]
    )


#: A line of links to other stories, which opens with a label like these.
_LINK_LIST = compile_pattern(
    r"[ \t]*(?:Related|Read more|Read also|Also read|See also|More on this story"
    r"|Recommended)(?:[ \t]+(?:stories|articles|coverage|links))?[ \t]*:",
    re.IGNORECASE,
)


def _in_link_list(document: Document, claim: Superlative) -> bool:
    """Whether the claim sits in a line of links to other stories ("Related:
    Best flood defences in Britain? | ..."): their headlines are theirs."""
    line = document.text.rfind("\n", 0, claim.start) + 1
    return _LINK_LIST.match(document.text, line, claim.start) is not None


def unsourced_superlatives(document: Document, context: CheckContext) -> Iterator[Finding]:
    lex = make_lexicon(
        tuple(context.option(UNSOURCED_SUPERLATIVE, "extra-terms")),
        tuple(context.option(UNSOURCED_SUPERLATIVE, "ignore-terms")),
    )
    claims = find_superlatives(document.text, lex)
    if not claims:
        return
    spans = [(claim.start, claim.end) for claim in claims]
    turns = Turns(document)
    for claim in claims:
        if _asked(document, claim) or _in_link_list(document, claim):
            continue
        back = backing(document, claim.start, claim.end, spans, turns)
        finding = _finding(document, context, claim, back)
        if finding is not None:
            yield finding


@hookimpl
def mediacheck_checks() -> Sequence[Check]:
    return [Check([UNSOURCED_SUPERLATIVE], unsourced_superlatives)]
