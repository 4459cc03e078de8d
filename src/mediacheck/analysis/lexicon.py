"""Word lists of the analysis, read once from ``mediacheck/data``, and the
:class:`Lexicon` that extends them.

The lists are data, not code, so their scope is stated where they live and
they can grow without touching the matching logic.  A newsroom adds its own
entries (``[lexicon]`` in the configuration) without forking: a
:class:`Lexicon` is the built-in lists plus those additions, minus the
entries it removes.

The stages compile their lists into regexes and sets once per lexicon, not
per document: :func:`per_lexicon` keeps a stage's tables by lexicon, and
:func:`in_force` puts a lexicon's tables in force for the analysis of one
document.  Context variables rather than parameters carry them because the
tables are read deep inside each stage's helpers; they are set and reset
around each document, so engines with different lexicons in one process (or
thread) never see each other's, and reading them costs one C call.

Long alternations are compiled as a prefix tree: Python's regex engine tries
alternatives one by one, and a tree keeps a scan over a whole article to one
pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from typing import Any, TypeVar

import attrs

__all__ = [
    "BUILTIN",
    "LISTS",
    "Lexicon",
    "entries",
    "in_force",
    "per_lexicon",
    "trie_pattern",
    "word_set",
    "words",
]

T = TypeVar("T")

#: The lists a configuration may extend: key -> data file.  Left out: the
#: pronouns (a closed class, with genders) and the tense stage's irregular
#: pasts (a grammar fact, not a newsroom's vocabulary).
LISTS: Mapping[str, str] = {
    "abbreviations": "abbreviations.txt",
    "anonymous-sources": "sources_anonymous.txt",
    "claim-nouns": "claim_nouns.txt",
    "cue-nouns": "cue_nouns.txt",
    "cue-verbs": "cue_verbs.txt",
    "documents": "sources_documents.txt",
    "newspaper-words": "sources_newspaper_words.txt",
    "organizations": "sources_organizations.txt",
    "outlets": "sources_outlets.txt",
    "person-nouns": "sources_person_nouns.txt",
    "places": "sources_places.txt",
    "sentence-starters": "sentence_starters.txt",
    "speech-verbs": "speech_verbs.txt",
    "titles": "titles.txt",
    "vague-sources": "sources_vague.txt",
}
_FILES = {file: key for key, file in LISTS.items()}
#: Lists whose line names one thing by its first word (a verb and its forms,
#: an abbreviation and its class): an ignored entry removes the line it opens.
_KEYED_BY_FIRST_WORD = frozenset(
    {"abbreviations", "claim-nouns", "cue-nouns", "cue-verbs", "person-nouns"}
)
_ABBREVIATION_KINDS = ("title", "number", "final")

Additions = tuple[tuple[str, tuple[str, ...]], ...]


def _additions(value: Mapping[str, Iterable[str]] | Additions) -> Additions:
    """A mapping of list key -> entries as a sorted, hashable tuple, checked."""
    pairs = value.items() if isinstance(value, Mapping) else value
    out = []
    for key, items in sorted(pairs):
        if key not in LISTS:
            raise ValueError(f"no word list {key!r} (lists: {', '.join(LISTS)})")
        cleaned = tuple(sorted({" ".join(item.split()) for item in items}))
        if "" in cleaned:
            raise ValueError(f"an entry of {key!r} is empty")
        if cleaned:
            out.append((key, cleaned))
    return tuple(out)


def _check_abbreviations(extra: Additions) -> None:
    for key, items in extra:
        for item in items if key == "abbreviations" else ():
            parts = item.split()
            if (
                not parts[0].endswith(".")
                or len(parts) > 2
                or parts[1:2]
                not in (
                    [],
                    *([kind] for kind in _ABBREVIATION_KINDS),
                )
            ):
                raise ValueError(
                    f"abbreviation {item!r} must end in '.' and may be followed by "
                    f"its class ({', '.join(_ABBREVIATION_KINDS)})"
                )


@attrs.frozen(cache_hash=True)
class Lexicon:
    """The analysis word lists: the built-in ones plus ``extra`` entries, minus
    ``ignore`` ones, both by list key (see :data:`LISTS`).

    An extra entry has the format of its data file (``"opine opines opined
    opining"`` for a cue verb, ``"Sgt. title"`` for an abbreviation, whose
    class defaults to ``final``), except that an extra anonymous-source phrase
    is plain text, not a regex.  Hashable, so stages key their tables by it.
    """

    extra: Additions = attrs.field(default=(), converter=_additions)
    ignore: Additions = attrs.field(default=(), converter=_additions)

    def __attrs_post_init__(self) -> None:
        _check_abbreviations(self.extra)

    def entries(self, name: str) -> tuple[str, ...]:
        """The entries of a word list under this lexicon: ``name`` is its data
        file (``"speech_verbs.txt"``) or its key in ``[lexicon]``
        (``"speech-verbs"``)."""
        name = LISTS.get(name, name)
        try:
            return _entries(name, self)
        except FileNotFoundError:
            lists = ", ".join(f"{key} ({file})" for key, file in LISTS.items())
            raise KeyError(f"no word list {name!r}; the lists: {lists}") from None


#: The built-in lists as shipped.
BUILTIN = Lexicon()
#: Each stage's tables in force, and how to get them for a lexicon.
_STAGES: list[tuple[ContextVar[Any], Callable[[Lexicon], Any]]] = []


@contextmanager
def in_force(lexicon: Lexicon) -> Iterator[None]:
    """Analyse under ``lexicon`` for the duration of the block."""
    tokens = [(tables, tables.set(of(lexicon))) for tables, of in _STAGES]
    try:
        yield
    finally:
        for tables, token in reversed(tokens):
            tables.reset(token)


def per_lexicon(build: Callable[[Lexicon], T]) -> Callable[[], T]:
    """A function giving the tables ``build`` makes from the lexicon in force.

    Each lexicon's are built on first use and kept; the built-in lexicon's
    at once, as the stages compiled theirs at import before lexicons existed.
    """
    built = {BUILTIN: build(BUILTIN)}

    def of(lexicon: Lexicon) -> T:
        found = built.get(lexicon)
        if found is None:
            found = built[lexicon] = build(lexicon)
        return found

    tables: ContextVar[T] = ContextVar(f"{build.__module__} tables", default=built[BUILTIN])
    _STAGES.append((tables, of))
    return tables.get


@cache
def _builtin(name: str) -> tuple[str, ...]:
    text = resources.files("mediacheck").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def _entries(name: str, lexicon: Lexicon) -> tuple[str, ...]:
    key = _FILES.get(name, "")
    lines = _builtin(name)
    ignored = set(dict(lexicon.ignore).get(key, ()))
    if ignored:
        first = key in _KEYED_BY_FIRST_WORD
        lines = tuple(line for line in lines if (line.split()[0] if first else line) not in ignored)
    added = dict(lexicon.extra).get(key, ())
    if key == "anonymous-sources":
        added = tuple(re.escape(phrase.lower()) for phrase in added)
    elif key == "abbreviations":
        added = tuple(item if " " in item else item + " final" for item in added)
    return lines + added


def entries(name: str, lexicon: Lexicon = BUILTIN) -> tuple[str, ...]:
    """The non-comment lines of data file ``name``, stripped, under ``lexicon``."""
    return _entries(name, lexicon)


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``: short closed lists in code."""
    return frozenset(text.split())


def word_set(name: str, lexicon: Lexicon = BUILTIN) -> frozenset[str]:
    """Every word of every entry of ``name``, lower case."""
    return frozenset(word.lower() for line in entries(name, lexicon) for word in line.split())


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
    # A run of nodes with one character and no word ending is those
    # characters in a row: read in a loop, not a call each (most of a
    # trie's nodes are the tails of single words).
    run = ""
    while len(node) == 1:
        ((char, child),) = node.items()
        if not char:
            return run
        run += _escaped(char)
        node = child
    ends = "" in node
    branches = [_escaped(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return run
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return run + "(?:" + body + ")?"
    return run + body


#: ``re.escape`` of one character, kept: a trie escapes each of its thousands.
_escaped = cache(re.escape)
