"""The attribution rules read the notes a sentence cites (``Document.notes``):
a figure whose sentence marks a note is sourced; a vague or unnamed credit
stays reported, with the note in its evidence."""

from __future__ import annotations

from mediacheck.testing import run_check
from mediacheck_attribution.anonymous import ANONYMOUS_SOURCE
from mediacheck_attribution.statistics import UNSOURCED_STATISTIC
from mediacheck_attribution.vague import VAGUE_ATTRIBUTION

NOTE = "[^1]: Transport Authority annual fares report, January 2026.\n"
#: The evidence beside a note: its span quotes the note, the message does not repeat it.
CITES = "the sentence cites a note"


def test_a_figure_whose_sentence_marks_a_note_is_sourced() -> None:
    marked = f"Fares\n\nBus fares rose 12 percent in 2025.[^1]\n\n{NOTE}"
    assert run_check(marked, UNSOURCED_STATISTIC, format="markdown") == []


def test_a_figure_with_no_note_or_an_empty_one_is_still_reported() -> None:
    for text in (
        f"Fares\n\nBus fares rose 12 percent in 2025.\n\n{NOTE}",
        "Fares\n\nBus fares rose 12 percent in 2025.[^1]\n\n[^1]:\n\nMore news.\n",
    ):
        (finding,) = run_check(text, UNSOURCED_STATISTIC, format="markdown")
        assert finding.span.text == "12 percent"


def test_a_note_on_another_paragraph_sources_nothing() -> None:
    text = f"Fares\n\nBus fares rose 12 percent in 2025.\n\nThe board met.[^1]\n\n{NOTE}"
    (finding,) = run_check(text, UNSOURCED_STATISTIC, format="markdown")
    assert finding.span.text == "12 percent"


def test_a_vague_credit_stays_reported_with_the_note_as_evidence() -> None:
    text = f"Fares\n\nOfficials said the fares were too high[^1].\n\n{NOTE}"
    (finding,) = run_check(text, VAGUE_ATTRIBUTION, format="markdown")
    assert finding.span.text == "Officials"
    (cited,) = [e for e in finding.evidence if e.note == CITES]
    assert cited.span is not None
    assert cited.span.text == "Transport Authority annual fares report, January 2026."


def test_an_unnamed_source_stays_reported_with_the_note_as_evidence() -> None:
    text = (
        "Fares\n\nA senior official who asked not to be named said fares would rise again.[^2]"
        "\n\n[^2]: Interview with the author, 4 May 2026.\n"
    )
    (finding,) = run_check(text, ANONYMOUS_SOURCE, format="markdown")
    assert finding.span.text == "A senior official"
    cited = finding.evidence[-1]
    assert cited.note == CITES
    assert cited.span is not None and cited.span.text == "Interview with the author, 4 May 2026."


def test_a_vague_credit_with_no_note_has_no_note_evidence() -> None:
    text = f"Fares\n\nOfficials said the fares were too high.\n\nThe board met.[^1]\n\n{NOTE}"
    (finding,) = run_check(text, VAGUE_ATTRIBUTION, format="markdown")
    assert not [e for e in finding.evidence if e.note == CITES]


def test_html_footnotes_source_a_figure_and_show_beside_a_vague_credit() -> None:
    """A hand-written note: <sup><a href="#fn1">1</a></sup> and <p id="fn1">."""
    page = (
        "<article><h1>Fares</h1><p>Bus fares rose 12 percent in 2025."
        '<sup><a href="#fn1">1</a></sup></p><p>Officials said the rise was needed'
        '<sup><a href="#fn2">2</a></sup>.</p><p>Drivers earn 3 percent more.</p>'
        '<p id="fn1">1. Transport Authority annual fares report, January 2026.</p>'
        '<p id="fn2">2. Board minutes, 3 March 2026.</p></article>'
    )
    (figure,) = run_check(page, UNSOURCED_STATISTIC, format="html")
    assert figure.span.text == "3 percent"
    (vague,) = run_check(page, VAGUE_ATTRIBUTION, format="html")
    cited = vague.evidence[-1]
    assert cited.note == CITES
    assert cited.span is not None and cited.span.text == "2. Board minutes, 3 March 2026."


def test_an_html_note_set_before_its_mark_is_shown_beside_a_vague_credit() -> None:
    """A sidenote above its paragraph: <p id="n2"> comes before the mark
    <sup><a href="#n2">2</a></sup> that points to it."""
    page = (
        '<article><h1>Fares</h1><p>The board met on Tuesday.</p><p id="n2">Board minutes,'
        " 3 March 2026.</p><p>Officials said the rise was needed"
        '<sup><a href="#n2">2</a></sup>.</p></article>'
    )
    (vague,) = run_check(page, VAGUE_ATTRIBUTION, format="html")
    cited = vague.evidence[-1]
    assert cited.note == CITES
    assert cited.span is not None and cited.span.text == "Board minutes, 3 March 2026."


def test_a_link_on_the_credit_is_shown_beside_a_vague_credit() -> None:
    text = "Fares\n\nOfficials [said](https://example.org/minutes) the fares were too high.\n"
    (finding,) = run_check(text, VAGUE_ATTRIBUTION, format="markdown")
    assert finding.span.text == "Officials"
    linked = finding.evidence[-1]
    assert linked.note == "the credit's words link to https://example.org/minutes"
    assert linked.span is not None and linked.span.text == "said"


def test_a_link_on_an_unnamed_source_is_shown_in_its_evidence() -> None:
    page = (
        '<p><a href="https://example.org/interview">A senior official who asked not to be'
        " named</a> said fares would rise again.</p>"
    )
    (finding,) = run_check(page, ANONYMOUS_SOURCE, format="html")
    assert finding.evidence[-1].note == "the credit's words link to https://example.org/interview"
