"""Hand-written trap articles (QA round 18): the traps in real page layouts.

Each article in ``tests/data/traps_round18`` sets the classic traps
(apostrophes that are not quotation marks, "most" and "-est" words that rank
nothing, weekdays right and wrong, vague and anonymous sources, statistics
with and without sources, quotes with no speaker, an impossible date) in the
layouts an editor pastes or a newsroom CMS exports: HTML live blogs with
``<time>`` stamps, ``<blockquote>``, ``<q>``, pull quotes with a ``<cite>``,
figure captions and photo credits, site furniture (nav, cookie banners,
footers, asides) inside and outside ``<article>`` and ``<main>``, entities
and ``<br>``; Markdown front matter, headings, bullet lists of figures,
block quotes, links around sources, tables and code spans; plain-text wire
copy with a Reuters dateline, an ALL-CAPS headline, lines hard-wrapped at 72
columns, a Q&A transcript, an editor's note, en-dash lists and corrections.
The findings were written down by hand, from the user documentation alone,
before the tool was run.
"""

from __future__ import annotations

import pytest
from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round18", RULES)


@pytest.mark.parametrize(("name", "rule"), TRAPS.params(REVISED, BLOCKED))
def test_trap_article(name: str, rule: str) -> None:
    TRAPS.assert_expected(name, rule, REVISED)


def test_every_built_in_rule_is_judged_in_every_article() -> None:
    assert TRAPS.judged == {frozenset(RULES)}
    assert TRAPS.dated == {True, False}
    assert TRAPS.suffixes >= {".txt", ".md", ".html"}
