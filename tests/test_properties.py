"""Whatever the text, parsing and checking never crash, every span lies inside
the text and two runs give the same output."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import mediacheck
from mediacheck.model import Document, Span
from mediacheck.serialize import document_to_dict

#: Text heavy in the characters the analysis cares about.
NEWSY = st.lists(
    st.sampled_from(
        [
            *list("abcXYZ .,;:?!-—'\"‘’“”()0123456789\n"),
            "said",
            " Mr. ",
            "Dec. 19",
            " 2025",
            "most ",
            "best",
            "Monday",
            "percent",
            "\n\n",
        ]
    ),
    max_size=120,
).map("".join)
TEXT = st.one_of(NEWSY, st.text(max_size=200))
#: Mostly this century's; now and then any, up to the calendar's ends (a CMS's 0001-01-01).
DATES = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.dates(),
    st.sampled_from([dt.date.min, dt.date.max]),
)
ENGINE = mediacheck.Engine()


def spans_of(document: Document) -> list[Span]:
    out: list[Span] = [p.span for p in document.paragraphs]
    out += [s.span for s in document.sentences]
    out += [q.span for q in document.quotes] + [q.inner for q in document.quotes]
    for a in document.attributions:
        out += [s for s in (a.source, a.cue, a.content) if s is not None]
    out += [t.span for t in document.temporal]
    out += [s for s in (document.headline, document.byline, document.dateline) if s is not None]
    return out


@settings(max_examples=150, deadline=None)
@given(TEXT, DATES)
def test_parse_spans_lie_inside_the_text(text: str, published: dt.date | None) -> None:
    document = mediacheck.parse(text, published=published)
    for span in spans_of(document):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert (span.line, span.column) == document.line_col(span.start)


@settings(max_examples=150, deadline=None)
@given(TEXT, DATES)
def test_check_is_deterministic_and_in_bounds(text: str, published: dt.date | None) -> None:
    result = ENGINE.check(text, published=published)
    assert result.errors == ()  # mediacheck.check would drop a check's failure
    first = result.findings
    assert first == ENGINE.check(text, published=published).findings
    for finding in first:
        assert text[finding.span.start : finding.span.end] == finding.span.text
        for evidence in finding.evidence:
            if evidence.span is not None:
                assert text[evidence.span.start : evidence.span.end] == evidence.span.text


@settings(max_examples=50, deadline=None)
@given(TEXT)
def test_parse_output_is_identical_twice(text: str) -> None:
    assert document_to_dict(mediacheck.parse(text)) == document_to_dict(mediacheck.parse(text))
