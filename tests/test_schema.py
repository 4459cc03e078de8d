"""The JSON contract: real output validates against the schemas shipped
inside the package."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from referencing import Registry, Resource

from mediacheck.cli import main

SEEDS = sorted(str(p) for p in (Path(__file__).parent.parent / "seeds").glob("*.txt"))
NAMES = ("parse-document", "check-result", "check-report")


def schema(name: str) -> dict[str, Any]:
    text = resources.files("mediacheck").joinpath(f"schema/{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validator(name: str) -> jsonschema.Draft202012Validator:
    registry: Registry[Any] = Registry().with_resources(
        (schema(n)["$id"], Resource.from_contents(schema(n))) for n in NAMES
    )
    return jsonschema.Draft202012Validator(
        schema(name), registry=registry, format_checker=jsonschema.FormatChecker()
    )


def invoke(*args: str) -> str:
    return CliRunner().invoke(main, list(args), catch_exceptions=False).stdout


@pytest.mark.parametrize("name", NAMES)
def test_schemas_are_valid_and_shipped(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(name))


def test_parse_output_matches() -> None:
    for line in invoke("parse", "--format", "jsonl", *SEEDS).splitlines():
        validator("parse-document").validate(json.loads(line))


def test_check_jsonl_output_matches() -> None:
    lines = invoke("check", "--format", "jsonl", *SEEDS).splitlines()
    assert len(lines) == len(SEEDS)
    for line in lines:
        validator("check-result").validate(json.loads(line))


def test_check_jsonl_input_error_record_matches(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    lines = invoke("check", "--format", "jsonl", SEEDS[0], str(tmp_path / "empty.txt"))
    records = [json.loads(line) for line in lines.splitlines()]
    assert [r["id"] is None for r in records] == [False, True]
    for record in records:
        validator("check-result").validate(record)
    with pytest.raises(jsonschema.ValidationError):
        validator("check-result").validate({**records[1], "id": "x"})


def test_check_json_output_matches(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    report = json.loads(invoke("check", "--format", "json", "--profile", *SEEDS, str(tmp_path)))
    validator("check-report").validate(report)
    assert report["input_errors"] == [
        {"path": str(tmp_path / "empty.txt"), "message": "empty file"}
    ]


def test_schema_rejects_a_renamed_field() -> None:
    """The schema is strict enough to catch a broken contract."""
    record = json.loads(invoke("check", "--format", "jsonl", SEEDS[0]).splitlines()[0])
    record["findings"] = [{"rule": "x", "severity": "warning"}]
    with pytest.raises(jsonschema.ValidationError):
        validator("check-result").validate(record)
