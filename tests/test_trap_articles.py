"""The trap-article rounds judge every built-in rule by one list."""

from __future__ import annotations

from trap_articles import BUILT_IN_RULES

from mediacheck import Engine


def test_the_list_of_built_in_rules_is_whole() -> None:
    """A new built-in rule joins the list, so the rounds that judge every rule
    in every article must write down what they expect of it."""
    built_in = {"quotes", "attribution", "superlatives", "dates"}
    rules = sorted(rule.slug for plugin, rule in Engine().rules if plugin in built_in)
    assert sorted(BUILT_IN_RULES) == rules
    assert len(set(BUILT_IN_RULES)) == len(BUILT_IN_RULES)
