"""Time each analysis stage and each check on its own, in microseconds per article.

    python benchmarks/bench_stages.py [--corpus FILE.jsonl] [--best N]

The corpus is the texts of ../shared/eval/polnear/dev.jsonl when that file
exists, else the repository's seeds.  Every stage runs on documents that the
earlier stages have already filled in, so each figure is that stage's own
cost; each check runs on fully analysed documents.  The whole-article lines
then time the same work as it really runs, one article through every stage
(``analyse``) and every check (the engine) in turn: that costs more than the
parts timed alone, by the glue between them (documents, contexts, findings,
garbage collection) and by the stages slowing each other down when they take
turns on one core.  The last line is ``Engine.run``, which takes each stage
over a batch of articles before the next and so wins some of that back.
Each figure is the CPU time of the best of ``--best`` passes over the corpus
(the least disturbed by other processes).  Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from mediacheck import Engine, SourceDocument
from mediacheck.analysis import analyse
from mediacheck.analysis.attributions import find_attributions
from mediacheck.analysis.quotes import find_quotes
from mediacheck.analysis.sentences import split_sentences
from mediacheck.analysis.structure import read_structure
from mediacheck.analysis.temporal import find_temporal
from mediacheck.checks import Check, CheckContext
from mediacheck.model import Document, TextIndex

ROOT = Path(__file__).resolve().parent.parent
#: Documents Engine.run analyses together by default.
BATCH = 16
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
    """Best pass, in CPU microseconds per item."""
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for item in items:
            function(item)
        best = min(best, time.process_time() - started)
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
    stage_sum = 0.0
    for label, function, items in stages:
        figure = _best(function, items, args.best)
        stage_sum += figure
        print(f"{label:<14} {figure:8.1f}")
    per_span = _best(make_spans, spans, args.best) / (sum(len(s) for _, s in spans) / len(spans))
    print(f"{'span (each)':<14} {per_span:8.2f}")

    print("checks, each on the analysed articles:")
    engine = Engine()
    analysed = [engine.parse(text) for text in texts]
    for document in analysed:
        engine.check_document(document)  # the checks' tables compiled at first use
    check_sum = 0.0
    for plugin, check in engine.manager.collect("mediacheck_checks"):

        def run(document: Document, plugin: str = plugin, check: Check = check) -> None:
            context = CheckContext(document, plugin=plugin, lexicon=engine.config.lexicon)
            list(check.run(document, context) or ())

        figure = _best(run, analysed, args.best)
        check_sum += figure
        print(f"  {plugin + ': ' + check.name:<38} {figure:8.1f}")
    print("whole articles, every stage or check in turn (beside: the sum of the parts alone):")
    wholes: list[tuple[str, Callable[[Any], object], list[Any], float]] = [
        ("analyse", analyse, texts, stage_sum),
        ("checks", engine.check_document, analysed, check_sum),
        ("both", engine.check, texts, stage_sum + check_sum),
    ]
    for label, function, items, parts in wholes:
        print(f"  {label:<12} {_best(function, items, args.best):8.1f} {parts:8.1f}")
    # Engine.run takes each stage over a batch before the next (16 at a time)
    sources = [SourceDocument(text, id=str(i), path="") for i, text in enumerate(texts)]
    batches = [sources[i : i + BATCH] for i in range(0, len(sources), BATCH)]
    per_batch = _best(lambda batch: list(engine.run(batch, batch=BATCH)), batches, args.best)
    figure = per_batch * len(batches) / len(sources)
    print(f"  {'run, batches':<12} {figure:8.1f} {stage_sum + check_sum:8.1f}")


if __name__ == "__main__":
    main()
