"""The JSON contract: documents and results as plain dicts.

These names are relied on by other tools (and by our evaluation); the JSON
Schema in ``mediacheck/schema`` pins them.
"""

from __future__ import annotations

from typing import Any

from mediacheck.engine import CheckResult
from mediacheck.errors import InputError
from mediacheck.model import Document, Span

__all__ = ["document_to_dict", "input_error_to_dict", "result_to_dict", "sourcing_summary"]

#: How many of the most cited sources the summary names.
TOP_SOURCES = 5


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.as_dict()


def document_to_dict(document: Document) -> dict[str, Any]:
    headline = document.headline.text if document.headline else document.metadata.get("headline")
    return {
        "id": document.id,
        "text": document.text,
        "headline": headline,
        "byline": document.byline.text if document.byline else None,
        "dateline": document.dateline.text if document.dateline else None,
        "published": document.published.isoformat() if document.published else None,
        "paragraphs": [p.span.as_dict() for p in document.paragraphs],
        "sentences": [s.span.as_dict() for s in document.sentences],
        "quotes": [
            {**q.span.as_dict(), "kind": q.kind.value, "parent": q.parent} for q in document.quotes
        ],
        "attributions": [
            {
                "source": _span(a.source),
                "speaker": a.speaker,
                "source_kind": a.source_kind.value,
                "cue": _span(a.cue),
                "content": a.content.as_dict(),
                "quotes": list(a.quotes),
            }
            for a in document.attributions
        ],
        "temporal": [
            {**t.span.as_dict(), "type": t.type, "value": t.value} for t in document.temporal
        ],
        "notes": [
            {**n.span.as_dict(), "label": n.label, "references": list(n.references)}
            for n in document.notes
        ],
        "links": [{**link.span.as_dict(), "url": link.url} for link in document.links],
    }


def sourcing_summary(document: Document) -> dict[str, Any]:
    """Who the article rests on: attributions by kind of source and the most
    cited sources (the resolved speaker, else the mention as written), so an
    article resting on a single outlet shows at a glance."""
    by_kind: dict[str, int] = {}
    cited: dict[tuple[str, str], int] = {}
    for attribution in document.attributions:
        # run for every document of a corpus: _value_ skips the enum's
        # property, and an empty source span is told by its offsets
        kind = attribution.source_kind._value_
        by_kind[kind] = by_kind.get(kind, 0) + 1
        name = attribution.speaker
        if not name:
            source = attribution.source
            name = source.text if source is not None and source.end != source.start else None
        if name:
            cited[name, kind] = cited.get((name, kind), 0) + 1
    top = sorted(cited.items(), key=lambda item: (-item[1], item[0]))[:TOP_SOURCES]
    return {
        "attributions": len(document.attributions),
        "by_kind": dict(sorted(by_kind.items())),
        "top_sources": [{"source": n, "kind": k, "count": c} for (n, k), c in top],
    }


#: The fields of a corpus line that a result carries back, so findings can
#: be counted by outlet without joining the output to the input.
ECHOED = ("outlet", "url")


def result_to_dict(result: CheckResult) -> dict[str, Any]:
    document = result.document
    echoed = {k: v for k in ECHOED if isinstance(v := document.metadata.get(k), str)}
    return {
        "id": document.id,
        "path": result.path,
        **echoed,
        # findings per 1,000 words is how corpora of different lengths are
        # compared; only here are the words those a reader sees (no markup)
        "words": len(document.text.split()),
        "findings": [f.as_dict() for f in result.findings],
        "errors": [e.as_dict() for e in result.errors],
        "sourcing": sourcing_summary(document),
    }


def input_error_to_dict(error: InputError) -> dict[str, Any]:
    """An input that could not be read, shaped like a result so that a
    pipeline reading one object a line sees it in its place (``id`` null:
    no document has it)."""
    return {
        "id": None,
        "path": error.where,
        "findings": [],
        "errors": [{"input": error.where, "message": error.message}],
    }
