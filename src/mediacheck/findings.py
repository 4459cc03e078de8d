"""Findings and the rules that produce them: plain values, no logic.

Checks build findings, reporters print them, and neither knows the other.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from mediacheck.model import Span

__all__ = ["Evidence", "Finding", "Rule", "RuleExample", "Severity"]

#: Rule slugs are lower-case words joined by hyphens, like ``unattributed-quote``.
SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def __str__(self) -> str:
        return self.value


_RANKS = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


def _check_slug(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not SLUG.match(value):
        raise ValueError(
            f"rule slug {value!r} is not lower-case words joined by hyphens "
            "(like 'unattributed-quote')"
        )


def _severity(value: Severity | str) -> Severity:
    # a finding is made per place in every document: skip the enum lookup
    if value.__class__ is Severity:
        return value
    try:
        return Severity(value)
    except ValueError:
        levels = ", ".join(repr(s.value) for s in Severity)
        raise ValueError(f"severity must be {levels} or a Severity, not {value!r}") from None


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _examples(value: Iterable[RuleExample]) -> tuple[RuleExample, ...]:
    examples = tuple(value)
    for example in examples:
        if not isinstance(example, RuleExample):
            raise TypeError(
                f"a rule's examples are RuleExample(text, flagged=...) objects, not {example!r}"
            )
    return examples


def _evidence(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    evidence = tuple(value)
    for item in evidence:
        if not isinstance(item, Evidence):
            raise TypeError(f"evidence {item!r} is not an Evidence: write Evidence(note, span)")
    return evidence


#: What a TOML table can give an option, so what its default may be: a
#: configured value must have the default's type.
_OPTION_TYPES = (str, int, float, bool, list, dict)


def _frozen_options(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    options = dict(value or {})
    for name, default in options.items():
        if default is None:
            raise TypeError(
                f"default None of option {name!r} says nothing of its type: give a default of "
                "the type users write (a string, number, boolean, list or table)"
            )
        if not isinstance(default, _OPTION_TYPES):
            kind = type(default).__name__
            raise TypeError(
                f"default {default!r} of option {name!r} is a {kind}, which no configuration "
                "can give: write it as a string, number, boolean, list or table"
            )
    return MappingProxyType(options)


@attrs.frozen
class RuleExample:
    """A text the rule must flag (``flagged`` holds the expected finding
    texts) or must leave alone (``flagged`` empty).  The catalogue shows them
    and the tests run them."""

    text: str
    flagged: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    note: str = ""
    #: The input format ``text`` is written in: ``"text"``, or ``"html"`` for
    #: what only a page's markup can show (a ``<time datetime>``).
    format: str = "text"


@attrs.frozen
class Rule:
    """What a check can report, declared up front so it can be listed,
    explained, selected and configured before any document is read."""

    slug: str = attrs.field(validator=_check_slug)
    title: str
    severity: Severity = attrs.field(converter=_severity)
    description: str
    examples: tuple[RuleExample, ...] = attrs.field(default=(), converter=_examples)
    #: Options the rule accepts from configuration, with their defaults.  The
    #: configured value must have the default's type.
    options: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_options)


def _evidence_span(instance: object, attribute: attrs.Attribute[Span], value: object) -> None:
    if value is not None and not isinstance(value, Span):
        raise TypeError(
            f"evidence span must be a Span or None, not {value!r}: make one from offsets "
            "with document.span(start, end)"
        )


@attrs.frozen
class Evidence:
    """A related place in the text (or None) and what it shows."""

    note: str
    span: Span | None = attrs.field(default=None, validator=_evidence_span)

    def as_dict(self) -> dict[str, Any]:
        span = self.span
        if span is None:
            return {"note": self.note, "start": None, "end": None, "text": None}
        return {"note": self.note, "start": span.start, "end": span.end, "text": span.text}


def _confidence(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must lie between 0 and 1, not {value}")


@attrs.frozen
class Finding:
    """One place in one document that deserves a second look."""

    rule: str
    severity: Severity = attrs.field(converter=_severity)
    message: str
    span: Span
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)
    suggestion: str | None = None
    confidence: float = attrs.field(default=1.0, validator=_confidence)
    #: The plugin that reported it; filled in by the engine.
    plugin: str = ""

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.span.start, self.span.end, self.rule, self.message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "plugin": self.plugin,
            "severity": self.severity._value_,
            "message": self.message,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "line": self.span.line,
            "column": self.span.column,
            "evidence": [e.as_dict() for e in self.evidence],
            "suggestion": self.suggestion,
            "confidence": self.confidence,
        }
