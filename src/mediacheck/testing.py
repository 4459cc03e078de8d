"""Helpers for testing checks, for plugin authors and mediacheck alike.

``run_check`` runs one rule (or one plugin) on a text and returns its
findings; ``assert_flags`` states where a rule must fire with ``[[...]]``
markers inside the text and fails with a readable picture when it fires
elsewhere or misses a marked span; ``assert_matches_golden`` compares
findings with a JSON file that ``MEDIACHECK_UPDATE_GOLDEN=1`` rewrites.
``registered`` makes a plugin visible to every engine (the command line
included) for the length of a ``with`` block.  The pytest plugin in
:mod:`_mediacheck_pytestplugin` wraps these as fixtures.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs

import mediacheck
from mediacheck import plugins as _plugins
from mediacheck.config import Config
from mediacheck.engine import Engine
from mediacheck.errors import ConfigError, InputError
from mediacheck.findings import Finding, Rule
from mediacheck.formats import InputFormat, SourceDocument
from mediacheck.model import Document, Span

__all__ = [
    "GOLDEN_ENV",
    "MarkedText",
    "assert_flags",
    "assert_matches_golden",
    "findings_to_json",
    "mark",
    "parse_marked",
    "registered",
    "run_check",
]

#: Set to 1 to rewrite golden files instead of comparing with them.
GOLDEN_ENV = "MEDIACHECK_UPDATE_GOLDEN"

OPEN, CLOSE = "[[", "]]"
_MARKER = re.compile(r"\[\[|\]\]")


def run_check(
    text: str | Document,
    rule_or_plugin: Rule | str | object,
    *,
    plugins: Sequence[object | str] = (),
    published: dt.date | str | None = None,
    options: Mapping[str, Any] | None = None,
    format: str = "text",
) -> list[Finding]:
    """The findings of one rule, or of every rule of one plugin, on ``text``.

    ``rule_or_plugin`` is a :class:`~mediacheck.Rule`, a rule slug, or a
    plugin (module or object).  A rule is looked up in ``plugins``, or in the
    installed plugins when ``plugins`` is empty.  ``options`` set the rule's
    options as ``[tool.mediacheck.options.<slug>]`` would (rules only).
    ``format`` names the input format ``text`` is written in (``"html"``,
    ``"markdown"``, a plugin's), as a :class:`~mediacheck.RuleExample`'s
    ``format`` does: the text is then read as a file of that format would
    be, and the findings' offsets index what a reader sees.  A check that
    raises fails the test with its error instead of passing silently with
    no findings.
    """
    published = _date(published)
    if isinstance(rule_or_plugin, (Rule, str)):
        slug = rule_or_plugin if isinstance(rule_or_plugin, str) else rule_or_plugin.slug
        # named in its errors: an unknown slug is the test's, not a configuration file's
        where = "run_check" if plugins else "run_check (installed plugins)"
        config = Config(options={slug: dict(options)} if options else {}, source=where)
        try:
            engine = Engine(plugins=plugins, entrypoints=not plugins, select=[slug], config=config)
        except ConfigError:
            if options and slug in {p.name for p in Engine(plugins=plugins).manager.plugins()}:
                raise TypeError(
                    f"options apply to one rule: {slug!r} is a plugin, pass one of its rules"
                ) from None
            raise
    else:
        if options:
            raise TypeError("options apply to one rule: pass the Rule, not the plugin")
        name = _plugins._plugin_name(rule_or_plugin)
        engine = Engine(plugins=[*plugins, rule_or_plugin], entrypoints=False, select=[name])
    if format == "text":
        result = engine.check(text, published=published)
    else:
        (result,) = engine.run([_read_as(engine, format, text)], published=published)
    if result.errors:
        raise AssertionError(
            "the check failed:\n"
            + "\n".join(f"  {e.plugin}: {e.message}\n{e.traceback}" for e in result.errors)
        )
    return list(result.findings)


def _read_as(engine: Engine, format: str, text: str | Document) -> SourceDocument:
    """``text`` read as one file of the input format ``format`` is."""
    if not isinstance(text, str):
        raise TypeError("format applies to a text, not to a parsed Document")
    formats = {f.name: f for _, f in engine.manager.collect("mediacheck_input_formats")}
    if format not in formats:
        raise ValueError(f"no input format {format!r} (formats: {', '.join(sorted(formats))})")
    fmt: InputFormat = formats[format]
    read = list(fmt.read(f"example.{format}", io.BytesIO(text.encode("utf-8"))))
    if len(read) != 1:
        raise ValueError(f"the {format} text holds {len(read)} documents, not one")
    if isinstance(read[0], InputError):
        raise ValueError(str(read[0]))
    return read[0]


def _date(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


@attrs.frozen
class MarkedText:
    """A test text with its ``[[...]]`` markers taken out."""

    #: The text as the check sees it.
    text: str
    #: (start, end) of each marked span, in ``text``.
    spans: tuple[tuple[int, int], ...]


def parse_marked(marked: str) -> MarkedText:
    """Strip ``[[`` and ``]]`` from ``marked``, keeping where they stood.

    Markers do not nest; an unbalanced one is a ``ValueError`` naming its
    offset, so a typo in a test cannot pass as an expectation.
    """
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = last = 0
    opened: int | None = None
    for match in _MARKER.finditer(marked):
        pieces.append(marked[last : match.start()])
        length += match.start() - last
        last = match.end()
        if match.group() == OPEN:
            if opened is not None:
                raise ValueError(f"'[[' at offset {match.start()} opens inside another marker")
            opened = length
        else:
            if opened is None:
                raise ValueError(f"']]' at offset {match.start()} closes no marker")
            spans.append((opened, length))
            opened = None
    if opened is not None:
        raise ValueError("a '[[' marker is never closed")
    pieces.append(marked[last:])
    return MarkedText("".join(pieces), tuple(spans))


def mark(text: str, spans: Iterable[Span | tuple[int, int]]) -> str:
    """``text`` with ``[[...]]`` around each span: the inverse of :func:`parse_marked`."""
    bounds = sorted((s.start, s.end) if isinstance(s, Span) else s for s in spans)
    out, last = [], 0
    for start, end in bounds:
        start = max(start, last)
        out += [text[last:start], OPEN, text[start:end], CLOSE]
        last = max(end, start)
    out.append(text[last:])
    return "".join(out)


def assert_flags(
    marked_text: str,
    rule: Rule | str,
    *,
    plugins: Sequence[object | str] = (),
    published: dt.date | str | None = None,
    options: Mapping[str, Any] | None = None,
) -> list[Finding]:
    """Assert that ``rule`` fires on exactly the ``[[...]]`` spans.

    Write the text as the article would read, with each expected finding
    wrapped in markers; a text with no markers asserts the rule stays
    silent.  On a mismatch the error shows the text marked as expected and
    as found, and lists what was missed and what was unexpected.  Returns
    the findings for further assertions (messages, evidence).
    """
    expected = parse_marked(marked_text)
    findings = run_check(expected.text, rule, plugins=plugins, published=published, options=options)
    found = sorted({(f.span.start, f.span.end) for f in findings})
    wanted = sorted(set(expected.spans))
    if found != wanted:
        slug = rule if isinstance(rule, str) else rule.slug
        text = expected.text
        missed = [
            f"  missed:     {text[s:e]!r} at {s}..{e}" for s, e in wanted if (s, e) not in found
        ]
        extra = [
            f"  unexpected: {text[s:e]!r} at {s}..{e}" for s, e in found if (s, e) not in wanted
        ]
        diff = difflib.unified_diff(
            mark(text, wanted).splitlines(),
            mark(text, found).splitlines(),
            "expected",
            "found",
            lineterm="",
        )
        raise AssertionError(
            f"{slug} did not flag exactly the marked spans:\n" + "\n".join([*missed, *extra, *diff])
        )
    return findings


def findings_to_json(findings: Iterable[Finding]) -> str:
    """Findings as the stable, sorted JSON a golden file holds."""
    records = [f.as_dict() for f in sorted(findings, key=Finding.sort_key)]
    return json.dumps(records, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def assert_matches_golden(
    findings: Iterable[Finding], path: str | os.PathLike[str], *, update: bool | None = None
) -> None:
    """Compare findings with the golden file at ``path``.

    With ``update`` (default: the ``MEDIACHECK_UPDATE_GOLDEN`` environment
    variable is set to something other than ``0``) the file is written
    instead, so a deliberate change is one command away and shows up in
    review as a diff of the golden file.
    """
    if update is None:
        update = os.environ.get(GOLDEN_ENV, "0") not in ("", "0")
    golden = Path(path)
    actual = findings_to_json(findings)
    if update:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    if not golden.exists():
        raise AssertionError(f"{golden} does not exist; run with {GOLDEN_ENV}=1 to create it")
    expected = golden.read_text(encoding="utf-8")
    if expected != actual:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), str(golden), "findings", lineterm=""
        )
        raise AssertionError(
            f"findings differ from {golden} (run with {GOLDEN_ENV}=1 to accept):\n"
            + "\n".join(diff)
        )


@contextmanager
def registered(plugin: object, name: str | None = None) -> Iterator[str]:
    """Make ``plugin`` load like an installed one inside the block.

    Every engine created in the block (``mediacheck.check()``, the command
    line run in-process, ``Engine()``) loads it beside the entry points.
    Yields the plugin's name.
    """
    name = _plugins._plugin_name(plugin, name)
    if name in _plugins._process_plugins:
        raise ValueError(f"a plugin named {name!r} is already registered")
    _plugins._process_plugins[name] = plugin
    mediacheck._default_engine = None
    try:
        yield name
    finally:
        del _plugins._process_plugins[name]
        mediacheck._default_engine = None
