"""The example third-party plugin (plugins/mediacheck-loaded-language), once
installed, is found with no configuration, listed, configured and run.

Installing with pip would need its build backend from the package index, so
the fixture installs it the way pip lays it out: a ``*.dist-info`` folder
whose ``entry_points.txt`` is written from the package's own pyproject.toml,
on a path beside the package's source.  What mediacheck sees is exactly what
it would see after ``pip install``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediacheck import Engine

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "plugins" / "mediacheck-loaded-language"
MEDIACHECK = Path(sys.executable).with_name("mediacheck")

ARTICLE = """Harbour Plan Delayed

The figures paint a grim picture of the harbour's finances.

"This is a grim day for all of us," the mayor said.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site-packages folder where the example package is installed."""
    project = tomllib.loads((PACKAGE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    folder = tmp_path_factory.mktemp("site")
    dist_info = folder / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
        encoding="utf-8",
    )
    lines = []
    for group, entries in project["entry-points"].items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {target}" for name, target in entries.items()]
    (dist_info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "example.pth").write_text(str(PACKAGE / "src") + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def env(site: Path) -> dict[str, str]:
    """The environment of a process in which the example is installed.

    A ``.pth`` file is read only in site directories, so the package's
    source goes on PYTHONPATH beside the dist-info folder.
    """
    paths = [str(site), str(PACKAGE / "src"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def mediacheck(
    env: dict[str, str], *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MEDIACHECK), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class TestInstalled:
    def test_listed_by_rules(self, env: dict[str, str]) -> None:
        out = mediacheck(env, "rules")
        assert out.returncode == 0, out.stderr
        (line,) = [line for line in out.stdout.splitlines() if "loaded-language" in line]
        assert "info" in line

    def test_plugins_verbose_shows_distribution_api_and_rules(self, env: dict[str, str]) -> None:
        out = mediacheck(env, "plugins", "--verbose")
        assert out.returncode == 0, out.stderr
        block = out.stdout.split("loaded-language 0.1.0", 1)[1].split("\n\n")[0]
        assert "distribution: mediacheck-loaded-language" in block
        assert "plugin API: 1" in block
        assert "rules: loaded-language" in block

    def test_findings_appear_in_check_output(self, env: dict[str, str], article: Path) -> None:
        """Only the writer's own 'grim' is reported, not the mayor's."""
        out = mediacheck(
            env, "check", "--format", "jsonl", "--select", "loaded-language", str(article)
        )
        assert out.returncode == 0, out.stderr
        (record,) = [json.loads(line) for line in out.stdout.splitlines()]
        assert [(f["rule"], f["plugin"], f["text"], f["line"]) for f in record["findings"]] == [
            ("loaded-language", "loaded-language", "grim", 3)
        ]
        assert ARTICLE[record["findings"][0]["start"] : record["findings"][0]["end"]] == "grim"

    def test_text_output_names_the_rule(self, env: dict[str, str], article: Path) -> None:
        out = mediacheck(env, "check", str(article))
        assert "loaded-language" in out.stdout
        assert "loaded word 'grim'" in out.stdout

    def test_options_from_configuration(self, env: dict[str, str], tmp_path: Path) -> None:
        (tmp_path / "mediacheck.toml").write_text(
            '[options.loaded-language]\nextra-words = ["harbour"]\nignore-words = ["grim"]\n',
            encoding="utf-8",
        )
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        out = mediacheck(
            env, "check", "--format", "jsonl", "--select", "loaded-language", "a.txt", cwd=tmp_path
        )
        found = [f["text"] for f in json.loads(out.stdout)["findings"]]
        assert found == ["Harbour", "harbour"], out.stderr

    def test_blocked_by_environment(self, env: dict[str, str]) -> None:
        out = mediacheck({**env, "MEDIACHECK_BLOCK_PLUGINS": "loaded-language"}, "rules")
        assert "loaded-language" not in out.stdout

    def test_found_in_process_through_its_entry_point(
        self, site: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.syspath_prepend(str(PACKAGE / "src"))
        monkeypatch.syspath_prepend(str(site))
        assert ("loaded-language", "loaded-language") in {
            (plugin, rule.slug) for plugin, rule in Engine().rules
        }


def test_example_package_own_tests_pass(env: dict[str, str]) -> None:
    """The package's own test suite, run as its author would."""
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(PACKAGE / "tests")],
        capture_output=True,
        text=True,
        env=env,
        cwd=PACKAGE,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
