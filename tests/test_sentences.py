"""Sentence splitting on news style: hand-split cases, then properties."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediacheck.analysis.sentences import LONGEST_SENTENCE, split_sentences
from mediacheck.analysis.structure import read_structure
from mediacheck.model import Document, TextIndex


def analysed(text: str) -> Document:
    document = read_structure(
        Document(text=text, index=TextIndex(text)), published=None, fallback=None
    )
    return attrs.evolve(document, sentences=split_sentences(document))


def sentences(text: str) -> list[str]:
    return [s.span.text for s in analysed(text).sentences]


#: Hand-split news sentences: each case is the list of sentences, joined by a
#: space to make the paragraph under test.
CASES: dict[str, list[str]] = {
    "plain": ["The bridge opened on Monday.", "Traffic was light."],
    "question-and-exclamation": ["Who pays?", "Nobody knows!", "The vote is Friday."],
    "military-title": ["Gen. Ana Ortiz arrived late.", "She left early."],
    "senator-and-rep": ["Sen. Lee and Rep. Diaz met Gov. Holt.", "They agreed."],
    "mr-mrs-dr": ["Mr. Hale, Mrs. Hale and Dr. Okafor spoke.", "Then they ate."],
    "saint": ["They met in St. Louis at noon.", "It rained."],
    "us-inside": ["The U.S. Navy and the U.N. Security Council agreed.", "Talks ended."],
    "us-at-end": ["The envoy flew back to the U.S.", "He landed at dawn."],
    "us-before-name": ["Exports to the U.K. Treasury rose.", "Imports fell."],
    "dc": ["Protesters marched in Washington, D.C.", "The police watched."],
    "company": ["Shares of Acme Inc. fell 3.5 percent.", "Acme Corp. rose."],
    "junior": ["Martin Luther King Jr. spoke here.", "Crowds came."],
    "number-abbreviation": ["He ranked No. 5 in the poll.", "She was No. 1."],
    "month-abbreviation": ["The vote is on Dec. 19 in the capital.", "Polls open at 7."],
    "sept": ["Since Sept. 2016 the plant has been idle.", "Workers left."],
    "time": ["The meeting ended at 5 p.m.", "The mayor left."],
    "time-before-day": ["It starts at 9 a.m. Monday in the hall.", "Bring a pen."],
    "initial": ["John F. Kennedy flew to Dallas.", "The car was open."],
    "dotted-initials": ["J.K. Rowling and J. R. R. Tolkien sold well.", "Both wrote series."],
    "decimal": ["Growth was 2.5 percent, up from 1.9 percent.", "Rates held."],
    "money": ["The fund holds $4.2 billion.", "It grew."],
    "ellipsis-then-capital": ["He paused...", "Then he went on."],
    "spaced-ellipsis": ["We paid the tax. ...", "That was the end of it."],
    "ellipsis-lowercase": ["We tried … and we failed, she said.", "They left."],
    "quote-period-inside": ['She called it "a disaster."', "The board disagreed."],
    "quote-curly-period": ["He wrote “we are done.”", "Nobody replied."],
    "quote-question-then-name": ["‘Why would we do that?’ Ortega asked, smiling.", "No one knew."],
    "quote-question-then-pronoun": ['"Why now?" he asked.', '"Why not?"'],
    "quote-exclamation-then-verb": ["“Stop!” shouted the guard.", "They stopped."],
    "quote-then-new-sentence": ["‘We are ready.’", "Ortega said nothing more."],
    "question-quote-then-said-the": ["“Who knows?”", "Smith said the talks would go on."],
    "split-quote-one-sentence": ["‘We will stay,’ Ortega said, ‘and we will rebuild.’"],
    "parenthesis": ["The plan (drafted in May.) failed.", "It was cut."],
    "closing-bracket": ["It was cheap (about $5.)", "Few bought it."],
    "vs": ["The case of Ohio vs. Smith went on.", "It lasted a week."],
    "state": ["She grew up in Springfield, Ill.", "Her father farmed."],
    "web-address": ["She reads Ukraine.ru and Lenta.ru daily.", "He does not."],
    "lowercase-after-abbreviation": ["Goods from the E.U. are taxed less.", "Prices fell."],
}


@pytest.mark.parametrize("expected", CASES.values(), ids=CASES.keys())
def test_hand_split(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


def test_sentences_stay_inside_paragraphs() -> None:
    text = "Headline without a stop\n\nFirst line of body, no stop\n\nLast one. Really."
    doc = analysed(text)
    assert [s.span.text for s in doc.sentences] == [
        "Headline without a stop",
        "First line of body, no stop",
        "Last one.",
        "Really.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2, 2]


def test_quote_opening_across_a_paragraph_is_split_at_the_paragraph() -> None:
    text = "‘We are not leaving.\n\nWe are staying here,’ she said."
    assert sentences(text) == ["‘We are not leaving.", "We are staying here,’ she said."]


def test_hard_wrapped_lines_do_not_end_sentences() -> None:
    text = "The council met on Monday\nand voted for the plan. It passed."
    assert sentences(text) == ["The council met on Monday\nand voted for the plan.", "It passed."]


SENTENCE_TEXT = st.lists(
    st.sampled_from([*"aA .?!…\"'’”)\n", "\n\n", "Mr.", "U.S.", "No. 5", " he said", "Dr"]),
    max_size=40,
).map("".join) | st.text(max_size=60)


@settings(max_examples=200, deadline=None)
@given(SENTENCE_TEXT)
def test_sentences_are_well_formed(text: str) -> None:
    doc = analysed(text)
    previous_end = 0
    for i, sentence in enumerate(doc.sentences):
        span = sentence.span
        assert sentence.index == i
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
        paragraph = doc.paragraphs[sentence.paragraph].span
        assert paragraph.start <= span.start and span.end <= paragraph.end
        previous_end = span.end
    # every non-space character of every paragraph belongs to a sentence
    covered = sum(len("".join(s.span.text.split())) for s in doc.sentences)
    assert covered == sum(len("".join(p.span.text.split())) for p in doc.paragraphs)
    assert analysed(text).sentences == doc.sentences


class TestRunsWithNoEnd:
    """A run with no sentence end, longer than any sentence, is cut into pieces
    the later stages read in time that grows with the document, not its square."""

    def test_lines_with_no_punctuation_are_cut_at_a_line_break(self) -> None:
        lines = "\n".join(f"the council said item {i} would open" for i in range(400))
        found = analysed("Title\n\n" + lines + "\n").sentences[1:]
        assert len(found) > 1
        for sentence in found:
            assert len(sentence.text) <= LONGEST_SENTENCE
            assert sentence.text == sentence.text.strip()
            assert sentence.text.startswith("the council said item")
            assert sentence.text.endswith("would open")
        assert "\n".join(s.text for s in found) == lines

    def test_one_line_is_cut_at_a_space(self) -> None:
        words = " ".join(["said"] * 1500)
        found = analysed("Title\n\n" + words).sentences[1:]
        assert [len(s.text) for s in found] == [1999, 1999, 1999, 1499]
        assert " ".join(s.text for s in found) == words

    def test_a_long_sentence_of_real_length_is_whole(self) -> None:
        text = "Title\n\n" + "The plan, " + "which the council backed, " * 60 + "failed."
        assert [s.text for s in analysed(text).sentences[1:]] == [text[7:]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We love the pier!”Former mayor Ann Ray disagreed.",
            ["“We love the pier!”", "Former mayor Ann Ray disagreed."],
        ),
        (
            "“Prices are too high.”“Your facts are wrong,” Ray wrote.",
            ["“Prices are too high.”", "“Your facts are wrong,” Ray wrote."],
        ),
    ],
)
def test_a_closing_quote_glued_to_the_next_sentence_ends_it(text: str, expected: list[str]) -> None:
    """Pages converted to text often lose the space after a closing quote."""
    assert sentences(text) == expected


def test_a_closing_quote_glued_to_a_lower_case_word_ends_nothing() -> None:
    assert sentences("He called it “odd!”anyway and left.") == [
        "He called it “odd!”anyway and left."
    ]
