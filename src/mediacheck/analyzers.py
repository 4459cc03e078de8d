"""Analysis plugins: facts a plugin adds to the document for later checks.

The document stays immutable: the engine runs the analyzers in the order
their ``requires`` declare, stores each result in a new document's
``extras[name]`` and hands that document to every check.  An analyzer that
raises becomes an error record for that document; analyzers that need its
result are skipped, and checks reading it fail (and are reported) alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from mediacheck.model import Document

__all__ = ["Analyzer"]

#: Analyzer names are keys of ``document.extras``: short, lower-case, dotted
#: by the plugin if it likes (``entities``, ``acme.entities``).
NAME = re.compile(r"^[a-z][a-z0-9_]*(?:[.-][a-z0-9_]+)*$")


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not NAME.match(value):
        raise ValueError(
            f"analyzer name {value!r} must be lower-case words (like 'entities' or 'acme.entities')"
        )


def _check_requires(
    instance: Analyzer, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for name in value:
        _check_name(instance, attribute, name)
    if instance.name in value:
        raise ValueError(f"analyzer {instance.name!r} cannot require itself")


@attrs.frozen
class Analyzer:
    """Computes one extra fact about a document, stored as ``extras[name]``.

    ``run(document)`` returns the value; make it immutable (a tuple, a
    frozen attrs class) since every check shares it.  ``requires`` names
    other analyzers whose results ``run`` reads from ``document.extras``;
    the engine runs them first and refuses a missing or circular one at
    start-up.
    """

    name: str = attrs.field(validator=_check_name)
    run: Callable[[Document], Any]
    requires: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_check_requires)
