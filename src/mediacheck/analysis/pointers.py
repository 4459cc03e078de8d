"""A sentence that points back at the claim before it and says where it came from.

"Rents will rise by a fifth next year. The warning came from the Resolution
Foundation." credits the warning, the sentence before, to the foundation;
'"Drink more water." That advice comes from Dr Ana Ruiz, a GP in Leeds.'
credits the quote to Dr Ana Ruiz.  The pointing words are a determiner and a
noun of something said ("advice", "warning", "claim", "prediction" ...); the
source is the mention after "from", up to a comma, a relative word, a pronoun
opening a clause ("a letting agent I spoke to") or the sentence's end.

Only a sentence nothing else credits is pointed back at: in '"Stay home," she
said. The advice came from the council.' the quote is hers, whoever she
relays.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from mediacheck.analysis import _regex
from mediacheck.model import Document, Sentence

__all__ = ["pointed_back"]

#: "That advice comes from Dr Ana Ruiz", "The warnings came from forecasters at the Met
#: Office": a determiner, a noun of something said, a verb of coming and "from", and the
#: source, up to a comma, a relative word or a phrase of place or time.
_POINTER = _regex.compile(
    r"[\"“‘']?(?:That|This|The|Such|These|Those)\s+(?:[a-z]+\s+)?"
    r"(?:advice|warnings?|claims?|predictions?|forecasts?|assessments?|findings?|comments?"
    r"|remarks?|criticism|plea|suggestions?|recommendations?|verdict|quotes?|quotations?"
    r"|statements?|words|message|allegations?|accusations?)"
    r"\s+(?P<cue>(?:comes?|came|(?:has|have|had)\s+come|is|was|are|were)\s+from)\s+"
    r"(?P<source>(?:[A-Za-z][\w.’'&-]*)(?:\s+(?!(?:who|which|that|when|in|on|after|I|we|he|she|they|you)\b)"
    r"[A-Za-z\d][\w.’'&-]*){0,8})"
)

#: The words "from" follows in the pointing sentence, looked at before the pattern.
_CUE_ENDS = ("comes", "came", "come", " is", " was", " are", " were")


def _start(sentence: Sentence) -> int:
    return sentence.span.start


def pointed_back(
    document: Document, claimed: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(content, source, cue) of each sentence pointing back at the one before it;
    ``claimed`` are the spans of what other attributions credit."""
    text = document.text
    sentences = document.sentences
    parts = (document.headline, document.byline, document.dateline)
    header = max((part.end for part in parts if part is not None), default=0)
    out = []
    seen = -1
    # the sentences holding " from ", found by a search in C over the text: the
    # pattern is tried on a few sentences an article, not on every one
    at = text.find(" from ")
    while at >= 0:
        found, at = at, text.find(" from ", at + 6)
        if not text.endswith(_CUE_ENDS, 0, found):
            continue
        k = bisect.bisect_right(sentences, found, key=_start) - 1
        if k < 1 or k == seen:
            continue
        seen = k
        sentence = sentences[k].span
        match = _POINTER.match(text, sentence.start, sentence.end)
        if match is None:
            continue
        end = match.end("source")
        source = (match.start("source"), end - 1 if text[end - 1] == "." else end)
        before = sentences[k - 1].span
        start, stop = before.start, len(text[: before.end].rstrip())
        quote = document.quote_at(start, stop)
        if quote is not None and quote.span.end == stop and quote.is_speech:
            start = quote.span.start  # a quote of two sentences or more: all of it
        if start < header or any(a < stop and start < b for a, b in claimed):
            continue
        out.append(((start, stop), source, match.span("cue")))
    return out
