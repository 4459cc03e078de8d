"""Claims credited to a group, a rumour or no one at all.

"Analysts suggest", "reports of", "it is believed": the article sounds
sourced but gives the reader no one to check.  The attribution model decides
which sources are vague (``SourceKind.VAGUE``) or missing
(``SourceKind.NONE``); this rule reports them outside quotations, and says
why each one names no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediacheck import (
    Attribution,
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Rule,
    RuleExample,
    SourceKind,
    Span,
)
from mediacheck_attribution._quotes import in_speech_quote
from mediacheck_attribution._words import load_words

__all__ = ["VAGUE_ATTRIBUTION", "check"]

VAGUE_ATTRIBUTION = Rule(
    slug="vague-attribution",
    title="Claim credited to a vague source or to no one",
    severity="warning",
    description="""\
Reports a claim credited to a source that names no one a reader could check:
a group with no name or body (`analysts`, `experts`, `critics`, `officials`),
a quantity of people (`many`, `some`, `others`), hearsay (`reports`,
`sources`), a mood credited to an institution (`a growing belief within
NATO`), or nobody at all (`it is believed`, `it was reported`).

The finding sits on the source mention, or on the agentless phrase when
there is no source; the evidence shows the claim credited to it and why the
source counts as vague.  The fix is to name the source ("analysts at the
Institute for the Study of War say ...") or to quote one of them by name.

Left alone: named people, organizations, outlets and documents; unnamed
individuals (`a senior official who asked not to be named` is reported by
`anonymous-source`); a group tied to a named body (`analysts at Goldman
Sachs`); pronouns (`they said`), which point back to a source named earlier;
and attributions inside a quotation of speech, since a speaker's own "experts
say" is the speaker's sourcing, credited by the quote.

Configure with `ignore-sources` (source words your house style accepts,
e.g. `["officials"]`) and `agentless` (`false` to leave "it is believed"
alone).
""",
    examples=[
        RuleExample(
            "Analysts suggest that the sanctions have failed.",
            flagged=["Analysts"],
        ),
        RuleExample(
            "It is believed that the minister will resign before the summer.",
            flagged=["It is believed"],
            note="An agentless claim: no one is said to believe it.",
        ),
        RuleExample(
            "Many fear the new dam will flood the valley, critics say.",
            flagged=["Many", "critics"],
        ),
        RuleExample(
            "Analysts at Goldman Sachs expect the central bank to cut rates in June.",
            note="The group is tied to a named body.",
        ),
        RuleExample(
            "Maria Lopez, the city's budget director, said the deficit had doubled.",
            note="A named person.",
        ),
        RuleExample(
            '"Experts say the bridge is safe, and I believe them," the mayor said.',
            note="The mayor's own words: her sourcing, not the article's.",
        ),
    ],
    options={"ignore-sources": [], "agentless": True},
)

#: "It is believed", "it was widely reported": the subject of an agentless cue.
_AGENTLESS_SUBJECT = re.compile(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|is\s+being|will\s+be|would\s+be|could\s+be)\s+"
    r"(?:(?:widely|generally|commonly|also|now|often|long)\s+)?$"
)
_TRAILING_THAT = re.compile(r"\s+that$")
#: A group tied to a named body: "analysts at Goldman Sachs", "officials of the EU".
_NAMED_BODY = re.compile(r"\b(?:at|from|with|of|for)\s+(?:the\s+)?[A-Z]")
_PRONOUNS = frozenset(load_words("pronouns"))
_WORD = re.compile(r"[\w'’\-]+")
#: quantifier, hearsay or mood, by word: chooses the wording only.
_KINDS: dict[str, str] = {
    word: kind for word, kind in (entry.split() for entry in load_words("vague-kinds"))
}
_PREPOSITIONS = frozenset({"in", "at", "from", "of", "on", "within", "across", "who", "with"})


def _head(source: str) -> str:
    """The word that decides what kind of vague source a mention is: the
    first quantifier, hearsay or mood word, else the last word before a
    preposition ("analysts in the region" -> "analysts")."""
    words: list[str] = [w.lower() for w in _WORD.findall(source)]
    for word in words:
        if word in _KINDS:
            return word
    for i, word in enumerate(words):
        if word in _PREPOSITIONS and i:
            return words[i - 1]
    return words[-1] if words else ""


def _why(head: str, source: str) -> tuple[str, str]:
    """Why the source names no one, and what would fix it."""
    kind = _KINDS.get(head)
    if kind == "quantifier":
        return (
            f"'{source}' credits the claim to an unknown number of unnamed people",
            "say who they are ('residents interviewed by this newspaper fear ...') "
            "or quote one of them by name",
        )
    if kind == "hearsay":
        return (
            f"'{source}' does not say whose {head} these are or where they appeared",
            f"name the {head}: 'according to a report by <outlet or body>, ...'",
        )
    if kind == "mood":
        return (
            f"'{source}' credits the claim to a {head} held by no one in particular",
            f"name who holds the {head}: 'several defence ministers believe ...'",
        )
    return (
        f"'{source}' names a group, not anyone who can be asked: which {head}?",
        f"name the {head}: '{head} at <institution> say ...', or quote one of them by name",
    )


def _agentless_span(document: Document, attribution: Attribution) -> Span | None:
    """The agentless phrase: the cue, widened to its dummy subject ("It is
    believed") and without a trailing "that"."""
    cue = attribution.cue
    if cue is None:
        return None
    before = _AGENTLESS_SUBJECT.search(document.text, max(0, cue.start - 40), cue.start)
    start = before.start() if before else cue.start
    trailing = _TRAILING_THAT.search(cue.text)
    end = cue.start + trailing.start() if trailing and trailing.start() > 0 else cue.end
    return document.span(start, end)


def vague_attributions(document: Document, context: CheckContext) -> Iterator[Finding]:
    rule = VAGUE_ATTRIBUTION
    ignored = {w.lower() for w in context.option(rule, "ignore-sources")}
    agentless = bool(context.option(rule, "agentless"))
    for attribution in document.attributions:
        if attribution.source_kind is SourceKind.VAGUE and attribution.source is not None:
            source = attribution.source
            head = _head(source.text)
            if head in _PRONOUNS or head in ignored or not head:
                continue
            if _KINDS.get(head) != "mood" and _NAMED_BODY.search(source.text):
                continue
            span = source
            why, suggestion = _why(head, source.text)
            message = f"claim credited to '{source.text}', which names no one who can be checked"
        elif attribution.source_kind is SourceKind.NONE and agentless:
            agentless_span = _agentless_span(document, attribution)
            if agentless_span is None:
                continue
            span = agentless_span
            why = f"'{span.text}' does not say who holds or reported the claim"
            message = f"claim credited to no one: '{span.text}'"
            suggestion = "say who: 'ministry officials believe ...' instead of 'it is believed'"
        else:
            continue
        if in_speech_quote(document, span):
            continue
        yield context.finding(
            rule,
            span,
            message,
            evidence=[
                Evidence(why, span),
                Evidence("the claim credited to it", attribution.content),
            ],
            suggestion=suggestion,
        )


check = Check([VAGUE_ATTRIBUTION], vague_attributions, name="vague-attribution")
