"""Attributions: who says (believes, shows, found) what.

One regex scan of the whole text finds the cues (reporting verbs,
"according to", "a belief that", agentless "it is believed"); each cue is
then read in its sentence, in one of a few layouts news style uses:

- source first: ``X said (that) ...``, ``X told reporters: "..."``;
- source after: ``"...," X said.``, ``"...," said X, the ...``, ``..., he said.``;
- source inside: ``"...," Rutte said, "..."`` and ``Allies, he argued, must act``;
- participle: ``..., calling it 'the most dangerous period'`` (the sentence's subject speaks);
- ``according to X, ...`` and ``..., according to X``.

A speech quote no cue claims continues the direct quote just before it
(the next sentence or paragraph, with no cue of its own), so it joins that
attribution; a scare quote inside a sourced content ('called it a "witch
hunt"') is credited to it too, keeping its kind.  Sources are then
classified (:mod:`.sources`) and resolved to speakers in document order
(:mod:`.speakers`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from mediacheck.analysis import _regex
from mediacheck.analysis._interviews import interview_answers
from mediacheck.analysis.credits import credit_lines
from mediacheck.analysis.lexicon import Lexicon, entries, per_lexicon, trie_pattern, word_set, words
from mediacheck.analysis.mentions import MEDIA, name_after, subject_before
from mediacheck.analysis.pointers import pointed_back
from mediacheck.analysis.sources import (
    ONE_OF_GROUP,
    PERSON_ASIDE,
    PRONOUNS,
    body_name,
    classify,
    head_of,
    person_name,
    person_plural,
    person_singular,
)
from mediacheck.analysis.speakers import Speakers
from mediacheck.model import (
    Attribution,
    Document,
    Quote,
    Sentence,
    SourceKind,
    Span,
    new_attribution,
)

__all__ = ["find_attributions"]


def _verbs(lexicon: Lexicon) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    flags: dict[str, frozenset[str]] = {}
    base: dict[str, str] = {}
    for line in entries("cue_verbs.txt", lexicon):
        words, _, flag = line.partition("|")
        forms = [form.replace("_", " ") for form in words.split()]
        first = forms[0].strip("()")
        for form in forms:
            if form.startswith("("):
                continue  # a form named but not read as a cue: "(emails)", mostly a noun
            base[form] = first
            flags[form] = frozenset(flag.split())
    return flags, base


def _nouns(lexicon: Lexicon, flag: str) -> list[str]:
    return [
        form
        for line in entries("cue_nouns.txt", lexicon)
        if not flag or line.endswith(flag)
        for form in line.partition("|")[0].split()
    ]


#: A figure right after the cue is its object: "the index added 3 percent".
_FIGURE = _regex.compile(r"\s+(?:[$£€]|\d|(?:about|nearly|some|over|almost|more\s+than)\s+[$£€\d])")
#: "called it a disgrace", "called the deal “a betrayal”": naming, not phoning or summoning.
_NAMING = _regex.compile(
    r"\s+(?:[a-z]+ly\s+|again\s+|also\s+)?"
    r"(?:(?:it|him|her|them|this|that|himself|herself|themselves)\s"
    r"|[^.;:!?]{0,200}?(?:[“\"‘]|(?<![\w’'])'(?=\w))"
    r"|(?:(?:the|his|her|their)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?\s+(?:a|an|the|one)\s|for\s|on\s)"
)
_NAMED_BEFORE = _regex.compile(r"\b(?:which|what|whom)\s+\Z")
#: 'calling into doubt his credentials': a naming verb's idiom that still doubts aloud.
_INTO_DOUBT = _regex.compile(r"\s+into\s+(?:doubt|question)\b")
#: A quotation in double marks, or in single ones that open a word and close one (an
#: apostrophe inside a word, "we’ve", does not close it; "the Joneses' 'best'" opens at
#: 'best', and "rock 'n' roll" holds too short a word to be named).
_QUOTED = (
    r"(?:“[^“”\n]{1,150}”|\"[^\"\n]{1,150}\""
    r"|(?<![\w’'])‘(?=\S)(?:[^‘’\n]|’(?=[a-z])){2,150}’(?![\w’'])"
    r"|(?<![\w’'])'(?=\S)(?:[^'\n]|'(?=[a-z])){2,150}'(?![\w’']))"
)
#: 'called him "reckless" and "unfit"', 'rated both claims "True"': the name a naming verb
#: gives, to the close of its quote and of the quotes joined to it (no comma before it).
_NAME_QUOTE = _regex.compile(
    rf"[^.,;:!?“”\"\n]{{0,120}}?{_QUOTED}(?:,?\s+(?:and|or)\s+(?:(?:a|an|the)\s+)?{_QUOTED})*"
)
#: A naming participle with the name right after it: 'dubbed "Harbor First"', 'labeled as
#: a "witch hunt"' (the thing named stands before it; 'called it "..."' names an object).
_NAME_NEXT = _regex.compile(r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?:[“\"]|[‘'](?=\w))")
#: A comma or dash before a participle: ', dubbed', ' -- often labeled'.
_BREAK_BEFORE = _regex.compile(
    r"(?:[,(—–]|\s-|--)\s*(?:(?:[a-z]+ly|often|also|once|since|later|sometimes)\s+)?\Z"
)
#: A common noun phrase, the thing named by a participle after it: 'a group called "..."'.
_COMMON_NOUN_PHRASE = _regex.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]*"
)
#: The agent of a passive naming verb after the name: '... "Hillblazers" by the campaign'.
_BY_AGENT = _regex.compile(
    r"\s*,?\s+by\s+(?P<agent>(?:the|some|many|most|his|her|their|its)\s+(?:[\w’'.&-]+\s+){0,3}?"
    r"[\w’'.&-]*\w|(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*\w|[a-z]+s)"
    r"(?=\s*(?:[,;:.!?)—–]|--|\s-\s|$)|\s+(?:on|in|at|during|who|when|after|before|while|for)\b)"
)
#: A ballot's tally after the verb: "by a wide margin", "by 52 to 48", "in a referendum".
_TALLY = _regex.compile(
    r"[^.;:!?“”\"]{0,80}?\b(?:by\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:margin|majority|vote)\b"
    r"|by\s+[\d,]+(?:\s*(?:-|to)\s*\d|\s+(?:votes|percent|points))|in\s+a\s+(?:[\w-]+\s+)?(?:referendum|vote|ballot)\b|at\s+the\s+polls\b)"
)
#: "she showed that", "rejected the claim", "showed how": a clause or a claim after the verb.
_CLAUSE_AFTER = _regex.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:(?:that|how|why|what|whether)\b|,?\s*[:“\"‘]"
    r"|(?:(?:the|a|an|any|all|his|her|their|its)\s+)?(?:[a-z]+\s+)?(?:"
    + trie_pattern(word_set("claim_nouns.txt") | words("idea notion suggestion suggestions"))
    + r")\b"
    r"|[^.,;:!?“”\"]{0,60}?\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
    r"|must|should|did|does|do)\b)"
)
#: "sees the vote as a test", "saw that the vote was lost": the belief reading.
_AS_OR_THAT = _regex.compile(r"\s+(?:that\b|[^.;:!?]{1,80}?\s+as\s)")
#: 'introduced her as "my oldest friend"': the words given after "as" are a quote.
_AS_QUOTE = _regex.compile(r"[^.;:!?“”\"]{1,80}?\s+as\s+(?:[“\"‘]|'')")
#: 'defended his manager as a "very decent man" Tuesday, hours after ...': the words
#: given after "as" end what was said when a time or a subordinate clause follows them.
_AS_QUOTE_THEN_WHEN = _regex.compile(
    r"[^.;:!?“”\"]{1,80}?(?<!\swell)(?<!\ssuch)\s+as\s+(?:(?:a|an|the)\s+)?"
    r"(?:“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\")(?=,?\s+(?:on|in|at|during|last|this|early|late|hours|days|after|before|when|while"
    r"|because|since|as|but|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
#: Where the belief is held, between the noun and its "that": 'a belief within NATO',
#: 'a sense among traders', 'a conviction in Western capitals' (two words at most).
#: Hearsay that surfaced before its content: "after reports emerged of ...", "Rumours
#: circulated that ...": the content follows the verb's "of" or "that".
_SURFACED = _regex.compile(r"\s+(?:emerged|surfaced|circulated|swirled)\s+(?:of|that)\s")

_NOUN_PP = (
    r"(?:\s+(?:within|among|in|inside|across)\s+(?:the\s+)?"
    r"(?:(?!that\b|which\b)[A-Za-z][\w.’'-]*\s+)?(?!that\b|which\b)[A-Za-z][\w.’'-]*)?"
)


def _by_letter(words: list[str], after: str = "") -> list[tuple[str, str]]:
    """``words`` as (first letter, prefix tree of the rest) alternatives."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return [(letter, f"(?:{trie_pattern(rest)}){after}") for letter, rest in rests.items()]


def _cue_pattern(kinds: dict[str, list[tuple[str, str]]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One branch per first letter holding that letter's alternatives of every kind,
    in order, each kind closed by an empty group naming it; and group name -> kind.

    Python's regex engine tries alternatives one by one at every word: sharing
    out the first letter spares a word the cues that cannot begin with it (the
    scan costs 40% less than four whole alternations)."""
    branches: dict[str, dict[str, list[str]]] = {}
    for kind, alternatives in kinds.items():
        for letters, rest in alternatives:
            for letter in letters:
                branches.setdefault(letter, {}).setdefault(kind, []).append(rest)
    names: dict[str, str] = {}
    parts = []
    for letter, by_kind in sorted(branches.items()):
        inner = []
        for kind, rests in by_kind.items():
            name = f"{kind}_{len(names)}"
            names[name] = kind
            inner.append(f"(?:{'|'.join(rests)})(?P<{name}>)")
        parts.append(re.escape(letter) + f"(?:{'|'.join(inner)})")
    first = re.escape("".join(sorted(branches)))
    return _regex.compile(rf"\b(?=[{first}])(?:{'|'.join(parts)})(?![\w’'-])"), names


_AGENTLESS = (
    r"t\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|also\s+)?"
    r"(?:reported|believed|said|claimed|alleged|thought|understood|rumou?red|feared"
    r"|known|expected|estimated|hoped|assumed|predicted|anticipated|suspected"
    r"|announced|argued|suggested|speculated|forecast)"
    # "that", or a named subject and its verb with "that" left out ("It is
    # understood Lens wanted the money up front")
    r"(?=\s+that\b|\s+(?:[A-Z][\w’'-]*\s+){1,3}[a-z]+\s)"
)


@attrs.frozen(eq=False)
class _Tables:
    """What reading attributions takes from the lexicon."""

    #: Cue verb form -> its flags ("object", "figure", "as") and its base form.
    flags: dict[str, frozenset[str]]
    base: dict[str, str]
    takes_object: dict[str, bool]
    #: Every cue, and the kind each named group of ``cue`` marks.
    cue: re.Pattern[str]
    #: A cue's participle opening a sentence, capitalised: matched at sentence starts only
    #: (a capital branch in ``cue`` would try every capitalised word of the text).
    opening: re.Pattern[str]
    #: A cue noun opening a sentence before "that", capitalised: "Reports that ... were
    #: denied" (matched at sentence starts only, as ``opening`` is).
    opening_noun: re.Pattern[str]
    cue_kinds: dict[str, str]
    claim_nouns: frozenset[str]
    #: Cue nouns that report only with an owner before them: "Comey's conclusion that".
    owned_only: frozenset[str]
    owned_before: re.Pattern[str]
    noun_after: re.Pattern[str]
    owned_words: re.Pattern[str]
    role_heads: frozenset[str]
    relations: frozenset[str]
    clause_head: re.Pattern[str]
    #: Heads of a person by title or of a body, whose noun before a cue that is both
    #: noun and verb makes it the verb ("the company fears"), as a person noun does.
    subject_heads: frozenset[str]


def _build(lexicon: Lexicon) -> _Tables:
    flags, base = _verbs(lexicon)
    cue, cue_kinds = _cue_pattern(
        {
            "agentless": [("Ii", _AGENTLESS)],
            # "The minister reportedly plans to resign": hearsay credited to no one
            # "She was, by most accounts, the finest organist": hearsay no one gives
            "hearsay": [("Rr", r"eportedly"), ("Bb", r"y\s+(?:most|all|many)\s+accounts")],
            "according": [("Aa", r"ccording\s+to"), ("Ii", r"n\s+(?:the\s+)?(?:words|view)\s+of")],
            "noun": _by_letter(_nouns(lexicon, ""), rf"{_NOUN_PP}(?=\s+that\s)")
            + _by_letter(_nouns(lexicon, "| of"), rf"{_NOUN_PP}(?=\s+of\s)")
            + _by_letter(_nouns(lexicon, "| of"), rf"(?={_SURFACED.pattern})"),
            "verb": _by_letter(list(base)),
        }
    )
    claim_nouns = word_set("claim_nouns.txt", lexicon)
    claim_noun = trie_pattern(claim_nouns)
    owned_only = frozenset(_nouns(lexicon, "| owned"))
    role_heads = word_set("titles.txt", lexicon) | _ROLE_WORDS
    heads = word_set("sources_documents.txt", lexicon) | word_set("sources_vague.txt", lexicon)
    return _Tables(
        flags=flags,
        base=base,
        takes_object={form: "object" in marks for form, marks in flags.items()},
        cue=cue,
        opening=_regex.compile(
            trie_pattern(form.capitalize() for form in base if form.endswith("ing"))
            + r"(?![\w’'-])"
        ),
        opening_noun=_regex.compile(
            trie_pattern(
                form.capitalize()
                for form in _nouns(lexicon, "")
                # "Warning that ...," opens a participle clause, read by ``opening``
                if form not in owned_only and not (form.endswith("ing") and form in base)
            )
            + rf"(?:{_NOUN_PP}(?=\s+that\s)|(?={_SURFACED.pattern}))"
        ),
        cue_kinds=cue_kinds,
        claim_nouns=claim_nouns,
        owned_only=owned_only,
        owned_before=_regex.compile(
            rf"{_OWNER_WORD}(?:\s+[\w-]+){{0,2}}?\s+(?P<noun>{claim_noun})"
            r"(?:\s+(?:of|for|that|to|about))?,?\s*\Z"
        ),
        noun_after=_regex.compile(rf"\s+(?P<noun>{claim_noun})\b"),
        owned_words=_regex.compile(rf"{_OWNED_WORDS_BEFORE}(?:{claim_noun})"),
        role_heads=role_heads,
        relations=role_heads | _RELATION_WORDS,
        clause_head=_regex.compile(_CLAUSE_HEAD_BEFORE + trie_pattern(heads) + _CLAUSE_HEAD_AFTER),
        subject_heads=role_heads | word_set("sources_organizations.txt", lexicon),
    )


#: Verbs that take their speaker after them: '"...," said X' (not '..., referring to X').
_INVERTING = words(
    """say add write ask tell continue explain note recall reply respond declare insist argue warn
    acknowledge admit conclude observe quip joke remark counter retort concede state tweet report
    announce claim suggest confirm predict promise agree complain shout repeat reiterate wonder
    boast lament caution speculate stress emphasize testify allege maintain contend assert deny
    advise exclaim fume shout yell scream muse scoff snap gush marvel sigh remember react whisper
    mutter chant predict recount concede elaborate snipe grumble gripe plead scold"""
)
#: Verbs of saying that take no object: '..., said Ann Lee, a board member.' names the
#: speaker ('..., told the Times' its listener, '..., recalling the meeting' what was said).
_SAID = words("say says said add adds added write writes wrote")
#: The owner of a claim noun: "Exxon's", "Bernie Sanders’", "his" right before it.
_OWNER = _regex.compile(
    r"(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|’|')"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur))(?:\s+[a-z]+){0,2}\s+\Z"
)
#: 'his call for "', 'Lee's repeated promise that, "': an owner's words before their quote.
_OWNER_WORD = (
    r"(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|’|')|\b(?:[Hh]is|[Hh]er|[Tt]heir))"
)
#: 'Lee's "..." promise': the owner right before the quote, the noun right after.
_OWNER_ONLY = _regex.compile(rf"{_OWNER_WORD}\s+\Z")
#: A habit of speech before the cue: "X likes to say", "X used to say", "X is fond of saying".
_HABIT = _regex.compile(
    r"\b(?:likes|liked|loves|loved|used|(?:is|was|are|were)\s+fond\s+of)\s+(?:to\s+)?\Z"
)
#: The words a ``_HABIT`` ends with: a test of the word before the cue spares most cues
#: the search (which tries every position of its window).
_HABIT_ENDS = ("likes", "liked", "loves", "loved", "used", "of", "to")
#: "As X put it, ...": "put it" reports speech only in this aside ...
_AS_BEFORE = _regex.compile(r"\b[Aa]s\s+\Z")
#: ... or before the words it introduces: 'The mayor put it bluntly: "..."', 'put it
#: this way: "..."'.
_PUT_IT_INTRO = _regex.compile(
    r"(?:\s+(?:more\s+|most\s+)?\w+ly|\s+(?:this|another|that)\s+way|\s+like\s+this)?"
    r"\s*:\s*[“\"‘]"
)
#: A dash opening an aside a few words before its subject ("— ", "— as columnist "), and
#: the dash closing it ("— and Lee believes — that ..." shares what follows the aside).
_DASH_OPENING = _regex.compile(
    r"(?:\s[—–]|\s--)\s+(?:as\s+)?(?:(?!and\s|or\s|but\s)[a-z]+\s+){0,2}\Z"
)
_DASH_CLOSING = _regex.compile(r"\s(?:[—–]|--)\s")
#: The rest of an "As X pointed out in May," aside up to the quote it introduces.
_AS_ASIDE_QUOTE = _regex.compile(
    r"(?:\s+(?:in|on|last|this|earlier|at)\b[^,.;:“”\"]{0,40})?,\s*(?=[“\"‘]|'')"
)
#: "As " opening the sentence, with an owner before the source: "As the Times' ".
_AS_OPENING = _regex.compile(
    r"As\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*(?:’s|'s|’|')\s+)?"
)
#: A comma inside the closing quote of a title: 'author of "Rules,"'.
_COMMA_IN_QUOTE = _regex.compile(r",(?:”|\"|''|’)\s*\Z")
_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
#: A mention ending in a preposition or a figure is no subject: the cue after it is a noun.
_PREPOSITIONS_BEFORE = words("of in for with on at from about")
#: A name with a number is still a subject: "ABC 7 reports", "Channel 4 says" (not "Sept. 11").
_NUMBERED_NAME = _regex.compile(
    r"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][\w-]*\s+\d+$"
)
_BE = _regex.compile(r"\b(?:is|are|was|were|be|been|am|’s|'s)\b")
_COORDINATED = _regex.compile(
    r"\s(?:and|but)\s+(?:(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{trie_pattern(MEDIA)})\s+)?"  # "and in a statement credited"
    r"(?:(?:also|then|later|again|has|have|had|would|will|did|never)\s+){0,2}\Z"
    r"|(?<=,[”\"’])(?P<series>)\s+\Z"  # 'supports "modest raises," opposes "any freeze"'
)
#: Role nouns that, after "the", point back at a person named before ("the senator").
_ROLE_WORDS = words(
    """official lawmaker legislator politician candidate executive spokesman spokeswoman
    aide adviser advisor strategist congressman congresswoman economist analyst activist"""
)
#: An owner pronoun as a source ("his claims that ...") refers as its pronoun does.
_OWNER_GENDER = {"his": "m", "her": "f", "its": "n", "their": "p", "our": "p"}
#: A source that is someone's words ("Rutte’s comments suggest", "his remarks show"):
#: the owner speaks through them.
_OWNED_WORDS_BEFORE = (
    r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:’s|'s|’|')|(?P<pronoun>[Hh]is|[Hh]er))"
    r"\s+(?:[a-z][\w-]*\s+){0,2}"
)
#: After "argue": only how long or over what ("for hours", "over the budget", "with the
#: referee"), no claim.
_DISPUTE_ONLY = _regex.compile(
    r"\s+(?:(?:for|over)\s+(?:(?:about|nearly|almost|more\s+than|less\s+than|over|some|several"
    r"|many|a\s+few|an?|the\s+(?:past|last|better\s+part\s+of))\s+)*(?:[\w-]+\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b"
    r"|(?:over|about|with|at\s+length|back\s+and\s+forth|late\s+into|all\s+(?:day|night))\b)"
)
#: A preposition right after a phrasal cue's own ("referred to on ...", "talked about in
#: ...", "referred to online as"): the cue's object stands before it.
_STRANDED = _regex.compile(
    r"\s+(?:(?:online|widely|locally|publicly|privately|repeatedly|often|frequently"
    r"|colloquially|internally|affectionately|jokingly)\s+)?"
    r"(?:on|in|at|as|during|from|with|throughout)\s"
)
#: A that-clause, a colon or a quote in the same clause: what was argued.
_CLAIM_AHEAD_PATTERN = r"[^,;:.!?“\"‘]*(?:\bthat\b|[:“\"‘]|'')"
_CLAIM_AHEAD = _regex.compile(_CLAIM_AHEAD_PATTERN)
#: A noun phrase a preposition governs, right before a cue: no subject, so a participle
#: after it describes it ("in a video posted on Monday", "on a list added in May").
_PREPOSITION_OBJECT = _regex.compile(
    r"\b(?:in|on|of|from|with|via|through|at|for|under)\s+(?:a|an|the|this|that|its|his|her"
    r"|their|one)\s+(?:(?!(?:a|an|the)\s)[\w’'-]+\s+)?[\w’'-]+\s+$"
)
#: The same subject's next predicate right after a passive cue: "a recount was
#: requested and is expected to resume on Saturday" says what happens to it.
_NEXT_PREDICATE = _regex.compile(
    r",?\s+(?:and|but)\s+(?:is|are|was|were|will|would|has|have|had|could|can|may|might"
    r"|must|should)\b"
)
#: A passive "be" before "described": 'has been described', 'is often described', and
#: 'what' before it when the thing described is no subject of its own.
_DESCRIBED_AUX = _regex.compile(
    r"(?P<what>\bwhat\s+)?(?P<aux>\b(?:(?:has|have|had)\s+been|is|are|was|were|being)\s+"
    r"(?:[a-z]+ly\s+|often\s+|also\s+)?)\Z"
)
_AS_NEXT = _regex.compile(r"\s+as\b")
_CLAUSE_STOP = _regex.compile(r"[,;:.!?]")
_BY_WORD = _regex.compile(r"\sby\s")
#: A time right after a cue: "the result was declared at 2.15am on Friday".
_WHEN_AHEAD = _regex.compile(
    r"\s+(?:at\s+(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b|noon\b|midnight\b)"
    r"|on\s+(?:[A-Z][a-z]{2}|\d)|shortly\b|early\b|late\b)"
)
#: A quote opening right after the cue, past a comma or colon.
_QUOTE_NEXT_PATTERN = r"\s*[,:]?\s*(?:[“\"‘]|'')"
#: What a reader reads out: a quote, or words "from" a text ("read from prepared remarks").
_QUOTED_NEXT = _regex.compile(_QUOTE_NEXT_PATTERN + r"|\s+(?:aloud\s+)?from\s")
#: An object after "read" (not "that": "the label reads that ..." is a claim).
_READ_OBJECT = _regex.compile(r"\s+(?:the|a|an|his|her|their|its|our|my|this|these|those)\s")
#: A day named from now, adverbs and auxiliaries between an aside's closing comma and its
#: verb: 'The firm, a cooperative, today said', 'Democrats, along with union leaders, also
#: wrote' (not '-ly' adverbs: 'his itches, generally focused on' is no clause's verb).
_AFTER_ASIDE = _regex.compile(
    r"(?<=,)(?:\s+(?:today|yesterday|tonight|also|later|has|have|had|will|would|did|does|do))+$"
)
#: A ranked noun, then "ever" or "yet" right before a participle that describes it: "the
#: largest fine ever imposed", "the first plan yet proposed".
_RANKED_EVER = _regex.compile(
    r"\b(?:most|least|first|only|last|[a-z]+est)\s[^,;:.!?]*\b(?:ever|yet)\s+\Z"
)
_RANKED_EVER_ENDS = ("ever", "yet")
_FINITE = r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|must)\b"
#: A finite verb right after a cue word makes the word a noun: "demand is", "calls were".
_FINITE_AFTER = _regex.compile(_FINITE)
#: A past verb after a cue word, then a preposition, an adverb or the clause's end: "Oil
#: demand fell in March", "demand rose sharply". An -ed word before a noun stays an
#: adjective ("Staff demand improved pay").
_PAST_AFTER = _regex.compile(
    r"\s+(?:[a-z]+ed|"
    + trie_pattern(word_set("past_irregular.txt"))
    + r")(?=\s*[,.;:!?]|\s+(?:in|on|at|to|by|for|from|after|as|amid|while|since|over|again"
    r"|[a-z]+ly)\b)"
)
#: The same with a verb in -s ("AI demand surges as ..."): after a plural noun or a name
#: an -s word is an object as often ("Police demand answers from ..."), so it counts only
#: after an acronym, which takes a verb in -s of its own.
_PRESENT_AFTER = _regex.compile(
    r"\s+[a-z]+s(?=\s*[,.;:!?]|\s+(?:in|on|at|to|by|for|from|after|as|amid|while|since|over"
    r"|again|[a-z]+ly)\b)"
)
_ACRONYM = _regex.compile(r"[A-Z]{2,5}")
#: Words before a base form that keep it a verb: "will demand", "to claim", "did argue".
_VERB_BEFORE_BASE = words("to will would can could may might must should shall did do not never")
#: "back" as a particle or adverb: "back down", "went back to", "is back in", "bring jobs back,".
_PARTICLE_AFTER = _regex.compile(
    r"\s*(?:[,.;:!?)]|$|(?:in|into|to|at|on|down|off|up|away|out|from|under|over|and|then"
    r"|nearly|more|toward|towards)\b)"
)
_MOTION_BEFORE = _regex.compile(
    r"\b(?:is|are|was|were|be|been|being|’s|'s|go|goes|went|gone|going|come|comes|came|coming"
    r"|pull|pulls|pulled|jump|jumps|jumped|pivot|pivots|pivoted|roll|rolls|step|steps|stepped"
    r"|get|gets|got|bring|brings|brought|fight|fights|fought|fire|fires|fired|push|pushes"
    r"|pushed|turn|turns|turned|look|looks|looked|date|dates|dated|way"
    # holding or winning back: "didn't hold back", "held back tears", "won back voters"
    r"|hold|holds|held|holding|win|wins|won|winning|claw|claws|clawed|scale|scales|scaled"
    r"|cut|cuts|pare|pared|give|gives|gave|given|hand|hands|handed|pay|pays|paid|sit|sits|sat"
    r"|stand|stands|stood|fall|falls|fell|fallen|head|heads|headed|call|calls|called)"
    r"\s+(?:[a-z]+ly\s+)?\Z"
)
_UP_AFTER = _regex.compile(r"\s+(?:up|off)\b")
#: After "appeared", where someone or something appeared ("on CNN", "in a video",
#: "before the committee"), which says nothing of how things appear.
_WHERE_AFTER = _regex.compile(
    r"\s+(?:on|in|at|before|with|alongside|beside|inside|outside|onstage|during|together)\b"
)
_WITH_AFTER = _regex.compile(r"\s+with\b")
#: "went on" followed by a word other than "to" or "that" goes somewhere or does
#: something ("go on sale", "went on strike", "went on holiday", "goes on trial"),
#: not on talking ("went on to say", "went on: ...", '"...," he went on').
_GOES_ON_ELSEWHERE = _regex.compile(r"\s+(?!to\b|that\b)[a-z]")
#: "agreed terms", "agreed a £20m fee": the deal agreed is its object, no claim
#: ("agreed that ...", "agreed to ...", "agreed the plan was sound" report).
_AGREES_A_DEAL = _regex.compile(
    r"\s+(?:terms|(?:a|an)\s+(?:[\w£$€.,-]+\s+){0,2}?(?:deal|fee|contract|price"
    r"|settlement|transfer|loan|compromise|truce|ceasefire|package|sale|merger))\b"
)
_OF_AFTER = _regex.compile(r"\s+of\b")
#: "is expected to cost": a passive cue with an infinitive after it.
_TO_AFTER = _regex.compile(r"\s+to\s+[a-z]")
#: "was considered by the board": a passive cue with its agent after it.
_BY_AFTER = _regex.compile(r"\s+(?:[a-z]+ly\s+)?by\b")
#: Verbs whose passive subject is the listener ("Workers were told"): no source of its own
#: unless what they were told follows ("were told that", "were told to", "informed of", a
#: quote, a clause: "were assured the depot was safe"), or who told them ("by the mayor").
_TOLD = words("tell inform assure reassure advise notify brief warn")
_TOLD_WHAT = _regex.compile(
    rf"{_CLAIM_AHEAD_PATTERN}|{_QUOTE_NEXT_PATTERN}|\s+(?:[a-z]+ly\s+)?(?:by|to|of)\b"
    rf"|(?:\s+[^\s,;:.!?]+){{0,5}}?{_FINITE}"
)
_AGENTLESS_PASSIVE = words(
    """expect estimate predict project forecast anticipate say believe report think rumor rumour
    allege understand know consider claim fear"""
)
#: A definite mention that points back at the document cited last: its authors, or
#: the paper itself ('A study in The Lancet found ... The most common side effect,
#: the paper says, ...': the study's write-up, no newspaper).
_AUTHORS = frozenset(
    (
        "the paper",
        "the researchers",
        "the authors",
        "the scientists",
        "the study’s authors",
        "the study's authors",
    )
)
_CAPITAL_TRADE = _regex.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians)")
_INSIDE_PHRASE = _regex.compile(
    r"\b(?:in|by|from|of|at|on)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w’'-]*\s+)?\Z"
)
_CLAUSE_HEAD_BEFORE = (
    r"(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Mm]ost|[Mm]any|[Ss]ome|[Ss]everal)\s+)?(?:[a-z][\w’'-]*\s+){0,2}"
    r"(?:"
)
_CLAUSE_HEAD_AFTER = r")\s+(?:[a-z]+ed|by|in|from|of)\s"
_DATE = _regex.compile(
    r"May\s+\d{1,2}|(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February"
    r"|March|April|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:,\s*\d{4})?)?"
)
#: The letters a ``_DATE`` opens with: a test of one character spares most subjects the regex.
_MONTH_INITIALS = "ADFJMNOS"
#: A relative clause with its own verb ending at a cue's subject: 'who has seen [the minutes]',
#: 'who asked not to be named because she was not authorised to speak for [the district]'
#: (a comma ends the clause; a name inside it is the clause's: 'who ran three Boston
#: Marathons before her knee gave out').
_WHO_CLAUSE = _regex.compile(r"(?<=\s)who\s+(?:[\w’'-]+\s+){1,16}\Z")
#: The last word of a relative clause before its head's cue: a noun, not a word that makes
#: the cue the clause's own verb (an infinitive, a coordinate, an auxiliary) or a noun.
_CLAUSE_END_NOUN = _regex.compile(
    r"(?<![\w’'-])(?!(?:to|and|or|but|nor|a|an|the|is|are|was|were|be|been|being|has|have|had"
    r"|not|also|who|that|it|this|these|those|his|her|its|their|our|my|your)\s)[a-z’'\d][\w’'-]*"
    r"\s+\Z"
)
#: People named by their relation to someone: "her publisher says", "his lawyer said".
_RELATION_WORDS = words(
    """publisher editor agent lawyer attorney doctor manager coach teacher wife husband partner son
    daughter mother father brother sister parents family friend colleague boss campaign office
    team staff"""
)
#: A noun naming a kind of person by what they do: "the nurse", "two researchers".
_PERSON_NOUN = _regex.compile(r"[a-z]+(?:er|or|ist|ian|ant|ent|ee|eer|ive|se|ic)s?")
_PEOPLE = words(
    """man men woman women person persons boy boys girl girls child children kid kids guy guys
    expert experts chef chefs coach coaches cop cops pilot pilots aide aides neighbor neighbors
    resident residents witness witnesses victim victims patient patients"""
)
#: A preposition right before a mention: the mention is its object, no subject.
_IN_PHRASE = _regex.compile(
    r"\b(?:in|at|on|from|of|near|outside|inside|to|for|with|by|during|across|around|into)\s+\Z"
)
_PREPOSITION_INSIDE = _regex.compile(r"\s(?:of|for|by|from|in|at|on|with|to)\s")
_ADJECTIVE_END = _regex.compile(r"[a-z](?:ous|ive|al|ful|ic|able|ible|ary)$")
#: Verbs whose past tense is their base form: "the editorial read", "the memo put it".
_PAST_LIKE_BASE = words("read put") | {"put it"}
_RELATIVES = words("who which that whom")
_SINGULAR = words("a an this that each every another one no")
_DETERMINER_STARTS = words("the a an this that most his her their its our")
#: Cue verbs with no noun of the same form: after "the charity's board" or
#: "Friends of the mayor's wife" they are the verb, not a compound's last noun
#: ("the utility's annual report").
_NEVER_NOUNS = words("say tell argue insist contend allege acknowledge admit deny explain")
_COLLECTIVE = words("people police men women children staff public media crowd youth clergy data")
_POSSESSIVE_DETERMINERS = words("his her their its our my your")
_PLURAL = words("these those many some several both all few two three")
_IRREGULAR_PAST = (
    "began|went|made|took|gave|spoke|wrote|sent|kept|held|left|came|got|ran|stood|told"
)
_LEADING = _regex.compile(
    # "It's a big if, but Lee was ...": read after a comma, the clause's "but" is lower-case
    r"(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+(?:then\s+)?)?"
    rf"(?P<subject>(?:[Tt]he|(?:[Aa]bout|[Ss]ome|[Nn]early|[Mm]ore\s+than)\s+\d[\d,]*)"
    rf"\s+(?:[\w’'-]+\s+){{0,2}}[a-z][\w’'-]*"
    rf"(?=\s+(?:(?:has|have|had|was|is|were|are|[a-z]+ed|{_IRREGULAR_PAST})\b"
    # "The letter continues:" read up to its colon: a present verb ending what is read
    r"|[a-z]+[^s’'\W]s\s*\Z))"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|It|(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)"
    r"(?=\s+[a-z]|,\s+who\s"  # "Lee, who chairs the board, arrived late and admitted that"
    # "Lee, the party's chair, is backing ...", "Lee, for whom Ray once worked, wrote ..."
    r"|,\s+(?:(?:a|an|the|his|her|their)\s|(?:for|with|to|of)\s+whom\s)"
    # "Cole, for whom Mr. Reed once worked, wrote": a courtesy title's stop ends no aside
    r"(?:[^,;:.“”\"]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,80},\s+[a-z])"
)
_AUXILIARY = r"has|have|had|was|is|were|are|will|would|can|could|may|might|must|should|did|does"
#: A past-tense verb after a name or pronoun, then the rest of the clause up to a joint.
_VERB_BEFORE_JOINT = _regex.compile(
    r"(?:\b[A-Z][\w’'-]*|\bhe|\bshe|\bthey)\s+(?:[a-z]+ly\s+)?"
    rf"(?P<verb>[a-z]{{2,}}ed|{_IRREGULAR_PAST})\b[^,;:.!?“”\"]{{0,80}}\Z"
)
#: The comma closing a sentence-opening participle clause, then the main clause's
#: subject and its verb: ', the mayor resigned', ',” Senator Ana Lee walked out'.
_MAIN_CLAUSE = _regex.compile(
    r"(?P<close>,(?:''|[”\"’])?)\s+(?P<subject>he|she|they|we|I"
    r"|(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*"
    r"|(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)\s+(?:[a-z]+ly\s+)?"
    rf"(?P<verb>{_AUXILIARY}|[a-z]+ed|[a-z]+s|said|put|set|cut|{_IRREGULAR_PAST})\b"
)
#: What a participle reports: a clause with its own verb ('Saying he had no regrets',
#: 'Noting that the plan failed'), not a topic ('Recalling that moment', 'Citing a report').
_CLAUSE_IN = _regex.compile(
    rf"\s+(?:that|he|she|they|we|I|it|there)\s+(?:[\w’'-]+\s+){{0,6}}?(?:{_AUXILIARY}|[a-z]+ed)\b"
)
_OPENERS = words(
    """In On At After Before But And Or When While As If Though Although Yet So Then Now The This
    During Also Still Instead Meanwhile Earlier Later Last Since Because Despite Under With Without
    For From Following Asked Like Unlike Even Over Until Once Here There Today Yesterday However
    Indeed Amid Amidst Among Throughout Inside Outside Within Across Against Beyond By Through
    Alongside Beside Besides Toward Towards"""
)
#: Words that open a sentence without being its subject, alone or before a name ('Around
#: the country, ...', 'Just before ...', 'Perhaps the one ...', 'Tuesday on the radio,
#: ...'): prepositions, adverbs and question words that are not openers of a clause.
_NOT_SUBJECTS = words(
    """Around Along Near Upon Into Onto Of To Per Via Except Behind Above Below Beneath
    Between Past Regarding Concerning Just Perhaps Maybe Only Not Never Almost Again Already
    Soon Often Sometimes Rather Thus Hence Therefore Otherwise Nevertheless Nonetheless
    Moreover Furthermore Likewise Together Ahead Elsewhere Whether Unless Whatever How Why
    What Where Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
#: People named by a plural or "police" after a sentence's opening phrase, before a past
#: verb: 'Arriving at the scene, police began ...', 'At the hearing, angry farmers
#: shouted ...'.
_PEOPLE_AFTER_OPENER = _regex.compile(
    r"(?P<subject>(?:[a-z][\w’'-]*\s+){0,2}(?:police|[a-z]+(?:ers|ors|ists|ians|ants|ents|ees)))"
    rf"(?=\s+(?:[a-z]+ly\s+)?(?:has|have|had|were|are|[a-z]+ed|{_IRREGULAR_PAST})\b)"
)
#: 'It’s a big if, but ...', 'That's why ...': a pronoun fused with "is", no subject alone.
_FUSED_IS = _regex.compile(r"(?:It|That|There|Here|What|Let)[’']s")
#: 'Most recently, ...', 'More importantly, ...': a degree word before an adverb.
_DEGREE = words("Most More Less Much Very So Too")
_NEXT_WORD = _regex.compile(r"\s+([a-z]+)\b")
#: 'asked not to be named', 'did not want his name used', 'asked that her name not be
#: used', 'asked that we not print her name', 'declined to give her surname': the cue
#: asks for the name kept back, no claim.
_ANONYMITY = _regex.compile(
    r"\s+(?:(?:us|me|reporters|the\s+[a-z]+)\s+)?(?:not\s+to\s+(?:be\s+(?:named|identified)"
    r"|use\s+(?:his|her|their)\s+(?:full\s+)?names?)|for\s+anonymity"
    r"|(?:that\s+)?(?:his|her|their)\s+(?:full\s+|last\s+)?(?:names?|surnames?|identity)"
    r"\s+(?:(?:not\s+)?be\s+)?(?:used|published|printed|disclosed|revealed|withheld)"
    r"|to\s+(?:give|share|reveal|disclose)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?"
    r"(?:names?|surnames?|identity)"
    r"|that\s+(?:we|I|reporters|the\s+[A-Za-z]+)\s+not\s+(?:use|print|publish|name|identify)"
    r"\s+(?:(?:his|her|their)\s+(?:full\s+|last\s+)?(?:names?|surnames?)|him|her|them))\b"
)
#: 'who spoke on condition of anonymity': in a clause before the cue, speaking on terms, no
#: claim (after a cue the claim may still follow: 'said on condition of anonymity that').
_ANONYMOUS_TERMS = _regex.compile(r"\s+on\s+(?:the\s+)?condition\s+of\s+anonymity")
_ASIDE = _regex.compile(
    r"\s*(?:who|which|the|a|an|his|her|their|its|when|while|as|meanwhile|however|[a-z]+ly|\d+"
    r"|both\s|all\s|each\s"  # "Lee and Ruiz, both Republicans, said"
    r"|(?:for|with|to|of|from|by|under)\s+whom\s"  # "Lee, for whom Ray once worked, said"
    # "Lee, writing in the Observer, said", "The ad, aired Monday, argued" ("critics,
    # including Lee, argue" names part of the group: a source of its own)
    r"|(?!including\s)[a-z]{2,}(?:ing|ed)\s"
    r"|(?:[a-z][a-z-]*\s+){1,5}(?:of|for|at|to|with)\s"
    r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?(?:’s|'s|’|')\s"
    r"|(?:Republican|Democrat|Independent)\s+(?:of|from)\s+[A-Z])"
)
#: An aside a preposition opens: 'Lee, in a statement, said', 'Officials, for instance,
#: noted', 'Six papers, including the Press, said', 'Democrats, along with union leaders,
#: wrote'.  The mention before it must be no preposition's object ('Papers in New Jersey,
#: including the Press,' is not 'New Jersey').
_LED_ASIDE = _regex.compile(
    r"\s*(?:in|on|at|during|for|including|along\s+with|together\s+with|too|though)[\s,]"
)
#: An aside that names part of the group before it: ', including Ana Ruiz,'.
_INCLUDING_NAME = _regex.compile(r"\s*including\s+(?P<name>(?:the\s+)?[A-Z])")
_WORD_AFTER = _regex.compile(r"\s+([a-z]+)")
_WORD = _regex.compile(r"\S+")
_AFTER_PARTICIPLE = words(
    """at in on to with from about before after for the a an his her their its upon into onto
    through across over under around near up down out off back"""
)
#: A name or a short aside between commas: ', Jim Poe,', ', meanwhile,', ', when asked ...,'.
#: A name set off by commas after its noun ('A delegate, Jim Poe, said'), with the words
#: before a title ('his aunt, state Sen. Ann Ward, said', 'former Gov. Ray Ruiz') and a
#: party label after it ('Ann Ward (D-Ohio), said') kept in it.
_NAME_ASIDE = _regex.compile(
    r"\s*(?:(?:state|former|then|retired|acting|deputy|vice|interim|outgoing|incoming)\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+(?:&\s+)?[A-Z][\w.’'-]*)*(?:\s+\([^()\n]{1,30}\))?\s*,"
)
_SUBORDINATORS = words("As While When If After Before Although Though Because Since Until Unless")
#: "rallied supporters by warning that", "quashed rumors by tweeting that"
_PREPOSITION_BEFORE = _regex.compile(
    r"\s(?:by|for|after|while|before|without|when)\s+(?:[a-z]+ly\s+)?\Z"
)
#: "After saying ..., she left": a sentence opening with the step, whose subject follows.
_STEP_OPENING = _regex.compile(r"(?:After|Before|While|Without|When|By)\s+(?:[a-z]+ly\s+)?")
#: The comma (and closing quote) before a main clause.
_CLAUSE_OPENS = _regex.compile(r",[”\"’]?\s+")
#: "issued a statement saying": the message speaks for whoever sent it.
_MESSAGE_BEFORE = _regex.compile(
    r"\s(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|email|letter|release|tweet|message|memo)\s+\Z"
)
#: Before the subject of an absolute participle clause: ", Ryan saying", "and Lee calling".
_ABSOLUTE = _regex.compile(r"(?:[,;—–]|\s-|\s(?:and|with|of))\s*\Z")
#: A verb that shows or records someone before their participle: "has Lee saying".
_DEPICTS = _regex.compile(
    r"\b(?:has|had|have|shows?|showed|shown|heard|hears|caught|catches|features?|featured"
    r"|captured|captures|recorded|records)\s+\Z"
)
_PARTICIPLE_AFTER_COMMA = _regex.compile(
    r"(?:[,;—–][”\"’]?|\s-)\s*(?:and\s+|[a-z]+ing\s+[^,;:.!?“”\"]{1,40}?\s+and\s+)?"
    r"(?:(?:at|in|on)\s+(?:one|a|the|that|this)\s+(?:point|time|moment)\s+|(?:then|also|later|again)\s+)?\Z"
)
#: 'calling it "illogical" and saying ...': a verb of speech after a quote and "and".
_SAYING_AFTER_QUOTE = _regex.compile(r"(?<=\S)[”\"]\s+and\s+\Z")
#: "the candidate, whom he described as 'volatile,' with ...": a relative clause's cue
_CLAUSE_END = _regex.compile(r",[”\"’]?")
_RELATIVE_BEFORE = _regex.compile(r"\b(?:whom|which)\s+\Z")
_QUOTE_OPEN = '“"‘'
_STOP_THEN_CLOSE = frozenset(stop + close for stop in ".!?" for close in "”\"'")
_TRIM = " \t\n\xa0.,;:"
#: A time or a link opening a sentence before its comma ("Two days later,", "Meanwhile,"),
#: which is no content credited to the subject after it; and the words that may go with
#: it ("On", "last", "that").
_WHEN_HEADS = words(
    """today yesterday tonight now then meanwhile lately recently later earlier afterward
    afterwards instead however still ago monday tuesday wednesday thursday friday saturday
    sunday morning afternoon evening night day days week weeks weekend month months year
    years decade decades hour hours spring summer autumn fall winter january february march
    april may june july august september october november december"""
)
_WHEN_WORDS = words(
    "on in at by since until during over after before early late last this next that the a few"
    " two three four five several some one"
)
#: What may follow a postposed cue before the sentence ends: '..., he said on Monday.'
#: A sentence's opening phrase of a preposition and its object, up to the comma before
#: the subject: 'In his speech,', 'Regarding the exchanges with the campaign,'.
_OPENING_PHRASE = _regex.compile(
    r"(?:In|On|At|With|For|From|Under|Despite|Regarding|After|Before|During|Over|Since|Among"
    r"|Across|Throughout|Amid|Following|Beyond|Within|Without|Inside|Outside|Near|Around)"
    r"\s[^,;:“”\"]*"
)
#: A verb in such a phrase makes it a clause, which may be what was said ('At least 82
#: were killed, officials said', 'In all, 181 donors lobbied State, Vox reported').
_VERB_IN_PHRASE = _regex.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|[a-z]{3,}ed)\b"
)
_TAIL = _regex.compile(
    r"\s*(?:[.?!]|$|[,;—–]|\w+ing\b|(?:on|in|at|during|last|this|of|about|after|before|while|when|via|"
    r"over|by|with|for|outside|inside|near|under|as|"
    r"to|from|through|yesterday|today|earlier|later|afterward|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|recently|again|simply|flatly|bluntly)\b)"
)
_NEAR_THAT = _regex.compile(
    r"(?:[^,.;:“”\"]{1,60}?(?:,[^,.;:“”\"]{1,40}?){0,2}),?\s+that\s+(?=[a-z]*\s)"
)
#: A speaker's sentence with nothing more to say: 'Trump said.', 'she said on Monday.',
#: 'he told reporters.'
_BARE_TAIL = _regex.compile(
    r"(?:\s+(?:reporters|journalists|me|us|him|her|them|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?"
    r"(?:,?\s+(?:on|in|at|to|during|last|this|after|before|when|while|as|from|via|yesterday|today"
    r"|earlier|later|recently|again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"[^.!?“”\"]{0,60}|,\s+[a-z]+ing\b[^.!?“”\"]{0,80})?[.!]\s*$"
)
#: A "that" joined to what comes before it: 'said the road was lit, and that ...'.
_JOINED_THAT = _regex.compile(r"\b(?:and|or|but)\s+that\s+$")
#: After "that", a verb that makes it a pronoun: 'but that was not the case'.
_THAT_AS_SUBJECT = _regex.compile(
    r"(?:is|was|are|were|will|would|could|can|has|had|may|might|must|should|does|did)\b"
)


def _second_clause(text: str, start: int, that_end: int) -> bool:
    """Whether the "that" ending at ``that_end`` opens the second of two clauses a cue
    reports ('said the crash happened on the road, in clear weather, and that the van
    was slow'): the content starts at ``start``, not after the aside-like first clause.
    Not when the first holds no verb ('felt deeply about the war, and that ...') or
    "that" is a pronoun ('implied he applied but that was not the case')."""
    joined = _JOINED_THAT.search(text, start, that_end)
    return (
        joined is not None
        and not _THAT_AS_SUBJECT.match(text, that_end)
        and _VERB_IN_PHRASE.search(text, start, joined.start()) is not None
    )


_THAT_AHEAD = _regex.compile(r"\s*that\b")
#: What may stand between a cue and its content: 'said darkly that', 'said on Thursday he'
_THAT = _regex.compile(
    r"\s*(?:[a-z]+ly\s+(?=that\b))?"
    r"(?:(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|yesterday|today|week|month)(?:\s+(?:morning|afternoon|evening|night))?"
    r",?\s+(?=that\b|[a-z]+\s))?"
    r"(?::|,)?\s*(?:that\b)?\s*"
)
_OBJECT = _regex.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|our|reporters|me|us|him|them|you|it|[A-Z][\w’'.-]*)"
    r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|[a-z]+(?:’s|'s)?)){0,5}?)\s*(?=that\b|:|,?\s*[“\"]|to\b)"
)
_BARE_OBJECT = _regex.compile(
    r"\s*(?:reporters|journalists|me|us|him|her|them|you|supporters|voters|lawmakers"
    # who hears evidence or a speech: 'told the jury the knife was wiped'
    r"|jurors|magistrates|councillors|councilors|delegates|residents|viewers|listeners"
    r"|the\s+(?:court|jury|inquest|hearing|tribunal|committee|panel|inquiry|commission"
    r"|meeting|audience|crowd|chamber|assembly|council|board|judge|magistrates)"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?=\s|[.;!?])"
)
_DET_OBJECT = _regex.compile(r"\s+(?:the|a|an)\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*")
_CLOSING_QUOTES = "”\"’'"
#: A single quotation mark that opens: "‘", or "'" or "’" starting a word after a space
#: or a bracket (also an elision such as "'90s", which then counts as one).
_SINGLE_OPENING = _regex.compile(r"‘|(?:^|(?<=[\s(\[—–]))['’](?=\w)")
_QUOTE_IN = _regex.compile(r"[“\"‘]")
#: Words between a closing quote and the subject: '"...," Trump running mate Gov. Mike Pence said',
#: '"...," Ann Lee of the Ross Center for Transit Studies wrote' (a role or an affiliation
#: with no comma of its own belongs to the name; a participle, a relative word or a
#: subordinator opens a clause instead: '"...," telling reporters that he', '"...," citing a
#: case in which a judge', '"...," though she noted', '"...," after the mayor expressed',
#: and so does a subordinator further on: '"...," Lee tweeted after Ruiz argued that').
_AFTER_QUOTE = _regex.compile(
    r"[,?!][”\"’']\s+(?!(?:and|but|or|while|as|because|so|then|when|though|although|after"
    r"|before|since|until|unless|if|once|whereas)\s)"
    r"(?P<words>(?![a-z]+ing\s)(?:(?!(?:that|which|who|whom|whose|where|after|before|when|while"
    r"|because|since|until|unless|although|though|once)\s)[\w.’'-]+\s+){1,10})\Z"
)
#: A name and its affiliation standing before a colon: 'Ann Lee, The Harbor Times: "..."',
#: or its role: 'Jim Holt, author: "..."'.
_LABEL = _regex.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+(?:,\s*(?:(?:[a-z]+\s+){0,3}(?:[A-Z][\w.’'-]*|of|the|and)"
    r"(?:\s+(?:[A-Z][\w.’'-]*|of|the|and))*|(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})))?"
)
#: A person's name, with a role before it, right before a colon: 'her editor, Ann Lowe:',
#: 'pollster Dan Shaw:'.
_NAME_BEFORE_COLON = _regex.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+"
    r"|\b(?:from|of|quotes|quoted|cites|cited|citing)\s+(?:[a-z][\w’'-]*\s+){0,3}"
    r"|\b(?P<role>[a-z]+(?:er|or|ist|ian))\s+)"  # "surprise Republican pollster Dan Shaw:"
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+)\Z"
)
#: A listener's role before a name: "told reporter Ann Lee", "to the newspaper NRC".
_LISTENER = _regex.compile(r"\b(?:to|told|tells|tell|asked|asks|with)\s+(?:\S+\s+){0,3}\Z")
_SURNAME_LABEL = _regex.compile(
    r"(?!(?:Update|Correction|Note|Editor|Photo|Video|Watch|Source|Sources|Read|Related|Clarification"
    r"|Q|A|Question|Answer|Quote|Translation|Transcript|Warning|Example|Caption|Credit|Disclosure)\b)"
    r"[A-Z][a-z’'-]+"
)
_INTRODUCTION = _regex.compile(r"\s*[:,]\s*\Z")
#: A byline after a quoted headline or before an excerpt: ', by Times' Ann Lee' / 'by Ann Lee: '
#: (the author, not the outlet that owns them, is the source).
_BYLINE_NAME = (
    r"(?P<by>by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December"
    r"|Christmas|Thanksgiving|Easter|Election)\b)"
    r"(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:’s|'s|’|')\s+)?"
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[a-z])"
)
_BYLINE_AFTER = _regex.compile(rf"\s*,?\s*{_BYLINE_NAME}\s*[:.\n]")
_BYLINE_BEFORE = _regex.compile(rf"(?:^|[,—–]\s*|\s){_BYLINE_NAME}\s*:\s*\Z", re.MULTILINE)
#: 'made the following comment:', 'had one message:': a message its subject gave, before a colon.
_MESSAGE_BEFORE_COLON = _regex.compile(
    r"\b(?:made|issued|released|gave|offered|posted|sent|had)\s+(?:the\s+following|this|these"
    r"|one|a|an)\s+(?:[a-z]+\s+)?(?:comments?|statements?|messages?|remarks?|responses?"
    r"|answers?|reply|replies|warnings?|tweets?)\s*\Z"
    # 'is rolling out a new and more personal campaign message:', 'has adopted the stance
    # common among ...:', 'offered up this sound bite for which she later apologized:'
    r"|\b(?:roll(?:s|ed|ing)?\s+out|offer(?:s|ed|ing)?\s+up|deliver(?:s|ed|ing)?|adopt(?:s|ed|ing)?"
    r"|took|takes|take|taking|struck|strikes|strike|striking)\s+(?:the|this|a|an|one|his|her|their|its)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:message|stance|position|line|tone|sound\s+bite|slogan|pitch|theme)"
    r"\b[^:;.!?“”\"]{0,60}\Z"
)
#: 'has used the phrase "...", 'ran on the slogan "..."', 'who used the alias "...": the
#: words someone used, named for what they are, before the quote that gives them.
_USED_WORDS = _regex.compile(
    r"\b(?:use|uses|used|coin|coins|coined|ran\s+on|run\s+on|runs\s+on)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>phrase|words?|term"
    r"|slogan|alias|name|nickname|motto|catchphrase|expression)\s*,?\s*\Z"
)
#: A quote closing with its comma before a new clause: 'chanting "No Hill," raising ...',
#: 'are "non-entities," but he ...', 'as "Spanish," which is what ...': the content ends
#: with the quote (a relative clause after it is the writer's).
#: 'called the merger "a terrible deal" and ranked ...': after a naming verb or a quote
#: opening the content, a quote closing before a second verb of the subject ends it (the
#: second verb says something else; after 'said that Lee was "careless" and mishandled
#: ...' the verb is Lee's, held).
_QUOTE_THEN_VERB = _regex.compile(
    rf"(?<=\S)[”\"](?=,?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]{{2,}}ed|{_IRREGULAR_PAST})\b)"
)
#: 'what critics called a "fraudulent scheme" took a turn': a verb right after the name a
#: naming verb gives belongs to the clause around it ('called him "a liar" for weeks',
#: 'called it "a mistake," made by ...' go on).
_NAME_THEN_CLAUSE = _regex.compile(
    rf"{_NAME_QUOTE.pattern}(?:(?<!,”)(?<!,\")"
    rf"(?=\s+(?:[a-z]+ly\s+)?(?:{_AUXILIARY}|[a-z]{{2,}}ed|{_IRREGULAR_PAST}"
    r"|cost|costs|led|won|lost|became|fell|rose|grew|drew|hit|set|continues|remains)\b)"
    # 'calling it "illogical" and saying ...': a second participle says something else;
    # 'called him a "moderate," a subtle dig at ...': the writer's gloss on the name
    r"|(?=,?\s+and\s+[a-z]{3,}ing\b)|(?<=,[”\"])(?=\s+(?:a|an)\s+[^“”\"\n]*\Z))"
)
#: What ends a name given in a relative clause, or a quotation mark: a semicolon, colon,
#: dash or bracket; a comma before a new clause or a gloss ('X, and has made', 'X, which',
#: 'X, a series of'), not one in a series ('unilateral, dangerous and coercive acts'); a
#: conjunction before a verb or opening a clause ('X and cast himself', 'X last week when').
_VERB_NEXT = rf"(?:{_AUXILIARY}|[a-z]{{2,}}ed|{_IRREGULAR_PAST}|cast|put|set)\b"
_NAME_STOP = _regex.compile(
    r"[“”\"]|[;:()—–]|\s-\s"
    rf"|,(?=\s+(?:(?:and|but)\s+{_VERB_NEXT}|(?:which|who|whose|where|a|an|the)\s|[a-z]+ing\b))"
    rf"|\s(?:and|but)\s+(?={_VERB_NEXT})"
    r"|\s(?:when|while|because|after|before|though|although|since|until|if)\s"
)
_QUOTE_THEN_CLAUSE = _regex.compile(
    r",[”\"’]\s+(?=(but\b|(?:when|while|after|before|because|although|though|which)\s)"
    r"|[a-z]{3,}ing\b)"
)
#: A transcript's turn: a paragraph opening with a speaker's name in capitals and a colon
#: (led by its line break, which the engine finds fast, not by a MULTILINE "^").
_TURN = _regex.compile(
    r"\n[\"“]?(?P<label>[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,2}):"
    r"[ \t]+(?P<words>[^\s\"“‘][^\r\n]*)"  # a CRLF line's CR is no word
)
_NOT_SPEAKERS = words(
    """UPDATE CORRECTION CLARIFICATION NOTE EDITOR PHOTO VIDEO WATCH SOURCE SOURCES READ RELATED
    Q A QUESTION ANSWER QUOTE TRANSLATION TRANSCRIPT WARNING EXAMPLE CAPTION CREDIT DISCLOSURE
    BREAKING EXCLUSIVE ABSTRACT UPDATED WHAT WHY HOW WHEN WHERE WHO"""
)
_WORDY = _regex.compile(r"\w")
#: How far after a "| words" verb its quote may open, and what ends its clause first.
_WORDS_REACH = 100
_CLAUSE_BREAK = _regex.compile(r"[.;:!?]\s|[,—–]\s*(?:and|but|while|as|when|because|then)\s")
#: "before adding", "after claiming": a later step of the same speaker, a participle's own claim.
_STEP_BEFORE = _regex.compile(r"\s(?:before|after|while)\s+\Z")
#: A subordinator right before a clause's subject: the clause is a detail of its sentence.
_SUBORDINATE_BEFORE = _regex.compile(
    r"\b(?:after|before|when|while|as|since|because|although|though|until|once)\s+\Z"
)
#: Where a second attribution's clause joins the first: ", adding", ", but Ruiz said".
_CLAUSE_JOINT = _regex.compile(
    r"(?:,|\s-|—)\s*(and\s+|but\s+|while\s+|whereas\s+)?(?:\S+\s+){0,4}?\S*\Z"
)
#: An opening phrase between the comma and a new clause's subject: ', at the hearing
#: this week she said', ', but in May he wrote', ', though in an interview he used'.
_PHRASE_JOINT = _regex.compile(
    r",[”\"’]?\s+(and\s+|but\s+|yet\s+|while\s+|whereas\s+|though\s+|although\s+)?"
    r"(?:at|in|on|during|after|before|for|with|from|over"
    r"|under|this|last|earlier|later|then|now)\s[^,;:“”\"]{0,60}\Z"
)
#: 'said the plan, which he called fair, ...': a relative clause, part of the content.
_RELATIVE_JOINT = _regex.compile(r"\b(?:which|who|whom|whose)\b")
#: A sentence opening with a subordinate clause or a phrase that runs up to a cue:
#: 'Although in May she said', 'When he was asked about', 'In a string of posts'; no
#: comma has closed it yet (``_in_opening_clause`` relies on a match holding no comma,
#: semicolon, colon or opening quote).
_OPENING_CLAUSE = _regex.compile(
    r"(?:^|[.!?][”\"’]?\s|\n)\s*(?:(?:And|But|So|Yet)\s+)?(?:Even\s+)?"
    r"(?:When|While|Although|Though|After|Before|If|Because|Since|Until|Unless|Once|Whenever"
    r"|In|On|At|During|Despite|Amid|Under|Through|Following|With)"
    r"\s(?:[^,;:.!?“”\"]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.)*\Z",
    re.MULTILINE,
)
#: The comma closing a subordinate clause, then the main clause: its subject (after an
#: opening phrase, if any) and a verb: ', she offered', ', at the hearing she said'.
_MAIN_AFTER = _regex.compile(
    r",[”\"’]?\s+(?:(?:at|in|on|during|after|before|for|with|from|over|under|this|last"
    r"|earlier|later|then|now)\s[^,;:“”\"]{0,60}?\s)?"
    r"(?:he|she|they|we|I|(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*"
    r"|(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)\s+(?:[a-z]+ly\s+)?"
    rf"(?:{_AUXILIARY}|[a-z]+ed|[a-z]+s|said|put|set|cut|{_IRREGULAR_PAST})\b"
)
#: A pronoun opening a clause joined to the sentence: ', but he gave', 'when he brought
#: up', 'though in a news conference he used' ("they" is as often a thing: 'apologized
#: for the columns after they came out').
_JOINED_PRONOUN = _regex.compile(
    r"(?:,[”\"’]?\s*(?:and|but|yet|though|although|while)|\b(?:when|though|although|while|because"
    r"|after|before|since))\s+(?:(?:in|at|on|during|after|last|this|earlier|later)\s"
    r"[^,.;:“”\"]{0,50}?\s)?(?P<pronoun>he|she)\s+[a-z]"
    # 'a rally where about 50 protesters had gathered, chanting', 'an ad in which children
    # bash a dollhouse, yelling': the people of the relative clause
    r"|\b(?:where|in\s+which)\s+(?P<people>(?:(?:about|some|nearly|dozens\s+of|hundreds\s+of)"
    r"\s+)?(?:\d[\d,]*\s+)?(?:[a-z]+(?:ers|ors|ists|ians|ants|ents|ees)|children|people|women"
    r"|men|kids))\s+(?:had\s+|have\s+|were\s+)?[a-z]+"
)
#: A masthead in quote marks or italics right after "according to": a few capitalised
#: words ('‘Ukrainska Pravda,’', '*StarBeat*'), not a book's title ('"Man of the World"').
_TITLE = _regex.compile(r"\s*[‘“\"*_]+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}[*_]*")
#: One link of a chain of sources after "according to X": ', which cited a report by Y',
#: ', which in turn relied on an unnamed source'.
_CHAIN_LINK = _regex.compile(
    r"[’”\"*_]*,[’”\"]?\s+which\s+(?:in\s+turn\s+|itself\s+|also\s+)?"
    r"(?P<verb>cited|quoted|relied\s+on|drew\s+on|was\s+based\s+on|credited)\s+"
    r"(?P<source>[^,;:.!?“”\"]{3,80}?)(?=\s*(?:[,;:.!?]|$))"
)
_VAGUE_NOUN_OWNER = _regex.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|growing|widespread|new|recent|persistent"
    r"|unconfirmed|mounting|rising|deep|deepening|general|broad|prevailing)\s+)*\Z"
)


@attrs.define(slots=True)
class _Found:
    """An attribution under construction, in offsets."""

    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int]
    quotes: list[int] = attrs.field(factory=list)
    kind: SourceKind | None = None
    #: Where "and" joins this cue's verb to an earlier one of the same subject.
    joint: int = -1


class _Speech(list[Quote]):
    """The speech quotes in order, with their starts and the running maximum
    of their ends, built once a document: a lookup of the quote at or after
    an offset is a binary search, not a scan of every quote in the article."""

    __slots__ = ("reach", "starts")

    def __init__(self, quotes: list[Quote]) -> None:
        super().__init__(quotes)
        self.starts = [q.start for q in quotes]
        self.reach = list(itertools.accumulate((q.end for q in quotes), max))


_tables = per_lexicon(_build)


def find_attributions(document: Document) -> tuple[Attribution, ...]:
    """Every attribution in the document, in order of its content."""
    t = _tables()
    text = document.text
    sentences = [(s.span.start, s.span.end) for s in document.sentences]  # not the properties
    if not sentences:
        return ()
    starts = [s for s, _ in sentences]
    speech = _Speech([q for q in document.quotes if q.is_speech])
    scare_ends = {q.end: q.start for q in document.quotes if not q.is_speech}
    found: list[_Found] = []
    openings = [
        m
        for pattern in (t.opening, t.opening_noun)
        for m in map(pattern.match, itertools.repeat(text), starts)
        if m
    ]
    cues = list(t.cue.finditer(text))
    if openings:
        # in text order, an opening first where a cue starts at the same place (a sort
        # is stable): one C sort, not a Python generator's steps for every cue
        cues = sorted(openings + cues, key=_at)
    for match in cues:
        at = match.start()
        if at and text[at - 1] in "’'-":
            continue  # "don't-say", "n’t": not a word of its own
        k = bisect.bisect_right(starts, at) - 1
        if k < 0 or at >= sentences[k][1]:
            continue
        # a cue inside a quote ("I think we can win," she said) is the speaker's
        # own voice, not the article's sourcing: the quote is credited as a whole
        if _inside_speech(text, speech, at):
            continue
        if match.re is t.opening:
            attribution = _opening(text, match, *sentences[k])
        elif match.re is t.opening_noun:
            attribution = _nominal(text, match, *sentences[k])
        else:
            attribution = _read(text, match, sentences[k], found, speech, scare_ends, starts)
        if attribution is not None:
            found.append(attribution)
    _cut_at_later_clauses(text, found)
    _end_relative_clauses(text, found)
    found = _chain_ends(text, _without_swallowed(text, _without_cue_in_subject(text, found)))
    _credit_agents(text, found)
    found = [f for f in found if not _reporting_credit(text, f) and not _found_for(text, f)]
    found.extend(_transcript_turns(text))
    found.extend(_interview_answers(text))
    found.extend(_headline_credit(document))
    found.extend(_subhead_credits(document))
    # first, so an attribution of a quote in the credited words that starts where they
    # do comes after it and keeps its quote
    found[:0] = _credited(document, speech)
    claimed = [f.content for f in found]
    found.extend(_Found(*pointer) for pointer in pointed_back(document, claimed))
    _split_paragraph_runs(text, found, speech)
    _attach_quotes(document, found, speech)
    return _finish(document, found)


#: A passive cue: a form of "be" (or "being"), an adverb or two, a participle: 'was
#: criticized', 'was first reported', 'might be claimed', 'being discussed'.
_PASSIVE_CUE = _regex.compile(
    r"(?:.*\s)?(?:is|are|was|were|be|been|being)\s+(?:[a-z]+\s+){0,2}?"
    r"[a-z]+(?:ed|en|wn|ld|ht|nt|ck|ne|de|id)"
)
#: The agent after a passive cue: 'by the Miami Herald', 'by Democrats', 'by host John
#: Dickerson', 'by former Secretary of State Colin Powell', up to where the clause goes on.
_PASSIVE_AGENT = _regex.compile(
    r"\s+(?:[a-z]+ly\s+)?by\s+(?P<agent>(?:the|some|many|most|his|her|their|its|a|an)\s+"
    r"(?:[\w’'.&-]+\s+){0,4}?[\w’'.&-]*\w"
    r"|(?:[a-z-]+\s+){0,2}(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*\w|[a-z-]+\s+[a-z]+s|[a-z]+s)"
    r"(?=\s*(?:[,;:.!?)—–]|--|\s-\s|$)|\s+(?:as|whether|to|that|if|on|in|at|for|during|after"
    r"|before|while|who|when|over|about)\b)"
)
#: Passives whose agent asks or advises something of the subject, said after the agent.
_ASKING = ("asked", "advised", "urged", "told", "pressed", "encouraged", "instructed", "warned")
#: What the agent of a passive was asked or advised: '... by Lee whether', '... to use'.
_AGENT_TOLD = _regex.compile(r"\s*,?\s+(?:whether|to|that|if)\s")


def _credit_agents(text: str, found: list[_Found]) -> None:
    """'The deal was first reported by The Wall Street Journal', 'The move was criticized
    by economists', 'Lee was asked by the host whether ...': the agent after "by" speaks,
    and what it said is about the passive's subject (or, asked or advised, what follows
    the agent); the subject said nothing."""
    for f in found:
        if f.source is None or f.content[0] < f.cue[1] or not text.startswith("by ", f.content[0]):
            continue
        if not _PASSIVE_CUE.fullmatch(text, f.cue[0], f.cue[1]):
            continue
        by = _PASSIVE_AGENT.match(text, f.cue[1], f.content[1])
        if by is None:
            continue
        asked = text[f.cue[0] : f.cue[1]].endswith(_ASKING)
        told = asked and _AGENT_TOLD.match(text, by.end("agent"), f.content[1])
        content = _trim(text, told.start() + 1, f.content[1]) if told else None
        f.content = content or f.source
        f.source = by.span("agent")
        f.kind = None


#: Where the reporters of a story were: 'from Washington', 'from New York and Ana Ruiz
#: from Beijing', all that follows the verb.
_FROM_PLACES = _regex.compile(
    r"from\s+(?:[A-Z][\w.’'-]*\s*)+(?:,\s*[A-Z][\w.’'-]*)*"
    r"(?:\s+and\s+(?:[A-Z][\w.’'-]*\s+)+from\s+(?:[A-Z][\w.’'-]*\s*)+(?:,\s*[A-Z][\w.’'-]*)*)*"
)


#: What one finds for someone, the second object of 'found the family a buyer', 'found 40
#: households new homes', 'found him work': an action done for them, no finding.
_FOUND_FOR = _regex.compile(
    r"(?:(?:him|her|them|us|me)\s+(?:(?:a|an)\s+)?"  # 'found him work'
    r"|(?:[\w’'-]+\s+){0,7}?"  # a noun phrase ends the first object: 'a number of new
    r"(?!(?:of|a|an|the|some|many|more|few|fewer|several|no|most|and|or)\s)[\w’'-]+\s+"
    r"(?:a|an|new|permanent|temporary|suitable|alternative|other)\s+)"  # homes' is one
    r"(?:homes?|houses?|housing|buyers?|work|jobs?|places?|flats?|apartments?|schools?|seats?"
    r"|beds?|shelter|tenants?|sponsors?|employers?)"
    r"(?:\s+(?:so\s+far|already|(?:within|in|by|since|last|this|over)(?:\s+[\w’'-]+){1,3}))?"
)
#: A verb in the words after 'found' makes them a clause ('found 40 households lacked
#: homes'), a finding after all.
_VERB_LIKE = _regex.compile(
    r"(?<![\w’'-])(?:is|are|was|were|be|been|has|have|had|do|does|did|need|needs|lack|lacks"
    r"|want|wants|can|could|will|would|should|may|might|must|\w{3,}ed)(?![\w’'-])"
)


def _found_for(text: str, f: _Found) -> bool:
    """'The council has found 40 households new homes': finding someone something is
    an action, not a reported finding ('The survey found 40 households were poor')."""
    return (
        text.endswith(("found", "find", "finds"), f.cue[0], f.cue[1])
        and _FOUND_FOR.fullmatch(text, f.content[0], f.content[1]) is not None
        and _VERB_LIKE.search(text, f.content[0], f.content[1]) is None
    )


def _reporting_credit(text: str, f: _Found) -> bool:
    """'Costa reported from Washington', a story's credit line: where its reporters
    worked, no claim."""
    return text.endswith("reported", f.cue[0], f.cue[1]) and bool(
        _FROM_PLACES.fullmatch(text, f.content[0], f.content[1])
    )


def _chain_ends(text: str, found: list[_Found]) -> list[_Found]:
    """'according to the Courier, which cited a report by the Post, which in turn relied
    on an unnamed source': the claim rests on the chain's last link, so that source is
    credited with it too ("which" is no one to credit)."""
    chained: set[tuple[int, int]] = set()
    ends: list[_Found] = []
    for f in found:
        if f.source is None or text[f.cue[0] : f.cue[1]].lower() != "according to":
            continue
        at, last = f.source[1], None
        while (link := _CHAIN_LINK.match(text, at)) is not None:
            chained.add(link.span("verb"))
            at, last = link.end(), link
        if last is None:
            continue
        rest = _trim(text, at, f.content[1]) if at < f.content[1] else None
        before = _trim(text, f.content[0], f.cue[0]) if f.content[0] < f.cue[0] else None
        content = rest or before
        if content is not None:
            ends.append(_Found(content, last.span("source"), last.span("verb")))
    if not ends:
        return found
    kept = [f for f in found if f.cue not in chained]
    return sorted(kept + ends, key=lambda f: f.cue[0])


def _inside_speech(text: str, speech: _Speech, at: int) -> bool:
    """Whether ``at`` is inside a speech quote, also an introduced one holding a quote of
    its own ('Ann Lee, The Times: "It looked calm. 'He choked,' she said. ..."' holds "she
    said"; a quoted paragraph standing alone, '"'We won,' Lee said after the vote."', is
    an excerpt whose cues still say who speaks)."""
    q = bisect.bisect_right(speech.starts, at) - 1
    last = q
    while q >= 0 and speech.reach[q] > at:
        quote = speech[q]
        if quote.inner.start <= at < quote.inner.end and (
            q == last or text[max(0, quote.start - 3) : quote.start].rstrip()[-1:] in (":", ",")
        ):
            return True
        q -= 1
    return False


def _at(match: re.Match[str]) -> int:
    return match.start()


def _transcript_turns(text: str) -> list[_Found]:
    """'WALLACE: Governor, ...' / 'PENCE: ...': in a transcript (two speakers or more
    label their turns in capitals) each turn is its speaker's words."""
    turns = [m for m in _TURN.finditer(text) if m.group("label").split()[0] not in _NOT_SPEAKERS]
    if len({m.group("label").split()[-1] for m in turns}) < 2:
        return []
    out = []
    for m in turns:
        content = _trim(text, m.start("words"), m.end("words"))
        if content is not None:
            label = m.span("label")
            out.append(_Found(content, label, (label[1], label[1] + 1), kind=SourceKind.PERSON))
    return out


#: A Title Case headline that ends by crediting itself: "2026 Was the Hottest
#: Year on Record, Met Office Says" (a corpus's title with its full stop too); the
#: cue's capital keeps the cue table, which reads running text, from seeing it.
_HEADLINE_CREDIT = _regex.compile(
    r"(?P<content>\S.*?),\s+(?P<source>(?:[A-Z][\w.&'’\-]*\s+){0,4}?[A-Z][\w.&'’\-]*)"
    r"\s+(?P<cue>Says|Say|Warns|Warn|Claims|Claim|Finds|Find)\.?\s*$"
)


#: A headline that names its speaker before a colon: "Paul Ryan: FBI Decision Not to
#: Indict Hillary 'Defies Explanation'", "Gingrich: Trump Must Decide ...".
_HEADLINE_LABEL = _regex.compile(
    r"(?P<source>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})(?P<cue>:)\s+"
    r"(?P<content>\S.*?)[.]?\s*$"
)
#: Labels of a kind of piece before a headline's colon, not speakers: "Watch:", "The
#: Latest:", "Fact Check:", "Just Leaked:", "Bombshell:".
_PIECE_LABELS = words(
    """watch look exclusive latest update updates updated breaking live video videos photo
    photos analysis opinion editorial letters letter review interview explainer fact check
    quiz podcast transcript recap timeline correction special news daily just leaked
    bombshell revealed must see"""
)
#: A word of a Title Case headline's subject: a capital or a figure ("2016 Democrats",
#: "GOP Rep McCaul"), or the "and"/"of" inside one ("Bolton and Gorka", "Daughter Of
#: Eric Garner"); not a word that opens a clause or a question ("Why Does Israel",
#: "Woman Who", "U.S. Flexes Muscles As Asia").
_HEADLINE_WORD = _regex.compile(r"(?:[A-Z\d][\w.&’'+-]*|and)")
_NOT_IN_SUBJECT = words(
    """why how what when where who whom whose which that one if as after
    before while since until because for to with by on in at from about into over right
    is are was were be been being has have had does do did got gets can could will would
    should may might must"""
)
#: Adverbs between a headline's subject and its verb: "Trump Just Responded".
_HEADLINE_ADVERBS = words("just now also again still finally already")


def _title_case(line: str) -> bool:
    """Whether every word of four letters or more starts with a capital, and not all are
    capitals ("12-STEP PLAN TO COPE" shouts; it credits no one)."""
    words_ = [word.lstrip("“\"‘'(#") for word in line.split()]
    return (
        len(words_) >= 3
        and all(w[0].isupper() for w in words_ if len(w) > 3 and w[0].isalpha())
        and not line.isupper()
    )


def _title_line(document: Document) -> Span | None:
    """A first paragraph that is one short sentence on one line, as a corpus's title
    ending in a full stop is ("Paul Ryan: FBI Decision ... Needs More Investigation.")."""
    if len(document.paragraphs) < 2 or len(document.sentences) < 2:
        return None
    first = document.paragraphs[0].span
    if document.sentences[1].span.start < first.end or len(first.text) > 200:
        return None
    return None if "\n" in first.text else first


def _headline_speaker(document: Document) -> _Found | None:
    """'Paul Ryan: FBI Decision ... Needs More Investigation', 'Jeb Bush Super PAC Chief
    Praises Marco Rubio Donor's Campaign': a headline credits its claim to the name it
    opens with, before a colon or before a verb of saying (in Title Case, which the cue
    table, reading running text, does not see)."""
    headline = document.headline or _title_line(document)
    if headline is None:
        return None
    text = document.text
    end = document.sentences[_sentence_at(document.sentences, headline.start)].end
    end = min(end, headline.end)  # "Republicans Confirmed A Judge. Is This ...?": the first
    label = _HEADLINE_LABEL.match(text, headline.start, end)
    if label is None:
        return _title_case_credit(text, headline.start, end)
    source = label.group("source")
    named = source.lower().split()
    # 'Gingrich: ...' names someone the story goes on to name; 'Bombshell: ...' not, nor
    # does 'Ted Cruz: Conservative or Career Politician?' credit him with a question
    if (
        source.isupper()
        or text[label.end("content") - 1] == "?"
        or any(_possessive(word) for word in source.split())
        or _PIECE_LABELS.intersection(named)
        or classify(source) is SourceKind.OUTLET
        or _regex.compile(re.escape(named[-1]), re.IGNORECASE).search(text, headline.end) is None
    ):
        return None
    return _Found(label.span("content"), label.span("source"), label.span("cue"))


def _title_case_credit(text: str, start: int, end: int) -> _Found | None:
    """'Jeb Bush Super PAC Chief Praises ...', 'Ferry Unions Slam Fare Rise': the verb of
    saying a Title Case line's opening name is the subject of, and what follows it."""
    line = text[start:end]
    lowered = line.lower()
    if len(lowered) != len(line) or not _title_case(line):
        return None
    t = _tables()
    match = next(t.cue.finditer(lowered), None)
    if match is None or t.cue_kinds[match.lastgroup or ""] != "verb":
        return None
    form = match.group()
    words_ = line[: match.start()].split()
    while words_ and words_[-1].lower() in _HEADLINE_ADVERBS:
        words_.pop()
    if (
        not 0 < len(words_) <= 6
        or form.endswith("ing")
        or not all(_HEADLINE_WORD.fullmatch(w) for w in words_)
        or _NOT_IN_SUBJECT.intersection(w.lower() for w in words_)
        or _PASSIVE_AGENT_NEXT.match(line, match.end())
    ):
        return None
    last = words_[-1]
    plural = last.endswith("s") and not last.endswith("ss") and not _possessive(last)
    if form == t.base.get(form) and not (plural or "and" in words_):
        return None  # "Washington Post Hit Piece", "Jobless Rate Falls": a noun, no verb
    content = _trim(text, start + match.end(), end)
    if (
        content is not None
        and t.flags[form] & _WANTS_QUOTE
        and not any(mark in text[content[0] : content[1]] for mark in "“‘\"'")
    ):
        return None  # 'Calls Plan "A Disgrace"' names; 'Calls Meeting' does not
    source = (start, start + len(" ".join(words_)))
    if content is None or text[source[0] : source[1]] != " ".join(words_):
        return None  # nothing said, or the words parted by more than one space
    return _Found(content, source, (start + match.start(), start + match.end()))


def _subhead_credits(document: Document) -> list[_Found]:
    """A list's items under Title Case subheads ('Zoe Saldana Asked Men Everywhere To
    "Redefine Masculinity."', on a line of its own, its number on the line above): each
    read as a headline is, by its verb of saying."""
    found = []
    text = document.text
    sentences = document.sentences
    for paragraph in document.paragraphs[1:]:
        span = paragraph.span
        if span.end - span.start > _SUBHEAD_LONGEST:
            continue
        start = span.start
        while start < span.end:
            end = text.find("\n", start, span.end)
            end = span.end if end < 0 else end
            space = text.find(" ", start, end)  # a test first: a capital after a space
            if (
                space < 0
                or not text[space + 1 : space + 2].isupper()
                or not text[start].isupper()
                or not _title_case(text[start:end])
            ):
                start = end + 1
                continue
            sentence = sentences[_sentence_at(sentences, start)]
            number = text[sentence.start : start].strip().rstrip(".)")  # "13" above it
            if (not number or number.isdigit()) and sentence.end <= end:
                credit = _title_case_credit(text, start, sentence.end)
                found.extend([credit] if credit is not None else [])
            start = end + 1
    return found


#: Flags of verbs that report only with more than a Title Case line can show
#: ('| named', '| naming', '| words', '| quoted', '| as', and '| figure': 'Kilnworth Posts
#: Record Profit' posts a result): a quote in the content does.
_WANTS_QUOTE = frozenset(("named", "naming", "words", "quoted", "as", "figure"))
#: The longest paragraph read as a subhead.
_SUBHEAD_LONGEST = 150
#: "Named By Police", "Accused Of Covering Up": a headline's passive, whose subject
#: said nothing.
_PASSIVE_AGENT_NEXT = _regex.compile(r"\s+(?:By|Of|by|of)\b")


def _headline_credit(document: Document) -> list[_Found]:
    """The headline's words credited to the source its last words name, or to the name
    it opens with."""
    headline = document.headline or _title_line(document)
    text = document.text
    match = _HEADLINE_CREDIT.match(text, headline.start, headline.end) if headline else None
    if match is None:
        speaker = _headline_speaker(document)
        return [speaker] if speaker is not None else []
    source = match.group("source")
    # on a Title Case line a plural common noun ("Fishermen Say") is no name
    vague = " " not in source and classify(source.lower()) is SourceKind.VAGUE
    kind = SourceKind.VAGUE if vague else None
    return [_Found(match.span("content"), match.span("source"), match.span("cue"), kind=kind)]


def _credited(document: Document, speech: _Speech) -> list[_Found]:
    """The words above a credit line ('— Ana Ruiz, a reader'), its name's."""
    out = []
    for credit in credit_lines(document, speech, _tables().base):
        found = _Found(credit.content, credit.name, credit.dash, kind=credit.kind)
        if credit.quote is not None:
            found.quotes.append(credit.quote)
        out.append(found)
    return out


def _interview_answers(text: str) -> list[_Found]:
    """'Q: ...' / 'A: ...': each answer is the interviewee's words, credited to the
    name the introduction gives, or to no name but still a person's speech."""
    interviewee, answers = interview_answers(text)
    if interviewee is not None and classify(text[slice(*interviewee)]) is not SourceKind.PERSON:
        interviewee = None  # "spoke to BBC Radio Scotland": not who answers
    out = []
    for answer, mark in answers:
        content = _trim(text, *answer)
        if content is not None:
            out.append(_Found(content, interviewee, mark, kind=SourceKind.PERSON))
    return out


def _read(
    text: str,
    match: re.Match[str],
    sentence: tuple[int, int],
    found: list[_Found],
    speech: _Speech,
    scare_ends: dict[int, int],
    sentence_starts: list[int],
) -> _Found | None:
    t = _tables()
    lower, upper = sentence
    cue = match.span()
    cue_end = cue[1]
    kind = t.cue_kinds[match.lastgroup or ""]
    if kind == "agentless":
        return _content_after(text, cue, upper, None, cue, SourceKind.NONE)
    if kind == "hearsay":
        # the adverb stands inside the claim it hedges: the clause is the content
        content = _trim(text, lower, upper)
        return _Found(content, None, cue, kind=SourceKind.NONE) if content else None
    if kind == "according":
        return _according(text, cue, lower, upper, speech)
    form = match.group()
    if kind == "noun":
        reading = _noun_reading(text, lower, match)
        if reading == "owned":
            return _owned(text, match, lower, upper)
        if form in t.owned_only:
            return None  # "reached the conclusion that": no one's, not a vague source
        if reading == "noun" or form not in t.base:
            return _nominal(text, match, lower, upper)
    base = t.base[form]
    flags = t.flags[form]
    if base == "back" and (
        _PARTICLE_AFTER.match(text, cue_end) or _MOTION_BEFORE.search(text, lower, cue[0])
    ):
        return None  # "pulls back", "is back under control", "back down": not backing anyone
    if base == "appear" and _WHERE_AFTER.match(text, cue_end):
        return None  # "appeared on CNN", "first appeared in a video": where, not a view
    if base == "go on" and _GOES_ON_ELSEWHERE.match(text, cue_end):
        return None  # "Tickets go on sale", "nurses will go on strike": no one speaks
    if base == "agree" and _AGREES_A_DEAL.match(text, cue_end):
        return None  # "Rovers have agreed terms with the winger": a deal, not a view
    if base == "show" and _UP_AFTER.match(text, cue_end):
        return None  # "voters who did not show up", "showed off the plans": no display of a claim
    if (
        base == "think"
        and _OF_AFTER.match(text, cue_end)
        and not _AS_OR_THAT.match(text, cue_end, upper)
    ):
        return None  # "what do you think of Lee saying ...": regarding something, no belief
    before = text[lower : cue[0]]
    if _ANONYMITY.match(text, cue_end):
        return None
    if text[cue_end : cue_end + 2] in _STOP_THEN_CLOSE:
        return None  # 'which the left opposes.">Here': the cue ends its sentence and a quote
    if form.endswith("s") and _PAST_CUE_NEXT.match(text, cue_end):
        return None  # "Social media posts claimed": a noun, the head of the next cue's subject
    # '"...," read the statement', '"...," Bolton charged': the quote closing right before
    # the cue (and its subject) is what was said, whatever follows the verb
    quoted = ("as" in flags or base == "read") and bool(
        _COMMA_IN_QUOTE.search(before) or _AFTER_QUOTE.search(text, max(lower, cue[0] - 80), cue[0])
    )
    if "as" in flags and not quoted and not _AS_OR_THAT.match(text, cue_end, upper):
        return None  # "the most ambitious plan the city has ever seen"
    if "words" in flags and not _speech_ahead(text, cue_end, upper, speech):
        return None  # "welcomed the visitors", not 'welcomed "the recognition that ..."'
    if "quoted" in flags and not _AS_QUOTE.match(text, cue_end, upper):
        return None  # "introduced a bill", not 'introduced him as "my brother"'
    if "governs" in flags and _STRANDED.match(text, cue_end):
        # "a student referred to on social media as ...", "the issues talked about in the
        # debate": the preposition's object stands before it, in a passive or a relative
        # clause, and the verb reports nothing
        return None
    if (
        "dispute" in flags
        and _DISPUTE_ONLY.match(text, cue_end, upper)
        and not _CLAIM_AHEAD.match(text, cue_end, upper)
    ):
        return None  # "argued for hours over the budget", not "argued over lunch that ..."
    if "named" in flags and not _NAME_QUOTE.match(text, cue_end, upper):
        return None  # "named him to the board", not 'named Lee its "honorary chair"'
    # the words right before the cue, and whether white space parts them from it: the
    # searches anchored at the cue below need a word of their own there
    stripped = before.rstrip()
    spaced = len(stripped) < len(before)
    if (
        form != base
        and spaced
        and stripped.endswith(_RANKED_EVER_ENDS)
        and _RANKED_EVER.search(text, max(lower, cue[0] - 50), cue[0])
    ):
        return None  # "the most expensive road ever proposed": a participle after its noun
    if (
        "figure" in flags
        and form != base
        and not form.endswith("ing")
        and spaced
        and _PREPOSITION_OBJECT.search(text, max(lower, cue[0] - 50), cue[0])
        and not _CLAIM_AHEAD.match(text, cue_end, upper)
    ):
        return None  # "first appeared in a video posted on Monday": the video was posted
    habit = (
        base in ("say", "put it")
        and spaced
        and stripped.endswith(_HABIT_ENDS)
        and _HABIT.search(text, max(lower, cue[0] - 30), cue[0])
    )
    verb_at = habit.start() if habit else cue[0]
    subject = subject_before(text, lower, verb_at)
    described = _described_as(text, subject, cue, lower, upper) if base == "describe" else None
    if described is not None:
        return described
    if subject is None and form in _SAID and stripped.endswith(","):
        after = name_after(text, cue_end, upper)
        if after is not None and " " in (person_name(text[after[0] : after[1]]) or ""):
            # "..., the charity has little choice, said Nora Vance, a board member": the
            # full name after the cue speaks, not a noun before the comma
            return _postposed(text, match, after, cue, lower, upper, speech)
    share = _share_subject(text, lower, verb_at) if base in _POLLED_VERBS else None
    # "About four in 10 said": the subject reader finds a noun in the share, or none
    subject = share or subject
    if share is not None:
        # "..., and one in five say ...": the poll's next answer has a share of its own
        answer = _NEXT_SHARE.search(text, cue_end, upper)
        upper = answer.start() if answer else upper
    subject = subject or _appositive_subject(text, lower, before)
    if subject is None:
        subject = _headline_subject(text, lower, verb_at, cue_end)
    if subject is None and _CLAUSE_END_NOUN.search(text, _last_word(text, lower, verb_at), verb_at):
        # "A woman who came every summer said": the clause ends in a noun the subject
        # reader takes for none ("every summer"), not in a word that makes the cue a verb of
        # the clause ("who began to want", "who voted and said", "granted a say")
        last = lower + len(stripped)
        subject = _relative_head(text, lower, (verb_at, last, verb_at))
    # kept for the source too, when it still starts there
    quoted_at = subject[0] if subject else -1
    inverted = subject and _AFTER_QUOTE.search(text, max(lower, quoted_at - 120), quoted_at)
    if inverted and inverted.group("words").split(None, 1)[0] in _SAID:
        # '"...," said Ann Ray, head of the group, reports USA Today': an inverted cue
        # and its speaker, relayed by the outlet named after the cue (after "told" the
        # name is a listener: '"...," said Ann Ray, its head, told the Post')
        subject = None if not t.takes_object.get(form) else subject
    if subject is None and before.startswith("As ") and _COMMA_IN_QUOTE.search(before):
        # 'As Lee, author of "Rules," put it': the aside ends at the title's comma
        cut = _COMMA_IN_QUOTE.search(before)
        assert cut is not None
        subject = _appositive_subject(text, lower, before[: cut.start() + 1])
        subject = subject and (subject[0], subject[1], lower + len(before))
    if (
        subject is not None
        and text[subject[0]] in _MONTH_INITIALS
        and _DATE.fullmatch(text, subject[0], subject[1])
    ):
        subject = None  # "The suit, filed on Monday, Jan. 13, by ..., argued": a date says nothing
    if subject is not None:
        subject = _relative_head(text, lower, subject) or subject
        if _INSIDE_PHRASE.search(text, max(lower, subject[0] - 30), subject[0]):
            # "A study published in the journal Nature found": the clause's head noun
            head = t.clause_head.match(text, lower, subject[0])
            subject = (head.start(), subject[1], subject[2]) if head else subject
    if (
        base == "conclude"
        and subject is not None
        and _WITH_AFTER.match(text, cue_end)
        and _a_thing(text[subject[0] : subject[1]])
    ):
        # "The ad concludes with footage of Lee saying ...": how a thing ends, no finding
        # (a speaker's 'She concluded with a plea' ends her remarks with words)
        return None
    if _named_passive(text, form, lower, cue, subject):
        return _named_by(text, match, upper)
    if (
        base == "read"
        and not quoted
        and (
            _READ_OBJECT.match(text, cue_end)
            or (
                subject is not None
                and _reader(text, subject[:2])
                and not _QUOTED_NEXT.match(text, cue_end)
            )
        )
    ):
        # "who has read the audit", "three members had read it": reading, not a text
        # that reads ('Lee read: "..."' reads out words)
        return None
    if base == "put it" and (
        subject is None
        or not (
            _AS_BEFORE.search(text, max(lower, subject[0] - 4), subject[0])
            or _PUT_IT_INTRO.match(text, cue_end)
        )
    ):
        return None  # "she put it on the table"
    if form == base and form != "say":
        prior = stripped.rsplit(None, 1)[-1:] or [""]  # the last word, not all of them
        plural = prior[0].endswith("s") and not prior[0].endswith(("ss", "’s", "'s"))
        if not plural and prior[0].lower() not in PRONOUNS:
            if _FINITE_AFTER.match(text, cue_end):
                # "Induced demand is one of ...": the cue word is a noun, the subject; "a
                # deal that critics argue will ..." keeps its verb
                return None
            if prior[0].lower() not in _VERB_BEFORE_BASE and (
                _PAST_AFTER.match(text, cue_end)
                or (_ACRONYM.fullmatch(prior[0]) and _PRESENT_AFTER.match(text, cue_end))
            ):
                return None  # "Oil demand fell in March", "AI demand surges as ...": a noun
    following = _NEXT_WORD.match(text, cue_end) if form != base and form[-1] == "s" else None
    if following and t.base.get(following.group(1)) == following.group(1):
        return None  # "Local reports suggest": the cue word is the next verb's subject
    if subject is not None and (share or _is_verb(text, form, subject, cue[0])):
        participle = form != base and not form.endswith("ing")
        if (
            participle
            and (
                # "Extra trains were added on Monday", "The video was posted": things
                ("figure" in flags and not _CLAIM_AHEAD.match(text, cue_end, upper))
                # "Workers were told at a meeting", "Pupils were told the news": heard
                or (base in _TOLD and not _TOLD_WHAT.match(text, cue_end, upper))
                # "She was admitted to the hospital", "refugees were admitted": let in
                or (base == "admit" and not _THAT_AHEAD.match(text, cue_end))
                # "the result was declared at 2.15am": when, not what was said
                or (
                    _WHEN_AHEAD.match(text, cue_end)
                    and not _CLAIM_AHEAD.match(text, cue_end, upper)
                )
                # "a recount was requested and is expected to resume": what became of
                # the thing requested ("It was reported and is widely believed that"
                # still reports)
                or (
                    _NEXT_PREDICATE.match(text, cue_end)
                    and text[subject[0] : subject[1]].lower() != "it"
                )
            )
            and _BE.search(text, subject[2], cue[0])
        ):
            return None  # in the passive with nothing said after it, the verb reports nothing
        if form == "told" and _BE.search(text, subject[2], cue[0]):
            return _told(text, (subject[2], cue[1]), upper)
        passive = (
            participle and base in _AGENTLESS_PASSIVE and bool(_BE.search(text, subject[2], cue[0]))
        )
        considered = base == "consider" and not _BY_AFTER.match(text, cue_end)
        if passive and (considered or _TO_AFTER.match(text, cue_end)):
            # "He is said to be ill", "Repairs are expected to cost $1.4 million", "The state
            # is considered a battleground": a claim or forecast with no one behind it (the
            # subject says and expects nothing); the clause after a comma holds the claim
            # ('"...," Lee added, citing a job he is believed to want': the quote is Lee's;
            # '50,000 troops are expected' has no comma of a clause)
            content = _trim(text, text.rfind(", ", lower, subject[0]) + 1 or lower, upper)
            cue = (subject[2], cue[1])
            return _Found(content, None, cue, kind=SourceKind.NONE) if content else None
        src = subject[:2]
        cue = (subject[2], cue[1])
        after_quote = (
            inverted
            if src[0] == quoted_at
            else _AFTER_QUOTE.search(text, max(lower, src[0] - 120), src[0])
        )
        if after_quote is not None:
            src = (after_quote.start("words"), src[1])
        aside = _as_aside(text, lower, src[0], cue_end, upper, speech)
        if aside is not None:
            return _Found((aside.start, aside.end), src, cue)
        if (
            "clause" in flags
            and _inside_content(found, lower, cue[0])
            and _person(text, src)
            and not _CLAUSE_AFTER.match(text, cue_end, upper)
        ):
            # "argued that, although he confessed, he showed no remorse": inside what was
            # said, a person who shows a feeling is part of the claim, no source of one
            return None
        relative = text[src[0] : src[1]].lower() in _RELATIVES
        if (
            text[src[0]].islower()
            and text[src[1] - 1] == "s"
            and _END_TAIL.match(text, cue_end)
            and not text.startswith(",", cue_end)  # "In some cases, tech executives say, ..."
        ):
            src = _with_modifiers(text, lower, src)
        # 'Warning that "...," the treasurer asked ...': the opening clause is taken
        opened = bool(found) and found[-1].cue[0] == lower and found[-1].source == src
        if (
            not relative
            and not opened
            and _is_postposed(text, form, lower, src[0], cue_end, upper, scare_ends)
        ):
            return _postposed(text, match, src, cue, lower, upper, speech)
        quote = _quote_just_before(text, lower, src[0], cue_end, upper, speech)
        if quote is not None:
            return _postposed(text, match, src, cue, quote.start, upper, speech)
        near_source = text[max(lower, src[0] - 8) : src[0]].rstrip()  # a test first
        if (
            near_source.endswith(("whom", "which"))
            and _RELATIVE_BEFORE.search(text, max(lower, src[0] - 8), src[0])
            and not _THAT_AHEAD.match(text, cue_end)
        ):
            comma = _CLAUSE_END.search(text, cue_end + 2, upper)
            upper = comma.end() if comma else upper
        if text[src[0] - 1 : src[0]] == "(":
            # "(Abedin wrote that ...)": what was said ends with the parenthesis
            close = text.find(")", cue_end, upper)
            upper = close if close >= 0 else upper
        elif _dash_before(text, max(lower, src[0] - 40), src[0]):
            # "which — as Lee noted in May — promises", "Lee — she said it twice — left":
            # the aside ends at its closing dash
            dash = _DASH_CLOSING.search(text, cue_end, upper)
            upper = dash.start() if dash else upper
        first = _source_first(text, match, src, cue, upper)
        intro = _PUT_IT_INTRO.match(text, cue_end) if base == "put it" else None
        if first is not None and intro is not None:
            # 'put it bluntly: "..."': what was said is the quote, not the manner
            first.content = _trim(text, intro.end() - 1, first.content[1]) or first.content
        return first
    # the anchored searches below look at the last few words only, not the whole sentence
    near = max(lower, cue[0] - 40)
    # only a finite form joins a verb before it, so the others skip the search
    finite = not form.endswith("ing") and form != base
    coordinated = _COORDINATED.search(text, near, cue[0]) if finite else None
    if (
        coordinated is not None
        and coordinated.group("series") is not None
        and base in _INVERTING
        and not _THAT_AHEAD.match(text, cue_end)
    ):
        coordinated = None  # '"...," says the mayor': the speaker follows the verb
    if coordinated is not None:
        # "He praised the plan and warned that ...": the verbs share the subject
        owner = (
            _joined_pronoun(text, found, lower, cue[0])
            or _sentence_subject(found, lower, cue[0])
            or _leading_subject(text, lower, cue[0])
            or _first_verb_subject(text, lower, coordinated.start())
        )
        if owner is not None:
            joined = _source_first(text, match, owner, cue, upper)
            if joined is not None:
                joined.joint = coordinated.start()
            return joined
    participle = form.endswith("ing") or (
        # 'by referring to his rivals as "legal terrorists"': a phrasal participle names;
        # '..., he said, referring to Kerry' only says whom the quote is about; one ending
        # in a particle, not a preposition, says something itself ('..., going on to say',
        # '..., pointing out that')
        form.partition(" ")[0].endswith("ing")
        and ("governs" not in flags or bool(_AS_QUOTE.match(text, cue_end, upper)))
    )
    by = participle and (
        _PREPOSITION_BEFORE.search(text, near, cue[0])
        or _MESSAGE_BEFORE.search(text, near, cue[0])
        or _STEP_OPENING.fullmatch(text, lower, cue[0])
    )
    saying = participle and base in _INVERTING and _SAYING_AFTER_QUOTE.search(text, near, cue[0])
    if participle and (by or saying or _PARTICIPLE_AFTER_COMMA.search(text, near, cue[0])):
        # 'Lee said they thought, "We won. It is over," adding ...': a sentence read
        # from inside a quote starts where the quote's sentence starts
        i = bisect.bisect_right(speech.starts, lower) - 1
        if i >= 0 and speech.starts[i] < lower < speech[i].end <= cue[0]:
            lower = sentence_starts[bisect.bisect_right(sentence_starts, speech.starts[i]) - 1]
        owner = (
            _joined_pronoun(text, found, lower, cue[0])
            or _sentence_subject(found, lower, cue[0])
            or _leading_subject(text, lower, cue[0])
        )
        if owner is None and _STEP_OPENING.fullmatch(text, lower, cue[0]):
            # 'After saying her foot was "swollen," she was ...': the main clause's subject
            main = _MAIN_AFTER.search(text, cue_end, upper)
            joint = _CLAUSE_OPENS.match(text, main.start()) if main else None
            owner = _leading_subject(text, joint.end(), upper) if joint else None
        if (
            "naming" in flags
            and not _NAMING.match(text, cue_end, upper)
            and not _INTO_DOUBT.match(text, cue_end, upper)
            and text.find("''", cue_end, min(upper, cue_end + 200)) < 0
        ):
            return None  # 'comment by calling 01632 960 418': phoning, not naming
        if owner is None or text.startswith((" and ", " or "), cue_end):
            return None  # '..., singing, chanting and waving balloons': no words of its own
        return _content_after(text, cue, upper, owner, cue, None)
    if (
        participle
        and subject is not None
        and _ABSOLUTE.search(text, near, subject[0])
        and text[subject[0]].isupper()
        and text[subject[0] : subject[1]] not in _OPENERS
    ):
        # "..., Ryan saying he was pleased and Lee calling it a success": a clause of its own
        return _content_after(text, cue, upper, subject[:2], cue, None)
    if (
        participle
        and subject is not None
        and text[subject[0]].isupper()
        and base != "show"
        and _DEPICTS.search(text, max(lower, subject[0] - 12), subject[0])
    ):
        # "the exchange has Podesta saying", "a video shows Lee telling ...": the one
        # shown or heard speaks
        return _content_after(text, cue, upper, subject[:2], cue, None)
    if (
        stripped.endswith((",", *_CLOSING_QUOTES))
        and (base in _INVERTING or quoted)
        and not _quote_in_subject(stripped)
    ):
        after = name_after(text, cue_end, upper)
        if after is not None:
            return _postposed(text, match, after, cue, lower, upper, speech)
    return None


#: The teller after a passive "told": "were told by the council that ...".
_TOLD_BY = _regex.compile(
    r"\s+by\s+(?P<agent>(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'.&-]+\s+){0,3}?[\w’'.&-]*\w)"
    r"(?=\s+that\b|\s*,)"
)


def _told(text: str, cue: tuple[int, int], upper: int) -> _Found | None:
    """'Residents were told that the water was safe': the subject heard the claim and
    is no source of it.  A teller after "by" is the source; with none the claim, or
    the order ('The crew had been told to turn back'), is no one's, as 'it is said'
    is."""
    by = _TOLD_BY.match(text, cue[1], upper)
    if by is not None:
        return _content_after(text, (cue[0], by.end()), upper, by.span("agent"), cue, None)
    return _content_after(text, cue, upper, None, cue, SourceKind.NONE)


def _quote_in_subject(before: str) -> bool:
    """Whether the quote closing right before a cue is a word or two inside its subject,
    not words said: 'The council's "efficiency review" says the route costs too much'
    (no punctuation closes the quote, and words of the sentence lead up to it), where
    '"The plan is dead," says the mayor' and '"We are done" says Lee' invert."""
    if len(before) < 2 or before[-1] not in _CLOSING_QUOTES or not before[-2].isalnum():
        return False
    opener = "“" if before[-1] == "”" else "‘" if before[-1] == "’" else before[-1]
    opening = before.rfind(opener, 0, len(before) - 1)
    lead = before[:opening].rstrip()
    return opening > 0 and bool(lead) and (lead[-1].isalnum() or lead[-1] in "'’")


def _named_passive(
    text: str, form: str, lower: int, cue: tuple[int, int], subject: tuple[int, int, int] | None
) -> bool:
    """Whether a naming verb is a passive participle, its subject what is named: 'was
    called "a disaster"', 'fundraisers -- dubbed "Hillblazers" by the campaign', 'a group
    called "Citizens for Reform"' (not 'Lee called it "a disaster"', 'what she called a
    "rant"', 'said it was wrong, called it "a farce"')."""
    t = _tables()
    flags = t.flags[form]
    if ("naming" not in flags and "named" not in flags) or form == t.base[form]:
        return False
    if form.endswith(("s", "ing")):
        return False
    if subject is not None and _BE.search(text, subject[2], cue[0]):
        return True
    if not _NAME_NEXT.match(text, cue[1]):
        return False
    if _BREAK_BEFORE.search(text, max(lower, cue[0] - 8), cue[0]):
        return True
    return (
        subject is not None
        and subject[2] == cue[0]
        and _COMMON_NOUN_PHRASE.fullmatch(text, subject[0], subject[1]) is not None
        and not _NAMED_BEFORE.search(text, max(lower, subject[0] - 8), subject[0])
    )


def _described_as(
    text: str,
    subject: tuple[int, int, int] | None,
    cue: tuple[int, int],
    lower: int,
    upper: int,
) -> _Found | None:
    """'what has been described as the harshest winter', 'The plan has been described
    as the boldest in years': a description in the passive with no one giving it is
    no one's (the thing described describes nothing); with 'by' after it, it is left
    to the agent's reading."""
    aux = _DESCRIBED_AUX.search(text, max(lower, cue[0] - 30), cue[0])
    as_next = _AS_NEXT.match(text, cue[1], upper)
    if aux is None or as_next is None or (subject is None and not aux.group("what")):
        return None
    clause = _CLAUSE_STOP.search(text, as_next.end(), upper)
    end = clause.start() if clause else upper
    if _BY_WORD.search(text, as_next.end(), end):
        return None  # "described as reckless by critics": the critics' description
    start = subject[0] if subject is not None else as_next.end()
    content = _trim(text, start, end)
    if content is None:
        return None
    return _Found(content, None, (aux.start("aux"), as_next.end()), kind=SourceKind.NONE)


def _named_by(text: str, match: re.Match[str], upper: int) -> _Found | None:
    """A passive naming verb's name and its by-agent, who gave it ('labeled as a "witch
    hunt" by Democrats'); with no agent the name is no one's."""
    named = _NAME_QUOTE.match(text, match.end(), upper)
    if named is None:
        return None
    by = _BY_AGENT.match(text, named.end(), upper)
    content = _trim(text, match.end(), named.end())
    if by is None or content is None:
        return None
    return _Found(content, by.span("agent"), match.span())


def _speech_ahead(text: str, end: int, upper: int, speech: _Speech) -> bool:
    """Whether a speech quote opens in the clause after ``end``: 'voiced a wish for a
    "strong, prosperous region"' (a scare quote or a title is no one's words)."""
    i = bisect.bisect_left(speech.starts, end)
    if i == len(speech) or speech.starts[i] >= min(upper, end + _WORDS_REACH):
        return False
    return _CLAUSE_BREAK.search(text, end, speech.starts[i]) is None


def _opening(text: str, match: re.Match[str], lower: int, upper: int) -> _Found | None:
    """'Saying he had "no regrets," the mayor resigned': the subject of the main clause
    after the participle clause says what the clause holds; a clause holding neither a
    quote nor a claim ('Speaking about the plan, Lee said ...') credits nothing."""
    t = _tables()
    form = match.group().lower()
    end = match.end()
    for _ in range(4):  # the clause may hold commas of its own: 'Calling Ann, his aide, "..."'
        comma = text.find(",", end, upper)
        if comma < 0:
            return None
        main = _MAIN_CLAUSE.match(text, comma, upper)
        if main is not None:
            break
        end = comma + 1
    else:
        return None
    clause = main.start("subject")
    if main.group("verb") in t.base and text[main.end() : main.end() + 1] in ".?!":
        return None  # "Finding it is not simple, he said.": a gerund subject, then its source
    src, end = main.span("subject"), main.end("close")
    quoted = (
        _QUOTE_IN.search(text, match.end(), clause) or text.find("''", match.end(), clause) >= 0
    )
    if quoted and "naming" in t.flags[form]:
        # 'Calling Mr. Lee's rival "a friend,"': the quote names, whatever stands before it
        return _content_after(text, match.span(), end, src, match.span(), None)
    if quoted or "naming" in t.flags[form] or _CLAUSE_IN.match(text, match.end(), clause):
        return _source_first(text, match, src, match.span(), end)
    return None


def _when_only(words_before: list[str]) -> bool:
    """Whether the words before a comma only say when or link to what came
    before ("Today", "On Monday", "Two days later", "Meanwhile"): no claim."""
    if not 0 < len(words_before) <= 5:
        return False  # told before the words of a long clause are lowered
    lowered = [w.lower() for w in words_before]
    return all(w in _WHEN_WORDS or w in _WHEN_HEADS or w.isdigit() for w in lowered) and any(
        w in _WHEN_HEADS or w.isdigit() for w in lowered
    )


#: Lower-case words between a comma and a plural source: ', legal experts say', ', election
#: officials said', ', fundraising documents show'.
_MODIFIERS_BEFORE = _regex.compile(r",\s+((?:[a-z][\w-]*\s+){1,3})\Z")
_NOT_MODIFIERS = words(
    """and or but then that which who whom what where as so when while if because though although
    after before since until unless whether also still now even not never has have had is are
    was were be been will would can could may might must should do does did to of in on at for
    with by from out up over about into than a an the this these those some many said says say
    told its his her their"""
)
#: After a cue whose clause a plural's modifiers open: the end of the sentence or a time.
_END_TAIL = _regex.compile(
    r"\s*(?:[.?!;,—–]|$|(?:on|in|at|during|last|this|earlier|today|yesterday|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


def _with_modifiers(text: str, lower: int, src: tuple[int, int]) -> tuple[int, int]:
    """A plural source with the words that modify it after a comma: the subject reader
    takes only the head of a vague group ('officials' of ', election officials said'), and
    the words left before it hide the comma that makes the clause before it the content."""
    modifiers = _MODIFIERS_BEFORE.search(text, max(lower, src[0] - 40), src[0])
    if modifiers is None:
        return src
    found = modifiers.group(1).split()
    if any(word in _NOT_MODIFIERS or word.endswith("ly") for word in found):
        return src
    return modifiers.start(1), src[1]


#: A clause a gerund opens after the cue: 'said defeating the group is a priority'.
_GERUND_CLAUSE = _regex.compile(
    r"\s+[a-z]+ing\s+(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|can|could"
    r"|should|must)\s"
)


def _is_postposed(
    text: str, form: str, lower: int, source: int, end: int, upper: int, scare_ends: dict[int, int]
) -> bool:
    """Whether the content comes before the source: '"...," X said' or '..., X said.'."""
    t = _tables()
    pre = text[lower:source].rstrip()
    if not pre or pre[-1] not in ",—–" + _CLOSING_QUOTES:
        return False
    if t.takes_object.get(form):
        obj = _BARE_OBJECT.match(text, end, upper) or _DET_OBJECT.match(text, end, upper)
        end = obj.end() if obj else end
    tail = text[end:upper]
    if _THAT_AHEAD.match(tail) or tail.lstrip().startswith((":", *_QUOTE_OPEN)):
        return False
    if pre[-1] in "'’" and pre[-2:-1].isalpha() and not _SINGLE_OPENING.search(pre):
        return False  # "The Road Hauliers' Association said": a plural's possessive
    if pre[-1] in _CLOSING_QUOTES:
        if pre[-2:-1] in ("!", "?") and text[source].isupper():
            # 'Ray wrote, telling her, "...!" She replied ...': a quote ending in "!" or
            # "?" inside a sentence ends it; the next one is no postposed credit
            opening = max(pre.rfind("“"), pre.rfind('"', 0, len(pre) - 1))
            before = pre[:opening].rstrip()
            if opening > 0 and before and before[-1] not in ".!?" + _CLOSING_QUOTES:
                return False
        # "...under the banner of a 'coalition of the willing,' others have said"
        return scare_ends.get(lower + len(pre), lower) <= lower
    if pre[-1] == "," and tail.startswith(","):
        return True  # "The harbor, she argued, must stay open"
    if pre[-1] == "," and _when_only(pre[:-1].split(None, 5)):  # six words tell it
        return False  # "Today, some farmers refuse to plant", "On Monday, critics warned of"
    if (
        pre[-1] == ","
        and _OPENING_PHRASE.fullmatch(pre, 0, len(pre) - 1)
        and not _VERB_IN_PHRASE.search(pre)
    ):
        return False  # "In his speech, Lee urged voters to ...": where or how, no claim
    if text[lower:source].split(None, 1)[0] in _SUBORDINATORS and (
        pre.count(",") < 2 or not _END_TAIL.match(tail)
    ):
        # "As the war grinds on, the narratives continue" ('If A, B, he said.' has its main
        # clause between the commas, and its cue ends the sentence)
        return False
    return (
        bool(_TAIL.match(tail))
        and " that " not in tail[:80]
        and not _QUOTE_IN.search(tail)
        and not _GERUND_CLAUSE.match(tail)
    )


def _as_aside(
    text: str, lower: int, source: int, end: int, upper: int, speech: _Speech
) -> Quote | None:
    """'As Lee pointed out in May, "..."': the quote after the opening aside is the
    source's (the aside's own clause says nothing)."""
    if not text.startswith("As", lower) or not _AS_OPENING.fullmatch(text, lower, source):
        return None
    lead = _AS_ASIDE_QUOTE.match(text, end, upper)
    if lead is None:
        return None
    i = bisect.bisect_left(speech.starts, lead.end())
    return speech[i] if i < len(speech) and speech[i].start == lead.end() else None


def _quote_just_before(
    text: str, lower: int, source: int, end: int, upper: int, speech: _Speech
) -> Quote | None:
    """'"... missing." Trump said.': a sentence of its own credits the quote ending before it."""
    if source != lower or not _BARE_TAIL.match(text, end, upper):
        return None
    i = bisect.bisect_right(speech.starts, lower) - 1
    if i < 0 or not text[speech[i].end : lower].isspace() or "\n" in text[speech[i].end : lower]:
        return None
    opened = text[max(0, speech[i].start - 3) : speech[i].start].rstrip()[-1:]
    if opened and opened not in ".!?" + _CLOSING_QUOTES:
        return None  # 'Lee wrote, telling her, "...!" She replied': the quote is Lee's
    return speech[i]


#: A headline's credit at its end, in headlinese with no article: "Pier is
#: safest in Wales, mayor says", "..., police say".
_BARE_CREDIT = _regex.compile(r"[,:—–]\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+\Z")
_LINE_END = _regex.compile(r"[ \t]*(?:\n|\Z)")


def _headline_subject(
    text: str, lower: int, verb_at: int, cue_end: int
) -> tuple[int, int, int] | None:
    """The bare noun before a cue that ends its line, as a headline credits
    its claim without an article ("..., mayor says"); in prose a bare noun
    before a cue is too often no subject at all."""
    if (
        text[cue_end : cue_end + 1] not in ("", " ", "\t", "\n")  # a test first
        or _LINE_END.match(text, cue_end) is None
        or "\n" in text[lower:verb_at]
    ):
        return None
    match = _BARE_CREDIT.search(text, max(lower, verb_at - 60), verb_at)
    if match is None:
        return None
    return match.start(1), match.end(1), verb_at


#: A bare "One" opening its clause, the subject of an aside that may say it is a person.
_BARE_ONE = _regex.compile(r"(?:(?:But|And|Yet)\s+one|One)")


#: The verbs a poll reports its answers with: "4 in 10 said", "a third say they ...".
_POLLED_VERBS = words("say think believe expect want agree feel")
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
#: A share of those polled, opening its clause before the verb: "About four in 10 said",
#: "While only 7 percent said", "Nearly a third say", "Just over a quarter, 26 percent,
#: say", "all but two said", "75 percent of Democrats said".
_SHARE = (
    r"(?i:(?:only|just|about|nearly|almost|roughly|some|fully|over|under"
    r"|(?:just\s+)?(?:over|under)|(?:more|fewer|less)\s+than)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"
    rf"|(?i:{_NUMBER_WORD}\s+(?:in|out\s+of)\s+{_NUMBER_WORD}\b)"
    r"|(?i:a\s+(?:third|quarter|fifth|majority|plurality)\b|half\b|all\s+but\s+(?:one|two|three|\d+)\b"
    r"|(?:two|three)[-\s](?:thirds|quarters|fifths)\b))"
    r"(?:\s+of\s+(?:(?:the|those|all)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+s)?"
)
#: The words a share ends with, but a figure or a plural after "of": "4 in 10", "26
#: percent", "a third", "all but two".
_SHARE_ENDS = words(
    """percent cent third thirds quarter quarters fifth fifths half majority plurality one two
    three four five six seven eight nine ten"""
)
_NEXT_SHARE = _regex.compile(rf"[,;]\s+(?:(?:and|but|while|whereas)\s+)?{_SHARE}[\s,]")
#: Where a share may open its clause, past the sentence's start: after a comma, colon or
#: semicolon, or a word that joins clauses.
_SHARE_OPENERS = _regex.compile(r"[,:;]\s+|\b(?i:while|whereas|and|but|though|although|that)\s+")
_SHARE_SUBJECT = _regex.compile(
    # "45% of Republicans, 28% of independents and 12% of Democrats say": the list is one
    rf"{_SHARE}(?:,\s+{_SHARE})*(?:,?\s+and\s+{_SHARE})?"
    r"(?:,\s+\d+(?:\.\d+)?\s*(?:%|percent),)?"
    r"\s+"
)


def _share_subject(text: str, lower: int, verb: int) -> tuple[int, int, int] | None:
    """A share of those polled as the verb's subject ("About four in 10 said they were
    angry"), which the subject reader, looking for a noun, takes for none; what they
    said is the poll's result, and vague-attribution leaves such shares alone."""
    near = max(lower, verb - 90)
    window = text[near:verb]
    last = window.rstrip(" ,").rpartition(" ")[2]
    if not (
        last[-1:].isdigit()
        or last[-1:] == "%"
        or last.lower() in _SHARE_ENDS
        or (last[-1:] == "s" and " of " in window)
    ):
        return None  # a test first: most verbs follow a name or a pronoun
    starts = [0] if near == lower else []
    starts += [opener.end() for opener in _SHARE_OPENERS.finditer(window)]
    for start in starts:  # the first wins: a list of shares is one subject
        if _SHARE_SUBJECT.fullmatch(window, start):
            return near + start, near + len(window.rstrip(" ,")), verb
    return None


def _appositive_subject(text: str, lower: int, before: str) -> tuple[int, int, int] | None:
    """'Ruiz, who chairs the board, said', 'Ruiz, 45, said', 'A delegate, Jim Poe, said',
    'Ruiz, the chair, today said'."""
    trimmed = before.rstrip()
    cue_at = len(before)
    if not trimmed.endswith(","):
        adverbs = _AFTER_ASIDE.search(trimmed, max(0, trimmed.rfind(",")))
        if adverbs is None:
            return None
        # the cue takes the adverbs, as subject_before's does
        cue_at = len(before) - len(before[adverbs.start() :].lstrip())
        trimmed = trimmed[: adverbs.start()]
    closing = len(trimmed) - 1
    opening = closing
    for nested in range(3):  # "Ruiz, meanwhile, who sits on the board, said"
        opening = trimmed.rfind(",", 0, opening)
        if opening < 0 or len(trimmed[opening:closing].split()) > 25:
            return None
        name = _NAME_ASIDE.match(trimmed, opening + 1)
        led = not nested and not name and _LED_ASIDE.match(trimmed, opening + 1)
        if not nested and not name and not led and not _ASIDE.match(trimmed, opening + 1):
            return None
        subject = subject_before(text, lower, lower + opening)
        if (
            led
            and subject
            and _led_by_other(text, lower, subject[0])
            and not _ASIDE.match(trimmed, opening + 1)
            and _relative_head(text, lower, subject) is None
        ):
            return None
        if (
            subject is None
            and not nested
            and _BARE_ONE.fullmatch(trimmed, 0, opening)
            and PERSON_ASIDE.match(trimmed, opening)
        ):
            # "One, who asked not to be named, said": the aside says the one is a
            # person; a bare "One found ..." may be one of any things named before
            return lower + opening - 3, lower + opening, lower + cue_at
        if (
            not (nested or name)
            and trimmed[:1] in "OA"
            and ONE_OF_GROUP.fullmatch(trimmed, 0, opening)
        ):
            # "One of those at the meeting, a retired electrician, said": the subject
            # reader takes no partitive of a pronoun (or only the group); the aside may say
            # who the one is
            return lower, lower + opening, lower + cue_at
        if subject is not None and (
            _object_or_date(text, lower, subject[:2], name)
            or (not name and _appositive(text, lower, subject[0]))
        ):
            # "Clinton, during a meeting in Columbus, Ohio, said", "Lee, who took over on
            # Jan. 8, 2023, said", "..., resonating with voters, candidates ..., said Ann Lee"
            continue
        if subject is not None:
            including = None if nested else _INCLUDING_NAME.match(trimmed, opening + 1)
            if including is not None:
                # "Critics, including Ana Ruiz, argue": the one the group's named part is
                # can be asked, and the claim is hers too
                return lower + including.start("name"), lower + closing, lower + cue_at
            # "A delegate on the slate, Jim Poe, said": the mention runs to the name
            end = lower + closing if name and not nested and name.end() > closing else subject[1]
            return subject[0], end, lower + cue_at
    return None


def _appositive(text: str, lower: int, mention: int) -> bool:
    """Whether a mention is an article's noun phrase set off by a comma after a name:
    'Sen. Ann Lee, a Democrat from Ohio, in the name of ..., has proposed' (after an
    opening phrase, 'When he ran in 2009, aides to Lee, who ..., said', it is the subject)."""
    if not text.startswith(("a ", "an ", "the "), mention):
        return False
    head = text[max(lower, mention - 40) : mention].rstrip()
    return head.endswith(",") and head[:-1].rpartition(" ")[2][:1].isupper()


def _led_by_other(text: str, lower: int, mention: int) -> bool:
    """Whether the mention before an aside a preposition opens does not open its clause:
    a preposition's object ('Papers in New Jersey, including the Press, said'), an aside
    itself ('Sen. Ann Lee, a Democrat from Ohio, in the name of ..., has proposed') or the
    end of a phrase ('a loss of $15, or 10 cents a share, in the quarter, compared')."""
    head = text[max(lower, mention - 12) : mention].rstrip()
    if not head or head[-1] in '(“"—;:':
        return False
    if head[-1] == ",":
        return _appositive(text, lower, mention)
    return head.rpartition(" ")[2].lower() not in _CLAUSE_OPENERS


#: Words after which a subject opens its clause: "but critics, including Lee, argue".
_CLAUSE_OPENERS = words(
    "and but while whereas that as because although though yet so when if since where after before"
)


def _object_or_date(
    text: str, lower: int, mention: tuple[int, int], name: re.Match[str] | None
) -> bool:
    """Whether a mention before an aside's comma is a date, or a preposition's object that
    names no one: a common noun ('with voters') or a place before its state ('in Salem' of
    'Salem, Oregon,'); 'aides to Michael Lee, who ..., said' keeps the name, 'a delegate on
    the slate, Jim Poe, said' the name after it."""
    if _DATE.fullmatch(text, *mention):
        return True
    last = text.rfind(" ", *mention) + 1 or mention[0]
    full_name = name is not None and " " in name.group().strip(" ,")
    if full_name:
        return False  # "A delegate on the slate, Jim Poe, said": the mention runs to the name
    if not text[last].isupper():
        at = mention[0]
    elif name is not None:
        at = last
    else:
        return False
    return bool(_IN_PHRASE.search(text, max(lower, at - 12), at))


def _last_word(text: str, lower: int, end: int) -> int:
    """Where the last word before ``end`` starts (``lower`` at the earliest): a regex
    matching one word and the white space after it up to ``end`` need not be tried
    further back (a search tries every position of its window, a sentence's worth)."""
    head = text[lower:end].rstrip()
    return lower + len(head) - len(head.rsplit(None, 1)[-1]) if head else lower


def _relative_head(
    text: str, lower: int, subject: tuple[int, int, int]
) -> tuple[int, int, int] | None:
    """'A person who has seen the minutes said': the noun the clause describes speaks."""
    near = max(lower, subject[0] - 140)
    if text.find("who", near, subject[0]) < 0:
        return None  # a cheap look first: most subjects have no clause before them
    if text[subject[0] : subject[1]].lower() in _RELATIVES:
        return None  # "the ones who founded clubs that are supporting": "that" is its own
    who = _WHO_CLAUSE.search(text, near, subject[0])
    if who is None or _cue_in_clause(text, who.start() + 4, who.end()):
        return None  # "who has seen the memo said two directors": the cue ends the clause
    head = subject_before(text, lower, who.start())
    if head is None or text[head[0] : head[1]].lower() in PRONOUNS:
        return None
    return head[0], subject[1], subject[2]


def _cue_in_clause(text: str, start: int, end: int) -> bool:
    """Whether a finite cue verb other than 'read' stands between ``start`` and ``end``;
    'asked not to be named' asks for nothing said, and 'came to see him' sees nothing said."""
    base = _tables().base
    at = start
    for word in _WORD.finditer(text, start, end):
        if word.start() < at or base.get(word.group(), "read") == "read":
            continue
        if text.endswith("to ", start, word.start()):
            continue
        # (the request may run on into the words read as the subject: 'who declined to
        # give her surname said')
        anonymity = _ANONYMITY.match(text, word.end()) or _ANONYMOUS_TERMS.match(
            text, word.end(), end
        )
        if anonymity is None:
            return True
        at = anonymity.end()
    return False


def _is_verb(text: str, form: str, subject: tuple[int, int, int], cue: int) -> bool:
    """Whether the cue word is a verb after this subject, not a noun ("a stark warning")."""
    t = _tables()
    mention = text[subject[0] : subject[1]]
    if _possessive(mention):
        return False
    last = mention[mention.rfind(" ") + 1 :]
    if (last in _PREPOSITIONS_BEFORE or last[-1].isdigit()) and not _NUMBERED_NAME.search(mention):
        return False  # "the wave of attacks", "the 9/11 attacks", "44 emails": a noun
    aux = text[subject[2] : cue]
    parts = mention.lower().split()
    first = parts[0]
    if len(parts) == 2 and first in _POSSESSIVE_DETERMINERS and parts[1] in t.relations:
        return True  # "Her publisher says": a relation, not "his claims"
    if form.endswith("ing"):
        return bool(_BE.search(aux)) or text.endswith("with ", 0, subject[0])
    if aux:
        return True
    if form == t.base[form] and form not in _PAST_LIKE_BASE:
        if _ADJECTIVE_END.search(mention) and not (
            _PREPOSITION_INSIDE.search(mention) and last[0].isupper()
        ):
            # "the most ambitious plan", "an annual report": a noun ("Nurses at the Royal
            # Infirmary say": a name ends the subject)
            return False
        if form not in _NEVER_NOUNS and _compound_noun(mention):
            return False  # "the infrastructure project", "the utility's annual report"
        if first in _POSSESSIVE_DETERMINERS:
            # "Her remarks show", "their members say": a plural head takes the base form
            head = parts[-1]
            return head.endswith("s") and not head.endswith(("ss", "us", "is", "’s", "'s"))
        return first not in _SINGULAR
    if form.endswith("s"):
        head = mention.rsplit(None, 1)[-1]
        plural = head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))
        if plural and not _PREPOSITION_INSIDE.search(mention):
            return False  # "the furor raises questions": a plural head takes no "-s" verb
        return first not in _PLURAL and first not in _POSSESSIVE_DETERMINERS
    return True


def _dash_before(text: str, start: int, end: int) -> bool:
    """Whether a dash opens an aside just before ``end`` (``_DASH_OPENING``); most
    windows hold no dash at all, which ``in`` tests cost far less to tell."""
    window = text[start:end]
    return ("—" in window or "–" in window or "--" in window) and bool(
        _DASH_OPENING.search(text, start, end)
    )


def _possessive(words: str) -> bool:
    """Whether ``words`` end in a possessive ("the mayor's", "voters’"), a final line
    break aside, as the regex ``(?:’s|'s|s’|s')$`` would find it without its call."""
    return words.removesuffix("\n").endswith(_POSSESSIVE_ENDS)


def _compound_noun(mention: str) -> bool:
    """Whether a base-form cue after this mention reads as the last noun of a compound."""
    parts = mention.split()
    head = parts[-1]
    if (
        len(parts) < 2
        or head.endswith("s")
        or head.lower() in _COLLECTIVE
        or head.lower() in _PLURAL
    ):
        return False  # "the two write": a count stands for the people counted
    if not head.islower():
        # "the Prairie label": a singular name after "the" takes "-s" in the present
        return parts[0].lower() in ("the", "a", "an") and head[1:].islower()
    return parts[0].lower() in _DETERMINER_STARTS or _possessive(parts[-2])


def _first_verb_subject(text: str, lower: int, joint: int) -> tuple[int, int] | None:
    """'such as when Cruz knocked Rubio on trade and called him ...': the subject of the
    past-tense verb the "and" joins, inside a clause the sentence does not open with."""
    verb = _VERB_BEFORE_JOINT.search(text, max(lower, joint - 120), joint)
    subject = subject_before(text, lower, verb.start("verb")) if verb else None
    if subject is None or text[subject[0] : subject[1]].split()[0] in _OPENERS:
        return None
    return subject[:2]


def _leading_subject(text: str, lower: int, before: int) -> tuple[int, int] | None:
    """The name or pronoun a sentence opens with: the speaker of its participles."""
    match = _LEADING.match(text, lower, before)
    if match is not None and not _opener(text, match):
        return _with_its_noun(text, lower, before, match.span("subject"))
    # "During the debate, Cruz made a call ..., calling": the subject follows the opener
    comma = lower
    for _ in range(3):
        comma = text.find(", ", comma, before)
        if comma < 0:
            return None
        comma += 2
        match = _LEADING.match(text, comma, before)
        if match is not None and not _opener(text, match):
            return match.span("subject")
        people = _PEOPLE_AFTER_OPENER.match(text, comma, before)
        if people is not None and text.find(" and ", people.end(), before) < 0:
            # not 'Over the weeks, prosecutors charged him and the mayor fired his chief,
            # acknowledging ...': the participle goes with the last clause's subject
            return people.span("subject")
    return None


#: Up to two lower-case words, the last a plural noun, and then a past-tense verb: the
#: "experts welcomed" after "Independent" in "Independent experts welcomed ..."; not
#: "instead decried", "himself said", "always welcomed", "didn't seem".
_NOUN_THEN_VERB = _regex.compile(
    r"\s+(?:[a-z][\w’'-]*\s+)?[a-z]+(?<![sy'’u])s\s+(?:[a-z]+ly\s+)?"
    rf"(?P<verb>[a-z]{{2,}}ed|{_IRREGULAR_PAST})\b"
)


def _with_its_noun(text: str, lower: int, before: int, subject: tuple[int, int]) -> tuple[int, int]:
    """'Independent experts welcomed the results but warned that ...': a capitalised
    word opening the sentence, which ``_LEADING`` reads as a name, may be an adjective
    whose noun follows; the subject of the verb after them ('Independent experts')
    is the whole of it when it starts there too ('Lee always welcomed' stays 'Lee')."""
    if not text[subject[0]].isupper():
        return subject
    verb = _NOUN_THEN_VERB.match(text, subject[1], before)
    if verb is None:
        return subject
    whole = subject_before(text, lower, verb.start("verb"))
    if whole is None or whole[0] != subject[0] or whole[1] <= subject[1]:
        return subject
    return whole[:2]


def _joined_pronoun(
    text: str, found: list[_Found], lower: int, before: int
) -> tuple[int, int] | None:
    """'Lee rejected the plan, though in an interview he used harsher words, saying ...':
    the pronoun of the clause a participle or a second verb follows is its subject, not
    the sentence's first name; a main clause after it ('When he ran, Lee said ...,
    adding') takes the verb back, and a pronoun of a clause inside what was said ('Lee
    said he would go since he had promised to, and pledged ...') is no subject of the
    sentence's verbs (a clause after a comma, ', though he', is the sentence's own)."""
    last = None
    for joint in _JOINED_PRONOUN.finditer(text, max(lower, before - 200), before):
        last = joint
    if last is None or _MAIN_AFTER.search(text, last.end(), before):
        return None
    if text[last.start()] != "," and _inside_content(found, lower, last.start()):
        return None  # 'said he would go since he had promised': inside what was said
    return last.span("pronoun") if last.group("pronoun") else last.span("people")


def _opener(text: str, match: re.Match[str]) -> bool:
    """'During ...', 'Speaking at ...', 'Shortly after ...': a sentence's opening phrase,
    not its subject."""
    words = match.group("subject").split()
    if words[0] in _OPENERS and not (words[0] == "The" and len(words) > 1):
        return True
    if words[0] in _NOT_SUBJECTS or (len(words) == 1 and _FUSED_IS.fullmatch(words[0])):
        return True
    if len(words) == 1 and words[0] in _DEGREE:
        following = _WORD_AFTER.match(text, match.end())
        return following is not None and following.group(1).endswith("ly")
    if len(words) > 1 or not words[0].endswith(("ing", "ly")):
        return False
    if text.startswith(",", match.end()):
        return True  # "Repeatedly, the hall filled with ...": an adverb set off by a comma
    following = _WORD_AFTER.match(text, match.end())  # "King said" is a name
    return following is not None and following.group(1) in _AFTER_PARTICIPLE


def _source_first(
    text: str, match: re.Match[str], src: tuple[int, int], cue: tuple[int, int], upper: int
) -> _Found | None:
    t = _tables()
    start = match.end()
    flags = t.flags.get(match.group().lower(), frozenset())
    if "figure" in flags and _FIGURE.match(text, start, upper):
        return None
    if "as" in flags and not _AS_OR_THAT.match(text, start, upper):
        return None
    if "vote" in flags and _TALLY.match(text, start, upper):
        return None  # "voters rejected the recall by a wide margin": a ballot, no claim
    if (
        "naming" in flags
        and not _NAMED_BEFORE.search(text, max(0, src[0] - 12), src[0])  # "which they called"
        and not _NAMING.match(text, start, upper)
    ):
        return None
    if "object" in flags:
        obj = _OBJECT.match(text, start, upper) or _BARE_OBJECT.match(text, start, upper)
        if obj is not None:
            start = obj.end()
    kind = SourceKind.DOCUMENT if "evidence" in flags and _a_thing(text[src[0] : src[1]]) else None
    return _content_after(text, (start, start), upper, src, cue, kind)


def _a_thing(mention: str) -> bool:
    """'An honest look', 'the pitch': a common noun that names no kind of person (no
    trade in -er, -or, -ist, ..., no title or relation); a lone capitalised word may be
    a name ('Trump')."""
    if mention.lower() in PRONOUNS or not mention[1:].islower():
        return False
    if mention[0].isupper() and " " not in mention:
        return False
    head = head_of(mention).rsplit(None, 1)[-1]
    return (
        not _PERSON_NOUN.fullmatch(head)
        and head not in _tables().relations
        and head not in _PEOPLE
        and classify(mention) is SourceKind.PERSON
    )


def _reader(text: str, src: tuple[int, int]) -> bool:
    """Whether a subject of "read" is someone who reads ("three members", "she"), not a
    text that reads ("the label", "it", "a shirt that")."""
    mention = text[src[0] : src[1]]
    if mention.lower() in PRONOUNS:
        return _person(text, src)
    kind = classify(mention)
    return kind in (SourceKind.ANONYMOUS, SourceKind.VAGUE) or (
        kind is SourceKind.PERSON and not _a_thing(mention)
    )


def _inside_content(found: list[_Found], lower: int, at: int) -> bool:
    """Whether ``at`` lies in the content of an attribution found earlier in its sentence."""
    for earlier in reversed(found):
        if earlier.cue[0] < lower:
            return False
        if earlier.content[0] <= at < earlier.content[1]:
            return True
    return False


def _person(text: str, src: tuple[int, int]) -> bool:
    """Whether a subject is a person or people, not a text or a thing ("it", "the poll")."""
    mention = text[src[0] : src[1]]
    gender = PRONOUNS.get(mention.lower())
    if gender is not None:
        return gender in "mfpx" or mention.lower() == "who"
    return classify(mention) is SourceKind.PERSON


def _content_after(
    text: str,
    after: tuple[int, int],
    upper: int,
    src: tuple[int, int] | None,
    cue: tuple[int, int],
    kind: SourceKind | None,
) -> _Found | None:
    lead = _THAT.match(text, after[1], upper)
    start = lead.end() if lead else after[1]
    flags = _tables().flags.get(text[cue[0] : cue[1]].rsplit(None, 1)[-1], frozenset())
    naming = "naming" in flags or "named" in flags
    # 'what she calls red tape, and has made promises of jobs that ...': a name, given in
    # a relative clause, and no clause of its own after a "that" further on
    relative = naming and src is not None and _NAMED_BEFORE.search(text, max(0, src[0] - 8), src[0])
    near = None
    if (
        not relative
        and not (lead and "that" in lead.group())
        and text.find("that", start, upper) >= 0
    ):
        near = _NEAR_THAT.match(text, start, upper)  # a cheap find first: the match is slow
    if (
        near is not None
        and not _clause_with_cue(text, start, near.end())
        and not _second_clause(text, start, near.end())
    ):
        start = near.end()
    stop = _QUOTE_THEN_CLAUSE.search(text, start, upper)
    held = stop is not None and not stop.group(1) and _QUOTE_IN.search(text, stop.end(), upper)
    if held:
        stop = None  # 'what he called "X," obtaining "Y"': the participle's quote is held too
    end = stop.start() + 2 if stop else upper
    quoted = start < end and text[start] in _QUOTE_OPEN  # 'said "The plan" and swore ...'
    if (naming or quoted) and text.find(" and ", start, end) >= 0:  # a cheap find first
        verb = _QUOTE_THEN_VERB.search(text, start, end)
        end = verb.end() if verb else end
    if naming and not held:
        named = _NAME_THEN_CLAUSE.match(text, start, end)
        end = named.end() if named else end
        if relative:
            end = _end_of_name(text, start, end)
    elif " as " in text[start : min(end, start + 90)]:  # a cheap find first
        given = _AS_QUOTE_THEN_WHEN.match(text, start, end)
        end = given.end() if given else end
    content = _trim(text, start, end)
    if content is None:
        return None
    return _Found(content, src, cue, kind=kind)


def _end_of_name(text: str, start: int, end: int) -> int:
    """'despises what he calls political correctness, and has made ...', 'what she called
    a "rant," a series of posts': a naming verb in a relative clause gives a name, a noun
    phrase, and the sentence goes on with the writer's words where it ends (``_NAME_STOP``
    outside the name's quotes, or a comma closing one of them).  'what he called "A" and
    "B"', 'what she called unilateral, dangerous acts' name all of it."""
    inside = False
    for stop in _NAME_STOP.finditer(text, start, end):
        mark = stop.group()
        if mark in '“”"':
            inside = mark == "“" or (mark == '"' and not inside)
            if not inside and text[stop.start() - 1] == ",":
                return stop.end()  # 'a "rant,"'
        elif not inside:
            return stop.start()
    return end


def _clause_with_cue(text: str, start: int, end: int) -> bool:
    """'said the records showed that ...': a finite cue verb between a cue and a later
    "that" heads a clause of the content, whose own attribution is nested in it (an
    aside such as 'said in a letter to donors that' has none, nor has 'vowed to repeat
    that', 'dismissed Lee's charges that' or 'said, responding to critics, that'); so does
    an agentless cue ('it is widely expected that')."""
    t = _tables()
    for match in t.cue.finditer(text, start, end):
        form = match.group()
        kind = t.cue_kinds[match.lastgroup or ""]
        if kind == "agentless":
            return True  # "believe X, and it is widely expected that": a clause of its own
        if kind != "verb" or form.endswith("ing"):
            continue
        subject = subject_before(text, start, match.start())
        if subject is not None and _is_verb(text, form, subject, match.start()):
            return True
    return False


def _postposed(
    text: str,
    match: re.Match[str],
    src: tuple[int, int],
    cue: tuple[int, int],
    lower: int,
    upper: int,
    speech: _Speech,
) -> _Found | None:
    """'"...," X said' and '"...," said X': the content comes before."""
    first = min(src[0], cue[0])
    end = first
    while end > lower and text[end - 1] in " \t\n,;—–":
        end -= 1
    start = lower
    # a quote that ends right before the comma may have begun sentences earlier;
    # none before the first that reaches ``end`` does, none starting after it
    for quote in itertools.islice(speech, bisect.bisect_left(speech.reach, end), None):
        if quote.start > end:
            break
        if quote.end == end or quote.end == end + 1 or (quote.start < end <= quote.end):
            start = min(start, quote.start)
            opened = text[lower : quote.start].rstrip()[-1:]
            if opened == "(" or (opened == ":" and _tables().base[match.group()] != "report"):
                # 'X hinted at it: "...," he told the paper', 'Members balked ("...,"
                # wrote Ann Lee, a welder)': the quote alone is the speaker's; 'Lee said:
                # "...," the Times reported' relays Lee's clause with the quote
                start = quote.start
            break
    content = _trim(text, start, end)
    if content is None:
        return None
    # a split quote: '"...," Rutte said, "..."' is one attribution
    rest = max(src[1], match.end())
    near = bisect.bisect_left(speech.starts, rest)
    for quote in speech[near : bisect.bisect_left(speech.starts, rest + 4, near)]:
        if text[rest : quote.start].strip(" ,:") == "":
            # '"...," Rutte said, "..."' is one split quote; 'Asked about it, X said, "..."'
            # credits only the quote
            split = text[content[1] - 1] in _CLOSING_QUOTES
            content = (content[0] if split else quote.start, quote.end)
            break
    else:
        tail = text[rest:upper]
        stripped = tail.lstrip()
        medial = src[0] < cue[0] and text[end - 1] not in _CLOSING_QUOTES
        if medial and stripped.startswith(",") and not _TAIL.match(stripped[1:]):
            # "Allies, he argued, must act ...": the content surrounds the cue
            content = _trim(text, lower, upper) or content
    return _Found(content, src, cue)


#: After "according to NAME," with the claim before it, a noun phrase is the source's
#: apposition ("a union official", "the port's manager"), not more of the claim.
_APPOSITION_AFTER = _regex.compile(r"(?:a|an|the|his|her|its|their|one)\s", re.IGNORECASE)
#: ... unless a link before the cue opens the claim after it: "said that according to
#: its analysis, the party has won", "but, according to officials, the oil ...".
_CLAUSE_LINK_BEFORE = _regex.compile(
    r"\b(?:that|because|but|and|or|while|since|as|if|when|so|although|though)\W*\Z",
    re.IGNORECASE,
)


def _according(
    text: str, cue: tuple[int, int], lower: int, upper: int, speech: _Speech
) -> _Found | None:
    """'"A. B," Lee said, according to the Herald': what the outlet relays is the whole
    quote with its speaker, though the sentence reader starts the clause at "B"."""
    rest = text[cue[1] : upper]
    cut = len(rest)
    for stop in (",", ";", " that "):
        pos = rest.find(stop)
        if 0 <= pos < cut:
            cut = pos
    src = _trim_source(text, cue[1], cue[1] + cut)
    if src is None:
        return None
    # "according to ‘Ukrainska Pravda,’": a title in quote marks or italics is a
    # publication's, not a person's
    title = _TITLE.match(text, cue[1], src[1])
    kind = SourceKind.OUTLET if title is not None and title.end() == src[1] else None
    before = _trim(text, lower, cue[0])
    after = _trim(text, cue[1] + cut, upper)
    # 'According to X, Kelly was "incognito," sparking ...': the participle is the writer's
    clause = _QUOTE_THEN_CLAUSE.search(text, after[0], after[1]) if after else None
    after = _trim(text, after[0], clause.start() + 2) if after and clause else after
    while after is not None and text[after[0]] in '’”"':
        after = _trim(text, after[0] + 1, after[1])
    quoted = False
    if before is not None:
        # the quote the clause starts inside, or whose closing mark opens the sentence
        # ('"What does that mean? " Lee asked, according to ...' is read from '" Lee')
        i = bisect.bisect_right(speech.starts, before[0]) - 1
        if i >= 0 and (before[0] < speech[i].end or lower < speech[i].end):
            before = (speech[i].start, before[1])
            quoted = True  # '"It is dying," according to ...': words said, however few
    if before is not None and ((before[1] - before[0]) > 15 or quoted):
        if (
            after is not None
            and _APPOSITION_AFTER.match(text, after[0])
            and not _CLAUSE_LINK_BEFORE.search(text, max(lower, cue[0] - 12), cue[0])
        ):
            after = None  # '"...," according to Ana Ruiz, a union official': who she is
        content = before if after is None else (before[0], after[1])
    elif after is not None:
        content = after
    else:
        return None
    return _Found(content, src, cue, kind=kind)


#: A past cue right after a cue in -s: "posts claimed", "Media reports said" read the
#: first as a plural noun, the second as the verb.  Past forms that rarely stand as
#: adjectives only: "posts reported earnings", "reports alleged abuse" keep the verb.
_PAST_CUE_NEXT = _regex.compile(
    r" (?:said|claimed|suggested|stated|warned|insisted|indicated|showed)\b"
)


#: "of this kind", "of the sort": what follows "of" is a class of the noun, not its content.
_OF_A_KIND = _regex.compile(
    r"\s+of\s+(?:this|that|these|those|the|such|any|every|some)\s+(?:[a-z]+\s+)?"
    r"(?:kinds?|sorts?|types?|nature)\b"
)


def _nominal(text: str, match: re.Match[str], lower: int, upper: int) -> _Found | None:
    """'a growing belief within NATO that ...', 'reports of a covert campaign'."""
    owner = _VAGUE_NOUN_OWNER.search(text, max(lower, match.start() - 100), match.start())
    start = owner.start() if owner is not None else match.start()
    src = (start, match.end())
    if _OF_A_KIND.match(text, match.end()):
        return None  # "rumours of this kind often surface": a class of rumours, no content
    cue = (match.start(), match.end())
    surfaced = _SURFACED.match(text, match.end())
    following = surfaced.end() if surfaced else text.find(" ", match.end() + 1, upper)
    if following < 0:
        return None
    content = _trim(text, following, upper)
    if content is None:
        return None
    return _Found(content, src, cue, kind=SourceKind.VAGUE)


def _noun_reading(text: str, lower: int, match: re.Match[str]) -> str:
    """'a belief that' (noun), 'She fears that' (verb), 'Exxon's accusation that' (owned)."""
    prior = text[max(lower, match.start() - 40) : match.start()].split()
    word = prior[-1] if prior else ""
    if match.group().endswith("ing") and word.endswith(","):
        return "verb"  # "..., warning that"
    if _OWNER.search(text, max(lower, match.start() - 100), match.start()):
        return "owned"  # "Sanders’ repeated accusations"
    if word.lower() in PRONOUNS and word.lower() not in ("that", "which", "it"):
        return "verb"
    if word[:1].isupper() and word not in _OPENERS and word not in ("A", "An"):
        return "verb"  # "CBS News reports that"
    form = match.group()
    if form.endswith("s") and (word.lower() in _tables().subject_heads or person_singular(word)):
        return "verb"  # "The minister claims that", "the company fears": its subject's verb
    if (
        form.isalpha()
        and not form.endswith(("s", "ing", "ed"))
        and word.endswith("s")
        and not word.endswith("ss")
        and word.isalpha()
        and word.islower()
    ):
        return "verb"  # "Some experts fear that", "Viral posts claim that": a plural's verb
    return "noun"


def _owned(text: str, match: re.Match[str], lower: int, upper: int) -> _Found | None:
    """'Exxon's accusation that ...', 'his assertion that ...': the owner is the source."""
    found = _nominal(text, match, lower, upper)
    if found is None:
        return None
    owner = _OWNER.search(text, max(lower, match.start() - 100), match.start())
    if owner is None:
        return found
    found.source = owner.span("owner")
    found.kind = None
    return found


def _sentence_subject(found: list[_Found], lower: int, before: int) -> tuple[int, int] | None:
    """The source of an earlier attribution in the same sentence, the participle's subject:
    the main clause's, not one inside its content ('Lee said they found A and said B')."""
    candidates = []
    for attribution in reversed(found):
        if attribution.cue[0] < lower:
            break
        nominal = attribution.kind is SourceKind.VAGUE  # "rumors of ...": no agent
        if attribution.source is not None and attribution.cue[0] < before and not nominal:
            candidates.append(attribution)
    for attribution in candidates:
        assert attribution.source is not None
        at = attribution.source[0]
        if not any(o.content[0] <= at < o.content[1] for o in candidates if o is not attribution):
            return attribution.source
    return candidates[0].source if candidates else None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    # most spans open with a letter or a digit (a word character, as for ``_WORDY``):
    # a look at it spares them the search
    wordy = start < end and (text[start].isalnum() or _WORDY.search(text, start, end))
    return (start, end) if wordy else None


def _trim_source(text: str, start: int, end: int) -> tuple[int, int] | None:
    span = _trim(text, start, end)
    if span is None:
        return None
    a, b = span
    while a < b and text[a] in _QUOTE_OPEN + "’”":
        a += 1
    while b > a and text[b - 1] in '’”"‘“':
        b -= 1
    return (a, b) if a < b else None


#: Where a relative clause set off by commas ends and its main clause's verb
#: follows: "The exchange, which claims 3 million users, is the biggest".
_MAIN_VERB_AFTER = _regex.compile(
    r",\s+(?:is|was|are|were|has|have|had|will|would|remains|remained)\b"
)


def _end_relative_clauses(text: str, found: list[_Found]) -> None:
    """'X, which claims A, is B': what the relative clause's cue reports ends
    at the comma that closes the clause, where the main clause goes on."""
    for f in found:
        if f.source is None or text[f.source[0] : f.source[1]] not in ("which", "who"):
            continue
        before = f.source[0] - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before < 0 or text[before] != ",":
            continue  # (found by a look back, not a slice of all the text before it)
        a, b = f.content
        end = _MAIN_VERB_AFTER.search(text, a, b)
        if end is not None:
            f.content = _trim(text, a, end.start()) or f.content


def _cut_at_later_clauses(text: str, found: list[_Found]) -> None:
    """'X said A, adding B': the first content stops where the second clause begins."""
    for i in [i for i, later in enumerate(found) if later.joint >= 0 and i >= 2]:
        later = found[i]
        # 'X said they found A and said B': the owner of the verb "and" joins, with
        # another attribution in between, stops at "and" too
        for earlier in found[max(0, i - 4) : i - 1]:
            a, b = earlier.content
            if earlier.source == later.source and earlier.cue[1] <= a < later.joint < b:
                earlier.content = _trim(text, a, later.joint) or earlier.content
    for i, later in enumerate(found):
        if i and text[later.content[0] - 1] == "(":
            # 'Lee wrote that A ("...," wrote Ruiz)': an aside with a voice of its own
            for earlier in found[max(0, i - 3) : i]:
                a, b = earlier.content
                if earlier.cue[1] <= a < later.content[0] < b:
                    earlier.content = _trim(text, a, later.content[0] - 1) or earlier.content
    ended: list[_Found] = []
    for earlier, later in itertools.pairwise(found):
        a, b = earlier.content
        if (
            later.source is not None
            and later.source[0] == a
            and later.cue[1] <= later.content[0]
            and text[earlier.cue[1] : a].strip() == ","
            and _in_opening_clause(text, earlier.cue[0])
        ):
            # 'In a string of posts, Lee wrote ...', 'hurt his hopes, Ms. Lane sighed: "..."':
            # the cue closes an opening phrase; the clause after its comma has its own source
            ended.append(earlier)
            continue
        if later.joint > earlier.cue[1]:
            # "praised the plan and warned that": the first verb's content ends at "and"
            if a < later.joint < b or a >= later.cue[1]:
                lead = _THAT.match(text, earlier.cue[1], later.joint)
                start = lead.end() if lead else earlier.cue[1]
                earlier.content = _trim(text, start, later.joint) or earlier.content
            continue
        # the regex only for a participle of the same source, as few cues are
        step = (
            _STEP_BEFORE.search(text, max(a, later.cue[0] - 12), later.cue[0])
            if later.source == earlier.source and text.endswith("ing", later.cue[0], later.cue[1])
            else None
        )
        if step is not None and a < step.start() < b:
            # 'Lee said A on Monday before adding that B': the next step is a claim of its own
            earlier.content = _trim(text, a, step.start()) or earlier.content
            continue
        if (
            later.source is not None
            and a < later.content[1] <= min(later.source[0], later.cue[0]) < b
            and (text[a] in _QUOTE_OPEN or later.content[0] > a)
            and text[later.content[1] - 1] in _CLOSING_QUOTES + ","
            and earlier.cue[1] <= a
        ):
            # 'Lee said: "...," the Times reported': the quote's own source ends the content
            earlier.content = _trim(text, a, later.content[1]) or earlier.content
            continue
        start = later.cue[0]
        if later.source and max(a, later.cue[0] - 60) < later.source[0] < start:
            start = later.source[0]
        if a < start < b and earlier.cue[1] <= a:
            comma = max(
                text.rfind(",", a, start), text.rfind(" - ", a, start), text.rfind("—", a, start)
            )
            joint = _CLAUSE_JOINT.match(text, comma, start) if comma > a else None
            phrase = joint is None and comma > a and _PHRASE_JOINT.match(text, comma, start)
            dash = text[comma] != ","
            if phrase:
                joint = phrase
            elif joint is None or (
                dash and text.find(text[comma : comma + 2], later.cue[1], b) > 0
            ):
                continue  # "A - he wrote B - C": a dash aside, not a new clause
            # "When X suggested A, Rubio fired back": a new main clause with its own subject
            main = start == later.source[0] if later.source else False
            main = main and later.content[0] >= later.cue[1] and joint.end() == start
            # 'said the plan, which he called fair, would pass': a relative clause closed
            # before the content goes on is part of it
            aside = later.content[1] < b - 1 and _RELATIVE_JOINT.search(text, comma, start)
            main = main and not aside
            if main or joint.group(1) or text[later.cue[1] - 3 : later.cue[1]] == "ing":
                earlier.content = _trim(text, a, comma) or earlier.content
    if ended:
        found[:] = [f for f in found if all(f is not e for e in ended)]
    _end_opening_clauses(text, found)


def _in_opening_clause(text: str, cue: int) -> bool:
    """Whether the cue at ``cue`` stands in the clause or phrase its sentence opens with
    (``_OPENING_CLAUSE``, within 150 characters).  No such clause holds a comma, a
    semicolon, a colon or an opening quote, so the search starts after the last of them:
    four string finds spare the regex most of the positions it would try."""
    lower = max(0, cue - 150)
    for mark in ",;:“":
        lower = max(lower, text.rfind(mark, lower, cue) + 1)
    return _OPENING_CLAUSE.search(text, lower, cue) is not None


def _end_opening_clauses(text: str, found: list[_Found]) -> None:
    """'When she was asked about schools, she offered a promise: "..."': a cue inside the
    subordinate clause a sentence opens with reports only up to the comma closing that
    clause, where the main clause begins with its own subject and verb."""
    for f in found:
        a, b = f.content
        start = max(a, f.cue[1])
        comma = text.find(",", start, b)
        if comma < 0 or a < f.cue[0]:
            continue  # no comma in the content, or a content before the cue
        # the main clause first: one search of the content, where the opening clause's
        # search looks back 150 characters, and most contents hold no main clause
        main = _MAIN_AFTER.search(text, comma, b)
        # from the source when it comes first: 'While lawyers, including donors, opposed
        # it, the base ...' holds the aside's commas between the clause's opening and cue
        opens = f.source[0] if f.source and f.source[0] < f.cue[0] else f.cue[0]
        if main is not None and _in_opening_clause(text, opens):
            end = main.start()
            if text[end + 1 : end + 2] in _CLOSING_QUOTES:
                end += 2  # 'After saying it was "swollen," she ...': the quote closes in it
            f.content = _trim(text, a, end) or f.content


#: After a word read as a cue, a phrase that makes it a noun or a participle of the
#: mention: "Media reports in Tanzania", "An article written by ...", "an investigator
#: quoted by the newspaper".
_PHRASE_AFTER = _regex.compile(r"\s+(?:by|in|of|from)\b")


def _without_cue_in_subject(text: str, found: list[_Found]) -> list[_Found]:
    """'Critics argue stadium projects rarely pay': a subject read as running over
    another attribution's cue and into its content, from the same start ('Critics
    argue stadium', with 'projects' as a cue; 'Police demand', with the plural
    'answers' that opens the content as a cue), is no mention; the first cue is the
    verb ('According to White House pool reports' keeps its mention whole)."""
    by_start: dict[int, list[_Found]] = {}
    for f in found:
        if f.source is not None:
            by_start.setdefault(f.source[0], []).append(f)
    return [
        f
        for f in found
        if f.source is None
        or len(by_start[f.source[0]]) == 1
        or not any(
            f.source[0] < g.cue[0]
            and g.cue[1] <= f.source[1]
            and (g.content[0] < f.source[1] or _plural_object(text, g, f))
            and not _PHRASE_AFTER.match(text, g.cue[1])
            for g in by_start[f.source[0]]
        )
    ]


def _plural_object(text: str, verb: _Found, noun: _Found) -> bool:
    """'Police demand answers from the mayor', 'The campaign reiterated plans to':
    a plural right after a cue verb, opening its content, is its object, no cue of
    a subject that runs up to it ('Police demand')."""
    cue = text[noun.cue[0] : noun.cue[1]]
    return (
        noun.cue[0] == verb.content[0]
        and cue.endswith("s")
        and text[verb.cue[1] : noun.cue[0]].isspace()
    )


def _without_swallowed(text: str, found: list[_Found]) -> list[_Found]:
    """'Markets saw the rally coming, he said': a verb inside the content of a
    postposed cue whose own content runs into that cue belongs to what was said,
    unless its subject can hold a view ('Many fear A, critics say': both stand)."""
    drop: set[int] = set()
    for i, later in enumerate(found):
        if later.source is None or later.content[1] > min(later.source[0], later.cue[0]):
            continue  # not postposed
        for j in range(i - 1, -1, -1):
            earlier = found[j]
            if earlier.cue[1] <= later.content[0]:
                break
            if earlier.cue[1] <= later.content[1] < earlier.content[1]:
                if earlier.source is not None and _can_hold_a_view(text, earlier.source):
                    earlier.content = _trim(text, earlier.content[0], later.content[1]) or (
                        earlier.content
                    )
                else:
                    drop.add(j)
    return [f for k, f in enumerate(found) if k not in drop]


def _can_hold_a_view(text: str, source: tuple[int, int]) -> bool:
    """A group or quantifier ('Many fear'), whose view the vague-source rule must still see."""
    mention = text[source[0] : source[1]]
    return mention.lower() not in PRONOUNS and classify(mention) is SourceKind.VAGUE


def _split_paragraph_runs(text: str, found: list[_Found], speech: _Speech) -> None:
    """'"A," Lee said. "B.\n\n"C," she added.': a quote running on into the next
    paragraph (its first paragraph left open, the next reopened) is split where it
    reopens when a cue stands before it in its first paragraph: that part goes on with
    the first cue's point, the reopened part is the later cue's.  Both hold the quote."""
    by_start = {f.content[0]: f for f in found}
    for quote in speech:
        later = by_start.get(quote.start)
        if later is None or later.cue[0] < quote.end - 1:
            continue  # no cue after the quote claims it from its start
        lines = text.rfind("\n", quote.start, quote.end)
        if lines < 0:
            continue
        reopen = lines + 1
        while reopen < quote.end and text[reopen] in " \t\n":
            reopen += 1
        paragraph = text.rfind("\n", 0, quote.start) + 1
        if text[reopen] not in _QUOTE_OPEN or not text[paragraph : quote.start].strip():
            continue
        earlier = [
            f
            for f in found
            if paragraph <= f.cue[0] < quote.start and f.content[1] < reopen and f is not later
        ]
        if not earlier:
            continue
        first = max(earlier, key=lambda f: f.cue[0])
        first.content = (first.content[0], lines)
        trimmed = _trim(text, *first.content)
        first.content = trimmed or first.content
        later.content = (reopen, later.content[1])
        first.quotes.append(quote.index)
        later.quotes.append(quote.index)


def _attach_quotes(document: Document, found: list[_Found], speech: _Speech) -> None:
    """Give each attribution its quotes; a quote nobody claims continues the one before."""
    found.sort(key=lambda f: f.content[0])
    split = {q for f in found for q in f.quotes}
    starts = [f.content[0] for f in found]
    # the running max of the contents' ends (kept up as contents stretch), and the
    # last found whose cue precedes an offset
    reach = list(itertools.accumulate((f.content[1] for f in found), max))
    at = {id(f): j for j, f in enumerate(found)}
    cue_floor = list(itertools.accumulate((f.cue[0] for f in reversed(found)), min))[::-1]
    previous: _Found | None = None
    sentences = document.sentences
    text = document.text
    added: list[_Found] = []
    sentence_starts = [s.span.start for s in sentences]  # not the properties
    for quote in speech:
        i = bisect.bisect_right(starts, quote.start) - 1
        if quote.index in split:
            previous = found[bisect.bisect_right(starts, quote.end) - 1]
            continue
        owner = found[i] if i >= 0 and found[i].content[1] >= quote.end - 1 else None
        if owner is None:
            # a nested attribution may hold it while the outer one starts earlier
            owner = _last_holding(found, reach, i, quote)
        if owner is None and i >= 0 and quote.start < found[i].content[1]:
            # 'Trump said: "A. B."' read one sentence at a time: the quote runs on
            owner = found[i]
            _stretch(owner, quote.end, reach, at)
        if owner is not None:
            owner.quotes.append(quote.index)
            previous = owner
            continue
        introduced = _introduced(document, quote)
        if introduced is not None:
            introduced.quotes.append(quote.index)
            added.append(introduced)
            previous = introduced
            continue
        bylined = _bylined(text, quote)
        if bylined is not None:
            added.append(bylined)
            previous = bylined
            continue
        owned = _owned_quote(text, sentences[quote.sentence].start, quote) or _used_words(
            text, sentences[quote.sentence].start, quote
        )
        if owned is not None:
            added.append(owned)
            previous = owned
            continue
        carried = _said_just_before(document, found, cue_floor, quote)
        if carried is not None:
            # '..., Ruiz says. "We knew."': the quote goes on with the point Ruiz made
            previous = _Found((quote.start, quote.end), carried.source, carried.cue)
            previous.quotes.append(quote.index)
            added.append(previous)
            continue
        if previous is None or not previous.quotes:
            continue
        last = document.quotes[previous.quotes[-1]]
        here, there = sentences[quote.sentence], sentences[last.sentence]
        if here.paragraph - there.paragraph > 1:
            continue
        own = _own_clause(text, document.quotes, here, quote) if here is not there else None
        if own is not None:
            # 'The campaign sent an email saying "..."': the sentence's subject speaks,
            # not the speaker of the quote before
            previous = own
            added.append(own)
            continue
        # another speaker in between ends the quote's run; "..., referring to X" does not
        between = [
            f
            for f in found[bisect.bisect_right(starts, previous.content[1]) : i + 1]
            if f.content[0] < quote.start
            and f.source != previous.source
            and (f.source is None or text[f.source[0] : f.source[1]].lower() not in _RELATIVES)
            and not _inside_speakers_sentence(text, sentence_starts, previous, f)
        ]
        if between:
            continue
        # '"A," he said, adding that B. "C."': the quote continues the later clause
        later = [
            f
            for f in found[bisect.bisect_left(starts, previous.content[1]) : i + 1]
            if f.content[0] < quote.start and f.source == previous.source
        ]
        if (
            later
            and sentences[_sentence_at(sentences, later[-1].cue[0])].paragraph == here.paragraph
        ):
            previous = later[-1]
        if here.paragraph == there.paragraph:
            _stretch(previous, max(previous.content[1], quote.end), reach, at)
            previous.quotes.append(quote.index)
        else:
            # a new paragraph is a new attribution of the same speaker
            previous = _Found(
                (quote.start, quote.end), previous.source, previous.cue, kind=previous.kind
            )
            previous.quotes.append(quote.index)
            added.append(previous)
    found.extend(added)
    found.sort(key=lambda f: f.content[0])
    _credit_held_quotes(document, found)


def _own_clause(
    text: str, quotes: tuple[Quote, ...], sentence: Sentence, quote: Quote
) -> _Found | None:
    """'Lee, the party's head, in a statement credited him for "..."', 'Ross ..., telling
    one aide: "..."': a quote inside a sentence whose subject has a cue verb before it
    is that subject's, not the run of an earlier speaker's quotes."""
    t = _tables()
    subject = _leading_subject(text, sentence.start, quote.start)
    if subject is None or text[subject[0] : subject[1]] in ("A", "An", "It"):
        return None
    for before in reversed(quotes[: quote.index]):
        if before.end <= sentence.start:
            break
        if before.start <= subject[0]:
            return None  # '"A. B," Lee said': the subject is quoted words, or follows them
    cue = None
    cue_word = False  # any, a verb or not
    for match in t.cue.finditer(text, subject[1], quote.start):
        cue_word = True
        if t.cue_kinds[match.lastgroup or ""] == "verb" and not _named_passive(
            text,
            match.group(),
            subject[1],
            match.span(),
            subject_before(text, subject[1], match.start()),
        ):
            cue = match  # 'One dresses so boldly she is nicknamed "..."' names no speaker
    if cue is None:
        # 'Ann Lee broke down what was wrong with it: "..."': no cue word at all
        return None if cue_word else _named_subjects_quote(text, sentence.start, quote)
    local = subject_before(text, subject[1], cue.start())
    if local is not None and _ABSOLUTE.search(text, max(subject[1], local[0] - 8), local[0]):
        # '..., Bob said, while others "..."', 'with the campaign saying "..."': the
        # cue's own subject
        subject = local[:2]
    found = _Found((quote.start, quote.end), subject, cue.span())
    found.quotes.append(quote.index)
    return found


#: The verb of a sentence a name opens: a past or present form, or an auxiliary, after
#: an adverb or two ('Jeb Bush broke down', 'Lee also made the point', 'Cruz would not').
_VERB_AFTER_NAME = _regex.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|now\s+){0,2}"
    rf"(?P<verb>(?:{_AUXILIARY}|[a-z]+ed|[a-z]+s|"
    + trie_pattern(word_set("past_irregular.txt"))
    + r")\b)"
)
#: What may stand before the subject a sentence opens with: 'But Cruz would not ...'.
_JOINING = ("", "But", "And", "So", "Yet")
#: Words a sentence opens with that name no one, though capitalised.
_NO_ONE = words("one his her its their our my your this that these those another each")


def _named_subjects_quote(text: str, lower: int, quote: Quote) -> _Found | None:
    """'Ann Lee broke down what was wrong with it to the Post: "..."', 'Lee continues, "..."':
    a sentence whose subject is a person's name, with no cue verb before its quote, is
    still that person's turn, not the run of an earlier speaker's quotes."""
    verb = _VERB_AFTER_NAME.search(text, lower, quote.start)
    subject = subject_before(text, lower, verb.start("verb")) if verb is not None else None
    if verb is None or subject is None or text[lower : subject[0]].strip() not in _JOINING:
        return None  # the first verb's subject opens the sentence, or no one's does
    mention = text[subject[0] : subject[1]]
    first = mention.split()[0].lower()
    if (
        not mention[0].isupper()
        or first in _NO_ONE
        or first in PRONOUNS
        or _possessive(mention)
        or classify(mention) is not SourceKind.PERSON
        or person_name(mention) is None
    ):
        return None
    found = _Found((quote.start, quote.end), subject[:2], verb.span("verb"))
    found.quotes.append(quote.index)
    return found


def _inside_speakers_sentence(
    text: str, sentence_starts: list[int], speaker: _Found, clause: _Found
) -> bool:
    """'"...," Lee said, hours after outlets declared him the victor. "..."': a clause
    after the speaker's cue in the same sentence, with no quote and no person as its
    source, is a detail of the speaker's sentence, not a new voice."""
    if clause.quotes or clause.cue[0] < speaker.cue[1]:
        return False
    here = bisect.bisect_right(sentence_starts, clause.cue[0])
    if here != bisect.bisect_right(sentence_starts, speaker.cue[0]):
        return False
    if clause.source is None:
        return True
    if _SUBORDINATE_BEFORE.search(
        text, max(speaker.cue[1], clause.source[0] - 12), clause.source[0]
    ):
        return True  # '"...," Lee told the Post, after Ray stated an interest. "..."'
    return classify(text[clause.source[0] : clause.source[1]]) is not SourceKind.PERSON


def _bylined(text: str, quote: Quote) -> _Found | None:
    """'"Pop-up show opens," by the Times' Ann Lee: "..."': a round-up credits a piece's
    headline and the excerpt after it to the author its byline names."""
    after = _BYLINE_AFTER.match(text, quote.end)
    if after is not None:
        name, cue = after.span("name"), after.span("by")
    else:
        # a byline before the quote ends in a colon: one look at the last mark spares
        # most quotes the search
        if not text[max(0, quote.start - 80) : quote.start].rstrip().endswith(":"):
            return None
        before = _BYLINE_BEFORE.search(text, max(0, quote.start - 80), quote.start)
        if before is None:
            return None
        name, cue = before.span("name"), before.span("by")
    found = _Found((quote.start, quote.end), name, cue)
    found.quotes.append(quote.index)
    return found


def _owned_quote(text: str, lower: int, quote: Quote) -> _Found | None:
    """'his call for "...", 'Lee's "..." promise': the owner of the words speaks them."""
    t = _tables()
    near = max(lower, quote.start - 120)
    # the regex ends in the noun or its preposition, so the last word tells cheaply
    last = text[near : quote.start].rstrip().removesuffix(",").rsplit(None, 1)[-1:]
    before = None
    if last and (last[0] in t.claim_nouns or last[0] in ("of", "for", "that", "to", "about")):
        before = t.owned_before.search(text, near, quote.start)
    if before is None:
        return _owned_words_after(text, lower, quote)
    found = _Found((quote.start, quote.end), before.span("owner"), before.span("noun"))
    found.quotes.append(quote.index)
    return found


def _owned_words_after(text: str, lower: int, quote: Quote) -> _Found | None:
    """'Lee's "47 percent" comment', 'his "red line" remarks': an owner right before a
    short quote and a claim noun right after it own the words."""
    after = _tables().noun_after.match(text, quote.end)
    only = after and _OWNER_ONLY.search(text, max(lower, quote.start - 60), quote.start)
    if not only or after is None:
        return None
    found = _Found((quote.start, quote.end), only.span("owner"), after.span("noun"))
    found.quotes.append(quote.index)
    return found


def _used_words(text: str, lower: int, quote: Quote) -> _Found | None:
    """'Trump has used the phrase "...", 'Nixon ran on the slogan "...": the user of the
    words speaks them, whatever kind of quote holds them."""
    used = _USED_WORDS.search(text, max(lower, quote.start - 80), quote.start)
    if used is None:
        return None
    subject = subject_before(text, lower, used.start())
    if subject is None:
        return None
    found = _Found((quote.start, quote.end), subject[:2], (subject[2], used.end("noun")))
    found.quotes.append(quote.index)
    return found


def _said_just_before(
    document: Document, found: list[_Found], cue_floor: list[int], quote: Quote
) -> _Found | None:
    """The speaker of a '..., X says.' sentence right before a quote that opens its own
    sentence: the next sentence of the paragraph or the first of the next one
    (``cue_floor[j]`` is the earliest cue of ``found[j:]``)."""
    t = _tables()
    sentences = document.sentences
    k = quote.sentence
    if k == 0 or sentences[k].start != quote.start:
        return None
    here, before = sentences[k], sentences[k - 1]
    if here.paragraph - before.paragraph > 1:
        return None
    # the last of ``found`` cued before the end: the last whose floor lies before it
    j = bisect.bisect_left(cue_floor, before.end) - 1
    last = found[j] if j >= 0 else None
    if last is None or last.source is None or last.cue[0] < before.start or last.quotes:
        return None
    text = document.text
    # postposed and closing the sentence: '..., Ruiz says.'; or 'Ruiz said that ...'
    # closing it, with the quote opening the next paragraph
    postposed = last.content[1] <= last.source[0] and _BARE_TAIL.match(
        text, max(last.cue[1], last.source[1]), before.end
    )
    reported = (
        last.source[1] <= last.cue[0] < last.content[0]
        and here.paragraph != before.paragraph
        and last.source[0] == before.start
        and _trim(text, last.content[1], before.end) is None
        and not _QUOTE_IN.search(text, last.content[0], last.content[1])
        and _a_person(text[last.source[0] : last.source[1]])
    )
    if not postposed and not reported:
        return None
    if t.base.get(text[last.cue[0] : last.cue[1]].rsplit(None, 1)[-1]) == "report":
        return None  # "..., The Hill reported.": an outlet relaying, not the next quote's voice
    mention = text[last.source[0] : last.source[1]]
    if classify(mention) is SourceKind.VAGUE and mention.lower() not in PRONOUNS:
        return None
    return last


def _a_person(mention: str) -> bool:
    """'Ruiz', 'she': one person, whose next paragraph's quote goes on with the point."""
    if mention.lower() in PRONOUNS:
        return PRONOUNS[mention.lower()] in ("m", "f")
    return classify(mention) is SourceKind.PERSON


def _credit_held_quotes(document: Document, found: list[_Found]) -> None:
    """'Trump called it a "witch hunt"', 'she said the plan was "dead"': a quote of
    any kind inside a sourced content is that source's wording, credited to the
    innermost attribution holding it (the quote keeps its kind)."""
    starts = [f.content[0] for f in found]
    reach = list(itertools.accumulate((f.content[1] for f in found), max))
    sourced = [f if f.source is not None else None for f in found]
    used = []
    for quote in document.quotes:
        if quote.is_speech:
            continue
        i = bisect.bisect_right(starts, quote.start) - 1
        holder = _last_holding(sourced, reach, i, quote)
        if holder is None:
            # 'has used the phrase "Islamic terrorism"': a short quote, its user's words;
            # 'Lee's "47 percent" comment': the owner's, the claim noun right after it
            lower = document.sentences[quote.sentence].start
            holder = _used_words(document.text, lower, quote) or _owned_words_after(
                document.text, lower, quote
            )
            used.extend([holder] if holder is not None else [])
        elif quote.index not in holder.quotes:
            holder.quotes.append(quote.index)
    if used:
        found.extend(used)
        found.sort(key=lambda f: f.content[0])


def _sentence_at(sentences: tuple[Sentence, ...], at: int) -> int:
    return bisect.bisect_right(sentences, at, key=lambda s: s.span.start) - 1


def _introduced(document: Document, quote: Quote) -> _Found | None:
    """'Rubio fired back: "..."', 'He continued, "..."': the sentence's subject speaks."""
    sentence = document.sentences[quote.sentence]
    text = document.text
    lead = _INTRODUCTION.search(text, max(sentence.start, quote.start - 12), quote.start)
    if lead is None and quote.start == sentence.start and quote.sentence > 0:
        # 'He said:' closing the sentence or paragraph before the quote
        sentence = document.sentences[quote.sentence - 1]
        lead = _INTRODUCTION.search(text, max(sentence.start, sentence.end - 12), sentence.end)
        if lead is None or text[lead.start()] != ":":
            return None
    if lead is None:
        return None
    label = _LABEL.fullmatch(text, sentence.start, lead.start())
    role = label.group("role") if label is not None else None
    if role is not None and role.split()[-1] not in _tables().role_heads:
        label = None  # 'Then Ray, smiling: "..."': no role, no round-up
    if label is None and text[lead.start()] == ":":
        # 'Bush: "..."': a surname alone labels a voice in a round-up
        label = _SURNAME_LABEL.fullmatch(text, sentence.start, lead.start())
    if label is not None:
        # 'Ann Lee, The Harbor Times: "..."': a round-up names each voice
        return _Found((quote.start, quote.end), label.span(), (lead.start(), lead.start() + 1))
    named = text[lead.start()] == ":" and _NAME_BEFORE_COLON.search(
        text, max(sentence.start, lead.start() - 80), lead.start()
    )
    near = max(sentence.start, named.start() - 60) if named else 0
    if named and named.group("role") and _LISTENER.search(text, near, named.start()):
        named = None  # "explained to the Dutch newspaper NRC Handelsblad:": who was told
    if named and named.group("name").split()[0] not in _OPENERS | {"Of"}:
        # 'advice from her editor, Ann Lowe: "..."': the name that opens the quote speaks
        mention = (named.start() if "," in named.group() else named.start("name"), named.end())
        if classify(text[mention[0] : mention[1]]) is SourceKind.PERSON and person_name(
            named.group("name")
        ):
            return _Found((quote.start, quote.end), mention, (lead.start(), lead.start() + 1))
    subject = _leading_subject(text, sentence.start, lead.start())
    if subject is not None and text[subject[0] : subject[1]] in ("A", "An"):
        # "A sign hangs in the square:": an article, not a name; 'A rally by ... had one
        # message:' names its speaker before the message
        colon = text[lead.start()] == ":"
        return _cue_before_colon(text, sentence.start, lead.start(), quote) if colon else None
    joined = _joined_pronoun(text, [], sentence.start, lead.start())
    if joined is not None and text[lead.start()] == ":" and (subject or joined) < joined:
        # 'Reid said A, but he paid Cruz a compliment: "..."': the clause's own subject
        subject = joined
    if subject is None or len(text[subject[1] : lead.start()].split()) > 8:
        if text[lead.start()] != ":":
            return None
        return _cue_before_colon(text, sentence.start, lead.start(), quote)
    cue = _trim(text, subject[1], lead.end())
    if cue is None:
        cue = (lead.start(), lead.start() + 1)
    return _Found((quote.start, quote.end), subject, cue)


def _cue_before_colon(text: str, lower: int, colon: int, quote: Quote) -> _Found | None:
    """'In a 1963 speech, he declared:', 'The panel said of its plan:': the subject of
    the last verb of speech before the colon speaks the quote it introduces."""
    t = _tables()
    cue: re.Match[str] | None = _MESSAGE_BEFORE_COLON.search(text, max(lower, colon - 120), colon)
    if cue is None:
        for match in t.cue.finditer(text, max(lower, colon - 160), colon):
            verb = t.cue_kinds[match.lastgroup or ""] == "verb"
            if verb and t.base[match.group()] in _INVERTING:
                cue = match  # "said about its plan for ...:": the verb of speech, not "plan"
    if cue is None:
        return None
    # "A reader in Kendal, who asked us not to use her name, wrote:": the name before an aside
    subject = subject_before(text, lower, cue.start()) or _appositive_subject(
        text, lower, text[lower : cue.start()]
    )
    if subject is None or text[subject[0] : subject[1]] in ("A", "An"):
        return None
    return _Found((quote.start, quote.end), subject[:2], (subject[2], cue.end()))


def _stretch(f: _Found, end: int, reach: list[int], at: dict[int, int]) -> None:
    """Let ``f``'s content run to ``end``, keeping ``reach`` (the running max of the ends
    of the contents ``at`` indexes) exact."""
    f.content = (f.content[0], end)
    j = at.get(id(f), len(reach))
    while j < len(reach) and reach[j] < end:
        reach[j] = end
        j += 1


def _holds(found: _Found, quote: Quote) -> bool:
    return found.content[0] <= quote.start and quote.end - 1 <= found.content[1]


def _last_holding(
    found: Sequence[_Found | None], reach: list[int], i: int, quote: Quote
) -> _Found | None:
    """The last of ``found[: i + 1]`` (sorted by start) that holds the quote, read back only
    while a content can still reach its end: ``reach[j]`` is the furthest end of
    ``found[: j + 1]``."""
    end = quote.end - 1
    for j in range(i, -1, -1):
        if reach[j] < end:
            return None
        f = found[j]
        if f is not None and _holds(f, quote):
            return f
    return None


def _finish(document: Document, found: list[_Found]) -> tuple[Attribution, ...]:
    text = document.text
    speakers = Speakers()
    out: list[Attribution] = []
    kept: dict[tuple[int, int], _Found] = {}
    for f in found:
        if f.content in kept:
            kept[f.content].quotes.extend(f.quotes)
            continue
        kept[f.content] = f
    span = document.index.span if document.index is not None else document.span
    resolved: list[tuple[_Found, SourceKind, str | None]] = []
    opened: dict[int, tuple[_Found, SourceKind, str | None]] = {}  # by content start
    for f in kept.values():
        kind, speaker = _who(text, f, speakers)
        outer = opened.get(f.source[0]) if f.source is not None else None
        if outer is not None and _says_of_itself(text, f, kind, speaker, outer):
            outer[0].quotes.extend(f.quotes)
            continue
        resolved.append((f, kind, speaker))
        opened.setdefault(f.content[0], (f, kind, speaker))
    for f, kind, speaker in resolved:
        out.append(
            new_attribution(
                content=span(*f.content),
                source=span(*f.source) if f.source else None,
                speaker=speaker,
                source_kind=kind,
                cue=span(*f.cue),
                index=len(out),
                quotes=tuple(sorted(set(f.quotes))) if f.quotes else (),
            )
        )
    return tuple(out)


#: Pronouns that take up the source of the verb whose content they open, with the kinds
#: of source each can stand for ("he" and "she" are checked by the person they resolve to).
_SELF_PRONOUNS = {
    "they": frozenset(
        {SourceKind.VAGUE, SourceKind.ANONYMOUS, SourceKind.ORGANIZATION, SourceKind.OUTLET}
    ),
    "it": frozenset({SourceKind.ORGANIZATION, SourceKind.OUTLET, SourceKind.DOCUMENT}),
}


#: Endings of a capitalised plural of people: 'Republicans', 'Democrats', 'Millennials'.
_GROUP_ENDINGS = ("ans", "ats", "als", "ists", "ents", "ives")


def _plural(mention: str) -> bool:
    """A mention of several people: joined by "and", or ending in a plural ('voters',
    'aides', 'Republicans'), not in a surname ('Sanders') or a possessive."""
    if " and " in mention:
        return True
    last = mention.rsplit(None, 1)[-1]
    if last.islower():
        return last.endswith("s") and not last.endswith(("ss", "’s", "'s"))
    return last.endswith(_GROUP_ENDINGS)


def _says_of_itself(
    text: str,
    inner: _Found,
    kind: SourceKind,
    speaker: str | None,
    outer: tuple[_Found, SourceKind, str | None],
) -> bool:
    """'Officials said they believe ...', 'Lee said she plans to ...': the source's own
    belief or plan, opening what it said, is part of what it said, not a claim of its own
    (the verb of the content it opens is the source's word: 'said they found', 'said she
    thinks'); a pronoun for someone else stays ('Lee said he lied', of Ray)."""
    assert inner.source is not None
    outer_found, outer_kind, outer_speaker = outer
    if outer_found.source is None or outer_found is inner:
        return False
    pronoun = text[inner.source[0] : inner.source[1]].lower()
    outer_mention = text[outer_found.source[0] : outer_found.source[1]].lower()
    if pronoun == outer_mention:
        return pronoun in ("he", "she", "they", "it")
    if outer_mention in PRONOUNS and outer_mention not in ("who", "which", "that"):
        return False  # 'I think they all thought': a pronoun for someone else
    if outer_mention in ("who", "which", "that"):
        return pronoun == "they"  # 'voters who said they preferred ...'
    plural = _plural(text[outer_found.source[0] : outer_found.source[1]])
    if pronoun in ("he", "she"):
        # 'The candidate said he does not believe ...': one person, whose name the
        # pronoun may not resolve to; not 'Lee's aides said he intended ...'
        same = speaker is not None and speaker == outer_speaker
        return same or (outer_kind is SourceKind.PERSON and not plural)
    if pronoun == "they" and outer_kind is SourceKind.PERSON and plural:
        return True  # 'Lee and Ray agreed they would', 'Millennials say they believe'
    return outer_kind in _SELF_PRONOUNS.get(pronoun, ())


#: A capitalised trade noun after a word or comma: capitalised mid-sentence (the space
#: leads, so the engine skips to each space fast instead of trying every position).
_MID_SENTENCE_CAPITAL = _regex.compile(r" (?<=[\w,;] )([A-Z][a-z]+)\b")
#: The last text read and its capitalised words mid-sentence: one pass over a text,
#: not one search of the whole text for each mention.
_mid_sentence: tuple[str, frozenset[str]] = ("", frozenset())


#: A closing quote with its comma or stop right before a mention: '"We will win," Sanders
#: said' opens no sentence with "Sanders".
_AFTER_CLOSING_QUOTE = _regex.compile(r"[,.!?][”\"’][ \t]+\Z")


def _capital_opening_only(text: str, word: str) -> bool:
    """Whether ``word`` is capitalised only where a sentence opens with it ('Sanders',
    'Democrats', 'Clinton' are capitalised mid-sentence too: a name, a party)."""
    global _mid_sentence
    seen = _mid_sentence
    if seen[0] is not text:
        seen = _mid_sentence = (text, frozenset(_MID_SENTENCE_CAPITAL.findall(text)))
    return word not in seen[1]


def _group_opening_sentence(text: str, mention: str) -> bool:
    """'Planners call ...', 'Fans called it ...', 'Former employees said': a group by
    trade or role, capitalised only because a sentence opens with it."""
    first, _, rest = mention.partition(" ")
    if not rest:
        plural = _CAPITAL_TRADE.fullmatch(mention) or person_plural(mention)
        return bool(plural) and _capital_opening_only(text, mention)
    lowered = first.lower() + " " + rest
    return (
        first[1:].islower()
        and first.isalpha()  # "Sanders’ aides" names whose
        and rest.islower()
        and classify(lowered) is SourceKind.VAGUE
        and _capital_opening_only(text, first)
    )


def _who(text: str, f: _Found, speakers: Speakers) -> tuple[SourceKind, str | None]:
    """The source's kind and resolved speaker."""
    t = _tables()
    if f.source is None:
        return f.kind or SourceKind.NONE, None
    mention = text[f.source[0] : f.source[1]]
    # an owner ends in an apostrophe or is a pronoun: a find spares most mentions the regex
    owned = (
        t.owned_words.fullmatch(mention)
        if f.kind is None
        and ("’" in mention or "'" in mention or mention.startswith(("his", "His", "her", "Her")))
        else None
    )
    if owned is not None:
        # "Rutte’s comments suggest": the owner of the words is who resolves
        owner = owned.span("owner") if owned.group("owner") else owned.span("pronoun")
        start = f.source[0]
        return _who(text, _Found(f.content, (start + owner[0], start + owner[1]), f.cue), speakers)
    lowered = mention.lower()
    gender = PRONOUNS.get(lowered) or _OWNER_GENDER.get(lowered)
    if gender is not None:
        if gender in "mf":
            return SourceKind.PERSON, speakers.pronoun(gender)
        if gender == "r":
            name = person_name(text[max(0, f.source[0] - 80) : f.source[0]].rstrip(" ,"))
            return SourceKind.PERSON, speakers.name(name) if name else speakers.last
        if gender == "n":
            if speakers.body is None:
                return SourceKind.DOCUMENT, None  # "It describes ...": a text, not a person
            kind, body = speakers.body
            return kind, body if kind is not SourceKind.DOCUMENT else None
        return SourceKind.VAGUE, None  # "they", "we": a group the text does not name here
    kind = f.kind or classify(mention, text[f.source[1] : f.source[1] + 60])
    cited = speakers.body
    if lowered in _AUTHORS and cited is not None and cited[0] is SourceKind.DOCUMENT:
        return SourceKind.DOCUMENT, cited[1]  # "A study ... found. ..., the researchers wrote."
    if (
        kind is SourceKind.PERSON
        and _group_opening_sentence(text, mention)
        and not _AFTER_CLOSING_QUOTE.search(text, max(0, f.source[0] - 4), f.source[0])
        and not speakers.knows(mention)
    ):
        return SourceKind.VAGUE, None  # "Planners call this induced demand", "Fans called it"
    if kind is SourceKind.PERSON:
        name = person_name(head_of(mention))
        if name is None and "," in mention:
            name = person_name(mention)  # "A spokesman for the port, Dana Cruz"
        if name:
            return kind, speakers.name(name, mention)
        head = mention.rsplit(None, 1)[-1].lower()
        if mention[:4].lower() == "the " and head == speakers.unnamed:
            return SourceKind.ANONYMOUS, None  # "a senior official ... the official"
        if mention[:4].lower() == "the " and head in t.role_heads:
            return kind, speakers.last  # "Jane Doe ... the Republican lawmaker"
        return kind, None
    if kind is SourceKind.ANONYMOUS:
        speakers.unnamed = head_of(mention).rsplit(None, 1)[-1].lower()
    if kind in (SourceKind.ORGANIZATION, SourceKind.OUTLET, SourceKind.DOCUMENT):
        speakers.body = (kind, mention)
    if kind in (SourceKind.ORGANIZATION, SourceKind.OUTLET):
        return kind, body_name(mention)
    return kind, None
