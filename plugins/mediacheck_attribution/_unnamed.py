"""Unnamed people described by their access to a body."""

from __future__ import annotations

import functools
import re

from mediacheck import Lexicon, compile_pattern

__all__ = ["connected_unnamed", "place_names"]

#: "sources close to the ministry", "people familiar with the talks", "a
#: source with knowledge of the plan", "two diplomats involved in the talks",
#: "a person who has seen the minutes", "sources at the council": news standards (AP, Reuters) count
#: these as anonymous sourcing, individuals kept unnamed, not a vague group.
_CONNECTED = compile_pattern(
    r"(?:(?:a|an|one|two|three|four|several|some)\s+)?"
    r"(?:sources?|people|persons?|someone|those|officials?|aides?|insiders?|diplomats?"
    r"|negotiators?|executives?|employees?|staffers?)\s+"
    r"(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on"
    r"|involved\s+in|who\s+(?:has|have|had)\s+(?:seen|read)|present\s+at)\b"
    # "sources at the council", "a source inside the ministry": sources in a body
    r"|(?:(?:a|one|two|three|several|some)\s+)?sources?\s+(?:at|in|inside|within)\s",
    re.IGNORECASE,
)


#: "sources in Italy", "sources in the region": people said only to be
#: somewhere, as open a group as "fishermen along the coast", not sources
#: inside a body ("sources in the cabinet", "sources in Congress").
_SOURCES_IN = compile_pattern(r"(?:\w+\s+)?sources?\s+in\s+(?P<where>.+)$", re.IGNORECASE)
_PLACE_NOUNS = compile_pattern(
    r"the\s+(?:region|area|country|city|town|village|capital|county|province|north|south"
    r"|east|west)$"
)


@functools.cache
def place_names(lexicon: Lexicon) -> frozenset[str]:
    """The states the analysis knows by name (``sources_places.txt``): where
    sources are, not a body they are in."""
    return frozenset(lexicon.entries("sources_places.txt"))


def connected_unnamed(mention: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether ``mention`` is an unnamed source said to be close to a body;
    ``places`` are names that put sources somewhere rather than in a body."""
    if _CONNECTED.match(mention) is None:
        return False
    where = _SOURCES_IN.match(mention)
    if where is None:
        return True
    place = where.group("where").strip()
    return not (_PLACE_NOUNS.match(place) or place.removeprefix("the ") in places)


#: A source passing on another's word, inside the mention ("reports citing
#: sources familiar with the talks") or set off after it ("A report by the
#: Times, citing two unnamed officials, said"): the cited people run to the
#: next comma or the mention's end.
_CITING = compile_pattern(r",?\s+citing\s+(?P<cited>[^,;:—]+)", re.IGNORECASE)
#: Cited people the article keeps unnamed: "two unnamed officials",
#: "anonymous sources", "Ukrainian military sources", or connected_unnamed.
_CITED_UNNAMED = compile_pattern(
    r"(?:\w+\s+){0,3}?(?:unnamed|anonymous)\b|(?:[\w\-]+\s+){0,2}sources\s*$", re.IGNORECASE
)


def relay(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """Where a source mention at ``start``-``end`` of ``text`` relays
    another's word: the end of the relaying head ("reports", "A report by the
    Times") and the span of the cited people, or None when it cites no one
    or no one unnamed.  Each is judged as its own source: the head by
    vague-attribution, the cited by anonymous-source."""
    inside = _CITING.search(text, start, end)
    match = inside or _CITING.match(text, end)
    if match is None:
        return None
    cited_start, cited_end = match.span("cited")
    if inside is not None:
        cited_end = end
    cited = text[cited_start:cited_end].rstrip()
    if not (connected_unnamed(cited) or _CITED_UNNAMED.match(cited)):
        return None
    head_end = match.start() if inside is not None else end
    return head_end, (cited_start, cited_start + len(cited))
