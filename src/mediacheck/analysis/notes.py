"""The notes an input's markup links the text to, as the model keeps them.

The inputs know where a note's mark stood and which note it names (the mark
drops out of the text); this stage only checks their offsets against the
text and builds :class:`~mediacheck.model.Note` s, so no check parses marks
again.
"""

from __future__ import annotations

from mediacheck.model import NOTES, Document, Note

__all__ = ["find_notes"]


def find_notes(document: Document) -> tuple[Note, ...]:
    """The notes the metadata gives (see :data:`~mediacheck.model.NOTES`)
    whose text lies in the document, in order of their text; a reference
    outside the text is left out."""
    given = document.metadata.get(NOTES, ())
    if not given:
        return ()
    length = len(document.text)
    kept = sorted(
        (note for note in given if 0 <= note["start"] <= note["end"] <= length),
        key=lambda note: (note["start"], note["end"]),
    )
    return tuple(
        Note(
            document.span(note["start"], note["end"]),
            str(note["label"]),
            tuple(sorted(at for at in note["references"] if 0 <= at <= length)),
            index,
        )
        for index, note in enumerate(kept)
    )
