"""Time grows with the text, not with its square: a long transcript or live
blog of thousands of paragraphs is checked in seconds, not minutes.

Each shape is checked at two sizes, sixteen times apart; a linear run takes
about sixteen times as long, a quadratic one 256.  The best of two passes
of ``time.process_time`` keeps other work on the machine out of it."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import mediacheck
from mediacheck.analysis import analyse
from mediacheck.inputs.html import extract_html


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        mediacheck.check(text)
        best = min(best, time.process_time() - start)
    return best


SHAPES: dict[str, Callable[[int], str]] = {
    # a superlative beside each attribution, each in its paragraph or all in one
    "quoted claims": lambda n: (
        "Results\n\n"
        + "\n\n".join(f"\u201cIt is the best,\u201d Ines Varga said on day {i}." for i in range(n))
    ),
    "claims between dashes": lambda n: (
        "Results\n\n" + "the best \u2014 said Ines Varga \u2014 " * n
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_check_time_grows_linearly(shape: str) -> None:
    make = SHAPES[shape]
    mediacheck.check(make(10))  # word lists loaded before timing
    small, large = _seconds(make(250)), _seconds(make(4000))
    assert large < 30 * max(small, 0.005), (small, large)


def _page_seconds(entries: int) -> float:
    """A live blog whose every entry is stamped with a ``<time>``."""
    page = "".join(
        f'<p><time datetime="2026-03-0{entry % 7 + 1}">Monday</time> The ferry left at dawn.</p>'
        for entry in range(entries)
    )
    source = extract_html(page, "blog.html")
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        analyse(source.text, published=source.published, metadata=source.metadata)
        best = min(best, time.process_time() - start)
    return best


def test_time_elements_are_found_in_time_linear_in_the_page() -> None:
    small, large = _page_seconds(250), _page_seconds(4000)
    assert large < 30 * max(small, 0.005), (small, large)
