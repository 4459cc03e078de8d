"""Word lists of the attribution stage, read once from ``mediacheck/data``.

The lists are data, not code, so their scope is stated where they live and
they can grow without touching the matching logic.  Long alternations are
compiled as a prefix tree: Python's regex engine tries alternatives one by
one, and a tree keeps a scan over a whole article to one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = ["entries", "trie_pattern", "word_set", "words"]


@cache
def entries(name: str) -> tuple[str, ...]:
    """The non-comment lines of data file ``name``, stripped."""
    text = resources.files("mediacheck").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``: short closed lists in code."""
    return frozenset(text.split())


def word_set(name: str) -> frozenset[str]:
    """Every word of every entry of ``name``, lower case."""
    return frozenset(word.lower() for line in entries(name) for word in line.split())


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching exactly ``words``, longest first, as a prefix tree."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(tree)


def _pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
