"""The built-in input formats, registered as a plugin through the
``mediacheck_input_formats`` hook exactly as a third party's would be.

Offsets mean the same in every format: ``start`` and ``end`` index
``document.text``.  For plain text and corpus lines that is the file's (or
the line's) own text; for Markdown and HTML it is the text a reader sees,
and the line and column reported with a finding are mapped back into the
file.
"""

from __future__ import annotations

from collections.abc import Sequence

# the version shown by ``mediacheck plugins``: these ship with mediacheck itself
from mediacheck import __version__ as __version__
from mediacheck.formats import InputFormat
from mediacheck.hookspecs import hookimpl
from mediacheck.inputs.corpus import CORPUS
from mediacheck.inputs.dates import parse_date
from mediacheck.inputs.html import HTML
from mediacheck.inputs.markdown import MARKDOWN
from mediacheck.inputs.open import DEFAULT_MAX_BYTES, STDIN, read_inputs
from mediacheck.inputs.text import TEXT
from mediacheck.plugins import PLUGIN_API

__all__ = [
    "CORPUS",
    "DEFAULT_MAX_BYTES",
    "HTML",
    "MARKDOWN",
    "STDIN",
    "TEXT",
    "parse_date",
    "read_inputs",
]


MEDIACHECK_API = PLUGIN_API


@hookimpl
def mediacheck_input_formats() -> Sequence[InputFormat]:
    return [CORPUS, MARKDOWN, HTML, TEXT]
