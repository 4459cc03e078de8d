"""The document's lookups give what a scan of every element gives.

``quote_at``, ``quotes_covering``, ``attributions_covering`` and
``attributions_cued`` answer from indexes built once a document (a binary
search and a short walk), so that a long article costs in proportion to its
length; these tests hold them to the plain scans they replace, on analysed
articles and on hand-made documents whose elements are out of order.
"""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import mediacheck
from mediacheck import Attribution, Document, Quote, QuoteKind, SourceKind
from mediacheck.model import with_fields
from mediacheck.strategies import articles


def scan_quote_at(document: Document, start: int, end: int) -> Quote | None:
    found = None
    for quote in sorted(document.quotes, key=lambda q: q.start):
        if quote.start <= start and end <= quote.end:
            found = quote
    return found


def scan_quotes(document: Document, start: int, end: int) -> list[Quote]:
    return [q for q in document.quotes if q.start <= start and end <= q.end]


def scan_covering(document: Document, start: int, end: int) -> list[Attribution]:
    return [a for a in document.attributions if a.content.start <= start and end <= a.content.end]


def scan_cued(document: Document, start: int, end: int) -> list[Attribution]:
    return [a for a in document.attributions if a.cue is not None and start <= a.cue.start < end]


def assert_like_scans(document: Document, offsets: list[tuple[int, int]]) -> None:
    for start, end in offsets:
        assert document.quote_at(start, end) == scan_quote_at(document, start, end)
        assert list(document.quotes_covering(start, end)) == scan_quotes(document, start, end)
        covering = list(document.attributions_covering(start, end))
        assert covering == scan_covering(document, start, end)
        assert list(document.attributions_cued(start, end)) == scan_cued(document, start, end)
    for quote in document.quotes:
        crediting = [a for a in document.attributions if quote.index in a.quotes]
        assert list(document.attributions_quoting(quote.index)) == crediting


SAMPLE = (
    'Harbour To Close\n\nThe mayor said the harbour would close. "We had no choice,'
    " and 'no money' left,\" she told reporters. Critics say the plan is rushed."
    '\n\n"It is the end of an era," Ann Lee, a fisher, said. "We will go on."\n'
)


def test_lookups_on_an_article_match_scans() -> None:
    document = mediacheck.parse(SAMPLE)
    assert document.quotes and document.attributions
    ends = range(len(SAMPLE) + 1)
    assert_like_scans(document, [(s, e) for s in range(0, len(SAMPLE), 3) for e in ends[s::7]])


@settings(max_examples=60, deadline=None)
@given(articles(), st.data())
def test_lookups_on_generated_articles_match_scans(article: object, data: st.DataObject) -> None:
    text = article.text  # type: ignore[attr-defined]
    document = mediacheck.parse(text)
    offsets = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, 40)).map(
                lambda p: (p[0], min(len(text), p[0] + p[1]))
            ),
            max_size=30,
        )
    )
    assert_like_scans(document, offsets)


def test_elements_out_of_order_are_found_too() -> None:
    document = Document("x" * 60)
    quotes = (
        Quote(document.span(30, 50), document.span(31, 49), QuoteKind.SPEECH, 0, 0),
        Quote(document.span(0, 20), document.span(1, 19), QuoteKind.SCARE, 1, 0),
        Quote(document.span(2, 10), document.span(3, 9), QuoteKind.SPEECH, 2, 0),
    )
    attributions = (
        Attribution(document.span(25, 55), None, None, SourceKind.NONE, document.span(40, 45), 0),
        Attribution(
            document.span(0, 30), None, None, SourceKind.NONE, document.span(5, 9), 1, (2, 1, 2)
        ),
        Attribution(document.span(5, 40), None, None, SourceKind.NONE, None, 2),
    )
    document = attrs.evolve(document, quotes=quotes, attributions=attributions)
    assert document.quote_at(4, 6) == quotes[2]
    assert document.quotes_covering(4, 6) == (quotes[1], quotes[2])
    assert [a.index for a in document.attributions_covering(26, 29)] == [0, 1, 2]
    assert [a.index for a in document.attributions_cued(0, 60)] == [0, 1]
    # tuples, so a plain truth test means "found something"
    assert not document.quotes_covering(58, 60) and not document.attributions_cued(56, 60)
    assert not document.attributions_covering(58, 60)
    assert_like_scans(document, [(s, e) for s in range(61) for e in range(s, 61, 4)])


def test_a_new_document_does_not_keep_the_old_ones_lookups() -> None:
    document = mediacheck.parse(SAMPLE)
    quote = document.quotes[0]
    assert document.quote_at(quote.start) == quote
    for changed in (with_fields(document, quotes=()), attrs.evolve(document, quotes=())):
        assert changed.quote_at(quote.start) is None
        assert changed == attrs.evolve(document, quotes=())
