"""Working through many documents in several processes, in input order.

``check --jobs N`` and ``parse --jobs N`` hand documents to N worker
processes in chunks and take the outcomes back in the order the documents
were read, with a few chunks in flight per worker at most: a corpus of any
size streams in flat memory, and the output is that of one process.

Each worker needs an engine with the same plugins and configuration.  Where
processes fork (Linux) a worker inherits the parent's, its plugins already
loaded; elsewhere (spawn, as on macOS and Windows) it builds one with
``recipe``, which must therefore pickle (a module-level function, or a
:func:`functools.partial` of one over plain settings).
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from mediacheck.engine import Engine
from mediacheck.errors import InputError
from mediacheck.formats import SourceDocument

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

__all__ = ["CHUNK", "available_cpus", "imap", "in_chunks"]

R = TypeVar("R")
#: What a worker does with a chunk of documents, given its engine: one
#: outcome a document, in order.  It must pickle, as ``recipe`` must, and
#: so must what it returns.
Work = Callable[[Engine, list[SourceDocument]], Iterable[R]]

#: Documents handed to a worker at a time: enough to make the round trip
#: (a few hundred microseconds) small beside the work (milliseconds each),
#: and a batch the engine analyses stage by stage (see Engine.run).
CHUNK = 16
#: Chunks queued per worker beyond the one it works on, so none waits.
AHEAD = 2


def _mapping(items: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(items)


def _reduce_mapping(mapping: MappingProxyType[str, Any]) -> tuple[Any, ...]:
    return _mapping, (dict(mapping),)


def _pickle_mappings() -> None:
    """Documents keep their metadata in read-only mappings, which pickle
    cannot send as they are; only the pickler of multiprocessing learns how.

    multiprocessing is imported here, in the parent and in each worker, not
    with this module: ~10 ms of start-up a run in one process need not pay.
    """
    from multiprocessing.reduction import ForkingPickler

    ForkingPickler.register(MappingProxyType, _reduce_mapping)


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, where known)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


# ------------------------------------------------------------ in a worker

_engine: Engine | None = None
_work: Work[Any] | None = None


def _start(recipe: Callable[[], Engine], work: Work[Any]) -> None:
    global _engine, _work
    # Ctrl-C reaches the whole process group: the parent stops the workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _pickle_mappings()
    if _engine is None:  # not inherited by a fork: build it
        _engine = recipe()
    _work = work


def _run(batch: list[SourceDocument]) -> list[Any]:
    assert _engine is not None and _work is not None
    return list(_work(_engine, batch))


# ------------------------------------------------------------ in the parent


def in_chunks(
    work: Work[R],
    items: Iterable[SourceDocument | InputError],
    *,
    engine: Engine,
    chunk: int = CHUNK,
) -> Iterator[R | InputError]:
    """``work`` for each document of ``items`` in this process, ``chunk`` at
    a time; input errors pass through in their place.  Outcomes come as
    ``work`` gives them, so those before a document that fails come out."""
    stream = iter(items)
    while batch := list(itertools.islice(stream, chunk)):
        documents = [item for item in batch if isinstance(item, SourceDocument)]
        outcomes = iter(work(engine, documents))
        for item in batch:
            yield item if isinstance(item, InputError) else next(outcomes)


def _context(method: str | None) -> Any:
    """fork where it is safe (Linux): workers start at once with the
    parent's engine; else the platform's default."""
    import multiprocessing

    if method is None and sys.platform.startswith("linux"):
        method = "fork"
    return multiprocessing.get_context(method)


def imap(
    work: Work[R],
    items: Iterable[SourceDocument | InputError],
    *,
    engine: Engine,
    recipe: Callable[[], Engine],
    jobs: int,
    chunk: int = CHUNK,
    start_method: str | None = None,
) -> Iterator[R | InputError]:
    """``work`` for each document of ``items`` in ``jobs`` processes, a
    chunk at a time; input errors pass through in their place.

    Results come in input order.  A worker's exception is raised here, as
    it would be in one process.
    """
    global _engine
    stream = iter(items)
    pending: deque[tuple[list[SourceDocument | InputError], AsyncResult[list[R]]]] = deque()
    _pickle_mappings()
    _engine = engine  # for forked workers to inherit
    try:
        pool = _context(start_method).Pool(jobs, initializer=_start, initargs=(recipe, work))
    finally:
        _engine = None

    def submit() -> bool:
        batch = list(itertools.islice(stream, chunk))
        if not batch:
            return False
        documents = [item for item in batch if isinstance(item, SourceDocument)]
        pending.append((batch, pool.apply_async(_run, (documents,))))
        return True

    finished = False
    try:
        for _ in range(jobs * (AHEAD + 1)):
            if not submit():
                break
        while pending:
            batch, result = pending.popleft()
            outcomes = iter(result.get())
            submit()
            for item in batch:
                yield item if isinstance(item, InputError) else next(outcomes)
        finished = True
    finally:
        # interrupted, failed or abandoned: no worker outlives the run
        if finished:
            pool.close()
        else:
            pool.terminate()
        pool.join()
