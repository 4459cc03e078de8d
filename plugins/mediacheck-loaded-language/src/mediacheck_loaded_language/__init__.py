"""mediacheck plugin: emotive words in the writer's own voice.

Built only on mediacheck's public API (``from mediacheck import ...``), as
the plugin guide (docs/plugins.md) describes: one rule, one check, one
hook, a word list shipped as package data and extendable from configuration.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from importlib import metadata, resources
from typing import Any

from mediacheck import Check, CheckContext, Document, Finding, Rule, RuleExample, hookimpl

__all__ = ["LOADED_LANGUAGE", "WORDS", "loaded_language", "mediacheck_checks"]

#: The plugin API this plugin is written for; mediacheck refuses to load it
#: if it does not provide that API.
MEDIACHECK_API = 1

#: The plugin's name everywhere (--select, --ignore, error records), however
#: it is loaded: installed, --plugin, or Engine(plugins=[...]).
MEDIACHECK_NAME = "loaded-language"

try:
    __version__ = metadata.version("mediacheck-loaded-language")
except metadata.PackageNotFoundError:  # pragma: no cover - imported from a bare checkout
    __version__ = "0+unknown"


def _read_words() -> frozenset[str]:
    text = resources.files(__name__).joinpath("loaded_words.txt").read_text(encoding="utf-8")
    lines = (" ".join(line.lower().split()) for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


#: The shipped word list (lower case).
WORDS = _read_words()

LOADED_LANGUAGE = Rule(
    slug="loaded-language",
    title="Emotive word in the writer's own voice",
    severity="info",
    description="""\
Reports emotive words ("grim", "shockwaves", "annihilation", "slammed") where
the article speaks in its own voice.  Such words pass judgement: a report
that calls figures "grim" tells the reader how to feel about them instead of
letting the figures, or a named source, do it.

Left alone:

- words inside quotation marks, speech or scare quotes alike: they are
  someone else's words;
- words inside reported speech ("The mayor said the outlook was grim"), as
  mediacheck's attribution analysis finds it;
- capitalised words inside a sentence, which are names ("Ellen Stark").

Configure the word list in `[tool.mediacheck.options.loaded-language]`:
`extra-words` adds words or phrases, `ignore-words` drops shipped ones.
""",
    examples=[
        RuleExample(
            "The figures paint a grim picture of the city's finances.",
            flagged=["grim"],
        ),
        RuleExample(
            "The closure sent shockwaves through the town, and the council slammed the plan.",
            flagged=["shockwaves", "slammed"],
        ),
        RuleExample(
            '"This is a grim day for all of us," the mayor said.',
            note="Inside a quotation: the mayor's word, not the writer's.",
        ),
        RuleExample(
            "The mayor said the outlook for the harbour was grim.",
            note="Reported speech: the judgement is the mayor's.",
        ),
        RuleExample(
            "Critics called the new parking rules \u201cdraconian\u201d.",
            note="A scare quote holds the word at a distance.",
        ),
        RuleExample(
            "Council member Ellen Stark voted against the plan.",
            note="A capitalised word inside a sentence is a name.",
        ),
    ],
    options={"extra-words": [], "ignore-words": []},
)

_SUGGESTION = "state the facts plainly, or attribute the judgement to a named source"


def _words(extra: Sequence[str], ignore: Sequence[str]) -> frozenset[str]:
    for name, value in (("extra-words", extra), ("ignore-words", ignore)):
        if not all(isinstance(word, str) and word.strip() for word in value):
            raise ValueError(f"option {name!r} of loaded-language must list non-empty words")
    return (WORDS | {_normal(w) for w in extra}) - {_normal(w) for w in ignore}


def _normal(word: str) -> str:
    return " ".join(word.lower().split())


def _trie(words: frozenset[str]) -> str:
    """The words as one regex that branches per letter: Python's ``re`` tries
    a flat alternation word by word at every position, a trie letter by
    letter, which is several times faster on an article."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        if "" in node:
            return f"(?:{'|'.join(branches)})?"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return build(root)


@functools.lru_cache(maxsize=16)
def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One regex for the whole list, matched against the lower-cased text."""
    return re.compile(rf"\b{_trie(words)}\b")


@functools.lru_cache(maxsize=16)
def _pattern_ignorecase(words: frozenset[str]) -> re.Pattern[str]:
    """For the rare text whose lower-case form has another length."""
    return re.compile(rf"\b{_trie(words)}\b", re.IGNORECASE)


_pattern(WORDS)  # compiled at import, not in the first article's time


def _matches(text: str, words: frozenset[str]) -> Iterator[tuple[int, int]]:
    lowered = text.lower()
    pattern = _pattern(words) if len(lowered) == len(text) else _pattern_ignorecase(words)
    target = lowered if len(lowered) == len(text) else text
    for match in pattern.finditer(target):
        start, end = match.span()
        # \b treats a hyphen as a boundary; "stark-raving" is another word.
        if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
            continue
        yield start, end


def _is_name(document: Document, start: int) -> bool:
    """A capitalised word that neither opens a sentence nor sits in the headline."""
    if not document.text[start].isupper():
        return False
    if document.headline is not None and document.headline.contains(start):
        return False
    sentence = document.sentence_at(start)
    return sentence is not None and document.text[sentence.start : start].strip("\"'“‘( ") != ""


def loaded_language(document: Document, context: CheckContext) -> Iterator[Finding]:
    extra = context.option(LOADED_LANGUAGE, "extra-words")
    ignore = context.option(LOADED_LANGUAGE, "ignore-words")
    words = _words(extra, ignore) if extra or ignore else WORDS
    if not words:
        return
    text = document.text
    for start, end in _matches(text, words):
        if document.quote_at(start, end) is not None:
            continue
        if any(document.attributions_covering(start, end)) or _is_name(document, start):
            continue
        yield context.finding(
            LOADED_LANGUAGE,
            (start, end),
            f"loaded word '{' '.join(text[start:end].lower().split())}' in the writer's own voice",
            suggestion=_SUGGESTION,
        )


@hookimpl
def mediacheck_checks() -> Sequence[Check]:
    return [Check([LOADED_LANGUAGE], loaded_language)]
