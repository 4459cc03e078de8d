"""A sentence that points back at the claim before it names its source: 'The
warning came from the Resolution Foundation', 'That advice comes from Dr Ana Ruiz'."""

from __future__ import annotations

import pytest

from mediacheck.analysis import analyse
from mediacheck.testing import run_check


def triples(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (a.source.text if a.source else None, a.cue.text, a.content.text)
        for a in analyse(text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rents will rise by a fifth next year. The warning came from the Harbour Trust.",
            ("the Harbour Trust", "came from", "Rents will rise by a fifth next year."),
        ),
        (
            '"Drink more water." That advice comes from Dr Ana Ruiz, a GP in Leeds.',
            ("Dr Ana Ruiz", "comes from", '"Drink more water."'),
        ),
        (
            "The river will flood by Friday.\n\nThat prediction came from forecasters at the"
            " Met Office on Monday.",
            ("forecasters at the Met Office", "came from", "The river will flood by Friday."),
        ),
        (
            '"Keep every receipt. Date every photo."\n\nThat advice comes from a letting agent'
            " I spoke to in May, who asked not to be named.",
            ("a letting agent", "comes from", '"Keep every receipt. Date every photo."'),
        ),
    ],
)
def test_the_claim_pointed_back_at_is_the_source_s(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # credited already: the quote is hers, whoever she relays
        '"Stay home," she said. The advice came from the council.',
        # no word of something said before "from"
        "Rents will rise. The money came from the Harbour Trust.",
        # a place, not a source
        "The ferry left at noon. The passengers came from Leeds.",
    ],
)
def test_nothing_else_is_pointed_back_at(text: str) -> None:
    assert all(cue not in ("came from", "comes from") for _, cue, _ in triples(text))


def test_a_quote_pointed_back_at_is_no_unattributed_quote() -> None:
    text = 'Title\n\n"Drink more water." That advice comes from Dr Ana Ruiz, a GP in Leeds.'
    assert run_check(text, "unattributed-quote") == []
