"""Whose reason for anonymity a sentence gives.

"The talks have stalled, a senior official said. The mayor, who asked not
to be named in the dispute, left." gives a reason, but the mayor's: quoted
as the official's, it would tell the editor the official's anonymity is
explained when it is not.  A reason belongs to an unnamed source when it
stands in the source's own sentence with no other source between them, or
in the next sentence about someone who refers back to the source ("The
official, who was not authorized to comment, said ...", "He asked not to
be named.", "Speaking on condition of anonymity, the official added ...").
"""

from __future__ import annotations

import re

from mediacheck import Document, Span, compile_pattern

__all__ = ["reason_for"]

#: Words of a mention that say nothing of who the person is, so a later
#: reference is not matched on them ("the matter" is no reference to "a
#: person familiar with the matter").
_NOT_NOUNS = frozenset(
    {
        *("a", "an", "one", "another", "two", "three", "four", "several", "some", "the"),
        *("of", "with", "to", "for", "at", "in", "on", "by", "from", "who", "which", "that"),
        *("familiar", "close", "knowledge", "involved", "briefed", "present"),
        *("senior", "former", "top", "longtime", "matter", "talks", "plans", "plan", "issue"),
    }
)
_WORD = compile_pattern(r"[A-Za-z][\w’'-]*")
#: A pronoun subject standing for the source: "He asked not to be named."
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Bb]oth)"
#: What opens a reference to someone named before: "The official", "Both officials".
_DEFINITE = r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Bb]oth)\s+(?:[\w.’'-]+\s+){0,3}?"
#: Quote marks and spaces that may open a sentence before its subject.
_OPENING = "\t\n\r \"'“‘("
#: Between a subject and the reason said of it: a clause of its own is let through
#: ("The official, who was not authorized", "He said he was not authorized"), another
#: person or thing with its own determiner or name is not ("He said the mayor asked
#: not to be named").
_OTHER_SUBJECT = compile_pattern(
    r"\b(?:the|a|an|his|her|their|its|this|these|those)\s|(?<![\w’'])[A-Z]|[;:—]"
)
#: What may open a sentence before a reason that comes first: "Speaking on
#: condition of anonymity, the official said".
_LEADING = compile_pattern(r"""[\s"'“‘(]*(?:(?:[Ss]peaking|[Tt]alking|[Ww]ho)\s+)?""")
#: The longest stretch a reason is read across from its subject.
_REACH = 80


def _reference(mention: str) -> re.Pattern[str]:
    """A pattern for a later reference to ``mention``: a pronoun, or a
    definite phrase ending in one of its nouns ("The official", "The White
    House official", "The person" for "a person familiar with the talks")."""
    nouns = sorted(
        {w.lower() for w in _WORD.findall(mention) if w.lower() not in _NOT_NOUNS and len(w) > 2}
    )
    alternatives = [_PRONOUN]
    if nouns:
        noun = "|".join(re.escape(n) for n in nouns)
        alternatives.append(rf"{_DEFINITE}(?i:(?:{noun})(?:s|es)?)")
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![\w’'-])")


def _sources_in(document: Document, start: int, end: int, mention: Span) -> list[Span]:
    """The source mentions of other attributions between ``start`` and ``end``
    (not ``mention`` itself, nor a relative pronoun that stands for it)."""
    spans = []
    for attribution in document.attributions:
        source = attribution.source
        if source is None or not (start <= source.start < end):
            continue
        if source.overlaps(mention):
            continue
        if source.text.lower() in {"who", "whom", "which", "that"}:
            continue
        spans.append(source)
    return spans


def _own_sentence(document: Document, mention: Span, reason: re.Match[str]) -> bool:
    """Whether a reason in the mention's sentence is said of it: no other
    source stands between the two."""
    if reason.start() < mention.start:
        return not _sources_in(document, reason.end(), mention.start, mention)
    return not _sources_in(document, mention.end, reason.start(), mention)


def _said_of_reference(
    document: Document, sentence: Span, mention: Span, reason: re.Match[str]
) -> bool:
    """Whether a reason in the next sentence is said of someone who refers
    back to the mention: the sentence's subject, or the source of one of its
    attributions, with nothing between it and the reason that brings in
    someone else."""
    text = document.text
    reference = _reference(mention.text)
    leading = _LEADING.match(text, sentence.start, reason.start())
    if leading is not None and leading.end() == reason.start():
        # the reason opens the sentence; its subject follows the clause
        after = re.compile(r",\s+").match(text, reason.end(), sentence.end)
        return after is not None and reference.match(text, after.end(), sentence.end) is not None
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip(_OPENING))
    starts = [opening] + [s.start for s in _sources_in(document, opening, reason.start(), mention)]
    for start in starts:
        subject = reference.match(text, start, reason.start())
        if subject is None:
            continue
        between = text[subject.end() : reason.start()]
        if len(between) <= _REACH and not _OTHER_SUBJECT.search(between):
            return True
    return False


def reason_for(document: Document, mention: Span, pattern: re.Pattern[str]) -> Span | None:
    """The reason for anonymity (a match of ``pattern``) that belongs to the
    unnamed source at ``mention``, in its sentence or the next, or None."""
    sentence = document.sentence_at(mention.start)
    if sentence is None:
        return None
    text = document.text
    for match in pattern.finditer(text, sentence.start, sentence.end):
        if _own_sentence(document, mention, match):
            return document.span(*match.span())
    following = sentence.index + 1
    if following < len(document.sentences):
        after = document.sentences[following]
        for match in pattern.finditer(text, after.start, after.end):
            if _said_of_reference(document, after.span, mention, match):
                return document.span(*match.span())
    return None
