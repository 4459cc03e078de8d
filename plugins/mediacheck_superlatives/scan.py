"""Fast whole-word search for a list of phrases.

Python's ``re`` scans quickly only for a pattern that starts with a literal:
an alternation of fifteen phrases costs ten times as much as one literal.  So
each phrase is split into a short head, checked by hand on each hit (its
case varies at the start of a sentence), and a tail that starts with a
character shared by as many other tails as possible; each group of tails is
compiled as one trie that starts with that literal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mediacheck import compile_pattern

__all__ = ["PhraseFinder", "trie_pattern"]

_Trie = dict[str, "_Trie"]


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex source matching any of ``phrases``, sharing their prefixes so
    that each hit is tried once, not once per phrase; a space matches any
    white space."""
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _word_char(char: str) -> bool:
    """A hyphen does not join words here: "near-record", "record-breaking"."""
    return char.isalnum() or char == "_"


_MAX_HEAD = 4
_MIN_TAIL = 4

#: English letters, most common first: a scan for a common letter stops, and
#: tries its tails, more often.
_COMMON_FIRST = "etaoinshrdlcumwfgypbvkjxqz"
#: What one more scan costs, against a letter's rank from the rare end (z = 1).
_SCAN_COST = 10.0


def _letter_cost(char: str) -> float:
    rank = _COMMON_FIRST.find(char)
    return float(len(_COMMON_FIRST) - rank) if rank >= 0 else 1.0


def _anchors(phrases: set[str]) -> dict[str, int]:
    """For each phrase, how many leading characters to check by hand.

    The rest of the phrase, its tail, is what the regex scans for; phrases
    whose tails start with the same character share one scan.  Characters
    are chosen greedily at the least cost per phrase covered: a scan costs
    a fixed amount plus how common its letter is.  Heads stay short and
    tails long, so a hit is rare ("ever" or "time" alone would be common).
    """
    options: dict[str, dict[str, int]] = {}
    for phrase in phrases:
        choices: dict[str, int] = {}
        for k in range(1, min(_MAX_HEAD, len(phrase) - _MIN_TAIL) + 1):
            if phrase[k].isalnum():
                choices.setdefault(phrase[k], k)
        options[phrase] = choices or {phrase[1]: 1}
    chosen: dict[str, int] = {}
    uncovered = set(phrases)
    while uncovered:
        counts: dict[str, int] = {}
        for phrase in uncovered:
            for char in options[phrase]:
                counts[char] = counts.get(char, 0) + 1

        char = min(counts, key=lambda c: ((_SCAN_COST + _letter_cost(c)) / counts[c], c))
        for phrase in sorted(uncovered):
            if char in options[phrase]:
                chosen[phrase] = options[phrase][char]
                uncovered.discard(phrase)
    return chosen


class PhraseFinder:
    """Finds whole-word occurrences of phrases; the hand-checked head of each
    is case-insensitive ("Unprecedented" at a sentence start), the tail is
    matched as written."""

    def __init__(self, phrases: Iterable[str]) -> None:
        normal = {" ".join(p.lower().split()) for p in phrases}
        normal = {p for p in normal if len(p) >= 2}
        groups: dict[str, list[str]] = {}
        #: tail -> [(head, phrase)]
        self._heads: dict[str, list[tuple[str, str]]] = {}
        for phrase, k in sorted(_anchors(normal).items()):
            tail = phrase[k:]
            groups.setdefault(tail[0], []).append(tail)
            self._heads.setdefault(tail, []).append((phrase[:k], phrase))
        self._patterns = [
            compile_pattern(trie_pattern(tails)) for _, tails in sorted(groups.items())
        ]

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, phrase) of every phrase in ``text``, scan by scan."""
        for pattern in self._patterns:
            for match in pattern.finditer(text):
                end = match.end()
                if end < len(text) and _word_char(text[end]):
                    continue
                anchor = match.start()
                for head, phrase in self._heads.get(" ".join(match.group().split()), ()):
                    start = anchor - len(head)
                    if start < 0 or text[start:anchor].lower() != head:
                        continue
                    if start and _word_char(text[start - 1]):
                        continue
                    yield start, end, phrase
                    break
