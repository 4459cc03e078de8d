"""The rule's word lists, read once from the data files beside this module.

Each list is a plain text file with a comment header that states its scope,
so an editor can read and extend it without touching the code; projects
extend them through the rule's options instead.
"""

from __future__ import annotations

import re
from importlib import resources

__all__ = [
    "ABSOLUTE_TERMS",
    "ADJECTIVES",
    "FALSE_FRIENDS",
    "FUNCTION_WORDS",
    "IDIOMS",
    "NOT_CLAIMS",
    "NOUNS",
    "RECORD_HEADS",
    "phrase_pattern",
]

#: What a ``{poss}`` placeholder in a phrase stands for.
POSSESSIVE = r"(?:my|your|his|her|its|our|their|one's|[A-Za-z]+'s)"


def read_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>``: one a line, ``#`` starts a comment."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive whole-word pattern for a list of phrases.

    Longer phrases come first so the alternation prefers "like never before"
    to "never before"; a space matches any white space.
    """
    if not phrases:
        return None
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        words = [POSSESSIVE if w == "{poss}" else re.escape(w) for w in phrase.split()]
        parts.append(r"\s+".join(words))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


FALSE_FRIENDS = frozenset(read_list("false-friends.txt"))
ABSOLUTE_TERMS = read_list("absolute-terms.txt")
IDIOMS = read_list("idioms.txt")
NOT_CLAIMS = frozenset(read_list("not-claims.txt"))
ADJECTIVES = frozenset(read_list("adjectives.txt"))
NOUNS = frozenset(read_list("nouns.txt"))
FUNCTION_WORDS = frozenset(read_list("function-words.txt"))
RECORD_HEADS = frozenset(read_list("record-heads.txt"))
