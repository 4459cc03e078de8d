"""SARIF 2.1.0 output, for code-scanning dashboards and editors' SARIF viewers.

One run.  ``tool.driver.rules`` lists the rules the run reports, each with
its title, description and the page ``mediacheck explain`` prints as help.
Results carry the finding's place in the file as SARIF counts it (UTF-16
code units, ``columnKind`` said explicitly), and mediacheck's own span,
evidence, suggestion and confidence under ``properties``.  Plugin failures
and unreadable inputs are the invocation's ``toolExecutionNotifications``.

Written as JSON directly rather than through ``sarif-om``: that package has
had no release since 2019, needs ``pbr`` and ``jschema-to-python`` to be
serialised, and builds the whole log in memory, where this one streams a
corpus of any size result by result, as the ``json`` format does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import IO, Any
from urllib.parse import quote

from mediacheck.catalogue import BUILTIN_PLUGINS, render_rule
from mediacheck.engine import CheckError, CheckResult, RunSummary
from mediacheck.errors import InputError
from mediacheck.findings import Finding, Rule, Severity
from mediacheck.formats import OutputFormat
from mediacheck.inputs.open import STDIN
from mediacheck.model import Span
from mediacheck.outputs.places import Places, Region, corpus_line

__all__ = ["SARIF", "artifact_location"]

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.INFO: "note", Severity.WARNING: "warning", Severity.ERROR: "error"}

_dumps = json.JSONEncoder(ensure_ascii=False).encode
#: ``render`` marks each line it makes: a result, written in place, or a
#: notification, kept for the invocation at the end of the run.
_RESULT, _NOTIFICATION = "R", "N"


def artifact_location(path: str) -> dict[str, Any]:
    """SARIF's ``artifactLocation`` of an input as the user named it.

    A relative path stays relative (to the working directory, as code
    scanning expects it from the repository's root), percent-encoded with
    forward slashes; an absolute one is a ``file:`` URI.  Standard input has
    no URI: it is described instead.
    """
    if path == STDIN:
        return {"description": {"text": "standard input"}}
    if not path:
        return {"description": {"text": "a text checked through the Python API"}}
    pure = PurePath(path)
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    return {"uri": quote(path.replace(os.sep, "/"))}


def _input_location(path: str, document: str | None = None) -> dict[str, Any]:
    """A ``location`` for an input: the file, or for a corpus document the
    corpus file, its line as the region and the document's id as a logical
    location (a region of the file cannot point into a JSON string)."""
    corpus = corpus_line(path)
    if corpus is None:
        return {"physicalLocation": {"artifactLocation": artifact_location(path)}}
    file, line = corpus
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": artifact_location(file),
            "region": {"startLine": line},
        }
    }
    if document is not None:
        location["logicalLocations"] = [{"name": document, "kind": "object"}]
    return location


def _region(region: Region) -> dict[str, int]:
    return {
        "startLine": region.start_line,
        "startColumn": region.start_column,
        "endLine": region.end_line,
        "endColumn": region.end_column,
        "charOffset": region.char_offset,
        "charLength": region.char_length,
    }


def _span(span: Span | None) -> dict[str, Any]:
    if span is None:
        return {"start": None, "end": None, "text": None, "line": None, "column": None}
    return {
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "line": span.line,
        "column": span.column,
    }


def _descriptor(plugin: str, rule: Rule) -> dict[str, Any]:
    properties: dict[str, Any] = {"plugin": plugin}
    if plugin in BUILTIN_PLUGINS:
        # SARIF wants an absolute helpUri, and mediacheck has no site to
        # point at: the catalogue page's name, and the page itself as help.
        properties["page"] = f"docs/checks/{rule.slug}.md"
    return {
        "id": rule.slug,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.description.strip()},
        "help": {
            "text": f"mediacheck explain {rule.slug}",
            "markdown": render_rule(plugin, rule, footer=False).strip(),
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": properties,
    }


class SarifReporter:
    def __init__(self, stream: IO[str], options: Mapping[str, Any]) -> None:
        self._stream = stream
        rules: Sequence[tuple[str, Rule]] = options.get("rules", ())
        self._rules = [_descriptor(plugin, rule) for plugin, rule in rules]
        self._index = {rule.slug: i for i, (_, rule) in enumerate(rules)}
        self._version = str(options.get("version", ""))
        self._results = 0
        self._notifications: list[str] = []
        self._opened = False

    def _open(self) -> None:
        if self._opened:
            return
        self._opened = True
        driver = {"name": "mediacheck", "version": self._version, "semanticVersion": self._version}
        head = {"$schema": SCHEMA, "version": "2.1.0"}
        # a rule a line, then a result a line, as json and jsonl read best
        rules = ",".join(f"\n{_dumps(rule)}" for rule in self._rules)
        rules += "\n" if rules else ""
        self._stream.write(
            f'{_dumps(head)[:-1]}, "runs": [{{"tool": {{"driver": {_dumps(driver)[:-1]}, '
            f'"rules": [{rules}]}}}}, "columnKind": "utf16CodeUnits", "results": ['
        )

    def _location(self, result: CheckResult, places: Places, span: Span) -> dict[str, Any]:
        location = _input_location(result.path, result.document.id)
        region = places.region(span)
        if region is not None:
            location["physicalLocation"]["region"] = _region(region)
        return location

    def _result(self, result: CheckResult, places: Places, finding: Finding) -> dict[str, Any]:
        out: dict[str, Any] = {"ruleId": finding.rule}
        if finding.rule in self._index:
            out["ruleIndex"] = self._index[finding.rule]
        out["level"] = LEVELS[finding.severity]
        out["message"] = {"text": finding.message}
        out["locations"] = [self._location(result, places, finding.span)]
        out["properties"] = {
            "plugin": finding.plugin,
            "document": result.document.id,
            "span": _span(finding.span),
            "evidence": [{"note": e.note, **_span(e.span)} for e in finding.evidence],
            "suggestion": finding.suggestion,
            "confidence": finding.confidence,
        }
        return out

    def _error(self, result: CheckResult, error: CheckError) -> dict[str, Any]:
        rules = f" ({', '.join(error.rules)})" if error.rules else ""
        return {
            "level": "error",
            "message": {"text": f"plugin {error.plugin!r}{rules} failed: {error.message}"},
            "locations": [_input_location(result.path, result.document.id)],
            "properties": {
                "plugin": error.plugin,
                "rules": list(error.rules),
                "document": error.document,
            },
        }

    def render(self, result: CheckResult) -> str:
        """The document's results and notifications, one marked line each,
        built apart from the stream so a worker process can do it."""
        places = Places(result)
        lines = [_RESULT + _dumps(self._result(result, places, f)) for f in result.findings]
        lines += [_NOTIFICATION + _dumps(self._error(result, e)) for e in result.errors]
        return "".join(line + "\n" for line in lines)

    def document_rendered(self, rendered: str) -> None:
        self._open()
        # split on newlines alone: the JSON may hold a raw U+2028, a line
        # break to str.splitlines
        for line in rendered.split("\n"):
            if not line:
                continue
            if line.startswith(_NOTIFICATION):
                self._notifications.append(line[1:])
                continue
            self._stream.write(("\n" if not self._results else ",\n") + line[1:])
            self._results += 1

    def document(self, result: CheckResult) -> None:
        self.document_rendered(self.render(result))

    def input_error(self, error: InputError) -> None:
        notification = {
            "level": "error",
            "message": {"text": error.message},
            "locations": [_input_location(error.where)],
        }
        self._notifications.append(_dumps(notification))

    def finish(self, summary: RunSummary) -> None:
        self._open()
        successful = not (summary.errors or summary.input_errors)
        notifications = ",\n".join(self._notifications)
        self._stream.write(
            ("\n" if self._results else "")
            + '], "invocations": [{"executionSuccessful": '
            + ("true" if successful else "false")
            + ', "toolExecutionNotifications": ['
            + ("\n" + notifications + "\n" if notifications else "")
            + "]}]}]}\n"
        )


SARIF = OutputFormat("sarif", SarifReporter, "SARIF 2.1.0, for code scanning and SARIF viewers")
