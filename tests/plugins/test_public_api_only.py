"""The plugins shipped with mediacheck use only what a third party can.

A built-in check that reached into ``mediacheck.analysis`` would work only
because it ships in the same wheel; the checks are meant to show how a
plugin is written, so they import names from ``mediacheck`` itself (those in
``mediacheck.__all__``) and the test helpers ``mediacheck.testing`` and
``mediacheck.strategies``, and nothing else of the core.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import mediacheck

PLUGINS = Path(__file__).resolve().parents[2] / "plugins"
PUBLIC_MODULES = {"mediacheck", "mediacheck.testing", "mediacheck.strategies"}
SOURCES = sorted(PLUGINS.rglob("*.py"))


def private_uses(source: str) -> list[str]:
    """What ``source`` takes from mediacheck beyond its public API."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
            found += [m for m in modules if m.startswith("mediacheck.") and m not in PUBLIC_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            module = node.module
            if module == "mediacheck":
                found += [
                    f"mediacheck.{a.name}" for a in node.names if a.name not in mediacheck.__all__
                ]
            elif module.startswith("mediacheck.") and module not in PUBLIC_MODULES:
                found.append(module)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "mediacheck"
            and node.attr not in mediacheck.__all__
            and f"mediacheck.{node.attr}" not in PUBLIC_MODULES
        ):
            found.append(f"mediacheck.{node.attr}")
    return found


def test_the_scan_sees_private_uses() -> None:
    source = (
        "import mediacheck.analysis.calendar\n"
        "from mediacheck.analysis.tense import DIRECTIONS\n"
        "from mediacheck import Document, model\n"
        "from mediacheck.testing import run_check\n"
        "import mediacheck\n"
        "mediacheck.engine.Engine, mediacheck.Document\n"
    )
    assert private_uses(source) == [
        "mediacheck.analysis.calendar",
        "mediacheck.analysis.tense",
        "mediacheck.model",
        "mediacheck.engine",
    ]


def test_there_are_plugins_to_scan() -> None:
    assert {p.parent.name for p in SOURCES} >= {
        "mediacheck_attribution",
        "mediacheck_dates",
        "mediacheck_quotes",
        "mediacheck_superlatives",
    }


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PLUGINS)))
def test_plugin_uses_only_the_public_api(path: Path) -> None:
    assert private_uses(path.read_text(encoding="utf-8")) == []
