"""Dates in capitals: headlines, datelines and subheads that print whole lines in capitals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacheck.analysis import _timex, analyse
from mediacheck.analysis._capitals import TEMPORAL_WORDS, read_capitals

PUBLISHED = dt.date(2025, 12, 22)  # a Monday


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("FERRY FARES ROSE IN MAY", "MAY", "2025-05"),
        ("IN MAY THE FERRY SAILED LATE", "MAY", "2025-05"),
        ("FERRY FARES WILL RISE IN MAY", "MAY", "2026-05"),
        ("FARES HAVE RISEN SINCE LAST MARCH", "LAST MARCH", "2025-03"),
        ("FERRY TALKS RESUME ON TUESDAY", "TUESDAY", "-12-"),
        ("THE FERRY SAILED LAST TUESDAY", "LAST TUESDAY", "2025-12-16"),
        ("FARES ROSE TWO WEEKS AGO", "TWO WEEKS AGO", "2025-W50"),
        ("NEW TIMETABLE FROM NEXT MONTH", "NEXT MONTH", "2026-01"),
        ("THE MAY 4 VOTE ON FARES", "MAY 4", "-05-04"),
        # a preposition of time before the name makes it the month, whatever follows
        ("SINCE MAY SALES ROSE", "MAY", "2025-05"),
        ("FERRY FARES FROZEN UNTIL MARCH FOR STUDENTS", "MARCH", "-03"),
        ("NO FERRIES ON CHRISTMAS DAY", "CHRISTMAS DAY", "2025-12-25"),
        ("THE FERRY SANK LAST CHRISTMAS", "LAST CHRISTMAS", "2024-12-25"),
        ("EXTRA FERRIES RUN ON NEW YEAR'S EVE", "NEW YEAR'S EVE", "2025-12-31"),
    ],
)
def test_a_date_in_capitals_is_read_with_the_words_around_it(
    text: str, written: str, value: str
) -> None:
    """'IN MAY', 'LAST MARCH', 'TWO WEEKS AGO', 'CHRISTMAS DAY' in capitals are read as
    in lower case, and so are the verbs whose tense places them ('ROSE', 'WILL RISE')."""
    (found,) = analyse(text, published=PUBLISHED).temporal
    assert found.text == written
    assert value in found.value


@pytest.mark.parametrize(
    "text",
    [
        "CHINA MAY RAISE RATES",
        "THIS MAY BE THE LAST FERRY",
        "MARCH ON WASHINGTON",
        "THOUSANDS JOIN MARCH ON WASHINGTON",
        "THEIR LAST MARCH ENDED AT THE HARBOUR",
        "THERESA MAY SAID NOTHING",
        "FARES ROSE AND MAY RISE AGAIN",
        "THE LAST MAY BE THE FIRST",
        "The NOW chapter met.",
        "Reported by Ann Lee, USA TODAY",
        "Shares in AT&T fell.",
    ],
)
def test_capitals_make_no_date_of_a_verb_a_noun_or_an_acronym(text: str) -> None:
    """In capitals 'MAY' may be the modal and 'MARCH' the noun: only what follows or
    precedes them can make them months; a lone acronym in lower-case text is left alone."""
    assert analyse(text, published=PUBLISHED).temporal == ()


def test_capitals_in_a_lower_case_sentence_keep_their_case() -> None:
    """'NOW' and 'TODAY' alone amid lower case are acronyms and names, not dates."""
    text = "The NOW chapter and the TODAY show met in May."
    assert read_capitals(text) == text


@given(st.text(alphabet="ACEILMNOPRSTWY ,.'0123\nabc", max_size=60))
def test_re_spelling_keeps_every_offset(text: str) -> None:
    """Only the case of letters changes, so offsets into the text stay exact."""
    spelt = read_capitals(text)
    assert len(spelt) == len(text)
    assert spelt.lower() == text.lower()


def test_every_word_that_opens_a_form_is_re_spelt() -> None:
    """A word the gate lets through in capitals is one the re-spelling lower-cases."""
    opening = {head for head in _timex._HEADS if head.islower() and len(head) > 1}
    assert opening <= TEMPORAL_WORDS
