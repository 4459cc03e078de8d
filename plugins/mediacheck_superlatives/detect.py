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
from collections.abc import Iterable, Mapping

import attrs

from mediacheck import compile_pattern
from mediacheck_superlatives import lexicon
from mediacheck_superlatives.frames import find_frames
from mediacheck_superlatives.headlines import title_case_line
from mediacheck_superlatives.scan import PhraseFinder

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

    #: The absolute terms and "record", found in one pass.
    absolute: PhraseFinder
    #: For each superlative that occurs in a fixed phrase, those phrases
    #: (compiled by :func:`lexicon.phrase_pattern` at the first such word).
    idioms: Mapping[str, tuple[str, ...]]
    #: Single words never reported, as the superlative or the word after "most".
    ignored: frozenset[str]


def _idioms_by_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    by_word: dict[str, list[str]] = {}
    for phrase in phrases:
        for word in re.split(r"[\s-]+", phrase):
            if _is_head(word):
                by_word.setdefault(word, []).append(phrase)
    return {word: tuple(group) for word, group in by_word.items()}


@functools.lru_cache(maxsize=16)
def make_lexicon(extra_terms: tuple[str, ...] = (), ignore_terms: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lists extended by the rule's ``extra-terms`` and
    ``ignore-terms``: single ignored words join the not-claims, phrases the
    idioms."""
    ignore = tuple(t.strip().lower() for t in ignore_terms if t.strip())
    return Lexicon(
        absolute=PhraseFinder(
            lexicon.ABSOLUTE_TERMS + _SCANNED + tuple(t for t in extra_terms if t.strip())
        ),
        idioms=_idioms_by_word(lexicon.IDIOMS + tuple(t for t in ignore if " " in t)),
        ignored=lexicon.NOT_CLAIMS | {t for t in ignore if " " not in t},
    )


# ---------------------------------------------------------------- patterns

#: Every superlative head ends in -st: -est, best, worst, most, least; so
#: does "first", read as an absolute ("first-ever").  A literal scan finds
#: them fastest, and the look back after it, in either case, leaves out
#: "just", "last", "against" before any Python runs; the word is then read
#: back from its end.
_HEAD_ENDS = tuple(
    compile_pattern(
        rf"{st}\b(?:(?<=[eE]{st})|(?<=[eE][aA]{st})|(?<=[mM][oO]{st})|(?<=[oO][rR]{st})"
        rf"|(?<=[fF][iI][rR]{st}))"
    )
    for st in ("st", "ST")
)
_IRREGULAR = frozenset({"best", "worst", "most", "least"})
_LEFT_COMPOUND = compile_pattern(r"(?<![\w-])(?:[A-Za-z]+-)+\Z")
_RIGHT_COMPOUND = compile_pattern(r"(?:-[A-Za-z]+)+(?![\w-])")
_NEXT_WORD = compile_pattern(r"(?:[ \t]+|[ \t]*\n[ \t]*)([A-Za-z]+(?:['’-][A-Za-z]+)*)")
#: What may stand before a superlative that ranks: "the", "its", "the world's".
_DETERMINERS = frozenset(
    ["the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "whose"]
)
#: What may stand between the determiner and the superlative: "the single most".
_MODIFIERS = frozenset(
    [
        "single",
        "very",
        "next",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
    ]
)
#: Words after which "most" + a word in -ing is a degree: "is most striking".
_LINKING = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "seem",
        "seems",
        "seemed",
        "appear",
        "appears",
        "appeared",
        "look",
        "looks",
        "looked",
        "become",
        "becomes",
        "became",
        "remain",
        "remains",
        "remained",
        "perhaps",
        "arguably",
        "and",
    ]
)
_NUMBERED = compile_pattern(r"\d+(?:st|nd|rd|th)\Z")
_SENTENCE_END = frozenset(".!?:;…")
_OPENERS = frozenset(" \t\r\"“‘'([*-•")

#: Found with the absolute terms, in one scan, and then read by their own rules.
_RECORD_PHRASES = frozenset({"record", "records"})
_SCANNED = tuple(_RECORD_PHRASES)
_RECORD_NUMBER = compile_pattern(r"\s+[$€£]?\d")
#: A period between "record" and what it heads: "record quarterly profit", "record
#: full-year sales", "a record single-day rainfall" are records of that head.
_RECORD_PERIODS = frozenset(
    {
        *("quarterly", "annual", "monthly", "weekly", "daily", "yearly", "full-year"),
        *("half-year", "first-half", "second-half", "first-quarter", "second-quarter"),
        *("third-quarter", "fourth-quarter", "single-day", "one-day"),
    }
)
#: Words right before "record" that make it a claim: "a new record".
_RECORD_CLAIM_MODIFIERS = frozenset(
    ["new", "world", "all-time", "national", "olympic", "continental", "european", "global"]
)
#: Verbs whose object "record" is a claim, up to three of
#: ``_RECORD_SET_WORDS`` later: "broke the previous world record".
_RECORD_SETTERS = frozenset(
    [
        "set",
        "sets",
        "setting",
        "broke",
        "break",
        "breaks",
        "breaking",
        "broken",
        "shattered",
        "shatter",
        "shatters",
        "shattering",
        "smashed",
        "smash",
        "smashes",
        "smashing",
        "equalled",
        "equaled",
        "equal",
        "equals",
        "tied",
        "tie",
        "ties",
        "beat",
        "beats",
        "beating",
        "eclipsed",
        "surpassed",
        "topped",
    ]
)
_RECORD_SET_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "his",
        "her",
        "their",
        "new",
        "previous",
        "all-time",
        "world",
        "national",
        "personal",
        "several",
        "many",
        "two",
        "three",
    ]
)
#: Verbs after which "a record" is a predicate noun: "was a record", "set
#: a new attendance record".
_RECORD_LINKS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "became",
        "become",
        "becomes",
        "remain",
        "remains",
        "remained",
        "marks",
        "marked",
        "set",
        "sets",
        "setting",
        "broke",
        "breaks",
        "breaking",
        "equalled",
        "equaled",
        "equals",
        "tied",
        "ties",
    ]
)
_RECORD_DETERMINERS = frozenset(["a", "an", "the", "another", "new"])
#: A figure set off by a comma before "a record" in apposition ("Turnout was
#: 46.2%, a record for the ward", "sales reached 9,120, a record"): the figure is
#: what the record claims, as after "was"; a year ("In 2019, a record of the
#: talks") is no figure.
_FIGURE_SET_OFF = compile_pattern(r"(?!(?:1[89]|20)\d\d,$)[$€£]?\d[\d,.]*(?:%|[a-z]+)?,$")

#: What makes "first" absolute: "the first time in history", "the first
#: woman in the club's 150-year history": an owner ("its", "the city's",
#: "Ohio's") and a span ("recent", "150-year") may stand before "history".
_IN_HISTORY = compile_pattern(
    r"(?:[ \t]+[\w'’-]+){0,6}?[ \t]+in[ \t]+"
    r"(?:(?:its|their|his|her|our|(?:the[ \t]+)?[\w-]+['’]s)[ \t]+)?"
    r"(?:(?:recent|modern|human|living|recorded|long|\d+-year)[ \t]+)?"
    r"history\b",
    re.IGNORECASE,
)
_PLURAL = compile_pattern(r"[^sui'’]s\Z")
_NOUN_END = compile_pattern(
    r"(?:ment|tion|sion|ness|ity|ship|ism|ance|ence|hood|dom|men|ure|age)\Z"
)
_ADJECTIVE_END = compile_pattern(
    r"(?:al|ful|ous|ive|able|ible|ic|ant|ent|ary|less|ing|[^e]ed|ly|lar|ile|thern|stern|ish"
    r"|some|ate)\Z"
)


# ---------------------------------------------------------------- helpers


def _is_head(word: str) -> bool:
    return word in _IRREGULAR or (len(word) >= 6 and word.endswith("est"))


def _words_before(text: str, offset: int) -> list[str]:
    """The last three words before ``offset``, lower-cased: cheaper than a
    regex anchored at the end, which is tried at every position."""
    return text[max(0, offset - 40) : offset].lower().split()[-3:]


def _is_ordinal(word: str) -> bool:
    return (word in _MODIFIERS and word not in ("single", "very")) or bool(_NUMBERED.match(word))


def _has_determiner(words: list[str]) -> bool:
    """Whether the words end in a determiner, maybe with an ordinal after it:
    "the", "the world's", "its 135th", "the single"."""
    if words and (words[-1] in _MODIFIERS or _NUMBERED.match(words[-1])):
        words = words[:-1]
    if not words:
        return False
    last = words[-1]
    return last in _DETERMINERS or last.endswith(("'s", "’s", "s'", "s’"))


def _after_at(words: list[str]) -> bool:
    """ "at least", "at the latest", "at its best", "at the very least"."""
    if words and words[-1] == "very":
        words = words[:-1]
    if words and words[-1] in _DETERMINERS:
        words = words[:-1]
    return bool(words) and words[-1] == "at"


#: Superlatives that, straight after "at", hedge what follows ("at best
#: mixed", "at worst a fine", "by noon at latest") and rank nothing.
_AT_HEDGES = frozenset({"best", "worst", "latest", "earliest", "soonest"})

#: Owners in "at her most candid", "at their least guarded": one's own
#: state at its height, compared with no one else.
_AT_ONESELF = frozenset({"my", "your", "his", "her", "its", "our", "their"})


#: Words that end the phrase "at her most candid" without a frame: not "in"
#: or "since", which give one ("at its most fragile since 2008" ranks).
_CLAUSE_GOES_ON = frozenset({"and", "but", "or", "when", "while", "as", "with"})


#: A frame of time right after "at its thinnest": "since 2022", "in years", "in
#: a decade" make one's own state a ranking against the past, as "at its most
#: fragile since 2008" is ("at its best in the final" is not).
_FRAME_AFTER = compile_pattern(
    r"[ \t]+(?:since\b|in[ \t]+(?:(?:a|at[ \t]+least|more[ \t]+than|over|nearly|almost)[ \t]+)?"
    r"(?:\w+[ \t]+)?(?:years|decades?|generations?|history|months|weeks|living[ \t]+memory)\b)"
)


def _nothing_ranked(text: str, end: int) -> bool:
    """Whether nothing the adjective at ``end`` could rank follows it:
    punctuation, the end of the text or a conjunction ("at his most candid,
    he ...", "at her most relaxed when ..."); not a noun ("at its most basic
    level") or a frame ("at its most fragile since 2008")."""
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() in _CLAUSE_GOES_ON


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


def _noun_follows(text: str, offset: int) -> bool:
    """Whether a plural noun comes within two words, before any function word."""
    for _ in range(2):
        following = _NEXT_WORD.match(text, offset)
        if following is None:
            return False
        low = following.group(1).lower()
        if low in lexicon.FUNCTION_WORDS:
            return False
        if _PLURAL.search(low):
            return True
        offset = following.end()
    return False


def _in_idiom(text: str, start: int, end: int, word: str, lex: Lexicon) -> bool:
    """Whether a fixed phrase holds the superlative ``word``.

    A phrase that ends on the superlative is fixed only when no noun follows:
    "it was for the best." but not "for the best experience"; one that only ends
    where the found span does ("most part" in "for the most part neighbours") is
    fixed whatever follows.
    """
    phrases = lex.idioms.get(word)
    idioms = lexicon.phrase_pattern(phrases) if phrases else None
    if idioms is None:
        return False
    low = max(0, start - 40)
    window = text[low : end + 40].lower()
    start, end = start - low, end - low
    # phrases may overlap ("for the best" and "best part of" in "for the best
    # part of an hour"): each search starts a character after the last match
    match = idioms.search(window)
    while match is not None and match.start() < end:
        if start < match.end():
            if match.end() != end or not match.group().endswith(word):
                return True
            after = _NEXT_WORD.match(window, end)
            if after is None or after.group(1) in lexicon.FUNCTION_WORDS:
                return True
        match = idioms.search(window, match.start() + 1)
    return False


#: The superlatives that rank harm in an unhyphenated compound: "the worst hit",
#: "most affected"; not "the biggest hit", a song.
_HARM_DEGREES = frozenset({"worst", "hardest", "most", "least"})


def _harm_follows(text: str, end: int) -> bool:
    """Whether a word of harm follows the superlative after a space, as a
    compound written without its hyphen ("the worst hit", "most affected")."""
    after = _NEXT_WORD.match(text, end)
    return (
        after is not None
        and text[end : end + 1] == " "
        and after.group(1).lower() in lexicon.HARM_COMPOUNDS
    )


#: Verbs of harm whose object an adverbial "hardest" or "worst" ranks by the
#: damage done ("will hit restaurants hardest", "struck the coast worst").
_HARM_VERBS = frozenset(
    ("hit", "hits", "hitting", "struck", "strikes", "affects", "affected", "damaged")
)


def _harm_before(text: str, start: int, end: int) -> bool:
    """Whether the superlative is an adverb ranking the harm of a verb of harm
    up to three words before it, with no determiner of its own and no noun
    after it: "the rise will hit restaurants hardest", not "hit the hardest
    wall"."""
    before = _words_before(text, start)
    if not before or before[-1] in ("the", "its", "their", "his", "her", "a", "an"):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).lower() not in lexicon.FUNCTION_WORDS:
        return False
    return any(word.strip(",;") in _HARM_VERBS for word in before)


def _ranking_compound(text: str, start: int, tail: str, end: int) -> bool:
    """Whether a compound such as "best-known" or "worst-hit" ranks.

    One that ranks harm ("the worst-hit towns") sorts what the story names
    by the damage it reports.  Without a determiner ("best-selling author
    Ana Ruiz", "a best-selling novel") the compound is a label of the kind,
    and so it is before a role and a full name, which take a determiner as
    titles do ("the best-selling novelist Ray Okafor"); otherwise, after one
    ("the best-selling album", "the world's highest-paid") it ranks.
    "-ever" compounds are absolute either way.
    """
    second = tail[1:].split("-", 1)[0].lower()
    if second == "ever":
        return True
    if second in lexicon.HARM_COMPOUNDS:
        return False
    before = _words_before(text, start)
    if len(before) > 1 and before[-1] in ("and", "or") and _is_head(before[-2]):
        return True  # "the biggest and deepest-pocketed"
    if _TITLE_BEFORE_NAME.match(text, end):
        return False  # "the best-selling novelist Ray Okafor": a label, as without "the"
    return _has_determiner(before) or before[-2:] == ["one", "of"]


#: After a compound, a common noun and a full name: the compound labels the
#: person as a title does ("the best-selling novelist Ray Okafor").
_TITLE_BEFORE_NAME = compile_pattern(r"[ \t]+[a-z]+[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+)+")


_SMALL_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
)
_SMALL_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
_SET_DETERMINER = r"(?:the|these|those|its|his|her|their|our|my|your)"

#: "the tallest of the three brothers": a ranking within a small set the
#: sentence counts out, not against the world.
_LIMITED_SET = compile_pattern(
    rf"\s+(?:of|among)\s+(?:(?:{_SET_DETERMINER}|all)\s+)?{_SMALL_NUMBER}\b",
    re.IGNORECASE,
)
#: "the youngest of his brothers", "the oldest of the family", "the tallest
#: boy in the class": a set the sentence names, right after the superlative
#: or its noun, also after a name ("in the Connacht squad").  "of all" or a
#: number above twelve ("the largest of the 50 states") ranks against the
#: world and does not fit, nor does a capital, which makes the noun a name
#: ("the second largest island in the Group").
_NAMED_SET = compile_pattern(
    r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:of|among|in)\s+(?:all\s+)?"
    rf"{_SET_DETERMINER}\s+(?:{_SMALL_NUMBER}\s+|(?:[A-Z][\w'’-]*\s+){{1,2}})?("
    + "|".join(sorted(lexicon.SET_NOUNS))
    + r")\b"
)
#: "the choir's youngest member", "its oldest founding members", "NATO's
#: three newest members": a member ranks within the body that owns it, which
#: the sentence names.  Without an owner ("one of the most right-wing members
#: of Congress") the body may be as large as the world, and it stays a claim.
_MEMBER = compile_pattern(r"(?:\s+[a-z][\w'’-]*)?\s+members?\b(?!['’])")
_OWNERS = frozenset(["its", "his", "her", "their", "our", "my", "your"])


def _member_of_owner(text: str, claim: Superlative) -> bool:
    if _MEMBER.match(text, claim.end) is None:
        return False
    before = _words_before(text, claim.start)
    if before and (before[-1].isdigit() or before[-1] in _SMALL_WORDS):
        before = before[:-1]  # "NATO's three newest members"
    return bool(before) and (before[-1] in _OWNERS or before[-1].endswith(("'s", "’s")))


#: A placing in a race or contest the sentence names by who else ran in it:
#: "finished second-best, behind Norway".
_PLACING_VERBS = frozenset(
    ["finish", "finished", "finishes", "finishing", "place", "placed", "places", "came", "come"]
)
_PLACING_AFTER = compile_pattern(
    r"(?:\s+[\w'’-]+){0,4}?,?\s+(?:behind|ahead\s+of)\s", re.IGNORECASE
)


def _is_placing(text: str, claim: Superlative) -> bool:
    after = text[claim.end : claim.end + 60]
    if "behind" not in after and "ahead" not in after:
        return False
    before = _words_before(text, claim.start)
    if before and _is_ordinal(before[-1]):
        before = before[:-1]
    return (
        bool(before)
        and before[-1] in _PLACING_VERBS
        and _PLACING_AFTER.match(text, claim.end) is not None
    )


def _not_a_ranking(text: str, claim: Superlative) -> bool:
    """A ranking within a set the sentence names or counts out, a placing
    behind named rivals, or a prize category ("the contest for the best
    wine"): nothing a source would have to back."""
    if claim.kind in (Kind.ABSOLUTE, Kind.RECORD):
        return False
    if _LIMITED_SET.match(text, claim.end) or _NAMED_SET.match(text, claim.end):
        return True
    if _member_of_owner(text, claim):
        return True
    if _is_placing(text, claim):
        return True
    before = _words_before(text, claim.start)
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-1:] == ["for"] and len(before) > 1 and before[-2] in lexicon.PRIZE_NOUNS


# ---------------------------------------------------- questions and rhetoric

#: A superlative inside an embedded question asks the ranking instead of
#: asserting it: "whether the coldest weeks are still ahead", "asked if the
#: biggest storms are yet to come", "asked which was the best option".
#: "whether" asks on its own; "if", "which", "what" and "who" only after a
#: verb or adjective of asking or knowing (a bare "if" is a condition, a
#: bare "which" a relative clause: "the bridge, which is the longest in
#: Europe").  At most five words, no punctuation, between the question word
#: and the superlative: further on, a clause of its own may assert.
_EMBEDDED_QUESTION = compile_pattern(
    r"""(?:\bwhether
      | \b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|unclear|unsure|know
           |knows|knew|see|decide|decides|decided|debate|debated|debating)
        \s+(?:[a-z]+\s+)?(?:if|which|what|who)
    )(?:\s+[\w'’-]+){0,5}?\s+\Z""",
    re.IGNORECASE | re.VERBOSE,
)
#: Verbs whose object is a question really asked: "the quizmaster asked the
#: toughest questions of the night" ranks questions put to someone, a
#: claim, where "the biggest question hanging over the talks" is rhetoric.
_ASKING = frozenset(
    [
        "ask",
        "asks",
        "asked",
        "asking",
        "pose",
        "poses",
        "posed",
        "posing",
        "answer",
        "answers",
        "answered",
        "answering",
        "set",
        "sets",
        "setting",
        "put",
        "puts",
        "putting",
    ]
)
#: What follows an issue noun that names an open question: "the biggest test
#: is whether ...", "will be how ...".
_OPEN_AFTER = compile_pattern(
    r"\s+(?:is|was|will\s+be|remains|remained)\s+(?:whether|if|how|who|what|when)\b",
    re.IGNORECASE,
)
#: "Whether the talks resume will be the greatest challenge": a sentence
#: opening with "Whether" whose verb links it to the ranked issue.
_OPENING_WHETHER = compile_pattern(r"[\s\"“‘']*whether\b", re.IGNORECASE)
_LINKED_BEFORE = compile_pattern(
    r"\b(?:is|was|will\s+be|remains|remained)\s+(?:the|its|their|his|her)\s+\Z",
    re.IGNORECASE,
)


def _in_embedded_question(text: str, start: int) -> bool:
    return _EMBEDDED_QUESTION.search(text, max(0, start - 80), start) is not None


def _sentence_opening(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` starts (looking back 300 characters)."""
    low = max(0, offset - 300)
    ends = [text.rfind(mark, low, offset) for mark in (". ", "? ", "! ", "\n")]
    return max(max(ends) + 1, low) if max(ends) >= 0 else low


def _rhetorical_head(text: str, claim: Superlative) -> bool:
    """Whether the superlative ranks an open question, the writer's rhetoric
    ("the biggest question hanging over the talks"), or an issue that is one
    ("the biggest test is whether the truce holds"): nothing to measure."""
    after = _NEXT_WORD.match(text, claim.end)
    if after is None:
        return False
    word = after.group(1).lower()
    if word not in lexicon.OPEN_HEADS and word not in lexicon.ISSUE_HEADS:
        if word in lexicon.FUNCTION_WORDS:
            return False
        after = _NEXT_WORD.match(text, after.end())
        if after is None:
            return False
        word = after.group(1).lower()
    if word in lexicon.OPEN_HEADS:
        before = _words_before(text, claim.start)
        return len(before) < 2 or before[-2] not in _ASKING
    if word not in lexicon.ISSUE_HEADS:
        return False
    if _OPEN_AFTER.match(text, after.end()):
        return True
    return (
        _LINKED_BEFORE.search(text, max(0, claim.start - 20), claim.start) is not None
        and _OPENING_WHETHER.match(text, _sentence_opening(text, claim.start)) is not None
    )


#: What may open a clause before a sentence adverb: a sentence's start with
#: "Perhaps", "And", "But", "Yet" or "So" ("Perhaps most tellingly,"), or
#: one of those after a comma ("..., and most worryingly,", "and, most
#: worryingly,").
_ADVERB_OPENING = compile_pattern(
    r"(?:(?:^|[.!?:;…\n])[\s\"“‘'(*]*(?:[Pp]erhaps|[Aa]nd|[Bb]ut|[Yy]et|[Ss]o)|"
    r",\s+(?:perhaps|and|but|yet|so)|\b(?:and|but|yet),)\s+$"
)
#: What closes a sentence adverb: a comma, or the one it matters to before
#: one ("Most worryingly for the council,").
_ADVERB_CLOSE = compile_pattern(r",|\s+for\s+[^,.;!?]{1,40},")


def _sentence_adverb(text: str, start: int, low: str, end: int) -> bool:
    """Whether "most"/"least" and the -ly word ending at ``end`` open their
    sentence or clause and are set off by a comma ("Most worryingly, the
    river is still rising", "Perhaps most tellingly,", "and, most
    worryingly,"): a comment on what follows, as "most notably" is, not a
    ranking of how something was done ("prices rose most sharply, by 9
    percent, in food" opens nothing)."""
    if not low.endswith("ly") or _ADVERB_CLOSE.match(text, end) is None:
        return False
    return (
        _sentence_start(text, start)
        or _ADVERB_OPENING.search(text, max(0, start - 16), start) is not None
    )


# ---------------------------------------------------------------- detection


def _degree(text: str, start: int, end: int, lex: Lexicon) -> Superlative | None:
    """ "most" / "least" + adjective or adverb, not the quantifier."""
    before = _words_before(text, start)
    if (
        before[-1:] == ["at"]
        or before[-2:] == ["at", "very"]
        or before[-3:] == ["at", "the", "very"]
    ):
        return None  # at least 82, at most, at the very least
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return None  # "she did the most.", "at the very least."
    if before[-2:-1] == ["at"] and before[-1] in _AT_ONESELF and _nothing_ranked(text, after.end()):
        return None  # "at her most candid,": a state of hers, no one else ranked
    word = after.group(1)
    low = word.lower()
    if low in lexicon.FUNCTION_WORDS or low in lex.ignored:
        return None
    if low == "unlikely" and not _has_determiner(before):
        return None  # "It is most unlikely the club will appeal": a hedge, as "most likely"
    if _sentence_adverb(text, start, low, after.end()):
        return None  # "Perhaps most tellingly, ...": weighs the writer's point, ranks nothing
    if before[-1:] in (["a"], ["an"]):
        return None  # "a most unusual man": an intensifier, no ranking
    if _is_noun(word, capital_is_noun=text[start].islower()):
        return None  # most residents, the most votes
    if not _has_determiner(before):
        if not _is_adjective(word):
            return None
        if low.endswith("ing") and not (
            _sentence_start(text, start) or (before and before[-1] in _LINKING)
        ):
            return None  # "bar most trading": a noun in -ing, a quantity
        if _noun_follows(text, after.end()):
            return None  # "on most sunny days": a quantifier over an adjective and noun
    return Superlative(start, after.end(1), Kind.DEGREE)


def _head(text: str, start: int, end: int, lex: Lexicon) -> Superlative | None:
    word = text[start:end]
    low = word.lower()
    if not _is_head(low) or low in lex.ignored:
        return None
    left = right = None
    if text[start - 1 : start] == "-":
        left = _LEFT_COMPOUND.search(text, max(0, start - 30), start)
    if text[end : end + 1] == "-":
        right = _RIGHT_COMPOUND.match(text, end)
    if right is not None and not _ranking_compound(text, start, right.group(), right.end()):
        return None
    if right is None and low in _HARM_DEGREES and _harm_follows(text, end):
        return None  # "the towns worst hit", "were the hardest hit": "worst-hit" unhyphenated
    if right is None and low in ("hardest", "worst") and _harm_before(text, start, end):
        return None  # "will hit restaurants hardest": the harm a verb did, ranked
    if low in ("most", "least"):
        if left is not None:
            return None  # easternmost written "eastern-most"
        if right is not None:
            found: Superlative | None = Superlative(start, right.end(), Kind.DEGREE)
        else:
            found = _degree(text, start, end, lex)
    else:
        if low in lexicon.FALSE_FRIENDS or low.endswith(lexicon.FALSE_ENDINGS):
            return None  # interest, protest: read the words before only for the rest
        before = _words_before(text, start)
        if before[-1:] == ["thou"]:
            return None
        if left is not None:
            start = left.start()
        if right is not None:
            end = right.end()
        elif _after_at(before):
            after = _NEXT_WORD.match(text, end)
            if (
                after is None or after.group(1).lower() in lexicon.FUNCTION_WORDS
            ) and not _FRAME_AFTER.match(text, end):
                return None  # at best, at the latest, at its worst
            if before[-1] == "at" and low in _AT_HEDGES:
                return None  # "were at best mixed": a hedge whatever follows
        if right is not None and right.group().lower() == "-ever":
            kind = Kind.ABSOLUTE  # best-ever, biggest-ever
        else:
            kind = Kind.IRREGULAR if low in ("best", "worst") else Kind.EST
        found = Superlative(start, end, kind)
    if found is None:
        return None
    if word[0].isupper() and not word.isupper() and _capitalised_name(text, found, low):
        return None  # a name: Budapest, Best Buy, Ernest, the Best Western
    if _in_idiom(text, found.start, found.end, low, lex):
        return None
    return found


#: A capitalised word on the same line, not an acronym: "Western" in "the
#: Best Western", not "US" in "Largest US lender".
_CAPITAL_NEXT = compile_pattern(r"[ \t]+[A-Z][a-z]")


def _capitalised_name(text: str, found: Superlative, low: str) -> bool:
    """Whether a capitalised superlative is part of a name.

    Inside a sentence, a capital with no determiner before it starts a name
    (Ernest, Budapest), and so does one that goes on into another
    capitalised word, even after an article (Best Buy, the Best Western,
    The Greatest Showman); not after an owner, which ranks what it owns
    even in a slogan ("America's Finest News Source"), unless it is *Most* or
    *Least*: a capitalised degree going on into capitals is the title of an
    award or a show, whoever owns it ("the league's Most Valuable Player").
    On a Title Case line the capitals say nothing: an -est word counts, and
    *best* or *worst* after a determiner ("Some Of The Worst News").
    """
    title_case = title_case_line(text, found.start)
    if title_case and low not in _IRREGULAR:
        return False
    before = _words_before(text, found.start)
    owner = (
        bool(before)
        and before[-1].endswith(("'s", "’s", "s'", "s’"))
        and low not in ("most", "least")
    )
    # A degree is judged by the word it governs: "Most Valuable Player",
    # "the Most Rev. Leo Cushley" (an honorific, the full stop ends "Rev").
    name_end = found.start + len(low) if low in ("most", "least") else found.end
    if not title_case and not owner and _CAPITAL_NEXT.match(text, name_end):
        return True
    return not (
        _sentence_start(text, found.start)
        or _has_determiner(before)
        or (before and _is_ordinal(before[-1]))
    )


def _record_claimed(text: str, start: int) -> bool:
    """ "a new record", "set a record", "broke the previous world record":
    read on the words before "record", cheaper than a regex anchored at
    its start, which is tried at every position of the window."""
    if not start or not text[start - 1].isspace():
        return False
    words = [w.lstrip("(\"“‘'[") for w in text[max(0, start - 60) : start].lower().split()[-4:]]
    if words and words[-1] in _RECORD_CLAIM_MODIFIERS:
        return True
    if len(words) > 1 and words[-2] in _RECORD_SETTERS and words[-1].isalpha():
        return True  # "breaks course record", "sets club record": headlinese, no article
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _RECORD_SETTERS:
            return True
        if words[i] not in _RECORD_SET_WORDS and not words[i].isdigit():
            return False
    return False


#: A superlative modifying "record" ("the most-played record", "the
#: best-selling record"), which ranks records, discs or documents, as the
#: superlative reports on its own: "record" is then the noun ranked.
_RANKS_THE_RECORD = compile_pattern(r"^(?:most|least|best|worst)(?:-|$)|est(?:-|$)")


def _record_predicate(text: str, start: int, end: int) -> bool:
    """ "The crowd was a record for the stadium": "record" after a linking
    or setting verb, a determiner and up to two modifiers ("was a stadium
    record", "set a new attendance record") is a record claim unless its
    words make it a document or a disc ("was a criminal record", "is the
    record label", "was a record of the talks")."""
    words = text[max(0, start - 50) : start].lower().split()[-4:]
    for i in range(len(words) - 1, max(0, len(words) - 3) - 1, -1):
        if words[i] in _RECORD_DETERMINERS and i > 0:
            link = words[i - 1]
            if link in _RECORD_LINKS or link.endswith(("'s", "’s")) or _FIGURE_SET_OFF.match(link):
                break
    else:
        return False
    if any(w in lexicon.RECORD_BEFORE_NOUN for w in words[i + 1 :]):
        return False
    if any(_RANKS_THE_RECORD.search(w) for w in words[i + 1 :]):
        return False  # "is the most-played record on the jukebox": a disc, ranked
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() not in lexicon.RECORD_AFTER_NOUN


def _record_compound(text: str, end: int) -> bool:
    """Whether the word after "record" makes it a thing or an idiom, not a
    claim: in "Band beats record label in court" and "Man breaks record
    player" no record is beaten ("record label" and the like are listed in
    record-nouns.txt), in "set the record straight" none is set.  ("set a
    record of 9.58 seconds" is still a claim: "of" is read only after a
    linking verb, by :func:`_record_predicate`.)"""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word == "straight" or (word != "of" and word in lexicon.RECORD_AFTER_NOUN)


def _record(text: str, start: int, end: int) -> Superlative | None:
    """ "record" as a claim: "a record 210,000", "record highs", "set a new record",
    "was a record"."""
    if text[end : end + 1] == "-":
        compound = _RIGHT_COMPOUND.match(text, end)
        if compound is None or compound.group()[1:].lower() not in lexicon.RECORD_HEADS:
            return None
        end = compound.end()
    elif _record_compound(text, end):
        return None
    elif not (_record_claimed(text, start) or _record_predicate(text, start, end)):
        after = _NEXT_WORD.match(text, end)
        if after is not None and after.group(1).lower() in _RECORD_PERIODS:
            after = _NEXT_WORD.match(text, after.end())
        if text[end - 1] in "sS" or not (
            _RECORD_NUMBER.match(text, end)
            or (after is not None and after.group(1).lower() in lexicon.RECORD_HEADS)
        ):
            return None
    return Superlative(start, end, Kind.RECORD)


def _absolute_first(text: str, end: int) -> Superlative | None:
    """ "first-ever", "the first time in history": "first" as an absolute."""
    start = end - 5
    if start and text[start - 1].isalpha():
        return None
    if text[end : end + 5].lower() == "-ever":
        return Superlative(start, end + 5, Kind.ABSOLUTE)
    history = _IN_HISTORY.match(text, end)
    return Superlative(start, history.end(), Kind.ABSOLUTE) if history else None


def _word_start(text: str, end: int) -> int:
    start = end
    while start and text[start - 1].isalpha():
        start -= 1
    return start


def _candidates(text: str, lex: Lexicon) -> Iterable[Superlative]:
    for pattern in _HEAD_ENDS:
        for match in pattern.finditer(text):
            end = match.end()
            if text[max(0, end - 5) : end].lower() == "first":
                absolute = _absolute_first(text, end)
                if absolute is not None:
                    yield absolute
                continue
            start = _word_start(text, end)
            if start and (text[start - 1].isdigit() or text[start - 1] == "_"):
                continue
            found = _head(text, start, end, lex)
            if found is not None and not _not_a_ranking(text, found):
                yield found
    # the phrases' tails are matched as written, in lower case: a line set in
    # capitals ("FANS BUY RECORD 210,000 TICKETS") is read lowered
    lowered = _capitals_lowered(text)
    for start, end, phrase in lex.absolute.finditer(lowered):
        if phrase in _RECORD_PHRASES:
            found = _record(lowered, start, end)
            if found is not None and "record" not in lex.ignored:
                yield found
        elif phrase not in lex.ignored:
            yield Superlative(start, end, Kind.ABSOLUTE)


def _capitals_lowered(text: str) -> str:
    """``text`` with its lines set in capitals (a headline or a label, as wire
    copy sends them) lowered, every offset kept.  ``str`` methods, not a
    regex: a regex scan of a whole article costs more than the check."""
    parts: list[str] = []
    done = start = 0
    for line in text.split("\n"):
        if line.isupper() and len(lowered := line.lower()) == len(line):
            parts += [text[done:start], lowered]
            done = start + len(line)
        start += len(line) + 1
    return "".join([*parts, text[done:]]) if parts else text


def find_superlatives(text: str, lex: Lexicon) -> list[Superlative]:
    """Every superlative claim in ``text``, in order, with its frames.

    Overlapping candidates count once, and an absolute phrase that only frames an earlier
    superlative ("the largest ... in history") is that superlative's frame.
    """
    found: list[Superlative] = []
    for candidate in sorted(_candidates(text, lex), key=lambda c: (c.start, -c.end)):
        if found and candidate.start < found[-1].end:
            continue
        if found and any(f[0] <= candidate.start < f[1] for f in found[-1].frames):
            continue
        if _in_embedded_question(text, candidate.start) or _rhetorical_head(text, candidate):
            continue
        frames = find_frames(text, candidate.start, candidate.end)
        found.append(Superlative(candidate.start, candidate.end, candidate.kind, frames))
    return found
