"""Comparison frames: what a superlative ranks against.

"The largest storm barrier in Europe" ranks within Europe, "the most
dangerous period since World War II" since 1945, "the world's most beautiful
harbours" across the world.  The frame tells an editor what a source would
have to cover, so it goes into the finding's evidence.
"""

from __future__ import annotations

import functools
import re

from mediacheck import compile_pattern
from mediacheck_superlatives import lexicon
from mediacheck_superlatives.headlines import title_case_line

__all__ = ["find_frames"]


def _stop_words(words: tuple[str, ...]) -> str:
    """A pattern for the capitalised forms of the frame stops: a verb in
    its base form stands for its forms in -s, -es, -d, -ed and -ing.

    The endings are factored out of the alternation (the flat list of every
    form took ~40 ms of start-up to compile, four times over in ``_AFTER``):
    the pattern is only ever read in a look-ahead ending at ``\\b``, which
    tries every branch, so the order of the forms does not matter."""
    bases = sorted({_capitalised(word) for word in words})
    stems = sorted({_capitalised(word[:-1] + "ing") for word in words})
    return "(?:" + "|".join(bases) + ")(?:e?s|e?d|ing)?|" + "|".join(stems)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


#: A run of capitalised words, a name ("Western Europe", "World War II",
#: "Hawai‘i" with its okina set as an opening quote or as U+02BB), stopped by a
#: verb a Title Case headline capitalises ("Planning Are").
_CAPS = (
    r"[A-Z][\w'’.-]*(?:[‘ʻ]\w+)*(?:\s+(?!(?:"
    + _stop_words(lexicon.FRAME_STOPS)
    + r")\b)(?:[A-Z][\w'’.-]*(?:[‘ʻ]\w+)*|of|\d+)){0,3}"
)
_NUMBER = (
    r"(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a\s+few"
    r"|several|many)"
)

#: A frame after the superlative, searched up to the end of its clause.
#: Compiled at the first superlative (see :func:`_after`), not at import.
_AFTER = rf"""\b(?:
        since\s+(?:records\s+began|the\s+(?:{_CAPS}|\d{{4}}s|[a-z]+)|{_CAPS}|\d{{4}}s?)
      | in\s+(?:(?:more\s+than|over|nearly|almost|at\s+least)\s+)?(?:{_NUMBER}\s+)?
            (?:decades|decade|years|year|generations|generation|centuries|century)\b
      | in\s+(?:the\s+)?(?:recent\s+|modern\s+|human\s+|living\s+|its\s+|their\s+|our\s+
            |[\w.]+['’]s\s+)?history
            (?:\s+of\s+(?:the\s+)?{_CAPS}|\s+of\s+the\s+[a-z]+)?
      | in\s+the\s+(?:world|country|nation|region|state|city|continent|universe|league|industry)\b
      | (?:in|across|throughout)\s+(?:the\s+)?{_CAPS}
      | (?:on|in)\s+record
      | ever(?:\s+(?:recorded|built|made|seen|measured|held|sold|published|known))?
      | of\s+all\s+time
      | to\s+date
      | (?:of|in)\s+(?:the|this|its|their)\s+(?:year|decade|century|season|generation)
      | (?:of|among)\s+any\s+[\w-]+(?:\s+[a-z][\w-]*)?
      | anywhere(?:\s+in\s+the\s+world)?
      | worldwide | nationwide
    )\b"""


@functools.cache
def _after() -> re.Pattern[str]:
    """``_AFTER``, compiled: ~15 ms that a run over articles with no
    superlative, such as one short file checked at a time, need not pay."""
    return compile_pattern(_AFTER, re.VERBOSE)


#: Where the clause holding the superlative ends.
_CLAUSE_END = compile_pattern(r"[,;:!?()\n—–]|\.(?=\s|$)")

#: Lower-case places whose possessive frames a superlative: "the world's".
_PLACES = frozenset(
    ["world", "country", "nation", "region", "state", "city", "continent", "planet", "league"]
)
#: Words that may stand between the possessive and the superlative.
_BETWEEN = frozenset(["second", "third", "fourth", "fifth", "sixth", "single", "very"])
#: Contractions that look like possessives.
_NOT_POSSESSIVE = frozenset(
    ["it", "that", "what", "there", "here", "he", "she", "let", "who", "where", "this"]
)


def _possessive_before(text: str, start: int) -> tuple[int, int] | None:
    """ "Europe's", "the world's", "New York's" just before the superlative
    (or before its ordinal: "Poland's third biggest")."""
    low = max(0, start - 60)
    words = text[low:start].split()
    if words and (words[-1].lower() in _BETWEEN or words[-1][:1].isdigit()):
        words.pop()
    if not words or not words[-1].endswith(("'s", "’s")):
        return None
    owner = words[-1][:-2]
    if not owner or owner.lower() in _NOT_POSSESSIVE:
        return None
    if not owner[0].isupper() and owner.lower() not in _PLACES:
        return None
    end = text.rfind(words[-1], low, start) + len(words[-1])
    first = len(words) - 1
    while (
        first and words[first - 1][:1].isupper() and owner[0].isupper() and len(words) - first < 4
    ):
        first -= 1
    if first and words[first - 1].lower() == "the" and not owner[0].isupper():
        first -= 1
    begin = end - len(" ".join(words[first:]))
    if text[begin:end].split() != words[first:]:
        begin = end - len(words[-1])  # the words were spread over odd white space
    return begin, end


_REACH = 80

#: A frame in a Title Case headline: the preposition and its noun, two
#: capitalised words at most, as any later capital may be a verb ("Oldest
#: Diner in Gloucester Closes").
_HEADLINE_FRAME = compile_pattern(
    r"(?:in|across|throughout|since)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[‘ʻ]\w+)*(?:\s+(?:[A-Z][\w'’.-]*(?:[‘ʻ]\w+)*|\d+))?"
)


def find_frames(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The frames of the superlative at ``start``..``end``, as offsets."""
    frames = []
    before = _possessive_before(text, start)
    if before is not None:
        frames.append(before)
    stop = min(len(text), end + _REACH)
    clause_end = _CLAUSE_END.search(text, end, stop)
    after = _after().search(text, end, clause_end.start() if clause_end else stop)
    if after is not None:
        frame_end = after.end()
        short = _HEADLINE_FRAME.match(text, after.start(), frame_end)
        if short is not None and short.end() < frame_end and title_case_line(text, start):
            frame_end = short.end()
        frames.append((after.start(), frame_end))
    return tuple(frames)
