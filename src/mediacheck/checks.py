"""What a check plugin hands over: a :class:`Check`, run by the engine alone.

A plugin returns checks from the ``mediacheck_checks`` hook instead of
implementing a hook that returns findings, because pluggy would then lose who
reported what and one failing plugin would stop the run.  The engine calls
each check on its own, so it can isolate failures, time it and skip it when
its rules are not selected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from mediacheck.analysis.lexicon import BUILTIN, Lexicon
from mediacheck.findings import Evidence, Finding, Rule, Severity
from mediacheck.model import Document, Span

__all__ = ["Check", "CheckContext", "CheckFunction"]


@attrs.frozen
class CheckContext:
    """What a check gets beside the document: its configured options, the
    word lists the document was analysed with, and a helper to build
    findings with the configured severity."""

    document: Document
    #: Per-rule options: the rule's defaults updated by configuration.
    options: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    #: Per-rule severity overrides from configuration.
    severities: Mapping[str, Severity] = attrs.field(factory=dict)
    #: The plugin whose check this is, named on each finding.
    plugin: str = ""
    #: The word lists of the analysis, ``[lexicon]`` additions included: a
    #: check that looks for, say, a verb of speech reads
    #: ``lexicon.entries("speech_verbs.txt")`` rather than a list of its
    #: own, so a newsroom's extra verb counts for the model and the check.
    lexicon: Lexicon = BUILTIN

    def option(self, rule: Rule, name: str) -> Any:
        """The configured value of a rule's option, else its default."""
        configured = self.options.get(rule.slug, {})
        if name in configured:
            value = configured[name]
        elif name in rule.options:
            value = rule.options[name]
        else:
            known = ", ".join(sorted(rule.options)) or "none"
            raise KeyError(f"rule {rule.slug!r} has no option {name!r} (options: {known})")
        if value.__class__ is int and rule.options[name].__class__ is float:
            return float(value)  # TOML's 1 for a fraction's 1.0
        return value

    def finding(
        self,
        rule: Rule,
        span: Span | tuple[int, int],
        message: str,
        *,
        evidence: Iterable[Evidence] = (),
        suggestion: str | None = None,
        confidence: float = 1.0,
        severity: Severity | str | None = None,
    ) -> Finding:
        """Build a finding of ``rule`` at ``span`` (a Span or start/end offsets).

        ``severity`` lowers or raises one finding against the rule's default
        (say, secondhand sourcing as ``info``); configuration still wins.
        """
        if not isinstance(span, Span):
            start, end = span
            if not 0 <= start <= end <= len(self.document.text):
                raise ValueError(
                    f"a finding of {rule.slug!r} at {start}-{end} lies outside the document "
                    f"(offsets run from 0 to {len(self.document.text)})"
                )
            span = self.document.span(start, end)
        chosen = self.severities.get(rule.slug) or (
            Severity(severity) if severity else rule.severity
        )
        return Finding(
            rule=rule.slug,
            severity=chosen,
            message=message,
            span=span,
            evidence=evidence,
            suggestion=suggestion,
            confidence=confidence,
            plugin=self.plugin,
        )


CheckFunction = Callable[[Document, CheckContext], Iterable[Finding]]


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    if isinstance(value, Rule):  # iterating it would fail with "not iterable"
        raise TypeError("a Check takes a list of Rules: Check([RULE], run)")
    return tuple(value)


@attrs.frozen
class Check:
    """A function that reports findings for the rules it declares.

    ``run(document, context)`` returns or yields findings; each must name one
    of ``rules``.  The engine skips the check when none of its rules is
    selected, and drops findings of rules that are not.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    run: CheckFunction
    name: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.rules:
            raise ValueError("a check must declare at least one rule")
        if not self.name:
            object.__setattr__(self, "name", getattr(self.run, "__name__", self.rules[0].slug))
