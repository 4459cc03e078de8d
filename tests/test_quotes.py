"""Quotations: marks paired, apostrophes left alone, speech told from scare quotes."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediacheck
from mediacheck.analysis.quotes import find_quotes
from mediacheck.analysis.sentences import split_sentences
from mediacheck.analysis.structure import read_structure
from mediacheck.model import Document, TextIndex


def analysed(text: str) -> Document:
    """The document as the quote stage sees it: structure and sentences done."""
    document = read_structure(
        Document(text=text, index=TextIndex(text)), published=None, fallback=None
    )
    document = attrs.evolve(document, sentences=split_sentences(document))
    return attrs.evolve(document, quotes=find_quotes(document))


def quoted(text: str) -> list[str]:
    return [q.span.text for q in analysed(text).quotes]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.inner.text, q.kind.value) for q in analysed(text).quotes]


NOT_QUOTES = {
    "possessive": "The council’s plan and Norway’s answer came late.",
    "plural-possessive": "The farmers’ union met the growers’ board on Monday.",
    "contractions": "They don’t know and won’t say, the clerk didn’t either.",
    "decade": "Prices last rose like this in the ’90s and the '70s.",
    "year": "She graduated with the class of ’09 in Leeds.",
    "rock-n-roll": "The festival played rock ’n’ roll all night.",
    "straight-apostrophes": "The mayor's office said it won't comment on the drivers' strike.",
    "em-and-til": "Give ’em time, the coach said, ’til spring.",
    "inches": "The pipe is 6\" wide and the board 2' long.",
    "elision-opening-a-sentence": "'Twas a long night. 'Tis over now, and the band played 'til "
    "the lock-keeper, 6' 1\", shut the gate.",
}


@pytest.mark.parametrize("text", NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


FOUND = {
    "curly-double": ("He called it “a good day for the port.”", ["“a good day for the port.”"]),
    "straight-double": ('"We are ready," she said.', ['"We are ready,"']),
    "curly-single": ("The plan is ‘fragile’ at best.", ["‘fragile’"]),
    "straight-single": ("Critics called the rule 'unworkable' on Monday.", ["'unworkable'"]),
    "single-after-apostrophe": (
        "The region’s mayor called it ‘the farmers’ best year’ on Monday.",
        ["‘the farmers’ best year’"],
    ),
    "plural-possessive-before-the-closer": (
        "‘The ferry is the islanders’,’ said Ana Ruiz, ‘not the council’s.’",
        ["‘The ferry is the islanders’,’", "‘not the council’s.’"],
    ),
    "plural-possessive-closes": (
        "She praised the ‘volunteers’ and left.",
        ["‘volunteers’"],
    ),
    "decade-inside-quote": (
        "‘It felt like the ’90s again,’ he said.",
        ["‘It felt like the ’90s again,’"],
    ),
    "split-quote": (
        "‘We will stay,’ the mayor said, ‘and we will rebuild.’",
        ["‘We will stay,’", "‘and we will rebuild.’"],
    ),
    "mixed-glyphs": ('“We are ready," she said.', ['“We are ready,"']),
}


@pytest.mark.parametrize(("text", "expected"), FOUND.values(), ids=FOUND.keys())
def test_quotes_found(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_nested_quote_has_parent() -> None:
    doc = analysed("“He told me ‘never again’ and walked out,” the clerk said.")
    outer, inner = doc.quotes
    assert outer.span.text.startswith("“He told") and outer.parent is None
    assert inner.span.text == "‘never again’" and inner.parent == outer.index
    assert inner.inner.text == "never again"


def test_straight_nested_quote() -> None:
    doc = analysed("\"She said 'not today' and left,\" he recalled.")
    assert [q.span.text for q in doc.quotes] == [
        "\"She said 'not today' and left,\"",
        "'not today'",
    ]
    assert doc.quotes[1].parent == 0


CROSS_PARAGRAPH = {
    "closed-in-next-paragraph": (
        "The mayor spoke last. ‘We will not move.\n\nWe will stay here.’\n\nThen she left.",
        "‘We will not move.\n\nWe will stay here.’",
    ),
    "reopened-news-style": (
        "“The river rose all night.\n\n“By morning the bridge was gone,” she said.",
        "“The river rose all night.\n\n“By morning the bridge was gone,”",
    ),
    "straight-reopened": (
        '"The river rose all night.\n\n"By morning the bridge was gone," she said.',
        '"The river rose all night.\n\n"By morning the bridge was gone,"',
    ),
}


@pytest.mark.parametrize(("text", "expected"), CROSS_PARAGRAPH.values(), ids=CROSS_PARAGRAPH.keys())
def test_quote_across_paragraphs_is_one_quote(text: str, expected: str) -> None:
    assert quoted(text) == [expected]


def test_unclosed_quote_does_not_swallow_the_article() -> None:
    text = (
        "The minister said “we will see and left.\n\n"
        "Officials met on Tuesday.\n\n"
        "“Nothing changes,” an aide said."
    )
    assert quoted(text) == ["“Nothing changes,”"]


def test_unclosed_single_quote_stays_in_its_paragraph() -> None:
    text = "He called it ‘a mess and moved on.\n\nThe board’s view differed.\n\nNo one agreed."
    assert quoted(text) == []


KINDS = {
    "one-word": ("The deal would be ‘fatal’ for the town.", [("fatal", "scare")]),
    "short-phrase": ("He mocked the ‘war talk’ of his rivals.", [("war talk", "scare")]),
    "phrase-with-comma": (
        "Some joined a ‘coalition of the brave,’ others stayed home.",
        [("coalition of the brave,", "scare")],
    ),
    "outlet-name": (
        "According to ‘Harbour.news,’ the ferry was late.",
        [("Harbour.news,", "scare")],
    ),
    "title": (
        "She read “The Long Road Home” twice.",
        [("The Long Road Home", "scare")],
    ),
    "title-with-question-mark": (
        "He hosted “Who Wants the Last Word?” for years.",
        [("Who Wants the Last Word?", "scare")],
    ),
    "so-called": (
        "The so-called “plan to save the whole valley” failed.",
        [("plan to save the whole valley", "scare")],
    ),
    "said-after": ("“Never,” he said.", [("Never,", "speech")]),
    "name-said-after": ("“Not yet,” Ortega said.", [("Not yet,", "speech")]),
    "the-official-said": ("“Not yet,” the port official said.", [("Not yet,", "speech")]),
    "cue-before": ("The mayor said “no” twice.", [("no", "speech")]),
    "colon-before": ("Her answer was short: “Absolutely not.”", [("Absolutely not.", "speech")]),
    "question": ("‘Why now?’ Ortega asked.", [("Why now?", "speech")]),
    "long-phrase-calling-it": (
        "Ortega spoke, calling it ‘the worst flood since the dam was built.’",
        [("the worst flood since the dam was built.", "speech")],
    ),
    "whole-sentence": ("The crowd waited.\n\n“Back to work.”", [("Back to work.", "speech")]),
    "long-sentence": (
        "“The water will be back by Friday,” Ortega said.",
        [("The water will be back by Friday,", "speech")],
    ),
    "verb-of-the-clause-before-a-comma": (
        "Ortega said of the flood, “Bad.” The chief told the radio simply, “We lost.”",
        [("Bad.", "speech"), ("We lost.", "speech")],
    ),
    "naming-before-a-comma-stays-scare": (
        "As she noted in her book, ‘the harbor first’ idea failed.",
        [("the harbor first", "scare")],
    ),
    "possessive-not-cue": (
        "According to ‘Harbour.news,’ Ortega’s remarks came late.",
        [("Harbour.news,", "scare")],
    ),
    # a short quote in the first person is someone talking
    "first-person-we": (
        "Fans packed a hall the owners called “the fullest we’ve seen.” Most stayed.",
        [("the fullest we’ve seen.", "speech")],
    ),
    "first-person-our": (
        'The builder called the ferry "our finest hull."',
        [("our finest hull.", "speech")],
    ),
    "first-person-I": ('A sign read "I stayed home" in red.', [("I stayed home", "speech")]),
    "first-person-me": ("She said little beyond “news to me.”", [("news to me.", "speech")]),
    # ... but not a title, a named stance, a mentioned word or a name for something
    "first-person-title": (
        "They screened the film “We Bought a Harbor” twice.",
        [("We Bought a Harbor", "scare")],
    ),
    "first-person-modifier": (
        "Critics mocked the “me first” attitude of the board.",
        [("me first", "scare")],
    ),
    "first-person-one-word": ("Ads put “we” on every bus.", [("we", "scare")]),
    "first-person-mentioned-word": (
        "He praised the ‘power of “us”’ in town.",
        [("power of “us”", "scare"), ("us", "scare")],
    ),
    "first-person-so-called": (
        'The so-called "our town" levy failed.',
        [("our town", "scare")],
    ),
    "us-is-not-first-person": ('Aides cited the "US first" policy.', [("US first", "scare")]),
    "short-quote-opening-according-to": (
        "“It is sinking,” according to a harbour pilot.",
        [("It is sinking,", "speech")],
    ),
    "short-quote-inside-according-to": (
        "She likened the ferry to a “floating wreck,” according to her memoir.",
        [("floating wreck,", "scare")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), KINDS.values(), ids=KINDS.keys())
def test_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_quote_sentence_and_order() -> None:
    doc = analysed("First line here. Then ‘one’ and “two.”\n\nLast “three” of all.")
    assert [q.inner.text for q in doc.quotes] == ["one", "two.", "three"]
    assert [q.sentence for q in doc.quotes] == [1, 1, 2]
    assert [q.index for q in doc.quotes] == [0, 1, 2]


#: Text dense in quote marks, apostrophes and paragraph breaks, plus anything.
QUOTE_TEXT = st.lists(
    st.sampled_from([*"ab sS.,?!:\n'\"‘’“”—-", "s ", "\n\n", "’90s", "He said"]), max_size=40
).map("".join) | st.text(max_size=60)


@settings(max_examples=200, deadline=None)
@given(QUOTE_TEXT)
def test_quotes_are_well_formed(text: str) -> None:
    doc = analysed(text)
    previous = -1
    for i, quote in enumerate(doc.quotes):
        assert quote.index == i
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        assert text[quote.span.start : quote.span.end] == quote.span.text
        assert text[quote.inner.start : quote.inner.end] == quote.inner.text
        assert quote.span.start < quote.inner.start <= quote.inner.end < quote.span.end
        assert quote.span.start > previous
        previous = quote.span.start
        if quote.parent is not None:
            parent = doc.quotes[quote.parent]
            assert parent.span.start < quote.span.start and quote.span.end <= parent.span.end
        sentence = doc.sentences[quote.sentence]
        assert sentence.span.start <= quote.span.start
    assert analysed(text).quotes == doc.quotes


def test_newswire_backtick_quotes() -> None:
    """``...'' (newswire) is a double quotation; a lone backtick is not."""
    text = "``The worst flood in decades,'' he said. A `stray backtick stays text."
    quotes = mediacheck.parse(text).quotes
    assert [q.text for q in quotes] == ["``The worst flood in decades,''"]
    assert quotes[0].inner.text == "The worst flood in decades,"


def test_quote_before_a_name_an_aside_and_a_verb_is_speech() -> None:
    text = "“Savers are misled,” Senator Jo Pike, Democrat of Maine, said on Monday."
    assert kinds(text) == [("Savers are misled,", "speech")]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "«The ferry will sail again by spring,» said harbour master Ines Walde.",
            "harbour master Ines Walde",
            "«The ferry will sail again by spring,»",
        ),
        (
            "„The ferry will sail again by spring“, said harbour master Ines Walde.",
            "harbour master Ines Walde",
            "„The ferry will sail again by spring“",
        ),
        (
            "Ines Walde said: « The ferry will sail again by spring. »",
            "Ines Walde",
            "« The ferry will sail again by spring. »",
        ),
    ],
)
def test_guillemets_and_german_marks_quote_speech(text: str, speaker: str, quote: str) -> None:
    """«...» and „...“ enclose speech as “...” does: the quote is found as
    written and credited to its speaker."""
    document = mediacheck.parse(text)
    ((found, kind),) = [(q.span.text, q.kind) for q in document.quotes]
    assert (found, kind) == (quote, "speech")
    assert [(a.source.text if a.source else None) for a in document.attributions] == [speaker]
    assert document.text == text


def test_an_uncredited_quote_in_guillemets_is_reported() -> None:
    text = (
        "Ferry back\n\n«The ferry will sail again by spring, whatever the weather does and "
        "whatever the council decides.»\n"
    )
    assert [f.rule for f in mediacheck.check(text)] == ["unattributed-quote"]
