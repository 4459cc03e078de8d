"""The command line: a thin click shell over the library.

Library errors become one ``mediacheck: error: ...`` line and exit code 2
here, at the edge, and nowhere else.  Exit codes: 0 clean, 1 a finding at or
above ``--fail-on``, 2 usage, configuration, input or plugin errors.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

import attrs
import click

from mediacheck import __version__, inputs
from mediacheck.catalogue import render_rule
from mediacheck.config import Config, find_config, load_config
from mediacheck.engine import CheckResult, Engine, RunSummary
from mediacheck.errors import InputError, MediacheckError
from mediacheck.findings import Severity
from mediacheck.formats import InputFormat, OutputFormat, SourceDocument
from mediacheck.serialize import document_to_dict

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])
FAIL_ON = {"info": 1, "warning": 2, "error": 3, "never": 99}


def _fail(message: str) -> NoReturn:
    click.echo(f"mediacheck: error: {message}", err=True)
    sys.exit(2)


class DateType(click.ParamType):  # type: ignore[type-arg]  # generic only from click 8.2
    """``YYYY-MM-DD``; an impossible date is told apart from a bad format."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            return inputs.parse_date(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


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


def _input_formats(engine: Engine) -> list[InputFormat]:
    """Plugins' formats first, so a third party can claim an extension."""
    found = list(engine.manager.collect("mediacheck_input_formats"))
    return [f for p, f in found if p != "mediacheck.inputs"] + [
        f for p, f in found if p == "mediacheck.inputs"
    ]


def _output_formats(engine: Engine) -> dict[str, OutputFormat]:
    formats: dict[str, OutputFormat] = {}
    for plugin, fmt in engine.manager.collect("mediacheck_output_formats"):
        if fmt.name in formats:
            _fail(f"plugin {plugin!r}: output format {fmt.name!r} is already defined")
        formats[fmt.name] = fmt
    return formats


def _read(
    engine: Engine, paths: tuple[str, ...], max_bytes: int
) -> Iterator[SourceDocument | InputError]:
    for item in inputs.read_inputs(
        paths,
        _input_formats(engine),
        fallback=inputs.TEXT,
        max_bytes=max_bytes,
        stdin=sys.stdin.buffer,
    ):
        if isinstance(item, InputError):
            click.echo(f"mediacheck: error: {item}", err=True)
        yield item


def _open_output(output: str | None) -> IO[str]:
    if output is None:
        return sys.stdout
    try:
        return open(output, "w", encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot be written: {exc.strerror}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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

    def add(self, result: CheckResult) -> None:
        self.documents += 1
        self.errors += len(result.errors)
        for finding in result.findings:
            self.by_rule[finding.rule] += 1
            self.by_severity[finding.severity.value] += 1
            self.worst = max(self.worst, finding.severity.rank)

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


@main.command()
@input_options
@engine_options
@click.option(
    "--format", "fmt", default="text", show_default=True, metavar="FORMAT",
    help="text, json, jsonl, or a format a plugin adds.",
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
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    profile: bool,
    color: bool | None,
) -> None:
    """Check articles (files, directories, .jsonl corpora, - for stdin)."""
    engine = _engine(config_path, plugins, _names(select) if select else None, _names(ignore))
    formats = _output_formats(engine)
    if fmt not in formats:
        raise click.BadParameter(
            f"{fmt!r} is not an output format (choose from {', '.join(sorted(formats))})",
            param_hint="'--format'",
        )
    stream = _open_output(output)
    if color is None:
        color = output is None and stream.isatty()
    options = {"color": color, "profile": profile, "version": __version__}
    reporter = formats[fmt].open(stream, options)
    tally = _Tally()
    fallback = published
    analysis = 0.0
    for item in _read(engine, paths, max_bytes):
        if isinstance(item, InputError):
            tally.input_errors += 1
            reporter.input_error(item)
            continue
        started, in_plugins = time.perf_counter(), sum(engine.seconds_by_plugin.values())
        result = next(engine.run([item], published=fallback))
        analysis += time.perf_counter() - started
        analysis -= sum(engine.seconds_by_plugin.values()) - in_plugins
        if item.source_map is not None:
            findings = tuple(map(item.source_map.relocate_finding, result.findings))
            result = attrs.evolve(result, findings=findings)
        tally.add(result)
        reporter.document(result)
    timings = {**engine.seconds_by_plugin, ANALYSIS: analysis} if profile else {}
    reporter.finish(tally.summary(timings))
    if output is not None:
        stream.close()
    if profile:
        _print_profile(timings)
    if tally.input_errors or tally.errors:
        sys.exit(2)
    sys.exit(1 if tally.worst >= FAIL_ON[fail_on] else 0)


# -------------------------------------------------------------------- parse


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
    config_path: str | None,
    plugins: tuple[str, ...],
    fmt: str,
) -> None:
    """Print the document model of each article as JSON."""
    engine = _engine(config_path, plugins)
    stream = _open_output(output)
    fallback = published
    failed = written = 0
    if fmt == "json":
        stream.write(f'{{"version": {json.dumps(__version__)}, "documents": [')
    for item in _read(engine, paths, max_bytes):
        if isinstance(item, InputError):
            failed += 1
            continue
        document = engine.parse(
            item.text,
            id=item.id,
            published=item.published,
            fallback_published=fallback,
            headline=item.headline,
            metadata=item.metadata,
        )
        record = document_to_dict(document)
        record = {"id": record.pop("id"), "path": item.path, **record}
        line = json.dumps(record, ensure_ascii=False)
        stream.write((("\n" if not written else ",\n") + line) if fmt == "json" else line + "\n")
        written += 1
    if fmt == "json":
        stream.write("\n]}\n")
    if output is not None:
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
