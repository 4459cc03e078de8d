"""The built-in output formats, registered as a plugin through the
``mediacheck_output_formats`` hook exactly as a third party's would be."""

from __future__ import annotations

from collections.abc import Sequence

# the version shown by ``mediacheck plugins``: these ship with mediacheck itself
from mediacheck import __version__ as __version__
from mediacheck.formats import OutputFormat
from mediacheck.hookspecs import hookimpl
from mediacheck.outputs.github import GITHUB
from mediacheck.outputs.json import JSON, JSONL
from mediacheck.outputs.sarif import SARIF
from mediacheck.outputs.text import TEXT
from mediacheck.plugins import PLUGIN_API

__all__ = ["GITHUB", "JSON", "JSONL", "SARIF", "TEXT"]


MEDIACHECK_API = PLUGIN_API


@hookimpl
def mediacheck_output_formats() -> Sequence[OutputFormat]:
    return [TEXT, JSON, JSONL, SARIF, GITHUB]
