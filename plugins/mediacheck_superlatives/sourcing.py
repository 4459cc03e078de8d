"""Who stands behind a superlative, read from the document model.

The quotes and attributions were found once by the analysis; this module
only ranks what covers the superlative.  A named source outranks an outlet,
an outlet outranks a vague one.
"""

from __future__ import annotations

import enum

import attrs

from mediacheck import Attribution, Document, Quote, SourceKind

__all__ = ["Backing", "Standing", "backing"]


class Standing(enum.IntEnum):
    """How well a claim is sourced, best last."""

    #: Nothing credits it: the writer's own voice.
    UNSOURCED = 0
    #: Credited to analysts, "sources", "reports", an unnamed person, or no one.
    VAGUE = 1
    #: Credited to another news outlet only: secondhand.
    OUTLET = 2
    #: Credited to a named person, organisation or document.
    NAMED = 3
    #: Inside a quotation of speech.
    QUOTED = 4


_BY_KIND = {
    SourceKind.PERSON: Standing.NAMED,
    SourceKind.ORGANIZATION: Standing.NAMED,
    SourceKind.DOCUMENT: Standing.NAMED,
    SourceKind.OUTLET: Standing.OUTLET,
    SourceKind.VAGUE: Standing.VAGUE,
    SourceKind.ANONYMOUS: Standing.VAGUE,
    SourceKind.NONE: Standing.VAGUE,
}


#: Sources that are the writer (or the reader) outside quotation marks: "I
#: think it was one of their biggest mistakes" is the writer's own voice.
_WRITER = frozenset({"i", "me", "we", "us", "you", "my", "our", "myself", "ourselves"})


@attrs.frozen
class Backing:
    standing: Standing
    #: The attribution that credits the claim, if any.
    attribution: Attribution | None = None
    #: The quotation of speech that holds the claim, if any.
    quote: Quote | None = None


def _speech_quote(document: Document, start: int, end: int) -> Quote | None:
    quote = document.quote_at(start, end)
    while quote is not None and not quote.is_speech:
        quote = document.quotes[quote.parent] if quote.parent is not None else None
    return quote


def backing(document: Document, start: int, end: int) -> Backing:
    """The best backing of the claim at ``start``..``end``."""
    quote = _speech_quote(document, start, end)
    best: Attribution | None = None
    for attribution in document.attributions_covering(start, end):
        if attribution.source is not None and attribution.source.text.lower() in _WRITER:
            continue
        if best is None or _BY_KIND[attribution.source_kind] > _BY_KIND[best.source_kind]:
            best = attribution
    if quote is not None:
        speaker = next((a for a in document.attributions if quote.index in a.quotes), best)
        return Backing(Standing.QUOTED, speaker, quote)
    if best is None:
        return Backing(Standing.UNSOURCED)
    return Backing(_BY_KIND[best.source_kind], best)
