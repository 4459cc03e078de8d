"""Where the article speaks and where someone it quotes does."""

from __future__ import annotations

from mediacheck import Document, Span

__all__ = ["in_speech_quote"]


def in_speech_quote(document: Document, span: Span) -> bool:
    """Whether ``span`` lies inside a quotation of speech, at any depth.

    What a speaker says in their own words ("experts say it will fail") is
    the speaker's sourcing, credited to them by the quote, not the article's.
    """
    return any(
        quote.is_speech and quote.inner.start <= span.start and span.end <= quote.inner.end
        for quote in document.quotes_covering(span.start, span.end)
    )
