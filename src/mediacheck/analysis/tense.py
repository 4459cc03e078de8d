"""The tense of the clause around a temporal expression, as far as it shows.

No tagger: the verbs that decide it in news copy are few and regular.  The
marker nearest before the expression in its sentence wins ("said the vote
will be held Friday" is future); with none before it, the first one after
("On Dec. 19 the council voted").  Conditionals and modals come out as
"conditional", so checks can leave hypotheticals alone.  A past verb of
intention before an infinitive ("agreed to hold the vote on Monday", "was
scheduled for") tells of a later event seen from the past: "future-in-past",
which may lie before or after publication, so no direction follows from it
(a date before such a verb is the day of the deciding, in the past).
"""

from __future__ import annotations

import bisect
import re

from mediacheck.model import Document

__all__ = ["DIRECTIONS", "TenseReader"]

#: Which way in time each tense points (see :mod:`.calendar`); the others tell nothing.
DIRECTIONS = {"past": -1, "future": 1}

_PLAN = r"(?:scheduled|set|expected|due|slated|going|planned|poised|likely|about|to)"
#: The verb group after an auxiliary, so "will be held" reads as one future marker.
_VERB = r"(?:\s+not)?(?:\s+(?:be|have|been))?(?:\s+to)?(?:\s+[a-z]+)?"
#: Verbs of intention that, in the past or as a gerund, point beyond themselves with "to".
_INTEND = (
    r"agreed|agreeing|decided|deciding|voted|voting|planned|planning|promised|promising|pledged"
    r"|pledging|vowed|vowing|scheduled|intended|hoped|aimed|threatened|offered|proposed|expected"
    r"|prepared|preparing"
)
_MARKERS = re.compile(
    rf"\b(?:(?P<conditional>(?:[Ii]f|[Uu]nless|[Ww]hether|would|could|might|should|may|were\s+to){_VERB})"
    rf"|(?P<future_in_past>(?:was|were)\s+(?:to|(?:{_PLAN})\s+(?:to|for))\b|(?:{_INTEND})\s+to\s+[a-z]+)"
    rf"|(?P<future>(?:will|won't|shall|(?:is|are|am)\s+{_PLAN}|'ll){_VERB}|plans?|planned|planning"
    r"|intends?|intended|aims?|hopes?|[Tt]omorrow|upcoming)"
    r"|(?P<past>was|were|had|did|said|told|went|came|took|made|met|held|began|left|fell|rose|won"
    r"|lost|got|gave|saw|found|became|ran|brought|spoke|wrote|sent|ago|[Yy]esterday|[a-z]{2,}ed)"
    r"|(?P<present>is|are|am|says|[Tt]oday|now))\b"
)
#: With no sentence splitting (a bare document), the window read around an expression.
_WINDOW = 160


class TenseReader:
    """Reads the tense for offsets of one document; each sentence is scanned once."""

    __slots__ = ("_cache", "_ends", "_starts", "_text")

    def __init__(self, document: Document) -> None:
        self._text = document.text
        self._starts = [s.span.start for s in document.sentences]
        self._ends = [s.span.end for s in document.sentences]
        self._cache: dict[tuple[int, int], tuple[list[int], list[str]]] = {}

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
            positions: list[int] = []
            kinds: list[str] = []
            for match in _MARKERS.finditer(self._text, *bounds):
                positions.append(match.start())
                kinds.append((match.lastgroup or "").replace("_", "-"))
            markers = (positions, kinds)
            self._cache[bounds] = markers
        positions, kinds = markers
        i = bisect.bisect_left(positions, start)
        before = [k for k, p in zip(kinds[:i], positions[:i], strict=True) if p < start]
        if "conditional" in before:
            return "conditional"
        if before:
            return before[-1]
        after = [k for k, p in zip(kinds[i:], positions[i:], strict=True) if p >= end]
        if not after:
            return None
        # "On Dec. 19 the council voted to close the pool": the date is the deciding's.
        return "past" if after[0] == "future-in-past" else after[0]
