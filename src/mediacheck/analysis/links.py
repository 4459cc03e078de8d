"""The links an input's markup puts on words, as the model keeps them: read
once by the input, so no check looks for markup again."""

from __future__ import annotations

from mediacheck.model import LINKS, Document, Link

__all__ = ["find_links"]


def find_links(document: Document) -> tuple[Link, ...]:
    """The links the metadata gives (see :data:`~mediacheck.model.LINKS`)
    whose words lie in the document, in order."""
    given = document.metadata.get(LINKS, ())
    if not given:
        return ()
    length = len(document.text)
    kept = sorted(
        (link for link in given if 0 <= link["start"] < link["end"] <= length),
        key=lambda link: (link["start"], link["end"]),
    )
    return tuple(
        Link(document.span(link["start"], link["end"]), str(link["url"]), index)
        for index, link in enumerate(kept)
    )
