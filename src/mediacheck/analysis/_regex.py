"""Compiled regexes kept between runs, as Python keeps compiled modules.

Editors and pre-commit hooks run mediacheck once per file, and most of what
such a run spends before reading the file is compiling the analysis's
regexes: Python parses a pattern and turns it into the regex engine's code
in pure Python (a few of ours are tens of thousands of characters, the word
lists written out as tries), and does it again in every process.  Only the
last step, handing the code to the engine, is done in C.

:func:`compile` keeps that code in a file beside the package's byte code
(``__pycache__``, where :func:`importlib.util.cache_from_source` puts it, so
``PYTHONPYCACHEPREFIX`` and ``PYTHONDONTWRITEBYTECODE`` apply) and, on the
next run, hands it to the engine without parsing again.  The engine checks
code it is given before using it.  The file is keyed by the Python build
and the engine's version, each entry by the pattern's text and flags, so a
changed pattern is compiled afresh; anything amiss (no file, another
Python, an unreadable or unwritable file, a Python without the parser this
relies on) falls back to :func:`re.compile`.  A pattern compiled either way
is the same object (``==`` compares the engine's code).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import marshal
import os
import re
import sys
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any

try:  # CPython 3.11 and later: the pure-Python half of re.compile
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons compile as usual
    _sre = None

__all__ = ["compile"]

#: Which build's code the file holds: code from another build is not read.
_BUILD = (sys.implementation.cache_tag, sys.hexversion, getattr(_sre, "MAGIC", None))
#: The most engine code the file holds, in code words (about five bytes each
#: in the file).  Every run reads the whole file, so a run that compiles
#: patterns by the hundred (tests building lexicons, patterns since edited)
#: must not leave them all to every later one: this run's patterns are kept
#: first, in the order compiled (those compiled at import first), then
#: earlier runs' as they fit.  The built-in lexicon's patterns, analysis and
#: checks, are about a quarter of it.
_MOST_WORDS = 1_000_000

_Key = tuple[str, int]
#: What ``_sre.compile`` takes after the pattern: flags, code, the number of
#: groups less one, group names to numbers and numbers to names.
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _path() -> Path | None:
    if _sre is None:
        return None
    source = cache_from_source(__file__)
    return Path(source).with_name(f"patterns.{sys.implementation.cache_tag}.marshal")


def _load(path: Path | None) -> dict[_Key, _Entry]:
    if path is None:
        return {}
    try:
        build, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if build == _BUILD and isinstance(entries, dict) else {}


_PATH = _path()
_STORED = _load(_PATH)
_NEW: dict[_Key, _Entry] = {}
#: The stored entries this run read, in the order read.
_USED: dict[_Key, None] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the code kept by an earlier run
    when there is some."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = _STORED.get(key)
    if entry is not None:
        with contextlib.suppress(RuntimeError, TypeError, ValueError):
            compiled = _engine(pattern, entry)
            _USED[key] = None
            return compiled
    entry = _NEW.get(key)
    if entry is None:
        try:
            entry = _compiled(pattern, key[1])
        except re.error:
            raise
        except Exception:  # a Python whose parser differs: compile as usual
            return re.compile(pattern, flags)
        _NEW[key] = entry
    return _engine(pattern, entry)


def _engine(pattern: str, entry: _Entry) -> re.Pattern[str]:
    compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
    return compiled


def _compiled(pattern: str, flags: int) -> _Entry:
    """What :func:`re.compile` hands the engine (``re._compiler.compile``)."""
    parsed: Any = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # some are named constants
    names = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(names), tuple(indexgroup)


@atexit.register
def _save() -> None:
    """Write the file again if this run compiled a pattern it did not hold."""
    if not _NEW or _PATH is None or sys.dont_write_bytecode:
        return
    entries: dict[_Key, _Entry] = {}
    words = 0
    ordered = itertools.chain(((key, _STORED[key]) for key in _USED), _NEW.items(), _STORED.items())
    for key, entry in ordered:
        if key not in entries:
            words += len(entry[1])
            if words > _MOST_WORDS:
                break
            entries[key] = entry
    with contextlib.suppress(OSError, ValueError):
        _PATH.parent.mkdir(parents=True, exist_ok=True)
        partial = _PATH.with_name(f"{_PATH.name}.{os.getpid()}")
        partial.write_bytes(marshal.dumps((_BUILD, entries)))
        os.replace(partial, _PATH)
