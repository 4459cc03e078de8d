"""Word lists as regex tries.

An alternation of words (``said|says|saying|...``) makes the regex engine try
every word in turn at each position; the same words as a trie
(``sa(?:id|y(?:s|ing|))``) reject a position after a character or two.  A
trie matches the same strings, though not always by the same branch, so it
suits patterns whose matches do not depend on which word is tried first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

__all__ = ["trie", "word_trie"]


def trie(heads: Mapping[str, str], before: Sequence[str] = ()) -> str:
    """One regex for all heads, each followed by its tail (a regex), sharing
    prefixes, so each branch starts with a literal.

    Lower-case branches come first: most words are lower case, and the regex
    engine tries the branches of an alternation one by one.  ``before`` are
    regexes tried ahead of the heads as branches of the same alternation,
    so a position meets one alternation, not two nested."""
    tree: dict[str, object] = {}
    for head, tail in heads.items():
        node = tree
        for char in head:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = tail

    def emit(node: dict[str, object], before: Sequence[str] = ()) -> str:
        # a run of nodes with one character and no head ending there is
        # those characters in a row: a loop, not a call each
        run = ""
        while not before and len(node) == 1 and "" not in node:
            ((char, node),) = node.items()  # type: ignore[assignment]
            run += _escaped(char)
        keys = sorted((k for k in node if k), key=_lower_first)
        branches = [*before] + [_escaped(k) + emit(node[k]) for k in keys]  # type: ignore[arg-type]
        if "" in node:
            branches.append(f"(?:{node['']})")
        return run + (branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")")

    return emit(tree, before)


def word_trie(words: Iterable[str]) -> str:
    """The words as one regex matching exactly them."""
    return trie(dict.fromkeys(words, ""))


#: ``re.escape`` of one character, kept: a trie escapes each of its thousands.
_escaped = cache(re.escape)


def _lower_first(char: str) -> tuple[bool, str]:
    return not char.islower(), char
