"""mediacheck.strategies generates articles whose known facts hold, and the
parser and every installed check cope with them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import mediacheck
from mediacheck.strategies import Article, articles, publication_dates, speakers

FAST = settings(max_examples=100, deadline=None)


class TestKnownFacts:
    @FAST
    @given(articles(quoted_words=["grim"]))
    def test_every_known_span_lies_in_the_text(self, article: Article) -> None:
        known = [*article.paragraphs, *article.quotes, *article.indirect, *article.dates]
        known += [*article.superlatives, *([article.headline] if article.headline else [])]
        for span in known:
            assert 0 <= span.start < span.end <= len(article.text)
            assert article.text[span.start : span.end] == span.text

    @FAST
    @given(articles(quoted_words=["grim", "stark"]))
    def test_quoted_words_appear_only_inside_speech(self, article: Article) -> None:
        for word in ("grim", "stark"):
            start = article.text.find(word)
            while start != -1:
                assert article.inside_speech(start, start + len(word))
                start = article.text.find(word, start + 1)

    @FAST
    @given(articles(dates=True, quotes=False, indirect=False, superlatives=False))
    def test_date_values_are_what_the_text_says(self, article: Article) -> None:
        for date in article.dates:
            value = dt.date.fromisoformat(date.value or "")
            if date.text in ("today", "yesterday"):
                assert (article.published - value).days == (date.text == "yesterday")
            else:
                assert str(value.year) in date.text and str(value.day) in date.text

    @FAST
    @given(articles(min_paragraphs=2, max_paragraphs=3, headline=True))
    def test_paragraph_count_and_headline(self, article: Article) -> None:
        assert 2 <= len(article.paragraphs) <= 3
        assert article.headline is not None
        assert article.text.startswith(article.headline.text + "\n\n")

    @FAST
    @given(articles(quotes=True, indirect=False, dates=False, superlatives=False))
    def test_speakers_are_those_quoted(self, article: Article) -> None:
        assert set(article.speakers) == {q.speaker for q in article.quotes}
        for quote in article.quotes:
            assert quote.speaker is not None
            assert quote.speaker in article.text

    @given(st.data())
    @settings(max_examples=20, deadline=None)
    def test_published_strategy_is_used(self, data: st.DataObject) -> None:
        day = dt.date(2025, 12, 19)
        assert data.draw(articles(published=st.just(day))).published == day

    @given(
        speakers(),
        publication_dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31)),
    )
    @settings(max_examples=20, deadline=None)
    def test_building_blocks(self, name: str, day: dt.date) -> None:
        assert len(name.split()) == 2
        assert day.year == 2020


class TestValidation:
    """Bad arguments fail when the strategy is built, not deep inside a test."""

    @pytest.mark.parametrize(
        "kwargs",
        [
            pytest.param({"min_paragraphs": 0}, id="min-zero"),
            pytest.param({"max_paragraphs": 51}, id="max-too-big"),
            pytest.param({"min_paragraphs": 3, "max_paragraphs": 2}, id="min-over-max"),
            pytest.param({"min_paragraphs": True}, id="bool-as-int"),
            pytest.param({"headline": "yes"}, id="headline-str"),
            pytest.param({"quotes": 1}, id="quotes-int"),
            pytest.param({"quoted_words": "grim"}, id="words-str"),
            pytest.param({"quoted_words": ["a\nb"]}, id="words-newline"),
            pytest.param({"published": dt.date(2025, 1, 1)}, id="published-not-strategy"),
        ],
    )
    def test_invalid_arguments(self, kwargs: dict[str, Any]) -> None:
        with pytest.raises(InvalidArgument):
            articles(**kwargs)

    def test_dates_out_of_order(self) -> None:
        with pytest.raises(InvalidArgument, match="after"):
            publication_dates(min_value=dt.date(2021, 1, 1), max_value=dt.date(2020, 1, 1))


class TestAgainstMediacheck:
    @FAST
    @given(articles())
    def test_parse_and_check_never_crash_and_stay_in_the_text(self, article: Article) -> None:
        result = mediacheck.Engine().check(article.text, published=article.published)
        assert result.errors == ()
        for finding in result.findings:
            assert article.text[finding.span.start : finding.span.end] == finding.span.text

    @settings(max_examples=300, deadline=None)
    @given(articles(min_paragraphs=2))
    def test_parser_agrees_on_the_headline(self, article: Article) -> None:
        """No headline drawn means the parser finds none: a first paragraph
        like 'X said: "..."' must not read as one."""
        document = mediacheck.parse(article.text, published=article.published)
        found = None if document.headline is None else document.headline.text
        assert found == (None if article.headline is None else article.headline.text)

    @FAST
    @given(articles(indirect=False, quotes=True))
    def test_parser_finds_every_generated_quote(self, article: Article) -> None:
        document = mediacheck.parse(article.text, published=article.published)
        found = {(q.start, q.end) for q in document.quotes}
        assert {(q.start, q.end) for q in article.quotes} <= found
