"""Attributions: who said what (placeholder: refined later)."""

from __future__ import annotations

from mediacheck.model import Attribution, Document

__all__ = ["find_attributions"]


def find_attributions(document: Document) -> tuple[Attribution, ...]:
    return ()
