"""JSON output: ``jsonl`` (one object a document) and ``json`` (one object
for the run).  Both stream: ``json`` writes its opening brace before the
first document and its totals after the last, holding no results."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import IO, Any

from mediacheck.engine import CheckResult, RunSummary
from mediacheck.errors import InputError
from mediacheck.formats import OutputFormat
from mediacheck.serialize import input_error_to_dict, result_to_dict

__all__ = ["JSON", "JSONL", "summary_to_dict"]


#: One encoder for the run: ``json.dumps`` with an option builds a new one a call.
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def summary_to_dict(summary: RunSummary, *, profile: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "documents": summary.documents,
        "findings": sum(summary.findings_by_rule.values()),
        "by_severity": dict(summary.findings_by_severity),
        "errors": summary.errors,
        "input_errors": summary.input_errors,
    }
    if profile:
        out["profile"] = {name: round(s, 6) for name, s in summary.seconds_by_plugin.items()}
    return out


class JsonLinesReporter:
    def __init__(self, stream: IO[str], options: Mapping[str, Any]) -> None:
        self._stream = stream

    def render(self, result: CheckResult) -> str:
        """What :meth:`document` writes for ``result``, built apart from the
        stream, so that a worker process can do it (see ``check --jobs``)."""
        return _dumps(result_to_dict(result)) + "\n"

    def document_rendered(self, rendered: str) -> None:
        self._stream.write(rendered)

    def document(self, result: CheckResult) -> None:
        self.document_rendered(self.render(result))

    def input_error(self, error: InputError) -> None:
        """A line of its own, where the document would have been, so a
        pipeline sees what it is missing (standard error has it too)."""
        self._stream.write(_dumps(input_error_to_dict(error)) + "\n")

    def finish(self, summary: RunSummary) -> None:
        """Nothing to close: every line stands alone."""


class JsonReporter:
    def __init__(self, stream: IO[str], options: Mapping[str, Any]) -> None:
        self._stream = stream
        self._version = str(options.get("version", ""))
        self._profile = bool(options.get("profile"))
        self._documents = 0
        self._input_errors: list[dict[str, str]] = []

    def _open(self) -> None:
        self._stream.write(f'{{"version": {_dumps(self._version)}, "documents": [')

    def render(self, result: CheckResult) -> str:
        """The document's object; where it goes in the run is
        :meth:`document_rendered`'s business."""
        return _dumps(result_to_dict(result))

    def document_rendered(self, rendered: str) -> None:
        if not self._documents:
            self._open()
        self._stream.write(("\n" if not self._documents else ",\n") + rendered)
        self._documents += 1

    def document(self, result: CheckResult) -> None:
        self.document_rendered(self.render(result))

    def input_error(self, error: InputError) -> None:
        self._input_errors.append({"path": error.where, "message": error.message})

    def finish(self, summary: RunSummary) -> None:
        if not self._documents:
            self._open()
        tail = {
            "input_errors": self._input_errors,
            "counts": dict(summary.findings_by_rule),
            "summary": summary_to_dict(summary, profile=self._profile),
        }
        self._stream.write("\n], " + _dumps(tail)[1:] + "\n")


JSONL = OutputFormat("jsonl", JsonLinesReporter, "one JSON object a document")
JSON = OutputFormat("json", JsonReporter, "one JSON object: version, documents, counts")
