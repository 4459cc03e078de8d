"""The plugin contract: every hook mediacheck calls, in the order it calls them.

A plugin is a module (or object) with functions marked ``@hookimpl`` whose
names match the specs below.  It may take a subset of a spec's arguments.
Plugins are found through the ``mediacheck`` entry-point group, the
``plugins`` configuration key, ``--plugin`` and ``Engine(plugins=[...])``.

Hooks return objects (checks, formats, analyzers) rather than doing the work
themselves, so the engine can run each one alone, name its owner on every
finding and error, and time it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from mediacheck.analyzers import Analyzer
    from mediacheck.checks import Check
    from mediacheck.formats import InputFormat, OutputFormat

__all__ = ["PROJECT", "hookimpl", "hookspec"]

PROJECT = "mediacheck"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# ------------------------------------------------------------- analysis phase


@hookspec
def mediacheck_analyzers() -> Sequence[Analyzer]:
    """Return analyzers that add facts to every document before checks run.

    Called once when the engine starts.  Each :class:`~mediacheck.Analyzer`
    names its result, declares which other analyzers it needs, and returns a
    value that the engine stores in ``document.extras[name]`` (the document
    itself stays immutable: the engine builds a new one with the extra).

    .. versionadded:: 0.1
    """


# ---------------------------------------------------------------- check phase


@hookspec
def mediacheck_checks() -> Sequence[Check]:
    """Return the checks this plugin provides.

    Called once when the engine starts.  Each :class:`~mediacheck.Check`
    declares its rules (slug, title, severity, description, examples) and a
    ``run(document, context)`` function that returns findings.  The engine
    runs every check on its own: if one raises, the error is recorded with
    the plugin, rule and document, and every other finding is kept.

    .. versionadded:: 0.1
    """


# ---------------------------------------------------------------- input/output


@hookspec
def mediacheck_input_formats() -> Sequence[InputFormat]:
    """Return input formats: how to recognise a file and read documents from it.

    Called once when inputs are opened.  Formats are tried in order of
    registration, plugins before the built-ins; the first whose ``detect``
    accepts a path reads it.

    .. versionadded:: 0.1
    """


@hookspec
def mediacheck_output_formats() -> Sequence[OutputFormat]:
    """Return output formats, selectable with ``check --format NAME``.

    .. versionadded:: 0.1
    """
