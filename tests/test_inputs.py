"""Input formats: plain text and corpora keep the user's text; Markdown and
HTML give the reader's text with line and column mapped back to the file."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediacheck.analysis import analyse
from mediacheck.errors import InputError
from mediacheck.formats import SourceDocument, SourceMap
from mediacheck.inputs import CORPUS, HTML, MARKDOWN, TEXT, read_inputs
from mediacheck.inputs.html import extract_html
from mediacheck.inputs.markdown import extract_markdown
from mediacheck.model import HEADINGS, Span

FORMATS = [CORPUS, MARKDOWN, HTML, TEXT]


def source_position(source: str, offset: int) -> tuple[int, int]:
    before = source[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def located(doc: SourceDocument, word: str) -> tuple[int, int]:
    """The line and column the map gives for the first ``word`` of the text."""
    assert doc.source_map is not None
    start = doc.text.index(word)
    span = doc.source_map.relocate(Span(start, start + len(word), word))
    return span.line, span.column


class TestText:
    def test_text_is_the_file(self) -> None:
        [doc] = TEXT.read("a.txt", io.BytesIO("Héllo\r\nworld\n".encode()))
        assert isinstance(doc, SourceDocument)
        assert doc.text == "Héllo\r\nworld\n" and doc.id == doc.path == "a.txt"
        assert doc.source_map is None

    def test_byte_order_mark_dropped(self) -> None:
        [doc] = TEXT.read("a.txt", io.BytesIO(b"\xef\xbb\xbfHi"))
        assert isinstance(doc, SourceDocument) and doc.text == "Hi"


class TestCorpus:
    def test_fields(self) -> None:
        line = {
            "text": "Body.",
            "id": 7,
            "headline": "Head",
            "published": "2024-03-01",
            "url": "https://example.org/a",
            "outlet": "Example Times",
            "other": "dropped",
        }
        data = (json.dumps(line) + "\n\n" + json.dumps({"text": "Two."}) + "\n").encode()
        first, second = CORPUS.read("c.jsonl", io.BytesIO(data))
        assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
        assert (first.id, first.path, first.headline) == ("7", "c.jsonl:1", "Head")
        assert first.published is not None and first.published.isoformat() == "2024-03-01"
        assert dict(first.metadata) == {"url": "https://example.org/a", "outlet": "Example Times"}
        assert (second.id, second.path) == ("c.jsonl:3", "c.jsonl:3")


class TestMarkdown:
    SOURCE = (
        "---\ntitle: front matter\n---\n"
        "# Storm barrier closes\n\n"
        "The **gates** closed on [Monday](https://example.org) as\n"
        "forecast, officials said.\n\n"
        "```\ncode is skipped\n```\n"
        "> A quoted *line* here.\n\n"
        "- first item\n- second item\n"
    )

    def test_reader_text(self) -> None:
        doc = extract_markdown(self.SOURCE, "a.md")
        assert doc.text == (
            "Storm barrier closes\n\n"
            "The gates closed on Monday as forecast, officials said.\n\n"
            "A quoted line here.\n\nfirst item\n\nsecond item"
        )

    @pytest.mark.parametrize("word", ["Storm", "gates", "Monday", "forecast", "line", "second"])
    def test_positions_point_into_the_file(self, word: str) -> None:
        doc = extract_markdown(self.SOURCE, "a.md")
        source_offset = {"line": self.SOURCE.index("line*")}.get(word, self.SOURCE.index(word))
        assert located(doc, word) == source_position(self.SOURCE, source_offset)

    def test_escapes_and_code(self) -> None:
        doc = extract_markdown(r"Price: 5\* and `x_y` and snake_case.", "a.md")
        assert doc.text == "Price: 5* and x_y and snake_case."

    def test_a_table_row_is_a_paragraph_of_its_cells(self) -> None:
        source = (
            "Rota:\n\n| Day | Date | Who |\n|---|:--:|---|\n"
            "| Monday | 2 March 2026 | **Ann** \\| Bo |\n| Friday | 6 March 2026 | Cy |\n"
        )
        doc = extract_markdown(source, "a.md")
        assert doc.text == (
            "Rota:\n\nDay Date Who\n\nMonday 2 March 2026 Ann | Bo\n\nFriday 6 March 2026 Cy"
        )
        assert located(doc, "Friday") == source_position(source, source.index("Friday"))

    FOOTNOTED = (
        "Jobless rate rises\n\n"
        "Unemployment rose to 5.2% in April.[^1] Economists had expected\n"
        "4.9%[^poll], the bank said.\n\n"
        "[^1]: Source: ONS labour market figures, 2025.\n"
        "[^poll]: A Reuters poll of 40 economists.\n"
        "[ons]: https://example.org/ons\n"
    )

    def test_footnotes_are_read_as_text_and_their_references_as_marks(self) -> None:
        """A footnote's text is the article's, a paragraph where its definition
        stands; a reference ('claim[^1]') drops out and leaves the sentence whole."""
        doc = extract_markdown(self.FOOTNOTED, "a.md")
        assert doc.text == (
            "Jobless rate rises\n\n"
            "Unemployment rose to 5.2% in April. Economists had expected 4.9%, the bank said.\n\n"
            "Source: ONS labour market figures, 2025.\n\n"
            "A Reuters poll of 40 economists."
        )
        sentences = [s.text for s in analyse(doc.text).sentences]
        assert sentences[1:3] == [
            "Unemployment rose to 5.2% in April.",
            "Economists had expected 4.9%, the bank said.",
        ]

    @pytest.mark.parametrize("word", ["Source", "ONS", "2025", "Reuters", "Economists", "4.9%"])
    def test_footnote_positions_point_into_the_file(self, word: str) -> None:
        doc = extract_markdown(self.FOOTNOTED, "a.md")
        offset = self.FOOTNOTED.index(word)
        assert located(doc, word) == source_position(self.FOOTNOTED, offset)


class TestHtml:
    SOURCE = (
        "<!doctype html><html><head><title>Site | Story</title>"
        "<style>p { color: red }</style></head>\n<body>\n"
        "<h1>Council&nbsp;votes</h1>\n"
        "<p>The   council\n   voted &amp; the <b>mayor</b> said &#8220;yes&#8221;.</p>"
        "<script>var banana = 1;</script><p>Next<br>line</p></body></html>"
    )

    def test_reader_text(self) -> None:
        doc = extract_html(self.SOURCE, "a.html")
        assert doc.text == (
            "Council\xa0votes\n\nThe council voted & the mayor said “yes”.\n\nNext\nline"
        )

    def test_a_table_row_is_a_paragraph_of_its_cells(self) -> None:
        source = (
            "<table><tr><th>Day</th><th>Date</th></tr>"
            "<tr><td>Friday</td><td>6 March 2026</td></tr></table>"
        )
        assert extract_html(source, "a.html").text == "Day Date\n\nFriday 6 March 2026"

    def test_soft_hyphens_and_zero_width_spaces_leave_words_whole(self) -> None:
        source = "<p>An un&shy;prece&#173;dented Tues\xadday for the pier\u200bhead.</p>"
        doc = extract_html(source, "a.html")
        assert doc.text == "An unprecedented Tuesday for the pierhead."
        assert located(doc, "Tuesday") == source_position(source, source.index("Tues"))

    def test_a_cite_under_a_block_quote_is_its_credit_line(self) -> None:
        source = (
            "<blockquote><p>&ldquo;We stay.&rdquo;</p> <cite>Ann Lee, a tenant</cite>"
            "</blockquote><blockquote><p>As <cite>The Times</cite> put it, no.</p></blockquote>"
        )
        assert extract_html(source, "a.html").text == (
            "“We stay.”\n\n— Ann Lee, a tenant\n\nAs The Times put it, no."
        )

    def test_one_break_is_a_new_line_and_two_a_new_paragraph(self) -> None:
        source = (
            "<div>The clerk said rents rose 9% in May.<br>Fees rose 4%.<br> <br>\n"
            "Parking fell 6%.<br/><br/>The end.</div>"
        )
        doc = analyse(extract_html(source, "a.html").text)
        assert [p.text for p in doc.paragraphs] == [
            "The clerk said rents rose 9% in May.\nFees rose 4%.",
            "Parking fell 6%.",
            "The end.",
        ]

    @pytest.mark.parametrize("word", ["council", "voted", "mayor", "yes", "line"])
    def test_positions_point_into_the_file(self, word: str) -> None:
        doc = extract_html(self.SOURCE, "a.html")
        source_offset = self.SOURCE.index(word, self.SOURCE.index("<h1>") + 5)
        assert located(doc, word) == source_position(self.SOURCE, source_offset)

    def test_entity_maps_to_the_entity(self) -> None:
        doc = extract_html(self.SOURCE, "a.html")
        assert located(doc, "&") == source_position(self.SOURCE, self.SOURCE.index("&amp;"))
        assert located(doc, "“") == source_position(self.SOURCE, self.SOURCE.index("&#8220;"))

    @pytest.mark.parametrize(
        "source", ["<p>Text</p> <!-- open", "<p>Text</p> <div class='x", "<p>Text</p> <!DOCTYPE"]
    )
    def test_unterminated_markup_is_an_error(self, source: str) -> None:
        """The documented cause: the file ends inside a tag, comment or declaration."""
        with pytest.raises(InputError, match="markup opened at line 1, column 13 never closes"):
            extract_html(source, "a.html")

    @pytest.mark.parametrize(
        ("source", "text"),
        [
            ("<p>One <b>two", "One two"),
            ("<p>One</div></span> two", "One\n\ntwo"),
            ("<p>3 < 4 &bogus; x</p>", "3 < 4 &bogus; x"),
        ],
        ids=["unclosed", "stray-end-tags", "bare-less-than"],
    )
    def test_lenient_like_a_browser(self, source: str, text: str) -> None:
        assert extract_html(source, "a.html").text == text

    def test_a_page_with_an_article_is_read_inside_it(self) -> None:
        """Menus, promos and footers around <article> are the site's, not the story's."""
        source = (
            "<body><nav>Home</nav><div>The best deals ever, experts say.</div>"
            "<article><h1>Council votes</h1><p>The vote was 7-2.</p>"
            "<aside>Most read: “Ten best beaches”</aside></article>"
            "<footer>Most read: “Ten best beaches”</footer></body>"
        )
        doc = extract_html(source, "a.html")
        assert doc.text == "Council votes\n\nThe vote was 7-2."
        assert located(doc, "vote was") == source_position(source, source.index("vote was"))

    def test_a_page_with_main_and_no_article_is_read_inside_main(self) -> None:
        """The site header, cookie banner and footer around <main> are the site's."""
        source = (
            "<body><header><a>The Courier</a></header><div>We use cookies to give you the"
            " best experience.</div><main><h1>Ferry review</h1><p>The best seats are upstairs."
            "</p></main><footer>Britain’s most-read arts pages</footer></body>"
        )
        doc = extract_html(source, "a.html")
        assert doc.text == "Ferry review\n\nThe best seats are upstairs."
        assert located(doc, "seats") == source_position(source, source.index("seats"))

    def test_an_article_outranks_main(self) -> None:
        source = "<main><p>Promo</p><article><p>Story text.</p></article></main>"
        assert extract_html(source, "a.html").text == "Story text."

    def test_headings_are_marked(self) -> None:
        source = "<article><h1>Fares</h1><p>Up 9%.</p><h2>At a glance</h2><p>Up 6%</p></article>"
        doc = extract_html(source, "a.html")
        assert [doc.text[o : o + 5] for o in doc.metadata[HEADINGS]] == ["Fares", "At a "]

    def test_a_page_without_an_article_keeps_its_body(self) -> None:
        doc = extract_html("<body><div>Promo</div><p>Story text.</p></body>", "a.html")
        assert doc.text == "Promo\n\nStory text."


MARKUP = st.lists(
    st.sampled_from(
        ["word", " ", "\n", "\n\n", "*", "**", "_", "`", "[a](b)", "# ", "> ", "- ", "\\*",
         "<p>", "</p>", "<br>", "&amp;", "&#8220;", "&bogus;", "<script>", "</script>", "é",
         "<q>", "</q>", "![alt](c)", "---\n", "[^1]", "\n[^n]: "]
    ),
    max_size=60,
).map("".join)  # fmt: skip


def _map_is_sound(source: str, doc: SourceDocument) -> None:
    source_map: SourceMap | None = doc.source_map
    assert source_map is not None
    for i in range(len(doc.text)):
        offset = source_map.source_offset(i)
        assert 0 <= offset <= len(source)
        if doc.text[i] in "“”‘’":  # an entity, or the <q> tag that draws it
            assert source[offset] in "&<"
        elif not doc.text[i].isspace() and doc.text[i] not in "&\\*":
            assert source[offset] == doc.text[i]


@settings(max_examples=150, deadline=None)
@given(MARKUP)
def test_markdown_map_points_at_the_same_characters(source: str) -> None:
    try:
        doc = extract_markdown(source, "a.md")
    except InputError:
        return
    _map_is_sound(source, doc)


@settings(max_examples=150, deadline=None)
@given(MARKUP)
def test_html_map_points_at_the_same_characters(source: str) -> None:
    try:
        doc = extract_html(source, "a.html")
    except InputError:
        return
    _map_is_sound(source, doc)


def test_read_inputs_directory_order_and_fallback(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.htm").write_text("<p>A</p>", encoding="utf-8")
    (tmp_path / "notes.rst").write_text("R", encoding="utf-8")
    found = list(read_inputs([str(tmp_path), str(tmp_path / "notes.rst")], FORMATS, fallback=TEXT))
    assert [item.path for item in found if isinstance(item, SourceDocument)] == [
        str(tmp_path / "a.htm"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "notes.rst"),
    ]


class TestDocumentFields:
    """Markup carries what a corpus line's fields carry: date and headline."""

    @pytest.mark.parametrize("key", ["published", "date"])
    def test_markdown_front_matter_date_and_title(self, key: str) -> None:
        source = f"---\n{key}: 2025-03-14\ntitle: 'Harbour reopens'\n---\n\nThe harbour reopened."
        doc = extract_markdown(source, "a.md")
        assert doc.published == dt.date(2025, 3, 14)
        assert doc.headline == "Harbour reopens"
        assert doc.text == "The harbour reopened."

    def test_markdown_toml_front_matter_as_hugo_writes_it(self) -> None:
        """It was read as the article: a headline '+++ title = ...'."""
        source = '+++\ntitle = "Harbour reopens"\ndate = 2025-03-14T09:30:00Z\n+++\n\nIt reopened.'
        doc = extract_markdown(source, "a.md")
        assert (doc.published, doc.headline, doc.text) == (
            dt.date(2025, 3, 14),
            "Harbour reopens",
            "It reopened.",
        )

    def test_markdown_front_matter_bad_date_is_an_error(self) -> None:
        message = "front matter 'published': 'last week' is not a YYYY-MM-DD date"
        with pytest.raises(InputError, match=message):
            extract_markdown("---\npublished: last week\n---\n\nText.", "a.md")

    def test_markdown_headings_are_marked(self) -> None:
        doc = extract_markdown("# Fares\n\nUp 9%.\n\n## At a glance ##\n\n- Up 6%\n", "a.md")
        assert [doc.text[o : o + 5] for o in doc.metadata[HEADINGS]] == ["Fares", "At a "]
        assert HEADINGS not in extract_markdown("Up 9%.", "a.md").metadata

    def test_markdown_image_alt_text_is_not_article_text(self) -> None:
        doc = extract_markdown("A [link text](u) and ![The worst image ever](a.png) here.", "a.md")
        assert doc.text == "A link text and  here."

    def test_html_q_keeps_its_quotation_marks_mapped_to_the_tags(self) -> None:
        source = "<p>Jane said: <q>We will <q>never</q> give up.</q></p>"
        doc = extract_html(source, "a.html")
        assert doc.text == "Jane said: “We will ‘never’ give up.”"
        assert located(doc, "“") == source_position(source, source.index("<q>"))
        assert located(doc, "”") == source_position(source, source.rindex("</q>"))

    def test_html_q_is_seen_as_a_quote(self) -> None:
        doc = extract_html("<p>Jane said: <q>We will never give up.</q></p>", "a.html")
        assert [q.span.text for q in analyse(doc.text).quotes] == ["“We will never give up.”"]

    @pytest.mark.parametrize(
        "head",
        [
            '<head><meta property="article:published_time" content="2025-03-14T09:00:00Z"></head>',
            '<header><time datetime="2025-03-14">March 14</time></header>',
        ],
        ids=["meta", "time-in-header"],
    )
    def test_html_publication_date(self, head: str) -> None:
        doc = extract_html(f"<html>{head}<p>The harbour reopened.</p></html>", "a.html")
        assert doc.published == dt.date(2025, 3, 14)

    def test_html_time_outside_a_header_is_not_the_publication_date(self) -> None:
        doc = extract_html('<p>On <time datetime="2020-01-02">Jan 2</time> it rained.</p>', "a")
        assert doc.published is None
