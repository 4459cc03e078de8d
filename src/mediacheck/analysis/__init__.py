"""Text in, :class:`~mediacheck.model.Document` out: every linguistic fact
computed once, in order, each stage reading what the earlier ones found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from mediacheck.analysis.attributions import find_attributions
from mediacheck.analysis.lexicon import BUILTIN, Lexicon, in_force
from mediacheck.analysis.quotes import find_quotes
from mediacheck.analysis.sentences import split_sentences
from mediacheck.analysis.structure import read_structure
from mediacheck.analysis.temporal import find_temporal
from mediacheck.model import Document, TextIndex, with_fields

__all__ = ["analyse"]


def analyse(
    text: str,
    *,
    id: str = "",
    published: dt.date | None = None,
    fallback_published: dt.date | None = None,
    headline: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    lexicon: Lexicon = BUILTIN,
) -> Document:
    """Analyse one article.

    ``published`` is authoritative (a corpus field, the caller's word);
    ``fallback_published`` is used only when the text names no date of its own.
    ``headline`` is a headline given beside the text, kept in the metadata.
    ``lexicon`` holds the word lists the stages read (the built-in ones plus
    a configuration's additions).
    """
    meta = dict(metadata or {})
    if headline:
        meta["headline"] = headline
    document = Document(text=text, id=id, metadata=meta, index=TextIndex(text))
    with in_force(lexicon):
        document = read_structure(document, published=published, fallback=fallback_published)
        document = with_fields(document, sentences=split_sentences(document))
        document = with_fields(document, quotes=find_quotes(document))
        document = with_fields(document, attributions=find_attributions(document))
        return with_fields(document, temporal=find_temporal(document))
