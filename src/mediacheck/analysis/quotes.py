"""Quotations: which marks pair up, and whether they enclose speech.

**Marks.**  One compiled regex finds every quotation mark and classifies it
from its neighbours: curly “ ” and ‘ are openers or closers by shape; a
straight " or ' opens after a space, bracket or dash and closes after a
non-space before a space or punctuation.  A curly double mark of the wrong
shape, as a typo leaves it, has the role of its place (“expedited review“
of).  A single mark between two letters (don't, Russia’s) is an apostrophe
and is never matched; neither are the elisions ’90s, '16, ’em, ’til,
’cause, 'tis ('Tis, 'Twas opening a sentence) and rock ’n’ roll.  A closer after an "s" and before a
lower-case word (the allies’ weapons) is *weak*: a plural possessive unless
no later closer can end the quote; before punctuation and another closer
(‘the students’,’) it is an apostrophe.

**Pairing.**  Per paragraph, with a stack, so ‘single’ quotes nest inside
“double” ones (the inner quote's ``parent`` is set).  A closer with no
opener of its family is an apostrophe or a stray mark and is ignored; an
opener left unclosed at the end of its paragraph is dropped, so one
unbalanced mark never swallows the rest of the article.  Two exceptions
carry the outermost open quote into the next paragraph, making one quote
whose span covers both: news style, where the next paragraph *starts* with
the same mark (the quote is reopened), and the form where the next
paragraph closes it.  Only whole sentences of speech run on so (AP style
closes a partial quote at the paragraph's end), and only one speaker's: a
quote opened inside the writer's own sentence (the plan was “reckless), or
followed in its paragraph by its own cue (“We will stay, said Ann Lee.),
was left open by a typo, and so was one whose reopened paragraph closes on
a named speaker other than the one named before it opened ('Ann Lee said:
“...' then '“...,” said Tom Hale'); such a quote stays in its paragraph,
and the next paragraph's quote is its own.  A mark of the same family and
glyph opened while one is open means the first was stray ("a “b" does not
nest); a different glyph nests (a curly quote inside a straight block
quote).

**Kind.**  A quote is ``speech`` or ``scare`` (a word or short phrase held
at a distance, a name or a title).  Scare quotes sit inside the writer's own
sentence, so the rule, first match wins, is:

1. a speech cue next to it makes it speech: a reporting verb (said, asked,
   told reporters) or a colon just before the opener, or after the closer a
   verb, a name or pronoun and a verb, or "the minister said" when the quote
   ends in a comma; or a reporting verb a few words before the comma that
   opens a quote starting with a capital (said of the flood, “Bad.”);
2. a Title Case phrase of two words or more is a name or title: scare
   (‘Primates of Park Avenue,’ “Are You Smarter Than a Fifth Grader?”);
3. a quote of two words or more with a first-person word in it (I, we,
   our, my, me, us) is someone talking: speech ("the loudest we've had."),
   unless a naming cue introduces it or it stands between a determiner and
   its noun (the "me first" attitude);
4. a question or exclamation mark inside, or more than one sentence inside,
   makes it speech, and so does a quote that is a sentence on its own (it
   starts its sentence and nothing but punctuation follows it there);
5. a quote of one to four words is scare (‘fatal’, ‘war rhetoric.’,
   ‘coalition of the willing,’, ‘Ukraine.ru,’), and so is a longer one that
   a naming cue introduces (so-called, dubbed, known as, the phrase, the
   book);
6. anything longer is speech: a phrase such as "calling it ‘the most
   dangerous period since World War II.’" is someone's words and wants a
   speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from mediacheck.analysis import _regex
from mediacheck.analysis._trie import word_trie
from mediacheck.analysis.lexicon import Lexicon, entries, per_lexicon, word_set
from mediacheck.model import Document, Paragraph, Quote, QuoteKind, new_quote

__all__ = ["find_quotes", "with_english_marks"]


_DOUBLE, _SINGLE = "d", "s"
_OPEN, _CLOSE, _WEAK, _EITHER = "open", "close", "weak", "either"

# A straight mark opens after one of these (or at the start of the text).
_BEFORE_OPEN = r"\s(\[{—–/:\-"
_AFTER_CLOSE = r"\s)\]}.,;:!?—–\-…"
# The pattern starts with a character class, which lets the engine skip
# ahead to the next mark; the branches then classify the mark just read
# (lookbehinds span two characters: the one before the mark, and the mark).
_MARK = _regex.compile(
    r"[\"'“”‘’`](?:"
    # ``...'' (newswire, TeX style) opens with two backticks and closes like NYT style
    r"(?<=`)`(?P<bt_open>)|"
    # doubled single quotes (''...'', NYT style) are double quotes: two characters a mark
    rf"(?<=')'(?<![^{_BEFORE_OPEN}]'')(?=[\w“‘$(.…])(?P<dd_open>)"
    rf"|(?<=')'(?<=\S'')(?=[{_AFTER_CLOSE}”’]|$)(?P<dd_close>)"
    # elisions, not quotes: ’90s '16 ’em ’til ’cause 'tis 'twas rock ’n’ roll, 'Twas
    # and 'Tis opening a sentence
    r"|(?<=['’‘])(?<!\w.)(?:n['’](?!\w)|(?=(?:em|til|cause|tis|twas|T(?:is|was|il)|\d0s|\d\d)\b))"
    r"(?P<elision>)"
    # a plural possessive ending a quote's last word, the closer after the
    # punctuation: ‘It’s the students’,’ she said
    r"|(?<=s['’])(?=[,.;:!?]['’](?!\w))(?P<possessive>)"
    r"|(?<=“)(?P<d_open>)"
    r"|(?<=”)(?P<d_close>)"
    r"|(?<=‘)(?<!\w.)(?P<s_open>)"
    rf"|(?<=\")(?<![^{_BEFORE_OPEN}‘'].)(?=\S)(?P<d_xopen>)"
    rf"|(?<=')(?<![^{_BEFORE_OPEN}“\"].)(?=[\w“\"$(.…])(?P<s_xopen>)"
    r"|(?<=['’])(?<=s.)(?=\s+[a-z0-9])(?P<s_weak>)"
    rf"|(?<=\")(?<=\S.)(?=[{_AFTER_CLOSE}’']|$)(?P<d_xclose>)"
    rf"|(?<=['’])(?<=\S.)(?=[{_AFTER_CLOSE}”\"]|$)(?P<s_close>)"
    r"|(?<=\")(?P<d_either>)"
    r")"
)
_ROLE = {
    "bt_open": (_DOUBLE, _OPEN),
    "dd_open": (_DOUBLE, _OPEN),
    "dd_close": (_DOUBLE, _CLOSE),
    "d_open": (_DOUBLE, _OPEN),
    "d_xopen": (_DOUBLE, _OPEN),
    "d_close": (_DOUBLE, _CLOSE),
    "d_xclose": (_DOUBLE, _CLOSE),
    "d_either": (_DOUBLE, _EITHER),
    "s_open": (_SINGLE, _OPEN),
    "s_xopen": (_SINGLE, _OPEN),
    "s_close": (_SINGLE, _CLOSE),
    "s_weak": (_SINGLE, _WEAK),
}
#: Every glyph that ``_MARK`` can start with.
_GLYPHS = "\"'“”‘’`"
_CURLY = {"“": _ROLE["d_open"], "”": _ROLE["d_close"]}
#: A curly double mark of the wrong shape, as a typo or a converter leaves
#: it, has the role its place gives it: “ between a word and a space or the
#: end of the text closes (“expedited review“ of), ” between a space and a
#: word opens (”like this”).
_MISSHAPEN = {"“": _ROLE["d_close"], "”": _ROLE["d_open"]}
_OPENS_AFTER = frozenset("([{—–/:-“‘\"'")
_CLOSES_BEFORE = frozenset(")]}.,;:!?—–-…")
_APOSTROPHES = "'’‘"

_NAME = r"[A-Z][\w.\-]*(?:['’][A-Za-z][\w.\-]+)?"
#: What may stand between a verb and the quote: told reporters "...".
_HEARERS = frozenset(["reporters", "journalists", "me", "us", "him", "her", "them", "you"])
#: Words just before a quote that name rather than cite it: so-called "...".
_NAMING = frozenset(["so-called", "dubbed", "termed", "titled", "entitled", "named"])
_NAMING_NOUNS = frozenset(
    [
        "term",
        "word",
        "words",
        "phrase",
        "slogan",
        "hashtag",
        "motto",
        "headline",
        "title",
        "label",
        "book",
        "film",
        "movie",
        "song",
        "show",
        "series",
        "album",
        "program",
        "programme",
        "article",
        "op-ed",
        "essay",
        "documentary",
        "play",
        "novel",
        "poem",
        "column",
        "campaign",
        "banner",
        "website",
        "site",
        "newspaper",
        "outlet",
    ]
)
#: A first-person word: someone is talking ("the loudest we've had").  "US"
#: and a capitalised "Us" or "Me" are left to the title rule; a word in
#: quotation marks of its own is mentioned, not used ("the power of 'we'").
#: It opens with a character set, so the regex engine skips to candidates in C.
_FIRST_PERSON = _regex.compile(
    r"[IWwOoMmu](?<![\w\"'“‘`].)"
    r"(?:(?<=I)|(?<=[Ww])e|(?<=[Oo])urselves|(?<=[Oo])urs?|(?<=[Mm])y(?:self)?|(?<=m)e|(?<=u)s)"
    r"\b(?![\"'”’]\B)"
)
#: Before a quote that modifies the noun after it: the "us versus them" rhetoric.
_DETERMINER = _regex.compile(r"\b(?:[Tt]he|an?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\Z")
_NOUN_AFTER = _regex.compile(
    r"\s+(?!(?:and|or|but|that|which|who|to|in|on|at|for|of|as|is|was)\b)[a-z]"
)
_CAPITALISED = _regex.compile(r"[A-Z][\w.\-’']*")
_SEVERAL_SENTENCES = _regex.compile(r"[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")
_TRAILING = _regex.compile(r"[\s.,;:!?\-—–)\]\"'”’]*")
_BEFORE_WINDOW = 40
_SHORT = 4


@attrs.frozen(eq=False)
class _Tables:
    """The speech-verb patterns, built from the lexicon's speech verbs."""

    verbs: frozenset[str]
    #: A speech verb right after the quote, or after a name or a pronoun.
    cue_after: re.Pattern[str]
    cue_after_comma: re.Pattern[str]
    #: '"...," Sen. Ann Lee, Republican of Ohio, said': a name, an aside, then the verb.
    cue_after_aside: re.Pattern[str]
    #: A speech verb a few words before the comma that opens the quote.
    clause_cue: re.Pattern[str]
    #: Inside a quote left open: its own cue, the closer forgotten before it
    #: ("We will stay, said Ann Lee.).
    cue_inside: re.Pattern[str]
    #: The name in a cue after a quote's closer ("...," said Tom Hale), and
    #: in a cue before a quote ("Ann Lee said: “...").
    names_after: re.Pattern[str]
    names_before: re.Pattern[str]
    titles: frozenset[str]


def _build(lexicon: Lexicon) -> _Tables:
    verbs = entries("speech_verbs.txt", lexicon)
    # a trie: every pattern below only asks whether it matches
    verb = word_trie(verbs)
    return _Tables(
        verbs=frozenset(verbs),
        # the verb appears once, not once per opening (~10 ms less to compile
        # at start-up); the lazy ``??`` tries the openings in the same order
        # as an alternation of the three would
        cue_after=_regex.compile(
            rf"\s*(?:(?:{_NAME}\s+){{1,4}}|(?:he|she|they|I|we|it|you)\s+)??(?:{verb})\b"
        ),
        cue_after_comma=_regex.compile(
            rf"\s*(?:the|a|an|his|her|their|its|one)\s+(?:[\w\-]+\s+){{0,3}}?(?:{verb})\b"
        ),
        cue_after_aside=_regex.compile(
            rf"\s*(?:{_NAME}\s+){{0,4}}{_NAME},[^\"“”.;:!?]{{1,100}}?,\s+(?:{verb})\b"
        ),
        clause_cue=_regex.compile(rf"\b(?:{verb})(?:\s+[\w’'.-]+){{0,5}},\Z"),
        cue_inside=_regex.compile(
            rf"[,?!]\s+(?:(?:(?:{_NAME}\s+){{1,4}}|(?:he|she|they)\s+)(?:{verb})\b"
            rf"|(?:{verb})\s+(?:the\s|an?\s|[A-Z]))[^.!?\"“”\n]{{0,50}}[.!?](?!\w)"
        ),
        names_after=_regex.compile(
            rf"\s*(?:(?:{_NAME}\s+){{1,4}}(?:also\s+|\w+ly\s+)?(?:{verb})\b"
            rf"|(?:{_NAME}\s+){{0,4}}{_NAME},[^\"“”.;:!?]{{1,100}}?,\s+(?:{verb})\b"
            rf"|(?:{verb})\s+(?:(?:the|an?)\s+(?:[\w’'-]+,?\s+){{0,4}}?)?{_NAME}(?:\s+{_NAME}){{0,3}})"
        ),
        names_before=_regex.compile(
            rf"(?:{_NAME}\s+){{1,4}}(?:also\s+|\w+ly\s+)?(?:{verb})\b"
            rf"|\b(?:{verb})\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
        ),
        titles=word_set("titles.txt", lexicon),
    )


_tables = per_lexicon(_build)


#: The German low-high pair: its closer is the English opener.
_LOW_HIGH = _regex.compile(r"„([^„“”\n]*)“")
#: Guillemets and the German low opener as the English marks of their role.
_AS_ENGLISH = str.maketrans("«»„", "“”“")


#: A nickname in quotes before a surname ('Marcia "Cia" Price'; not a title-case line's
#: 'Felt “Invisible” As' or 'called Lee "Boss" Tuesday'), after a first name
#: (``_FIRST_NAME_BEFORE``).
_NICKNAME = _regex.compile(
    r"[\"“][A-Z][a-z][\w’'-]*(?P<close>[\"”]) "
    r"(?!(?:As|At|And|By|For|From|In|Is|Of|On|The|To|With|(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
    r"|Sun)day)\b)[A-Z][a-z]"
)
_FIRST_NAME_BEFORE = _regex.compile(r"\b[A-Z][a-z]+ \Z")


def with_english_marks(text: str) -> str:
    """``text`` with «...» and „...“ written “...”, every offset kept: the
    quote and attribution stages then read speech in them as in English
    marks.  The marks around a nickname inside a name ('Marcia "Cia" Price
    said') are read as spaces: no quotation, and the name is read whole.
    Texts with neither are returned as they are."""
    text = _without_nickname_marks(text)
    if "«" not in text and "»" not in text and "„" not in text:
        return text
    return _LOW_HIGH.sub(r"“\1”", text).translate(_AS_ENGLISH)


def _without_nickname_marks(text: str) -> str:
    """Found from each opening mark (a few string finds), not by a regex over all the
    text, which costs a news article some 80 µs against 6."""
    marks = []
    for opener in '"“':
        at = text.find(opener)
        while at >= 0:
            nickname = _NICKNAME.match(text, at)
            if nickname is not None and _FIRST_NAME_BEFORE.search(text, max(0, at - 20), at):
                marks += [at, nickname.start("close")]
            at = text.find(opener, at + 1)
    if not marks:
        return text
    chars = list(text)
    for at in marks:
        chars[at] = " "
    return "".join(chars)


def find_quotes(document: Document) -> tuple[Quote, ...]:
    """The document's quotations, ordered by start."""
    pairs = _pair(document)
    if not pairs:
        return ()
    pairs.sort()
    index_of = {pair[0]: i for i, pair in enumerate(pairs)}
    starts = [s.span.start for s in document.sentences]
    span = document.index.span if document.index is not None else document.span
    quotes = []
    for i, (open_at, open_end, close_at, close_end, parent_at) in enumerate(pairs):
        sentence = max(bisect.bisect_right(starts, open_at) - 1, 0)
        kind = _kind(document, open_at, open_end, close_at, close_end, sentence)
        quotes.append(
            new_quote(
                span(open_at, close_end),
                span(open_end, close_at),
                kind,
                i,
                sentence,
                None if parent_at is None else index_of.get(parent_at),
            )
        )
    return tuple(quotes)


_Mark = tuple[int, int, str, str, str]  # start, end, family, role, glyph
_Pair = tuple[int, int, int, int, int | None]  # opener, closer, parent opener start


def _marks(text: str, paragraphs: Sequence[Paragraph]) -> list[list[_Mark]]:
    """Every paragraph's marks, from one pass over the whole text: what
    ``_MARK.finditer`` finds, each glyph found by ``str.find`` (several times
    faster than the regex engine's scan for a set of characters) and
    classified by ``_MARK`` where it starts.  Curly double quotes and single
    marks between letters need no classifying: the pattern makes every “ an
    opener, every ” a closer, and leaves the others alone."""
    found: list[_Mark] = []
    last = 0
    match = _MARK.match
    for at in _glyphs(text):
        if at < last:
            continue  # inside the match before: a doubled mark or an elision
        glyph = text[at]
        role = _CURLY.get(glyph)
        if role is not None:
            after = text[at + 1 : at + 2]
            if glyph == "“":
                if (not after or after.isspace() or after in _CLOSES_BEFORE) and (
                    at and not text[at - 1].isspace() and text[at - 1] not in _OPENS_AFTER
                ):
                    role = _MISSHAPEN[glyph]
            elif after.isalnum() and (not at or text[at - 1].isspace()):
                role = _MISSHAPEN[glyph]
            found.append((at, at + 1, *role, glyph))
            continue
        if glyph in _APOSTROPHES:
            around = text[at - 1 : at + 2]  # three characters only where both neighbours exist
            if len(around) == 3 and around[0].isalnum() and around[2].isalnum():
                continue  # don't, Russia’s: _MARK takes no single mark inside a word
        mark = match(text, at)
        if mark is not None:
            last = mark.end()
            if mark.lastgroup in _ROLE:
                found.append((at, last, *_ROLE[mark.lastgroup], glyph))
    starts = [mark[0] for mark in found]
    grouped: list[list[_Mark]] = []
    i = 0
    for paragraph in paragraphs:
        i = max(i, bisect.bisect_left(starts, paragraph.span.start))
        j = max(i, bisect.bisect_left(starts, paragraph.span.end))
        grouped.append(found[i:j])
        i = j
    return grouped


def _glyphs(text: str) -> list[int]:
    """The offsets of every quotation mark glyph, in order."""
    offsets = []
    find = text.find
    for glyph in _GLYPHS:
        at = find(glyph)
        while at != -1:
            offsets.append(at)
            at = find(glyph, at + 1)
    offsets.sort()
    return offsets


def _pair(document: Document) -> list[_Pair]:
    text, paragraphs = document.text, document.paragraphs
    pairs: list[_Pair] = []
    stack: list[_Mark] = []
    before: Paragraph | None = None
    for paragraph, marks in zip(paragraphs, _marks(text, paragraphs), strict=True):
        if stack and before is not None and _may_run_on(document, stack[0], before):
            opener = stack[0]
            reopens = bool(marks) and (
                marks[0][0] == paragraph.span.start and marks[0][4] == opener[4]
            )
            trial: list[_Pair] = []
            rest = _scan(marks, [opener], 0 if reopens else -1, trial)
            closer = next((pair for pair in trial if pair[0] == opener[0]), None)
            if (reopens or closer is not None) and not (
                reopens and closer is not None and _new_speaker(document, opener, closer)
            ):
                pairs += trial
                stack = rest
                before = paragraph
                continue
        stack = _scan(marks, [], -1, pairs) if marks else []
        before = paragraph
    return pairs


def _may_run_on(document: Document, opener: _Mark, before: Paragraph) -> bool:
    """Whether a quote left open at the end of paragraph ``before`` may run on.

    News style leaves a quote open only where it is whole sentences of
    speech (AP: close a partial quote at the paragraph's end even when the
    quotation goes on), so an opener woven into the writer's sentence (the
    plan was “reckless) was left open by a typo, as was a quote whose own
    speech cue follows it in the paragraph (“We will stay, said Ann Lee.):
    its closer was forgotten and the next paragraph's quote is not its."""
    text = document.text
    sentence = document.sentence_at(opener[0])
    lead = text[sentence.span.start if sentence else 0 : opener[0]].rstrip()
    # after a colon, or a comma and a capital ('In a statement, “We ...'), the
    # quote is a sentence of its own; after a word, only a verb of speech
    # ('she said “we ...') makes it more than a phrase of the writer's
    if lead and not (
        lead.endswith(":") or (lead.endswith(",") and text[opener[1] : opener[1] + 1].isupper())
    ):
        last = lead.rstrip(",").split()[-3:]
        if not (_cue_before(last, _tables().verbs) or last[-2:] == ["put", "it"]):
            return False
    start = max(opener[1], before.span.start)
    return _tables().cue_inside.search(text, start, before.span.end) is None


def _new_speaker(document: Document, opener: _Mark, closer: _Pair) -> bool:
    """Whether the reopened quote closes on a speaker other than the one
    named before the quote opened ('Ann Lee said: “...' then '“...,” said
    the treasurer, Tom Hale.'): two quotes, the first left open by a typo.
    A pronoun or a description ('she said', 'the mayor said') names no one
    new; neither does a cue that repeats a name."""
    t = _tables()
    text = document.text
    after = t.names_after.match(text, closer[3])
    if after is None:
        return False
    sentence = document.sentence_at(opener[0])
    start = document.paragraphs[sentence.paragraph].span.start if sentence is not None else 0
    named = [cue.group() for cue in t.names_before.finditer(text, start, opener[0])]
    return bool(named) and not (_names(named[-1], t.titles) & _names(after.group(), t.titles))


def _names(cue: str, titles: frozenset[str]) -> set[str]:
    """The capitalised words of a speech cue other than titles (Sen., Mayor)."""
    words = (word.rstrip(".") for word in _CAPITALISED.findall(cue))
    return {w for w in words if w.lower() not in titles and f"{w.lower()}." not in titles}


def _scan(marks: list[_Mark], stack: list[_Mark], skip: int, pairs: list[_Pair]) -> list[_Mark]:
    """Pair one paragraph's marks onto ``stack``; returns what is left open."""
    for i, mark in enumerate(marks):
        if i == skip:
            continue
        family, role = mark[2], mark[3]
        depth = _open_depth(stack, family)
        if role == _WEAK and (depth < 0 or _later_closer(marks, i)):
            continue
        if role == _EITHER:
            role = _CLOSE if depth >= 0 else _OPEN
        if role == _OPEN:
            if depth >= 0 and stack[depth][4] == mark[4]:  # “a “b: the first was stray
                del stack[depth:]
            stack.append(mark)
        elif depth >= 0:
            opener = stack[depth]
            parent = stack[depth - 1][0] if depth else None
            del stack[depth:]
            pairs.append((opener[0], opener[1], mark[0], mark[1], parent))
    return stack[:1]


def _open_depth(stack: list[_Mark], family: str) -> int:
    """Stack position of the innermost open quote of ``family``, -1 if none."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][2] == family:
            return depth
    return -1


def _later_closer(marks: list[_Mark], i: int) -> bool:
    """Whether a single closer follows mark ``i`` before the next single opener."""
    for _, _, family, role, _ in marks[i + 1 :]:
        if family == _SINGLE:
            if role == _OPEN:
                return False
            if role == _CLOSE:
                return True
    return False


def _kind(
    document: Document, open_at: int, open_end: int, close_at: int, close_end: int, sentence: int
) -> QuoteKind:
    t = _tables()
    text = document.text
    inner = text[open_end:close_at]
    before = text[max(open_at - _BEFORE_WINDOW, 0) : open_at].rstrip()
    last = before.rstrip(",").split()[-3:]
    if before.endswith(":") or _cue_before(last, t.verbs) or t.cue_after.match(text, close_end):
        return QuoteKind.SPEECH
    if last[-2:] == ["put", "it"]:
        return QuoteKind.SPEECH  # as the mayor put it, "..."
    if before.endswith(",") and inner[:1].isupper() and t.clause_cue.search(before):
        return QuoteKind.SPEECH  # said of the episode, "I ..."; told the agency simply, "We ..."
    if inner.rstrip().endswith(",") and (
        t.cue_after_comma.match(text, close_end)
        or t.cue_after_aside.match(text, close_end)
        or (_ACCORDING_AFTER.match(text, close_end) and _opens(document, open_at, sentence))
    ):
        return QuoteKind.SPEECH  # '"It is dying," according to a union official'
    words = inner.split()
    if _title_case(words):
        return QuoteKind.SCARE
    naming = _naming(last)
    if len(words) > _SHORT and not naming:
        return QuoteKind.SPEECH  # more than a phrase, and not named as one
    # a short quote or a named phrase is speech only by what it says or where it stands
    if (
        len(words) > 1
        and not naming
        and _FIRST_PERSON.search(inner)
        and not _modifier(text, before, close_end)
    ):
        return QuoteKind.SPEECH  # called it "our greatest achievement"
    if "?" in inner or "!" in inner or _SEVERAL_SENTENCES.search(inner):
        return QuoteKind.SPEECH
    if document.sentences and _whole_sentence(document, open_at, close_end, sentence):
        return QuoteKind.SPEECH
    return QuoteKind.SCARE


def _modifier(text: str, before: str, close_end: int) -> bool:
    """A quote between a determiner and a noun names a stance, not words
    said: the "me first" attitude, a "my body, my choice" chant."""
    return bool(_DETERMINER.search(before) and _NOUN_AFTER.match(text, close_end))


def _cue_before(last: list[str], verbs: frozenset[str]) -> bool:
    """said "...", told reporters "...", told the court "..."."""
    if not last:
        return False
    if last[-1] in verbs:
        return True
    if len(last) >= 2 and last[-2] in verbs:
        return last[-1] in _HEARERS
    return len(last) == 3 and last[0] in verbs and last[1] == "the"


def _naming(last: list[str]) -> bool:
    """so-called "...", known as "...", the phrase "..."."""
    if not last:
        return False
    if last[-1] in _NAMING or last[-2:] == ["known", "as"]:
        return True
    return len(last) >= 2 and last[-2] == "the" and last[-1] in _NAMING_NOUNS


#: After a quote that opens its sentence, its credit: '"It is dying," according to ...'.
_ACCORDING_AFTER = _regex.compile(r"\s+according\s+to\s")


def _opens(document: Document, open_at: int, sentence: int) -> bool:
    """Whether the quote opens its sentence."""
    return bool(document.sentences) and document.sentences[sentence].span.start == open_at


def _whole_sentence(document: Document, open_at: int, close_end: int, sentence: int) -> bool:
    span = document.sentences[sentence].span
    if span.start != open_at:
        return False
    trailing = _TRAILING.match(document.text, close_end, span.end)
    return trailing is not None and trailing.end() >= min(span.end, len(document.text))


def _title_case(words: list[str]) -> bool:
    """A name or title: two words or more, every long word capitalised."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in words)
