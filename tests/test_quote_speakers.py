"""Who speaks a direct quote: the source mention the attribution model picks for it."""

from __future__ import annotations

from mediacheck.analysis import analyse
from mediacheck.model import Attribution


def holding(text: str, words: str) -> list[Attribution]:
    """The attributions whose content holds ``words``."""
    at = text.index(words)
    document = analyse(text)
    return [a for a in document.attributions if a.content.start <= at < a.content.end]


class TestContractedSubjects:
    def test_pronoun_fused_with_its_auxiliary_speaks(self) -> None:
        """ "she's said" reads as "she has said": the pronoun is the source."""
        text = (
            "Since the flood in March, she's said the same thing at every town hall: "
            '"We will rebuild the bridge."'
        )
        (a,) = holding(text, "We will rebuild")
        assert a.source is not None and a.source.text == "she"
        assert a.cue.text.endswith("said")

    def test_fused_pronoun_starts_a_new_clause_after_a_reported_one(self) -> None:
        """A subordinate clause's report ends at the comma; the fused pronoun's quote is its own."""
        text = (
            "Ever since Omar Diaz declared his run last fall, he's repeated one line at every "
            'stop: "This town deserves better."'
        )
        attributions = analyse(text).attributions
        speakers = {a.source.text if a.source else None: a for a in attributions}
        assert "he" in speakers
        assert speakers["he"].content.text.endswith('"This town deserves better."')
        assert "This town" not in speakers["Omar Diaz"].content.text

    def test_plural_pronoun_with_ve(self) -> None:
        """ "They've argued that ...": "They" is the source."""
        (a,) = analyse('They\'ve argued that the toll "cannot pay for itself."').attributions
        assert a.source is not None and a.source.text == "They"


class TestRelayedQuotes:
    def test_according_to_takes_the_whole_quote_with_its_speaker(self) -> None:
        """'"A. B," Lee said, according to X': X relays all of A and B, not only B."""
        text = (
            "The two clashed over the budget. \u201cYou voted for it. You own it,\u201d Lee said, "
            "according to a recording of the meeting."
        )
        document = analyse(text)
        relayed = [a for a in document.attributions if a.cue.text == "according to"]
        assert len(relayed) == 1
        assert relayed[0].source is not None
        assert relayed[0].source.text == "a recording of the meeting"
        assert relayed[0].content.text.startswith("\u201cYou voted for it.")
        assert relayed[0].content.text.endswith("Lee said")
        # the speaker's own attribution stays: Lee said the words
        said = [a for a in document.attributions if a.cue.text == "said"]
        assert said and said[0].source is not None and said[0].source.text == "Lee"


class TestSubjectsAfterAnOpeningPhrase:
    def test_lower_case_pronoun_after_an_opener_introduces_a_colon_quote(self) -> None:
        """'But at home, she went back to her old slogan: "..."': the local "she" speaks."""
        text = (
            '"We will talk again soon," Lee said in Ottawa.\n\n'
            'But back in Denver, she went back to her old slogan: "Jobs first, always."'
        )
        (a,) = holding(text, "Jobs first")
        assert a.source is not None
        assert a.source.start == text.index("she went")

    def test_adverb_opening_a_sentence_is_no_subject(self) -> None:
        """'Shortly after ..., the office sent a statement saying': the office speaks."""
        text = (
            "Shortly after the hearing ended, the senator's office sent out a statement "
            'saying the board owes "the county an apology."'
        )
        (a,) = holding(text, "the county an apology")
        assert a.source is not None and a.source.text == "the senator's office"

    def test_lower_case_noun_phrase_after_an_opener_comma(self) -> None:
        """'At a dinner in May, the retired judge closed by quoting ...': the judge speaks."""
        text = (
            "At a dinner in May, the retired judge closed her talk by quoting an old motto: "
            '"Patience wins every appeal."'
        )
        (a,) = holding(text, "Patience wins")
        assert a.source is not None and a.source.text == "the retired judge"


def test_parent_of_a_count_is_one_subject() -> None:
    """'the 41-year-old father of two replied, "..."': the father speaks, the count is his."""
    text = 'Asked about the gap, the 41-year-old father of two replied, "It is meant for parents."'
    (a,) = holding(text, "It is meant")
    assert a.source is not None and a.source.text == "the 41-year-old father of two"
