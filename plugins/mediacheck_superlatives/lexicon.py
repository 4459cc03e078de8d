"""The rule's word lists, read once from the data files beside this module.

Each list is a plain text file with a comment header that states its scope,
so an editor can read and extend it without touching the code; projects
extend them through the rule's options instead.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from mediacheck import compile_pattern

__all__ = [
    "ABSOLUTE_TERMS",
    "ADJECTIVES",
    "FALSE_ENDINGS",
    "FALSE_FRIENDS",
    "FRAME_STOPS",
    "FUNCTION_WORDS",
    "HARM_COMPOUNDS",
    "IDIOMS",
    "ISSUE_HEADS",
    "NOT_CLAIMS",
    "NOT_SPEAKERS",
    "NOUNS",
    "OPEN_HEADS",
    "PRIZE_NOUNS",
    "RECORD_AFTER_NOUN",
    "RECORD_BEFORE_NOUN",
    "RECORD_HEADS",
    "SET_NOUNS",
    "phrase_pattern",
]

#: What a ``{poss}`` placeholder in a phrase stands for.
POSSESSIVE = r"(?:my|your|his|her|its|our|their|one's|[a-z]+['’]s)"
_PLACEHOLDERS = {"{poss}": POSSESSIVE, "{word}": r"[\w'’-]+"}


def read_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>``: one a line, ``#`` starts a comment."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@functools.cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One whole-word pattern for a list of lower-case phrases, to search in
    lower-case text; compiled once per list, when first needed rather than
    at start-up (each superlative's idioms have their own).

    The phrases share their leading words as a trie does ("do {poss} best",
    "do {poss} worst"), so each position is tried once per word, not once
    per phrase; a space matches any white space.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[""] = {}
    if not trie:
        return None
    # the root's words open the phrase: no space before them
    return compile_pattern(r"(?<![\w-])" + _trie_source(trie).removeprefix(r"\s+") + r"(?![\w-])")


_Trie = dict[str, "_Trie"]


def _trie_source(node: _Trie) -> str:
    """The pattern of the words that may follow ``node``'s; a phrase that ends
    there makes them optional, space and all ("personal best" beside
    "personal best {word}" holds before a full stop)."""
    branches = []
    for word, child in sorted(node.items()):
        if not word:
            continue
        head = _PLACEHOLDERS.get(word) or re.escape(word)
        rest = _trie_source(child)
        branches.append(head + rest)
    if not branches:
        return ""
    body = r"\s+" + (branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")")
    if "" in node:
        return f"(?:{body})?"
    return body


_FALSE_FRIENDS = read_list("false-friends.txt")
FALSE_FRIENDS = frozenset(w for w in _FALSE_FRIENDS if not w.startswith("-"))
#: Endings no superlative has: "-quest" (Ameriquest), "-interest" (Pinterest).
FALSE_ENDINGS = tuple(w[1:] for w in _FALSE_FRIENDS if w.startswith("-"))
ABSOLUTE_TERMS = read_list("absolute-terms.txt")
IDIOMS = read_list("idioms.txt")
NOT_CLAIMS = frozenset(read_list("not-claims.txt"))
ADJECTIVES = frozenset(read_list("adjectives.txt"))
NOUNS = frozenset(read_list("nouns.txt"))
FUNCTION_WORDS = frozenset(read_list("function-words.txt"))
RECORD_HEADS = frozenset(read_list("record-heads.txt"))
HARM_COMPOUNDS = frozenset(read_list("harm-compounds.txt"))
PRIZE_NOUNS = frozenset(read_list("prize-nouns.txt"))
OPEN_HEADS = frozenset(read_list("open-heads.txt"))
ISSUE_HEADS = frozenset(read_list("issue-heads.txt"))
SET_NOUNS = frozenset(read_list("set-nouns.txt"))
NOT_SPEAKERS = frozenset(read_list("not-speakers.txt"))
FRAME_STOPS = read_list("frame-stops.txt")
_RECORD_NOUNS = [entry.split() for entry in read_list("record-nouns.txt")]
#: Words before "record" that make it a document: "criminal record".
RECORD_BEFORE_NOUN = frozenset(w[0] for w in _RECORD_NOUNS if w[1:] == ["record"])
#: Words after "record" that make it a document or a disc: "record label".
RECORD_AFTER_NOUN = frozenset(w[1] for w in _RECORD_NOUNS if w[0] == "record" and len(w) == 2)
