"""Calendar facts and arithmetic shared by the structure and temporal stages.

Everything here is plain ``datetime`` arithmetic: which year a year-less
"Dec. 19" belongs to, which Friday "Friday" is, which ISO week "last week"
was.  ``direction`` arguments say how the text points in time: ``-1`` for
the past, ``1`` for the future, ``0`` when the text does not tell.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
import re

from mediacheck.analysis import _regex

__all__ = [
    "CAPITALISED_NAMES",
    "MONTHS",
    "MONTH_PATTERN",
    "SEASONS",
    "WEEKDAYS",
    "add_months",
    "coming_soon",
    "day_exists",
    "explicit_date",
    "holiday",
    "iso_week",
    "month_number",
    "nearest_day_of_month",
    "nearest_month",
    "nearest_month_day",
    "nearest_quarter",
    "nearest_season",
    "nearest_weekday",
    "plausible_years",
    "title_case_names",
    "weekday_number",
]

#: Full names and three-letter abbreviations; ``month_number`` handles "Sept."
MONTHS: dict[str, int] = {}
_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
for _number, _name in enumerate(_NAMES, start=1):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number

MONTH_PATTERN = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

#: Monday is 0, as in :meth:`datetime.date.weekday`.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: TIMEX3 season codes and the month each season is taken to start in
#: (northern hemisphere, meteorological).
SEASONS = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "fall": ("FA", 9),
    "autumn": ("FA", 9),
    "winter": ("WI", 12),
}

_MDY = _regex.compile(
    rf"(?P<m>{MONTH_PATTERN})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
)
_DMY = _regex.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})\s+(?P<y>\d{{4}})")
_ISO = _regex.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
#: "03/11/2025": month first, as US pages write it, unless the first number
#: cannot be a month ("19/12/2025"); the temporal stage reads it the same way.
_SLASH = _regex.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?![\d/])")
#: "12.03.2027": day first, as dates with dots are written, unless the second
#: number cannot be a month ("12.13.2027"); the temporal stage reads it the same way.
_DOTTED = _regex.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d|\.\d)")


def month_number(name: str) -> int:
    """1 to 12 for a month's name or abbreviation ("Sept." included)."""
    return MONTHS[name.lower().rstrip(".")[:3]]


#: Each weekday's number by its first three letters: a lookup, where a walk
#: through the names took some 0.9 µs for a Thursday (two or three an article).
_WEEKDAY_NUMBERS = {day[:3]: number for number, day in enumerate(WEEKDAYS)}


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 for a weekday's name or its first three letters."""
    number = _WEEKDAY_NUMBERS.get(name.lower()[:3])
    if number is None:
        raise KeyError(name)
    return number


#: A word in capitals that may be a month's or a weekday's name or abbreviation, as
#: wire datelines and headings print them ("TUESDAY 4 MARCH 2026", "TUES., DEC. 1").
#: It opens with the set of their first letters, so the regex engine skips to them in C.
_CAPITALS = _regex.compile(r"[ADFJMNOSTW](?<=\b.)[A-Z]{2,8}\b")
#: The months and weekdays, their abbreviations included, in capitals.
CAPITALISED_NAMES = frozenset(
    name.upper()
    for name in (*_NAMES, *WEEKDAYS, "sept", "tues", "weds", "thur", "thurs")
    for name in (name, name[:3])
)


def title_case_names(text: str) -> str:
    """``text`` with the months and weekdays written in capitals title-cased, the
    rest as it was and every offset kept: the date patterns read "Tuesday 4
    March", and a capitalised "MAY" or "MARCH" is then as ambiguous as "May"
    or "March" opening a sentence, which the patterns already weigh by the
    words around it ("PRICES MAY RISE" is no date)."""
    return _CAPITALS.sub(_title_case, text)


def _title_case(match: re.Match[str]) -> str:
    word = match[0]
    return word.capitalize() if word in CAPITALISED_NAMES else word


def explicit_date(text: str) -> dt.date | None:
    """The first full date (with its year) in ``text``, or None."""
    for pattern in (_ISO, _MDY, _DMY, _SLASH, _DOTTED):
        match = pattern.search(text)
        if match:
            month, day = match["m"], int(match["d"])
            try:
                number = int(month) if month.isdigit() else month_number(month)
                if pattern in (_SLASH, _DOTTED) and number > 12 >= day:
                    number, day = day, number
                return dt.date(int(match["y"]), number, day)
            except (KeyError, ValueError):
                return None
    return None


def day_exists(year: int | None, month: int, day: int) -> bool:
    """Whether the day is on the calendar; with no year, February 29 counts.
    A year outside 1 to 9999 ("0000-01-01", "Jan. 1, 10000") holds no day
    a date can stand for."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is not None and not dt.MINYEAR <= year <= dt.MAXYEAR:
        return False
    if year is None:
        return day <= (29 if month == 2 else _stdlib_calendar.monthrange(2001, month)[1])
    return day <= _stdlib_calendar.monthrange(year, month)[1]


def reckonable(year: int) -> bool:
    """Whether dates of ``year`` can anchor others: a year either side of it
    is still on the calendar (1 to 9999)."""
    return dt.MINYEAR < year < dt.MAXYEAR


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + months
    return total // 12, total % 12 + 1


def iso_week(date: dt.date) -> str:
    """TIMEX3 week value; TimeBank writes the week number unpadded (``2000-W6``)."""
    year, week, _ = date.isocalendar()
    return f"{year}-W{week}"


def _pick(candidates: list[tuple[dt.date, int]], anchor: dt.date, direction: int) -> int:
    """The year (second item) of the candidate date that ``direction`` points to:
    the latest on or before the anchor, the earliest on or after it, or the nearest."""
    if direction < 0:
        return max((c for c in candidates if c[0] <= anchor), key=lambda c: c[0])[1]
    if direction > 0:
        return min((c for c in candidates if c[0] >= anchor), key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: (abs((c[0] - anchor).days), c[0] > anchor))[1]


def _candidates(anchor: dt.date, month: int, day: int) -> list[tuple[dt.date, int]]:
    return [
        (dt.date(year, month, day), year)
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if day_exists(year, month, day)
    ]


def plausible_years(anchor: dt.date, month: int, day: int, direction: int) -> list[int]:
    """The years a year-less month and day of an article of ``anchor`` can
    belong to: of the year before, the anchor's and the year after, those on
    the side ``direction`` points to, a day's slack allowed for time zones
    around midnight (a past event may be dated the day after publication)."""
    slack = dt.timedelta(days=1)
    candidates = _candidates(anchor, month, day)
    if direction < 0:
        candidates = [c for c in candidates if c[0] <= anchor + slack]
    elif direction > 0:
        candidates = [c for c in candidates if c[0] >= anchor - slack]
    return [year for _, year in candidates]


#: How far from the anchor a year the weekday fits may lie: a nearer day the
#: weekday does not fit is the likelier meaning beyond it (the weekday is wrong).
_WEEKDAY_REACH = 183
#: ... unless the nearer day is hardly nearer: a day about half a year away
#: lies as plausibly on either side ("begins on Friday, Sept. 12" in an
#: article of March 11, 2025: 185 days ahead, a Friday; 180 days back, a Thursday).
_WEEKDAY_SLACK = 31


def nearest_month_day(
    anchor: dt.date, month: int, day: int, direction: int, weekday: int | None = None
) -> int:
    """The year in which a year-less month and day lies in ``direction``
    from ``anchor``.  A day that exists in no year of the three is placed in
    the anchor's year.

    A weekday named with the day is evidence for the year: of the
    :func:`plausible_years`, the one the weekday fits is taken ("Saturday,
    March 15" in an article of Friday, March 14, 2025 is 2025, even in a
    past-tense clause), if it lies within half a year of the anchor or not a
    month farther from it than the nearest reading.  A day
    falls on a given weekday in at most one of three consecutive years; when
    it fits none near the anchor, the direction decides as if no weekday were
    named, so "opens on Friday, Oct. 31" in an article of Oct. 22, 2024 is
    Oct. 31, 2024, a Thursday, and not the Friday a year later.
    """
    candidates = _candidates(anchor, month, day)
    if not candidates:
        return anchor.year
    if weekday is not None:
        nearest = min(abs((c[0] - anchor).days) for c in candidates)
        for year in plausible_years(anchor, month, day, direction):
            date = dt.date(year, month, day)
            away = abs((date - anchor).days)
            if date.weekday() == weekday and (
                away <= _WEEKDAY_REACH or away - nearest <= _WEEKDAY_SLACK
            ):
                return year
    if direction < 0 and not any(c[0] <= anchor for c in candidates):
        direction = 0
    if direction > 0 and not any(c[0] >= anchor for c in candidates):
        direction = 0
    return _pick(candidates, anchor, direction)


#: How soon after the anchor a year-less day still in the anchor's year comes;
#: a day later at most is a past event dated in another time zone.
_SOON = dt.timedelta(days=62)
_SLACK = dt.timedelta(days=1)


def coming_soon(anchor: dt.date, month: int, day: int) -> bool:
    """Whether a year-less day comes soon after the anchor in the anchor's
    own year: within two months, and more than a day (which a time zone
    may account for).  News copy names the year of a day almost a year
    old, so such a day told in the past is the coming one, the past tense
    the sentence's other verb's ("authorized a split, payable Dec. 7" in
    an article of Oct. 27; "ruled that he must be returned by Jan. 14" in
    one of Jan. 7).  Not a month: "an accord forged in December" in an
    article of November is last December's."""
    if not day_exists(anchor.year, month, day):
        return False
    date = dt.date(anchor.year, month, day)
    return anchor + _SLACK < date <= anchor + _SOON


#: How far from the anchor the day of an implied month may lie when the text
#: gives no direction ("Wednesday the 5th" said in the present tense).
_NEAR_DAYS = 10


def nearest_day_of_month(
    anchor: dt.date, day: int, direction: int, weekday: int | None = None
) -> dt.date | None:
    """The date of a day of the month named without its month ("Wednesday
    the 5th"), or None when it cannot be told.

    The candidates are the nearest such day on or before the anchor and the
    nearest on or after it.  A weekday that fits one of them only picks it
    (it is evidence, as in :func:`nearest_month_day`); else the direction
    picks, and with no direction the nearer one, if it lies within ten days.
    """
    before = after = None
    for months in range(-2, 3):
        year, month = add_months(anchor.year, anchor.month, months)
        if not day_exists(year, month, day):
            continue
        date = dt.date(year, month, day)
        if date <= anchor:
            before = date
        if date >= anchor and after is None:
            after = date
    fitting = {d for d in (before, after) if d is not None and d.weekday() == weekday}
    if len(fitting) == 1:
        return fitting.pop()
    if direction < 0:
        return before
    if direction > 0:
        return after
    near = {d for d in (before, after) if d is not None and abs((d - anchor).days) <= _NEAR_DAYS}
    return near.pop() if len(near) == 1 else None


def nearest_month(anchor: dt.date, month: int, direction: int) -> int:
    """The year of a year-less month; the anchor's own month counts as both
    past and future."""
    start = anchor.replace(day=1)
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [(dt.date(y, month, 1), y) for y in years if dt.MINYEAR <= y <= dt.MAXYEAR]
    return _pick(candidates, start, direction)


def nearest_quarter(anchor: dt.date, quarter: int, direction: int) -> int:
    """The year of a year-less quarter: the current or most recent one unless
    the text looks ahead."""
    current = (anchor.month - 1) // 3 + 1
    if direction > 0:
        return anchor.year if quarter >= current else anchor.year + 1
    return anchor.year if quarter <= current else anchor.year - 1


def nearest_season(anchor: dt.date, season_month: int, offset: int) -> int:
    """The year a season is filed under, ``offset`` seasons of that name from
    the anchor ("last fall" is -1, "this summer" 0, "next spring" 1).

    Winter is filed under the year it starts in: January 2000 is in 1999-WI.
    """
    season_year = anchor.year - (anchor.month < 3)
    current = season_year * 4 + ((anchor.month - 3) % 12) // 3
    target = ((season_month - 3) % 12) // 3
    years = (season_year - 1, season_year, season_year + 1)
    if offset < 0:
        return max(y for y in years if y * 4 + target < current)
    if offset > 0:
        return min(y for y in years if y * 4 + target > current)
    return min(years, key=lambda y: abs(y * 4 + target - current))


def nearest_weekday(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The day named by a bare weekday.

    In the past (and when the text does not tell) the weekday is the nearest
    on or before the anchor, as news style uses it ("said Friday" in Friday's
    paper is that day); in the future the nearest after it.  ``strict``
    excludes the anchor itself ("last Monday" on a Monday is a week ago).
    """
    if direction > 0:
        days = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=days)
    days = (anchor.weekday() - weekday) % 7
    if strict and days == 0:
        days = 7
    return anchor - dt.timedelta(days=days)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    last = dt.date(year, month, _stdlib_calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * r) // 451
    month = (h + r - 7 * m + 114) // 31
    day = (h + r - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday(name: str, year: int) -> dt.date | None:
    """The date of a named holiday in ``year`` (US conventions where they differ)."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    key = re.sub(r"[^a-z]", "", name.lower())
    fixed = {
        "christmas": (12, 25),
        "christmasday": (12, 25),
        "christmaseve": (12, 24),
        "newyearsday": (1, 1),
        "newyearseve": (12, 31),
        "independenceday": (7, 4),
        "halloween": (10, 31),
        "valentinesday": (2, 14),
        "veteransday": (11, 11),
    }
    if key in fixed:
        return dt.date(year, *fixed[key])
    if key in ("thanksgiving", "thanksgivingday"):
        return _nth_weekday(year, 11, 3, 4)
    if key == "laborday":
        return _nth_weekday(year, 9, 0, 1)
    if key == "memorialday":
        return _last_weekday(year, 5, 0)
    if key in ("easter", "eastersunday"):
        return _easter(year)
    return None
