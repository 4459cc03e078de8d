"""Where an HTML page states its publication date, and which statement wins."""

from __future__ import annotations

import datetime as dt

import pytest

import mediacheck
from mediacheck.analysis import analyse
from mediacheck.inputs.html import extract_html
from mediacheck.model import TIME_ELEMENTS

DAY = dt.date(2023, 11, 17)
BODY = "<p>The ferry left the harbour at dawn and reached the island by noon.</p>"


@pytest.mark.parametrize(
    "page",
    [
        f'<article><h1>Ferry back</h1><p>By Rosa Vidal | <time datetime="2023-11-17">Nov. 17</time>'
        f"</p>{BODY}</article>",
        f'<article><h1>Ferry back</h1><time datetime="2023-11-17T06:45:00Z">6:45</time>{BODY}'
        f"</article>",
        f'<h1>Ferry back</h1><div class="meta"><span>Updated <time datetime="2023-11-17">today'
        f"</time></span></div>{BODY}",
        f"{BODY}<p>More.</p><p>More.</p><p>More.</p><p>More.</p><footer><time pubdate "
        f'datetime="2023-11-17">Nov. 17</time></footer>',
        f'{BODY}<span><time itemprop="datePublished dateCreated" datetime="2023-11-17"></time>'
        f"</span>",
        '<head><script type="application/ld+json">{"@type": "NewsArticle", '
        f'"datePublished": "2023-11-17T06:45:00+01:00"}}</script></head><body>{BODY}</body>',
    ],
    ids=["byline-time", "time-after-headline", "updated-time", "pubdate", "itemprop", "json-ld"],
)
def test_the_page_dates_itself(page: str) -> None:
    assert extract_html(page, "a.html").published == DAY


def test_json_ld_prefers_the_articles_own_item() -> None:
    graph = (
        '{"@graph": [{"@type": "WebPage", "datePublished": "2019-01-01"}, '
        '{"@type": ["NewsArticle"], "author": {"@type": "Person"}, '
        '"datePublished": "2023-11-17"}]}'
    )
    page = f'<head><script type="application/ld+json">{graph}</script></head><body>{BODY}</body>'
    assert extract_html(page, "a.html").published == DAY


@pytest.mark.parametrize(
    "page",
    [
        '<head><script type="application/ld+json">{"datePublished": </script></head><p>Ferry.</p>',
        '<head><script type="application/ld+json">{"dateModified": "2023-11-17"}</script></head>'
        "<p>Ferry.</p>",
        # a <time> in a sentence is an event's day, not the page's
        '<article><h1>Ferry back</h1><p>The old ferry sank on <time datetime="1998-02-03">Feb. 3,'
        " 1998</time>, in a storm.</p></article>",
        # below the header area a bare <time> tells nothing about the page
        f'<h1>Ferry</h1>{BODY * 5}<p>Archive: <time datetime="1998-02-03">1998</time></p>',
        # nor does one in the site's chrome around the article
        '<nav><time datetime="2024-01-01">Today</time></nav><article><h1>Ferry</h1>'
        f"{BODY}</article>",
    ],
    ids=["broken-json-ld", "modified-only", "time-in-a-sentence", "late-time", "site-chrome"],
)
def test_no_publication_date(page: str) -> None:
    assert extract_html(page, "a.html").published is None


def test_precedence_meta_then_json_ld_then_marked_time_then_header_time() -> None:
    meta = '<meta property="article:published_time" content="2023-11-17">'
    linked = '<script type="application/ld+json">{"datePublished": "2023-11-16"}</script>'
    marked = '<time pubdate datetime="2023-11-15"></time>'
    header = '<header><time datetime="2023-11-14"></time></header>'
    parts = [meta, linked, marked, header]
    expected = [DAY, dt.date(2023, 11, 16), dt.date(2023, 11, 15), dt.date(2023, 11, 14)]
    for i, day in enumerate(expected):
        # the statements that lose come first in the page, so order alone cannot decide
        losers = "".join(reversed(parts[i + 1 :]))
        page = f"<html><body>{losers}{parts[i]}{BODY}</body></html>"
        assert extract_html(page, "a.html").published == day


def _weekday_findings(paragraph: str) -> list[tuple[str, str]]:
    page = (
        '<article><h1>Ferry timetable</h1><p>Published <time pubdate datetime="2026-03-01">'
        f"1 March 2026</time></p>{paragraph}</article>"
    )
    source = extract_html(page, "a.html")
    document = analyse(source.text, published=source.published, metadata=source.metadata)
    return [
        (f.span.text, f.message) for f in mediacheck.check(document) if f.rule == "weekday-mismatch"
    ]


def test_a_weekday_in_a_time_element_is_read_against_its_datetime() -> None:
    """'<time datetime="2026-03-03">Monday</time>' names March 3, a Tuesday: the
    visible text stays 'Monday' and the date the markup gives is paired with it."""
    findings = _weekday_findings(
        '<p>The ferry sails on <time datetime="2026-03-03">Monday</time> at dawn.</p>'
    )
    assert findings == [("Monday", "March 3, 2026 is a Tuesday, not a Monday")]


@pytest.mark.parametrize(
    "paragraph",
    [
        '<p>The ferry sails on <time datetime="2026-03-03">Tuesday</time> at dawn.</p>',
        '<p>The ferry sails on <time datetime="2026-03-03T06:00">Tuesday morning</time>.</p>',
        "<p>The ferry sails on Monday at dawn.</p>",
        '<p>The ferry sails on Monday, <time datetime="2026-03-03">soon</time>.</p>',
    ],
)
def test_a_weekday_that_fits_or_has_no_time_element_is_not_reported(paragraph: str) -> None:
    assert _weekday_findings(paragraph) == []


def test_a_time_element_leaves_the_text_as_shown() -> None:
    with_time = extract_html('<p>Sails <time datetime="2026-03-03">Monday</time>.</p>', "a.html")
    without = extract_html("<p>Sails Monday.</p>", "a.html")
    assert with_time.text == without.text == "Sails Monday."
    ((start, end),) = [(t["start"], t["end"]) for t in with_time.metadata[TIME_ELEMENTS]]
    assert with_time.text[start:end] == "Monday"


def test_a_time_elements_date_keeps_the_part_of_day() -> None:
    page = '<p>Sails <time datetime="2026-03-03">Tuesday morning</time>.</p>'
    source = extract_html(page, "a.html")
    document = analyse(source.text, published=dt.date(2026, 3, 1), metadata=source.metadata)
    assert [(t.text, t.value) for t in document.temporal][-1] == (
        "Tuesday morning",
        "2026-03-03TMO",
    )


@pytest.mark.parametrize(
    ("datetime", "weekday"),
    [("0001-01-01T02:00Z", "Sunday"), ("9999-12-31T23:00-05:00", "Saturday")],  # a Mon, a Fri
)
def test_a_zoned_time_element_at_the_calendars_end_keeps_its_own_day(
    datetime: str, weekday: str
) -> None:
    """A zoned ``datetime`` whose day is not the weekday shown looks at the
    day before and after; at the calendar's ends (a CMS placeholder) there is
    none, and the element's own day stands."""
    page = f'<p>The ferry sails <time datetime="{datetime}">{weekday}</time>.</p>'
    source = extract_html(page, "a.html")
    document = analyse(source.text, published=None, metadata=source.metadata)
    assert [(t.text, t.value) for t in document.temporal] == [(weekday, datetime[:10])]


def _markup_findings(paragraph: str) -> list[tuple[str, str, list[str]]]:
    page = (
        '<article><h1>Ferry timetable</h1><p>Published <time pubdate datetime="2026-03-01">'
        f"1 March 2026</time></p>{paragraph}</article>"
    )
    source = extract_html(page, "a.html")
    document = analyse(source.text, published=source.published, metadata=source.metadata)
    return [
        (f.span.text, f.message, [e.note for e in f.evidence])
        for f in mediacheck.check(document)
        if f.rule == "markup-date-conflict"
    ]


def test_a_date_its_time_element_contradicts_is_reported_with_both_dates() -> None:
    """'<time datetime="2026-03-03">March 4</time>': readers see March 4, the markup
    says March 3; the shown date is reported and the evidence gives both."""
    findings = _markup_findings(
        '<p>The ferry sails on <time datetime="2026-03-03">March 4</time> at dawn.</p>'
    )
    assert findings == [
        (
            "March 4",
            "'March 4' is shown, but the page's markup dates it Tuesday, March 3, 2026",
            [
                "the text: March 4 (no year given)",
                'the markup: datetime="2026-03-03", Tuesday, March 3, 2026',
            ],
        )
    ]


@pytest.mark.parametrize("datetime", ["0001-01-01T02:00Z", "9999-12-31T23:00-05:00"])
def test_a_zoned_time_at_the_calendars_end_is_judged_on_its_own_day(datetime: str) -> None:
    """A zoned time is also weighed against the day before and after it; at
    the calendar's ends (a CMS placeholder) only the days on it are."""
    paragraph = f'<p>The ferry sails on <time datetime="{datetime}">March 4</time>.</p>'
    assert [text for text, _, _ in _markup_findings(paragraph)] == ["March 4"]


@pytest.mark.parametrize(
    "shown",
    [
        "4 March 2026",
        "March 3, 2025",
        "Wednesday, March 4, 2026",
        "April 2026",
        "03/04/2026",
    ],
)
def test_any_date_of_its_own_that_disagrees_is_reported(shown: str) -> None:
    paragraph = f'<p>The ferry sails on <time datetime="2026-03-03">{shown}</time>.</p>'
    assert [text for text, _, _ in _markup_findings(paragraph)] == [shown]


@pytest.mark.parametrize(
    "paragraph",
    [
        '<p>The ferry sails on <time datetime="2026-03-03">March 3</time>.</p>',
        '<p>The ferry sails on <time datetime="2026-03-03T09:30">3 March 2026</time>.</p>',
        '<p>The ferry sails in <time datetime="2026-03-03">March 2026</time>.</p>',
        '<p>The ferry sails <time datetime="2026-03-03">this year</time>.</p>',
        '<p>The ferry sails <time datetime="2026-03-04">today</time>.</p>',
        # 2 a.m. in London is the evening before in New York
        '<p>The ferry sailed on <time datetime="2026-03-04T02:00:00Z">March 3</time>.</p>',
        '<p>The ferry sailed on <time datetime="2026-03-02T23:00-08:00">March 3</time>.</p>',
        '<p>The ferry sails on March 4, <time datetime="2026-03-03">soon</time>.</p>',
        # a range is marked by one of its days, the first or the last
        '<p>The fair runs <time datetime="2026-03-03">March 3-5</time>.</p>',
        '<p>The fair runs <time datetime="2026-03-05">3–5 March</time>.</p>',
    ],
)
def test_a_date_that_fits_its_markup_or_has_none_of_its_own_is_not_reported(
    paragraph: str,
) -> None:
    assert _markup_findings(paragraph) == []


def test_a_range_none_of_whose_days_fits_its_markup_is_reported_once() -> None:
    paragraph = '<p>The fair runs <time datetime="2026-03-03">March 4-6</time>.</p>'
    assert [text for text, _, _ in _markup_findings(paragraph)] == ["March 4"]


def test_a_weekday_in_a_zoned_time_element_is_the_neighbouring_day_it_names() -> None:
    """'2026-03-04T02:00Z' is Tuesday evening, March 3, in New York: a page there
    shows 'Tuesday', which is no mismatch."""
    paragraph = '<p>The ferry sailed on <time datetime="2026-03-04T02:00Z">Tuesday</time>.</p>'
    assert _weekday_findings(paragraph) == []
    assert _weekday_findings(paragraph.replace("Tuesday", "Monday")) == [
        ("Monday", "March 4, 2026 is a Wednesday, not a Monday")
    ]


@pytest.mark.parametrize(
    ("paragraph", "unanchored"),
    [
        ('<p>Results are out on <time datetime="2027-05-08">May 9</time>.</p>', []),
        ('<p>Results are out on <time datetime="2027-05-08">Saturday</time>.</p>', []),
        ("<p>Results are out on May 9.</p>", ["May 9"]),
        ('<p>Results are out on <time datetime="T10:00">May 9</time>.</p>', ["May 9"]),
    ],
)
def test_a_time_element_with_a_year_anchors_the_date_it_shows(
    paragraph: str, unanchored: list[str]
) -> None:
    """A date inside a ``<time datetime>`` that gives a year is placed by the
    markup, even where the day shown differs (markup-date-conflict's business);
    an undated page leaves other year-less dates unanchored."""
    source = extract_html(f"<article><h1>Count</h1>{paragraph}</article>", "a.html")
    findings = mediacheck.check(
        analyse(source.text, metadata=source.metadata), select=["unanchored-date"]
    )
    assert [f.span.text for f in findings] == unanchored
