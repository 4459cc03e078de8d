"""Where the attribution stage spends its time, in microseconds per article.

    python benchmarks/bench_attributions.py [--corpus FILE.jsonl] [--best N]

The corpus is the one ``bench_stages.py`` reads (PolNeAR's dev texts, else
the seeds), analysed up to the quotes.  First the stage as a whole: its
first pass, then its best, which is what ``bench_stages.py`` reports.  They
differ by more than noise: the kinds, heads and names of source mentions are
cached (``sources.py``), and only the first pass over a corpus pays for
reading each new mention, as a run over new articles does for most of
them.  Then its parts: the scan for cue words (timed on its own), the
reading of each cue the scan finds, by the kind of cue and by what the
reading gives (an attribution or nothing), the passes over what was found,
the readers of whole documents (headline, credit lines, transcripts), and
the making of the model's attributions.
The parts are timed by wrapping the stage's functions, so they add up to
more than the whole; compare a part before and after a change, not a part
with the whole.  Each figure is the best of ``--best`` passes (CPU time for
the whole, wall time for the parts, whose calls are too short for the CPU
clock).  Figures are printed, never asserted.

Reading the cues is most of the stage and no single step of it dominates,
so the question to ask of a change is how many reads it spares and what
each read costs: ``reads`` gives both.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stages import _best, load_texts

from mediacheck.analysis import attributions
from mediacheck.analysis.quotes import find_quotes
from mediacheck.analysis.sentences import split_sentences
from mediacheck.analysis.structure import read_structure
from mediacheck.model import Document, TextIndex

#: The steps of ``find_attributions`` after the cue loop, in the order it takes them.
PASSES = (
    "_cut_at_later_clauses",
    "_end_relative_clauses",
    "_without_cue_in_subject",
    "_without_swallowed",
    "_chain_ends",
    "_credit_agents",
    "_reporting_credit",
    "_found_for",
    "_split_paragraph_runs",
    "_attach_quotes",
)
#: Readers of the whole document, run once an article.
READERS = (
    "_transcript_turns",
    "_interview_answers",
    "_headline_credit",
    "_subhead_credits",
    "_credited",
)


def quoted_documents(texts: list[str]) -> list[Document]:
    documents = []
    for text in texts:
        bare = Document(text=text, index=TextIndex(text))
        document = read_structure(bare, published=None, fallback=None)
        document = attrs.evolve(document, sentences=split_sentences(document))
        documents.append(attrs.evolve(document, quotes=find_quotes(document)))
    return documents


class Calls:
    """The calls one pass makes to some functions of the stage, kept to be made
    again one function at a time under the CPU clock: a clock read around each
    call would cost more than many of the calls (a system call each), and wall
    time is no measure on a machine others share."""

    def __init__(self) -> None:
        #: Label -> (function, the arguments of each call).
        self.made: dict[str, tuple[Callable[..., Any], list[tuple[Any, ...]]]] = {}
        self.originals: dict[str, Callable[..., Any]] = {}
        self.depth = 0

    def wrap(self, name: str, label: Callable[[Any, tuple[Any, ...]], str] | None = None) -> None:
        function = self.originals[name] = getattr(attributions, name)

        def kept(*args: Any) -> Any:
            self.depth += 1
            copied = _copied(args)  # before the call: found lists change as the stage goes on
            try:
                result = function(*args)
            finally:
                self.depth -= 1
            if self.depth == 0:  # a function called from another one is counted in it
                key = label(result, args) if label else name
                self.made.setdefault(key, (function, []))[1].append(copied)
            return result

        setattr(attributions, name, kept)

    def replay(self, passes: int, articles: int) -> list[tuple[float, str, float]]:
        """(µs an article, label, calls an article), the best of ``passes`` each."""
        for name, function in self.originals.items():
            setattr(attributions, name, function)  # a call from a call is not kept again
        rows = []
        for key, (function, calls) in self.made.items():
            best = float("inf")
            for _ in range(passes):
                fresh = [_copied(args) for args in calls]  # the passes change what they are given
                started = time.process_time()
                for args in fresh:
                    function(*args)
                best = min(best, time.process_time() - started)
            rows.append((best / articles * 1e6, key, len(calls) / articles))
        return sorted(rows, reverse=True)


def _copied(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """``args`` with each list of attributions under construction copied, the rest
    (text, documents, matches, quotes) as given: only those lists are changed."""
    return tuple(
        [attrs.evolve(f, quotes=list(f.quotes)) for f in arg]
        if isinstance(arg, list) and arg and isinstance(arg[0], attributions._Found)
        else arg
        for arg in args
    )


def read_outcome(result: Any, args: tuple[Any, ...]) -> str:
    match = args[1]
    kind = attributions._tables().cue_kinds.get(match.lastgroup or "", "opening")
    return f"reads: {kind}, {outcome(result)}"


def outcome(result: Any) -> str:
    return "attribution" if result is not None else "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--best", type=int, default=5, help="passes; the best is reported")
    args = parser.parse_args()
    texts, name = load_texts(args.corpus)
    documents = quoted_documents(texts)
    n = len(documents)
    print(f"corpus: {name}: {n} articles; best of {args.best} passes, µs per article")
    cold = _best(attributions.find_attributions, documents, 1)
    whole = _best(attributions.find_attributions, documents, args.best)
    print(f"{'stage, first pass (mention caches cold)':<44} {cold:8.1f}")
    print(f"{'stage, best pass':<44} {whole:8.1f}")
    cue = attributions._tables().cue
    scan = _best(lambda d: list(cue.finditer(d.text)), documents, args.best)
    print(f"{'cue scan alone':<44} {scan:8.1f}")

    calls = Calls()
    calls.wrap("_read", read_outcome)
    for reader in ("_opening", "_nominal"):
        calls.wrap(reader, lambda result, _, r=reader: f"reads: {r}, {outcome(result)}")
    for step in PASSES + READERS + ("_finish",):
        calls.wrap(step)
    for document in documents:
        attributions.find_attributions(document)
    print(f"{'parts, each alone':<44} {'µs':>8} {'calls':>7} {'µs/call':>8}")
    for figure, key, made in calls.replay(args.best, n):
        print(f"  {key:<42} {figure:8.1f} {made:7.2f} {figure / made:8.2f}")


if __name__ == "__main__":
    main()
