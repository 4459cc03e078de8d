"""The notes marked where a claim is credited, and the links on its
source's words, shown beside a vague or unnamed credit: the text still names
no one, but the editor sees that a note or a link gives a source, and where."""

from __future__ import annotations

from mediacheck import Document, Evidence, Span

__all__ = ["link_evidence", "note_evidence"]


def note_evidence(document: Document, source: Span, claim: Span) -> list[Evidence]:
    """Evidence for each note marked on the credit's sentence or its claim
    ("Officials said the bridge was unsafe[^2]")."""
    if not document.notes:
        return []
    sentence = document.sentence_at(source.start)
    start = min(claim.start, source.start if sentence is None else sentence.start)
    end = max(claim.end, source.end if sentence is None else sentence.end)
    notes = document.notes_marked(start, end)
    # the note's words are its span's, which every output quotes beside the message
    return [Evidence("the sentence cites a note", note.span) for note in notes]


def link_evidence(document: Document, source: Span, cue: Span | None = None) -> list[Evidence]:
    """Evidence for each link on the source's words or its cue ("<a
    href=...>Officials said</a>", "officials [said](...)"): the page it opens
    may be the source, a statement or a report."""
    links = dict.fromkeys(document.links_touching(source.start, source.end))
    if cue is not None:
        links.update(dict.fromkeys(document.links_touching(cue.start, cue.end)))
    return [Evidence(f"the credit's words link to {link.url}", link.span) for link in links]
