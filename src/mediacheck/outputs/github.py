"""GitHub Actions workflow commands: one annotation a finding, shown on the
pull request's changed files and in the run's summary.

``::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE``.
Positions are counted as SARIF counts them (see :mod:`.places`); GitHub
takes columns only for a span on one line, so a span over several lines
gives lines alone.  The message and the properties are escaped as the
Actions toolkit does, or a ``%``, a newline, a comma or a colon in a
message or a file name would cut the command short or make another one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any

from mediacheck.engine import CheckResult, RunSummary
from mediacheck.errors import InputError
from mediacheck.findings import Finding, Severity
from mediacheck.formats import OutputFormat
from mediacheck.inputs.open import STDIN
from mediacheck.outputs.places import Places, corpus_line
from mediacheck.outputs.quoting import shortened

__all__ = ["GITHUB", "command"]

LEVELS = {Severity.INFO: "notice", Severity.WARNING: "warning", Severity.ERROR: "error"}

_DATA = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_PROPERTY = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})


def command(level: str, message: str, **properties: str | int | None) -> str:
    """One workflow command line, its properties in the order given
    (those that are None left out), everything escaped."""
    fields = ",".join(
        f"{name}={str(value).translate(_PROPERTY)}"
        for name, value in properties.items()
        if value is not None
    )
    return f"::{level}{' ' + fields if fields else ''}::{message.translate(_DATA)}\n"


def _file(path: str) -> tuple[str | None, int | None]:
    """The ``file`` an annotation names, and the line when the input is a
    corpus line; standard input names no file."""
    corpus = corpus_line(path)
    if corpus is not None:
        return corpus
    return (None if path in (STDIN, "") else path), None


def _quoted(text: str) -> str:
    """Evidence's text on one line, cut short as the text output cuts it."""
    return shortened(" ".join(text.split()))


class GithubReporter:
    def __init__(self, stream: IO[str], options: Mapping[str, Any]) -> None:
        self._stream = stream

    def _finding(self, result: CheckResult, places: Places, finding: Finding) -> str:
        lines = [finding.message]
        for evidence in finding.evidence:
            span = evidence.span
            where = f" ({span.line}:{span.column} '{_quoted(span.text)}')" if span else ""
            lines.append(f"= {evidence.note}{where}")
        if finding.suggestion:
            lines.append(f"= suggestion: {finding.suggestion}")
        file, line = _file(result.path)
        region = places.region(finding.span)
        if region is None:
            # a corpus line: the position is in the document's text
            span = finding.span
            lines[0] = f"[{result.document.id}] {span.line}:{span.column}: {lines[0]}"
            return command(
                LEVELS[finding.severity], "\n".join(lines), file=file, line=line, title=finding.rule
            )
        one_line = region.start_line == region.end_line
        return command(
            LEVELS[finding.severity],
            "\n".join(lines),
            file=file,
            line=region.start_line,
            col=region.start_column if one_line else None,
            endLine=region.end_line,
            endColumn=region.end_column if one_line else None,
            title=finding.rule,
        )

    def render(self, result: CheckResult) -> str:
        """What :meth:`document` writes, built apart from the stream so a
        worker process can do it."""
        places = Places(result)
        out = [self._finding(result, places, f) for f in result.findings]
        file, line = _file(result.path)
        for error in result.errors:
            rules = f" ({', '.join(error.rules)})" if error.rules else ""
            message = f"plugin {error.plugin!r}{rules} failed: {error.message}"
            out.append(command("error", message, file=file, line=line, title="plugin error"))
        return "".join(out)

    def document_rendered(self, rendered: str) -> None:
        self._stream.write(rendered)

    def document(self, result: CheckResult) -> None:
        self.document_rendered(self.render(result))

    def input_error(self, error: InputError) -> None:
        file, line = _file(error.where)
        message = error.message if file is not None else f"{error.where}: {error.message}"
        self._stream.write(command("error", message, file=file, line=line, title="input error"))

    def finish(self, summary: RunSummary) -> None:
        """Nothing to close: the exit code tells the job whether it failed."""


GITHUB = OutputFormat("github", GithubReporter, "GitHub Actions annotations (workflow commands)")
