"""The Python examples of the user guide, the JSON and configuration pages
and the README run as written, and the README's rule table is the built-in rules'."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from mediacheck import Engine

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
BUILT_IN = {"quotes", "attribution", "superlatives", "dates"}


def python_blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


def run_in_order(page: Path) -> None:
    """Blocks share one namespace, as a reader would type them in one session."""
    blocks = python_blocks(page)
    assert blocks, f"{page.name} has no Python examples"
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"{page.name} (example {number})", "exec"), namespace)


def test_guide_examples_run_in_order() -> None:
    run_in_order(DOCS / "guide.md")


def test_json_page_examples_run() -> None:
    run_in_order(DOCS / "json.md")


def test_configuration_examples_run_with_the_example_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's first example file, saved as mediacheck.toml beside a
    module of the name it lists under `plugins`, is one the engine accepts."""
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(# mediacheck.toml \(in pyproject.*?)```", page, re.S)
    assert example is not None
    (tmp_path / "mediacheck.toml").write_text(example.group(1), encoding="utf-8")
    (plugins,) = re.findall(r'^plugins = \["(\w+)"\]', example.group(1), re.M)
    (tmp_path / f"{plugins}.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delitem(sys.modules, plugins, raising=False)
    run_in_order(DOCS / "configuration.md")


def test_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "article.txt").write_text(
        'Storm\n\n"We are ready."\n\nAnalysts say the barrier will hold.\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    run_in_order(ROOT / "README.md")


def test_readme_rule_table_is_the_built_in_rules() -> None:
    """Slug and default severity of every built-in rule, no more, no less."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([a-z-]+)` \| (info|warning|error) \|", readme, re.M))
    rules = {
        (rule.slug, rule.severity.value)
        for plugin, rule in Engine(select=sorted(BUILT_IN)).rules
        if plugin in BUILT_IN
    }
    assert table == rules


CONFIG_MISTAKES = {
    "unknown key 'selct'": ('selct = ["quotes"]\n', ()),
    "ignore names unknown rule": ('ignore = ["vague-atribution"]\n', ()),
    "must be info, warning or error": ('[severity]\nunsourced-statistic = "fatal"\n', ()),
    "has no option 'extra-term'": ('[options.unsourced-superlative]\nextra-term = ["x"]\n', ()),
    "must be list, not str": ('[options.unsourced-superlative]\nextra-terms = "x"\n', ()),
    "or the command line: select": ("", ("--select", "qoutes")),
    "unknown key 'extra-outlet'": ('[lexicon]\nextra-outlet = ["x"]\n', ()),
    "must be a list of strings": ('[lexicon]\nextra-outlets = "x"\n', ()),
}


@pytest.mark.parametrize("mistake", sorted(CONFIG_MISTAKES))
def test_configuration_mistakes_print_what_the_page_shows(tmp_path: Path, mistake: str) -> None:
    """Each message of 'Mistakes are errors' is what the command prints."""
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    (shown,) = [line for line in page.splitlines() if mistake in line]
    toml, args = CONFIG_MISTAKES[mistake]
    (tmp_path / "mediacheck.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Storm\n\nThe barrier held.\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mediacheck", "check", *args, "a.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 2
    printed = run.stderr.replace(str(tmp_path / "mediacheck.toml"), "mediacheck.toml")
    shown = shown.split(" (keys: ")[0].replace("...", "")
    assert printed.startswith(shown), (shown, run.stderr)
