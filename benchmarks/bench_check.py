"""Speed and memory of parse plus all built-in checks, on one core.

    python benchmarks/bench_check.py [--corpus FILE.jsonl] [--repeat 1 10] [--runs 1]
                                     [--cli] [--jobs 1 2] [--cli-articles 1000] [--proselint]

The corpus is the texts of ../shared/eval/polnear/dev.jsonl when that file
exists, else the repository's seeds.  Each size runs in a fresh process, so
its peak memory (maxrss) is its own: when documents stream, the 10x run's
peak stays where the 1x run's is.  ``--cli`` also times the command line
with each ``--jobs`` count (worker processes; start-up included), on
``--cli-articles`` articles (the corpus repeated as needed) laid out both
ways a user has them: one JSON Lines corpus, and a directory of text files.
Beside the wall time each figure gives the CPU time of the processes: on a
machine others share, that moves less than the wall time does.  Each figure
is the best of ``--runs``.  Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "dev.jsonl"


def load_texts(corpus: Path | None) -> tuple[list[str], str]:
    path = corpus or (POLNEAR if POLNEAR.exists() else None)
    if path is None:
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        return [p.read_text(encoding="utf-8") for p in seeds], "seeds/*.txt"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()], str(path)


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def child(corpus: Path | None, repeat: int) -> None:
    """One measurement in this process: stream the corpus ``repeat`` times."""
    from mediacheck import Engine, SourceDocument
    from mediacheck.serialize import result_to_dict

    texts, _ = load_texts(corpus)
    engine = Engine()
    engine.check(texts[0])  # warm-up: imports, lazy tables

    def sources() -> Iterator[SourceDocument]:
        for r in range(repeat):
            for i, text in enumerate(texts):
                yield SourceDocument(text, id=f"{r}-{i}", path=f"bench:{i}")

    started, cpu_started = time.perf_counter(), time.process_time()
    documents = findings = 0
    for result in engine.run(sources()):
        documents += 1
        findings += len(result.findings)
        json.dumps(result_to_dict(result))  # what jsonl output costs
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    megabytes = repeat * sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(json.dumps({
        "repeat": repeat, "documents": documents, "findings": findings, "seconds": seconds,
        "articles_per_s": documents / seconds, "mb_per_s": megabytes / seconds,
        "articles_per_cpu_s": documents / cpu,
        "peak_mb": _peak_mb(),
    }))  # fmt: skip


def measure(corpus: Path | None, repeat: int, runs: int) -> dict[str, float]:
    """The best of ``runs`` fresh processes (the fastest wall time)."""
    argv = [sys.executable, __file__, "--child", str(repeat)]
    if corpus:
        argv += ["--corpus", str(corpus)]
    results = []
    for _ in range(runs):
        done = subprocess.run(argv, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout.splitlines()[-1]))
    best: dict[str, float] = min(results, key=lambda r: r["seconds"])
    best["articles_per_cpu_s"] = max(r["articles_per_cpu_s"] for r in results)
    return best


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_cli(target: Path, jobs: int, runs: int) -> tuple[float, float]:
    """``mediacheck check --format jsonl --jobs N`` on ``target``, as the
    scorer runs it: the best wall and CPU seconds (workers included) of ``runs``."""
    argv = [sys.executable, "-m", "mediacheck", "check", "--format", "jsonl",
            "--fail-on", "never", "--jobs", str(jobs), str(target)]  # fmt: skip
    wall = cpu = float("inf")
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), _cpu_of_children()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, _cpu_of_children() - cpu_started)
    return wall, cpu


def cli_layouts(texts: list[str], articles: int, folder: Path) -> dict[str, Path]:
    """``articles`` texts (the corpus repeated) as a JSON Lines corpus and as
    a directory of ``.txt`` files, in ``folder``."""
    chosen = [texts[i % len(texts)] for i in range(articles)]
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in chosen), "utf-8")
    files = folder / "files"
    files.mkdir()
    for i, text in enumerate(chosen):
        (files / f"{i:05d}.txt").write_text(text, "utf-8")
    return {"jsonl": corpus, "files": files}


def measure_proselint(texts: list[str]) -> float | None:
    """proselint's own linting of the same texts, all its default checks."""
    try:
        from proselint.checks import __register__  # type: ignore[import-not-found,import-untyped,unused-ignore]
        from proselint.registry import CheckRegistry  # type: ignore[import-not-found,import-untyped,unused-ignore]
        from proselint.tools import LintFile  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    started = time.perf_counter()
    for text in texts:
        LintFile("bench", text).lint()
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--repeat", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--runs", type=int, default=1, help="best of this many runs")
    parser.add_argument("--cli", action="store_true", help="also time the command line")
    parser.add_argument(
        "--jobs", type=int, nargs="+", default=[1, 2], help="--jobs counts for --cli"
    )
    parser.add_argument(
        "--cli-articles", type=int, default=1000, help="articles the command line checks"
    )
    parser.add_argument("--proselint", action="store_true", help="also time proselint")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.corpus, args.child)
        return
    texts, name = load_texts(args.corpus)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"corpus: {name}: {len(texts)} articles, {size / 1e6:.2f} MB "
          f"({size / len(texts) / 1e3:.1f} KB each); one process, one core")  # fmt: skip
    print(f"{'size':>5} {'articles':>9} {'findings':>9} {'seconds':>8} "
          f"{'articles/s':>11} {'per CPU s':>10} {'MB/s':>6} {'peak MB':>8}")  # fmt: skip
    for repeat in args.repeat:
        r = measure(args.corpus, repeat, args.runs)
        print(f"{repeat:>4}x {r['documents']:>9.0f} {r['findings']:>9.0f} "
              f"{r['seconds']:>8.2f} {r['articles_per_s']:>11.0f} "
              f"{r['articles_per_cpu_s']:>10.0f} {r['mb_per_s']:>6.2f} "
              f"{r['peak_mb']:>8.1f}")  # fmt: skip
    if args.cli:
        with tempfile.TemporaryDirectory() as tmp:
            layouts = cli_layouts(texts, args.cli_articles, Path(tmp))
            for (layout, target), jobs in itertools.product(layouts.items(), args.jobs):
                wall, cpu = measure_cli(target, jobs, args.runs)
                print(f"cli: check --format jsonl -j {jobs}, {args.cli_articles} articles as "
                      f"{layout:<5}: {args.cli_articles / wall:4.0f} articles/s "
                      f"({wall:.2f} s with start-up, {cpu:.2f} CPU s)")  # fmt: skip
    if args.proselint:
        prose = measure_proselint(texts)
        print("proselint: not installed (pip install proselint)" if prose is None
              else f"proselint: {prose:.0f} articles/s on the same texts")  # fmt: skip


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
