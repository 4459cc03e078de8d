"""The tense of the clause around a temporal expression, as far as it shows.

No tagger: the verbs that decide it in news copy are few and regular (the
irregular pasts are a data file).  The marker nearest before the expression
in its sentence wins ("said the vote will be held Friday" is future); with
none before it, the first one after ("On Dec. 19 the council voted").  A
sentence of clauses joined by "and", "but" or ";" gives each its own tense:
a clause with no marker before the expression takes the first after it in
the clause ("Talks broke down in May, and in June the union will strike"),
and a verb in -s after "and next" or "he" is a present ("won on May 30 and
next plays June 15").  Conditionals and modals come out as
"conditional", so checks can leave hypotheticals alone.  A past verb of
intention before an infinitive ("agreed to hold the vote on Monday", "was
scheduled for"), like a participle of planning that describes a noun ("the
festival, scheduled for Saturday, will go ahead"), tells of a later event seen
from the past or from no time at all: "future-in-past",
which may lie before or after publication, so no direction follows from it
(a date before such a verb is the day of the deciding, in the past).  So does
an infinitive with no verb before it ("Costs: to be decided on Monday").
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator

from mediacheck.analysis import _regex
from mediacheck.analysis._trie import word_trie
from mediacheck.analysis.lexicon import entries
from mediacheck.model import Document

__all__ = ["DIRECTIONS", "TenseReader"]

#: Which way in time each tense points (see :mod:`.calendar`); the others tell nothing.
DIRECTIONS = {"past": -1, "future": 1}

_PLAN = r"(?:scheduled|set|expected|due|slated|going|planned|planning|poised|likely|about|to)"
#: The verb group after an auxiliary, so "will be held" reads as one future marker,
#: and so "will stay closed" and "will remain shut": a participle after a
#: linking verb tells a state, not a past event.  An adverb may stand after the
#: auxiliary ("will now be played", "will also be held", "will formally be
#: opened"), where the participle alone would read as a past.
_VERB = (
    r"(?:\s+not)?(?:\s+(?:[a-z]+ly|now|still|also|then|again|soon|never|already|even|just))?"
    r"(?:\s+(?:be|have|been|stay|remain))?(?:\s+to)?(?:\s+[a-z]+)?"
)
#: Verbs of intention that, in the past or as a gerund, point beyond themselves with "to".
_INTEND = (
    "agreed agreeing decided deciding voted voting planned planning promised promising pledged "
    "pledging vowed vowing scheduled intended hoped aimed threatened offered proposed expected "
    "prepared preparing"
)
#: Past verbs that, before "plans for" or "plans to", tell of a later event
#: seen from the past, as the verbs of intention do ("laid plans for an
#: assault in the states holding contests on March 15").
_PLANS_MADE = "laid made drew announced unveiled outlined drafted"
#: Participles of planning that, with "for" or "on" and no auxiliary, describe a noun
#: ("the festival, scheduled for Saturday, will go ahead"): the planned day may lie on
#: either side of publication, whatever the clause's own verb.  After an auxiliary
#: ("is scheduled for", "was scheduled for") the auxiliary's marker holds them.  "set"
#: counts with "for" only ("set on fire").
_PLANNED = "scheduled rescheduled slated planned due timed"
#: Present verbs of intention, markers of the future only before an infinitive:
#: "plans to hold", not the noun in "endorsed the plan on April 2".
_INTENDS = "plans plan planning intends intend aims aim hopes hope"
#: Adverbs that may stand between a subject or "and" and its verb.
_ADVERB = (
    r"(?:next|now|still|also|then|again|later|soon|currently|usually|often|always|rarely"
    r"|never|only|already|even|just|typically|normally|once)"
)
#: A verb in the third person singular present, after a pronoun ("he
#: navigates the convention in July") or as the verb of a clause joined by
#: "and"/"but" and an adverb ("won on May 30 and next plays June 15"), or
#: by "and"/"but" right after a date ("won on May 30 and plays June 15"); with
#: neither the word may be a noun: "openings and rallies since February"):
#: a word in -s, not -ss or -us ("class", "bonus"), nor "was".  The marker is
#: the pronoun or the conjunction, so the verb is read on its own ("and is to
#: resume" is a future).
_PRESENT_S = r"(?!was\b)[a-z]+s(?<![su]s)"
#: Present verbs that a participle may follow as a state ("is closed until
#: Saturday", "remain shut until Jan. 5"): the verb and the participle are one
#: present marker, where the participle alone would read as a past.
_LINKING = "is are am stays remains stay remain"
#: Markers of the past beside the irregular verbs of the data file and the -ed
#: forms; "since" points back from any tense ("will sail Friday, the first
#: since Tuesday, Dec. 29").
_PAST = "ago Yesterday yesterday since Since"
#: A weekday after "next" or "last" tells its own direction, whatever the
#: verb of the clause: "asked the council to back the rise at its meeting
#: next Tuesday, Dec. 8", "tickets go on sale next Friday, the club said".
_WEEKDAY_AHEAD = r"(?=\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b)"


def _by_initial(words: tuple[str, ...]) -> list[str]:
    """The words as one marker per initial, its rest a trie ("f(?:e(?:ll|lt)|...)"):
    a hundred words cost the branch of their letter one marker each."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return [initial + f"(?:{word_trie(rest)})" for initial, rest in rests.items()]


#: The markers of each tense, in order of precedence: at one offset the first that matches wins.
_TABLE: list[tuple[str, list[str]]] = [
    (
        "conditional",
        [
            word + _VERB
            for word in str.split(
                "If if Unless unless Whether whether would could might should may"
            )
        ]
        + [rf"were\s+to{_VERB}"],
    ),
    (
        "future-in-past",
        [rf"{word}\s+(?:to|{_PLAN}\s+(?:to|for))\b" for word in ("was", "were")]
        + [rf"{word}\s+to\s+[a-z]+" for word in _INTEND.split()]
        + [rf"{word}\s+(?:for|on)\b" for word in _PLANNED.split()]
        + [r"set\s+for\b"]
        # an infinitive with no verb before it, as notes and captions put a plan:
        # "Costs: to be decided on Monday" (after an auxiliary: "are to be" is future)
        + [r"to\s+be\s+[a-z]+ed"]
        + [rf"{verb}\s+(?:[a-z]+\s+)?plans?\s+(?:for|to)\b" for verb in _PLANS_MADE.split()],
    ),
    (
        "future",
        [word + _VERB for word in ("will", "won't", "shall")]
        + [rf"{word}\s+{_PLAN}{_VERB}" for word in ("is", "are", "am")]
        + [rf"{word}\s+to\b" for word in _INTENDS.split()]
        + str.split("planned intended Tomorrow tomorrow upcoming")
        + ["next" + _WEEKDAY_AHEAD, "Next" + _WEEKDAY_AHEAD],
    ),
    (
        "past",
        _PAST.split()
        + ["last" + _WEEKDAY_AHEAD, "Last" + _WEEKDAY_AHEAD]
        + _by_initial(entries("past_irregular.txt"))
        + [f"{char}[a-z]+ed" for char in "abcdefghijklmnopqrstuvwxyz"],
    ),
    (
        "present",
        [rf"{word}\s+(?:{_ADVERB}\s+)?[a-z]+ed" for word in _LINKING.split()]
        # "is heard on Oct. 27", "are held every May": an irregular participle after a
        # present verb, as an -ed one, where alone it would read as a past
        + [
            rf"{word}\s+(?:{_ADVERB}\s+)?(?:{'|'.join(_by_initial(entries('past_irregular.txt')))})"
            for word in _LINKING.split()
        ]
        + str.split("is are am says goes Today today now")
        + [rf"{word}(?=\s+(?:{_ADVERB}\s+)?{_PRESENT_S}\b)" for word in ("he", "she", "it")]
        + [rf"{word}(?=\s+{_ADVERB}\s+{_PRESENT_S}\b)" for word in ("and", "but")]
        + [
            rf"{word}(?<={after}{word})(?=\s+{_PRESENT_S}\b)"
            for word in ("and", "but")
            for after in (r"\d\s", r"\d,\s", r"day\s", r"day,\s")
        ],
    ),
]


#: A past participle: ``[a-z]+ed`` in the table, read here as the whole run of
#: letters (three or more after the first) and a look back for its ending.
#: Both stand before ``\b``, so both match the whole run or nothing, but this
#: one does not give the run back letter by letter at every word.
_ED, _ED_AT_ONCE = "[a-z]+ed", "[a-z]{2}[a-z]++(?<=ed)"


def _by_first_character() -> tuple[str, dict[str, str]]:
    """The markers as one branch per first character, each holding the
    markers that open with it in order of precedence, so a word is held
    against its own few markers only (the regex engine compares the
    character of each branch in C).  Each marker ends in an empty group
    named for :data:`_KINDS`: so the markers of a branch are one flat
    alternation, each opening with a literal that the engine can reject
    without entering it.  "'ll" is left to the callers, which see it after
    a word."""
    runs: dict[str, list[str]] = {}
    kinds = {"contracted": "future"}
    for kind, markers in _TABLE:
        for marker in markers:
            name = f"m{len(kinds)}"
            kinds[name] = kind
            rest = marker[1:].replace(_ED, _ED_AT_ONCE)
            runs.setdefault(marker[0], []).append(f"{rest}(?P<{name}>)")
    branches = [f"{re.escape(char)}(?:{'|'.join(rests)})" for char, rests in runs.items()]
    return "|".join(branches), kinds


_BRANCHES, _KINDS = _by_first_character()
#: The markers after a character outside words, which the pattern consumes:
#: opening with a character set lets the regex engine skip to the next such
#: character in C, where ``\b`` would be tried at every character.  Every
#: marker ends with a word character before ``\b``, so the character after
#: one is there to open the next.  A marker starts one character into its
#: match, "'ll" (or "’ll") at the apostrophe.  "'ll" opens with its first
#: "l", so that the engine looks back for the apostrophe only there, not
#: at every character where no other marker matched.  The set lets through
#: letters and digits beyond ASCII, which are word characters: :func:`_read`
#: drops them, cheaper than a look back at every character.
_MARKERS = _regex.compile(
    rf"[^0-9A-Za-z_](?:(?:{_BRANCHES})|l(?<=\w['’]l)(?P<contracted>l{_VERB}))\b"
)
#: "'ll" opening a sentence right after a word, where ``_MARKERS`` cannot
#: see it; any other marker opening a sentence ``_MARKERS`` reads from the
#: character before, so its thousands of markers are compiled once.
_CONTRACTED_AT = _regex.compile(rf"['’](?P<contracted>ll{_VERB})\b")
_WORD_CHARACTER = _regex.compile(r"\w")
#: An article right before a past form makes it an adjective, no verb of the
#: clause: "a signed performance", "the reported figures", "a broken window".
_ARTICLE_BEFORE = _regex.compile(r"(?<![\w'’])(?:[Aa]n?|[Tt]he)\s\Z")
#: Where a sentence's clauses may join: at ";", before "and" or "but".  After
#: a comma or at a semicolon it is a clause that follows; with neither it may
#: be a noun ("in Kansas and Florida on Saturday").
_CLAUSE_WORDS = (";", " and ", " but ")
#: With no sentence splitting (a bare document), the window read around an expression.
_WINDOW = 160


class TenseReader:
    """Reads the tense for offsets of one document; each sentence is scanned
    once, and only as far as the expressions in it need."""

    __slots__ = ("_cache", "_ends", "_starts", "_text")

    def __init__(self, document: Document, text: str | None = None) -> None:
        #: The document's text, or that text re-spelt with every offset kept
        #: (capitals read as lower case, see :mod:`._capitals`).
        self._text = document.text if text is None else text
        self._starts = [s.span.start for s in document.sentences]
        self._ends = [s.span.end for s in document.sentences]
        self._cache: dict[tuple[int, int], _Markers] = {}

    def _bounds(self, start: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and start < self._ends[i]:
            return self._starts[i], self._ends[i]
        text = self._text
        a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - _WINDOW) + 1
        ends = (text.find(".", start), text.find("\n", start), start + _WINDOW)
        b = min(x for x in ends if x >= 0)
        return max(a, 0), b

    def sentence(self, offset: int) -> tuple[int, int]:
        """Where the sentence (or the window read) around ``offset`` starts and ends."""
        return self._bounds(offset)

    def tense(self, start: int, end: int) -> str | None:
        """The tense that governs ``text[start:end]``, or None."""
        bounds = self._bounds(start)
        markers = self._cache.get(bounds)
        if markers is None:
            markers = self._cache[bounds] = _Markers(self._text, *bounds)
        markers.reach(start)
        positions, kinds = markers.positions, markers.kinds
        i = bisect.bisect_left(positions, start)
        if i and markers.conditional >= i and not _joint(self._text, positions[i - 1], start):
            return kinds[i - 1]  # the nearest marker before is in the expression's clause
        own = markers.clause_tense(start, end, i)
        if own is not None:
            return own
        if markers.conditional < i:
            return "conditional"
        if i:
            return kinds[i - 1]
        markers.reach(end)
        j = bisect.bisect_left(positions, end)
        if j == len(kinds):
            return None
        # "On Dec. 19 the council voted to close the pool": the date is the deciding's.
        return "past" if kinds[j] == "future-in-past" else kinds[j]


class _Markers:
    """The markers of ``text[start:end]``, read from the left as far as asked:
    their offsets, their kinds, and the index of the first conditional (past
    any index while there is none).

    A match after a letter or digit beyond ASCII is dropped and the search
    goes on from the character after it, as a look back would have made it."""

    __slots__ = (
        "_breaks",
        "_end",
        "_matches",
        "_start",
        "_text",
        "conditional",
        "kinds",
        "positions",
    )

    def __init__(self, text: str, start: int, end: int) -> None:
        self.positions: list[int] = []
        self.kinds: list[str] = []
        self.conditional = _NONE
        self._text, self._start, self._end = text, start, end
        self._breaks: list[int] | None = None
        if start and not _WORD_CHARACTER.match(text, start - 1):
            # the character before is outside words: the search opens on it, so a
            # marker opening the sentence is read as any other, every look back
            # seeing the text ("'ll" there, after no word of the sentence, is dropped)
            start -= 1
        else:
            first = _opening(text, start, end)
            if first:
                self._add(start, first[1])
                start = first[0]
        self._matches: Iterator[re.Match[str]] | None = _MARKERS.finditer(text, start, end)

    def reach(self, offset: int) -> None:
        """Reads on until a marker at or after ``offset``, or the end."""
        positions, text = self.positions, self._text
        while self._matches is not None and not (positions and positions[-1] >= offset):
            match = next(self._matches, None)
            if match is None:
                self._matches = None
                break
            at, group = match.start(), match.lastgroup or ""
            if group == "contracted":
                if at < self._start:  # "'ll" opening the sentence: no word of it before
                    self._matches = _MARKERS.finditer(text, self._start, self._end)
                else:
                    self._add(at, group)
            elif text[at] > "\x7f" and text[at].isalnum():
                self._matches = _MARKERS.finditer(text, at + 1, self._end)
            elif not (
                _KINDS[group] == "past" and _ARTICLE_BEFORE.search(text, max(0, at - 4), at + 1)
            ):
                self._add(at + 1, group)

    def clause_tense(self, start: int, end: int, before: int) -> str | None:
        """The tense of the clause holding ``text[start:end]``, where the
        sentence joins clauses with "and", "but" or ";" and that clause has
        a marker of its own: the nearest before the expression (a modal of
        the clause before no longer counts: "could have won on May 3 but
        lost on May 9"), else, after a comma or semicolon, the first after
        it in the clause ("Talks broke down in May, and in June the union
        will strike": June is future).  None where the sentence is one
        clause or the clause has no marker; ``before`` is the number of
        markers before ``start``, all read."""
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = _clause_breaks(self._text, self._start, self._end)
        if not breaks:
            return None
        k = bisect.bisect_right(breaks, start)
        opening = breaks[k - 1] if k else self._start
        closing = breaks[k] if k < len(breaks) else self._end
        positions, kinds = self.positions, self.kinds
        first = bisect.bisect_left(positions, opening)
        if first < before:
            return "conditional" if "conditional" in kinds[first:before] else kinds[before - 1]
        text = self._text
        if self.conditional < before or (k and text[opening] != ";" and text[opening - 1] != ","):
            # "If it passes and is signed on May 9, it becomes law" is conditional;
            # "in Kansas and Florida on Saturday, CNN reported" names places
            return None
        self.reach(end)
        j = bisect.bisect_left(positions, end)
        if j < len(kinds) and positions[j] < closing:
            return "past" if kinds[j] == "future-in-past" else kinds[j]
        return None

    def _add(self, position: int, group: str) -> None:
        kind = _KINDS[group]
        if kind == "conditional" and self.conditional == _NONE:
            self.conditional = len(self.kinds)
        self.positions.append(position)
        self.kinds.append(kind)


def _opening(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The end and group of the marker at ``start``, as a word boundary, the
    markers and a word boundary would find it within ``text[start:end]``,
    where no character outside words stands before ``start``."""
    if start:
        # no boundary before a word character here: only "'ll" can open
        match = _CONTRACTED_AT.match(text, start, end)
        return (match.end(), "contracted") if match else None
    # at the opening of the text, after a line break put before it ("'ll" cannot open it)
    match = _MARKERS.match("\n" + text[:end])
    return (match.end() - 1, match.lastgroup or "") if match else None


def _joint(text: str, start: int, end: int) -> bool:
    """Whether clauses may join in ``text[start:end]``."""
    find = text.find
    return (
        find(" and ", start, end) != -1 or find(" but ", start, end) != -1 or ";" in text[start:end]
    )


def _clause_breaks(text: str, start: int, end: int) -> list[int]:
    """The offsets of the clause joints of ``text[start:end]`` (";", or the
    space before "and" and "but"), found with ``str.find``: a regex would
    try every space."""
    breaks = []
    for word in _CLAUSE_WORDS:
        at = text.find(word, start, end)
        while at != -1:
            breaks.append(at)
            at = text.find(word, at + 1, end)
    breaks.sort()
    return breaks


#: The index of the first conditional while none is read: past any index.
_NONE = sys.maxsize


def _read(text: str, start: int, end: int) -> tuple[list[int], list[str], int]:
    """All the markers of ``text[start:end]``, as :class:`_Markers` reads them."""
    markers = _Markers(text, start, end)
    markers.reach(end)
    return markers.positions, markers.kinds, min(markers.conditional, len(markers.kinds))
