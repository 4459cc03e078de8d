"""Configuration: found from the working directory upward, applied by the
command line, and every unknown name is an error that names it (exit 2)."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mediacheck import Config, ConfigError, Rule
from mediacheck.cli import main
from mediacheck.config import find_config, load_config

PLUGIN = textwrap.dedent(
    """
    from mediacheck import Check, Rule, hookimpl

    WORD = Rule(slug="word-watch", title="Watched word", severity="warning",
                description="Reports the watched words.", options={"words": ["banana"]})

    def watch(document, context):
        for word in context.option(WORD, "words"):
            start = document.text.find(word)
            if start != -1:
                yield context.finding(WORD, (start, start + len(word)), f"watched word {word}")

    @hookimpl
    def mediacheck_checks():
        return [Check([WORD], watch)]
    """
)

#: Every configuration below loads the test plugin first.
P = 'plugins = ["watchplugin"]\n'


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "watchplugin.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "work" / "deep").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "work" / "deep")
    (tmp_path / "a.txt").write_text("A banana and a cherry.", encoding="utf-8")
    return tmp_path


def configure(project: Path, body: str, name: str = "mediacheck.toml") -> Path:
    path = project / "work" / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def check(project: Path, *args: str) -> Result:
    argv = ["check", "--format", "jsonl", "--select", "word-watch", *args, str(project / "a.txt")]
    return CliRunner().invoke(main, argv)


def findings(result: Result) -> list[tuple[str, str]]:
    record = json.loads(result.stdout)
    return [(f["text"], f["severity"]) for f in record["findings"]]


class TestFinding:
    def test_found_upward(self, project: Path) -> None:
        path = configure(project, "ignore = []\n")
        assert find_config() == path

    def test_pyproject_without_table_is_skipped(self, project: Path) -> None:
        configure(project, "[project]\nname = 'x'\n", "pyproject.toml")
        path = configure(project, "[tool.mediacheck]\nignore = []\n", "../pyproject.toml")
        assert find_config() == path.resolve()
        assert load_config(path).ignore == ()

    def test_mediacheck_toml_wins_over_pyproject_in_the_same_folder(self, project: Path) -> None:
        configure(project, "[tool.mediacheck]\nignore = []\n", "pyproject.toml")
        path = configure(project, "ignore = []\n")
        assert find_config() == path.resolve()


class TestApplied:
    def test_plugins_severity_and_options(self, project: Path) -> None:
        configure(
            project,
            """
            plugins = ["watchplugin"]
            [severity]
            word-watch = "error"
            [options.word-watch]
            words = ["cherry", "banana"]
            """,
        )
        result = check(project)
        assert result.exit_code == 1
        assert findings(result) == [("banana", "error"), ("cherry", "error")]

    def test_ignore_from_pyproject(self, project: Path) -> None:
        configure(
            project, "[tool.mediacheck]\n" + P + 'ignore = ["word-watch"]\n', "pyproject.toml"
        )
        result = CliRunner().invoke(main, ["check", "--format", "jsonl", str(project / "a.txt")])
        assert all(f["rule"] != "word-watch" for f in json.loads(result.stdout)["findings"])

    def test_explicit_file_wins(self, project: Path) -> None:
        configure(project, "unknown-key = 1\n")
        other = project / "other.toml"
        other.write_text(P, encoding="utf-8")
        result = check(project, "--config", str(other))
        assert result.exit_code == 1 and findings(result) == [("banana", "warning")]


class TestErrors:
    @pytest.mark.parametrize(
        ("body", "message"),
        [
            ("selct = []\n", "unknown key 'selct'"),
            (P + 'ignore = ["word-wach"]\n', "unknown rule or plugin 'word-wach'"),
            (P + '[severity]\nword-watch = "fatal"\n', "must be info, warning or error"),
            (P + '[severity]\nno-rule = "info"\n', "unknown rule 'no-rule'"),
            (P + '[options.word-watch]\nword = ["x"]\n', "has no option 'word'"),
            (P + '[options.word-watch]\nwords = "x"\n', "must be list, not str"),
            (P + '[options.word-watch]\nwords = ["x", 2]\n', "list of str, not holding 2"),
            ("select = [\n", "not valid TOML"),
            ('plugins = ["no_such_plugin_mod"]\n', "no_such_plugin_mod"),
        ],
    )  # fmt: skip
    def test_named_and_exit_two(self, project: Path, body: str, message: str) -> None:
        path = configure(project, body)
        result = check(project)
        assert result.exit_code == 2
        assert result.stderr.startswith("mediacheck: error: ")
        assert message in result.stderr and (str(path) in result.stderr or "plugin" in message)

    @pytest.mark.parametrize(
        ("default", "value", "message"),
        [
            (1, True, "must be int, not bool"),
            (False, 1, "must be bool, not int"),
            ([], [1], "must be a list of str, not holding 1"),
            ([1], [2, "3"], "must be a list of int, not holding '3'"),
        ],
    )
    def test_option_types(self, default: object, value: object, message: str) -> None:
        """An option takes its default's type: true is no number, and a
        list's items have the default's item type (strings for an empty one)."""
        rule = Rule(slug="word-watch", title="t", severity="info", description="d",
                    options={"limit": default})  # fmt: skip
        config = Config.from_mapping({"options": {"word-watch": {"limit": value}}})
        with pytest.raises(ConfigError, match=re.escape(message)):
            config.validate([("watch", rule)])

    def test_command_line_typo_blames_the_command_line(self, project: Path) -> None:
        configure(project, P)
        result = CliRunner().invoke(
            main, ["check", "--ignore", "word-wach", str(project / "a.txt")]
        )
        assert result.exit_code == 2 and "or the command line" in result.stderr

    def test_config_not_utf8_is_named_not_a_traceback(self, project: Path) -> None:
        """A file saved as Latin-1 (or UTF-16) by an editor."""
        path = configure(project, "")
        path.write_bytes('ignore = ["café"]\n'.encode("latin-1"))
        result = check(project)
        assert (result.exit_code, result.stderr) == (
            2,
            f"mediacheck: error: {path}: not valid UTF-8: byte 0xe9 at offset 14\n",
        )

    def test_pyproject_not_utf8_is_skipped_in_the_search(self, project: Path) -> None:
        """As a pyproject.toml that is not TOML is: it may not be ours."""
        (project / "work" / "pyproject.toml").write_bytes(b"name = '\xff'\n")
        assert find_config(project / "work") is None

    @pytest.mark.parametrize(
        "body",
        [b"[tool.mediacheck]\nselect = [\n", b'[tool.mediacheck]\nignore = ["caf\xe9"]\n'],
        ids=["not-toml", "not-utf8"],
    )
    def test_broken_pyproject_with_our_table_is_reported(self, project: Path, body: bytes) -> None:
        """Skipping it would run every rule while the user believes their
        configuration applies: it names mediacheck's table, so it is ours."""
        (project / "work" / "pyproject.toml").write_bytes(body)
        configure(project, "[tool.mediacheck]\nignore = []\n", "../pyproject.toml")
        result = check(project)
        assert result.exit_code == 2
        assert f"{project / 'work' / 'pyproject.toml'}: not valid" in result.stderr

    def test_missing_config_file(self, project: Path) -> None:
        result = check(project, "--config", "nowhere.toml")
        assert result.exit_code == 2 and "nowhere.toml: cannot be read" in result.stderr


class TestBlockedPlugins:
    """Blocking a plugin never breaks a configuration that names its rules."""

    BODY = (
        'ignore = ["dates"]\n'
        '[severity]\nunattributed-quote = "info"\n'
        "[options.unattributed-quote]\nanything = 1\n"
    )

    def test_blocked_plugins_rules_and_name_are_left_alone(
        self, project: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        configure(project, self.BODY)
        monkeypatch.setenv("MEDIACHECK_BLOCK_PLUGINS", "quotes,dates")
        result = CliRunner().invoke(main, ["check", "--format", "jsonl", str(project / "a.txt")])
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""

    def test_without_a_block_the_same_names_are_checked(self, project: Path) -> None:
        configure(project, self.BODY)
        result = CliRunner().invoke(main, ["check", str(project / "a.txt")])
        assert result.exit_code == 2 and "has no option 'anything'" in result.stderr

    def test_blocking_a_plugin_that_is_not_installed_excuses_nothing(
        self, project: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        configure(project, '[severity]\nno-such-rule = "info"\n')
        monkeypatch.setenv("MEDIACHECK_BLOCK_PLUGINS", "not-installed")
        result = CliRunner().invoke(main, ["check", str(project / "a.txt")])
        assert result.exit_code == 2 and "unknown rule 'no-such-rule'" in result.stderr
