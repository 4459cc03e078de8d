"""Hypothesis strategies for news articles whose facts are known in advance.

``articles()`` builds an article with a headline, paragraphs, direct and
indirect quotes by known speakers, dates with a known value against a known
publication date, and superlatives, and returns it together with where each
of those lies, so a property test can state more than "does not crash":
that a check never reports inside a quote, that every quote gets its
speaker, that a date resolves to its value.

This module imports hypothesis; nothing else in mediacheck does, so
hypothesis stays a test-time dependency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

__all__ = ["Article", "Known", "articles", "publication_dates", "speakers"]


@attrs.frozen
class Known:
    """Something the generator put into the text on purpose."""

    start: int
    end: int
    text: str
    #: Who said it, for quotes and indirect speech.
    speaker: str | None = None
    #: The TIMEX3 value, for dates (``2025-12-19``).
    value: str | None = None


@attrs.frozen
class Article:
    """A generated article and what is known about it.

    Offsets are Python string indices into ``text``, as in the document model.
    """

    text: str
    #: Pass it as ``published=``: the article's own text carries no date line.
    published: dt.date
    headline: Known | None
    paragraphs: tuple[Known, ...]
    #: Direct quotes, marks included, each with its speaker.
    quotes: tuple[Known, ...]
    #: Reported speech: the content clause, with its speaker.
    indirect: tuple[Known, ...]
    dates: tuple[Known, ...]
    #: The superlative word or phrase ("largest", "most expensive").
    superlatives: tuple[Known, ...]

    @property
    def speakers(self) -> tuple[str, ...]:
        """Everyone quoted, directly or not, in order of first appearance."""
        names = (k.speaker for k in (*self.quotes, *self.indirect) if k.speaker)
        return tuple(dict.fromkeys(names))

    def inside_speech(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies in a quote or in reported speech."""
        return any(k.start <= start and end <= k.end for k in (*self.quotes, *self.indirect))


_FIRST = ("Maria", "Jonas", "Amara", "Tomasz", "Leila", "Daniel", "Ines", "Kwame", "Sofia", "Ravi")
_LAST = ("Keller", "Novak", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Ruiz", "Byrne")
_ROLES = (
    "the city's finance minister",
    "a spokesperson for the council",
    "the head of the transport union",
    "the mayor",
    "a senior engineer on the project",
)
_SUBJECTS = ("We", "They", "The council", "Our members", "The ministry", "Nobody here")
_VERBS = (
    "will rebuild",
    "cannot accept",
    "must fund",
    "should delay",
    "will review",
    "could block",
)
_OBJECTS = ("old bridge", "budget", "new school", "rail line", "harbour plan")
_TAILS = ("", " before winter", " this year", " without more money", " as soon as possible")
_NEUTRAL = (
    "The council met on the third floor of the town hall.",
    "Residents lined up outside the building.",
    "The plan has been debated for several months.",
    "Engineers inspected the site again.",
    "Traffic was diverted around the square.",
    "The proposal now goes to a second reading.",
)
#: How a first line ends that the parser does not take for a headline.
_NOT_A_HEADLINE = (".", ":", ",")
_EVENTS = ("The vote took place {date}.", "Work on the site began {date}.")
_SUPERLATIVES = ("largest", "most expensive", "biggest", "oldest", "busiest", "most ambitious")
_THINGS = ("project", "crowd", "budget", "bridge", "protest")
_HEADLINE_WORDS = ("Council", "Approves", "Bridge", "Budget", "Delays", "Rail", "Plan", "Vote")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: AP style abbreviates only these months.
_AP_MONTHS = {
    "January": "Jan.",
    "February": "Feb.",
    "August": "Aug.",
    "September": "Sept.",
    "October": "Oct.",
    "November": "Nov.",
    "December": "Dec.",
}
_MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be True or False")


def _check_int(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidArgument(f"{name}={value!r} must be an integer from {low} to {high}")
    return value


def speakers() -> st.SearchStrategy[str]:
    """Full names ("Maria Keller") of the people articles quote."""
    return st.builds(lambda f, last: f"{f} {last}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


def publication_dates(
    *, min_value: dt.date = dt.date(1990, 1, 1), max_value: dt.date = dt.date(2040, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Publication dates, kept away from the calendar's ends so that the
    article's dates (up to two years either side) stay valid."""
    if not isinstance(min_value, dt.date) or not isinstance(max_value, dt.date):
        raise InvalidArgument("min_value and max_value must be dates")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is after max_value={max_value}")
    return st.dates(max(min_value, dt.date(3, 1, 1)), min(max_value, dt.date(9997, 12, 31)))


class _Builder:
    """Appends text while recording where the known parts land."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def known(self, text: str, **facts: str | None) -> Known:
        start, end = self.add(text)
        return Known(start, end, text, **facts)


def articles(
    *,
    min_paragraphs: int = 1,
    max_paragraphs: int = 5,
    headline: bool | None = None,
    quotes: bool = True,
    indirect: bool = True,
    dates: bool = True,
    superlatives: bool = True,
    quoted_words: Sequence[str] = (),
    published: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[Article]:
    """Articles with known quotes, speakers, dates and superlatives.

    ``headline`` None means "sometimes".  ``quoted_words`` are words placed
    only inside quotes and reported speech, for checks that must ignore
    what others said (emotive words, superlatives).  ``published`` draws the
    publication date (default: :func:`publication_dates`).
    """
    low = _check_int("min_paragraphs", min_paragraphs, 1, 50)
    high = _check_int("max_paragraphs", max_paragraphs, 1, 50)
    if low > high:
        raise InvalidArgument(f"min_paragraphs={low} exceeds max_paragraphs={high}")
    if headline is not None:
        _check_bool("headline", headline)
    for name, flag in (("quotes", quotes), ("indirect", indirect), ("dates", dates)):
        _check_bool(name, flag)
    _check_bool("superlatives", superlatives)
    if isinstance(quoted_words, str) or not all(
        isinstance(w, str) and w.strip() and "\n" not in w and '"' not in w for w in quoted_words
    ):
        raise InvalidArgument("quoted_words must be a sequence of non-empty words without quotes")
    if published is not None and not isinstance(published, st.SearchStrategy):
        raise InvalidArgument("published must be a strategy of dates, e.g. st.just(date)")
    kinds = ["neutral"]
    kinds += ["quote"] * quotes + ["indirect"] * indirect + ["date"] * dates
    kinds += ["superlative"] * superlatives
    return _articles(
        low,
        high,
        headline,
        tuple(kinds),
        tuple(quoted_words),
        publication_dates() if published is None else published,
    )


@st.composite
def _articles(
    draw: st.DrawFn,
    low: int,
    high: int,
    headline: bool | None,
    kinds: tuple[str, ...],
    quoted_words: tuple[str, ...],
    published_dates: st.SearchStrategy[dt.date],
) -> Article:
    published = draw(published_dates)
    out = _Builder()
    found: dict[str, list[Known]] = {"quote": [], "indirect": [], "date": [], "superlative": []}
    title = None
    if headline if headline is not None else draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(_HEADLINE_WORDS), min_size=2, max_size=6))
        title = out.known(" ".join(words))
        out.add("\n\n")
    paragraphs = []
    for p in range(draw(st.integers(low, high))):
        if p:
            out.add("\n\n")
        start = out.length
        for s in range(draw(st.integers(1, 4))):
            if s:
                out.add(" ")
            kind = draw(st.sampled_from(kinds))
            _SENTENCES[kind](draw, out, found, quoted_words, published)
        if not p and title is None and not "".join(out.parts).endswith(_NOT_A_HEADLINE):
            # a first line that ends in a closing quote reads as a headline:
            # end the paragraph the way a headline never does
            out.add(" " + draw(st.sampled_from(_NEUTRAL)))
        paragraphs.append(Known(start, out.length, "".join(out.parts)[start:]))
    return Article(
        "".join(out.parts),
        published,
        title,
        tuple(paragraphs),
        tuple(found["quote"]),
        tuple(found["indirect"]),
        tuple(found["date"]),
        tuple(found["superlative"]),
    )


def _clause(draw: st.DrawFn, quoted_words: tuple[str, ...]) -> str:
    """Words someone says, with a quoted word slipped in when asked for."""
    words = [
        draw(st.sampled_from(_SUBJECTS)),
        draw(st.sampled_from(_VERBS)),
        draw(st.sampled_from(("the", "this"))),
        draw(st.sampled_from(_OBJECTS)),
    ]
    slip_in: bool = bool(quoted_words) and draw(st.booleans())
    if slip_in:
        words.insert(3, draw(st.sampled_from(quoted_words)))
    return " ".join(words) + draw(st.sampled_from(_TAILS))


def _neutral(
    draw: st.DrawFn, out: _Builder, found: dict[str, list[Known]], qw: tuple[str, ...], pub: dt.date
) -> None:
    out.add(draw(st.sampled_from(_NEUTRAL)))


def _quote(
    draw: st.DrawFn, out: _Builder, found: dict[str, list[Known]], qw: tuple[str, ...], pub: dt.date
) -> None:
    speaker = draw(speakers())
    opening, closing = draw(st.sampled_from(_MARKS))
    words = _clause(draw, qw)
    form = draw(st.integers(0, 3))
    if form == 0:  # "...," X said.
        found["quote"].append(out.known(f"{opening}{words},{closing}", speaker=speaker))
        out.add(f" {speaker} said.")
    elif form == 1:  # X said: "...".
        out.add(f"{speaker} said: ")
        found["quote"].append(out.known(f"{opening}{words}.{closing}", speaker=speaker))
    elif form == 2:  # "...," said X, the role.
        found["quote"].append(out.known(f"{opening}{words},{closing}", speaker=speaker))
        out.add(f" said {speaker}, {draw(st.sampled_from(_ROLES))}.")
    else:  # X told reporters: "...".
        out.add(f"{speaker} told reporters: ")
        found["quote"].append(out.known(f"{opening}{words}.{closing}", speaker=speaker))


def _indirect(
    draw: st.DrawFn, out: _Builder, found: dict[str, list[Known]], qw: tuple[str, ...], pub: dt.date
) -> None:
    speaker = draw(speakers())
    out.add(f"{speaker} said {draw(st.sampled_from(('that ', '')))}")
    words = _clause(draw, qw)
    found["indirect"].append(out.known(words[0].lower() + words[1:], speaker=speaker))
    out.add(".")


def _date(
    draw: st.DrawFn, out: _Builder, found: dict[str, list[Known]], qw: tuple[str, ...], pub: dt.date
) -> None:
    form = draw(st.integers(0, 3))
    if form == 3:
        days, text = draw(st.sampled_from(((0, "today"), (1, "yesterday"))))
        when, prefix = pub - dt.timedelta(days=days), ""
    else:
        when = pub + dt.timedelta(days=draw(st.integers(-700, 700)))
        month = _MONTHS[when.month - 1]
        short = _AP_MONTHS.get(month, month)
        text = (
            f"{month} {when.day}, {when.year}",
            f"{when.day} {month} {when.year}",
            f"{short} {when.day}, {when.year}",
        )[form]
        prefix = "on "
    before, _, after = draw(st.sampled_from(_EVENTS)).partition("{date}")
    out.add(before + prefix)
    found["date"].append(out.known(text, value=when.isoformat()))
    out.add(after)


def _superlative(
    draw: st.DrawFn, out: _Builder, found: dict[str, list[Known]], qw: tuple[str, ...], pub: dt.date
) -> None:
    out.add("It was the ")
    found["superlative"].append(out.known(draw(st.sampled_from(_SUPERLATIVES))))
    out.add(f" {draw(st.sampled_from(_THINGS))} the town had seen.")


_SENTENCES = {
    "neutral": _neutral,
    "quote": _quote,
    "indirect": _indirect,
    "date": _date,
    "superlative": _superlative,
}
