"""A credit line ('— Ana Ruiz, a reader') credits the words above it, in the model:
the paragraph, or the quote that fills it, is the named person's, the dash its cue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mediacheck.analysis import analyse
from mediacheck.cli import main
from mediacheck.inputs.markdown import extract_markdown
from mediacheck.model import Attribution, SourceKind

LETTERS = (
    "Letters to the editor\n\n"
    "The new bus lanes on Mill Road have made my trip to work longer, not shorter.\n\n"
    "— Ana Ruiz, a reader\n\n"
    "I cycle the same road every day and it has never felt safer.\n\n"
    "-- Tom Ellis, Leeds\n"
)


def credited(text: str) -> list[Attribution]:
    """The attributions whose cue is a dash: those of credit lines."""
    return [
        a
        for a in analyse(text).attributions
        if a.cue is not None and a.cue.text in ("—", "–", "--", "-")
    ]


class TestWordsAboveACreditLine:
    def test_each_letter_is_its_writers(self) -> None:
        first, second = credited(LETTERS)
        assert first.content.text.startswith("The new bus lanes")
        assert first.content.text.endswith("not shorter.")
        assert first.source is not None and first.source.text == "Ana Ruiz"
        assert first.speaker == "Ana Ruiz" and first.source_kind is SourceKind.PERSON
        assert first.cue is not None and first.cue.text == "—" and not first.is_direct
        assert second.content.text == "I cycle the same road every day and it has never felt safer."
        assert second.source is not None and second.source.text == "Tom Ellis"
        assert second.cue is not None and second.cue.text == "--"

    @pytest.mark.parametrize(
        ("text", "source", "speaker"),
        [
            pytest.param(
                "The pool closed.\n\n“We swam here every morning for thirty years.”\n\n"
                "— Dr Priya Nair, consultant\n",
                "Dr Priya Nair",
                "Dr Priya Nair",
                id="credit-in-the-next-paragraph",
            ),
            pytest.param(
                "The pool closed.\n\n> “We swam here every morning.”\n>\n> — Chief executive "
                "Ruth Okoye\n",
                "Chief executive Ruth Okoye",
                "Ruth Okoye",
                id="block-quote-in-plain-text",
            ),
            pytest.param(
                "The pool closed.\n\n“We swam here every morning.” — her daughter, Ada Okonjo\n",
                "her daughter, Ada Okonjo",
                "Ada Okonjo",
                id="credit-on-the-quote-line",
            ),
        ],
    )
    def test_a_quote_filling_the_words_is_credited(
        self, text: str, source: str, speaker: str
    ) -> None:
        (found,) = credited(text)
        assert found.is_direct and found.content.text.startswith("“We swam")
        assert found.content.text.endswith("”")
        assert found.source is not None and found.source.text == source
        assert found.speaker == speaker

    def test_a_quote_inside_the_paragraph_is_credited_with_it(self) -> None:
        text = "The pool closed.\n\nI went back once. “It smelled the same.”\n\n— Siân Hughes\n"
        (found,) = credited(text)
        assert found.content.text == "I went back once. “It smelled the same.”"
        assert found.is_direct

    def test_a_quote_with_its_own_speaker_keeps_it(self) -> None:
        text = (
            "Letters\n\n“We will fight this,” Mayor Ana Ruiz said, and she was right.\n\n"
            "— Tom Ellis, Leeds\n"
        )
        mayor = next(a for a in analyse(text).attributions if a.speaker == "Ana Ruiz")
        (letter,) = credited(text)
        assert mayor.quotes == (0,) and not letter.is_direct
        assert letter.source is not None and letter.source.text == "Tom Ellis"

    def test_an_embedded_post_is_credited_to_its_account(self) -> None:
        text = (
            "The council kept the library.\n\nGreat news for the town today.\n\n"
            "— Rye Residents (@ryeresidents) November 24, 2026\n"
        )
        (found,) = credited(text)
        assert found.content.text == "Great news for the town today."
        assert found.source is not None and found.source.text == "Rye Residents"
        assert found.source_kind is SourceKind.ORGANIZATION

    def test_a_letter_of_paragraphs_under_a_letters_heading_is_credited_whole(self) -> None:
        text = (
            "Bus lanes stay\n\nThe council kept the lanes.\n\nYour views\n\n"
            "The lanes made my trip longer.\n\nThey push traffic onto my street.\n\n"
            "— Ana Ruiz, a reader\n\nI cycle the road daily.\n\nIt is safer now.\n\n"
            "-- Tom Ellis, Leeds\n"
        )
        first, second = credited(text)
        assert first.content.text == (
            "The lanes made my trip longer.\n\nThey push traffic onto my street."
        )
        assert second.content.text == "I cycle the road daily.\n\nIt is safer now."

    def test_a_block_quoted_letter_is_credited_whole(self) -> None:
        text = (
            "Bus lanes stay\n\nThe council kept the lanes.\n\n> The lanes made my trip "
            "longer.\n\n> They push traffic onto my street.\n\n> — Ana Ruiz, a reader\n"
        )
        (found,) = credited(text)
        assert found.content.text.startswith("The lanes made my trip longer.")
        assert found.content.text.endswith("They push traffic onto my street.")

    def test_the_article_s_prose_above_a_letter_is_not_credited(self) -> None:
        text = (
            "Bus lanes stay\n\nThe council kept the lanes.\n\nOne reader wrote in.\n\n"
            "They push traffic onto my street.\n\n— Ana Ruiz, a reader\n"
        )
        (found,) = credited(text)
        assert found.content.text == "They push traffic onto my street."

    def test_a_credit_line_in_a_markdown_block_quote_is_read(self) -> None:
        text = (
            "# Bus lanes stay\n\nThe council kept the lanes.\n\n"
            "> They push traffic onto my street.\n>\n> — Ana Ruiz, a reader\n"
        )
        source = extract_markdown(text, "letter.md")
        found = [a for a in analyse(source.text).attributions if a.cue and a.cue.text == "—"]
        assert [a.source.text for a in found if a.source] == ["Ana Ruiz"]

    def test_parse_json_shows_the_credit(self, tmp_path: Path) -> None:
        path = tmp_path / "letters.txt"
        path.write_text(LETTERS, encoding="utf-8")
        result = CliRunner().invoke(main, ["parse", "--format", "json", str(path)])
        (document,) = json.loads(result.output)["documents"]
        first = document["attributions"][0]
        assert first["source"]["text"] == "Ana Ruiz" and first["cue"]["text"] == "—"
        assert first["source_kind"] == "person" and first["quotes"] == []
        assert first["content"]["text"].startswith("The new bus lanes")


class TestNoCreditLine:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "Winners\n\nThe prizes went to three teams:\n\n— Hale Rovers\n\n— Dover Town\n",
                id="list-of-names",
            ),
            pytest.param(
                "Plan\n\nThe party made two promises.\n— Lower business rates\n— Fix the pier\n",
                id="list-under-prose",
            ),
            pytest.param(
                "Court\n\nHe let drinkers stay on one night:\n– Friday 30 October\n",
                id="date-after-a-colon",
            ),
            pytest.param(
                "Court\n\nHe let drinkers stay late again.\n– Friday 30 October\n", id="date"
            ),
            pytest.param(
                "Pier\n\nThe pier reopens in May.\n\n— That was the promise from the council.\n",
                id="a-sentence-after-the-dash",
            ),
            pytest.param(
                "Pier\n\nThe pier reopens in May.\n\n- Ana Ruiz\n", id="hyphen-under-prose"
            ),
            pytest.param(
                "Pier\n\nThe pier reopens in May, the council said.\n\n— Reuters\n",
                id="an-agency-credits-the-story",
            ),
            pytest.param(
                "Pier\n\n“The pier reopens in May,” Ana Ruiz said.\n\n— Reporting by Tom Ellis\n",
                id="a-reporters-credit",
            ),
        ],
    )
    def test_no_attribution_by_a_dash(self, text: str) -> None:
        assert credited(text) == []
