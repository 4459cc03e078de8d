"""The tense of the clause around a temporal expression, as far as it shows.

No tagger: the verbs that decide it in news copy are few and regular.  The
marker nearest before the expression in its sentence wins ("said the vote
will be held Friday" is future); with none before it, the first one after
("On Dec. 19 the council voted").  Conditionals and modals come out as
"conditional", so checks can leave hypotheticals alone.  A past verb of
intention before an infinitive ("agreed to hold the vote on Monday", "was
scheduled for"), like a participle of planning that describes a noun ("the
festival, scheduled for Saturday, will go ahead"), tells of a later event seen
from the past or from no time at all: "future-in-past",
which may lie before or after publication, so no direction follows from it
(a date before such a verb is the day of the deciding, in the past).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator

from mediacheck.model import Document

__all__ = ["DIRECTIONS", "TenseReader"]

#: Which way in time each tense points (see :mod:`.calendar`); the others tell nothing.
DIRECTIONS = {"past": -1, "future": 1}

_PLAN = r"(?:scheduled|set|expected|due|slated|going|planned|planning|poised|likely|about|to)"
#: The verb group after an auxiliary, so "will be held" reads as one future marker.
_VERB = r"(?:\s+not)?(?:\s+(?:be|have|been))?(?:\s+to)?(?:\s+[a-z]+)?"
#: Verbs of intention that, in the past or as a gerund, point beyond themselves with "to".
_INTEND = (
    "agreed agreeing decided deciding voted voting planned planning promised promising pledged "
    "pledging vowed vowing scheduled intended hoped aimed threatened offered proposed expected "
    "prepared preparing"
)
#: Participles of planning that, with "for" or "on" and no auxiliary, describe a noun
#: ("the festival, scheduled for Saturday, will go ahead"): the planned day may lie on
#: either side of publication, whatever the clause's own verb.  After an auxiliary
#: ("is scheduled for", "was scheduled for") the auxiliary's marker holds them.  "set"
#: counts with "for" only ("set on fire").
_PLANNED = "scheduled rescheduled slated planned due timed"
#: Present verbs of intention, markers of the future only before an infinitive:
#: "plans to hold", not the noun in "endorsed the plan on April 2".
_INTENDS = "plans plan planning intends intend aims aim hopes hope"
_PAST = (
    "was were had did said told went came took made met held began left fell rose won lost got "
    "gave saw found became ran brought spoke wrote sent ago Yesterday yesterday"
)
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
        + [r"set\s+for\b"],
    ),
    (
        "future",
        [word + _VERB for word in ("will", "won't", "shall")]
        + [rf"{word}\s+{_PLAN}{_VERB}" for word in ("is", "are", "am")]
        + [rf"{word}\s+to\b" for word in _INTENDS.split()]
        + str.split("planned intended Tomorrow tomorrow upcoming"),
    ),
    ("past", _PAST.split() + [f"{char}[a-z]+ed" for char in "abcdefghijklmnopqrstuvwxyz"]),
    ("present", str.split("is are am says Today today now")),
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
#: match, "'ll" at the apostrophe.  The set lets through letters and digits
#: beyond ASCII, which are word characters: :func:`_read` drops them,
#: cheaper than a look back at every character.
_MARKERS = re.compile(
    rf"[^0-9A-Za-z_](?:(?:{_BRANCHES})|(?<=\w')(?P<contracted>ll{_VERB}))\b"
)
#: A marker at the opening of a sentence, where ``_MARKERS`` cannot see it.
_MARKER_AT = re.compile(rf"\b(?:{_BRANCHES}|'(?P<contracted>ll{_VERB}))\b")
#: With no sentence splitting (a bare document), the window read around an expression.
_WINDOW = 160


class TenseReader:
    """Reads the tense for offsets of one document; each sentence is scanned
    once, and only as far as the expressions in it need."""

    __slots__ = ("_cache", "_ends", "_starts", "_text")

    def __init__(self, document: Document) -> None:
        self._text = document.text
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

    def tense(self, start: int, end: int) -> str | None:
        """The tense that governs ``text[start:end]``, or None."""
        bounds = self._bounds(start)
        markers = self._cache.get(bounds)
        if markers is None:
            markers = self._cache[bounds] = _Markers(self._text, *bounds)
        markers.reach(start)
        positions, kinds = markers.positions, markers.kinds
        i = bisect.bisect_left(positions, start)
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

    __slots__ = ("_end", "_matches", "_text", "conditional", "kinds", "positions")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.positions: list[int] = []
        self.kinds: list[str] = []
        self.conditional = _NONE
        self._text, self._end = text, end
        first = _MARKER_AT.match(text, start, end)
        if first:
            self._add(first.start(), first.lastgroup or "")
            start = first.end()
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
                self._add(at, group)
            elif text[at] > "\x7f" and text[at].isalnum():
                self._matches = _MARKERS.finditer(text, at + 1, self._end)
            else:
                self._add(at + 1, group)

    def _add(self, position: int, group: str) -> None:
        kind = _KINDS[group]
        if kind == "conditional" and self.conditional == _NONE:
            self.conditional = len(self.kinds)
        self.positions.append(position)
        self.kinds.append(kind)


#: The index of the first conditional while none is read: past any index.
_NONE = sys.maxsize


def _read(text: str, start: int, end: int) -> tuple[list[int], list[str], int]:
    """All the markers of ``text[start:end]``, as :class:`_Markers` reads them."""
    markers = _Markers(text, start, end)
    markers.reach(end)
    return markers.positions, markers.kinds, min(markers.conditional, len(markers.kinds))
