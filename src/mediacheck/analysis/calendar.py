"""Month names and explicit dates, shared by the structure and temporal stages."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["MONTHS", "MONTH_PATTERN", "explicit_date", "month_number"]

#: Full names and three-letter abbreviations; ``month_number`` handles "Sept."
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    "january february march april may june july august september october november december".split(),
    start=1,
):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number

MONTH_PATTERN = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

_MDY = re.compile(rf"(?P<m>{MONTH_PATTERN})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})")
_DMY = re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})\s+(?P<y>\d{{4}})")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")


def month_number(name: str) -> int:
    """1 to 12 for a month's name or abbreviation ("Sept." included)."""
    return MONTHS[name.lower().rstrip(".")[:3]]


def explicit_date(text: str) -> dt.date | None:
    """The first full date (with its year) in ``text``, or None."""
    for pattern in (_ISO, _MDY, _DMY):
        match = pattern.search(text)
        if match:
            month = match["m"]
            try:
                number = int(month) if month.isdigit() else month_number(month)
                return dt.date(int(match["y"]), number, int(match["d"]))
            except (KeyError, ValueError):
                return None
    return None
