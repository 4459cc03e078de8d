"""``--format sarif`` and ``--format github``: the places they give are the
file's, counted as SARIF and GitHub count (UTF-16 columns, CRLF lines,
markup), inputs without a file are placed honestly, failures are reported
in the format, and the output is the same bytes every time."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from mediacheck.cli import main
from mediacheck.outputs.github import command

#: A plugin that reports every "banana" and raises on "boom".
PLUGIN = textwrap.dedent(
    """
    from mediacheck import Check, Rule, hookimpl

    BANANA = Rule(slug="word-banana", title="Banana", severity="info", description="Bananas.")
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

    @hookimpl
    def mediacheck_checks():
        return [Check([BANANA], bananas), Check([BOOM], boom)]
    """
)
#: Non-ASCII before the quote on its line (an emoji takes two UTF-16 units,
#: an accented letter one) and CRLF line endings.
CRLF_ARTICLE = (
    "Storm Closes Harbour\r\n\r\nThe 😀 harbour café closed on Monday.\r\n\r\n"
    'Rain 😀 fell. "We will rebuild the 😀 café."\r\n'
)
QUOTE = '"We will rebuild the 😀 café."'


@pytest.fixture(autouse=True)
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "ciplugin.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mediacheck.toml").write_text("", encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(CRLF_ARTICLE.encode("utf-8"))
    return tmp_path


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["check", *args], input=stdin, catch_exceptions=False)


def sarif(*args: str, stdin: str | None = None) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(run("--format", "sarif", *args, stdin=stdin).stdout)
    return log


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def expected_region(text: str, start: int, end: int) -> dict[str, int]:
    """A SARIF region worked out from the file's text alone: lines end at
    '\\n', columns and offsets count UTF-16 units, ends are exclusive."""

    def position(offset: int) -> tuple[int, int]:
        line_start = text.rfind("\n", 0, offset) + 1
        return text.count("\n", 0, offset) + 1, utf16(text[line_start:offset]) + 1

    (start_line, start_column), (end_line, end_column) = position(start), position(end)
    return {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": utf16(text[:start]),
        "charLength": utf16(text[start:end]),
    }


class TestSarif:
    def test_log_run_and_rules(self) -> None:
        """One run; the driver lists the rules the run reports, in order of
        slug, with their descriptions and pages; results point at them."""
        log = sarif("--select", "quotes,vague-attribution", "crlf.txt")
        assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
        (run_,) = log["runs"]
        assert run_["columnKind"] == "utf16CodeUnits"
        driver = run_["tool"]["driver"]
        assert driver["name"] == "mediacheck" and driver["version"]
        rules = driver["rules"]
        assert [r["id"] for r in rules] == ["unattributed-quote", "vague-attribution"]
        quote = rules[0]
        assert quote["shortDescription"]["text"] == "Quotation with no speaker"
        assert quote["fullDescription"]["text"].startswith("A direct quotation")
        assert quote["help"]["markdown"].startswith("# `unattributed-quote`")
        assert quote["defaultConfiguration"] == {"level": "warning"}
        assert quote["properties"] == {
            "plugin": "quotes",
            "page": "docs/checks/unattributed-quote.md",
        }
        for result in run_["results"]:
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert run_["invocations"] == [
            {"executionSuccessful": True, "toolExecutionNotifications": []}
        ]

    def test_region_counts_utf16_units_over_crlf_lines(self) -> None:
        """The quote on line 5 stands after 'Rain 😀 fell. ': code-point column
        14, UTF-16 column 15; its end and the file offsets count emoji twice."""
        (result,) = sarif("--select", "unattributed-quote", "crlf.txt")["runs"][0]["results"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "crlf.txt"}
        start = CRLF_ARTICLE.index(QUOTE)
        region = expected_region(CRLF_ARTICLE, start, start + len(QUOTE))
        assert location["region"] == region
        assert region["startLine"] == 5 and region["startColumn"] == 15
        assert region["endColumn"] == 15 + utf16(QUOTE) == 45
        # the document's own span, in code points, is kept beside it
        span = result["properties"]["span"]
        assert (span["start"], span["line"], span["column"], span["text"]) == (start, 5, 14, QUOTE)

    def test_result_fields_and_evidence(self) -> None:
        (result,) = sarif("--select", "unattributed-quote", "crlf.txt")["runs"][0]["results"]
        assert result["level"] == "warning"
        assert result["message"] == {"text": "quotation with no identifiable speaker"}
        properties = result["properties"]
        assert properties["plugin"] == "quotes" and properties["document"] == "crlf.txt"
        assert properties["suggestion"] and properties["confidence"] == 1.0
        notes = [e["note"] for e in properties["evidence"]]
        assert "no speech cue with a speaker in this sentence" in notes
        for evidence in properties["evidence"]:
            assert CRLF_ARTICLE[evidence["start"] : evidence["end"]] == evidence["text"]

    def test_info_is_a_note(self, workdir: Path) -> None:
        (workdir / "b.txt").write_text("Fruit\n\nA banana.\n", encoding="utf-8")
        log = sarif("--plugin", "ciplugin", "--select", "word-banana", "b.txt")
        (result,) = log["runs"][0]["results"]
        assert result["level"] == "note"
        assert log["runs"][0]["tool"]["driver"]["rules"][0]["properties"] == {"plugin": "ciplugin"}

    def test_html_region_is_in_the_source_file(self, workdir: Path) -> None:
        """Markup is counted in: the region's offsets cut the quote out of
        the file, its bold tags and all."""
        page = (
            "<html><body><article><h1>Harbour &amp; Storm</h1>\n"
            "<p>The 😀 harbour &amp; caf&eacute; closed.</p>\n"
            '<p>\n  "We will <b>rebuild</b> the 😀 café."</p></article></body></html>\n'
        )
        (workdir / "p.html").write_text(page, encoding="utf-8")
        (result,) = sarif("--select", "unattributed-quote", "p.html")["runs"][0]["results"]
        region = result["locations"][0]["physicalLocation"]["region"]
        quoted = '"We will <b>rebuild</b> the 😀 café."'
        start = page.index(quoted)
        assert region == expected_region(page, start, start + len(quoted))

    def test_html_region_ends_after_a_closing_entity(self, workdir: Path) -> None:
        """A span ending in a decoded entity ends after the whole entity."""
        page = "<h1>Harbour</h1>\n<p>It rained. &ldquo;We will rebuild.&rdquo; </p>\n"
        (workdir / "q.html").write_text(page, encoding="utf-8")
        (result,) = sarif("--select", "unattributed-quote", "q.html")["runs"][0]["results"]
        region = result["locations"][0]["physicalLocation"]["region"]
        quoted = "&ldquo;We will rebuild.&rdquo;"
        start = page.index(quoted)
        assert region == expected_region(page, start, start + len(quoted))

    def test_corpus_line_is_the_corpus_file_and_the_document_id(self, workdir: Path) -> None:
        line = json.dumps({"id": "a17", "text": 'Harbour\n\n"We are ready," was all.'})
        (workdir / "c.jsonl").write_text("\n" + line + "\n", encoding="utf-8")
        (result,) = sarif("--select", "unattributed-quote", "c.jsonl")["runs"][0]["results"]
        (location,) = result["locations"]
        assert location["physicalLocation"] == {
            "artifactLocation": {"uri": "c.jsonl"},
            "region": {"startLine": 2},
        }
        assert location["logicalLocations"] == [{"name": "a17", "kind": "object"}]
        span = result["properties"]["span"]
        assert (span["line"], span["column"]) == (3, 1)

    def test_standard_input_has_no_uri(self) -> None:
        log = sarif("--select", "unattributed-quote", "-", stdin=CRLF_ARTICLE)
        (result,) = log["runs"][0]["results"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"description": {"text": "standard input"}}
        start = CRLF_ARTICLE.index(QUOTE)
        assert location["region"] == expected_region(CRLF_ARTICLE, start, start + len(QUOTE))

    def test_uri_is_percent_encoded(self, workdir: Path) -> None:
        (workdir / "drafts").mkdir()
        (workdir / "drafts" / "café 1%.txt").write_text(CRLF_ARTICLE, encoding="utf-8")
        log = sarif("--select", "unattributed-quote", "drafts/café 1%.txt")
        location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "drafts/caf%C3%A9%201%25.txt"}
        absolute = workdir / "crlf.txt"
        log = sarif("--select", "unattributed-quote", str(absolute))
        location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": absolute.as_uri()}

    def test_failures_are_tool_execution_notifications(self, workdir: Path) -> None:
        """A raising check and an unreadable corpus line: exit 2, the run
        not successful, one error notification each, placed."""
        lines = [json.dumps({"id": "x", "text": "One boom here."}), "not json"]
        (workdir / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = run("--format", "sarif", "--plugin", "ciplugin", "c.jsonl")
        assert out.exit_code == 2
        (invocation,) = json.loads(out.stdout)["runs"][0]["invocations"]
        assert invocation["executionSuccessful"] is False
        plugin, unreadable = invocation["toolExecutionNotifications"]
        assert plugin["level"] == "error"
        assert plugin["message"]["text"] == (
            "plugin 'ciplugin' (always-raises) failed: RuntimeError('boom')"
        )
        assert plugin["properties"] == {
            "plugin": "ciplugin",
            "rules": ["always-raises"],
            "document": "x",
        }
        assert plugin["locations"][0]["logicalLocations"] == [{"name": "x", "kind": "object"}]
        assert unreadable["level"] == "error"
        assert unreadable["message"]["text"].startswith("not JSON")
        assert unreadable["locations"] == [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": "c.jsonl"},
                    "region": {"startLine": 2},
                }
            }
        ]

    def test_nothing_readable_is_still_a_log(self, workdir: Path) -> None:
        (workdir / "empty.txt").write_text("", encoding="utf-8")
        out = run("--format", "sarif", "empty.txt")
        log = json.loads(out.stdout)
        assert out.exit_code == 2 and log["runs"][0]["results"] == []
        (notification,) = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        assert notification["message"]["text"] == "empty file"

    def test_deterministic(self, workdir: Path) -> None:
        (workdir / "b.txt").write_text("Fruit\n\nA banana.\n", encoding="utf-8")
        args = ("--format", "sarif", "--plugin", "ciplugin", "crlf.txt", "b.txt")
        first, second = run(*args), run(*args)
        assert first.stdout == second.stdout and first.stdout.endswith("]}]}]}\n")


class TestGithub:
    def test_command_escapes_as_the_actions_toolkit(self) -> None:
        """%, CR and LF in the message; also ':' and ',' in properties."""
        line = command("warning", "50% up\r\nnext: a, b", file="a,b:c.txt", line=3, col=None)
        assert line == "::warning file=a%2Cb%3Ac.txt,line=3::50%25 up%0D%0Anext: a, b\n"
        assert command("notice", "plain") == "::notice::plain\n"

    def test_crlf_and_utf16_columns(self) -> None:
        out = run("--format", "github", "--select", "unattributed-quote", "crlf.txt")
        assert out.exit_code == 1
        (line,) = out.stdout.splitlines()
        assert line.startswith(
            "::warning file=crlf.txt,line=5,col=15,endLine=5,endColumn=45,"
            "title=unattributed-quote::quotation with no identifiable speaker%0A= "
        )
        assert "%0A= suggestion: say who said it" in line

    def test_span_over_lines_gives_lines_alone(self, workdir: Path) -> None:
        """GitHub takes columns on one line only."""
        (workdir / "w.txt").write_text('Harbour\n\nIt rained. "We are\nready now."\n', "utf-8")
        out = run("--format", "github", "--select", "unattributed-quote", "w.txt")
        (line,) = out.stdout.splitlines()
        assert line.startswith("::warning file=w.txt,line=3,endLine=4,title=unattributed-quote::")

    def test_info_is_a_notice_and_corpus_lines_name_the_document(self, workdir: Path) -> None:
        lines = [
            json.dumps({"id": "a17", "text": "Fruit\n\nA banana."}),
            json.dumps({"id": "x", "text": "One boom here."}),
            "not json",
        ]
        (workdir / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = run("--format", "github", "--plugin", "ciplugin", "--select", "ciplugin", "c.jsonl")
        assert out.exit_code == 2
        assert out.stdout.splitlines() == [
            "::notice file=c.jsonl,line=1,title=word-banana::[a17] 3:3: the word banana",
            "::error file=c.jsonl,line=2,title=plugin error::"
            "plugin 'ciplugin' (always-raises) failed: RuntimeError('boom')",
            "::error file=c.jsonl,line=3,title=input error::not JSON at column 1: expecting value",
        ]

    def test_standard_input_names_no_file(self) -> None:
        out = run("--format", "github", "--select", "unattributed-quote", "-", stdin=CRLF_ARTICLE)
        assert re.match(r"::warning line=5,col=15,endLine=5,endColumn=45,title=", out.stdout)

    def test_deterministic(self) -> None:
        args = ("--format", "github", "crlf.txt")
        assert run(*args).stdout == run(*args).stdout


def test_guide_workflow_commands_run(workdir: Path) -> None:
    """The user guide's GitHub Actions steps: the annotations step fails on
    a warning, the SARIF step always succeeds and writes a log."""
    guide = (Path(__file__).resolve().parent.parent / "docs" / "guide.md").read_text("utf-8")
    commands = re.findall(r"- run: mediacheck (check .*)", guide)
    assert len(commands) == 2
    (workdir / "drafts").mkdir()
    (workdir / "crlf.txt").rename(workdir / "drafts" / "storm.txt")
    annotations, log = (CliRunner().invoke(main, c.split()) for c in commands)
    assert annotations.exit_code == 1
    assert "::warning file=drafts/storm.txt,line=5," in annotations.stdout
    assert log.exit_code == 0
    results = json.loads((workdir / "mediacheck.sarif").read_text("utf-8"))["runs"][0]["results"]
    assert results
