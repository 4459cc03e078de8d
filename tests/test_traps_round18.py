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

from trap_articles import BUILT_IN_RULES, TrapArticles

RULES = BUILT_IN_RULES

#: Where the expectation written before the run was reconsidered, and why.
REVISED: dict[tuple[str, str], tuple[list[str], str]] = {
    ("06_school_results.md", "unsourced-statistic"): (
        ["212 pupils"],
        "'78 percent' is a share two paragraphs after 'Key figures:', and 'figures' is one of "
        "the rule's data words (context-words.txt), so the share is read as the figures' "
        "under a lede that credits the Department for Education's tables; the count '212 "
        "pupils' still needs a source nearby. The expectation took the docs' 'poll, survey, "
        "study or index' as the whole list",
    ),
    ("07_pub_licence_court.txt", "unsourced-statistic"): (
        [],
        "'was fined £2,400': a penalty on record is a fact of the case, not a figure someone "
        "measured, and the rule leaves an amount after 'fined' alone by design (the docs did "
        "not say so; they do now)",
    ),
}

#: Expectations the tool does not meet yet, with the fault behind each.
BLOCKED: dict[tuple[str, str], str] = {}

TRAPS = TrapArticles("traps_round18", RULES)
test_trap_article = TRAPS.expectations_test(REVISED, BLOCKED)
test_every_built_in_rule_is_judged_in_every_article = TRAPS.coverage_test()
