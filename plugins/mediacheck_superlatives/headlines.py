"""Headlines set in Title Case, where a capital says nothing about a name."""

from __future__ import annotations

import re

from mediacheck import compile_pattern

__all__ = ["title_case_line"]

_LONG_WORD = compile_pattern(r"[A-Za-z][\w'’-]{3,}")


def title_case_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is a headline in Title Case, where
    a capital says nothing about a name: "Rate Falls to Lowest Level".  The
    line is one short sentence whose words of four letters or more all
    start with a capital (Title Case keeps only short function words low)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > 160 or re.search(r"[.!?]\s", line):
        return False
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and all(w[0].isupper() for w in words)
