"""Superlatives and absolute claims in a text, before anyone asks who said them.

Candidates come from a few compiled patterns over the whole text; only the
handful of hits per article get a closer look at their neighbours, which is
where a superlative is told from a false friend ("interest"), a quantifier
("most residents", "at least 82") or a fixed phrase ("do your best").
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable

import attrs

from mediacheck_superlatives import lexicon
from mediacheck_superlatives.frames import find_frames

__all__ = ["Kind", "Lexicon", "Superlative", "find_superlatives", "make_lexicon"]


class Kind(str, enum.Enum):
    """What makes a phrase a superlative claim, in words for the message."""

    EST = "an -est superlative, ranking it above all others"
    IRREGULAR = "a superlative, ranking it above all others"
    DEGREE = "a superlative ('most' or 'least' + adjective), ranking it against all others"
    ABSOLUTE = "an absolute claim that nothing has matched it"
    RECORD = "a record claim that nothing has matched it"


@attrs.frozen(slots=True)
class Superlative:
    start: int
    end: int
    kind: Kind
    #: Spans of what the superlative ranks against ("in Europe", "the world's").
    frames: tuple[tuple[int, int], ...] = ()


@attrs.frozen
class Lexicon:
    """The word lists of one configuration, compiled."""

    absolute: re.Pattern[str]
    idioms: re.Pattern[str] | None
    #: Single words never reported, as the superlative or the word after "most".
    ignored: frozenset[str]


@functools.lru_cache(maxsize=16)
def make_lexicon(extra_terms: tuple[str, ...] = (), ignore_terms: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lists extended by the rule's ``extra-terms`` and
    ``ignore-terms``: single ignored words join the not-claims, phrases the
    idioms."""
    ignore = tuple(t.strip().lower() for t in ignore_terms if t.strip())
    phrases = tuple(t for t in ignore if " " in t)
    absolute = lexicon.phrase_pattern(
        lexicon.ABSOLUTE_TERMS + tuple(t.strip().lower() for t in extra_terms if t.strip())
    )
    assert absolute is not None  # the built-in list is never empty
    return Lexicon(
        absolute=absolute,
        idioms=lexicon.phrase_pattern(lexicon.IDIOMS + phrases),
        ignored=lexicon.NOT_CLAIMS | {t for t in ignore if " " not in t},
    )


# ---------------------------------------------------------------- patterns

_HEAD = re.compile(r"\b(?:[A-Za-z]{3,}est|best|worst|most|least)\b", re.IGNORECASE)
_LEFT_COMPOUND = re.compile(r"(?<![\w-])(?:[A-Za-z]+-)+\Z")
_RIGHT_COMPOUND = re.compile(r"(?:-[A-Za-z]+)+(?![\w-])")
_NEXT_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([A-Za-z]+(?:['’-][A-Za-z]+)*)")
_DETERMINER = re.compile(
    r"(?:\b(?:the|this|these|those|its|his|her|their|our|my|your|whose)|\w['’]s|s['’])\s+"
    r"(?:(?:single|very|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|next)[\s-]+)?\Z",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+\Z",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"\ban?\s+\Z", re.IGNORECASE)
_AT = re.compile(
    r"\bat\s+(?:(?:the|its|his|her|their|our|my|your)\s+)?(?:very\s+)?\Z", re.IGNORECASE
)
_THOU = re.compile(r"\bthou\s+\Z", re.IGNORECASE)
_SENTENCE_END = frozenset(".!?:;…")
_OPENERS = frozenset(" \t\r\"“‘'([*-•")

_RECORD = re.compile(r"\brecords?(?:-(?P<compound>[A-Za-z]+))?\b", re.IGNORECASE)
_RECORD_NUMBER = re.compile(r"\s+[$€£]?\d")
_RECORD_BEFORE = re.compile(
    r"(?:\b(?:new|world|all-time|national|olympic|continental|european|global)"
    r"|\b(?:set|sets|setting|broke|break|breaks|breaking|broken|shattered|shatter|shatters"
    r"|shattering|smashed|smash|smashes|smashing|equalled|equaled|equal|equals|tied|tie|ties"
    r"|beat|beats|beating|eclipsed|surpassed|topped)"
    r"(?:\s+(?:a|an|the|its|his|her|their|new|previous|all-time|world|national|personal"
    r"|several|many|two|three|\d+)){0,3})\s+\Z",
    re.IGNORECASE,
)

_IN_HISTORY = re.compile(
    r"\b(?:(?:first|only)(?:[ \t]+[\w'’-]+){0,6}?|never(?:[ \t]+before)?)[ \t]+in[ \t]+"
    r"(?:(?:recent|modern|human|living|recorded|its|their|his|her|our|[A-Z]\w*['’]s)[ \t]+)?"
    r"history\b",
    re.IGNORECASE,
)

_PLURAL = re.compile(r"[^sui'’]s\Z")
_NOUN_END = re.compile(r"(?:ment|tion|sion|ness|ity|ship|ism|ance|ence|hood|dom|men|ure|age)\Z")
_ADJECTIVE_END = re.compile(
    r"(?:al|ful|ous|ive|able|ible|ic|ant|ent|ary|less|ing|[^e]ed|ly|lar|ile|thern|stern|ish"
    r"|some|ate)\Z"
)


# ---------------------------------------------------------------- helpers


def _sentence_start(text: str, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == "\n"


def _is_noun(word: str, *, capital_is_noun: bool) -> bool:
    """Whether the word after "most" reads as a noun, making "most" a quantity."""
    low = word.lower().rsplit("-", 1)[-1]
    if low in lexicon.ADJECTIVES:
        return False
    if low in lexicon.NOUNS or (capital_is_noun and word[0].isupper()):
        return True
    return bool(_PLURAL.search(low) or _NOUN_END.search(low))


def _is_adjective(word: str) -> bool:
    low = word.lower().rsplit("-", 1)[-1]
    return low in lexicon.ADJECTIVES or bool(_ADJECTIVE_END.search(low))


def _in_idiom(text: str, start: int, end: int, lex: Lexicon) -> bool:
    if lex.idioms is None:
        return False
    for match in lex.idioms.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if match.start() < end and start < match.end():
            return True
    return False


# ---------------------------------------------------------------- detection


def _degree(text: str, start: int, end: int, lex: Lexicon) -> Superlative | None:
    """"most" / "least" + adjective or adverb, not the quantifier."""
    if _AT.search(text, max(0, start - 20), start):
        return None  # at least 82, at most, at the very least
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return None  # "she did the most."
    word = after.group(1)
    low = word.lower()
    if low in lexicon.FUNCTION_WORDS or low in lex.ignored:
        return None
    if _INDEFINITE.search(text, max(0, start - 5), start):
        return None  # "a most unusual man": an intensifier, no ranking
    if _is_noun(word, capital_is_noun=text[start].islower()):
        return None  # most residents, the most votes
    if _DETERMINER.search(text, max(0, start - 40), start) is None:
        if not _is_adjective(word):
            return None
        following = _NEXT_WORD.match(text, after.end())
        if following is not None and _PLURAL.search(following.group(1).lower()):
            return None  # "on most sunny days": a quantifier over an adjective and noun
    return Superlative(start, after.end(1), Kind.DEGREE)


def _head(text: str, match: re.Match[str], lex: Lexicon) -> Superlative | None:
    start, end = match.span()
    word = match.group()
    low = word.lower()
    if low in lex.ignored:
        return None
    left = right = None
    if text[start - 1 : start] == "-":
        left = _LEFT_COMPOUND.search(text, max(0, start - 30), start)
    if text[end : end + 1] == "-":
        right = _RIGHT_COMPOUND.match(text, end)
    if low in ("most", "least"):
        if left is not None:
            return None  # easternmost written "eastern-most"
        if right is not None:
            found: Superlative | None = Superlative(start, right.end(), Kind.DEGREE)
        else:
            found = _degree(text, start, end, lex)
    else:
        if low in lexicon.FALSE_FRIENDS or _THOU.search(text, max(0, start - 10), start):
            return None
        if left is not None:
            start = left.start()
        if right is not None:
            end = right.end()
        elif _AT.search(text, max(0, start - 20), start):
            after = _NEXT_WORD.match(text, end)
            if after is None or after.group(1).lower() in lexicon.FUNCTION_WORDS:
                return None  # at best, at the latest, at its worst
        kind = Kind.IRREGULAR if low in ("best", "worst") else Kind.EST
        found = Superlative(start, end, kind)
    if found is None:
        return None
    if (
        word[0].isupper()
        and not word.isupper()
        and not _sentence_start(text, found.start)
        and not _DETERMINER.search(text, max(0, found.start - 40), found.start)
        and not _ORDINAL.search(text, max(0, found.start - 15), found.start)
    ):
        return None  # a name: Budapest, Best Buy, Ernest
    if _in_idiom(text, found.start, found.end, lex):
        return None
    return found


def _record(text: str, match: re.Match[str]) -> Superlative | None:
    """"record" as a claim: "a record 210,000", "record highs", "set a new record"."""
    start, end = match.span()
    compound = match.group("compound")
    if compound is not None:
        if compound.lower() not in lexicon.RECORD_HEADS:
            return None
    elif not _RECORD_BEFORE.search(text, max(0, start - 60), start):
        plural = match.group().lower().endswith("s")
        after = _NEXT_WORD.match(text, end)
        if plural or not (
            _RECORD_NUMBER.match(text, end)
            or (after is not None and after.group(1).lower() in lexicon.RECORD_HEADS)
        ):
            return None
    return Superlative(start, end, Kind.RECORD)


def _candidates(text: str, lex: Lexicon) -> Iterable[Superlative]:
    for match in _HEAD.finditer(text):
        found = _head(text, match, lex)
        if found is not None:
            yield found
    for match in lex.absolute.finditer(text):
        if match.group().lower() not in lex.ignored:
            yield Superlative(match.start(), match.end(), Kind.ABSOLUTE)
    for match in _IN_HISTORY.finditer(text):
        yield Superlative(match.start(), match.end(), Kind.ABSOLUTE)
    for match in _RECORD.finditer(text):
        found = _record(text, match)
        if found is not None and "record" not in lex.ignored:
            yield found


def find_superlatives(text: str, lex: Lexicon) -> list[Superlative]:
    """Every superlative claim in ``text``, in order, with its frames.

    Overlapping candidates ("best-ever" is both a superlative and an absolute
    term) count once, and an absolute phrase that only frames an earlier
    superlative ("the largest ... in history") is that superlative's frame.
    """
    found: list[Superlative] = []
    for candidate in sorted(_candidates(text, lex), key=lambda c: (c.start, -c.end)):
        if found and candidate.start < found[-1].end:
            continue
        if found and any(f[0] <= candidate.start < f[1] for f in found[-1].frames):
            continue
        frames = find_frames(text, candidate.start, candidate.end)
        found.append(attrs.evolve(candidate, frames=frames))
    return found
