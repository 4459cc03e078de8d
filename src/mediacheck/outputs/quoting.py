"""Text a report quotes beside a message (an evidence's words), cut to fit
one line the same way in every output that prints it."""

from __future__ import annotations

__all__ = ["shortened"]


def shortened(text: str, width: int = 60) -> str:
    """``text`` if it fits in ``width`` characters, else its first
    ``width - 1`` and "…", so the line keeps its width and shows the cut."""
    return text if len(text) <= width else text[: width - 1] + "…"
