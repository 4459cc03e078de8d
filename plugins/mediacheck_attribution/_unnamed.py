"""Unnamed people described by their access to a body."""

from __future__ import annotations

import re

__all__ = ["connected_unnamed"]

#: "sources close to the ministry", "people familiar with the talks", "a
#: source with knowledge of the plan", "two diplomats involved in the talks",
#: "a person who has seen the minutes", "sources at the council": news standards (AP, Reuters) count
#: these as anonymous sourcing, individuals kept unnamed, not a vague group.
_CONNECTED = re.compile(
    r"(?:(?:a|an|one|two|three|four|several|some)\s+)?"
    r"(?:sources?|people|persons?|someone|those|officials?|aides?|insiders?|diplomats?"
    r"|negotiators?|executives?|employees?|staffers?)\s+"
    r"(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on"
    r"|involved\s+in|who\s+(?:has|have|had)\s+(?:seen|read)|present\s+at)\b"
    # "sources at the council", "a source inside the ministry": sources in a body
    r"|(?:(?:a|one|two|three|several|some)\s+)?sources?\s+(?:at|in|inside|within)\s",
    re.IGNORECASE,
)


def connected_unnamed(mention: str) -> bool:
    """Whether ``mention`` is an unnamed source said to be close to a body."""
    return _CONNECTED.match(mention) is not None
