"""The command line: a thin click shell over the library.

Library errors become one ``mediacheck: error: ...`` line and exit code 2
here, at the edge, and nowhere else.  Exit codes: 0 clean, 1 a finding at or
above ``--fail-on``, 2 usage, configuration, input or plugin errors.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import gc
import io
import itertools
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import attrs
import click

from mediacheck import __version__, inputs, parallel
from mediacheck.analysis.calendar import reckonable
from mediacheck.catalogue import render_rule
from mediacheck.config import Config, find_config, load_config
from mediacheck.engine import CheckResult, Engine, RunSummary
from mediacheck.errors import InputError, MediacheckError
from mediacheck.findings import Severity
from mediacheck.formats import InputFormat, OutputFormat, Reporter, SourceDocument
from mediacheck.report_stream import OutputError, ReportStream
from mediacheck.serialize import document_to_dict

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])
FAIL_ON = {"info": 1, "warning": 2, "error": 3, "never": 99}


def _fail(message: str) -> NoReturn:
    click.echo(f"mediacheck: error: {message}", err=True)
    sys.exit(2)


class DateType(click.ParamType):  # type: ignore[type-arg]  # generic only from click 8.2
    """``YYYY-MM-DD``; an impossible date is told apart from a bad format, and
    a date at the calendar's ends, which anchors no other, is refused: a
    document's own 0001-01-01 is a CMS's placeholder and read as no date, but
    a user who types it would be told nothing while every date went unchecked."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            date = inputs.parse_date(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        if not reckonable(date.year):
            self.fail(
                f"{date} anchors no date: a publication date must lie a year inside the"
                " calendar (0002-01-01 to 9998-12-31)",
                param,
                ctx,
            )
        return date


class JobsType(click.ParamType):  # type: ignore[type-arg]  # generic only from click 8.2
    """A number of processes, or ``auto``: one per CPU."""

    name = "jobs"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int):
            return value
        if str(value).strip().lower() == "auto":
            return parallel.available_cpus()
        try:
            jobs = int(value)
        except ValueError:
            self.fail(f"{value!r} is neither a number of processes nor 'auto'", param, ctx)
        if jobs < 1:
            self.fail(f"{jobs} is not a number of processes (1 or more, or 'auto')", param, ctx)
        return jobs


def _names(values: tuple[str, ...]) -> list[str]:
    """``--select a,b --select c`` as ``[a, b, c]``."""
    return [n.strip() for value in values for n in value.split(",") if n.strip()]


# ------------------------------------------------------------------ options


def engine_options(f: F) -> F:
    f = click.option(
        "--plugin", "plugins", multiple=True, metavar="MODULE",
        help="Load a plugin module (dotted path, or module:attribute). Repeatable.",
    )(f)  # fmt: skip
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False), default=None,
        help="Configuration file (default: mediacheck.toml or pyproject.toml found "
        "from the working directory upward).",
    )(f)  # fmt: skip


def input_options(f: F) -> F:
    f = click.argument("paths", nargs=-1, required=True, metavar="INPUT...")(f)
    f = click.option(
        "--published", type=DateType(), default=None, metavar="YYYY-MM-DD",
        help="Publication date for documents that carry none of their own.",
    )(f)  # fmt: skip
    f = click.option(
        "--max-bytes", type=click.IntRange(min=1), default=inputs.DEFAULT_MAX_BYTES,
        show_default=True, help="Refuse documents larger than this.",
    )(f)  # fmt: skip
    f = click.option(
        "-j", "--jobs", type=JobsType(), default="auto", show_default=True, metavar="N|auto",
        help="Processes for an input of several documents (auto: one per CPU).",
    )(f)  # fmt: skip
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
        help="Write to this file instead of standard output.",
    )(f)  # fmt: skip


def _engine(
    config_path: str | None,
    plugins: tuple[str, ...],
    select: list[str] | None = None,
    ignore: tuple[str, ...] | list[str] = (),
) -> Engine:
    try:
        path = Path(config_path) if config_path else find_config()
        config = load_config(path) if path else Config()
        if select is not None or ignore:
            # names from the command line are validated with the file's
            source = "the command line" if path is None else f"{path} or the command line"
            config = attrs.evolve(config, source=source)
        engine = Engine(config=config, plugins=plugins, select=select, ignore=ignore)
    except MediacheckError as exc:
        _fail(str(exc))
    return engine


def _for_the_run(engine: Engine) -> Engine:
    """``engine``, its plugins, word lists and compiled tables taken out of
    the garbage collector's rounds (``gc.freeze``): they live as long as
    the run, and each full collection walked them all again (some 3% of
    the CPU time of a corpus), as would every forked worker, copying the
    memory pages it touches."""
    gc.freeze()
    return engine


def _input_formats(engine: Engine) -> list[InputFormat]:
    """Plugins' formats first, so a third party can claim an extension; a
    plugin's bad format is one line naming the plugin and exit 2."""
    try:
        return engine.input_formats()
    except MediacheckError as exc:
        _fail(str(exc))


def _output_formats(engine: Engine) -> dict[str, OutputFormat]:
    try:
        found = engine.formats("mediacheck_output_formats", OutputFormat)
    except MediacheckError as exc:
        _fail(str(exc))
    formats: dict[str, OutputFormat] = {}
    for plugin, fmt in found:
        if fmt.name in formats:
            _fail(f"plugin {plugin!r}: output format {fmt.name!r} is already defined")
        formats[fmt.name] = fmt
    return formats


def _read(
    engine: Engine, paths: tuple[str, ...], max_bytes: int, output: str | None
) -> Iterator[SourceDocument | InputError]:
    return inputs.read_inputs(
        paths,
        _input_formats(engine),
        fallback=inputs.TEXT,
        max_bytes=max_bytes,
        stdin=sys.stdin.buffer,
        exclude=output,
    )


def _input_error(error: InputError) -> None:
    """Told on standard error as the error takes its place in the output."""
    click.echo(f"mediacheck: error: {error}", err=True)


#: Documents an input must hold before worker processes are started: below
#: this, starting them costs more than they save.
MIN_PARALLEL = 4


def _work_items(
    items: Iterator[SourceDocument | InputError], jobs: int
) -> tuple[Iterator[SourceDocument | InputError], bool]:
    """``items`` as read, and whether they are worth ``jobs`` processes:
    reads ahead until :data:`MIN_PARALLEL` documents are found, so a single
    article (an editor's file, standard input) never starts a worker."""
    if jobs < 2:
        return items, False
    head: list[SourceDocument | InputError] = []
    documents = 0
    for item in items:
        head.append(item)
        documents += isinstance(item, SourceDocument)
        if documents >= MIN_PARALLEL:
            break
    return itertools.chain(head, items), documents >= MIN_PARALLEL


def _open_output(output: str | None, paths: tuple[str, ...]) -> ReportStream:
    """The report's stream: UTF-8 to ``output``, or to standard output
    whatever its locale's encoding (see :mod:`mediacheck.report_stream`).
    An ``output`` that is one of the ``paths`` is refused before it is
    opened, which would empty the article it is to report on."""
    if output is not None and os.path.exists(output):
        for path in paths:
            if path != "-" and os.path.isfile(path) and os.path.samefile(path, output):
                _fail(f"{output}: is also an input, which the report would overwrite")
    if output is None:
        sys.stdout.flush()
        return ReportStream(
            sys.stdout.buffer,
            "standard output",
            owned=False,
            line_buffering=bool(sys.stdout.line_buffering),
        )
    try:
        return ReportStream(open(output, "wb"), output)
    except OSError as exc:
        _fail(f"{output}: cannot be written: {exc.strerror}")


@contextlib.contextmanager
def _reporting(stream: ReportStream) -> Iterator[None]:
    """A report that cannot be written ends the run with one line naming
    where it went, and exit code 2.  A reader that went away (``| head``)
    ends it quietly with 141 (128 + SIGPIPE), as a shell reports a command
    the closed pipe stopped, where click exited with 1, which reads as
    "findings" that the run may never have reached."""
    try:
        yield
    except OutputError as exc:
        stream.abandon()
        _fail(str(exc))
    except BrokenPipeError:
        stream.abandon()
        raise click.exceptions.Exit(141) from None


class _Commands(click.Group):
    """The command group.  Ctrl-C ends a run as a shell expects: one line
    and exit code 130 (128 + SIGINT), where click printed "Aborted!" and
    exited with 1, which reads as "findings"."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("mediacheck: interrupted", err=True)
            raise click.exceptions.Exit(130) from None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mediacheck")
def main() -> None:
    """Check news articles for sourcing and factual red flags."""


# -------------------------------------------------------------------- check


class _Tally:
    """Counts over a run, kept as it goes so that no result is held."""

    def __init__(self) -> None:
        self.documents = self.errors = self.input_errors = 0
        self.by_rule: Counter[str] = Counter()
        self.by_severity: Counter[str] = Counter()
        self.worst = 0

    def add(self, checked: Checked) -> None:
        self.documents += 1
        self.errors += checked.errors
        for rule, severity in checked.findings:
            self.by_rule[rule] += 1
            self.by_severity[severity.value] += 1
            self.worst = max(self.worst, severity.rank)

    def summary(self, profile: dict[str, float]) -> RunSummary:
        return RunSummary(
            self.documents,
            dict(sorted(self.by_rule.items())),
            {s.value: self.by_severity[s.value] for s in Severity if self.by_severity[s.value]},
            self.errors,
            self.input_errors,
            dict(sorted(profile.items())),
        )


def _print_profile(profile: dict[str, float]) -> None:
    total = sum(profile.values()) or 1.0
    click.echo("profile (seconds per plugin):", err=True)
    for name, seconds in sorted(profile.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {name:<28} {seconds:9.4f} s {100 * seconds / total:6.1f}%", err=True)


#: The name under which --profile reports the core's own analysis.
ANALYSIS = "(core analysis)"


@attrs.frozen
class Checked:
    """One document checked, as the command needs it: small enough to send
    back from a worker process."""

    #: Rule and severity of each finding, for the totals and the exit code.
    findings: tuple[tuple[str, Severity], ...]
    errors: int
    #: The whole result, unless the reporter has already rendered it.
    result: CheckResult | None
    #: The document's output, rendered where it was checked.
    rendered: str | None = None
    #: Seconds by plugin (and core analysis) on this document, with --profile.
    seconds: dict[str, float] = attrs.field(factory=dict)


class CheckWork:
    """Checks a chunk of documents, in this process or a worker.

    ``output`` names the format (and its options) whose reporter renders
    each document where it is checked, when that reporter can
    (``render``/``document_rendered``); else the whole result is returned.
    """

    def __init__(
        self,
        published: dt.date | None,
        profile: bool,
        output: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        self.published = published
        self.profile = profile
        self.output = output
        self._reporter: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_reporter": None}

    def __call__(self, engine: Engine, sources: list[SourceDocument]) -> Iterator[Checked]:
        results = engine.run(sources, published=self.published, batch=max(len(sources), 1))
        for _ in sources:
            started = time.perf_counter()
            before = dict(engine.seconds_by_plugin) if self.profile else {}
            # the first of a batch carries the batch's analysis
            result = next(results)
            seconds: dict[str, float] = {}
            if self.profile:
                elapsed = time.perf_counter() - started
                seconds = {k: v - before.get(k, 0.0) for k, v in engine.seconds_by_plugin.items()}
                seconds[ANALYSIS] = elapsed - sum(seconds.values())
            yield self._checked(engine, result, seconds)

    def _checked(self, engine: Engine, result: CheckResult, seconds: dict[str, float]) -> Checked:
        counts = tuple((f.rule, f.severity) for f in result.findings)
        if self.output is None:
            return Checked(counts, len(result.errors), result, None, seconds)
        if self._reporter is None:
            name, options = self.output
            self._reporter = _output_formats(engine)[name].open(
                io.StringIO(), _with_rules(options, engine)
            )
        rendered = self._reporter.render(result)
        return Checked(counts, len(result.errors), None, rendered, seconds)


def _with_rules(options: dict[str, Any], engine: Engine) -> dict[str, Any]:
    """A reporter's options with the rules the run reports, as (plugin,
    rule) pairs in order of slug.  Each process adds them from its own
    engine, so the options sent to a worker stay plain values (a Rule's
    options mapping cannot be pickled)."""
    return {**options, "rules": tuple(sorted(engine.active_rules, key=lambda pr: pr[1].slug))}


def _renders(reporter: Reporter) -> bool:
    """Whether ``reporter`` can have documents rendered in worker processes."""
    return callable(getattr(reporter, "render", None)) and callable(
        getattr(reporter, "document_rendered", None)
    )


@main.command()
@input_options
@engine_options
@click.option(
    "--format", "fmt", default="text", show_default=True, metavar="FORMAT",
    help="text, json, jsonl, sarif, github, or a format a plugin adds.",
)  # fmt: skip
@click.option("--select", multiple=True, help="Only these rules or plugins (comma separated).")
@click.option("--ignore", multiple=True, help="Skip these rules or plugins (comma separated).")
@click.option(
    "--fail-on", type=click.Choice(list(FAIL_ON)), default="warning", show_default=True,
    help="Exit with 1 when a finding at or above this severity exists.",
)  # fmt: skip
@click.option("--profile", is_flag=True, help="Report the time spent in each plugin.")
@click.option("--color/--no-color", default=None, help="Colour the output (default: on a tty).")
def check(
    paths: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    output: str | None,
    config_path: str | None,
    plugins: tuple[str, ...],
    jobs: int,
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    profile: bool,
    color: bool | None,
) -> None:
    """Check articles (files, directories, .jsonl corpora, - for stdin)."""
    if select and not _names(select):
        # an empty selection would check nothing and report "clean"
        raise click.BadParameter("names no rule or plugin", param_hint="'--select'")
    recipe = functools.partial(
        _engine, config_path, plugins, _names(select) if select else None, _names(ignore)
    )
    engine = _for_the_run(recipe())
    formats = _output_formats(engine)
    if fmt not in formats:
        raise click.BadParameter(
            f"{fmt!r} is not an output format (choose from {', '.join(sorted(formats))})",
            param_hint="'--format'",
        )
    stream = _open_output(output, paths)
    if color is None:
        color = output is None and stream.isatty()
    options = {"color": color, "profile": profile, "version": __version__}
    with _reporting(stream):
        reporter = formats[fmt].open(stream, _with_rules(options, engine))
        tally = _Tally()
        timings: defaultdict[str, float] = defaultdict(float)
        items, several = _work_items(_read(engine, paths, max_bytes, output), jobs)
        outcomes: Iterator[Checked | InputError]
        if several:
            work = CheckWork(published, profile, (fmt, options) if _renders(reporter) else None)
            outcomes = parallel.imap(work, items, engine=engine, recipe=recipe, jobs=jobs)
        else:
            outcomes = parallel.in_chunks(CheckWork(published, profile), items, engine=engine)
        for outcome in outcomes:
            if isinstance(outcome, InputError):
                _input_error(outcome)
                tally.input_errors += 1
                reporter.input_error(outcome)
                continue
            tally.add(outcome)
            if outcome.rendered is not None:
                reporter.document_rendered(outcome.rendered)  # type: ignore[attr-defined]
            else:
                assert outcome.result is not None
                reporter.document(outcome.result)
            for name, seconds in outcome.seconds.items():
                timings[name] += seconds
        reporter.finish(tally.summary(timings))
        stream.close()
    if profile:
        _print_profile(timings)
    if tally.input_errors or tally.errors:
        sys.exit(2)
    sys.exit(1 if tally.worst >= FAIL_ON[fail_on] else 0)


# -------------------------------------------------------------------- parse


class ParseWork:
    """Analyses a chunk of documents into their JSON lines, in this process or a worker."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published

    def __call__(self, engine: Engine, sources: list[SourceDocument]) -> Iterator[str | InputError]:
        parsed = engine.parse_all(sources, published=self.published, batch=max(len(sources), 1))
        for source, (document, failure) in zip(sources, parsed, strict=True):
            if failure is not None:
                yield InputError(source.path or document.id, failure.message)
                continue
            record = document_to_dict(document)
            record = {"id": record.pop("id"), "path": source.path, **record}
            yield json.dumps(record, ensure_ascii=False)


@main.command()
@input_options
@engine_options
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True
)
def parse(
    paths: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    output: str | None,
    jobs: int,
    config_path: str | None,
    plugins: tuple[str, ...],
    fmt: str,
) -> None:
    """Print the document model of each article as JSON."""
    recipe = functools.partial(_engine, config_path, plugins)
    engine = _for_the_run(recipe())
    stream = _open_output(output, paths)
    work = ParseWork(published)
    failed = written = 0
    with _reporting(stream):
        if fmt == "json":
            stream.write(f'{{"version": {json.dumps(__version__)}, "documents": [')
        items, several = _work_items(_read(engine, paths, max_bytes, output), jobs)
        lines: Iterator[str | InputError]
        if several:
            lines = parallel.imap(work, items, engine=engine, recipe=recipe, jobs=jobs)
        else:
            lines = parallel.in_chunks(work, items, engine=engine)
        for line in lines:
            if isinstance(line, InputError):
                _input_error(line)
                failed += 1
                continue
            stream.write(
                (("\n" if not written else ",\n") + line) if fmt == "json" else line + "\n"
            )
            written += 1
        if fmt == "json":
            stream.write("\n]}\n")
        stream.close()
    sys.exit(2 if failed else 0)


# ------------------------------------------------------------ introspection


@main.command()
@engine_options
def rules(config_path: str | None, plugins: tuple[str, ...]) -> None:
    """List every rule of every plugin: slug, plugin, severity, title."""
    found = sorted(_engine(config_path, plugins).rules, key=lambda pr: pr[1].slug)
    width = max((len(rule.slug) for _, rule in found), default=4)
    pwidth = max((len(plugin) for plugin, _ in found), default=6)
    for plugin, rule in found:
        click.echo(
            f"{rule.slug:<{width}}  {plugin:<{pwidth}}  {rule.severity.value:<7}  {rule.title}"
        )


@main.command()
@engine_options
@click.argument("rule")
def explain(config_path: str | None, plugins: tuple[str, ...], rule: str) -> None:
    """Print a rule's full description with examples."""
    found = dict((r.slug, (p, r)) for p, r in _engine(config_path, plugins).rules)
    if rule not in found:
        close = difflib.get_close_matches(rule, list(found), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see 'mediacheck rules')"
        _fail(f"no rule {rule!r}{hint}")
    click.echo(render_rule(*found[rule], footer=False).rstrip("\n"))


@main.command(name="plugins")
@engine_options
@click.option("--verbose", "-v", is_flag=True, help="Show each plugin's hooks and rules.")
def list_plugins(config_path: str | None, plugins: tuple[str, ...], verbose: bool) -> None:
    """List the plugins found, with their versions."""
    engine = _engine(config_path, plugins)
    for info in engine.manager.plugins(engine.rules):
        click.echo(f"{info.name} {info.version or '(no version)'}")
        if verbose:
            click.echo(f"  module: {info.module}")
            if info.dist:
                click.echo(f"  distribution: {info.dist}")
            click.echo(f"  plugin API: {info.api if info.api is not None else 'not stated'}")
            click.echo(f"  hooks: {', '.join(info.hooks) or 'none'}")
            if info.rules:
                click.echo(f"  rules: {', '.join(info.rules)}")
