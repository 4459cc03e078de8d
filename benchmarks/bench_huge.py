"""One huge document against the same text as separate articles.

    python benchmarks/bench_huge.py [--corpus FILE.jsonl] [--copies 2]

The huge document is the corpus texts (``../shared/eval/polnear/dev.jsonl``
when it exists, else the seeds) joined by blank lines, ``--copies`` times
over (3.6 MB for PolNeAR's dev set twice).  Parse plus all built-in checks
should cost about as much per megabyte either way: a lookup that scans the
whole document for each element makes the huge one quadratic.  Each run is
a fresh process, so its peak memory (maxrss) is its own.  Figures are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# a sibling script, not a package: found through the path set above
from bench_check import _peak_mb, load_texts


def child(corpus: Path | None, copies: int, whole: bool) -> None:
    from mediacheck import Engine

    texts, _ = load_texts(corpus)
    texts = texts * copies
    engine = Engine()
    engine.check(texts[0])  # warm-up: imports, lazy tables
    documents = ["\n\n".join(texts)] if whole else texts
    started = time.perf_counter()
    findings = sum(len(engine.check(text).findings) for text in documents)
    seconds = time.perf_counter() - started
    megabytes = sum(len(t.encode("utf-8")) for t in documents) / 1e6
    print(json.dumps({
        "documents": len(documents), "findings": findings, "seconds": seconds,
        "mb": megabytes, "peak_mb": _peak_mb(),
    }))  # fmt: skip


def measure(corpus: Path | None, copies: int, whole: bool) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", str(copies)]
    argv += ["--corpus", str(corpus)] if corpus else []
    argv += ["--whole"] if whole else []
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--whole", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.corpus, args.child, args.whole)
        return
    _, name = load_texts(args.corpus)
    print(f"corpus: {name} x{args.copies}; Engine().check on one core")
    print(f"{'as':>22} {'MB':>6} {'findings':>9} {'seconds':>8} {'s/MB':>6} {'peak MB':>8}")
    rates = {}
    for whole, label in ((False, "separate articles"), (True, "one huge document")):
        r = measure(args.corpus, args.copies, whole)
        rates[whole] = r["seconds"] / r["mb"]
        what = f"{r['documents']:.0f} {label}"
        print(f"{what:>22} {r['mb']:>6.2f} {r['findings']:>9.0f} "
              f"{r['seconds']:>8.2f} {rates[whole]:>6.2f} {r['peak_mb']:>8.1f}")  # fmt: skip
    print(f"huge / separate, time per MB: {rates[True] / rates[False]:.2f}x")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
