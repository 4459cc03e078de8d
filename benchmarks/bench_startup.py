"""Start-up cost: one file checked by the command line, and what importing
mediacheck and each built-in plugin costs.

    python benchmarks/bench_startup.py [--runs 10] [--file seeds/001_council_budget.txt]
                                       [--top 15]

Editors, pre-commit hooks and CI call ``mediacheck check`` once per file,
so the time before the first article is read is paid on every file.  Each
figure is the best of ``--runs`` fresh processes (the median beside it),
start-up included; ``--top`` lists the modules that cost the command line
most to import (``python -X importtime``, own time, best of the runs).
Figures are printed, never asserted.

With ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__`` beside the
sources, every run compiles mediacheck's modules and the analysis's regexes
(kept beside the byte code, see ``mediacheck.analysis._regex``) from source
again; the script says so, as those numbers are not what an installed copy
costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "001_council_budget.txt"


def wall(command: list[str], runs: int) -> tuple[float, float]:
    """Best and median wall time of ``command``, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def import_times(*arguments: str) -> dict[str, tuple[int, int]]:
    """``python -X importtime *arguments`` in a fresh process: module ->
    (own, cumulative) microseconds."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *arguments],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    times = {}
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            own, cumulative, name = line[len("import time:") :].split("|")
            if own.strip().isdigit():
                times[name.strip()] = (int(own), int(cumulative))
    return times


def best_import(module: str, before: str, runs: int) -> float:
    """The best cumulative import time of ``module`` in seconds, with ``before``
    imported first (so a plugin's figure leaves out the core's)."""
    statement = f"import {before}; import {module}"
    return min(import_times("-c", statement).get(module, (0, 0))[1] for _ in range(runs)) / 1e6


def builtin_plugins() -> list[str]:
    """The modules of the plugins mediacheck's own distribution registers."""
    return sorted(
        ep.value.partition(":")[0]
        for ep in metadata.entry_points(group="mediacheck")
        if ep.dist is not None and ep.dist.name == "mediacheck"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="fresh processes per figure")
    parser.add_argument("--file", type=Path, default=SEED, help="the article checked")
    parser.add_argument("--top", type=int, default=15, help="modules listed by import time")
    args = parser.parse_args()

    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not any(ROOT.glob("src/**/__pycache__")):
        print("note: PYTHONDONTWRITEBYTECODE is set and src/ has no __pycache__: every run")
        print("      compiles mediacheck and its regexes from source (unset it, or set")
        print("      PYTHONPYCACHEPREFIX and run once without it)")
    command = [sys.executable, "-m", "mediacheck", "check", str(args.file)]
    subprocess.run(command, capture_output=True, check=False)  # warm the caches
    print(f"best of {args.runs} runs (median)")
    best, median = wall([sys.executable, "-c", "pass"], args.runs)
    row("python -c pass", best, f"({median * 1000:.1f})")
    best, median = wall(command, args.runs)
    row(f"mediacheck check {args.file.name}", best, f"({median * 1000:.1f})")
    row("import mediacheck", best_import("mediacheck", "sys", args.runs))
    for plugin in builtin_plugins():
        row(f"import {plugin}", best_import(plugin, "mediacheck", args.runs), "(after mediacheck)")
    if args.top:
        best_times: dict[str, tuple[int, int]] = {}
        for _ in range(args.runs):
            for name, (own, cumulative) in import_times(*command[1:]).items():
                low = best_times.get(name, (own, cumulative))
                best_times[name] = (min(low[0], own), min(low[1], cumulative))
        print(f"top {args.top} modules by own import time (with their imports), CLI, best of runs")
        ranked = sorted(best_times.items(), key=lambda kv: -kv[1][0])
        for name, (own, cumulative) in ranked[: args.top]:
            print(f"  {own / 1000:7.1f} ms  ({cumulative / 1000:7.1f})  {name}")


def row(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:<42}{seconds * 1000:7.1f} ms  {note}".rstrip())


if __name__ == "__main__":
    main()
