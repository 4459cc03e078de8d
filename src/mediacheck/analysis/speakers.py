"""Who a source mention refers to, read in document order.

Names are remembered as they appear ("NATO Secretary General Mark Rutte"
gives "Mark Rutte"); a later surname alone ("Rutte", "Mr. Rutte") resolves
to the full name seen before, and "he" or "she" to the nearest person named
before it whose gender does not conflict.  Gender is learnt from honorifics
and from the pronouns that resolved to a name.  "It" is the body or
document cited last; "the official" after "a senior official" is that same
unnamed person, and after a named speaker most often that speaker.
"""

from __future__ import annotations

from mediacheck.model import SourceKind

__all__ = ["Speakers"]

_HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}


class Speakers:
    """The people named so far in one document, most recent last."""

    __slots__ = ("_by_surname", "_gender", "_recent", "body", "unnamed")

    def __init__(self) -> None:
        self._recent: list[str] = []
        self._by_surname: dict[str, str] = {}
        self._gender: dict[str, str] = {}
        #: The organization, outlet or document cited last, and its kind: what "it" says.
        self.body: tuple[SourceKind, str] | None = None
        #: The head noun of the unnamed person cited last ("official"): "the official" again.
        self.unnamed: str | None = None

    def name(self, name: str, mention: str = "") -> str:
        """Remember a person's name; returns the full name it stands for."""
        parts = name.split()
        full = name
        if len(parts) == 1:
            full = self._by_surname.get(parts[0], name)
        else:
            self._by_surname[parts[-1]] = name
        first = mention.split(None, 1)[0].lower() if mention else ""
        if first in _HONORIFIC_GENDER:
            self._gender.setdefault(full, _HONORIFIC_GENDER[first])
        if self._recent and self._recent[-1] == full:
            return full
        if full in self._recent:
            self._recent.remove(full)
        self._recent.append(full)
        return full

    def pronoun(self, gender: str) -> str | None:
        """The person "he" (``m``) or "she" (``f``) most likely refers to."""
        for full in reversed(self._recent[-6:]):
            known = self._gender.get(full)
            if known is None or known == gender:
                self._gender[full] = gender
                return full
        return None

    def knows(self, name: str) -> bool:
        """Whether ``name`` was seen as a person's surname or full name."""
        return name in self._by_surname or name in self._recent

    @property
    def last(self) -> str | None:
        return self._recent[-1] if self._recent else None
