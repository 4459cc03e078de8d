"""The analysis word lists extend through ``[lexicon]``: each list's extra
entries change what the analysis finds, ignored ones drop out, mistakes are
errors naming the key, and engines with different lexicons never mix."""

from __future__ import annotations

import functools
import json
import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import mediacheck
from mediacheck import Config, ConfigError, Engine, Lexicon, SourceKind, parallel, parse
from mediacheck.analysis import analyse
from mediacheck.analysis import sources as sources_stage
from mediacheck.analysis._trie import trie, word_trie
from mediacheck.analysis.lexicon import BUILTIN, LISTS, in_force, trie_pattern
from mediacheck.analysis.sources import classify
from mediacheck.cli import ParseWork, main
from mediacheck.config import load_config
from mediacheck.formats import SourceDocument

DOCS = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"


def sources(text: str, lexicon: Lexicon = BUILTIN) -> list[tuple[str, str]]:
    """(source, kind) of each attribution."""
    document = analyse(text, lexicon=lexicon)
    return [(a.source.text if a.source else "", a.source_kind.value) for a in document.attributions]


def speakers(text: str, lexicon: Lexicon = BUILTIN) -> list[str | None]:
    return [a.speaker for a in analyse(text, lexicon=lexicon).attributions]


def sentences(text: str, lexicon: Lexicon = BUILTIN) -> list[str]:
    return [s.text for s in analyse(text, lexicon=lexicon).sentences]


def quote_kinds(text: str, lexicon: Lexicon = BUILTIN) -> list[str]:
    return [q.kind.value for q in analyse(text, lexicon=lexicon).quotes]


#: list key, extra entry, text, what is read, before, after.
EXTENSIONS: list[tuple[str, str, str, Callable[[str, Lexicon], Any], Any, Any]] = [
    (
        "outlets",
        "Coastline Wire",
        "Coastline Wire reported that the ferry would stop.",
        sources,
        [("Coastline Wire", "person")],
        [("Coastline Wire", "outlet")],
    ),
    (
        "newspaper-words",
        "Bugle",
        "The Riverside Bugle reported that the dam held.",
        sources,
        [("The Riverside Bugle", "person")],
        [("The Riverside Bugle", "outlet")],
    ),
    (
        "organizations",
        "conclave",
        "The Tidewater Conclave said that fares would rise.",
        sources,
        [("The Tidewater Conclave", "person")],
        [("The Tidewater Conclave", "organization")],
    ),
    (
        "documents",
        "logbook",
        "The harbor logbook says that the fund shrank.",
        sources,
        [("The harbor logbook", "person")],
        [("The harbor logbook", "document")],
    ),
    (
        "vague-sources",
        "townsfolk",
        "Townsfolk said that the pier was unsafe.",
        sources,
        [("Townsfolk", "person")],
        [("Townsfolk", "vague")],
    ),
    (
        "anonymous-sources",
        "in the loop",
        "A juggler in the loop said that the deal was off.",
        sources,
        [("A juggler in the loop", "person")],
        [("A juggler in the loop", "anonymous")],
    ),
    (
        "person-nouns",
        "puppeteer",
        "A puppeteer said that the hives were failing.",
        sources,
        [("A puppeteer", "person")],
        [("A puppeteer", "anonymous")],
    ),
    (
        "places",
        "Freedonia",
        "Freedonia said that it would close its border.",
        sources,
        [("Freedonia", "person")],
        [("Freedonia", "organization")],
    ),
    (
        "titles",
        "commodore",
        "Commodore Ann Lee said that the fleet was ready.",
        speakers,
        ["Commodore Ann Lee"],
        ["Ann Lee"],
    ),
    (
        "cue-verbs",
        "opine opines opined opining",
        "The mayor opined that the budget was short.",
        sources,
        [],
        [("The mayor", "person")],
    ),
    (
        "cue-nouns",
        "hunch hunches",
        "There is a hunch that the vote will fail.",
        sources,
        [],
        [("a hunch", "vague")],
    ),
    (
        "claim-nouns",
        "credo credos",
        'Voters cheered her credo "Build the bridge before the flood comes."',
        sources,
        [],
        [("her", "person")],
    ),
    ("speech-verbs", "chirped", '"No," she chirped.', quote_kinds, ["scare"], ["speech"]),
    (
        "abbreviations",
        "Skpr. title",
        "We met Skpr. Vance at noon.",
        sentences,
        ["We met Skpr.", "Vance at noon."],
        ["We met Skpr. Vance at noon."],
    ),
    (
        "sentence-starters",
        "Yesterday",
        "Prices rose in the U.S. Yesterday markets fell.",
        sentences,
        ["Prices rose in the U.S. Yesterday markets fell."],
        ["Prices rose in the U.S.", "Yesterday markets fell."],
    ),
]


class TestExtraEntries:
    @pytest.mark.parametrize(
        ("key", "entry", "text", "read", "before", "after"),
        EXTENSIONS,
        ids=[e[0] for e in EXTENSIONS],
    )
    def test_an_extra_entry_changes_the_analysis(
        self, key: str, entry: str, text: str, read: Callable[..., Any], before: Any, after: Any
    ) -> None:
        """The built-in lists give one reading, the extended list the other."""
        assert read(text, BUILTIN) == before
        assert read(text, Lexicon(extra={key: [entry]})) == after

    def test_every_list_has_a_behaviour_test(self) -> None:
        """No list a configuration can extend goes untested."""
        assert {e[0] for e in EXTENSIONS} == set(LISTS)

    def test_an_abbreviation_without_a_class_is_final(self) -> None:
        """A final abbreviation ends a sentence only before a usual sentence start."""
        lexicon = Lexicon(extra={"abbreviations": ["Skpr."]})
        assert sentences("We met Skpr. Vance at noon.", lexicon) == ["We met Skpr. Vance at noon."]
        assert sentences("We met the Skpr. The rest left.", lexicon) == [
            "We met the Skpr.",
            "The rest left.",
        ]


class TestIgnoredEntries:
    def test_an_ignored_outlet_is_no_outlet(self) -> None:
        text = "Reuters reported that the ferry would stop."
        assert sources(text) == [("Reuters", "outlet")]
        assert sources(text, Lexicon(ignore={"outlets": ["Reuters"]}))[0][1] != "outlet"

    def test_an_ignored_cue_verb_drops_every_form(self) -> None:
        """The base form names the whole line: 'claim' drops 'claimed' too."""
        lexicon = Lexicon(ignore={"cue-verbs": ["claim"]})
        assert sources("The mayor claimed that the budget was short.") == [("The mayor", "person")]
        assert sources("The mayor claimed that the budget was short.", lexicon) == []

    def test_an_ignored_person_noun_names_no_unnamed_person(self) -> None:
        """Ignoring a person noun drops its plural too: 'two nurses' is no longer counted people."""
        lexicon = Lexicon(ignore={"person-nouns": ["nurse"]})
        assert sources("A nurse said that the ward was short.") == [("A nurse", "anonymous")]
        assert sources("A nurse said that the ward was short.", lexicon) == [("A nurse", "person")]
        with in_force(lexicon):
            assert classify("two nurses") is not SourceKind.ANONYMOUS

    def test_an_irregular_plural_is_given_on_the_line(self) -> None:
        """'alumnus alumni': a small count takes the plural the entry gives."""
        with in_force(Lexicon(extra={"person-nouns": ["alumnus alumni"]})):
            assert classify("an alumnus") is SourceKind.ANONYMOUS
            assert classify("two alumni") is SourceKind.ANONYMOUS

    def test_an_ignored_abbreviation_ends_sentences(self) -> None:
        lexicon = Lexicon(ignore={"abbreviations": ["Gen."]})
        assert sentences("He met Gen. Lee.") == ["He met Gen. Lee."]
        assert sentences("He met Gen. Lee.", lexicon) == ["He met Gen.", "Lee."]


class TestLexiconValue:
    def test_equal_contents_are_equal_and_hash_alike(self) -> None:
        """Order and repeats do not matter: the lexicon is a key for the stages' tables."""
        one = Lexicon(extra={"outlets": ["B", "A", "A"], "titles": ["x"]})
        two = Lexicon(extra={"titles": ["x"], "outlets": ["A", "B"]})
        assert one == two and hash(one) == hash(two)
        assert Lexicon() == BUILTIN and Lexicon(extra={"outlets": []}) == BUILTIN

    @pytest.mark.parametrize(
        ("extra", "message"),
        [
            ({"outlet": ["X"]}, "no word list 'outlet'"),
            ({"outlets": ["  "]}, "an entry of 'outlets' is empty"),
            ({"abbreviations": ["Skpr"]}, "abbreviation 'Skpr' must end in '.'"),
            ({"abbreviations": ["Skpr. rank"]}, "abbreviation 'Skpr. rank' must end in '.'"),
        ],
        ids=["unknown list", "empty entry", "no period", "unknown class"],
    )
    def test_bad_entries_are_refused(self, extra: dict[str, list[str]], message: str) -> None:
        with pytest.raises(ValueError, match=re.escape(message)):
            Lexicon(extra=extra)

    def test_an_anonymous_phrase_is_plain_text(self) -> None:
        """Regex characters in a configured phrase match themselves: '.' is a dot."""
        with in_force(Lexicon(extra={"anonymous-sources": ["in the l.op"]})):
            assert classify("A juggler in the l.op") is SourceKind.ANONYMOUS
            assert classify("A juggler in the loop") is SourceKind.PERSON


class TestIsolation:
    def test_two_engines_keep_their_own_lexicons(self) -> None:
        """Alternating documents of two engines: each reads only its own lists."""
        text = "Coastline Wire reported that the mayor opined the budget was short."
        newsroom = Lexicon(
            extra={"outlets": ["Coastline Wire"], "cue-verbs": ["opine opines opined opining"]}
        )
        plain = Engine(entrypoints=False)
        custom = Engine(entrypoints=False, config=Config(lexicon=newsroom))
        for _ in range(2):
            assert [a.source_kind.value for a in custom.parse(text).attributions] == [
                "outlet",
                "person",
            ]
            assert [a.source_kind.value for a in plain.parse(text).attributions] == ["person"]
        assert [a.source_kind.value for a in parse(text).attributions] == ["person"]

    def test_the_lexicon_is_reset_after_a_failure(self) -> None:
        lexicon = Lexicon(extra={"outlets": ["Coastline Wire"]})
        with pytest.raises(RuntimeError), in_force(lexicon):
            raise RuntimeError
        assert sources("Coastline Wire reported that the ferry would stop.") == [
            ("Coastline Wire", "person")
        ]

    def test_tables_are_built_once_per_lexicon(self) -> None:
        """The built-in tables serve an equal lexicon; another's are built once, then kept."""
        default = sources_stage._tables()
        other = Lexicon(extra={"titles": ["commodore"]})
        with in_force(Lexicon()):
            assert sources_stage._tables() is default
        with in_force(other):
            first = sources_stage._tables()
        with in_force(other):
            assert sources_stage._tables() is first is not default
        assert sources_stage._tables() is default


TOML = textwrap.dedent(
    """
    [lexicon]
    extra-outlets = ["Coastline Wire"]
    extra-cue-verbs = ["opine opines opined opining"]
    """
)


class TestConfiguration:
    def test_the_lexicon_table_builds_a_lexicon(self, tmp_path: Path) -> None:
        path = tmp_path / "mediacheck.toml"
        path.write_text(TOML + 'ignore-titles = ["dr."]\n', encoding="utf-8")
        assert load_config(path).lexicon == Lexicon(
            extra={"outlets": ["Coastline Wire"], "cue-verbs": ["opine opines opined opining"]},
            ignore={"titles": ["dr."]},
        )
        assert Config.from_mapping({}).lexicon is BUILTIN

    @pytest.mark.parametrize(
        ("table", "message"),
        [
            ({"extra-outlet": ["X"]}, "unknown key 'extra-outlet' in [lexicon]"),
            ({"add-outlets": ["X"]}, "unknown key 'add-outlets' in [lexicon]"),
            ({"extra-outlets": "X"}, "lexicon key 'extra-outlets' must be a list of strings"),
            ({"extra-outlets": [1]}, "lexicon key 'extra-outlets' must be a list of strings"),
            ({"extra-abbreviations": ["Skpr"]}, "[lexicon]: abbreviation 'Skpr' must end in '.'"),
        ],
        ids=["misspelt list", "unknown verb", "not a list", "not strings", "bad entry"],
    )
    def test_mistakes_name_the_key(self, table: dict[str, Any], message: str) -> None:
        with pytest.raises(ConfigError, match=re.escape(f"here.toml: {message}")):
            Config.from_mapping({"lexicon": table}, "here.toml")

    def test_lexicon_must_be_a_table(self) -> None:
        with pytest.raises(ConfigError, match="'lexicon' must be a table"):
            Config.from_mapping({"lexicon": ["outlets"]}, "here.toml")

    def test_a_mistake_stops_the_command_line_with_one_line(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        Path("mediacheck.toml").write_text('[lexicon]\nextra-outlet = ["X"]\n', encoding="utf-8")
        Path("a.txt").write_text("Coastline Wire reported it.", encoding="utf-8")
        result = CliRunner().invoke(main, ["parse", "a.txt"])
        assert result.exit_code == 2
        assert result.stderr.strip().splitlines() == [
            f"mediacheck: error: {tmp_path / 'mediacheck.toml'}: "
            "unknown key 'extra-outlet' in [lexicon] "
            f"(keys: extra-<list> or ignore-<list>, lists: {', '.join(LISTS)})"
        ]


ARTICLES = [
    {"id": str(k), "text": f"Coastline Wire reported that ferry {k} would stop."} for k in range(4)
]


def outlet_ids(lines: list[str]) -> list[str]:
    kinds = {}
    for line in lines:
        document = json.loads(line)
        kinds[document["id"]] = [a["source_kind"] for a in document["attributions"]]
    return sorted(i for i, k in kinds.items() if k == ["outlet"])


class TestCommandLine:
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_parse_reads_the_configured_lexicon(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
    ) -> None:
        """In one process or in forked workers, every article gets the lexicon."""
        monkeypatch.chdir(tmp_path)
        Path("corpus.jsonl").write_text(
            "".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8"
        )
        result = CliRunner().invoke(main, ["parse", "--jobs", jobs, "corpus.jsonl"])
        assert result.exit_code == 0 and outlet_ids(result.stdout.splitlines()) == []
        Path("mediacheck.toml").write_text(TOML, encoding="utf-8")
        result = CliRunner().invoke(main, ["parse", "--jobs", jobs, "corpus.jsonl"])
        assert result.exit_code == 0 and outlet_ids(result.stdout.splitlines()) == [
            "0",
            "1",
            "2",
            "3",
        ]

    def test_spawned_workers_rebuild_the_lexicon(self, tmp_path: Path) -> None:
        """Without fork a worker's engine comes from the recipe, lexicon included."""
        path = tmp_path / "mediacheck.toml"
        path.write_text(TOML, encoding="utf-8")
        recipe = functools.partial(Engine, config=load_config(path), entrypoints=False)
        items = [SourceDocument(a["text"], id=a["id"], path="corpus") for a in ARTICLES]
        lines = parallel.imap(
            ParseWork(None),
            items,
            engine=recipe(),
            recipe=recipe,
            jobs=1,
            chunk=2,
            start_method="spawn",
        )
        assert outlet_ids([str(line) for line in lines]) == ["0", "1", "2", "3"]


class TestDocumentation:
    def test_the_example_configuration_loads_and_works(self, tmp_path: Path) -> None:
        """The toml example of configuration.md is valid and does what its comments say."""
        page = DOCS.read_text(encoding="utf-8")
        block = re.search(r"```toml\n(# mediacheck.toml\n\[lexicon\]\n.*?)```", page, re.S)
        assert block is not None
        path = tmp_path / "mediacheck.toml"
        path.write_text(block.group(1), encoding="utf-8")
        lexicon = load_config(path).lexicon
        assert sources("Coastline Wire reported it.", lexicon)[0][1] == "outlet"
        assert sources("Townsfolk said that the pier was unsafe.", lexicon)[0][1] == "vague"
        assert sources("The mayor opined that the budget was short.", lexicon)
        assert quote_kinds('"No," she chirped.', lexicon) == ["speech"]
        assert sentences("We met Skpr. Vance at noon.", lexicon) == ["We met Skpr. Vance at noon."]
        assert sources("AP reported that the ferry would stop.", lexicon)[0][1] != "outlet"

    def test_an_added_vague_source_is_reported(self) -> None:
        """The page's 'townsfolk' names no one, so vague-attribution reports
        it, though the rule's own groups are plurals in -s or listed nouns."""
        text = "Ferry Late\n\nTownsfolk said that the pier was unsafe.\n"
        newsroom = Config(lexicon=Lexicon(extra={"vague-sources": ["townsfolk"]}))
        found = mediacheck.check(text, config=newsroom, select=["vague-attribution"])
        assert [f.span.text for f in found] == ["Townsfolk"]
        assert mediacheck.check(text, select=["vague-attribution"]) == []

    def test_the_python_example_prints_what_it_says(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = DOCS.read_text(encoding="utf-8")
        block = re.search(
            r"```python\n(from mediacheck import Config, Engine, Lexicon.*?)```", page, re.S
        )
        assert block is not None
        exec(compile(block.group(1), "configuration.md", "exec"), {})
        expected = re.search(r"^# (\[.*\])$", block.group(1), re.M)
        assert expected is not None and capsys.readouterr().out.strip() == expected.group(1)


@given(
    st.sets(st.text(alphabet="ab.c* é", max_size=5), max_size=8),
    st.lists(st.text(alphabet="ab.c* é", max_size=6), max_size=8),
)
def test_a_trie_pattern_matches_exactly_its_words(words: set[str], others: list[str]) -> None:
    """The word lists compiled as prefix trees: a word, a word that is the
    start of another ("in", "inside"), special characters, and nothing else."""
    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word), word
    for other in others:
        assert bool(pattern.fullmatch(other)) == (other in words or (not words and not other))
    assert trie_pattern(["in", "inside", "it"]) == "i(?:n(?:side)?|t)"


@given(
    st.dictionaries(
        st.text(alphabet="aAb.c*é", min_size=1, max_size=5), st.sampled_from(["", "x+"])
    ),
    st.lists(st.text(alphabet="aAb.c*éx", max_size=7), max_size=8),
)
def test_a_trie_of_heads_matches_each_head_with_its_tail(
    heads: dict[str, str], others: list[str]
) -> None:
    """``_trie.trie``: each head followed by its own tail (a regex), and
    nothing else; a head that is the start of another keeps its ending."""
    if not heads:
        return
    pattern = re.compile(trie(heads))
    for head, tail in heads.items():
        assert pattern.fullmatch(head + ("xx" if tail else "")), head
    for other in others:
        expected = any(re.fullmatch(re.escape(head) + tail, other) for head, tail in heads.items())
        assert bool(pattern.fullmatch(other)) == expected, other
    assert word_trie(["in", "inside", "it"]) == "i(?:n(?:side(?:)|(?:))|t(?:))"
