"""Sentence splitting that survives news style.

A small rule-based splitter, measured better on news text than the general
ones: a compiled regex finds every candidate end (``.``, ``?``, ``!`` or an
ellipsis, any closing quotes or brackets, then white space) inside one
paragraph, so a sentence never crosses a paragraph boundary, and a few rules
veto the split:

- the next word starts in lower case ("?’ he asked", "e.g. the");
- the period ends an abbreviation from ``abbreviations.txt``: a title never
  ends a sentence (Gen., Sen., Mr.), a number abbreviation does not before a
  number (No. 5, Dec. 19), and an abbreviation that may end a sentence
  (U.S., Inc., a.m., an initial such as the F. of John F. Kennedy) ends one
  only when the next word usually starts a sentence (The, He, But);
- a question or exclamation closing a quotation is followed by the speaker
  and a reporting verb ("‘Why ...?’ Putin asked, his tone ...", "‘Why?’ Lee's
  aunt, Ann Ward, asked").

A run longer than ``LONGEST_SENTENCE`` with no end in it (a list, a
transcript or a page of lines without punctuation) is no sentence a reader
takes in at once, and the stages after this one read each sentence around
each of its cues: it is cut at its last line break inside the limit, else at
its last space, so their work grows with the document, not with its square.

Decimals (3.5) and inner periods (Ukraine.ru) are no candidates: a candidate
needs white space after it.  A sentence ends after its closing marks
(``."`` or ``?’``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs

from mediacheck.analysis import _regex
from mediacheck.analysis._trie import word_trie
from mediacheck.analysis.lexicon import Lexicon, entries, per_lexicon
from mediacheck.model import Document, Sentence, Span, new_sentence

__all__ = ["LONGEST_SENTENCE", "split_sentences"]

#: Characters past which a run with no sentence end is cut: well above the
#: longest sentence of real news (about 1,100 in the PolNeAR, TempEval-3 and GUM
#: dev sets).
LONGEST_SENTENCE = 2000

#: A candidate end, by the character that starts it: the marks, white space
#: (or none after a closing quote before a capital), then the next sentence's opening
#: marks and first word (a lower-case word
#: or a spaced ellipsis, "door. ... That", rules the candidate out here).
#: One pattern per character, each starting with a literal, runs several
#: times faster than one pattern starting with a character class.
_ENDINGS = tuple(
    (
        char,
        _regex.compile(
            rf"{re.escape(char)}(?<![.!?…]{re.escape(char)})[.!?…]*[\"'”’)\]]*"
            # '... I love tacos!”Former governor ...': a closing quote glued to the next
            # sentence, as pages converted to text often leave it, ends the sentence too
            r"(?P<space>\s+|(?<=”)(?=[A-Z“]))(?![\s.…])(?P<next>[\"'“‘(\[]*)(?![a-z])"
            r"(?P<word>[\w’'$£€\-]*)"
        ),
    )
    for char in ".?!…"
)
_SPACE, _WORD = (_ENDINGS[0][1].groupindex[name] for name in ("space", "word"))
_INITIALS = _regex.compile(r"(?:[A-Za-z]\.)+")
#: Longer tokens are no abbreviations: the look-back window is this wide.
_WINDOW = 12
_OPENING = "\"'“‘(["

_TITLE, _NUMBER, _FINAL = "title", "number", "final"

#: The speaker after "?’": a name ("Putin", "Sen. Ann Lee"), or someone named by whose
#: they are ("Lee's aunt", "the mayor's aide" is lower case), with an aside after it
#: ("Ann Lee, the mayor's aide, asked", "Ann Lee (D-Ohio) shouted", "Lee's aunt, state
#: Sen. Ann Ward (D-Ohio), shouted").
_NAME = r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}"
_OWNED = r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s(?:\s+[a-z][\w\-]*){1,2}"
_ASIDE = r"(?:\s+\([^()\n]{1,40}\)|,[^,;:!?\n“”\"]{1,60},)?"


@attrs.frozen(eq=False)
class _Tables:
    """What the splitter reads from the lexicon."""

    abbreviations: dict[str, str]
    starters: frozenset[str]
    #: After "?’": a speaker and a verb, so the sentence goes on ("Putin asked").
    #: Compiled at the first such quote (see :func:`_compiled`), not at import.
    speaker_verb: str


def _build(lexicon: Lexicon) -> _Tables:
    verb = word_trie(entries("speech_verbs.txt", lexicon))
    return _Tables(
        abbreviations={
            abbreviation: kind
            for abbreviation, kind in (e.split() for e in entries("abbreviations.txt", lexicon))
        },
        starters=frozenset(entries("sentence_starters.txt", lexicon)),
        speaker_verb=(rf"\s+(?:{_NAME}|{_OWNED}){_ASIDE}\s+(?:{verb})\b(?!\s+(?:the|a|an|that)\b)"),
    )


_tables = per_lexicon(_build)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A speaker-verb pattern, compiled: ~8 ms of start-up that most articles,
    with no question or exclamation closing a quote, need not pay."""
    return _regex.compile(pattern)


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    """The sentences of every paragraph, in order."""
    text = document.text
    tables = _tables()
    span = document.index.span if document.index is not None else document.span
    sentences: list[Sentence] = []
    # (mark, space start, space end, next word): read once, sorted by the mark,
    # which no two candidates share (so the sort never compares the rest)
    candidates = [
        (m.start(), *m.span(_SPACE), m[_WORD])
        for char, ending in _ENDINGS
        if char in text
        for m in ending.finditer(text)
    ]
    candidates.sort()
    n, i = len(candidates), 0
    for paragraph in document.paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        while i < n and candidates[i][0] < end:
            mark, stop, after, word = candidates[i]
            i += 1
            if (
                start <= mark
                and after < end
                and _ends_sentence(text, mark, stop, word, start, tables)
            ):
                if stop - start > LONGEST_SENTENCE:
                    _add_pieces(sentences, text, start, stop, paragraph.index, span)
                else:
                    sentence = new_sentence(span(start, stop), len(sentences), paragraph.index)
                    sentences.append(sentence)
                start = after
        if end - start > LONGEST_SENTENCE:
            _add_pieces(sentences, text, start, end, paragraph.index, span)
        else:
            sentences.append(new_sentence(span(start, end), len(sentences), paragraph.index))
    return tuple(sentences)


def _add_pieces(
    sentences: list[Sentence],
    text: str,
    start: int,
    stop: int,
    paragraph: int,
    span: Callable[[int, int], Span],
) -> None:
    """Add the run ``start``-``stop``, too long for a sentence, in pieces (a
    sentence of real length is added whole, without the call)."""
    for piece in _bounded(text, start, stop):
        sentences.append(new_sentence(span(*piece), len(sentences), paragraph))


def _bounded(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The sentence ``start``-``stop``, or pieces of it no longer than
    ``LONGEST_SENTENCE``, cut at a line break or a space (white space at a cut
    belongs to no piece)."""
    pieces = []
    while stop - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = text.rfind("\n", start + 1, limit)
        if cut < 0:
            cut = text.rfind(" ", start + 1, limit)
        if cut < 0:
            break  # one word longer than the limit: left whole
        end = cut
        while end > start and text[end - 1].isspace():
            end -= 1
        pieces.append((start, end))
        start = cut + 1
        while start < stop and text[start].isspace():
            start += 1
    if start < stop or not pieces:
        pieces.append((start, stop))
    return pieces


def _ends_sentence(
    text: str, position: int, stop: int, word: str, lower_bound: int, tables: _Tables
) -> bool:
    """Whether the marks at ``position``..``stop``, before ``word``, end a sentence."""
    if word[:1].islower():
        return False
    mark = text[position:stop]
    if mark == ".":
        window = text[max(lower_bound, position - _WINDOW) : position].rsplit(None, 1)
        token = (window[-1].lstrip(_OPENING) if window else "") + "."
        kind = tables.abbreviations.get(token)
        if kind is None and (len(token) == 2 or token[-3:-2] == ".") and _INITIALS.fullmatch(token):
            kind = _FINAL
        if kind == _TITLE:
            return False
        if kind == _NUMBER:
            return not word[:1].isdigit()
        if kind == _FINAL:
            return word in tables.starters
    elif mark[-1] in "\"'”’" and ("?" in mark or "!" in mark):
        return not _compiled(tables.speaker_verb).match(text, stop)
    return True
