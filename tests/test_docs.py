"""The Python examples of the user guide, the JSON and configuration pages
and the README run as written, and the README's rule table is the built-in rules'."""

from __future__ import annotations

import gzip
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


def test_guide_examples_run_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the guide reads a seed article, as from a checkout
    run_in_order(DOCS / "guide.md")


def test_json_page_examples_run() -> None:
    run_in_order(DOCS / "json.md")


def test_configuration_examples_run_with_the_example_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's first example file, saved as mediacheck.toml beside a
    module of the name it lists under `plugins` (with a hook: a module with
    none is refused), is one the engine accepts."""
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(# mediacheck.toml \(in pyproject.*?)```", page, re.S)
    assert example is not None
    (tmp_path / "mediacheck.toml").write_text(example.group(1), encoding="utf-8")
    (plugins,) = re.findall(r'^plugins = \["(\w+)"\]', example.group(1), re.M)
    hook = "from mediacheck import hookimpl\n\n\n@hookimpl\ndef mediacheck_checks():\n"
    hook += "    return []\n"
    (tmp_path / f"{plugins}.py").write_text(hook, encoding="utf-8")
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


def test_cli_input_errors_are_what_the_command_prints(tmp_path: Path) -> None:
    """The one-line messages of cli.md's 'Errors and exit codes', each made
    by an input of its kind, in the order the inputs are given."""
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    errors = page.split("## Errors and exit codes", 1)[1].split("## Environment", 1)[0]
    shown = re.findall(r"^mediacheck: error: .*$", errors, re.M)
    (tmp_path / "notes.txt").write_bytes(b"Notes:\x00\x01")
    (tmp_path / "old.txt").write_bytes(b"Headlines\ncaf\xe9 au lait\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    with open(tmp_path / "dump.txt", "wb") as dump:
        dump.truncate(22_000_000)  # refused by its size, never read
    good = '{"text": "The council met."}'
    surrogate = '{"text": "' + "x" * 39 + '\\ud800"}'
    lines = [good] * 6 + ["oops"] + [good] + ['{"id": "a"}'] + [good] * 2 + [surrogate]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "page.html").write_text("<p>Text.</p>\n" * 39 + "<!-- cut", encoding="utf-8")
    packed = gzip.compress(("\n".join([good] * 2000) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    inputs = ["notes.txt", "old.txt", "empty.txt", "dump.txt", "corpus.jsonl", "drafts"]
    inputs += ["page.html", "cut.jsonl.gz"]
    run = subprocess.run(
        [sys.executable, "-m", "mediacheck", "check", "-j", "1", *inputs],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 2
    assert run.stderr.splitlines() == shown[:-1]
    (tmp_path / "a.txt").write_text("Storm\n\nThe barrier held.\n", encoding="utf-8")
    full = Path("/dev/full")
    if full.exists():  # a device that is always full, on Linux
        with full.open("w") as stdout:
            run = subprocess.run(
                [sys.executable, "-m", "mediacheck", "check", "a.txt"],
                stdout=stdout,
                stderr=subprocess.PIPE,
                text=True,
                cwd=tmp_path,
                timeout=120,
            )
        assert (run.returncode, run.stderr.splitlines()) == (2, shown[-1:])


def test_cli_text_output_example_is_what_the_command_prints(tmp_path: Path) -> None:
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    shown = page.split("Text output reads as a compiler's. For `storm.txt`,", 1)[1]
    article, printed = re.findall(r"```text\n(.*?)```", shown, re.S)[:2]
    (tmp_path / "storm.txt").write_text(article, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mediacheck", "check", "storm.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert (run.returncode, run.stdout) == (1, printed)
