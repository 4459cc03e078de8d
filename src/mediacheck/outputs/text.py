"""Text output as a compiler prints it: a location line, the sentence with
the span marked, the evidence, and a summary at the end."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import IO, Any

import click

from mediacheck.engine import CheckResult, RunSummary
from mediacheck.errors import InputError
from mediacheck.findings import Finding, Severity
from mediacheck.formats import OutputFormat
from mediacheck.model import Document, Span
from mediacheck.outputs.places import corpus_line
from mediacheck.outputs.quoting import shortened
from mediacheck.serialize import sourcing_summary

__all__ = ["TEXT", "excerpt", "location"]

#: Excerpts longer than this are cut around the span.
WIDTH = 100
#: Characters of context kept before the span in a cut excerpt.
CONTEXT = 30
COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def excerpt(document: Document, span: Span) -> tuple[str, int, int]:
    """One printable line around ``span`` (its sentence, cut to fit) and the
    span's column and width within it."""
    sentence = document.sentence_at(span.start)
    if sentence is not None:
        a, b = sentence.start, sentence.end
    else:
        a = document.text.rfind("\n", 0, span.start) + 1
        b = document.text.find("\n", span.end)
        b = len(document.text) if b == -1 else b
    a, b = min(a, span.start), max(b, span.end)
    lo, hi = a, b
    if hi - lo > WIDTH:
        lo = max(a, span.start - CONTEXT)
        hi = min(b, max(span.end, lo + WIDTH), lo + 2 * WIDTH)
    body = document.text[lo:hi].translate(_FLAT)
    lead = "…" if lo > a else ""
    line = lead + body + ("…" if hi < b else "")
    column = len(lead) + span.start - lo
    return line, column, max(1, min(span.end, hi) - span.start)


#: The text as a terminal can show it, one column a character so the caret
#: still lines up: line breaks and tabs as spaces, other control characters
#: as their pictures (ESC as ␛, NUL as ␀; the C1 controls as �).  An escape
#: sequence in a scraped page printed as it is could clear, recolour or
#: retitle the reader's terminal.
_FLAT = str.maketrans(
    {
        **{chr(code): chr(0x2400 + code) for code in range(0x20)},
        "\x7f": "\u2421",
        **{chr(code): "\ufffd" for code in range(0x80, 0xA0)},
        **dict.fromkeys("\n\r\t", " "),
    }
)


def _shown(text: str) -> str:
    """``text`` of the document (in a message, a source's name) made safe to print."""
    return text.translate(_FLAT)


#: Evidence is quoted as the reader sees it: a no-break space is a space, not ``\xa0``.
_SPACE = re.compile(r"\s")


def location(result: CheckResult, span: Span | None = None) -> str:
    """Where, as printed: ``file:LINE:COLUMN:`` for a file (an editor jumps
    there), ``corpus.jsonl:7: [id] LINE:COLUMN:`` for a corpus line, whose
    positions are in its text and would misread glued to the file's line."""
    position = f"{span.line}:{span.column}:" if span is not None else ""
    if corpus_line(result.path) is None:
        return f"{result.path}:{position}"
    ident = result.document.id
    label = f" [{ident}]" if ident and ident != result.path else ""
    return f"{result.path}:{label}" + (f" {position}" if position else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class TextReporter:
    def __init__(self, stream: IO[str], options: Mapping[str, Any]) -> None:
        self._stream = stream
        self._color = bool(options.get("color"))
        self._sourcing = bool(options.get("sourcing", True))

    def _style(self, text: str, **style: Any) -> str:
        return click.style(text, **style) if self._color else text

    def _write(self, line: str = "") -> None:
        self._stream.write(line + "\n")

    def _finding(self, result: CheckResult, finding: Finding, out: list[str]) -> None:
        span = finding.span
        color = COLORS[finding.severity]
        out.append(
            f"{self._style(location(result, span), bold=True)} "
            f"{self._style(finding.severity.value, fg=color, bold=True)} "
            f"{self._style(finding.rule, dim=True)} {_shown(finding.message)}"
        )
        line, column, width = excerpt(result.document, span)
        if self._color:
            end = column + width
            marked = self._style(line[column:end], fg=color, bold=True, underline=True)
            out.append(f"    {line[:column]}{marked}{line[end:]}")
        else:
            out.append(f"    {line}")
        out.append("    " + " " * column + self._style("^" * width, fg=color))
        for evidence in finding.evidence:
            where = ""
            if evidence.span is not None:
                quoted = shortened(_shown(_SPACE.sub(" ", evidence.span.text)))
                mark = '"' if "'" in quoted and '"' not in quoted else "'"
                where = f" ({evidence.span.line}:{evidence.span.column} {mark}{quoted}{mark})"
            out.append(f"    = {_shown(evidence.note)}{where}")
        if finding.suggestion:
            suggestion = _shown(finding.suggestion)
            out.append(f"    = {self._style('suggestion:', bold=True)} {suggestion}")

    def render(self, result: CheckResult) -> str:
        """What :meth:`document` writes for ``result``, built apart from the
        stream, so that a worker process can do it (see ``check --jobs``)."""
        out: list[str] = []
        for finding in result.findings:
            self._finding(result, finding, out)
        for error in result.errors:
            rules = f" ({', '.join(error.rules)})" if error.rules else ""
            out.append(
                f"{self._style(location(result), bold=True)} "
                f"{self._style('error', fg='red', bold=True)} "
                f"plugin {error.plugin!r}{rules} failed: {error.message}"
            )
        if self._sourcing and result.document.attributions:
            sourcing = sourcing_summary(result.document)
            kinds = ", ".join(f"{k} {n}" for k, n in sourcing["by_kind"].items())
            top = ", ".join(
                f"{_shown(s['source'])} ({s['kind']}) {s['count']}" for s in sourcing["top_sources"]
            )
            out.append(
                f"{self._style(location(result), bold=True)} sourcing: "
                f"{_plural(sourcing['attributions'], 'attribution')} ({kinds})"
                + (f"; most cited: {top}" if top else "")
            )
        return "".join(line + "\n" for line in out)

    def document_rendered(self, rendered: str) -> None:
        self._stream.write(rendered)

    def document(self, result: CheckResult) -> None:
        self.document_rendered(self.render(result))

    def input_error(self, error: InputError) -> None:
        """Printed to standard error by the command, as it happens."""

    def finish(self, summary: RunSummary) -> None:
        counts = summary.findings_by_severity
        total = sum(counts.values())
        by_severity = ", ".join(
            f"{counts.get(s.value, 0)} {s.value}"
            if s is Severity.INFO
            else _plural(counts.get(s.value, 0), s.value)
            for s in reversed(Severity)
        )
        line = (
            f"{_plural(total, 'finding')} ({by_severity}) "
            f"in {_plural(summary.documents, 'document')}"
        )
        problems = []
        if summary.input_errors:
            problems.append(_plural(summary.input_errors, "input error"))
        if summary.errors:
            problems.append(_plural(summary.errors, "plugin error"))
        if problems:
            line += "; " + ", ".join(problems)
        self._write(self._style(line, bold=True))


TEXT = OutputFormat("text", TextReporter, "compiler-style lines with the span marked")
