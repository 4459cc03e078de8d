"""``YYYY-MM-DD`` dates as users type them, with a message that says what is
wrong: a date that does not exist is told apart from one written another way."""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["parse_date"]

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str) -> dt.date:
    """The date ``value`` starts with (a time after it is ignored).

    Raises :class:`ValueError` with a message fit for the user.
    """
    match = _ISO.match(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not a YYYY-MM-DD date")
    year, month, day = map(int, match.groups())
    written = match.group()
    if not 1 <= month <= 12:
        raise ValueError(f"{written} is not a date: there is no month {month}")
    days = calendar.monthrange(year, month)[1] if year else 31
    if not 1 <= day <= days:
        name = calendar.month_name[month]
        raise ValueError(f"{written} is not a date: {name} {year} has {days} days")
    try:
        return dt.date(year, month, day)
    except ValueError as exc:  # year 0
        raise ValueError(f"{written} is not a date: {exc}") from None
