"""Temporal expressions (placeholder: refined later)."""

from __future__ import annotations

from mediacheck.model import Document, TemporalExpression

__all__ = ["find_temporal"]


def find_temporal(document: Document) -> tuple[TemporalExpression, ...]:
    return ()
