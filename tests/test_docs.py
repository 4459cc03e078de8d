"""The Python examples of the user guide run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", ["guide.md"])
def test_examples_run_in_order(page: str) -> None:
    """Blocks share one namespace, as a reader would type them in one session."""
    blocks = python_blocks(DOCS / page)
    assert blocks, f"{page} has no Python examples"
    namespace: dict[str, object] = {"__name__": f"docs.{page}"}
    for number, block in enumerate(blocks, 1):
        code = compile(block, f"{page} (example {number})", "exec")
        exec(code, namespace)
