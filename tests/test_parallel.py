"""``check --jobs`` and ``parse --jobs``: worker processes change nothing in
the output (bytes, order, errors, exit code), and a single document never
starts one."""

from __future__ import annotations

import functools
import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mediacheck import Engine, parallel
from mediacheck.cli import CheckWork, main
from mediacheck.errors import InputError
from mediacheck.formats import SourceDocument

#: A plugin loaded with --plugin: a rule that reports every "banana", a
#: check that raises on "boom", and an output format with no ``render``,
#: whose reporter gets whole results back from the workers.
PLUGIN = textwrap.dedent(
    """
    from mediacheck import Check, Rule, hookimpl
    from mediacheck.formats import OutputFormat

    BANANA = Rule(slug="word-banana", title="Banana", severity="warning", description="Bananas.")
    BOOM = Rule(slug="always-raises", title="Raises", severity="error", description="Raises.")

    def bananas(document, context):
        start = document.text.find("banana")
        while start != -1:
            yield context.finding(BANANA, (start, start + 6), "the word banana")
            start = document.text.find("banana", start + 1)

    def boom(document, context):
        if "boom" in document.text:
            raise RuntimeError("boom")
        return []

    class Counter:
        def __init__(self, stream, options):
            self.stream = stream
        def document(self, result):
            self.stream.write(f"{result.path} {len(result.findings)} {result.document.id}\\n")
        def input_error(self, error):
            self.stream.write(f"{error.where} unreadable\\n")
        def finish(self, summary):
            self.stream.write(f"total {summary.documents}\\n")

    @hookimpl
    def mediacheck_checks():
        return [Check([BANANA], bananas), Check([BOOM], boom)]

    @hookimpl
    def mediacheck_output_formats():
        return [OutputFormat("count", Counter)]
    """
)
LINES = [
    {"id": "a", "text": "A banana, two bananas.\n\nThe minister said prices rose."},
    {"id": "b", "text": 'Analysts say it will fail. "We are ready," a spokesman said.'},
    "not json",
    {"id": "c", "text": "Nothing here but a boom."},
    {"id": "d", "text": ""},
    *({"id": f"n{i}", "text": f"Day {i}: one banana and {i}0 percent."} for i in range(10)),
]


@pytest.fixture(autouse=True)
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "jobsplugin.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(plugins))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mediacheck.toml").write_text("", encoding="utf-8")
    path = tmp_path / "corpus.jsonl"
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in LINES)
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text", "count", "sarif", "github"])
def test_check_output_is_that_of_one_process(fmt: str) -> None:
    """Same bytes, same errors on standard error, same exit code (2: a bad
    line, an empty text and a raising check), with workers or without."""
    args = ("check", "--plugin", "jobsplugin", "--format", fmt, "corpus.jsonl")
    alone, workers = run(*args, "-j", "1"), run(*args, "-j", "3")
    assert workers.stdout == alone.stdout
    assert workers.stderr == alone.stderr
    assert workers.exit_code == alone.exit_code == 2
    assert "corpus.jsonl:3: not JSON" in workers.stderr


def test_documents_and_errors_keep_their_order() -> None:
    """Each line's outcome stands where the line stands, errors included,
    and the raising check is reported on its own document only."""
    out = run("check", "--plugin", "jobsplugin", "--format", "jsonl", "-j", "2", "corpus.jsonl")
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["path"] for r in records] == [f"corpus.jsonl:{n}" for n in range(1, len(LINES) + 1)]
    assert [r["id"] for r in records][:5] == ["a", "b", None, "c", None]
    assert [bool(r["errors"]) for r in records[5:]] == [False] * 10
    assert records[3]["errors"][0]["rules"] == ["always-raises"]


def test_profile_sums_the_workers() -> None:
    """--profile reports every plugin and the core analysis, from the workers."""
    out = run("check", "--plugin", "jobsplugin", "--profile", "-j", "2", "corpus.jsonl")
    assert "(core analysis)" in out.stderr and "jobsplugin" in out.stderr


def test_parse_output_is_that_of_one_process() -> None:
    for fmt in ("jsonl", "json"):
        alone = run("parse", "--format", fmt, "-j", "1", "corpus.jsonl")
        workers = run("parse", "--format", fmt, "-j", "2", "corpus.jsonl")
        assert (workers.stdout, workers.stderr, workers.exit_code) == (
            alone.stdout,
            alone.stderr,
            2,
        )


def test_one_process_takes_chunks_with_errors_in_their_place() -> None:
    """Without workers, documents still go to the work a chunk at a time,
    and each input error comes out where it was read."""
    chunks: list[list[str]] = []

    def work(engine: Engine, sources: list[SourceDocument]) -> list[str]:
        chunks.append([source.id for source in sources])
        return [source.id.upper() for source in sources]

    items: list[SourceDocument | InputError] = [
        SourceDocument("One.", id="a", path="a"),
        InputError("bad", "unreadable"),
        SourceDocument("Two.", id="b", path="b"),
        SourceDocument("Three.", id="c", path="c"),
    ]
    outcomes = list(parallel.in_chunks(work, items, engine=Engine(entrypoints=False), chunk=2))
    assert [o if isinstance(o, str) else o.where for o in outcomes] == ["A", "bad", "B", "C"]
    assert chunks == [["a"], ["b", "c"]]


def test_a_single_document_starts_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("workers started for one document")

    monkeypatch.setattr(parallel, "imap", refuse)
    Path("one.txt").write_text("A banana.", encoding="utf-8")
    assert run("check", "--plugin", "jobsplugin", "-j", "4", "one.txt").exit_code == 1


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_jobs_must_be_a_count_or_auto(value: str) -> None:
    out = run("check", "-j", value, "corpus.jsonl")
    assert out.exit_code == 2 and "--jobs" in out.stderr


def test_spawned_workers_rebuild_the_engine() -> None:
    """Without fork (macOS, Windows) a worker builds its engine from the
    recipe, --plugin modules included, and results pickle both ways."""
    sources: list[SourceDocument | InputError] = [
        SourceDocument("One banana.", id="x", path="x"),
        InputError("bad", "unreadable"),
        SourceDocument("Two bananas, one banana.", id="y", path="y"),
    ]
    recipe = functools.partial(Engine, plugins=["jobsplugin"], select=["word-banana"])
    outcomes = list(
        parallel.imap(
            CheckWork(None, False),
            sources,
            engine=recipe(),
            recipe=recipe,
            jobs=1,
            chunk=2,
            start_method="spawn",
        )
    )
    assert isinstance(outcomes[1], InputError)
    results = [o.result for o in outcomes if not isinstance(o, InputError)]
    assert [(r.document.id, len(r.findings)) for r in results if r] == [("x", 1), ("y", 2)]
