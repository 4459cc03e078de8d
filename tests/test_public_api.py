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


def test_revision_note_tells_a_note_on_the_piece_from_its_body() -> None:
    """The dates checks and the temporal analysis read revision notes by
    this one definition; a third-party check reads the same."""
    text = (
        "Ferry times change\n\n"
        "The ferry will sail on Monday, Dec. 7, the operator said.\n\n"
        "Correction, Tuesday, Dec. 1: An earlier version gave the wrong pier.\n\n"
        "This story was updated on Wednesday to add the new times. The pier reopens soon."
    )
    document = mediacheck.parse(text)
    body, label, piece, after = (
        text.index(word) for word in ("ferry will", "Dec. 1", "updated", "pier reopens")
    )
    assert [mediacheck.revision_note(document, at) for at in (body, label, piece, after)] == [
        False,
        True,
        True,
        False,
    ]


def test_compile_pattern_gives_what_re_compile_gives() -> None:
    """Checks compile their patterns through the start-up cache (see
    ``mediacheck.analysis._regex``); what they get is ``re.compile``'s."""
    pattern = r"(?P<count>\d+)\s+(?:households|homes)\b"
    compiled = mediacheck.compile_pattern(pattern, re.IGNORECASE)
    assert compiled == re.compile(pattern, re.IGNORECASE)
    assert compiled.groupindex == {"count": 1}
