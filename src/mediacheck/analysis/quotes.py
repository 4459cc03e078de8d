"""Quotations (placeholder: refined later)."""

from __future__ import annotations

import re

from mediacheck.model import Document, Quote, QuoteKind

__all__ = ["find_quotes"]

_QUOTE = re.compile(r"“([^”]*)”|\"([^\"]*)\"")


def find_quotes(document: Document) -> tuple[Quote, ...]:
    out: list[Quote] = []
    for match in _QUOTE.finditer(document.text):
        inner_start, inner_end = match.start() + 1, match.end() - 1
        kind = QuoteKind.SCARE if len(match.group().split()) <= 3 else QuoteKind.SPEECH
        sentence = document.sentence_at(match.start())
        out.append(
            Quote(
                document.span(*match.span()),
                document.span(inner_start, inner_end),
                kind,
                len(out),
                sentence.index if sentence else 0,
            )
        )
    return tuple(out)
