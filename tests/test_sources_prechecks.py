"""The cheap tests sources.py asks before its patterns never change an answer:
with each of them made to let everything through, every mention is read the same.

A first pass over new articles reads most mentions once, so the patterns that
find a mention's head, an outlet's name or an unnamed person run on every new
mention; a word test first spares them when the words they need are absent.
These tests say the word tests are only ever a shortcut."""

from __future__ import annotations

import re
from unittest import mock

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediacheck.analysis import _regex, sources
from mediacheck.analysis.lexicon import words

#: Words of mentions, with those the patterns look for, in several cases.
WORDS = sorted(
    words(
        """a an one another the two Two several Many some many most
        senior former official officials aide aides Aides spokesman lineman nurses
        Hillary Clinton Ann Lee, Mr. Sen. Secretary of State John Kerry Jan.
        Fox News CNN's Nadia Bloomberg Times New York Daily Planet example.com
        who whom whose not involved connected in with to at on from for by
        across around along near outside within among about into against
        close familiar briefed privy knowledgeable knowledge sources Sources
        published released surveyed report reports Farmers farmers Democrats
        group groups Water Watch Party Department campaign (an “a OFFICIAL
        condition anonymity anonymously speaking asked declined be named Familiar"""
    )
)
#: Words a pattern stops a head at, or reads an unnamed person by.
PIVOTS = sorted(
    words("who not to with of in at on across published official aide aides nurses spokesman Aides")
)
WORD_LISTS = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
    st.tuples(
        st.lists(st.sampled_from(WORDS), max_size=3),
        st.lists(st.sampled_from(PIVOTS), min_size=1, max_size=2),
        st.lists(st.sampled_from(WORDS), max_size=3),
    ).map(lambda parts: [*parts[0], *parts[1], *parts[2]]),
)
MENTIONS = WORD_LISTS.flatmap(
    lambda words: st.sampled_from([" ", "  ", "\n"]).map(lambda space: space.join(words))
)


class _Never:
    """A set no word list is disjoint from: the word tests let everything through."""

    def isdisjoint(self, other: object) -> bool:
        return False


def _without_prechecks() -> sources._Tables:
    return attrs.evolve(
        sources._tables(),
        person_nouns=_Never(),
        outlet_names_anywhere=_regex.compile(""),
        anonymous_words=None,
    )


#: One mention for each word a pattern cuts a head at.
CUT = [
    "a person who has seen the memo",
    "Experts not involved in the study",
    "a report by the board",
    "Critics of the plan",
    "sources close to the talks",
    "people familiar with the plan",
    "two officials briefed on the deal",
    "Farmers across the state",
    "Fishermen along the coast",
    "Aides to Clinton",
    "a study published Wednesday in Nature",
]
#: One mention for each other word test: an unnamed person, an outlet, anonymity.
OTHERS = [
    "a senior official",
    "two nurses",
    "Fox News",
    "example.com",
    "a person familiar with the talks",
    "officials speaking on condition of anonymity",
    "an aide who asked not to be named",
]


@settings(max_examples=400, deadline=None)
@given(MENTIONS)
def test_a_mention_is_read_the_same_without_the_word_tests(mention: str) -> None:
    _read_the_same(mention)


@pytest.mark.parametrize("mention", CUT + OTHERS)
def test_a_mention_each_pattern_reads_is_read_the_same(mention: str) -> None:
    _read_the_same(mention)
    assert mention not in CUT or not sources._HEAD_BREAKS.isdisjoint(mention.split())


def _read_the_same(mention: str) -> None:
    t = sources._tables()
    plain = _without_prechecks()
    with mock.patch.object(sources, "_HEAD_BREAKS", _Never()):
        expected = (
            sources._head_of(mention, plain),
            sources._kind_of(mention, plain),
            sources._named(mention, plain),
            sources._anonymous(mention, plain),
            sources._outlet_named(mention, plain),
        )
    assert (
        sources._head_of(mention, t),
        sources._kind_of(mention, t),
        sources._named(mention, t),
        sources._anonymous(mention, t),
        sources._outlet_named(mention, t),
    ) == expected


def test_the_word_tests_spare_the_patterns_for_a_plain_name() -> None:
    t = sources._tables()
    assert sources._HEAD_BREAKS.isdisjoint(["Hillary", "Clinton"])
    assert t.person_nouns.isdisjoint(["hillary", "clinton"])
    assert t.outlet_names_anywhere.search("Hillary Clinton") is None
    assert not t.person_nouns.isdisjoint(["a", "senior", "official"])


def test_the_words_each_anonymity_phrase_holds() -> None:
    found = sources._tables().anonymous_words
    assert found is not None
    assert found.search("people familiar with the talks")
    assert found.search("with direct knowledge of")  # the phrase's lookbehind is no word
    assert found.search("someone close to the ministry")
    assert found.search("hillary clinton") is None
    assert sources._words_each_holds(("familiar with", "(?:a|b)")) is None  # a choice holds none


@given(st.text(alphabet="ab’'s\n", max_size=6))
def test_a_word_loses_its_owner_s_ending_as_the_pattern_took_it(word: str) -> None:
    word = word.replace("\n", "")  # words hold no line break
    assert sources._without_possessive(word) == re.sub(r"(?:’s?|'s?)$", "", word)
