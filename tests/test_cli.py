"""The command line: every option, exit codes 0/1/2, stdin, directories,
plugins adding formats, and byte-identical output on repeated runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mediacheck import Document, Quote
from mediacheck.cli import main

#: A third-party plugin: a rule that reports every "banana", a rule whose
#: check always raises, and an output format that prints one count a line.
PLUGIN = textwrap.dedent(
    """
    from mediacheck import Check, Rule, hookimpl
    from mediacheck.formats import OutputFormat

    BANANA = Rule(slug="word-banana", title="The word banana", severity="warning",
                  description="Reports every banana.", options={"word": "banana"})
    BOOM = Rule(slug="always-raises", title="Raises", severity="error", description="Raises.")
    DATED = Rule(slug="dated", title="Publication date", severity="info",
                 description="Reports the publication date.")

    def bananas(document, context):
        word = context.option(BANANA, "word")
        start = document.text.find(word)
        while start != -1:
            yield context.finding(BANANA, (start, start + len(word)), f"the word {word}")
            start = document.text.find(word, start + 1)

    def boom(document, context):
        if "boom" in document.text:
            raise RuntimeError("boom")
        return []

    def dated(document, context):
        yield context.finding(DATED, (0, 1), f"published {document.published}")

    class Counter:
        def __init__(self, stream, options):
            self.stream = stream
        def document(self, result):
            self.stream.write(f"{result.path} {len(result.findings)}\\n")
        def input_error(self, error):
            pass
        def finish(self, summary):
            self.stream.write(f"total {summary.documents}\\n")

    @hookimpl
    def mediacheck_checks():
        return [Check([BANANA], bananas), Check([BOOM], boom), Check([DATED], dated)]

    @hookimpl
    def mediacheck_output_formats():
        return [OutputFormat("count", Counter)]
    """
)
FRUIT = ("--plugin", "fruitplugin")
ONLY_BANANA = (*FRUIT, "--select", "word-banana")


@pytest.fixture(autouse=True)
def fruit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The plugin importable as ``fruitplugin``; the working directory holds
    no configuration file (tests add one when they want it)."""
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "fruitplugin.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(plugins))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mediacheck.toml").write_text("", encoding="utf-8")
    return plugins


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def write(name: str, text: str) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(text, encoding="utf-8")
    return name


class TestCheckText:
    def test_compiler_style_line_excerpt_caret_and_summary(self) -> None:
        """A finding prints as path:line:col, the sentence, a caret line and a summary."""
        path = write("a.txt", "Title\n\nWe ate a banana today.")
        result = run("check", *ONLY_BANANA, path)
        assert result.exit_code == 1
        lines = result.output.splitlines()
        assert lines[0] == "a.txt:3:10: warning word-banana the word banana"
        assert lines[1] == "    We ate a banana today."
        assert lines[2] == "             ^^^^^^"
        assert lines[-1] == "1 finding (0 errors, 1 warning, 0 info) in 1 document"

    def test_clean_document_exits_zero(self) -> None:
        """No finding at all: exit 0 and only the summary."""
        result = run("check", *ONLY_BANANA, write("a.txt", "An apple a day."))
        assert result.exit_code == 0
        assert result.output == "0 findings (0 errors, 0 warnings, 0 info) in 1 document\n"

    @pytest.mark.parametrize(
        ("fail_on", "code"), [("info", 1), ("warning", 1), ("error", 0), ("never", 0)]
    )
    def test_fail_on(self, fail_on: str, code: int) -> None:
        """A warning fails the run at --fail-on info or warning only."""
        path = write("a.txt", "One banana.")
        assert run("check", *ONLY_BANANA, "--fail-on", fail_on, path).exit_code == code

    def test_color_forced_and_refused(self) -> None:
        """--color styles the output even off a terminal; --no-color and the
        default off a terminal do not."""
        path = write("a.txt", "One banana.")
        assert "\x1b[" in run("check", *ONLY_BANANA, "--color", path).output
        assert "\x1b[" not in run("check", *ONLY_BANANA, "--no-color", path).output
        assert "\x1b[" not in run("check", *ONLY_BANANA, path).output


class TestSelection:
    def test_ignore_rule_and_plugin(self) -> None:
        """--ignore takes rule slugs or plugin names, comma separated."""
        path = write("a.txt", "One banana. boom")
        out = run("check", *FRUIT, "--select", "fruitplugin", "--ignore", "word-banana,dated", path)
        assert "word-banana" not in out.output and out.exit_code == 2  # only the raising check
        out = run("check", *FRUIT, "--select", "fruitplugin", "--ignore", "fruitplugin", path)
        assert out.output.startswith("0 findings") and out.exit_code == 0

    def test_unknown_name_is_an_error(self) -> None:
        """A misspelt rule in --select exits 2 and names it."""
        result = run("check", *FRUIT, "--select", "word-bananna", write("a.txt", "x"))
        assert result.exit_code == 2
        assert "mediacheck: error:" in result.output and "'word-bananna'" in result.output

    def test_plugin_failing_at_import_is_one_line_exit_two(self, fruit: Path) -> None:
        (fruit / "rulebreaker.py").write_text(
            "from mediacheck import Rule\n"
            "R = Rule(slug='ok-slug', title='x', severity='loud', description='d')\n",
            encoding="utf-8",
        )
        result = CliRunner().invoke(main, ["check", "--plugin", "rulebreaker", write("a.txt", "x")])
        assert result.exit_code == 2
        assert result.output.startswith("mediacheck: error: plugin 'rulebreaker': raised ")
        assert len(result.output.splitlines()) == 1

    def test_unknown_plugin_module(self) -> None:
        result = run("check", "--plugin", "no_such_module_here", write("a.txt", "x"))
        assert result.exit_code == 2 and "no_such_module_here" in result.output


class TestFormats:
    def test_jsonl_one_object_a_document(self) -> None:
        paths = [write("a.txt", "One banana."), write("b.txt", "No fruit.")]
        result = run("check", *ONLY_BANANA, "--format", "jsonl", *paths)
        records = [json.loads(line) for line in result.output.splitlines()]
        assert [r["path"] for r in records] == paths
        assert [len(r["findings"]) for r in records] == [1, 0]
        finding = records[0]["findings"][0]
        assert (finding["rule"], finding["plugin"], finding["text"]) == (
            "word-banana",
            "fruitplugin",
            "banana",
        )

    def test_json_one_object_with_counts_and_profile(self) -> None:
        path = write("a.txt", "One banana, two banana.")
        result = CliRunner().invoke(
            main, ["check", *ONLY_BANANA, "--format", "json", "--profile", path]
        )
        report = json.loads(result.stdout)
        assert report["counts"] == {"word-banana": 2}
        assert len(report["documents"]) == 1 and report["version"]
        assert "fruitplugin" in report["summary"]["profile"]
        assert "(core analysis)" in report["summary"]["profile"]
        assert "profile (seconds per plugin):" in result.stderr

    def test_profile_in_text_goes_to_stderr(self) -> None:
        result = CliRunner().invoke(main, ["check", *ONLY_BANANA, "--profile", write("a", "x")])
        assert "profile" not in result.stdout and "fruitplugin" in result.stderr

    def test_format_from_a_plugin(self) -> None:
        """An output format added through mediacheck_output_formats is selectable."""
        result = run("check", *ONLY_BANANA, "--format", "count", write("a.txt", "banana"))
        assert result.output == "a.txt 1\ntotal 1\n"

    @pytest.mark.parametrize(
        ("body", "said"),
        [
            ("raise ValueError('no formats today')", "no formats today"),
            ("return ['github']", "which is not an OutputFormat"),
        ],
        ids=["raises", "returns-junk"],
    )
    def test_broken_output_format_hook_is_one_line(
        self, fruit: Path, body: str, said: str, request: pytest.FixtureRequest
    ) -> None:
        """A plugin failing to give its formats stops the run with one line naming it."""
        # a module of its own per case: an imported plugin stays in sys.modules
        name = "badformats_" + request.node.callspec.id.replace("-", "_")
        (fruit / f"{name}.py").write_text(
            "from mediacheck import hookimpl\n"
            "@hookimpl\n"
            f"def mediacheck_output_formats():\n    {body}\n",
            encoding="utf-8",
        )
        result = run("check", "--plugin", name, write("a.txt", "x"))
        assert result.exit_code == 2
        (line,) = result.output.splitlines()
        assert f"'{name}'" in line and said in line

    def test_unknown_format(self) -> None:
        result = run("check", "--format", "xml", write("a.txt", "x"))
        assert result.exit_code == 2 and "'xml' is not an output format" in result.output

    def test_output_file(self) -> None:
        result = run("check", *ONLY_BANANA, "-o", "out.txt", write("a.txt", "banana"))
        assert result.output == ""
        assert Path("out.txt").read_text(encoding="utf-8").startswith("a.txt:1:1: warning")


class TestInputs:
    def test_stdin(self) -> None:
        result = run("check", *ONLY_BANANA, "--format", "jsonl", "-", input="A banana.")
        record = json.loads(result.output)
        assert record["path"] == "<stdin>" and record["findings"][0]["start"] == 2

    def test_directory_walked_in_order_known_extensions_only(self) -> None:
        write("d/b.txt", "banana")
        write("d/a.md", "# Head\n\nA *banana*.")
        write("d/sub/c.jsonl", json.dumps({"text": "banana", "id": "c1"}) + "\n")
        write("d/image.png", "not text")
        write("d/.hidden/x.txt", "banana")
        result = run("check", *ONLY_BANANA, "--format", "jsonl", "d")
        assert [json.loads(line)["path"] for line in result.output.splitlines()] == [
            "d/a.md",
            "d/b.txt",
            "d/sub/c.jsonl:1",
        ]

    def test_published_fills_missing_dates_only(self) -> None:
        corpus = write(
            "c.jsonl",
            json.dumps({"text": "x", "id": "1"})
            + "\n"
            + json.dumps({"text": "x", "id": "2", "published": "2020-05-01"})
            + "\n",
        )
        result = run("check", *FRUIT, "--select", "dated", "--format", "jsonl",
                     "--published", "2024-01-31", corpus)  # fmt: skip
        messages = [
            json.loads(line)["findings"][0]["message"] for line in result.output.splitlines()
        ]
        assert messages == ["published 2024-01-31", "published 2020-05-01"]
        assert run("check", "--published", "31/01/2024", corpus).exit_code == 2

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("2025-02-30", "2025-02-30 is not a date: February 2025 has 28 days"),
            ("2025-13-01", "2025-13-01 is not a date: there is no month 13"),
            ("31/01/2024", "'31/01/2024' is not a YYYY-MM-DD date"),
            # a placeholder for no date, which would leave every date unchecked
            ("0001-01-01", "0001-01-01 anchors no date"),
            ("9999-12-31", "9999-12-31 anchors no date"),
        ],
    )
    def test_published_says_what_is_wrong(self, value: str, message: str) -> None:
        result = run("check", "--published", value, write("a.txt", "x"))
        assert result.exit_code == 2
        assert f"Invalid value for '--published': {message}" in result.output


class TestPluginErrors:
    def test_raising_check_is_reported_and_exit_two(self) -> None:
        """A check that raises becomes an error record; other findings stay."""
        path = write("a.txt", "banana boom")
        result = run("check", *FRUIT, "--select", "fruitplugin", "--format", "jsonl", path)
        record = json.loads(result.output)
        assert result.exit_code == 2
        assert [f["rule"] for f in record["findings"]] == ["dated", "word-banana"]
        assert record["errors"][0]["plugin"] == "fruitplugin"
        assert record["errors"][0]["rules"] == ["always-raises"]
        text = run("check", *FRUIT, "--select", "fruitplugin", path).output
        assert (
            "a.txt: error plugin 'fruitplugin' (always-raises) failed: RuntimeError('boom')" in text
        )


class TestAnalysisFailure:
    """A bug in the core's analysis on one document loses that document only."""

    @pytest.fixture(autouse=True)
    def fails_on_boom(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from mediacheck import analysis

        find_quotes = analysis.find_quotes

        def fails(document: Document) -> tuple[Quote, ...]:
            if "BOOM" in document.text:
                raise IndexError("stage broke")
            return find_quotes(document)

        monkeypatch.setattr(analysis, "find_quotes", fails)
        for name, text in [("a", "A banana."), ("b", "BOOM banana."), ("c", "One more banana.")]:
            write(f"d/{name}.txt", text)

    def test_check_reports_it_and_checks_the_rest(self) -> None:
        result = run("check", *ONLY_BANANA, "--format", "jsonl", "d")
        assert result.exit_code == 2
        records = [json.loads(line) for line in result.output.splitlines()]
        assert [r["path"] for r in records] == ["d/a.txt", "d/b.txt", "d/c.txt"]
        assert [len(r["findings"]) for r in records] == [1, 0, 1]
        [error] = records[1]["errors"]
        assert error["plugin"] == "mediacheck"
        assert "IndexError('stage broke')" in error["message"]

    def test_parse_gives_one_line_for_it_and_the_rest(self) -> None:
        result = run("parse", "d")
        assert result.exit_code == 2
        lines = result.output.splitlines()
        paths = [json.loads(line)["path"] for line in lines if line.startswith("{")]
        assert paths == ["d/a.txt", "d/c.txt"]
        [error] = [line for line in lines if not line.startswith("{")]
        assert error.startswith("mediacheck: error: d/b.txt: the analysis failed")


class TestParse:
    def test_jsonl_document_model(self) -> None:
        path = write("a.txt", "Headline here\n\nBody text.")
        record = json.loads(run("parse", path).output)
        assert record["id"] == path and record["path"] == path
        assert record["headline"] == "Headline here"
        assert record["text"] == "Headline here\n\nBody text."

    def test_json_holds_all_documents(self) -> None:
        paths = [write("a.txt", "One."), write("b.txt", "Two.")]
        report = json.loads(run("parse", "--format", "json", *paths).output)
        assert [d["id"] for d in report["documents"]] == paths

    def test_published(self) -> None:
        out = run("parse", "--published", "2024-02-29", write("a.txt", "Body."))
        assert json.loads(out.output)["published"] == "2024-02-29"


class TestIntrospection:
    def test_rules_lists_slug_plugin_severity_title(self) -> None:
        lines = run("rules", *FRUIT).output.splitlines()
        banana = next(line for line in lines if line.startswith("word-banana"))
        assert banana.split()[:3] == ["word-banana", "fruitplugin", "warning"]
        assert banana.endswith("The word banana")

    def test_explain(self) -> None:
        result = run("explain", *FRUIT, "word-banana")
        assert result.exit_code == 0 and "Reports every banana." in result.output
        assert "generated by" not in result.output and "<!--" not in result.output
        missing = run("explain", *FRUIT, "word-bananas")
        assert missing.exit_code == 2 and "did you mean word-banana" in missing.output

    def test_plugins_with_versions_hooks_and_rules(self) -> None:
        plain = run("plugins", *FRUIT).output.splitlines()
        assert "fruitplugin (no version)" in plain
        assert any(line.startswith("mediacheck.inputs ") for line in plain)
        verbose = run("plugins", *FRUIT, "--verbose").output
        block = verbose.split("fruitplugin (no version)\n")[1].split("\n\n")[0]
        assert "hooks: mediacheck_checks, mediacheck_output_formats" in block
        assert "rules: always-raises, dated, word-banana" in block


class TestDeterminism:
    def test_two_runs_byte_identical(self) -> None:
        seeds = sorted(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt"))
        args = ["check", "--format", "jsonl", *map(str, seeds)]
        assert run(*args).output == run(*args).output


def test_real_process_exit_codes(tmp_path: Path, fruit: Path) -> None:
    """The installed module runs as a process: findings exit 1, a bad input 2."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(fruit), os.environ.get("PYTHONPATH", "")]),
    }
    ok = write("a.txt", "banana")
    cmd = [sys.executable, "-m", "mediacheck", "check", *ONLY_BANANA]
    done = subprocess.run([*cmd, ok], capture_output=True, text=True, env=env)
    assert done.returncode == 1 and done.stdout.startswith("a.txt:1:1: warning word-banana")
    done = subprocess.run([*cmd, ok, "missing.txt"], capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert "mediacheck: error: missing.txt: no such file or directory" in done.stderr


def _mediacheck(*args: str, fruit: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(fruit), os.environ.get("PYTHONPATH", "")]),
        **kwargs.pop("env", {}),  # type: ignore[dict-item]
    }
    cmd = [sys.executable, "-m", "mediacheck", *args]
    return subprocess.run(cmd, env=env, **kwargs)  # type: ignore[call-overload, no-any-return]


@pytest.mark.parametrize("names", ["", ",", " , "])
def test_select_naming_nothing_is_a_usage_error(names: str) -> None:
    """It checked nothing and exited 0, as a clean article does."""
    result = CliRunner().invoke(main, ["check", "--select", names, write("a.txt", "Hello.")])
    assert result.exit_code == 2
    assert "Invalid value for '--select': names no rule or plugin" in result.stderr


class TestInterrupt:
    @pytest.mark.parametrize("command", ["check", "parse"])
    def test_ctrl_c_is_one_line_and_exit_130(
        self, command: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """128 + SIGINT, as a shell reports it, not 1 (findings) and no traceback."""

        def interrupted(*args: object, **kwargs: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr("mediacheck.inputs.read_inputs", interrupted)
        result = CliRunner().invoke(main, [command, write("a.txt", "The mayor spoke.")])
        assert (result.exit_code, result.stderr) == (130, "mediacheck: interrupted\n")

    @pytest.mark.parametrize(
        ("command", "jobs"), [("check", "1"), ("check", "2"), ("parse", "1"), ("parse", "2")]
    )
    def test_a_reader_that_goes_away_ends_the_run_quietly_with_141(
        self, fruit: Path, command: str, jobs: str
    ) -> None:
        """``mediacheck check corpus.jsonl | head``: 128 + SIGPIPE, as a shell
        reports a command the closed pipe stopped; it was 1, which ``check``
        says for findings it may never have reached."""
        lines = [json.dumps({"text": f"A banana was sold on day {n}."}) for n in range(3000)]
        corpus = write("corpus.jsonl", "\n".join(lines))
        select = ONLY_BANANA if command == "check" else FRUIT
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(fruit), os.environ.get("PYTHONPATH", "")]),
        }
        cmd = [sys.executable, "-m", "mediacheck", command, *select, "--format", "jsonl"]
        with subprocess.Popen(
            [*cmd, "-j", jobs, corpus], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        ) as reading:
            assert reading.stdout is not None and reading.stderr is not None
            assert json.loads(reading.stdout.readline())["path"] == "corpus.jsonl:1"
            reading.stdout.close()
            try:  # a run that hangs fails here instead of holding up the suite
                _, stderr = reading.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                reading.kill()
                raise
            assert (reading.returncode, stderr.decode()) == (141, "")


class TestReportStream:
    @pytest.mark.parametrize("fmt", ["text", "jsonl", "sarif", "github"])
    def test_utf8_whatever_the_locale(self, fruit: Path, fmt: str) -> None:
        """Same input, same bytes: a terminal set to ASCII or Latin-1 gets
        UTF-8 too, where the curly quotes and the dash crashed the run."""
        story = write("a.txt", "Café reopens\n\n“We’re back at Zoë’s — at last.”\n")
        outputs = {
            encoding: _mediacheck(
                "check",
                "--format",
                fmt,
                story,
                fruit=fruit,
                capture_output=True,
                env={"PYTHONIOENCODING": encoding},
            )
            for encoding in ("utf-8", "ascii", "latin-1")
        }
        assert {done.returncode for done in outputs.values()} == {1}
        assert {done.stdout for done in outputs.values()} == {outputs["utf-8"].stdout}
        assert "Zoë" in outputs["ascii"].stdout.decode("utf-8") or fmt == "github"

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
    @pytest.mark.parametrize("command", ["check", "parse"])
    def test_report_that_cannot_be_written_is_one_error_line(self, command: str) -> None:
        story = write("a.txt", "The mayor said the bridge would open.\n")
        result = CliRunner().invoke(main, [command, "-o", "/dev/full", story])
        assert (result.exit_code, result.stderr) == (
            2,
            "mediacheck: error: /dev/full: cannot be written: No space left on device\n",
        )

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
    def test_standard_output_that_cannot_be_written(self, fruit: Path) -> None:
        story = write("a.txt", "The mayor said the bridge would open.\n")
        with open("/dev/full", "wb") as full:
            done = _mediacheck("check", story, fruit=fruit, stdout=full, stderr=subprocess.PIPE)
        assert (done.returncode, done.stderr.decode()) == (
            2,
            "mediacheck: error: standard output: cannot be written: No space left on device\n",
        )
