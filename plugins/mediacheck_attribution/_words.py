"""Word lists shipped as data files, so an editor can read and extend them
without touching the matching code."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

__all__ = ["alternation", "load_words"]


@functools.cache
def load_words(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt``: one a line, ``#`` starts a comment."""
    text = resources.files(__package__).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first so that "per
    cent" wins over "per"; spaces inside a phrase match any white space."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)
