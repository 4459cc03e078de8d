"""Notes: a footnote's mark ties its sentence to the note's text, read once
by the input and kept in the model (``Document.notes``), so checks ask the
model which notes a sentence cites instead of parsing marks themselves."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from mediacheck.analysis import analyse
from mediacheck.cli import main
from mediacheck.inputs.html import extract_html
from mediacheck.inputs.markdown import extract_markdown
from mediacheck.model import NOTES, Document

SCHEMA = Path(__file__).parent.parent / "src/mediacheck/schema/parse-document.schema.json"

ARTICLE = (
    "Fares up again\n\n"
    "Bus fares rose 12 percent in 2025.[^1] Drivers expected 4%[^Poll], the union said.\n\n"
    "[^1]: Transport Authority annual fares report, January 2026.\n"
    "[^poll]: A survey of 300 drivers by the union,\n"
    "    December 2025.\n"
    "[^empty]:\n"
)


def parsed(source: str) -> Document:
    read = extract_markdown(source, "a.md")
    return analyse(read.text, metadata=read.metadata)


def test_a_footnote_is_a_note_with_its_text_and_where_its_marks_stood() -> None:
    document = parsed(ARTICLE)
    first, second = document.notes
    assert first.text == "Transport Authority annual fares report, January 2026."
    assert first.label == "1"
    # the mark after the full stop stands at the sentence's end
    (sentence,) = [s for s in document.sentences if s.text.startswith("Bus fares")]
    assert first.references == (sentence.end,)
    # a definition's indented line continues it; labels match whatever their case
    assert second.text == "A survey of 300 drivers by the union, December 2025."
    assert second.label == "poll"
    (mark,) = second.references
    assert document.text[:mark].endswith("Drivers expected 4%")
    assert [n.index for n in document.notes] == [0, 1]


def test_a_sentence_cites_the_notes_marked_on_it() -> None:
    document = parsed(ARTICLE)
    cited = {s.text: document.notes_marked(s.start, s.end) for s in document.sentences}
    assert cited["Bus fares rose 12 percent in 2025."] == document.notes[:1]
    assert cited["Drivers expected 4%, the union said."] == document.notes[1:]
    assert not cited["Fares up again"]


def test_no_note_without_text_and_no_note_for_a_mark_alone() -> None:
    """An empty definition names nothing to follow; a mark with no definition
    points nowhere."""
    read = extract_markdown("Title\n\nPrices rose 3%.[^gone]\n\n[^empty]:\n\nMore text.\n", "a.md")
    assert read.metadata.get(NOTES, ()) == ()
    assert parsed("Title\n\nPrices rose 3%.[^gone]\n\nMore text.\n").notes == ()


def test_plain_text_has_no_notes() -> None:
    assert analyse("Title\n\nPrices rose 3%.[^1]\n\n[^1]: Office data.").notes == ()


def test_parse_output_lists_the_notes(tmp_path: Path) -> None:
    path = tmp_path / "fares.md"
    path.write_text(ARTICLE, encoding="utf-8")
    output = CliRunner().invoke(main, ["parse", "--format", "jsonl", str(path)]).stdout
    document = json.loads(output)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(
        document
    )
    notes = document["notes"]
    assert [n["label"] for n in notes] == ["1", "poll"]
    for note in notes:
        assert document["text"][note["start"] : note["end"]] == note["text"]
    assert document["text"][: notes[0]["references"][0]].endswith("rose 12 percent in 2025.")


PANDOC = (
    "<html><body><article><h1>Fares up again</h1>\n"
    '<p>Bus fares rose 12 percent in 2025.<a href="#fn1" class="footnote-ref" id="fnref1"'
    ' role="doc-noteref"><sup>1</sup></a> Drivers expected 4%<sup id="fnref:2">'
    '<a class="footnote-ref" href="#fn:2">2</a></sup>, the union said.</p>\n'
    '<p>See <a href="#board">the board</a> for more.</p>\n'
    '<section class="footnotes" role="doc-endnotes"><hr /><ol>\n'
    '<li id="fn1"><p>Transport Authority annual fares report, January 2026.'
    '<a href="#fnref1" class="footnote-back" role="doc-backlink">&#8617;&#xFE0E;</a></p></li>\n'
    '<li id="fn:2"><p>A survey of 300 drivers by the union.&#160;<a class="footnote-backref"'
    ' href="#fnref:2">&#8617;</a></p></li>\n'
    "</ol></section></article></body></html>"
)


def test_html_footnotes_are_notes_and_their_marks_drop_out() -> None:
    """Pandoc's mark (<a><sup>1</sup></a>) and Python-Markdown's
    (<sup><a>2</a></sup>) are no words; the list items they link to are the
    notes, without their way back ('↩')."""
    read = extract_html(PANDOC, "a.html")
    document = analyse(read.text, metadata=read.metadata)
    assert "Bus fares rose 12 percent in 2025. Drivers expected 4%, the union said." in read.text
    assert "See the board for more." in read.text
    first, second = document.notes
    assert (first.label, first.text) == (
        "fn1",
        "Transport Authority annual fares report, January 2026.",
    )
    assert (second.label, second.text) == ("fn:2", "A survey of 300 drivers by the union.")
    (sentence,) = [s for s in document.sentences if s.text.startswith("Bus fares")]
    assert first.references == (sentence.end,)
    assert read.text[: second.references[0]].endswith("Drivers expected 4%")


def test_an_html_note_before_its_mark_is_a_note() -> None:
    """A note set above the text that marks it (sidenotes, or notes at the
    top) is read as one; an element holding a mark to itself (a heading's
    anchor) or still open where the mark stands (a page wrapper's "back to
    top") is none, and the notes inside it are still read."""
    read = extract_html(
        '<div id="top"><article><h1 id="fares">Fares up<a href="#fares"><sup>#</sup></a></h1>'
        '<ul><li id="side1">Transport Authority annual fares report, 2025.</li></ul>'
        '<p>Bus fares rose 12 percent in 2025.<sup><a href="#side1">1</a></sup>'
        ' Drivers expected 4 percent.<sup><a href="#fn2">2</a></sup></p>'
        '<ol><li id="fn2">A survey of 300 drivers.</li></ol>'
        '<p><a href="#top"><sup>Back to top</sup></a></p></article></div>',
        "a.html",
    )
    document = analyse(read.text, metadata=read.metadata)
    assert [(note.label, note.text) for note in document.notes] == [
        ("side1", "Transport Authority annual fares report, 2025."),
        ("fn2", "A survey of 300 drivers."),
    ]
    first, second = (s for s in document.sentences if "percent" in s.text)
    assert [note.references for note in document.notes] == [(first.end,), (second.end,)]


def test_a_link_into_the_page_outside_a_sup_is_no_mark() -> None:
    read = extract_html(
        '<p>Fares rose 12 percent, <a href="#fn1">the report</a> says.</p>'
        '<p id="fn1">Transport Authority annual fares report.</p>',
        "a.html",
    )
    assert "Fares rose 12 percent, the report says." in read.text
    assert NOTES not in read.metadata


def test_links_to_other_pages_are_kept_with_their_words() -> None:
    """Markdown's [words](url) and HTML's <a href>; a link into the page
    itself, an image's and one with no words are not."""
    markdown = extract_markdown(
        'Title\n\n[Officials said](https://example.org/report.pdf "Report") the pier'
        " is safe. See [the plan](#plan) and ![a map](map.png).\n",
        "a.md",
    )
    page = extract_html(
        '<p>Officials <a href=" https://example.org/statement ">\n said\n</a> the pier'
        ' is safe. <a href="#plan">The plan</a>.<a href="/empty"></a></p>',
        "a.html",
    )
    for read, url, words in (
        (markdown, "https://example.org/report.pdf", "Officials said"),
        (page, "https://example.org/statement", "said"),
    ):
        document = analyse(read.text, metadata=read.metadata)
        (link,) = document.links
        assert (link.text, link.url, link.index) == (words, url, 0)
        start = document.text.index("the pier")
        assert document.links_touching(link.start, link.end) == (link,)
        assert document.links_touching(start, start + 8) == ()


def test_markdown_reference_links_take_their_address_from_the_definition() -> None:
    """Markdown's "[words][ref]", "[words][]" and "[words]" link where the definition of
    their label (case and spacing aside) says; a definition line is no text,
    nor is one inside a code block a definition; "[sic]" named by none stays
    text, and "[words][nowhere]" links nowhere."""
    read = extract_markdown(
        "Title\n\n[Officials said][1] the pier is safe, [the Harbour Board][] says,"
        " and [Coastguard] agrees [sic]. [Engineers][nowhere] disagree.\n\n"
        "```\n[coastguard]: https://code.example.org\n```\n\n"
        '[1]: https://example.org/report.pdf "Report"\n'
        "[The  harbour board]: <https://example.org/board>\n"
        "[coastguard]: https://example.org/coastguard\n",
        "a.md",
    )
    assert read.text.rstrip() == (
        "Title\n\nOfficials said the pier is safe, the Harbour Board says, and Coastguard"
        " agrees [sic]. Engineers disagree."
    )
    document = analyse(read.text, metadata=read.metadata)
    assert [(link.text, link.url) for link in document.links] == [
        ("Officials said", "https://example.org/report.pdf"),
        ("the Harbour Board", "https://example.org/board"),
        ("Coastguard", "https://example.org/coastguard"),
    ]


def test_markdown_autolinks_are_shown_and_linked() -> None:
    """Markdown's "<https://...>" shows its address, which is the link's words; an
    address in angle brackets links to mail; a tag is still dropped."""
    read = extract_markdown(
        "Title\n\nThe report is at <https://example.org/fares_2026?page=2>, and"
        " <press@example.org> takes questions <span>today</span>.\n",
        "a.md",
    )
    assert read.text.rstrip() == (
        "Title\n\nThe report is at https://example.org/fares_2026?page=2, and"
        " press@example.org takes questions today."
    )
    document = analyse(read.text, metadata=read.metadata)
    assert [(link.text, link.url) for link in document.links] == [
        ("https://example.org/fares_2026?page=2", "https://example.org/fares_2026?page=2"),
        ("press@example.org", "mailto:press@example.org"),
    ]
