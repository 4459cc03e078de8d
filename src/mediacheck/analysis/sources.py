"""What kind of source a mention is, and the name it carries.

A source mention is judged on its own words: a web address or a known
outlet is an ``outlet``, a report or poll a ``document``, "analysts" or
"many" ``vague``, "a senior official who asked not to be named"
``anonymous``, a name with an organisation word an ``organization``, any
other name a ``person``.  Pronouns are left to :mod:`.speakers`, which
knows what came before.
"""

from __future__ import annotations

import functools
import itertools
import re

import attrs

from mediacheck.analysis import _regex
from mediacheck.analysis.lexicon import Lexicon, entries, per_lexicon, trie_pattern, word_set, words
from mediacheck.model import SourceKind

__all__ = [
    "PERSON_ASIDE",
    "PLACING_PREPOSITIONS",
    "PRONOUNS",
    "body_name",
    "classify",
    "head_of",
    "party_members",
    "person_name",
    "person_noun",
    "person_plural",
]

#: Pronoun -> gender letter (m, f, n, p, x, r), see ``data/pronouns.txt``.
PRONOUNS: dict[str, str] = dict(line.split(None, 1) for line in entries("pronouns.txt"))

_WEB_ADDRESS = _regex.compile(r"\b[A-Za-z][\w-]*\.(?:com|org|net|ru|ua|uk|co|io|news|info|tv)\b")
_WORD = _regex.compile(r"[\w][\w.’'-]*")
#: Words before a plural of hearsay ("reports", "rumours") that say where or when it spread,
#: not whose it is: "Local reports suggest", "some unconfirmed reports" stay vague.
_HEARSAY_WORDS = words(
    """local early initial unconfirmed recent media press news conflicting multiple numerous
    widespread some several other many various online"""
)
_CAPITALISED = _regex.compile(r"[A-Z][\w’'-]*\.?$")
_NAME_PART = _regex.compile(
    r"(?:[A-Z][a-z’'-]+|[A-Z][a-z]?[’'][A-Z][a-z]+|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z’'-]+|[A-Z][a-z]*-[A-Z][a-z]+)$"
)


def _without_possessive(word: str) -> str:
    """A word (no line break in it) without an owner's "'s" or "'" ("Council's",
    "voters'"): what ``re.sub(r"(?:’s?|'s?)$", "", word)`` gives, asked of a
    mention's words by the dozen on a first pass, without a pattern."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    return word[:-1] if word.endswith(("’", "'")) else word


#: "a report by the board": the head comes before the preposition
_HEAD_PREPOSITIONS = "of|by|from|for|within|at|among|in|with|inside|on|about|into|against"
_PREPOSITIONAL = _regex.compile(r"\b[a-z][\w’'-]*(\s+(?:" + _HEAD_PREPOSITIONS + r")\s)")
#: "sources close to the talks", "people familiar with the plan", "two officials briefed
#: on the deal": words of access after a noun, which heads the mention.
_ACCESS = _regex.compile(
    r"\b[A-Za-z][\w’'-]*(\s+(?:close\s+to|familiar\s+with|briefed\s+on|privy\s+to"
    r"|knowledgeable\s+about|with\s+(?:[a-z]+\s+)?knowledge\s+of)\s)"
)
#: "Farmers across the state": a plural before a preposition of extent heads the mention,
#: in any case.
_EXTENT = "across|around"
_SPREAD_OVER = _regex.compile(r"\b[A-Za-z][\w’'-]*[^s\W’']s(\s+(?:" + _EXTENT + r")\s)")
#: Prepositions that place people: "Farmers in Iowa", "Fishermen along the coast".
PLACING_PREPOSITIONS = words("in on from at along near outside")
#: Quantifiers that take an unnamed part of a named group ("Many Democrats",
#: "Some Republicans in Congress"): which of them is not said.
_SOME_OF = words("many some several most")
#: A plural of people said to be somewhere, the place after it, with an article or
#: a quantifier before it ("The crowd at the rally", "Some Democrats on the council").
_PLACED_AT = r"(\s+(?:" + "|".join(sorted(PLACING_PREPOSITIONS)) + r")\s)"
_PLACED = _regex.compile(
    r"(?:(?:[Aa]n?|[Tt]he|(?i:"
    + "|".join(sorted(_SOME_OF))
    + r"))\s+)?[A-Za-z][\w’'-]*"
    + _PLACED_AT
)
_PLACED_AFTER = _regex.compile(_PLACED_AT)
#: People in someone's service: "Aides to Clinton", "a senior adviser to the mayor".
_SERVING = _regex.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)?"
    r"(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*(\s+to\s)"
)
#: A plural noun of people by what they do, in lower case: "planners", "biologists".
_AGENT_PLURAL = _regex.compile(r"[a-z]+(?:ers|ors|ists|ians)")
_PLACE_AFTER = _regex.compile(r"\s(?:of|from|at)\s+(?=[A-Z])")
_MONTHS = words(
    """January February March April June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"""
)
_ROLE_APPOSITIVE = _regex.compile(r"\s*(?:a|an|the|his|her|their|its)\s+[a-z]")
#: "a study published Wednesday in ...": what was done to the head ends it.
_DONE_TO = "published|released|conducted|commissioned|surveyed|polled|funded|issued"
_MADE_BY = _regex.compile(r"(?<=[a-z])(\s(?:" + _DONE_TO + r")\s)")
#: A relative clause, or a reduced one that sets people apart from a thing: "a person
#: who has seen the memo", "Experts not involved in the study" (independent of it, so
#: no access to it, unlike "two diplomats involved in the talks").
_RELATIVE = _regex.compile(r"\s(?:who|whom|whose|not\s+(?:involved|connected)\s+(?:in|with|to))\s")
#: "Critics of the plan": what may follow a group noun opening a sentence in ``group_of``.
_GROUP_OF = "of|in|within|at"
#: Every word one of the readers of a mention's head needs, standing alone between
#: spaces (the prepositions, those ending the words of access of ``_ACCESS`` among
#: them, "to" of ``_SERVING``, what was done to it, a relative pronoun or "not"): a
#: mention with none of them is its own head, known without running a pattern
#: ("Hillary Clinton", "the campaign": over four mentions in five).
_HEAD_BREAKS = PLACING_PREPOSITIONS.union(
    *(
        alternatives.split("|")
        for alternatives in (_HEAD_PREPOSITIONS, _EXTENT, _GROUP_OF, _DONE_TO)
    ),
    ("to", "who", "whom", "whose", "not"),
)
#: Before the reason for anonymity right after a mention: "Officials, speaking on
#: condition of anonymity,", "Officials, who asked not to be named,".
_CLAUSE_OPENING = _regex.compile(
    r"[,\s]*(?:(?:speaking|talking)\s+|who\s+(?:spoke\s+|talked\s+)?)?"
)
_COUNTED = _regex.compile(
    r"(?:(?:nearly|about|almost|some|over|more\s+than|roughly|around|just)\s+)?"
    r"(?:\d[\d,.]*|a\s+dozen|dozens|hundreds|thousands|millions|half|two-thirds|a\s+third|a\s+quarter)"
    r"(?:\s+percent|%)?\b",
    re.I,
)
#: "Hale & Sons", "Procter & Gamble", "AT&T": an ampersand joins the names of a firm.
#: "entertainment site *StarBeat*", "the newspaper Le Monde": a generic outlet noun
#: before the name it gives (whose last word would otherwise read as a surname).
_OUTLET_NAMED = _regex.compile(
    r"\b(?P<noun>[a-z]+)\s+[*_“\"‘']*[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*[*_”\"’']*$"
)
#: "one website", "a tabloid": an outlet left unnamed.
_UNNAMED_OUTLET = _regex.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+$"
)
_FIRM = _regex.compile(r"[A-Z][\w.’'-]*\s*&\s*[A-Z]")
_PARTICLES = words("de van von der den da di du la le del al bin ter")
#: Words that end a modifier run before a person noun: "a letter to an aide" and
#: "two million workers" introduce no unnamed person.
_NOT_MODIFIERS = (
    r"(?!(?:the|a|an|of|by|for|to|in|on|at|from|with|and|or|who|that|which|his|her|their"
    r"|its|our|my|your|this|these|those|is|was|are|were|has|had|have|million|billion"
    r"|thousand|hundred|dozen|percent)\b)"
)
_MODIFIER = _NOT_MODIFIERS + r"[\w.’'-]+\s+"
#: A body's name with "of", "for" or "and" in it, before the person noun: "a Bank
#: of England official", "A Department for Transport spokeswoman" are unnamed
#: people of a named body, as "a CAA spokesman" is.
_BODY_NAME = r"(?-i:[A-Z][\w.’'&-]*\s+(?:(?:of|for|and|&)\s+(?:the\s+)?[A-Z][\w.’'&-]*\s+)+)"
#: A modifier that neither names nor counts: "one of the 25 delegates selected" and "one
#: of the Benghazi victims" single out one of a group the article describes.
_LOWER_MODIFIER = _NOT_MODIFIERS + r"(?-i:[a-z])[\w’'-]*\s+"
#: "a letter to an aide": a person after a preposition is not the one credited.
_NOT_AN_OBJECT = r"(?<![\w’'-])" + "".join(
    rf"(?<!\b{p} )" for p in ("to", "by", "of", "for", "in", "on", "at", "with", "from", "about")
)
#: What may follow the person noun in the head: "an official traveling",
#: "one Republican involved", "a source familiar", a mention cut before its
#: relative clause ("one former executive who").
_AFTER_PERSON = r"(?:\s+(?:[a-z]+(?:ed|ing)|familiar|close|present|knowledgeable|who))*\s*$"
_SMALL_COUNTS = r"(?:two|three|four|five|six|both|a\s+pair\s+of)"
#: What may stand between "one of" and the group: "the", "his", "two", "Lee's".
_OWNERS = (
    r"(?:the|his|her|their|its|our|my|your|these|those|two|three|four|five|six|several"
    r"|[\w.-]+(?:’s|'s|’|'))"
)
_QUANTIFIERS = words("many some others most several few all both")
_QUANTIFIERS_AND_ARTICLES = _QUANTIFIERS | {"the", "a", "an"}


@attrs.frozen(eq=False)
class _Tables:
    """What classifying reads from the lexicon (compared by identity, so the
    caches below key on it cheaply)."""

    titles: frozenset[str]
    titles_or_of: frozenset[str]
    vague: frozenset[str]
    documents: frozenset[str]
    organizations: frozenset[str]
    outlet_nouns: frozenset[str]
    outlet_names: re.Pattern[str]
    #: The same names wherever they stand, even inside a word: a pattern with a
    #: lookbehind first is tried at every position, this one only where a name
    #: can start, so a mention it finds nothing in is known to hold no outlet.
    outlet_names_anywhere: re.Pattern[str]
    anonymous: re.Pattern[str]
    #: Some words each entry of ``anonymous`` holds, lower case, as one pattern
    #: with no case to fold (so the engine skips through a text to where one can
    #: start), or None if an entry holds none: see :func:`_anonymity_phrase`.
    anonymous_words: re.Pattern[str] | None
    #: "a lineman", "one former senior official", "two nurses": unnamed people
    #: named by a noun of ``sources_person_nouns.txt`` ending the head.
    unnamed: re.Pattern[str]
    #: "one of his senior aides", "one of two witnesses": one unnamed person of a group.
    one_of: re.Pattern[str]
    #: Every noun of ``sources_person_nouns.txt``, singular and plural, lower case:
    #: a head without one of them among its words is no one ``unnamed`` reads.
    person_nouns: frozenset[str]
    #: "nurses", "fans", "aides": the plurals of those nouns that name a group, lower case.
    person_plurals: frozenset[str]
    #: "nurse", "fan", "aide": the same nouns in the singular.
    person_singulars: frozenset[str]
    #: "democrats", "republicans": plurals of the capitalised person nouns, a party's
    #: members rather than a vague group.
    party_members: frozenset[str]
    places: re.Pattern[str]
    #: "Critics of the plan": a group noun opening a sentence heads its phrase too.
    group_of: re.Pattern[str]
    group_name: re.Pattern[str]
    #: "the Daily Planet", "The Harbor Gazette": a masthead not in the outlet list.
    masthead: re.Pattern[str]


def _build(lexicon: Lexicon) -> _Tables:
    outlets = entries("sources_outlets.txt", lexicon)
    names = r"(?:" + trie_pattern(e for e in outlets if not e.islower()) + r")(?![\w])"
    vague = word_set("sources_vague.txt", lexicon)
    organizations = word_set("sources_organizations.txt", lexicon)
    anonymous = entries("sources_anonymous.txt", lexicon)
    titles = word_set("titles.txt", lexicon)
    singulars, plurals, groups = _person_nouns(lexicon)
    singular, plural = trie_pattern(singulars), trie_pattern(plurals)
    one = (
        rf"(?:a|an|one|another)\s+(?:(?:{_MODIFIER}){{0,2}}{_BODY_NAME})?"
        rf"(?:{_MODIFIER}){{0,4}}(?:{singular})"
    )
    few = rf"{_SMALL_COUNTS}\s+(?:{_MODIFIER}){{0,3}}(?:{plural})"
    return _Tables(
        titles=titles,
        titles_or_of=titles | {"of"},
        vague=vague,
        documents=word_set("sources_documents.txt", lexicon),
        organizations=organizations,
        outlet_nouns=frozenset(e for e in outlets if e.islower()),
        outlet_names=_regex.compile(r"(?<![\w.])" + names),
        outlet_names_anywhere=_regex.compile(names),
        anonymous=_regex.compile("|".join(f"(?:{e})" for e in anonymous), re.I),
        anonymous_words=_words_each_holds(anonymous),
        unnamed=_regex.compile(rf"(?:{_NOT_AN_OBJECT}{one}|^{few}){_AFTER_PERSON}", re.I),
        one_of=_regex.compile(
            rf"(?:one|another)\s+of\s+(?:{_OWNERS}\s+)?(?:{_LOWER_MODIFIER}){{0,3}}(?:{plural})"
            + _AFTER_PERSON,
            re.I,
        ),
        person_nouns=frozenset(singulars + plurals),
        person_plurals=groups,
        person_singulars=frozenset(
            line.split()[0].lower()
            for line in entries("sources_person_nouns.txt", lexicon)
            if line[0].islower()
        ),
        party_members=frozenset(
            _plural(line.lower())
            for line in entries("sources_person_nouns.txt", lexicon)
            if line[0].isupper() and " " not in line
        ),
        places=_regex.compile(
            r"(?:[Tt]he\s+)?(?:"
            + trie_pattern(entries("sources_places.txt", lexicon))
            + r")(?:’s|'s)?"
        ),
        group_of=_regex.compile(
            r"(?i:"
            + trie_pattern(w for w in vague if w.endswith("s"))
            + r")(\s+(?:"
            + _GROUP_OF
            + r")\s)"
        ),
        group_name=_regex.compile(
            r"\b(?:" + trie_pattern(organizations) + r")\s+(?:[A-Z][\w’'&.-]*\s*)+$"
        ),
        masthead=_regex.compile(
            r"[Tt]he\s+(?:Daily\s+[A-Z][\w’'&.-]*|(?:[A-Z][\w’'&.-]*\s+){0,3}(?:"
            + trie_pattern(entries("sources_newspaper_words.txt", lexicon))
            + r"))$"
        ),
    )


def _words_each_holds(fragments: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern of the longest run of plain characters each regex fragment must
    match ("knowledge of" of "(?<=\\w )with (?:[a-z]+ )?knowledge of"), lower case, or
    None when a fragment has none (a choice, a class) or this Python parses
    patterns otherwise."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        runs = []
        for fragment in fragments:
            longest = run = ""
            for op, value in _parser.parse(fragment, re.I).data:
                run = run + chr(value) if op is _parser.LITERAL else ""
                longest = max(longest, run, key=len)
            runs.append(longest.lower())
    except Exception:  # any other parser: no shortcut, the same answers
        return None
    if not all(runs) or not all(run.isascii() for run in runs):
        return None
    return _regex.compile(trie_pattern(runs))


def _person_nouns(lexicon: Lexicon) -> tuple[list[str], list[str], frozenset[str]]:
    """The person nouns in the singular and in the plural, and the plurals that
    name a vague group, lower case."""
    singular, plural, groups = [], [], []
    for line in entries("sources_person_nouns.txt", lexicon):
        first, *irregular = line.lower().split()
        singular.append(first)
        plural.extend(irregular or [_plural(first)])
        if line[0].islower():  # "Democrats" is a party's members, not a vague group
            groups.extend(irregular or [_plural(first)])
    return singular, plural, frozenset(groups)


def _plural(noun: str) -> str:
    """The regular plural: nurses, witnesses, coaches, allies, attorneys, linemen."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


_tables = per_lexicon(_build)


#: An aside only a person fits, after a mention: a "who" clause, or one speaking on terms.
PERSON_ASIDE = _regex.compile(
    r",\s*(?:who\s|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)"
)

#: One of a group named before by a pronoun, or placed: "One of them", "one of those",
#: "One of those at the meeting".
ONE_OF_GROUP = _regex.compile(
    r"(?:one|another)\s+of\s+(?:them|those|these|us)"
    r"(?:\s+(?:at|in|on|from|inside|outside|near)\s+(?:the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)?",
    re.I,
)
#: An aside set off by commas right after a mention: ", a nurse, said".
_APPOSITION = _regex.compile(r",\s*([^,;:.!?]+?)\s*,")


def classify(mention: str, context: str = "") -> SourceKind:
    """The kind of a (non-pronoun) source mention.

    ``context`` is the text right after the mention, where anonymity is often
    explained ("..., who asked not to be named").
    """
    t = _tables()
    if mention in ("One", "one") and PERSON_ASIDE.match(context):
        # "One, who asked not to be named, said": the aside says the one is a person,
        # whom it leaves unnamed ("One of her first moves" stays as it is read)
        return SourceKind.ANONYMOUS
    one_of = ONE_OF_GROUP.fullmatch(mention) if mention[:1] in "OoAa" else None  # a test first
    role = one_of and _APPOSITION.match(context)
    if role and t.unnamed.search(role.group(1)):
        # "One of them, a nurse, said": the aside gives a role, not a name ("One of
        # them, Ana Ruiz, said" keeps the name, and the reader takes it into the source)
        return SourceKind.ANONYMOUS
    kind = _kind_of(mention, t)
    if kind is SourceKind.OUTLET or kind is SourceKind.ANONYMOUS:
        return kind
    if context and _anonymity_explained(context, t) and not _named(mention, t):
        return SourceKind.ANONYMOUS
    return kind


def _anonymity_explained(context: str, t: _Tables) -> bool:
    """Whether the text right after a mention opens on why it is unnamed:
    "..., who asked not to be named,", "..., speaking anonymously,"."""
    reason = _CLAUSE_OPENING.match(context)
    after = reason.end() if reason else 0
    # "..., speaking anonymously,": the participle may be the reason's own word
    return bool(t.anonymous.match(context.lstrip(", ")) or t.anonymous.match(context, after))


#: Words that make "figures" people of note rather than numbers: "senior Labour
#: figures", "opposition figures", "leading figures in the party" ("government
#: figures" and "industry figures" stay data).
_FIGURES_OF_NOTE = frozenset(
    ("senior", "leading", "prominent", "opposition", "political", "establishment", "influential")
)
#: Bodies whose "papers" are their documents, not newspapers: "council papers",
#: "Court papers show" (where "local papers reported" is the press).
_PAPERS_OF = frozenset(
    ("council", "court", "board", "cabinet", "committee", "planning", "budget", "trial")
)


@functools.lru_cache(maxsize=4096)
def _kind_of(mention: str, t: _Tables) -> SourceKind:
    """The kind a mention has on its own words; mentions recur, so it is cached."""
    words = _WORD.findall(_head_of(mention, t))
    if len(words) > 1 and words[-1].endswith("ed") and words[-1].islower():
        words.pop()  # "Most economists surveyed by ...": the participle is no head
    head = _without_possessive(words[-1]).lower() if words else ""
    if head in _INSIDERS and _inside_a_body(words[:-1], t):
        return SourceKind.ANONYMOUS  # "Labour sources", "police sources": people kept unnamed
    grouped = head in t.vague and len(words) > 1 and _head_of(mention, t) != mention
    grouped = grouped and not any(_CAPITALISED.match(w) for w in words[1:])
    if grouped:
        # "analysts surveyed by the Journal", "two voters in a Times poll": the
        # people, not the outlet
        if not _anonymous(mention, t):
            return SourceKind.VAGUE
        if not _named(mention, t):
            return SourceKind.ANONYMOUS
    if _some_of_a_party(mention, t):
        return SourceKind.VAGUE  # "Many Democrats", "Some Republicans in Congress": which?
    if words and _placed_group(mention, words, head, t):
        return SourceKind.VAGUE  # "Farmers in Iowa", "local shopkeepers from Galway"
    if words and _spread_group(mention, words, t):
        return SourceKind.VAGUE  # "Choirs across the valleys", "Chess clubs around the city"
    if (
        head in t.vague
        and len(words) > 1
        and _HEARSAY_WORDS.issuperset(w.lower() for w in words[:-1])
    ):
        return SourceKind.VAGUE  # "Local reports", "some unconfirmed reports": hearsay still
    if head == "figures" and _FIGURES_OF_NOTE.intersection(w.lower() for w in words[:-1]):
        return SourceKind.VAGUE  # "Senior Labour figures said": people of note, which ones?
    # "Reports say" stays vague; a mention with no word ("?") is none alone
    alone = head not in t.vague and bool(words) and words[0][1:].islower()
    if (
        head in t.documents
        and (words[-1].islower() if len(words) > 1 else alone)
        and not _anonymous(mention, t)  # "A source close to the investigation": a person
    ):
        # "a Washington Post analysis", "A CNN/ORC poll", "Polls show" opening a sentence
        return SourceKind.DOCUMENT
    if head == "papers" and len(words) > 1 and words[-2].lower() in _PAPERS_OF:
        return SourceKind.DOCUMENT  # "according to council papers": a body's papers, no press
    if (
        ("." in mention and _WEB_ADDRESS.search(mention))
        or _outlet_named(mention, t)
        or t.masthead.match(mention)
    ):
        return SourceKind.OUTLET
    named_outlet = _OUTLET_NAMED.search(mention)
    if named_outlet is not None and named_outlet.group("noun") in t.outlet_nouns:
        return SourceKind.OUTLET
    if _anonymous(mention, t) and not _named(mention, t):
        return SourceKind.ANONYMOUS
    if t.places.fullmatch(mention):
        return SourceKind.ORGANIZATION  # "Saudi Arabia said": its government
    if not words or _COUNTED.match(mention):
        return SourceKind.VAGUE  # "12,400 households", "Nearly 38 percent of residents", "a dozen"
    if len(words) == 1 and words[0].lower() in t.vague:
        return SourceKind.VAGUE  # bare "reports", "officials", "many"
    if _AGENT_PLURAL.fullmatch(words[-1]) and all(
        w.islower() or (k == 0 and w[1:].islower()) for k, w in enumerate(words)
    ):
        return SourceKind.VAGUE  # "planners", "Town engineers": a group by trade, no one named
    if head in t.person_plurals and head not in t.vague and mention.islower():
        # "fans", "campaign aides", "former employees": a group by role, no one named
        # ("Clinton aides", "French officials" name whose)
        return SourceKind.VAGUE
    if len(words) > 2 and t.titles.intersection(w.lower() for w in words[:-1]):
        name = _person_name(mention, t)
        if name and not t.organizations.intersection(name.lower().split()):
            return SourceKind.PERSON  # "NATO Secretary General Mark Rutte"
    capitalised = [w for w in words[1:] if _CAPITALISED.match(w)]
    if words[0][0].isupper() and words[0].lower() not in _QUANTIFIERS_AND_ARTICLES:
        capitalised.insert(0, words[0])
    # "Airlines" and "Council's" by their stem, "Holdings" and "Congress" as written
    lowered = {w.lower().rstrip("’'s") for w in capitalised}
    lowered |= {_without_possessive(w).lower() for w in capitalised}
    if head in t.outlet_nouns or " ".join(words[-2:]).lower() in t.outlet_nouns:
        # "what one website called ...": no outlet a reader could look up
        return SourceKind.VAGUE if _UNNAMED_OUTLET.fullmatch(mention) else SourceKind.OUTLET
    if _plural_body(head, words, t):
        # "Environmental groups", "some companies": a capital opening the sentence names nothing
        unnamed = capitalised in ([], words[:1])
        return SourceKind.VAGUE if unnamed else SourceKind.ORGANIZATION  # "the Koch groups"
    if head in t.vague and capitalised == words[:1] and words[0].lower() in t.organizations:
        return SourceKind.VAGUE  # "Bank executives say" opening a sentence: no bank is named
    if (capitalised and lowered & t.organizations) or t.group_name.search(mention):
        return SourceKind.ORGANIZATION  # "the consumer group Water Watch"
    if words[-1] == "State" and len(words) > 1 and words[-2].lower() not in t.titles_or_of:
        return SourceKind.ORGANIZATION  # "Islamic State", "Ohio State": not "Secretary of State"
    if "&" in mention and _FIRM.search(mention):
        return SourceKind.ORGANIZATION  # "The contractor, Hale & Sons"
    if head in t.organizations:
        return SourceKind.ORGANIZATION
    if head in t.vague or head in _QUANTIFIERS:
        # "State Department officials": a named body is not vague
        named = [w for w in capitalised if w.lower() not in _QUANTIFIERS]
        return SourceKind.ORGANIZATION if named and head == "officials" else SourceKind.VAGUE
    return SourceKind.PERSON


#: Unnamed people known only by where they are heard from: "Labour sources",
#: "Pentagon insiders".
_INSIDERS = frozenset(("sources", "insiders"))


def _inside_a_body(modifiers: list[str], t: _Tables) -> bool:
    """Whether the words before "sources" or "insiders" name a body they are
    inside ("Labour sources", "senior party sources", "Downing Street sources",
    "Indiana GOP insiders"), which makes them unnamed people with access to it,
    as "sources at the council" are; "local sources", "Jordanian sources" and
    "diplomatic sources" say where or what, not inside which body."""
    bodies = [_without_possessive(w).lower() for w in modifiers]
    if t.organizations.intersection(bodies):
        return True
    # a name of two capitalised words or more: not one adjective capitalised
    # because it opens the sentence ("Local sources") or names a people
    capitals = [
        bool(_CAPITALISED.match(w)) and w.lower() not in _QUANTIFIERS_AND_ARTICLES
        for w in modifiers
    ]
    return any(a and b for a, b in itertools.pairwise(capitals))


def _some_of_a_party(mention: str, t: _Tables) -> bool:
    """'Many Democrats in Ohio', 'Some Republicans in Congress': an unnamed part
    of a party's members, wherever they are placed, is no one a reader can ask,
    where 'Democrats' alone names the party's members."""
    opening = _WORD.search(mention)
    if opening is None or opening.group().lower() not in _SOME_OF:
        return False
    first = _WORD.findall(mention)[:2]
    if len(first) < 2:
        return False
    # "Some GPs", "Many CEOs": a share of people known by an abbreviation is as open
    return (
        first[1].lower() in t.party_members or _ABBREVIATED_PEOPLE.fullmatch(first[1]) is not None
    )


#: People known by an abbreviation, in the plural: "GPs", "MPs", "CEOs", "MEPs".
_ABBREVIATED_PEOPLE = re.compile(r"[A-Z]{2,4}s")


def _spread_group(mention: str, words: list[str], t: _Tables) -> bool:
    """'Choirs across the Welsh Valleys': a plural in common nouns (a capital only
    opening it) placed over an area is a group no one can ask, whatever the place."""
    head = _head_of(mention, t)
    if head == mention:
        return False  # a mention spread over an area has a head before "across"
    spread = _SPREAD_OVER.search(mention)
    if spread is None or mention[: spread.start(1)] != head:
        return False
    if words[0].lower() in t.party_members:
        return False  # "Democrats across the state": a party's members, as "Democrats" alone
    return words[0][1:].islower() and all(w.islower() for w in words[1:])


def _people_placed(word: str, t: _Tables) -> bool:
    """Whether ``word`` is a plural of people in common nouns (a capital only
    opening a sentence), not a party's members ("Democrats in Congress"), or
    a group listed as naming no one ("crowds", "a crowd")."""
    lowered = word.lower()
    people = placed_plural(word) or lowered in t.vague
    return people and lowered not in t.party_members and word[1:].islower()


def _people_or_party(word: str, t: _Tables) -> bool:
    """Whether ``word`` names people placed by a preposition after it: a plural of
    people in common nouns, or a party's members ("Democrats in Ohio"), who are the
    subject, not the place."""
    return _people_placed(word, t) or word.lower() in t.party_members


def party_members(word: str) -> bool:
    """Whether ``word`` is the plural of a capitalised person noun, a party's members
    ("Democrats", "Republicans")."""
    return word.lower() in _tables().party_members


def _placed_group(mention: str, words: list[str], head: str, t: _Tables) -> bool:
    """'Farmers in Iowa', 'local shopkeepers from Galway': people by trade or role,
    said only to be somewhere, are a group no one can ask, as 'farmers' alone is
    ('aides to Clinton' and 'Clinton aides' say whose; 'Democrats in Congress' are
    a party's members)."""
    phrase = _head_of(mention, t)
    if phrase == mention or head in t.vague or not _PLACED_AFTER.match(mention, len(phrase)):
        return False
    if not _people_placed(words[-1], t):
        return False
    return all(w.islower() for w in words[:-1])


def _serves(noun: str, t: _Tables) -> bool:
    """Whether ``noun`` before "to" names people serving someone: a person noun
    written as a common noun ("aides", "Aides" opening a sentence; not a name)."""
    lowered = noun.lower()
    return (lowered in t.person_singulars or lowered in t.person_plurals) and noun[1:].islower()


def _anonymous(mention: str, t: _Tables) -> bool:
    """'a lineman', 'a person familiar with the talks', 'one of his aides': someone
    unnamed on purpose."""
    if _anonymity_phrase(mention, t) or t.one_of.match(mention):
        return True
    head = _head_of(mention, t)
    if head.isascii() and t.person_nouns.isdisjoint(head.lower().split()):
        return False  # the noun ``unnamed`` ends on stands alone, in any case
    return t.unnamed.search(head) is not None


def _anonymity_phrase(mention: str, t: _Tables) -> bool:
    """Whether a phrase of ``sources_anonymous.txt`` stands in ``mention``.

    The phrases are matched in any case, so the engine tries each at every
    position; a text in ASCII (where folding case is lowering it) without the
    words one of them must hold holds none, and is known so sooner."""
    words = t.anonymous_words
    if words is not None and mention.isascii() and words.search(mention.lower()) is None:
        return False
    return t.anonymous.search(mention) is not None


def _plural_body(head: str, words: list[str], t: _Tables) -> bool:
    """Organisations in the plural: 'Green groups', 'several agencies', 'Hotels' opening
    a sentence ('Marriott Hotels' is a name)."""
    if not head.endswith("s") or head in t.organizations:
        return False  # "authorities" is a listed body of its own
    if len(words) > 1 and not words[-1].islower():
        return False
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return singular in t.organizations


@functools.lru_cache(maxsize=4096)
def _named(mention: str, t: _Tables) -> bool:
    """'Jason Miller, a senior adviser', 'Mr. Prasad': a name is given, so not anonymous
    (asked of every source with words after it, as the mentions recur it is cached)."""
    first = _head_of(mention, t).partition(",")[0]
    rest = mention.partition(",")[2]  # "a delegate on the slate, Jim Poole": after the phrase
    if " " in (_person_name(rest.split(" and ")[0], t) or ""):
        return True  # "an aide, Ann Lee", "two aides, Ann Lee and Tom Fry"
    name = _person_name(first, t)
    if name is None:
        return False
    return " " in name or mention.split(None, 1)[0].lower() in t.titles


def person_noun(word: str) -> bool:
    """Whether a word is a noun for a person by trade, role or relation, singular or
    plural ("adviser", "Aides", "spokesmen"), whatever its case."""
    lowered = word.lower()
    t = _tables()
    return lowered in t.person_singulars or lowered in t.person_plurals


def person_singular(word: str) -> bool:
    """Whether a word is the singular of a noun for a person by trade, role or
    relation ("minister", "Nurse"), whatever its case."""
    return word.lower() in _tables().person_singulars


def person_plural(word: str) -> bool:
    """Whether a word is the plural of a noun for a person by trade, role or relation
    ("Fans", "nurses"), whatever its case."""
    return word.lower() in _tables().person_plurals


def placed_plural(word: str) -> bool:
    """Whether a word placed by a preposition after it ("Fishermen in Devon",
    "growers across Kent") is a plural of people: a listed noun, or one in lower
    case by a trade ending ("keen gardeners in Devon", "local florists"), as
    :func:`classify` reads "planners" alone; with a capital such a word may be a
    surname ("Sanders in Iowa said")."""
    return person_plural(word) or _AGENT_PLURAL.fullmatch(word) is not None


def head_of(mention: str) -> str:
    """The mention without a trailing phrase: "a report by the board" gives "a report",
    "Fishermen along the coast" gives "Fishermen", "sources close to the talks" gives
    "sources".  Public as ``mediacheck.source_head``,
    so a check reads the head the model classified a mention by."""
    return _head_of(mention, _tables())


@functools.lru_cache(maxsize=4096)
def _head_of(mention: str, t: _Tables) -> str:
    if _HEAD_BREAKS.isdisjoint(mention.split()):
        return mention
    relative = _RELATIVE.search(mention)
    if relative is not None:
        mention = mention[: relative.start()]  # "a person who has seen the memo"
    match = _PREPOSITIONAL.search(mention) or t.group_of.match(mention)
    access = _ACCESS.search(mention)
    if access is not None and (match is None or access.start(1) <= match.start(1)):
        match = access  # "Sources familiar with the plan": the sources, not "Sources familiar"
    spread = _SPREAD_OVER.search(mention)
    if spread is not None and (match is None or spread.start(1) < match.start(1)):
        match = spread
    placed = _PLACED.match(mention)
    if placed is not None and _people_or_party(mention[: placed.start(1)].split()[-1], t):
        # "Farmers in Iowa", "Fishermen along the coast", "Democrats in Ohio": the people
        # head it
        match = placed
    serving = _SERVING.match(mention)
    if (
        serving is not None
        and (match is None or serving.start(1) < match.start(1))
        and _serves(mention[: serving.start(1)].rsplit(None, 1)[-1], t)
    ):
        match = serving  # "Aides to Clinton", "an adviser to the mayor": the people head it
    made = _MADE_BY.search(mention)
    if made is not None and (match is None or made.start(1) < match.start(1)):
        match = made  # "a survey conducted after a tape showing him bragging about ..."
        return _before_contact_clause(mention[: made.start(1)], t)
    return mention[: match.start(1)] if match else mention


def _before_contact_clause(phrase: str, t: _Tables) -> str:
    """The document that heads "a report officials released Monday" ("a
    report"): a clause with no "that" between a document and what was done
    to it has its subject before the verb, and the subject ("officials",
    "state lawmakers") is not the source."""
    words = list(_WORD.finditer(phrase))
    for k in range(len(words) - 2, max(len(words) - 4, 0) - 1, -1):
        if words[k].group().lower() in t.documents and all(
            w.group().islower() for w in words[k + 1 :]
        ):
            return phrase[: words[k].end()]
    return phrase


#: "The owner, Brookline Homes": a role, then the body's name in apposition.
_ROLE_THEN_NAME = _regex.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[a-z][^,]*,\s+(?P<name>[A-Z][^,]*?),?"
)


def body_name(mention: str) -> str:
    """The name of an organisation or outlet mention: the name in apposition after
    its role ("The owner, Brookline Homes" gives "Brookline Homes"), else the mention,
    so a body is counted once however the article introduces it."""
    apposed = _ROLE_THEN_NAME.fullmatch(mention)
    return apposed.group("name") if apposed else mention


def person_name(mention: str) -> str | None:
    """The name in a person mention, titles stripped, or None.

    "NATO Secretary General Mark Rutte" gives "Mark Rutte"; "the foreign
    minister, Sergei Ivanov" gives "Sergei Ivanov"; "the senator" gives None.
    """
    return _person_name(mention, _tables())


#: A given name or an initial right before an outlet's name makes it a surname:
#: "Nadia Fox", "Michael R. Bloomberg", "Vicente Fox".
_GIVEN_NAME_BEFORE = _regex.compile(r"(?:^|[\s(])[A-Z][a-z]*\.?\s+\Z")
#: What may follow a surname: the mention's end, another name, an owner's "'s".
_NAME_ENDS = _regex.compile(r"\Z|\s+and\s|,|['’]s\b|\s+\(")
#: Words before an outlet's name that leave it the outlet: "The Sun", "New York Times".
_NOT_GIVEN = frozenset({"The", "A", "An", "New", "Los", "Le", "La", "El", "Die", "Der"})


def _outlet_named(mention: str, t: _Tables) -> bool:
    """Whether an outlet's name stands in ``mention`` as the outlet, not as a
    person's surname ("Fox News" and "CNN's Jake Tapper", not "Nadia Fox")."""
    if t.outlet_names_anywhere.search(mention) is None:
        return False
    for match in t.outlet_names.finditer(mention):
        before = _GIVEN_NAME_BEFORE.search(mention, 0, match.start())
        if before is None or before.group().strip(" (.") in _NOT_GIVEN:
            return True
        if not _NAME_ENDS.match(mention, match.end()):
            return True  # "a March Bloomberg article": a name the noun after it owns
    return False


@functools.lru_cache(maxsize=4096)
def _person_name(mention: str, t: _Tables) -> str | None:
    head, _, tail = mention.rpartition(",")
    if head and _ROLE_APPOSITIVE.match(tail):
        return _person_name(head, t)  # "Ann Lee, a professor at Yale"
    tail = tail or mention
    where = _PLACE_AFTER.search(tail)
    if where is not None:
        # "Sen. Mark Feeney of Chatham", "Katrin Vogel of ETH Zurich": the name comes
        # before its place; "Secretary of State John Kerry" has none there
        before = _person_name(tail[: where.start()], t)
        if before is not None and (" " in before or tail[: where.start()] != before):
            return before
    words = _WORD.findall(tail)
    name: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        bare = _without_possessive(words[k])
        if name and bare in _PARTICLES and k and _NAME_PART.match(words[k - 1]):
            name.append(bare)  # "Jan de Vries", "Ludwig van Beethoven"
            continue
        lowered = bare.lower()
        if lowered in t.titles:
            break
        if bare.endswith(".") and len(bare) > 3:
            bare, lowered = bare[:-1], lowered[:-1]
            if lowered in t.titles:
                break
        if not _NAME_PART.match(bare):
            break
        name.append(bare)
    if not name or (len(name) == 1 and name[0] in _MONTHS):
        return None  # "Jan. 13", "July": a date is nobody
    if len(name) == 1 and name[0].lower() in t.person_plurals:
        return None  # "Aides" of "Aides to Clinton": people by role, capitalised by place
    name.reverse()
    # "Secretary of State John Kerry": the office's words run into the name
    if len(name) > 3 and not re.match(r"[A-Z]\.$", name[-2]) and name[-2] not in _PARTICLES:
        name = name[-2:]
    return " ".join(name)
