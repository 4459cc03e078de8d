"""Output formats: the text excerpt marks the right characters, every
finding's text is text[start:end], and the sourcing summary counts sources."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
from click.testing import CliRunner

from mediacheck import Attribution, Document, SourceKind, parse
from mediacheck.cli import main
from mediacheck.outputs.text import WIDTH, excerpt
from mediacheck.serialize import sourcing_summary

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def jsonl(*args: str) -> list[dict[str, object]]:
    out = CliRunner().invoke(main, ["check", "--format", "jsonl", *args]).stdout
    return [json.loads(line) for line in out.splitlines()]


class TestSpans:
    def test_seed_files(self) -> None:
        """For .txt input, the file's text[start:end] is each finding's text."""
        for record in jsonl(*map(str, SEEDS)):
            text = Path(str(record["path"])).read_text(encoding="utf-8")
            for finding in record["findings"]:  # type: ignore[attr-defined]
                assert text[finding["start"] : finding["end"]] == finding["text"]
                line, column = finding["line"], finding["column"]
                offset = sum(len(x) + 1 for x in text.split("\n")[: line - 1]) + column - 1
                assert offset == finding["start"]

    def test_corpus_lines(self, tmp_path: Path) -> None:
        corpus = tmp_path / "c.jsonl"
        texts = [p.read_text(encoding="utf-8") for p in SEEDS]
        corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        records = jsonl(str(corpus))
        assert len(records) == len(texts)
        for text, record in zip(texts, records, strict=True):
            for finding in record["findings"]:  # type: ignore[attr-defined]
                assert text[finding["start"] : finding["end"]] == finding["text"]


class TestLocation:
    """A file's findings print as file:LINE:COLUMN:, a corpus line's keep the
    file's line apart from the line and column in the text."""

    CORPUS = (
        json.dumps({"id": "a17", "text": "Intro.\n\nCritics said it was bad."})
        + "\n"
        + json.dumps({"text": "Critics said so."})
        + "\n"
    )

    def test_corpus_line_with_id(self, tmp_path: Path) -> None:
        corpus = tmp_path / "c.jsonl"
        corpus.write_text(self.CORPUS, encoding="utf-8")
        out = CliRunner().invoke(main, ["check", "--select", "vague-attribution", str(corpus)])
        heads = [
            line.split(" warning ")[0] for line in out.stdout.splitlines() if " warning " in line
        ]
        assert heads == [f"{corpus}:1: [a17] 3:1:", f"{corpus}:2: 1:1:"]
        assert f"{corpus}:1: [a17] sourcing:" in out.stdout

    def test_file(self, tmp_path: Path) -> None:
        path = tmp_path / "a.txt"
        path.write_text("Intro.\n\nCritics said it was bad.", encoding="utf-8")
        out = CliRunner().invoke(main, ["check", "--select", "vague-attribution", str(path)])
        assert out.stdout.startswith(f"{path}:3:1: warning vague-attribution ")


class TestExcerpt:
    def test_short_sentence_whole(self) -> None:
        doc = parse("The mayor spoke.\n\nShe said the fund was empty.")
        start = doc.text.index("fund")
        line, column, width = excerpt(doc, doc.span(start, start + 4))
        assert line == "She said the fund was empty."
        assert line[column : column + width] == "fund"

    def test_long_sentence_cut_around_the_span(self) -> None:
        text = "Officials " + "really " * 40 + "said the target word sits here " + "and " * 40 + "."
        doc = parse(text)
        start = text.index("target")
        line, column, width = excerpt(doc, doc.span(start, start + 6))
        assert line.startswith("…") and line.endswith("…") and len(line) <= WIDTH + 2
        assert line[column : column + width] == "target"


def test_text_evidence_is_quoted_as_the_reader_sees_it() -> None:
    """A no-break space or a line break inside evidence prints as a space,
    not as Python's escape; an apostrophe needs no backslash."""
    from mediacheck import CheckResult, Evidence, Finding, Severity
    from mediacheck.outputs.text import TEXT

    doc = parse("Fares rose 40\u00a0percent.\nThe mayor's aide\nagreed.")
    rose = doc.text.index("rose")
    aide = doc.text.index("The mayor")
    finding = Finding(
        "some-rule",
        Severity.INFO,
        "a message",
        doc.span(rose, rose + 4),
        evidence=[
            Evidence("the figure", doc.span(0, doc.text.index("."))),
            Evidence("who", doc.span(aide, aide + 23)),
        ],
    )
    stream = io.StringIO()
    TEXT.open(stream, {}).document(CheckResult(doc, (finding,), (), "a.txt"))
    out = stream.getvalue()
    assert "= the figure (1:1 'Fares rose 40 percent')" in out
    assert """= who (2:1 "The mayor's aide agreed")""" in out
    assert "\\x" not in out and "\\'" not in out


def test_control_characters_of_the_text_never_reach_the_terminal(tmp_path: Path) -> None:
    """An escape sequence in a scraped page (clear screen, colours) prints
    as its picture, one column each, so the caret still lines up."""
    story = tmp_path / "a.txt"
    story.write_text('Storm\n\n"We \x1b[2Jwill \x1b[31mnever\x07 give \x85up."\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-color", "--select", "quotes", str(story)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert '    "We ␛[2Jwill ␛[31mnever␇ give �up."' in lines
    assert "    " + "^" * len('"We ␛[2Jwill ␛[31mnever␇ give �up."') in lines
    assert not any(c < " " or "\x7f" <= c < "\xa0" for c in result.stdout.replace("\n", ""))


class TestSourcing:
    def test_counts_kinds_and_most_cited(self) -> None:
        doc = parse("Rutte spoke. Analysts worried. Reuters reported it.")

        def attribution(i: int, who: str, kind: SourceKind, speaker: str | None) -> Attribution:
            start = doc.text.index(who)
            return Attribution(
                content=doc.span(0, 5), source=doc.span(start, start + len(who)),
                speaker=speaker, source_kind=kind, cue=None, index=i,
            )  # fmt: skip

        doc = attrs.evolve(
            doc,
            attributions=(
                attribution(0, "Rutte", SourceKind.PERSON, "Mark Rutte"),
                attribution(1, "Reuters", SourceKind.OUTLET, None),
                attribution(2, "Rutte", SourceKind.PERSON, "Mark Rutte"),
                attribution(3, "Analysts", SourceKind.VAGUE, None),
            ),
        )
        assert sourcing_summary(doc) == {
            "attributions": 4,
            "by_kind": {"outlet": 1, "person": 2, "vague": 1},
            "top_sources": [
                {"source": "Mark Rutte", "kind": "person", "count": 2},
                {"source": "Analysts", "kind": "vague", "count": 1},
                {"source": "Reuters", "kind": "outlet", "count": 1},
            ],
        }

    def test_empty_document(self) -> None:
        assert sourcing_summary(Document(text="x")) == {
            "attributions": 0,
            "by_kind": {},
            "top_sources": [],
        }


class TestCorpusCounts:
    """What counting findings by outlet, per 1,000 words, needs from each
    result, with no join to the input: the line's outlet and the words."""

    def test_a_corpus_line_s_outlet_and_url_come_back_with_its_words(self, tmp_path: Path) -> None:
        lines = [
            {"id": "a", "outlet": "Leeds Post", "url": "https://x.test/a", "text": "Two words."},
            {"id": "b", "outlet": 7, "text": "An outlet that is no string is not echoed."},
            {"id": "c", "text": "Analysts say  the\n\nbridge will fail."},
        ]
        corpus = tmp_path / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        records = jsonl(str(corpus))
        assert [{k: r.get(k) for k in ("id", "outlet", "url", "words")} for r in records] == [
            {"id": "a", "outlet": "Leeds Post", "url": "https://x.test/a", "words": 2},
            {"id": "b", "outlet": None, "url": None, "words": 9},
            {"id": "c", "outlet": None, "url": None, "words": 6},
        ]

    def test_words_are_those_a_reader_sees(self, tmp_path: Path) -> None:
        page = tmp_path / "page.html"
        page.write_text(
            '<html><head><title>Menu words</title></head><body><p class="lede">The '
            "<b>bridge</b> opened.</p><script>var skipped = 1;</script></body></html>",
            encoding="utf-8",
        )
        (record,) = jsonl(str(page))
        assert record["words"] == 3 and "outlet" not in record


def test_markdown_finding_located_in_the_file(tmp_path: Path) -> None:
    """Findings in Markdown report the line and column of the file itself."""
    source = (
        '# Title\n\nCrowds gathered.\n\n> "We will *never* give up on this town and its people."\n'
    )
    path = tmp_path / "a.md"
    path.write_text(source, encoding="utf-8")
    records = jsonl("--select", "unattributed-quote", str(path))
    [finding] = records[0]["findings"]  # type: ignore[misc]
    assert finding["text"].startswith('"We will never')
    assert (finding["line"], finding["column"]) == (5, 3)
