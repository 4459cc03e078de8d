"""Word lists shipped as data files, so an editor can read and extend them
without touching the matching code."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

__all__ = ["CRY_VERBS", "alternation", "asked", "initials", "load_word_set", "load_words"]


@functools.cache
def load_words(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt``: one a line, ``#`` starts a comment."""
    text = resources.files(__package__).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


def load_word_set(name: str) -> frozenset[str]:
    """Every word of ``data/<name>.txt``, for lists of word forms written several a line
    ("shout shouts shouted shouting")."""
    return frozenset(word for entry in load_words(name) for word in entry.split())


#: Cues that report a cry, a cheer or a chant, not a claim (both vague-attribution and
#: anonymous-source leave them alone).
CRY_VERBS = load_word_set("cry-verbs")

_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def asked(cue: str) -> bool:
    """Whether the cue tells that its subject was asked ("Residents were asked about
    the plan", "he is often asked"): asked, the subject has said nothing yet, so no
    claim is credited to it (what it answered has a cue of its own)."""
    words = cue.lower().split()
    return len(words) > 1 and words[-1] == "asked" and not _BE.isdisjoint(words[:-1])


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases that prefers the longest, so
    that "per cent" wins over "per"; spaces inside a phrase match any white
    space.

    The phrases are merged into a trie ("vot(?:ers|es)" rather than
    "voters|votes"): Python's engine tries a plain alternation's branches one
    by one, which costs a microsecond a position for a hundred
    case-insensitive words.  Longer branches come first, so the match is
    the one the longest-first list would give.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = trie
        for unit in word:
            node = node.setdefault(unit, {})
        node[""] = {}
    return _branches(trie)


def initials(words: Iterable[str]) -> str:
    """A lookahead for the characters the phrases open with, to put before
    a word pattern: the engine then skips the positions where no phrase can
    start without trying the alternation (a paragraph's scan for the
    context words about a third cheaper).  Empty when a phrase opens with
    white space, which the alternation reads as any white space."""
    firsts = {word[:1] for word in words}
    if not firsts or any(not first or first.isspace() for first in firsts):
        return ""
    return "(?=[" + "".join(re.escape(first) for first in sorted(firsts)) + "])"


def _branches(node: dict[str, Any]) -> str:
    parts = [
        (r"\s+" if unit == " " else re.escape(unit)) + _branches(child)
        for unit, child in sorted(node.items())
        if unit
    ]
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    group = "(?:" + "|".join(parts) + ")"
    return group + "?" if "" in node else group
