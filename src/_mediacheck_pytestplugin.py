"""pytest fixtures for testing mediacheck plugins, loaded through ``pytest11``.

pytest loads this module in every session of an environment where
mediacheck is installed, so it imports nothing from mediacheck until a test
asks for one of its fixtures, and none of them is autouse.

- ``mediacheck_plugin(plugin, name=None)`` registers a plugin for the test:
  ``mediacheck.check()``, ``Engine()`` and the command line (run in-process)
  all load it; it is gone after the test.
- ``mediacheck_engine(*plugins, **engine_options)`` builds an
  :class:`~mediacheck.Engine` with only those plugins (``entrypoints=False``
  unless given).
- ``mediacheck_golden(findings, name)`` compares findings with
  ``golden/<name>.json`` beside the test file (``MEDIACHECK_UPDATE_GOLDEN=1``
  rewrites it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from mediacheck import Engine, Finding


@pytest.fixture
def mediacheck_plugin() -> Iterator[Callable[..., str]]:
    """Register plugins like installed ones for the duration of one test."""
    from mediacheck.testing import registered

    with ExitStack() as stack:

        def register(plugin: object, name: str | None = None) -> str:
            return stack.enter_context(registered(plugin, name))

        yield register


@pytest.fixture
def mediacheck_engine() -> Callable[..., Engine]:
    """A factory of engines that load only the plugins a test names."""
    from mediacheck import Engine

    def make(*plugins: object | str, **options: Any) -> Engine:
        options.setdefault("entrypoints", False)
        return Engine(plugins=plugins, **options)

    return make


@pytest.fixture
def mediacheck_golden(request: pytest.FixtureRequest) -> Callable[[Iterable[Finding], str], None]:
    """Compare findings with ``golden/<name>.json`` next to the test file."""
    from mediacheck.testing import assert_matches_golden

    folder = Path(request.node.path).parent / "golden"

    def compare(findings: Iterable[Finding], name: str) -> None:
        assert_matches_golden(findings, folder / f"{name}.json")

    return compare
