"""The built-in output formats, registered as a plugin through the
``mediacheck_output_formats`` hook exactly as a third party's would be."""

from __future__ import annotations

from collections.abc import Sequence

from mediacheck.formats import OutputFormat
from mediacheck.hookspecs import hookimpl
from mediacheck.outputs.json import JSON, JSONL
from mediacheck.outputs.text import TEXT

__all__ = ["JSON", "JSONL", "TEXT"]


@hookimpl
def mediacheck_output_formats() -> Sequence[OutputFormat]:
    return [TEXT, JSON, JSONL]
