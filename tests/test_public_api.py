"""What a plugin author or library user imports from ``mediacheck`` itself."""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path

import mediacheck

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_exported_name_exists() -> None:
    assert sorted(mediacheck.__all__) == sorted(set(mediacheck.__all__))
    missing = [name for name in mediacheck.__all__ if not hasattr(mediacheck, name)]
    assert missing == []


def test_names_the_docs_import_from_mediacheck_are_exported() -> None:
    """``from mediacheck import X`` in any page works, and nothing in the docs
    reaches into a private module for what a user needs."""
    imported: set[str] = set()
    for page in DOCS.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for names in re.findall(r"^from mediacheck import ([\w, ]+)$", text, re.M):
            imported.update(n.strip() for n in names.split(","))
        assert "from mediacheck.config import" not in text, page
    assert {"load_config", "RunSummary", "Engine"} <= imported
    assert imported <= set(mediacheck.__all__)


def test_package_ships_its_types() -> None:
    """PEP 561: without ``py.typed`` a plugin's ``mypy --strict`` sees no types."""
    assert importlib.resources.files("mediacheck").joinpath("py.typed").is_file()
