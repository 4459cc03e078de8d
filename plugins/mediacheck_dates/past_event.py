"""Whether a date is the day of an event the sentence tells as past.

The model's tense is the sentence's: in "officials said the Dec. 28 meeting
was scheduled two weeks ago" or "he subpoenaed her to testify on Feb. 10"
the clause is past but the date is a plan.  Reading those as past events
dated after publication made `date-after-publication` wrong nine times in
ten on real wire copy, so the rule asks for a past verb that governs the
date itself: a finite past form a few words before it, nothing between that
points ahead (a modal, an infinitive, a plan word, a gerund), and the date
not used as a modifier of the noun after it ("the April 19 primary").
"""

from __future__ import annotations

import re

from mediacheck import Document, TemporalExpression, compile_pattern

__all__ = ["told_as_past_event"]


def _words(text: str) -> frozenset[str]:
    """Closed lists of function words, kept in code beside the rule that reads them."""
    return frozenset(text.split())


#: How many words a past verb may stand before the date it governs
#: ("resigned on", "dropped out of the race", "endorsed the plan on").
_REACH = 6

_WORD = compile_pattern(r"[A-Za-z]+(?:['’][A-Za-z]+)*")

#: Irregular past forms that tell an event; "set", "read", "put" are left out
#: because their past looks like their present ("is set for March 3").
_IRREGULAR_PAST = _words(
    """was were went came took held met said told won lost left began fell rose ran saw
    made gave got sent spent paid sold bought brought built struck fought led broke chose
    drove flew wrote spoke stood sat found knew became had did shut hit quit threw wore
    froze stole sank swore tore woke"""
)

#: -ed words that are not past verbs.
_NOT_PAST = _words(
    """need needed red bed shed hundred sled speed seed indeed naked wicked sacred
    beloved alleged so-called aged"""
)

#: Words between the verb and the date that point ahead of the told time, or
#: hand the date to another verb: it is then a plan, a deadline or a condition.
_AHEAD = _words(
    """will would shall could should might may must can to scheduled slated set expected
    expects expect planned payable upcoming coming forthcoming next ahead advance before until
    till await awaits awaited due pending if unless"""
)

#: Words after which an -ed form is an adjective ("a designated day").
_DETERMINERS = _words("a an the its his her their our your my this that these those")

#: Words that may follow a past verb: a preposition, particle, adverb of place, pronoun
#: or number ("arrested two men on", "gathered outside the chamber on", "returned home on").
_LINKS = _words(
    """on in at to for from with by into out up down off over after before about against
    outside inside near behind beside across around through along past beyond home there
    him her them it us me you himself herself themselves
    two three four five six seven eight nine ten dozens hundreds thousands several both all"""
)

#: Words that may follow a date told as the day of an event; any other word
#: makes the date a modifier of what follows ("the Dec. 28 meeting").
_FOLLOWERS = _words(
    """and or at in on to for when after before but as from by with while until amid during
    local time this that last when where which who because despite"""
)

#: Words saying the sentence's days belong to another year than the article's.
_OTHER_YEAR = compile_pattern(
    r"year-ago|year ago|last year|previous year|prior year|a year (?:earlier|before)"
    r"|\b(?:1[89]|2[01])\d\d\b",
    re.IGNORECASE,
)


def told_as_past_event(document: Document, expression: TemporalExpression) -> bool:
    """Whether ``expression`` dates an event its own clause tells as past."""
    text = document.text
    sentence = document.sentence_at(expression.start)
    lower = sentence.span.start if sentence is not None else 0
    upper = sentence.span.end if sentence is not None else len(text)
    if not _stands_alone(text, expression.end, upper):
        return False
    if expression.anchoring == "yearless" and (
        _OTHER_YEAR.search(text, lower, expression.start)
        or _OTHER_YEAR.search(text, expression.end, upper)
    ):
        return False
    words = [m.group() for m in _WORD.finditer(text, lower, expression.start)]
    for i in range(len(words) - 1, max(-1, len(words) - 1 - _REACH), -1):
        word = words[i].lower()
        if word == "to" and i + 1 < len(words) and _noun_phrase_start(words[i + 1]):
            continue  # a preposition: "went to the polls on", "flew to Paris on"
        if word in _AHEAD or word.endswith(("’ll", "'ll")):
            return False
        if word.endswith("ing") and not (i > 0 and words[i - 1].lower() in _DETERMINERS):
            return False  # a gerund; after an article a noun or adjective ("the opening heat")
        if _past(word, words[i + 1] if i + 1 < len(words) else None) and not (
            i > 0 and words[i - 1].lower() in _DETERMINERS
        ):
            return True
    return False


def _noun_phrase_start(word: str) -> bool:
    return word[0].isupper() or word.lower() in _DETERMINERS


def _past(word: str, following: str | None) -> bool:
    """Whether ``word`` is a past verb; an -ed form before a plain word is an
    adjective ("preferred shares", "a designated day")."""
    if word in _IRREGULAR_PAST:
        return True
    if len(word) <= 4 or not word.endswith("ed") or word in _NOT_PAST:
        return False
    return following is None or _noun_phrase_start(following) or following.lower() in _LINKS


def _stands_alone(text: str, end: int, upper: int) -> bool:
    """Whether the date is not a modifier of the word after it."""
    following = _WORD.match(text, end + 1, upper) if text[end : end + 1] == " " else None
    return following is None or following.group().lower() in _FOLLOWERS
