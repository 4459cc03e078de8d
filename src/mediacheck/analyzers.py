"""Analysis plugins: facts a plugin adds to the document for later checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from mediacheck.model import Document

__all__ = ["Analyzer"]


@attrs.frozen
class Analyzer:
    """Computes one extra fact about a document, stored as ``extras[name]``.

    ``requires`` names other analyzers whose results ``run`` reads from
    ``document.extras``; the engine runs them first.
    """

    name: str
    run: Callable[[Document], Any]
    requires: tuple[str, ...] = attrs.field(default=(), converter=tuple)
