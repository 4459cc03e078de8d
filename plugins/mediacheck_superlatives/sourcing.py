"""Who stands behind a superlative, read from the document model.

The quotes and attributions were found once by the analysis; this module
only ranks what covers the superlative.  A named source outranks an outlet,
an outlet outranks a vague one.

An attribution at the end of a sentence covers an appositive after it too:
in "The rate fell to 3.9 percent, the department said on Friday, the lowest
level since 2015" the tail belongs to the department's claim, though the
model's content stops at the cue.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Sequence

import attrs

from mediacheck import Attribution, Document, Quote, SourceKind, compile_pattern, source_head
from mediacheck_superlatives.transcripts import Turns

__all__ = ["Backing", "Standing", "backing"]


class Standing(enum.IntEnum):
    """How well a claim is sourced, best last."""

    #: Nothing credits it: the writer's own voice.
    UNSOURCED = 0
    #: Credited to analysts, "sources", "reports", an unnamed person, or no one.
    VAGUE = 1
    #: Credited to another news outlet only: secondhand.
    OUTLET = 2
    #: Credited to a named person, organisation or document.
    NAMED = 3
    #: A turn of a transcript ("A: It was the hardest thing I wrote").
    SPOKEN = 4
    #: Inside a quotation of speech.
    QUOTED = 5


_BY_KIND = {
    SourceKind.PERSON: Standing.NAMED,
    SourceKind.ORGANIZATION: Standing.NAMED,
    SourceKind.DOCUMENT: Standing.NAMED,
    SourceKind.OUTLET: Standing.OUTLET,
    SourceKind.VAGUE: Standing.VAGUE,
    SourceKind.ANONYMOUS: Standing.VAGUE,
    SourceKind.NONE: Standing.VAGUE,
}


#: A vague group tied to a named body ("analysts at Goldman Sachs") or named in apposition
#: right after it ("according to the organisers, the Harbour Chess Club"): a reader can
#: ask the body, so `vague-attribution` leaves the group alone, and so does this rule.
_NAMED_BODY = compile_pattern(r"\b(?:at|from|of|for|with)\s+(?:the\s+)?[A-Z]")
_NAME_AFTER = compile_pattern(r",\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+")


def _standing(document: Document, attribution: Attribution) -> Standing:
    source = attribution.source
    named = source is not None and (
        _NAMED_BODY.search(source.text) or _NAME_AFTER.match(document.text, source.end)
    )
    if attribution.source_kind is SourceKind.VAGUE and named:
        return Standing.NAMED
    return _BY_KIND[attribution.source_kind]


#: Sources that are the writer (or the reader) outside quotation marks: "I
#: think it was one of their biggest mistakes" is the writer's own voice.
_WRITER = frozenset({"i", "me", "we", "us", "you", "my", "our", "myself", "ourselves"})


#: Pronouns the model may leave vague when no one came before ("They said: ..."): a
#: speaker's stand-in, not a crowd.
_PRONOUNS = frozenset({"they", "them", "he", "she", "it", "we", "you", "i"})
#: A quote in the first person is someone's words, even when a group is credited with
#: it: 'the promoters called it "the loudest we've had"'.
_FIRST_PERSON = compile_pattern(r"\b(?:I|[Ww]e|[Uu]s|[Oo]urs?|[Mm]y|[Mm]e)\b")


#: Plural nouns of people that do not end in -s.
_PLURALS = frozenset({"people", "men", "women", "children", "folk"})


def _crowd(document: Document, speaker: Attribution | None, quote: Quote) -> bool:
    """Whether a quote is a crowd's, summed up by the writer: in 'Fans called
    it "the loudest night the ground has known"' no fan is quoted, and the
    ranking is the writer's, credited to a vague group.  One unnamed speaker
    ('what one website called "the deadliest outbreak"') can have written
    the words: vague-attribution asks who, and the quote stays quoted."""
    if speaker is None or speaker.source is None or speaker.source_kind is not SourceKind.VAGUE:
        return False
    head = source_head(speaker.source.text).rsplit(None, 1)[-1].lower()
    return (
        head not in _PRONOUNS
        and (head.endswith("s") or head in _PLURALS)
        and _standing(document, speaker) is Standing.VAGUE
        and _FIRST_PERSON.search(quote.span.text) is None
    )


@attrs.frozen
class Backing:
    standing: Standing
    #: The attribution that credits the claim, if any.
    attribution: Attribution | None = None
    #: The quotation of speech that holds the claim, if any.
    quote: Quote | None = None
    #: The speaker label of the transcript turn that holds the claim, if any.
    label: tuple[int, int] | None = None


def _speech_quote(document: Document, start: int, end: int) -> Quote | None:
    quote = document.quote_at(start, end)
    while quote is not None and not quote.is_speech:
        quote = document.quotes[quote.parent] if quote.parent is not None else None
    return quote


#: The gap from a sentence-final attribution to a superlative in an
#: appositive after it: an adverbial of the cue ("on Friday", "in a note"),
#: one comma or dash, and the start of a noun phrase ("the", "one of its",
#: "by far the", "the country's second").  A clause of the writer's after
#: the comma ("and prices hit their", "making it the") does not fit.
_APPOSITIVE_GAP = compile_pattern(
    r"""[^,;:()"“”.!?—–]*(?:,|\s[—–-]|—|–)\s*
    (?:by\s+far\s+)?(?:(?:one|some|among)\s+of\s+)?
    (?:(?:the|a|an|its|their|his|her|our|this)\s+)?(?:[\w.-]+['’]s\s+)?
    (?:(?:second|third|fourth|fifth|single|very|\d+(?:st|nd|rd|th))[\s-])?\Z""",
    re.VERBOSE,
)


def _end(attribution: Attribution) -> int:
    ends = [attribution.content.end]
    ends += [part.end for part in (attribution.cue, attribution.source) if part is not None]
    return max(ends)


def _tail_attribution(document: Document, start: int) -> Attribution | None:
    """The last attribution before ``start`` in its sentence, if the claim
    stands in an appositive after it: "..., the department said on Friday,
    the lowest level"."""
    sentence = document.sentence_at(start)
    if sentence is None:
        return None
    last = max(
        (a for a in document.attributions_cued(sentence.span.start, start) if _end(a) <= start),
        key=_end,
        default=None,
    )
    if last is None:
        return None
    return last if _APPOSITIVE_GAP.match(document.text, _end(last), start) else None


#: After an attribution set inside its claim ("Exports fell, the ministry
#: said, and"), a comma and a conjunction open a clause of the writer's:
#: an adverbial of the cue ("on Friday") may come first.
_WRITERS_CLAUSE = compile_pattern(
    r"(?:\s+[\w.’'-]+){0,3}?\s*[,;]\s+(?:and|but|while|whereas|yet)\s"
)


def _clause_after_cue(document: Document, attribution: Attribution, start: int) -> bool:
    """Whether the claim at ``start`` stands in a new clause after an
    attribution set inside the sentence: in "Exports fell, the ministry
    said, and imports had their steepest drop" the model's content may run
    on to the sentence's end, but only "Exports fell" is the ministry's."""
    cue = attribution.cue
    if cue is None or attribution.content.start >= cue.start:
        return False  # a cue before its content: "said exports fell, and ..." is all reported
    end = _end_before(attribution, start)
    return end is not None and _WRITERS_CLAUSE.match(document.text, end) is not None


def _end_before(attribution: Attribution, start: int) -> int | None:
    """Where the cue and its source end, if both end before ``start``."""
    ends = [part.end for part in (attribution.cue, attribution.source) if part is not None]
    end = max(ends)
    return end if end <= start else None


def _names_no_one(attribution: Attribution, claims: Sequence[tuple[int, int]]) -> bool:
    """Whether the source is the writer, or only a superlative: in "the most
    ambitious plan yet" the model may read "plan" as a cue of intention and
    "most ambitious" as who plans; an adjective names no one."""
    source = attribution.source
    if source is None:
        return False
    if source.text.lower() in _WRITER:
        return True
    # the claims come in text order and never overlap: of those starting at
    # or before the source, only the last can hold it (a scan of them all
    # for each attribution took minutes on a transcript of thousands)
    last = bisect.bisect_right(claims, source.start, key=lambda claim: claim[0]) - 1
    return last >= 0 and source.end <= claims[last][1]


def backing(
    document: Document,
    start: int,
    end: int,
    claims: Sequence[tuple[int, int]] = (),
    turns: Turns | None = None,
) -> Backing:
    """The best backing of the claim at ``start``..``end``; ``claims`` are
    the spans of all superlatives in the text, in order and apart, none of
    which is a source;
    ``turns`` the transcript turns, whose words are their speaker's."""
    quote = _speech_quote(document, start, end)
    label = turns.label_at(start) if turns is not None and quote is None else None
    if label is not None:
        return Backing(Standing.SPOKEN, label=label)
    best: Attribution | None = None
    covering = list(document.attributions_covering(start, end))
    if not covering:
        tail = _tail_attribution(document, start)
        covering = [tail] if tail is not None else []
    for attribution in covering:
        if _names_no_one(attribution, claims) or _clause_after_cue(document, attribution, start):
            continue
        if best is None or _standing(document, attribution) > _standing(document, best):
            best = attribution
    if quote is not None:
        speaker = next(iter(document.attributions_quoting(quote.index)), best)
        if _crowd(document, speaker, quote):
            return Backing(Standing.VAGUE, speaker, quote)
        return Backing(Standing.QUOTED, speaker, quote)
    if best is None:
        return Backing(Standing.UNSOURCED)
    return Backing(_standing(document, best), best)
