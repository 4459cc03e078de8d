"""Word lists kept as data files beside the analysis stages that use them,
so a reader can review or extend a list without reading code."""

from __future__ import annotations

from importlib import resources

__all__ = ["load"]


def load(name: str) -> list[str]:
    """The entries of data file ``name``: stripped lines, blanks and ``#`` comments left out."""
    text = resources.files("mediacheck.analysis").joinpath(name).read_text("utf-8")
    return [entry for line in text.splitlines() if (entry := line.strip()) and entry[0] != "#"]
