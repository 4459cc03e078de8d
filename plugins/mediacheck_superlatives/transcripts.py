"""Turns of a Q&A transcript: paragraphs that open with a speaker label.

In "Q: Was it hard?" / "A: It was the hardest thing I have written." the
answer is the interviewee's speech, set without quotation marks.  The
document model has no notion of a transcript, so the rule reads the labels
itself: "Q:", "A:" (or "Q.", "A.") or a name in capitals ("MAYOR LIN:", "RUIZ:") at the
start of a paragraph.  One such paragraph alone is more likely a label of
the writer's ("UPDATE:", a dateline "LAGOS:"), so an article needs two
before any counts.
"""

from __future__ import annotations

from mediacheck import Document, compile_pattern
from mediacheck_superlatives import lexicon

__all__ = ["Turns"]

#: "Q:", "A:", "RUIZ:", "MAYOR ANA LIN:", maybe in bold ("**Q:**").
_LABEL = compile_pattern(
    r"(?:\*\*?)?(Q|A|[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})(?:\*\*?)?[ \t]*:"
    r"(?:\*\*?)?[ \t]"
)
#: "Q." and "A.", as the document model reads an interview's turns too, in an
#: article that asks questions so ("A. Lee runs the mill" alone is an initial).
_LETTER_LABEL = compile_pattern(r"(?:\*\*?)?([QA])(?:\*\*?)?\.(?:\*\*?)?[ \t]")


class Turns:
    """The speaker labels of a document's paragraphs, read only for the
    paragraphs that hold a claim: most articles have no label at all, and
    a scan of every paragraph would cost more than the claims."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._is_transcript: bool | None = None
        self._asks = "\nQ." in document.text or "\n**Q." in document.text

    def _label(self, start: int, end: int) -> tuple[int, int] | None:
        text = self._document.text
        label = _LABEL.match(text, start, end)
        if label is None and self._asks:
            label = _LETTER_LABEL.match(text, start, end)
        if label is None or label.group(1).lower() in lexicon.NOT_SPEAKERS:
            return None
        return label.start(1), label.end(1)

    def _transcript(self) -> bool:
        if self._is_transcript is None:
            labelled = (
                p for p in self._document.paragraphs if self._label(p.span.start, p.span.end)
            )
            self._is_transcript = (
                next(labelled, None) is not None and next(labelled, None) is not None
            )
        return self._is_transcript

    def label_at(self, offset: int) -> tuple[int, int] | None:
        """The speaker label of the transcript turn holding ``offset``, if any."""
        sentence = self._document.sentence_at(offset)
        if sentence is None:
            return None
        paragraph = self._document.paragraphs[sentence.paragraph].span
        label = self._label(paragraph.start, paragraph.end)
        return label if label is not None and self._transcript() else None
