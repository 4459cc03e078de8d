"""The plugin author's docs tell the truth: every Python example in them runs
(and its ``test_*`` functions pass) and the hook reference matches the specs.

The Python blocks of a page are joined, in order, into one module named
after the page's plugin and run with pytest, so module-level examples run
as the module is imported and the page's tests run as tests, fixtures and
hypothesis included.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from mediacheck import (
    Attribution,
    Document,
    Engine,
    Link,
    Note,
    Paragraph,
    PluginError,
    Quote,
    Sentence,
    Span,
    TemporalExpression,
    hookspecs,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DOCS = Path(__file__).resolve().parent.parent / "docs"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
HOOKS = sorted(n for n in dir(hookspecs) if n.startswith("mediacheck_"))


def blocks(markdown: str, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(markdown) if lang == language]


def run_examples(
    markdown: str, folder: Path, module: str, *pytest_args: str
) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run a page's Python blocks as ``module``; returns the pytest run and
    how many tests the page defines."""
    code = "\n\n".join(blocks(markdown, "python"))
    path = folder / f"{module}.py"
    path.write_text(code, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path), *pytest_args],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=300,
    )
    return run, len(re.findall(r"^def test_", code, re.MULTILINE))


def hook_signature(name: str) -> str:
    """``name(args) -> return`` as written in the spec, without quotes."""
    spec: Callable[..., object] = getattr(hookspecs, name)
    signature = inspect.signature(spec)
    params = ", ".join(str(p).replace("'", "") for p in signature.parameters.values())
    returns = str(signature.return_annotation).replace("'", "")
    return f"{name}({params}) -> {returns}"


class TestGuide:
    page = (DOCS / "plugins.md").read_text(encoding="utf-8")

    def test_every_example_runs_and_its_tests_pass(self, tmp_path: Path) -> None:
        run, tests = run_examples(self.page, tmp_path, "mediacheck_clickbait")
        assert run.returncode == 0, run.stdout + run.stderr
        assert tests >= 4
        passed = re.search(r"(\d+) passed", run.stdout)
        assert passed is not None, run.stdout
        assert int(passed.group(1)) >= tests

    def test_property_example_holds_over_many_articles(self, tmp_path: Path) -> None:
        """The guide's hypothesis example, run with 10x the examples it asks for."""
        page = self.page.replace("max_examples=50,", "max_examples=500,")
        assert page != self.page
        run, _ = run_examples(page, tmp_path, "mediacheck_clickbait", "-k", "body_text")
        assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout + run.stderr

    def test_testing_extra_gives_what_the_helpers_need(self) -> None:
        """The guide tells authors to install mediacheck[testing]; it exists
        and brings pytest (helpers, fixtures) and hypothesis (strategies)."""
        pyproject = tomllib.loads((DOCS.parent / "pyproject.toml").read_text(encoding="utf-8"))
        extra = pyproject["project"]["optional-dependencies"]["testing"]
        assert {re.split(r"[<>=!~ ]", r)[0] for r in extra} == {"pytest", "hypothesis"}
        assert "pip install -e '/path/to/mediacheck[testing]'" in self.page

    def test_packaging_example_declares_the_entry_point(self) -> None:
        projects = [tomllib.loads(b) for b in blocks(self.page, "toml")]
        (project,) = [p for p in projects if "project" in p]
        assert project["project"]["entry-points"]["mediacheck"] == {
            "clickbait": "mediacheck_clickbait"
        }
        options = [p for p in projects if "mediacheck" in p.get("tool", {})]
        assert "clickbait-headline" in options[0]["tool"]["mediacheck"]["options"]

    def test_packaging_example_names_the_package_for_hatchling(self) -> None:
        """The wheel holds the module the entry point names, and the layout shows it."""
        (project,) = [p for p in map(tomllib.loads, blocks(self.page, "toml")) if "project" in p]
        module = project["project"]["entry-points"]["mediacheck"]["clickbait"]
        assert project["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == [module]
        (layout,) = [b for b in blocks(self.page, "text") if "pyproject.toml" in b]
        assert f"{module}/" in layout and "__init__.py" in layout

    @pytest.mark.parametrize("hook", HOOKS)
    def test_mentions_every_hook(self, hook: str) -> None:
        assert f"`{hook}()`" in self.page

    @pytest.mark.parametrize(
        "name",
        [
            "sentence_at",
            "quote_at",
            "attributions_covering",
            "span(start, end)",
            "source_kind",
            "speaker",
            "cue",
            "content",
            "kind",
            "temporal",
            "context.finding",
            "Evidence",
            "severity",
            "context.option",
            "[tool.mediacheck.options.",
            "mediacheck.testing",
            "assert_flags",
            "run_check",
            "assert_matches_golden",
            "mediacheck.strategies",
            "[project.entry-points.mediacheck]",
            "MEDIACHECK_API",
        ],
    )
    def test_covers_the_api(self, name: str) -> None:
        assert name in self.page

    @pytest.mark.parametrize(
        "model",
        [Document, Paragraph, Sentence, Quote, Attribution, TemporalExpression, Note, Link, Span],
        ids=lambda model: model.__name__,
    )
    def test_names_every_public_attribute_of_the_model(self, model: type) -> None:
        """A check reads the model from this page alone: each field, property
        and method is named (TemporalExpression's anchoring, anchored_on and
        valid were not).  Left out: ``as_dict`` (the JSON output, json.md)
        and ``line_col`` (the engine maps lines and columns; a check never)."""
        public = {f.name for f in attrs.fields(model)} | set(vars(model))
        public = {n for n in public if not n.startswith("_")} - {"as_dict", "line_col"}
        named = set(re.findall(r"[`.](\w+)", self.page))
        assert sorted(public - named) == []


DESK = """\
from mediacheck import hookimpl


class Desk:
    MEDIACHECK_NAME = "desk"

    @hookimpl
    def mediacheck_checks(self):
        return []


desk = Desk()
"""


@pytest.mark.parametrize(
    ("plugin", "message"),
    [
        ("mediacheck_desk", "implements no mediacheck hook; its hooks are on"),
        ("mediacheck_desk:Desk", "is a class: register an instance of it"),
        ("mediacheck_hooked", "mediacheck_checks(config) takes argument(s) {'config'}"),
    ],
)
def test_load_errors_are_those_the_guide_shows(
    plugin: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "When something goes wrong" lines of plugins.md for a plugin handed
    over wrongly are, word for word, what loading it says."""
    (tmp_path / "mediacheck_desk.py").write_text(DESK, encoding="utf-8")
    hooked = "from mediacheck import hookimpl\n\n\n@hookimpl\ndef mediacheck_checks(config):\n"
    (tmp_path / "mediacheck_hooked.py").write_text(hooked + "    return []\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for module in ("mediacheck_desk", "mediacheck_hooked"):
        monkeypatch.delitem(sys.modules, module, raising=False)
    with pytest.raises(PluginError, match=re.escape(message)) as raised:
        Engine(plugins=[plugin], entrypoints=False)
    line = f"mediacheck: error: {raised.value}".replace("mediacheck_hooked", "clickbait")
    assert line in TestGuide.page.splitlines()


class TestHookReference:
    page = (DOCS / "hooks.md").read_text(encoding="utf-8")

    @pytest.mark.parametrize("hook", HOOKS)
    def test_one_heading_per_hook_with_its_exact_signature(self, hook: str) -> None:
        assert f"\n## `{hook_signature(hook)}`\n" in self.page

    def test_no_heading_for_a_hook_that_does_not_exist(self) -> None:
        headings = re.findall(r"^## `(mediacheck_\w+)", self.page, re.MULTILINE)
        assert sorted(headings) == HOOKS

    def test_examples_run(self, tmp_path: Path) -> None:
        run, _ = run_examples(self.page, tmp_path, "hooks_examples")
        assert run.returncode in (0, 5), run.stdout + run.stderr  # 5: the page defines no tests


class TestHarness:
    """A broken example must fail the tests above."""

    @pytest.mark.parametrize(
        "block",
        [
            pytest.param("assert 1 + 1 == 3\n", id="module-level"),
            pytest.param("def test_wrong() -> None:\n    assert False\n", id="test-function"),
            pytest.param("from mediacheck import NoSuchThing\n", id="import"),
        ],
    )
    def test_broken_example_fails(self, tmp_path: Path, block: str) -> None:
        page = f"# Page\n\n```python\nx = 1\n```\n\n```python\n{block}```\n"
        run, _ = run_examples(page, tmp_path, "broken_page")
        assert run.returncode not in (0, 5)

    def test_blocks_of_other_languages_are_not_run(self) -> None:
        page = "```toml\n[a]\n```\n\n```python\nx = 1\n```\n\n```sh\nls\n```\n"
        assert blocks(page, "python") == ["x = 1\n"]
