"""Sources QA round 9 found misread: listeners of a passive 'told'."""

from __future__ import annotations

import pytest

from mediacheck import check
from mediacheck.analysis import analyse
from mediacheck.model import Attribution


def attributions(text: str) -> tuple[Attribution, ...]:
    return analyse(text).attributions


class TestToldInThePassive:
    """'Workers were told at a meeting': the subject heard something and says nothing."""

    @pytest.mark.parametrize(
        "text",
        [
            "Drivers were told at a depot meeting on Monday.",
            "Tenants were informed last week.",
            "The crew was briefed before the flight.",
        ],
    )
    def test_no_attribution_when_nothing_told_follows(self, text: str) -> None:
        assert attributions(text) == ()

    def test_no_vague_finding_on_the_listeners(self) -> None:
        text = "Nurses were told the news on Friday."
        assert check(text, select=["vague-attribution"]) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Drivers were told that the depot would close.",
            "Drivers were told to expect delays.",
            "Drivers were told by the union that the depot would close.",
            'Drivers were told, "The depot is closing."',
            "Drivers were assured the depot was safe.",
            "Drivers were informed of the closure.",
        ],
        ids=["that", "to", "by", "quote", "that-less", "of"],
    )
    def test_what_was_told_keeps_the_attribution(self, text: str) -> None:
        assert len(attributions(text)) == 1

    def test_telling_in_the_progressive_is_the_speaker(self) -> None:
        (found,) = attributions("The mayor is telling voters the bridge will reopen.")
        assert found.source is not None and found.source.text == "The mayor"
