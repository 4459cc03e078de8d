"""mediacheck: a linter for news articles.

Plugin authors need only this module: ``from mediacheck import hookimpl,
Check, Rule, Severity``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from importlib import metadata

from mediacheck.analysis._regex import compile as compile_pattern
from mediacheck.analysis.calendar import MONTH_PATTERN
from mediacheck.analysis.lexicon import Lexicon
from mediacheck.analysis.revisions import revision_note
from mediacheck.analysis.sources import head_of as source_head
from mediacheck.analyzers import Analyzer
from mediacheck.checks import Check, CheckContext
from mediacheck.config import Config, load_config
from mediacheck.engine import CheckError, CheckResult, Engine, RunSummary
from mediacheck.errors import ConfigError, InputError, MediacheckError, PluginError
from mediacheck.findings import Evidence, Finding, Rule, RuleExample, Severity
from mediacheck.formats import InputFormat, OutputFormat, Reporter, SourceDocument
from mediacheck.hookspecs import hookimpl
from mediacheck.model import (
    HEADINGS,
    Attribution,
    Document,
    Link,
    Note,
    Paragraph,
    Quote,
    QuoteKind,
    Sentence,
    SourceKind,
    Span,
    TemporalExpression,
)
from mediacheck.plugins import PLUGIN_API

__all__ = [
    "HEADINGS",
    "MONTH_PATTERN",
    "PLUGIN_API",
    "Analyzer",
    "Attribution",
    "Check",
    "CheckContext",
    "CheckError",
    "CheckResult",
    "Config",
    "ConfigError",
    "Document",
    "Engine",
    "Evidence",
    "Finding",
    "InputError",
    "InputFormat",
    "Lexicon",
    "Link",
    "MediacheckError",
    "Note",
    "OutputFormat",
    "Paragraph",
    "PluginError",
    "Quote",
    "QuoteKind",
    "Reporter",
    "Rule",
    "RuleExample",
    "RunSummary",
    "Sentence",
    "Severity",
    "SourceDocument",
    "SourceKind",
    "Span",
    "TemporalExpression",
    "__version__",
    "check",
    "compile_pattern",
    "hookimpl",
    "load_config",
    "parse",
    "revision_note",
    "source_head",
]

try:
    __version__ = metadata.version("mediacheck")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"

_default_engine: Engine | None = None


def _engine(
    select: Iterable[str] | None, ignore: Iterable[str] | None, config: Config | None
) -> Engine:
    """The shared default engine, or a new one when the call configures it."""
    global _default_engine
    if select is None and ignore is None and config is None:
        if _default_engine is None:
            _default_engine = Engine()
        return _default_engine
    return Engine(select=select, ignore=ignore or (), config=config)


def parse(
    text: str, *, published: dt.date | None = None, lexicon: Lexicon | None = None
) -> Document:
    """Analyse ``text`` into a :class:`Document` (no checks run), reading the
    word lists of ``lexicon`` if given (as ``[lexicon]`` in a configuration)."""
    config = None if lexicon is None else Config(lexicon=lexicon)
    return _engine(None, None, config).parse(text, published=published)


def check(
    text_or_document: str | Document,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: Config | None = None,
    published: dt.date | None = None,
) -> list[Finding]:
    """Run the checks on a text or parsed document and return the findings, in order."""
    engine = _engine(select, ignore, config)
    return list(engine.check(text_or_document, published=published).findings)
