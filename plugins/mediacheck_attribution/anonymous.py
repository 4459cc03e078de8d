"""Claims credited to a person the article does not name.

Anonymous sourcing is sometimes the only way to report a story, so this is
information, not a fault: the finding says whether the article tells the
reader why the source is unnamed, as wire-service style asks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from mediacheck import (
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Rule,
    RuleExample,
    SourceKind,
    Span,
    compile_pattern,
)
from mediacheck_attribution._notes import link_evidence, note_evidence
from mediacheck_attribution._quotes import in_speech_quote
from mediacheck_attribution._reasons import reason_for
from mediacheck_attribution._unnamed import connected_unnamed, place_names, relay
from mediacheck_attribution._words import CRY_VERBS, asked, load_words

try:  # CPython: the parser behind re.compile, to read the reasons' first characters
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons search the plain alternation
    _parser = None

__all__ = ["ANONYMOUS_SOURCE", "check"]

ANONYMOUS_SOURCE = Rule(
    slug="anonymous-source",
    title="Claim credited to an unnamed individual",
    severity="info",
    description="""\
Reports a claim credited to a person the article does not name: `a senior
official`, `a person familiar with the matter`, `a diplomat who asked not to
be named`, one person by trade, role or relation (`a lineman`, `one
patient`, `another Democrat`) or a few of them (`two nurses`), and unnamed
people described only by their access to a body or a document (`sources
close to the ministry`, `people familiar with the talks`, `two diplomats
involved in the talks`, `a person who has seen the minutes`, `sources at the
council`, and sources or insiders the words before them place in a body:
`Labour sources`, `senior party sources`, `Downing Street sources`; not
`local sources`, nor sources said only to be in a country or an area,
`sources in Italy`, `sources in the region`, which are
`vague-attribution`'s), and a group whose
anonymity the article explains (`Officials,
speaking on condition of anonymity, said`), which news
standards count as anonymous sourcing, whether the attribution model reads
them as anonymous, vague or a person.  A source that relays unnamed
people (`reports citing sources familiar with the talks`, `a report by the
Times, citing two unnamed officials,`) is judged in two parts: the people
it cites are reported here, and the reports, if vague, by
`vague-attribution`.  Unnamed sources are sometimes
unavoidable, so this is information for the editor rather than a fault.

The evidence says whether the article gives a reason for the anonymity
(`because they were not authorized to speak publicly`, `who asked not to be
named`, `on condition of anonymity`, `for fear of reprisal` ...) and quotes
it.  The reason must be said of this source: in its own sentence with no
other source between them, or in the next sentence, even across a paragraph
break, about someone who refers back to it (`The official, who was not
authorized to comment, said`, `He asked not to be named.`); a reason given
for someone else (`The mayor, who asked not to be named, ...`) is not this
source's.  When no reason is given, the suggestion asks for one.  A note
marked on the source's sentence (a Markdown footnote, `an official said the
talks had stalled.[^3]`) is quoted in the evidence too: it may say more of
the source than the text does; so is the address of a link on the
source's words.

Left alone: named people and bodies, also when the name follows a title or
stands in apposition (`master of ceremonies Ana Ruiz`, `a spokeswoman for the
hotel, Ana Ruiz,`, `Ana Ruiz, a pollster for the campaign,`); what claims
nothing (`declined to comment`, `did not respond to requests for comment`,
`asked the clerk to delete the files`, `asked the crowd to cheer`, `a
resident was asked about the plan`, a cry
such as `a woman shouted`, `not one resident said`); groups (`officials`,
`residents`: see `vague-attribution`); things (`a petition`, `the sign on
the door`); and unnamed sources inside a quotation of speech, which are the
speaker's.

Configure with `extra-reasons`: more regular-expression fragments that
count as a reason for anonymity (matched case-insensitively).
""",
    examples=[
        RuleExample(
            "The talks have stalled, a senior official said.",
            flagged=["a senior official"],
            note="No reason for the anonymity is given.",
        ),
        RuleExample(
            "The talks have stalled, said a diplomat who spoke on condition of anonymity "
            "because he was not authorized to discuss them.",
            flagged=["a diplomat"],
            note="Reported with the reason quoted in the evidence.",
        ),
        RuleExample(
            '"We are doing what we can," a lineman told reporters.',
            flagged=["a lineman"],
            note="One person by trade, not named.",
        ),
        RuleExample("The talks have stalled, Foreign Minister Ana Petrova said."),
        RuleExample(
            "Ana Ruiz, a pollster who works for the campaign, said the race was close.",
            note="The role stands in apposition to a name.",
        ),
        RuleExample(
            "A spokeswoman for the port, Dana Cruz, said talks would resume.",
            note="Named in apposition, even where the model takes the name into the mention.",
        ),
        RuleExample(
            "A dock worker, who asked that his name not be used, said pay had not risen.",
            flagged=["A dock worker"],
            note="Reported with the reason quoted in the evidence.",
        ),
        RuleExample(
            '"A senior official told me the talks had stalled," the senator said.',
            note="The senator's own sourcing, inside her quotation.",
        ),
    ],
    options={"extra-reasons": []},
)


_FIRST = compile_pattern(r"[\w'’]+")
#: What may stand before a mention that opens its sentence.
_OPENERS = " \t\n\"'“‘(—–-"
_READ_AS_OTHERS = frozenset({SourceKind.VAGUE, SourceKind.PERSON})
#: A mention of people known only as sources: "Labour sources", "Pentagon insiders".
_INSIDERS = compile_pattern(r"\b(?:sources|insiders)\b", re.IGNORECASE)
_RELATIVE = compile_pattern(r",?\s+(?:who|whom|which|that)\b")
#: An unnamed person is introduced with these, even at the start of a sentence.
_INTRODUCERS = frozenset({"a", "an", "one", "another", "two", "three", "several", "some"})
#: "the official" refers back to a source already introduced, and reported there.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: An apposition after a definite mention that introduces the person unnamed, with the
#: reason (checked against the reasons): "The buyer, a collector who asked not to be named,".
_UNNAMED_APPOSITION = compile_pattern(r",\s+(?:a|an|one)\s+[^,;.!?]{1,100}?,")
#: Content that claims nothing: a refusal to comment, a request, an intention
#: ("declined to comment", "did not respond to requests for comment", "asked
#: the clerk to delete the files").
_NO_CLAIM = compile_pattern(r"\s*to\s", re.IGNORECASE)
#: A name at the end of the mention, after a title: "master of ceremonies
#: Asab Al-Tabchi" (not after "the"/"of": "a spokesman for the State Department").
_TITLED_NAME = compile_pattern(
    r"(?<![\w'’])(?!(?:the|of|for|at|from|in|with|to|by|and|a|an)\s)[a-z][\w'’-]*\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+$"
)
#: A name after these is whom the person works for: "a spokesman for candidate Hillary Clinton".
_PRINCIPAL = compile_pattern(r"\b(?:for|at|with|to|from|by|close\s+to)\s", re.IGNORECASE)
#: A name in apposition after the mention: "a spokeswoman for the hotels, Jo Ruiz, said".
_NAME_AFTER = compile_pattern(r",\s+[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+)+\s*(?:[,.;]|$)")
#: The same name inside the mention, where the model took it in: "A
#: spokeswoman for the port, Dana Cruz".
_NAME_IN = compile_pattern(r",\s+[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+)+$")
#: A name opening the sentence with the mention in apposition to it: "Ann Lee,
#: a pollster who works with the campaign, said" (not "In New York, a nurse").
_NAME_BEFORE = compile_pattern(
    r"(?!(?:In|On|At|By|For|From|With|Without|After|Before|During|Since|Until|Like|Unlike"
    r"|Last|This|Next|Early|Late|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|[A-Z][a-z]+day)\b)"
    r"[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+){1,3},\s+"
)
#: "not one woman appeared", "no official said": nobody is credited.
_NEGATED = compile_pattern(r"\b(?:not|no)\s+\Z", re.IGNORECASE)
#: Cues that report a request or a cry, not a claim: "asked the crowd to clap", '"Oh,
#: my God," a woman exclaimed'.
_REQUESTS = frozenset({"ask", "asks", "asked", "urge", "urges", "urged"})
_OBJECT_TO = compile_pattern(r"(?:[\w'’-]+\s+){1,6}to\s+[a-z]")


@functools.cache
def _reasons(extra: tuple[str, ...]) -> re.Pattern[str]:
    fragments = (*load_words("anonymity-reasons"), *extra)
    return compile_pattern(_by_opening(fragments), re.IGNORECASE)


def _by_opening(fragments: tuple[str, ...]) -> str:
    """The fragments as one alternation, grouped by the character each can
    open with, for a search in any case.  Searched through a sentence, the
    plain alternation tries every phrase at every character, and a long
    sentence cost the check more than all its other work; grouped, a
    character no phrase opens with is passed over at one look, and any other
    is held against its own phrases only.  No character opens phrases of two
    groups, so at any place the first phrase in the given order that matches
    still wins.  When a fragment's openings cannot be read, or one is no
    ASCII character (whose other cases the regex engine may spell
    otherwise), the fragments stay one alternation as written."""
    plain = "|".join(f"(?:{f})" for f in fragments)
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        openings = _openings(fragment)
        if openings is None or not all(char.isascii() for char in openings):
            return plain
        for char in sorted({char.lower() for char in openings}):
            groups.setdefault(char, []).append(f"(?:{fragment})")
    every = re.escape("".join(sorted(groups)))
    branches = (f"(?={re.escape(c)})(?:{'|'.join(group)})" for c, group in sorted(groups.items()))
    return f"(?=[{every}])(?:{'|'.join(branches)})"


def _openings(fragment: str) -> set[str] | None:
    """The characters a match of the regex ``fragment`` can open with, or None
    when they cannot be told (an opening that is optional, a class such as
    ``\\w``, a Python without the parser of :mod:`re`)."""
    if _parser is None:
        return None
    try:
        return _first(_parser.parse(fragment, re.IGNORECASE).data)
    except re.error:
        return None  # the compiled pattern reports it


def _first(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The openings of a parsed pattern: those of its first item, through
    groups, alternatives and repeats that must match at least once."""
    if not items:
        return None
    op, arguments = items[0]
    if op is _parser.LITERAL:
        return {chr(arguments)}
    if op is _parser.IN:
        chars: set[str] = set()
        for kind, value in arguments:
            if kind is _parser.LITERAL:
                chars.add(chr(value))
            elif kind is _parser.RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # a negated set or a category
        return chars
    if op is _parser.BRANCH:
        chars = set()
        for branch in arguments[1]:
            opening = _first(branch.data)
            if opening is None:
                return None
            chars |= opening
        return chars
    if op is _parser.SUBPATTERN:
        return _first(arguments[-1].data)
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and arguments[0] >= 1:
        return _first(arguments[2].data)
    return None


def _unnamed(document: Document, source: Span, places: frozenset[str]) -> bool:
    """Whether the mention introduces someone unnamed ("a senior official",
    "people familiar with the plans") rather than naming them ("Jason
    Miller, a senior adviser") or referring back ("the official")."""
    if connected_unnamed(source.text, places) or _INSIDERS.search(source.text):
        return True  # "Sources close to the ministry", "Labour sources", even opening a sentence
    first = _FIRST.match(source.text)
    if first is None:
        return False
    word = first.group()
    if word.lower() in _DEFINITE:
        return False
    if word[0].islower() or word.lower() in _INTRODUCERS:
        return True
    # "Officials who spoke on condition of anonymity said": a plural capitalised only
    # because it opens the sentence
    sentence = document.sentence_at(source.start)
    return (
        word.endswith("s")
        and word[1:].islower()
        and sentence is not None
        and not document.text[sentence.start : source.start].strip(_OPENERS)
    )


def _introduced_unnamed(document: Document, source: Span, reasons: re.Pattern[str]) -> bool:
    """Whether an apposition right after the mention says the person is not named: "the
    official" refers back to someone, but "The buyer, a collector from Boston who asked not
    to be named," introduces someone the article chose not to name."""
    apposition = _UNNAMED_APPOSITION.match(document.text, source.end)
    return apposition is not None and reasons.search(apposition.group()) is not None


def _named(document: Document, source: Span) -> bool:
    """Whether the mention names its person after all: a title and a name
    ("master of ceremonies Asab Al-Tabchi"), a name in apposition after it
    ("a spokeswoman for the hotels, Jo Ruiz") or before it ("Ann Lee, a
    pollster, said")."""
    titled = _TITLED_NAME.search(source.text)
    if titled and not _PRINCIPAL.search(source.text, 0, titled.start() + 1):
        return True
    if _NAME_IN.search(source.text) or _NAME_AFTER.match(document.text, source.end):
        return True
    sentence = document.sentence_at(source.start)
    before = (
        _NAME_BEFORE.fullmatch(document.text, sentence.start, source.start) if sentence else None
    )
    return before is not None


def _claims_nothing(document: Document, source: Span, cue: Span | None, content: Span) -> bool:
    """A refusal or intention ("declined to comment"), a request ("asked the crowd
    to clap"), a cry ('"Oh, my God," a woman exclaimed') or nobody at all ("not
    one official said")."""
    if _NO_CLAIM.match(content.text):
        return True
    if _NEGATED.search(document.text, max(0, source.start - 5), source.start):
        return True
    verb = (cue.text.split() or [""])[-1].lower() if cue is not None else ""
    if cue is not None and asked(cue.text):
        return True  # "a resident was asked about the plan": asked, not answering
    return verb in CRY_VERBS or (verb in _REQUESTS and _OBJECT_TO.match(content.text) is not None)


def _mention(document: Document, source: Span) -> Span:
    """The mention without its relative clause: "a senior official" of "a
    senior official who spoke on condition of anonymity"."""
    clause = _RELATIVE.search(source.text)
    if clause is None or clause.start() == 0:
        return source
    return document.span(source.start, source.start + clause.start())


def anonymous_sources(document: Document, context: CheckContext) -> Iterator[Finding]:
    rule = ANONYMOUS_SOURCE
    pattern = _reasons(tuple(context.option(rule, "extra-reasons")))
    places = place_names(context.lexicon)
    seen: set[int] = set()
    for attribution in document.attributions:
        if attribution.source is None:
            continue
        chain = relay(document.text, attribution.source.start, attribution.source.end)
        if chain is not None:
            # "reports citing sources familiar with the talks": the cited are the unnamed
            cited = document.span(*chain[1])
            if cited.start not in seen and not in_speech_quote(document, cited):
                seen.add(cited.start)
                yield _finding(document, context, cited, attribution.content, pattern)
            continue
        introduced = (
            attribution.source_kind is SourceKind.PERSON
            and attribution.speaker is None
            and _introduced_unnamed(document, attribution.source, pattern)
        )
        if not (
            introduced
            or attribution.source_kind is SourceKind.ANONYMOUS
            # a model may read "sources close to the ministry" as a vague
            # group, or "two diplomats involved in the talks" as a person
            or (
                attribution.source_kind in _READ_AS_OTHERS
                and connected_unnamed(attribution.source.text, places)
            )
        ):
            continue
        source = _mention(document, attribution.source)
        # one finding per mention, though several claims may be credited to it
        if source.start in seen or in_speech_quote(document, source):
            continue
        # "Committee sources who spoke on condition of anonymity": a capital opening the
        # mention names no one when its own clause says the person is kept unnamed
        if not (
            introduced
            or _unnamed(document, source, places)
            or pattern.search(attribution.source.text)
        ):
            continue
        if _claims_nothing(document, source, attribution.cue, attribution.content):
            continue
        if _named(document, source):
            continue
        seen.add(source.start)
        yield _finding(document, context, source, attribution.content, pattern)


def _finding(
    document: Document, context: CheckContext, source: Span, content: Span, pattern: re.Pattern[str]
) -> Finding:
    """The finding on an unnamed source, with the reason for its anonymity if given."""
    evidence = [Evidence("the claim credited to this unnamed source", content)]
    reason = reason_for(document, source, pattern)
    if reason is not None:
        evidence.append(Evidence("reason the article gives for the anonymity", reason))
        message = f"claim credited to an unnamed source, '{source.text}'; a reason is given"
        suggestion = None
    else:
        evidence.append(Evidence("the article gives no reason for the anonymity"))
        message = (
            f"claim credited to an unnamed source, '{source.text}', "
            "with no reason given for the anonymity"
        )
        suggestion = (
            "name the source, or say why they are not named: '..., who spoke on condition "
            "of anonymity because they were not authorized to discuss the talks'"
        )
    evidence += note_evidence(document, source, content) + link_evidence(document, source)
    return context.finding(
        ANONYMOUS_SOURCE, source, message, evidence=evidence, suggestion=suggestion
    )


check = Check([ANONYMOUS_SOURCE], anonymous_sources, name="anonymous-source")
