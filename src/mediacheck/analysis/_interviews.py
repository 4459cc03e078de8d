"""The answers of an interview set as questions and answers.

An interview printed as a transcript labels its turns "Q:" and "A:" (or
"Q." and "A.") and names the interviewee only in its introduction ("Ann
Lee talked to us about ..."): each answer is the interviewee's words, with
no cue and no quotation marks, as a turn labelled with a name is.  Lettered
items ("A. The bypass") have no questions between them, and one question
with its answer may be an explainer's box in the writer's own words, so
only answers that alternate with questions, two at least, are read.
"""

from __future__ import annotations

from mediacheck.analysis import _regex

__all__ = ["interview_answers"]

#: A paragraph opening with "Q" or "A" and a colon or full stop, maybe in bold
#: (led by its line break, which the engine finds fast, not by a MULTILINE "^").
_TURN = _regex.compile(
    r"\n(?:\*\*)?(?P<label>[QA])(?:\*\*)?(?P<mark>[:.])(?:\*\*)?[ \t]+(?P<words>\S[^\r\n]*)"
)
#: An answer's label, which most articles lack (a search for it costs ~2.5 µs an
#: article, a third of looking for "\nA:", "\nA." and "\n**A" with ``in``).
_ANSWER = _regex.compile(r"\n(?:\*\*)?A(?:\*\*)?[:.]")
#: Questions and answers in turn, the last question maybe unanswered.
_ALTERNATING = _regex.compile(r"(?:QA){2,}Q?")
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
#: Who the introduction says is interviewed: "We spoke to Ann Lee", "questions for
#: Ann Lee", "Ann Lee, 71, talked to us".
_INTERVIEWEE = (
    _regex.compile(
        r"\b(?:(?:[Ii]nterview(?:ed)?|spoke|talked|chatted|sat\s+down|caught\s+up)\s+(?:with|to)"
        rf"|[Qq]uestions\s+for|Q&A\s+with|[Ii]nterview\s+with)\s+{_NAME}"
    ),
    _regex.compile(rf"{_NAME}(?:,[^,.\n]{{1,60}},)?\s+(?:talked|spoke|chatted)\s+(?:to|with)\b"),
)

Answer = tuple[tuple[int, int], tuple[int, int]]


def interview_answers(text: str) -> tuple[tuple[int, int] | None, list[Answer]]:
    """The interviewee's name in the introduction (None when it cannot be told)
    and each answer as its words and its label's mark (the cue)."""
    if _ANSWER.search(text) is None:
        return None, []  # most articles: one search, not a list of every paragraph's turn
    turns = list(_TURN.finditer(text))
    if not _ALTERNATING.fullmatch("".join(turn["label"] for turn in turns)):
        return None, []
    answers = [(turn.span("words"), turn.span("mark")) for turn in turns if turn["label"] == "A"]
    introduction = turns[0].start()
    for pattern in _INTERVIEWEE:
        named = pattern.search(text, 0, introduction)
        if named is not None:
            return named.span("name"), answers
    return None, answers
