"""The command line: a thin shell over the library (minimal; being extended)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from mediacheck.engine import Engine
from mediacheck.formats import SourceDocument
from mediacheck.serialize import document_to_dict, result_to_dict


def _read(paths: tuple[str, ...]) -> list[SourceDocument]:
    out = []
    for path in paths:
        if path.endswith(".jsonl"):
            for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    rec = json.loads(line)
                    out.append(SourceDocument(rec["text"], str(rec.get("id", n)), f"{path}:{n}"))
        else:
            out.append(SourceDocument(Path(path).read_text(encoding="utf-8"), path, path))
    return out


@click.group()
def main() -> None:
    """Check news articles for sourcing and factual red flags."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", default="jsonl")
def parse(inputs: tuple[str, ...], fmt: str) -> None:
    engine = Engine()
    for source in _read(inputs):
        doc = engine.parse(source.text, id=source.id)
        sys.stdout.write(json.dumps(document_to_dict(doc), ensure_ascii=False) + "\n")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", default="text")
@click.option("--select", default=None)
def check(inputs: tuple[str, ...], fmt: str, select: str | None) -> None:
    engine = Engine(select=select.split(",") if select else None)
    for result in engine.run(_read(inputs)):
        sys.stdout.write(json.dumps(result_to_dict(result), ensure_ascii=False) + "\n")
