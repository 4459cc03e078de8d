"""Notes on an article's own revision: "Correction, Tuesday, May 5: ...",
"This story was updated on Monday, Nov. 30".

Such a note is made after publication by nature, whatever its tense.  The
temporal analysis reads a year-less date in one forward from publication,
and the dates checks leave its dates alone; both read the note here, so
they agree on what one is.
"""

from __future__ import annotations

import re

from mediacheck.analysis import _regex
from mediacheck.model import Document

__all__ = ["REVISED_PIECE", "REVISION_LABEL", "revision_note"]

#: A paragraph that notes the revision opens with its label ...
REVISION_LABEL = _regex.compile(
    r"[\W_]*(?:Updated?|Correction|Corrected|Clarification|Editor['’]s\s+note)\b", re.I
)
#: ... or a sentence's subject is the piece, told that it was revised.  The
#: opening "[Tt]" then a look back for a word boundary is "\b[Tt]h" read
#: faster: the search tries one character class at each position.
REVISED_PIECE = _regex.compile(
    r"[Tt](?<=\b.)h(?:is|e)\s+(?:article|story|post|column|piece|report|page|obituary"
    r"|interview|review|blog|live\s+blog|video|headline|caption)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:amended|updated|corrected|changed|edited|revised|clarified|expanded)\b"
)


def revision_note(document: Document, start: int) -> bool:
    """Whether offset ``start`` lies in a note on the article's own revision:
    a paragraph under a label ("Correction:", "Updated Nov. 30, 2026:",
    "Editor's note:") or a sentence whose subject is the piece ("This
    article was amended on 30 November 2026 to correct ...")."""
    sentence = document.sentence_at(start)
    if sentence is None:
        return False
    if REVISED_PIECE.search(sentence.text):
        return True
    paragraph = document.paragraphs[sentence.paragraph]
    return REVISION_LABEL.match(paragraph.text) is not None
