"""The engine: analyse a document once, run every selected check on it alone.

A check that raises becomes a :class:`CheckError` naming plugin, rules and
document; the other checks' findings are kept.  A fault of the core's own
analysis on one document becomes that document's error (plugin
``mediacheck``), and the documents after it are analysed and checked.  Findings come out sorted by
position, so the same input always gives the same output.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from mediacheck.analysis import Article, analyse_all, unanalysed
from mediacheck.analyzers import Analyzer
from mediacheck.checks import Check, CheckContext
from mediacheck.config import Config
from mediacheck.errors import InputError, PluginError
from mediacheck.findings import Finding, Rule
from mediacheck.formats import InputFormat, SourceDocument, SourceMap, require_date
from mediacheck.model import Document, Span
from mediacheck.plugins import PluginManager

__all__ = ["CORE", "CheckError", "CheckResult", "Engine", "RunSummary"]

#: The plugin named by the error of a document the core's analysis failed on.
CORE = "mediacheck"
#: The plugin of the built-in input formats, tried after every other.
_INPUTS = "mediacheck.inputs"
_Format = TypeVar("_Format")


@attrs.frozen
class CheckError:
    """A check (or analyzer) that failed on one document."""

    plugin: str
    rules: tuple[str, ...]
    document: str
    message: str
    #: The Python traceback when the check raised, for its author (``run_check``
    #: shows it); not part of the JSON output, which stays the same on every machine.
    traceback: str = attrs.field(default="", repr=False, eq=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "plugin": self.plugin,
            "rules": list(self.rules),
            "document": self.document,
            "message": self.message,
        }


def _not_text(value: object) -> str:
    """Why ``value`` is no text to analyse: bytes read from a file failed
    deep in the analysis with a message about integers."""
    hint = ": decode it first, e.g. data.decode('utf-8')" if isinstance(value, bytes) else ""
    return f"text must be a str, not {type(value).__name__}{hint}"


def _misplaced(finding: object, text: str) -> str:
    """Why a check's output cannot be reported, or "" when it can.

    A plugin's mistake is told as its error, on this document, rather than
    crashing a reporter later or printing offsets that point nowhere.
    """
    if not isinstance(finding, Finding):
        return f"produced {finding!r}, not a Finding"
    for span in (finding.span, *(e.span for e in finding.evidence)):
        if span is None:
            continue
        if not isinstance(span, Span):
            return f"finding of {finding.rule!r} has {span!r} where a Span belongs"
        if not 0 <= span.start <= span.end <= len(text) or text[span.start : span.end] != span.text:
            return (
                f"finding of {finding.rule!r} has span {span.start}-{span.end} {span.text!r}, "
                f"which is not a place in the document (0-{len(text)})"
            )
    return ""


@attrs.frozen
class CheckResult:
    document: Document
    findings: tuple[Finding, ...]
    errors: tuple[CheckError, ...] = ()
    #: Where the document came from (``file`` or ``file:line``).
    path: str = ""
    #: For a document read from markup: how its offsets map into the file,
    #: for reports that place spans in the file (SARIF's regions).  None
    #: when the text is the file's own (or a corpus line's) text.
    source_map: SourceMap | None = None


@attrs.frozen
class RunSummary:
    """Totals over a run, for the end of a report."""

    documents: int
    findings_by_rule: Mapping[str, int]
    findings_by_severity: Mapping[str, int]
    errors: int
    input_errors: int
    #: Seconds spent in each plugin's checks and analyzers.
    seconds_by_plugin: Mapping[str, float]


@attrs.define
class _Loaded:
    plugin: str
    check: Check
    #: The rules selected to run.
    rules: tuple[Rule, ...]
    selected: frozenset[str] = attrs.field(init=False)
    declared: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.selected = frozenset(rule.slug for rule in self.rules)
        self.declared = frozenset(rule.slug for rule in self.check.rules)


class Engine:
    """Loads plugins once and checks any number of documents.

    ``plugins`` are modules or objects registered beside those found through
    the ``mediacheck`` entry points (``entrypoints=False`` skips those).
    ``select`` and ``ignore`` take rule slugs or plugin names and apply on
    top of ``config``.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object | str] = (),
        config: Config | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        entrypoints: bool = True,
    ) -> None:
        self.config = (config or Config()).merge(select=select, ignore=ignore)
        self.manager = PluginManager()
        if entrypoints:
            self.manager.load_entrypoints()
        for plugin in (*self.config.plugins, *plugins):
            if isinstance(plugin, str):
                self.manager.load_module(plugin)
            else:
                self.manager.register(plugin)
        self._all_checks = self._collect_checks()
        self.rules: list[tuple[str, Rule]] = [
            (loaded.plugin, rule) for loaded in self._all_checks for rule in loaded.check.rules
        ]
        self.config.validate(self.rules, self.manager.blocked)
        self._checks = [c for c in (self._select(c) for c in self._all_checks) if c.rules]
        self._analyzers = self._collect_analyzers()
        self._options = self._rule_options()
        self.seconds_by_plugin: defaultdict[str, float] = defaultdict(float)

    # ---------------------------------------------------------------- set-up

    def _collect_checks(self) -> list[_Loaded]:
        loaded: list[_Loaded] = []
        owners: dict[str, str] = {}
        for plugin, check in self.manager.collect("mediacheck_checks"):
            if not isinstance(check, Check):
                raise PluginError(plugin, f"mediacheck_checks() returned {check!r}, not a Check")
            for rule in check.rules:
                if rule.slug in owners:
                    raise PluginError(
                        plugin, f"rule {rule.slug!r} is already declared by {owners[rule.slug]!r}"
                    )
                owners[rule.slug] = plugin
            loaded.append(_Loaded(plugin, check, check.rules))
        return loaded

    def _select(self, loaded: _Loaded) -> _Loaded:
        select, ignore = self.config.select, set(self.config.ignore)

        def wanted(rule: Rule) -> bool:
            if rule.slug in ignore or loaded.plugin in ignore:
                return False
            return select is None or rule.slug in select or loaded.plugin in select

        return _Loaded(loaded.plugin, loaded.check, tuple(r for r in loaded.rules if wanted(r)))

    def _collect_analyzers(self) -> list[tuple[str, Analyzer]]:
        found: dict[str, tuple[str, Analyzer]] = {}
        for plugin, analyzer in self.manager.collect("mediacheck_analyzers"):
            if not isinstance(analyzer, Analyzer):
                raise PluginError(
                    plugin, f"mediacheck_analyzers() returned {analyzer!r}, not an Analyzer"
                )
            if analyzer.name in found:
                raise PluginError(plugin, f"analyzer {analyzer.name!r} is declared twice")
            found[analyzer.name] = (plugin, analyzer)
        ordered: list[tuple[str, Analyzer]] = []
        state: dict[str, str] = {}

        def visit(name: str, needed_by: str) -> None:
            if state.get(name) == "done":
                return
            if name not in found:
                raise PluginError(needed_by, f"needs analyzer {name!r}, which no plugin provides")
            if state.get(name) == "visiting":
                raise PluginError(found[name][0], f"analyzer {name!r} depends on itself")
            state[name] = "visiting"
            for required in found[name][1].requires:
                visit(required, found[name][0])
            state[name] = "done"
            ordered.append(found[name])

        for name in sorted(found):
            visit(name, found[name][0])
        return ordered

    def _rule_options(self) -> dict[str, dict[str, Any]]:
        options: dict[str, dict[str, Any]] = {}
        for _, rule in self.rules:
            options[rule.slug] = {**rule.options, **self.config.options.get(rule.slug, {})}
        return options

    @property
    def active_rules(self) -> list[tuple[str, Rule]]:
        return [(c.plugin, rule) for c in self._checks for rule in c.rules]

    # --------------------------------------------------------------- running

    def parse(
        self,
        text: str,
        *,
        id: str = "",
        published: dt.date | None = None,
        fallback_published: dt.date | None = None,
        headline: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Document:
        """Analyse ``text`` into a :class:`Document`, analysis plugins included.

        ``published`` is authoritative; ``fallback_published`` applies only
        when the text itself carries no date (dateline, "Published" line).
        """
        if not isinstance(text, str):
            raise TypeError(_not_text(text))
        require_date("published", published)
        require_date("fallback_published", fallback_published)
        article = Article(text, id, published, fallback_published, headline, metadata)
        return self._parse_articles([article])[0]

    def _parse_articles(self, articles: Sequence[Article]) -> list[Document]:
        documents = analyse_all(articles, lexicon=self.config.lexicon)
        if self._analyzers:
            documents = [self._run_analyzers(document)[0] for document in documents]
        return documents

    def _run_analyzers(self, document: Document) -> tuple[Document, list[CheckError]]:
        extras = dict(document.extras)
        errors = []
        for plugin, analyzer in self._analyzers:
            if analyzer.name in extras or any(r not in extras for r in analyzer.requires):
                continue
            started = time.perf_counter()
            try:
                extras[analyzer.name] = analyzer.run(attrs.evolve(document, extras=extras))
            except Exception as exc:
                errors.append(
                    CheckError(
                        plugin,
                        (),
                        document.id,
                        f"analyzer {analyzer.name!r}: {exc!r}",
                        traceback.format_exc(),
                    )
                )
            self.seconds_by_plugin[plugin] += time.perf_counter() - started
        return attrs.evolve(document, extras=extras), errors

    def check_document(self, document: Document, *, path: str = "") -> CheckResult:
        """Run every selected check on an analysed document."""
        return self._check_all([document], [path])[0]

    def _check_all(self, documents: list[Document], paths: list[str]) -> list[CheckResult]:
        """Run every selected check on each of ``documents``, each check over
        all of them before the next, as :func:`~mediacheck.analysis.analyse_all`
        takes its stages: every check in turn on one article, then on the
        next, cost about a tenth more on news articles, each check's code and
        tables gone from the processor's caches by its next turn.  Each
        document gets the findings and errors it gets checked alone."""
        errors: list[list[CheckError]] = [[] for _ in documents]
        if self._analyzers:
            # Runs only the analyzers whose result is missing, so one that
            # failed in parse() fails again here and is reported.
            for i, document in enumerate(documents):
                documents[i], errors[i] = self._run_analyzers(document)
        findings: list[list[Finding]] = [[] for _ in documents]
        for loaded in self._checks:
            for document, found, failed in zip(documents, findings, errors, strict=True):
                self._run_check(loaded, document, found, failed)
        results = []
        for document, found, failed, path in zip(documents, findings, errors, paths, strict=True):
            found.sort(key=Finding.sort_key)
            results.append(CheckResult(document, tuple(found), tuple(failed), path))
        return results

    def _run_check(
        self, loaded: _Loaded, document: Document, findings: list[Finding], errors: list[CheckError]
    ) -> None:
        """One check on one document: its findings of the selected rules go
        to ``findings``; its failure, or a finding it cannot report, to ``errors``."""
        plugin = loaded.plugin
        context = CheckContext(
            document, self._options, self.config.severity, plugin, self.config.lexicon
        )
        started = time.perf_counter()
        try:
            produced = list(loaded.check.run(document, context) or ())
        except Exception as exc:
            errors.append(
                CheckError(
                    plugin,
                    tuple(sorted(loaded.selected)),
                    document.id,
                    repr(exc),
                    traceback.format_exc(),
                )
            )
            produced = []
        self.seconds_by_plugin[plugin] += time.perf_counter() - started
        for finding in produced:
            fault = _misplaced(finding, document.text)
            if fault:
                errors.append(
                    CheckError(plugin, tuple(sorted(loaded.selected)), document.id, fault)
                )
            elif finding.rule in loaded.selected:
                # context.finding() names the plugin already
                if finding.plugin != plugin:
                    finding = attrs.evolve(finding, plugin=plugin)
                findings.append(finding)
            elif finding.rule not in loaded.declared:
                errors.append(
                    CheckError(
                        loaded.plugin,
                        (finding.rule,),
                        document.id,
                        f"reported rule {finding.rule!r}, which its check does not declare",
                    )
                )

    def check(
        self,
        text_or_document: str | Document,
        *,
        id: str = "",
        published: dt.date | None = None,
    ) -> CheckResult:
        document = (
            text_or_document
            if isinstance(text_or_document, Document)
            else self.parse(text_or_document, id=id, published=published)
        )
        return self.check_document(document)

    def parse_all(
        self,
        sources: Iterable[SourceDocument],
        *,
        published: dt.date | None = None,
        batch: int = 16,
    ) -> Iterator[tuple[Document, CheckError | None]]:
        """Analyse documents as they are read, in order; ``published`` fills
        in missing dates.  Each comes with the error that stopped its
        analysis, or ``None``: a fault of the analysis on one document (a bug
        to report) does not stop the others.

        The documents are analysed ``batch`` at a time, stage by stage (see
        :func:`~mediacheck.analysis.analyse_all`), so a document comes out
        once the rest of its batch is read; ``batch=1`` analyses each as soon
        as it is read.
        """
        for _, document, failure in self._parsed(sources, published, batch):
            yield document, failure

    def run(
        self,
        sources: Iterable[SourceDocument],
        *,
        published: dt.date | None = None,
        batch: int = 16,
    ) -> Iterator[CheckResult]:
        """Check documents as they are read, in order; ``published`` fills
        in missing dates.  ``batch`` is as for :meth:`parse_all`.  A document
        whose analysis failed is checked by no rule: its result carries the
        failure as its one error."""
        for chunk in self._parsed_chunks(sources, published, batch):
            analysed = [(source, document) for source, document, failure in chunk if not failure]
            checked = iter(self._check_all([d for _, d in analysed], [s.path for s, _ in analysed]))
            for source, document, failure in chunk:
                if failure is None:
                    result = next(checked)
                else:
                    result = CheckResult(document, (), (failure,), source.path)
                yield self._placed(source, result)

    @staticmethod
    def _placed(source: SourceDocument, result: CheckResult) -> CheckResult:
        """``result`` with its findings placed in the file of markup it was read from."""
        if source.source_map is not None:
            # lines and columns in the file, as an editor shows it
            findings = tuple(map(source.source_map.relocate_finding, result.findings))
            return attrs.evolve(result, findings=findings, source_map=source.source_map)
        return result

    def input_formats(self) -> list[InputFormat]:
        """Every input format, the plugins' first, so a third party can
        claim an extension the built-in ones would read."""
        found = self.formats("mediacheck_input_formats", InputFormat)
        own = [f for p, f in found if p == _INPUTS]
        return [f for p, f in found if p != _INPUTS] + own

    def formats(self, hook: str, kind: type[_Format]) -> list[tuple[str, _Format]]:
        """What each plugin's format hook returned, with the plugin's name; a
        plugin that returned anything but a ``kind`` is a :class:`PluginError`."""
        found = list(self.manager.collect(hook))
        for plugin, item in found:
            if not isinstance(item, kind):
                raise PluginError(
                    plugin, f"{hook}() returned {item!r}, which is not an {kind.__name__}"
                )
        return found

    def read(
        self, paths: Iterable[str], *, max_bytes: int | None = None
    ) -> Iterator[SourceDocument | InputError]:
        """The documents of files and directories, read as ``mediacheck
        check`` reads them (by extension, plugins' formats included; a
        directory walked), in order; a file that cannot be read is an
        :class:`InputError` in their place.  ``max_bytes`` is ``--max-bytes``."""
        # imported here: mediacheck.inputs imports the package this module is part of
        from mediacheck.inputs import DEFAULT_MAX_BYTES, TEXT, read_inputs

        limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        return read_inputs(paths, self.input_formats(), fallback=TEXT, max_bytes=limit)

    def _parsed(
        self, sources: Iterable[SourceDocument], published: dt.date | None, batch: int
    ) -> Iterator[tuple[SourceDocument, Document, CheckError | None]]:
        for chunk in self._parsed_chunks(sources, published, batch):
            yield from chunk

    def _parsed_chunks(
        self, sources: Iterable[SourceDocument], published: dt.date | None, batch: int
    ) -> Iterator[list[tuple[SourceDocument, Document, CheckError | None]]]:
        """The sources read ``batch`` at a time, each batch analysed together."""
        if batch < 1:
            raise ValueError(f"batch must be 1 or more, not {batch}")
        require_date("published", published)
        stream = iter(sources)
        while chunk := list(itertools.islice(stream, batch)):
            articles = [
                Article(s.text, s.id, s.published, published, s.headline, s.metadata) for s in chunk
            ]
            try:
                documents = self._parse_articles(articles)
            except Exception:
                # again one by one: only the document the analysis fails on is
                # lost, and those around it come out in their places
                yield [
                    (source, *self._parse_alone(article))
                    for source, article in zip(chunk, articles, strict=True)
                ]
                continue
            yield [
                (source, document, None) for source, document in zip(chunk, documents, strict=True)
            ]

    def _parse_alone(self, article: Article) -> tuple[Document, CheckError | None]:
        try:
            return self._parse_articles([article])[0], None
        except Exception as exc:
            message = (
                f"the analysis failed on this document, so no rule ran (a bug to report): {exc!r}"
            )
            failure = CheckError(CORE, (), article.id, message, traceback.format_exc())
            return unanalysed(article), failure


def summarize(
    results: Sequence[CheckResult] | Iterable[CheckResult],
    *,
    input_errors: int = 0,
    seconds_by_plugin: Mapping[str, float] | None = None,
) -> RunSummary:
    """Totals for a finished run."""
    by_rule: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    documents = errors = 0
    for result in results:
        documents += 1
        errors += len(result.errors)
        for finding in result.findings:
            by_rule[finding.rule] += 1
            by_severity[finding.severity.value] += 1
    return RunSummary(
        documents,
        dict(sorted(by_rule.items())),
        dict(sorted(by_severity.items())),
        errors,
        input_errors,
        dict(sorted((seconds_by_plugin or {}).items())),
    )
