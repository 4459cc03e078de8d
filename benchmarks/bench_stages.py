"""Time each analysis stage on its own, in microseconds per article.

    python benchmarks/bench_stages.py [--corpus FILE.jsonl] [--best N]

The corpus is the texts of ../shared/eval/polnear/dev.jsonl when that file
exists, else the repository's seeds.  Every stage runs on documents that the
earlier stages have already filled in, so each figure is that stage's own
cost.  Each figure is the best of ``--best`` passes over the corpus (the
least disturbed by other processes).  Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from mediacheck.analysis.attributions import find_attributions
from mediacheck.analysis.quotes import find_quotes
from mediacheck.analysis.sentences import split_sentences
from mediacheck.analysis.structure import read_structure
from mediacheck.analysis.temporal import find_temporal
from mediacheck.model import Document, TextIndex

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "dev.jsonl"


def load_texts(corpus: Path | None) -> tuple[list[str], str]:
    """The same corpus as ``bench_check.py``: PolNeAR's texts, else the seeds."""
    path = corpus or (POLNEAR if POLNEAR.exists() else None)
    if path is None:
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        return [p.read_text(encoding="utf-8") for p in seeds], "seeds/*.txt"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()], str(path)


def _best(function: Callable[[Any], object], items: list[Any], passes: int) -> float:
    """Best pass, in microseconds per item."""
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, time.perf_counter() - started)
    return best / len(items) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--best", type=int, default=7, help="passes; the best is reported")
    args = parser.parse_args()
    texts, name = load_texts(args.corpus)
    print(f"corpus: {name}: {len(texts)} articles; best of {args.best} passes, µs per article")

    bare = [Document(text=t, index=TextIndex(t)) for t in texts]
    structured = [read_structure(d, published=None, fallback=None) for d in bare]
    split = [attrs.evolve(d, sentences=split_sentences(d)) for d in structured]
    quoted = [attrs.evolve(d, quotes=find_quotes(d)) for d in split]
    attributed = [attrs.evolve(d, attributions=find_attributions(d)) for d in quoted]
    spans = [(d, [(s.start, s.end) for s in d.sentences]) for d in split]

    def make_spans(item: tuple[Document, list[tuple[int, int]]]) -> None:
        document, offsets = item
        span = document.span
        for start, end in offsets:
            span(start, end)

    stages: list[tuple[str, Callable[[Any], object], list[Any]]] = [
        ("text index", TextIndex, texts),
        ("structure", lambda d: read_structure(d, published=None, fallback=None), bare),
        ("sentences", split_sentences, structured),
        ("quotes", find_quotes, split),
        ("attributions", find_attributions, quoted),
        ("temporal", find_temporal, attributed),
    ]
    for label, function, items in stages:
        print(f"{label:<14} {_best(function, items, args.best):8.1f}")
    per_span = _best(make_spans, spans, args.best) / (sum(len(s) for _, s in spans) / len(spans))
    print(f"{'span (each)':<14} {per_span:8.2f}")


if __name__ == "__main__":
    main()
