"""Every example article in seeds/ gives exactly the findings listed beside it.

``seeds/NAME.expected.json`` is written by hand-reviewed runs of
``python tests/test_seeds.py --update`` and read here; a change in any
finding shows up as a diff to review, never as a silent drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import mediacheck
from mediacheck.analysis import analyse
from mediacheck.inputs.html import extract_html

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
#: Plain text, and HTML pages for what only markup can show (a <time datetime>).
ARTICLES = sorted([*SEEDS.glob("*.txt"), *SEEDS.glob("*.html")])


def summarize(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    document: str | mediacheck.Document = text
    if path.suffix == ".html":
        page = extract_html(text, path.name)
        document = analyse(page.text, published=page.published, metadata=page.metadata)
    return [
        {"rule": f.rule, "severity": f.severity.value, "line": f.span.line, "text": f.span.text}
        for f in mediacheck.check(document)
    ]


def expected_path(article: Path) -> Path:
    return article.with_suffix(".expected.json")


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_seed_findings(article: Path) -> None:
    expected = json.loads(expected_path(article).read_text(encoding="utf-8"))
    assert summarize(article) == expected


def test_seeds_exercise_every_builtin_rule() -> None:
    from mediacheck.catalogue import builtin_rules

    seen = {f["rule"] for a in ARTICLES for f in summarize(a)}
    missing = {rule.slug for _, rule in builtin_rules()} - seen
    assert not missing, f"no seed article shows {sorted(missing)}"


def test_seed_article_credits_every_speech_quote() -> None:
    """The seed's quotes are all Rutte's or Putin's: none is unattributed."""
    text = (SEEDS / "000_1a730133c41d4300.txt").read_text(encoding="utf-8")
    document = mediacheck.parse(text)
    speakers = {
        a.speaker
        for a in document.attributions
        if a.quotes and document.quotes[a.quotes[0]].is_speech
    }
    assert speakers == {"Mark Rutte", "Vladimir Putin"}
    credited = {i for a in document.attributions for i in a.quotes}
    assert all(q.index in credited for q in document.quotes if q.is_speech)
    assert mediacheck.check(document, select=["unattributed-quote"]) == []


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    for article in ARTICLES:
        out = json.dumps(summarize(article), indent=1, ensure_ascii=False) + "\n"
        expected_path(article).write_text(out, encoding="utf-8")
        print(expected_path(article))
