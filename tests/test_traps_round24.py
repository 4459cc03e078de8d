"""Hand-written trap articles (QA round 24): what fact-checkers triage.

Two articles in ``tests/data/traps_round24``, a short round: a plain-text
rewrite of another outlet's story about a foreign ministry and a gas deal
(translated quotes in «guillemets», „German-style“ marks and curly single
quotes beside curly apostrophes, the ministers’ ‘red lines’; a quote running
across a paragraph break with no closing mark; a quote whose speaker is
named two sentences later; a superlative credited only to the outlet;
'Observers note'; an anonymous diplomat; a weekday that fits only the year
before), and an undated HTML health-rumour debunk (a viral post's words with
no author, 'Studies show', 'Doctors say', a named WHO spokesperson, shares
from a named survey and from nobody, 'Most people', 'At most', a sourced 'the
most common', a quote in curly single quotes full of curly apostrophes:
rock ’n’ roll, the ’70s, y’know, ’cause, ol’).  The findings were written
down by hand, from the user documentation alone, before the tool was run.
"""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round24", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)


def test_every_built_in_rule_is_judged_in_both_articles() -> None:
    """The short round judges every rule in each article, has a dated and an
    undated article, and reads plain text and HTML (Markdown is left to the
    other rounds: two articles cannot cover three formats)."""
    assert TRAPS.judged == {frozenset(RULES)}
    assert TRAPS.dated == {True, False}
    assert TRAPS.suffixes == {".txt", ".html"}
