"""Sentence splitting that survives news style (placeholder: refined later)."""

from __future__ import annotations

import re

from mediacheck.model import Document, Sentence

__all__ = ["split_sentences"]

_END = re.compile(r"[.!?]+[\"'”’]*(?=\s+[\"'“‘(]?[A-Z0-9])")


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    text = document.text
    out: list[Sentence] = []
    for paragraph in document.paragraphs:
        start = paragraph.start
        for match in _END.finditer(text, paragraph.start, paragraph.end):
            out.append(Sentence(document.span(start, match.end()), len(out), paragraph.index))
            start = match.end()
            while start < paragraph.end and text[start].isspace():
                start += 1
        if start < paragraph.end:
            out.append(Sentence(document.span(start, paragraph.end), len(out), paragraph.index))
    return tuple(out)
