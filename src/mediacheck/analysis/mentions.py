"""Source mentions next to a cue: the subject before it, or the name after it.

Only the few words around a cue are looked at, so walking them one by one
costs little; the document itself is scanned by whole-text regexes.
"""

from __future__ import annotations

import attrs

from mediacheck.analysis import _regex
from mediacheck.analysis.lexicon import Lexicon, entries, per_lexicon, word_set, words
from mediacheck.analysis.sources import (
    PLACING_PREPOSITIONS,
    PRONOUNS,
    party_members,
    person_noun,
    person_plural,
    placed_plural,
)

__all__ = ["MEDIA", "Mention", "name_after", "subject_before"]

#: (start, end) of the mention, and where the cue's auxiliaries begin.
Mention = tuple[int, int, int]

_DECADE = _regex.compile(r"\d{2,4}s")
_AUX = words(
    """has have had is are was were be been being will would could should may might can must
    shall did does do not never also previously later then repeatedly recently often again once last
    still already now further even just first always long only since
    didn’t doesn’t don’t hasn’t haven’t hadn’t isn’t aren’t wasn’t weren’t won’t wouldn’t
    didn't doesn't don't hasn't haven't hadn't isn't aren't wasn't weren't won't wouldn't"""
)
_DETERMINERS = words(
    """the a an this that these those his her their its our my your many some most several
    other few both all each every one two three four five no any another such"""
)
_QUANTIFIER_HEADS = words(
    "many some others most several few both all everyone everybody nobody someone somebody another"
)
_NOT_NP = words(
    """and or but if when while as because so than then there here what which where how why
    not to in on at by for with from into about after before over under against between
    during without within through is are was were be been has have had will would could
    should may might can must do does did said says say"""
)
_PLURAL_NOUN = _regex.compile(r"[a-z][a-z-]*[^s’'\W]s")
#: Nouns for a body of people that take a plural verb with no "-s" of their own:
#: "..., police said", "hospital staff say".
_COLLECTIVE_HEADS = words("police staff personnel clergy")
_PREPOSITIONS = words("by from of for within among at with in on about into against")
#: Prepositions that join a phrase to a lower-case noun only ("the sign on the door",
#: "a diplomat briefed on the talks"), not to a name ("Trump on Twitter").
_LOWER_ONLY = words("on about into against")
#: Prepositions of extent after a plural subject: "Farmers across the state".
_SPREAD_OVER = words("across around")
#: Prepositions that place people after a plural of them, among those that join a
#: phrase to its noun anyway ("Farmers in Iowa") ...
_PLACED_IN = PLACING_PREPOSITIONS & _PREPOSITIONS
#: ... and the others, which are read only so ("Fishermen along the coast").
_PLACED_BY = PLACING_PREPOSITIONS - _PREPOSITIONS
#: What joins a participle to its object: "speaking to", "obtained by", "living near".
_PARTICIPLE_LINKS = words("to with by in on for from at near")
_BEFORE_PARTICIPLE = words("just newly recently first since later")
_LINKS = frozenset({("close", "to"), ("familiar", "with"), ("near", "to")})
#: A past participle and its preposition that tie people to a thing, with or without
#: "not" before them: "Experts (not) involved in the study", "doctors unconnected
#: with the trial" is too rare to list.
_INVOLVED = frozenset(
    {("involved", "in"), ("involved", "with"), ("connected", "with"), ("connected", "to")}
)
#: "people with knowledge of the talks", "a source with direct knowledge of": the
#: same access, in three words or four.
_KNOWLEDGE_OF = ("with", "knowledge", "of")
_CAPITAL_STOPS = words(
    """In On At After Before But And Or When While As If Though Although Yet So Then Now
    Meanwhile Also Last Since Because During For With Without Still However Instead Indeed
    Earlier Later Speaking Asked Asked, Like Unlike Despite Even Under Over Until Once Here
    There What Why How Where Whether Today Yesterday Tonight Amid Amidst Among Alongside
    Across Against Beyond Beside Besides Throughout Toward Towards Within Inside Outside Through
    Following Having Being"""
)
#: Prepositions whose object heads no subject: "Amid union calls for action" is a
#: phrase ("calls", a noun), "Despite Lee's warnings" no clause.
_NO_SUBJECT_AFTER = words("amid amidst alongside despite unlike during throughout following")
_CLOSERS = ",;:”\"’')—–"
_DASHES = ("—", "–", "--")
#: Role nouns that are adjectives before a name as often: "the official Xinhua agency".
_ADJECTIVE_ROLES = words("official")
#: Lower-case particles of surnames and names: "de Blasio", "dos Santos", "van
#: Hollen", "Gazzetta dello Sport".
_NAME_PARTICLES = words(
    "de dos da das del della dello delle degli di du van von der den bin ibn al el"
)
_ADDING = words("and or plus including especially particularly notably in not")
_DAYS = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon. Tue. Wed. Thu. Fri. Sat. Sun."
)
_BEFORE_DAY = words("on last this next early late out earlier later")
#: The head of a time phrase between a subject and its verb: "in the past", "in recent years".
_TIME_HEADS = words("past meantime interim years months weeks days decades")
#: A figure before "percent": "31", "4.5".
_NUMBER = _regex.compile(r"\d+(?:\.\d+)?")
_SHARE_OPENERS = words("while and but though although whereas")
_COUNTS = words("two three four five six seven eight nine ten")
#: Where words were put, in a phrase between a subject and its verb: "Lee in a statement
#: said", "the mayor in an interview called it ...".
MEDIA = words(
    """statement statements interview interviews letter email e-mail post posts tweet tweets
    speech remarks video memo op-ed column essay release filing podcast appearance"""
)
#: Where words were posted or aired, between a subject and its verb: "Trump on Twitter said".
_PLATFORMS = words(
    "Twitter Facebook Instagram YouTube TikTok LinkedIn Reddit Telegram Threads television TV radio"
)
_MEDIUM_BEFORE = words("in on during")
_MEDIUM_DETERMINERS = words("a an the his her their its")
#: Determiners that take a part of a group with "of": "one of the states".
_PARTITIVES = words("one two three four five some many most several few each any all both")
_DEFINITE = words("the these those his her their its our")
#: A pronoun fused with its auxiliary: "he's said", "they've argued", "she'd told".
_CONTRACTED = _regex.compile(r"([A-Za-z]+)[’'](?:s|ve|d|ll)")
#: An adjective before a comma that lists another: "the soft-spoken, 64-year-old mayor".
_LISTED_ADJECTIVE = _regex.compile(r"[a-z][a-z-]*(?:ed|en|ful|ous|ive|ish|less),")
#: Quantifiers that float after their subject: "The three ministers all urged",
#: "Lee and Ray both denounced", "Democrats have all said".
_FLOATING = words("all both each")
#: Words after which such a quantifier is the subject itself: "and both vowed",
#: "where both claim roots", "that all agreed".
_NOT_FLOATED_AFTER = words("and or but nor where when while that if as because since than of")
_PERIODS = words(
    "week weekend month year morning afternoon evening night spring summer autumn fall winter"
)


@attrs.frozen(eq=False)
class _Tables:
    """What finding a mention reads from the lexicon."""

    titles: frozenset[str]
    #: Lower-case nouns for a person's role ("critic", "lawyer"), which stand before a
    #: name as a title does ("critic Ana Ruiz said").
    roles: frozenset[str]
    bodies: frozenset[str]
    plural_heads: frozenset[str]


def _build(lexicon: Lexicon) -> _Tables:
    return _Tables(
        titles=word_set("titles.txt", lexicon),
        roles=frozenset(
            line.split()[0]
            for line in entries("sources_person_nouns.txt", lexicon)
            if line.islower()
        )
        - _ADJECTIVE_ROLES,
        bodies=word_set("sources_organizations.txt", lexicon),
        plural_heads=word_set("sources_vague.txt", lexicon)
        | word_set("sources_documents.txt", lexicon),
    )


_tables = per_lexicon(_build)


def _offset(text: str, tokens: list[str], end: int, k: int, last: int | None = None) -> int:
    """Where word ``k`` of ``text[...:end].split()`` starts: only white space
    separates a word from the next, so each is the last occurrence before it.
    With ``last``, ``end`` is where word ``last + 1`` starts: the walk goes on
    from a word already found."""
    for j in range(len(tokens) - 1 if last is None else last, k - 1, -1):
        end = text.rfind(tokens[j], 0, end)
    return end


def _plain(word: str) -> bool:
    return word[-1] not in _CLOSERS and word[0] not in '“"‘('


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word not in _CAPITAL_STOPS


def subject_before(text: str, lower: int, cue: int) -> Mention | None:
    """The subject right before the cue at ``cue``, not reaching before ``lower``.

    Skips auxiliaries and adverbs ("has also said"), then takes a pronoun, a
    name with its titles ("Republican Sen. John McCain"), a determiner phrase
    ("the rights group", "a report by the agency") or a bare plural
    ("analysts").
    """
    reach = 240 if text.endswith(_DASHES, max(lower, cue - 3), cue - 1) else 120
    tokens = text[max(lower, cue - reach) : cue].split()  # as r"\S+" finds them, but faster
    if lower < cue - reach and tokens:
        tokens.pop(0)  # may be cut in half
    i = len(tokens) - 1
    aux_start = cue
    skipped = 0
    while i >= 0 and skipped < 3:
        word = tokens[i]
        lowered = word.lower()
        adverb = lowered.endswith("ly") and len(word) > 4 and word.islower()
        if adverb and i and tokens[i - 1].lower() in _DETERMINERS:
            adverb = False  # "the daily wrote", "a weekly reported": a noun
        aside = word[0] == "(" and word[-1] == ")"  # "Sen. Ann Lee (D-Md.) said"
        if not aside and word in _DASHES:
            # "Gingrich — named by the Herald as the leading choice — told": an aside,
            # no part of the cue
            opening = _dash_aside_start(tokens, i)
            if opening is not None:
                i = opening - 1
                skipped += 1
                continue
        if not aside and word[-1] == ")" and "(" not in word:
            # "Ann Lee (D-Hill County) said": an aside of a few words
            opening = _aside_start(tokens, i)
            if opening is not None:
                aux_start = _offset(text, tokens, cue, opening)
                i = opening - 1
                skipped += 1
                continue
        if lowered in _AUX and word[0].isupper() and i and _capitalised(tokens[i - 1]):
            break  # "Theresa May said", "Lee Will said": a name, not a modal
        if lowered in _AUX or adverb or aside:
            aux_start = _offset(text, tokens, cue, i)
            i -= 1
            skipped += 1
        elif lowered in _FLOATING and i and _floats(tokens, i):
            # "Lee and Ray both denounced": the quantifier is part of the cue's run, and
            # the subject is before it
            aux_start = _offset(text, tokens, cue, i)
            i -= 1
            skipped += 1
        elif lowered in _PERIODS and i and tokens[i - 1].lower() in _BEFORE_DAY:
            i -= 2  # "The council last week said"
            skipped += 1
        elif lowered in MEDIA and i >= 2 and _medium_start(tokens, i) is not None:
            i = _medium_start(tokens, i) or 0  # "Lee in a statement said"
            i -= 1
            skipped += 1
        elif (
            lowered in _TIME_HEADS
            and i >= 2
            and tokens[i - 1].lower() in ("the", "recent")
            and tokens[i - 2].lower() in ("in", "over", "during")
        ):
            i -= 3  # "Lee in the past has called", "the agency in recent years has warned"
            skipped += 1
        elif word in _PLATFORMS and i and tokens[i - 1] in ("on", "via"):
            i -= 2  # "Trump on Twitter said": the platform is where, not who
            skipped += 1
        elif word in _DAYS:  # "New polls out Monday show", "the mayor on Tuesday rejected"
            i -= 1
            if i >= 0 and tokens[i].lower() in _BEFORE_DAY:
                i -= 1
            skipped += 1
        else:
            break
    if i < 0:
        return None
    word = tokens[i]
    if (
        word[0] == "("
        and len(word) > 1
        and ")" not in word
        and word[-1] not in _CLOSERS
        and _capitalised(word[1:])
        and word[1:] not in ("Having", "Being")  # "(Having said that, ...": no subject
    ):
        # "(Abedin wrote that ...)", "(She says ...)": the word opening a parenthesis is
        # its clause's subject, and the words before it are outside
        at = _offset(text, tokens, cue, i) + 1
        return at, at + len(word) - 1, aux_start
    if not _plain(word):
        return None
    lowered = word.lower()
    if lowered in PRONOUNS:
        at = _offset(text, tokens, cue, i)
        return at, at + len(word), aux_start
    fused = ("’" in word or "'" in word) and _CONTRACTED.fullmatch(word)  # a find is cheaper
    if fused and fused.group(1).lower() in PRONOUNS:
        # "he's said": the pronoun speaks, its auxiliary ("'s") joins the cue
        at = _offset(text, tokens, cue, i)
        return at, at + fused.end(1), at + fused.end(1)
    if lowered in _PERIODS or word[0] in "’'" or (word[-1] == "s" and _DECADE.fullmatch(word)):
        return None  # "this week said", "the ’90s promise": a time is no source
    if lowered in _COUNTS and i >= 2 and tokens[i - 1] == "of" and _plain(tokens[i - 2]):
        # "the mother of three replied": the parent heads the phrase, not the count
        start = _phrase_start(tokens, i - 2)
        if start is None or tokens[start].lower() not in _DETERMINERS:
            return None
        end = _offset(text, tokens, cue, i) + len(word)
        return _offset(text, tokens, cue, start), end, aux_start
    if lowered in _COUNTS and i and tokens[i - 1].lower() in _DEFINITE:
        # "the two write": the pair named before, the count standing for them
        end = _offset(text, tokens, cue, i) + len(word)
        return _offset(text, tokens, cue, i - 1), end, aux_start
    if lowered in _DETERMINERS and lowered not in _QUANTIFIER_HEADS:
        return None
    start = _name_start(tokens, i) if _capitalised(word) else _phrase_start(tokens, i)
    if start is None or (start and tokens[start - 1].lower() in _NO_SUBJECT_AFTER):
        return None  # "Amid union calls for action": the preposition's object, a noun
    modified = _modified_head(tokens, start)
    at = _offset(text, tokens, cue, i)
    end = at + len(word)
    if modified is None:
        return _offset(text, tokens, at, _with_preposition(tokens, start), i - 1), end, aux_start
    first, last = modified
    if any(_capitalised(token) for token in tokens[start : i + 1]):
        # "an aide speaking to the Herald said": the aide speaks, not the paper, and the
        # name after the participle is no part of the mention ("Two inspectors involved
        # in the audit" keeps its phrase)
        end = _offset(text, tokens, cue, last) + len(tokens[last])
    return _offset(text, tokens, cue, first), end, aux_start


def _floats(tokens: list[str], i: int) -> bool:
    """Whether "all", "both" or "each" at token ``i`` floats after its subject ("The
    ministers all urged", "who both back", "have all said") rather than being it ("On
    trade, both oppose", "and both vowed").  Not after a phrase joined by "and" that
    the subject reader would cut in half ("the president and foreign and defense
    ministers all urged" is not "defense ministers")."""
    word = tokens[i - 1]
    lowered = word.lower()
    if word[-1] in ',.;:!?—–"“”' or lowered in _NOT_FLOATED_AFTER:
        return False
    if lowered not in _AUX and (lowered in _NOT_NP or lowered in _DETERMINERS):
        return False
    k = i - 1
    while k >= 0 and tokens[k].islower() and tokens[k] not in _DETERMINERS:
        if tokens[k] in PRONOUNS:
            break  # "and they both agreed": a pronoun is a whole subject
        if tokens[k] in ("and", "or"):
            return False
        k -= 1
    return True


def _dash_aside_start(tokens: list[str], i: int) -> int | None:
    """The dash opening the aside that the dash at token ``i`` closes, within a clause's
    reach (no other stop between); an aside adding to the subject ("Democratic leaders
    — and, in particular, Harry Reid — insisted") is part of it, no aside."""
    for j in range(i - 1, max(0, i - 30), -1):
        if tokens[j] in _DASHES:
            return None if tokens[j + 1].lower().strip(",") in _ADDING else j
        if tokens[j][-1] in ".;:!?" and not tokens[j][0].isupper():
            return None
    return None


def _aside_start(tokens: list[str], i: int) -> int | None:
    """The token opening the parenthesis that token ``i`` closes, a few words back, when
    it follows a name ("Ann Lee (D-Hill County)") or opens a relative clause ("the
    mayor (who took office in May)"); "the dueling (and justified) fears" is a phrase."""
    for j in range(i - 1, max(0, i - 9), -1):
        if ")" in tokens[j]:
            return None
        if tokens[j][0] == "(":
            named = _capitalised(tokens[j - 1]) and _plain(tokens[j - 1])
            return j if named or tokens[j][1:] in ("who", "which") else None
    return None


def _medium_start(tokens: list[str], i: int) -> int | None:
    """The first token of "in a (brief) statement" ending at token ``i``."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j].lower() in _MEDIUM_DETERMINERS:
            return j - 1 if j and tokens[j - 1].lower() in _MEDIUM_BEFORE else None
        if not tokens[j].islower() or not _plain(tokens[j]):
            return None
    return None


def _plural_owner_of_body(word: str, after: str, t: _Tables) -> bool:
    """Whether ``word`` is a capitalised plural's possessive ("Hauliers'",
    "Farmers’") before a body's noun ("Association", "Union"): part of the body's
    name, where an apostrophe after a plural ending a quote would close it, and
    before a person's name ("Reuters’ Luciana Lopez") the owner is not the speaker."""
    return (
        word[-1] in "'’"
        and word[-2:-1] == "s"
        and _capitalised(word)
        and word[:-1].replace("-", "").isalpha()
        and after.lower() in t.bodies
    )


def _name_start(tokens: list[str], i: int) -> int | None:
    """The first token of a capitalised name ending at token ``i``."""
    t = _tables()
    j = i
    while j > 0:
        word = tokens[j - 1]
        if _plural_owner_of_body(word, tokens[j], t):
            j -= 1  # "the Road Hauliers' Association": the plural owns the body's name
            continue
        if not _plain(word):
            break
        lowered = word.lower()
        if _capitalised(word) or lowered in t.titles or lowered in ("of", "and", "&"):
            j -= 1
        elif word in _NAME_PARTICLES:
            j -= 1  # "Bill de Blasio", "dos Santos": a particle inside the name
        elif word in t.roles and _capitalised(tokens[j]):
            # "..., critic Ana Ruiz said", "the lawyer Ana Ruiz": a role right before the
            # name is its title, and the mention starts there (else the comma before it
            # is lost and the claim before goes uncredited); capitals before the role
            # are whom it serves ("Harvard historian"), not the person, and stay out
            if _counted_role(tokens, j - 1):
                break
            j = _role_modifiers(tokens, j - 1)
            if j and tokens[j - 1].lower() == "the":
                j -= 1
            break
        elif lowered in _DETERMINERS and lowered not in ("that", "no", "all", "both"):
            j -= 1
            break
        elif lowered in t.bodies and j - 1 == i - _run(tokens, i):
            # "the consumer group Water Watch": the body's noun and its modifiers
            for k in range(j - 2, max(-1, j - 5), -1):
                before = tokens[k]
                if before.lower() in _DETERMINERS:
                    return k
                if not before.islower() or not _plain(before) or before in _NOT_NP:
                    break
            return j
        else:
            break
    # a phrase may not begin with a connecting word
    while j < i and tokens[j].lower() in ("of", "and", "&"):
        j += 1
    return j


def _counted_role(tokens: list[str], role: int) -> bool:
    """Whether a determiner other than "the" heads the role, over capitals between
    ("if this included any Trump supporter Moore said"): the role is that phrase's noun,
    no title of the name after it."""
    k = role
    while k and _capitalised(tokens[k - 1]) and _plain(tokens[k - 1]):
        k -= 1
    return bool(k) and tokens[k - 1].lower() in _DETERMINERS and tokens[k - 1].lower() != "the"


def _role_modifiers(tokens: list[str], role: int) -> int:
    """The first token of a role's modifiers ("food critic", "defense lawyer"), up to
    two lower-case words, when a comma, a determiner or nothing stands before them;
    else the role's own token ("asked lawyer Ana Ruiz": the verb is no modifier)."""
    k = role
    while k > max(0, role - 2):
        word = tokens[k - 1]
        if not (word.islower() and _plain(word)) or word in _NOT_NP or word in _DETERMINERS:
            break
        k -= 1
    if k == role or k == 0 or tokens[k - 1].endswith(",") or tokens[k - 1].lower() in _DETERMINERS:
        return k
    return role


def _run(tokens: list[str], i: int) -> int:
    """How many capitalised tokens end at ``i``."""
    n = 0
    while i - n >= 0 and _capitalised(tokens[i - n]) and _plain(tokens[i - n]):
        n += 1
    return n


def _phrase_start(tokens: list[str], i: int) -> int | None:
    """The first token of a lower-case noun phrase ending at token ``i``."""
    head = tokens[i].lower()
    if head in _NOT_NP or (head in _DETERMINERS and head not in _QUANTIFIER_HEADS):
        return None
    if head.endswith("ed") and i and _capitalised(tokens[i - 1]):
        return None  # "Rubio pushed back": a name's verb is no head
    if head in _QUANTIFIER_HEADS:
        return i
    if (
        head == "percent"
        and i
        and _NUMBER.fullmatch(tokens[i - 1])
        and (i == 1 or tokens[i - 2].endswith(",") or tokens[i - 2] in _SHARE_OPENERS)
    ):
        # "..., while 31 percent call it ...": a share of those polled, opening its
        # clause ("led with 36 percent support", "Lee had 40 percent" report a result)
        return i - 1
    first = i
    for j in range(i - 1, max(-1, i - 6), -1):
        word = tokens[j]
        possessive = word.endswith(("’s", "'s", "s’", "s'"))
        listed = 0 < j < i - 1 and _LISTED_ADJECTIVE.fullmatch(word)
        if listed and tokens[j - 1].lower() in _DETERMINERS:
            # "the bespectacled, 71-year-old diplomat": adjectives in a row ("the
            # party, officials said" has no second one)
            return j - 1
        if not _plain(word) and not possessive:
            break
        lowered = word.lower()
        if lowered == "that" and head.endswith("s"):
            return j + 1  # "a deal that critics argue": a relative clause's subject
        if lowered in _DETERMINERS:
            if lowered in _COUNTS and j and tokens[j - 1].lower() in _DEFINITE:
                return j - 1  # "the two lawmakers": a count after "the" points back
            return j
        if _capitalised(word):
            return _name_start(tokens, j)
        coordinated = lowered == "and" and j and _PLURAL_NOUN.fullmatch(tokens[j - 1])
        if lowered in _NOT_NP and lowered != "of" and not (coordinated and head.endswith("s")):
            break  # "marchers and spectators chanting": two plural heads are one subject
        first = j
    else:
        if i >= 6:
            first = -1  # no boundary in sight: not a phrase we can delimit
    if head in _tables().plural_heads:
        return i
    if first >= 0 and (
        (head.endswith("s") and not head.endswith("ss")) or head in _COLLECTIVE_HEADS
    ):
        return first  # "federal prosecutors", "state police", right after a boundary
    return None


def _placed_people(tokens: list[str], j: int) -> bool:
    """Whether the plural at ``j`` names people by trade or role, placed by the
    preposition after it ("Farmers in Iowa", "shopkeepers from Galway")."""
    word = tokens[j]
    return (
        tokens[j + 1] in _PLACED_IN
        and (tokens[j + 1] != "on" or _definite(tokens, j + 2))
        and word.lower() not in _tables().plural_heads
        and placed_plural(word)
        and _common(word, j)
    )


def _definite(tokens: list[str], at: int) -> bool:
    """Whether a definite place starts at ``at``: "the ward", "Main Street".  "On"
    places people only there ("Nurses on the ward"); "directors on a giddy note"
    tells how, not where."""
    return at < len(tokens) and (tokens[at] == "the" or tokens[at][:1].isupper())


def _serving(word: str, at: int) -> bool:
    """Whether ``word`` before "to" names people in someone's service: a person noun
    written as a common noun ("aides", "adviser", "Aides" opening a sentence)."""
    return person_noun(word) and _common(word, at)


def _people(word: str) -> bool:
    """Whether ``word`` names people: a plural of them by trade or role
    ("Fishermen"), or a group listed as naming no one ("crowds", "a crowd")."""
    return placed_plural(word) or word.lower() in _tables().plural_heads


def _common(word: str, at: int) -> bool:
    """Whether ``word`` is written as a common noun: in lower case, or with the
    capital only of a sentence's first word ("Farmers in Iowa say"; not
    "Democrats in Congress", a party's members)."""
    return word.islower() or (at == 0 and word[1:].islower())


def _named_modifier(word: str) -> bool:
    """'Reuters' in 'A Reuters report': a name before a noun, not a day or a stop word."""
    return _capitalised(word) and _plain(word) and word not in _DAYS


def _modified_head(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The noun a participle and its phrase follow ("a second official speaking to the
    Herald", "a memo from the board obtained by the Post", "residents living near the
    plant"), as its first and last token, when the phrase starting at ``start`` is the
    participle's object; None when no participle stands before it."""
    if start < 3 or tokens[start - 1] not in _PARTICIPLE_LINKS:
        return None
    verb = tokens[start - 2]
    if (
        len(verb) < 6
        or not verb.endswith(("ing", "ed"))
        or not verb.islower()
        or not _plain(verb)
        or verb in _NOT_NP
    ):
        return None
    last = start - 3
    adverb = tokens[last].endswith("ly") and len(tokens[last]) > 4 and tokens[last].islower()
    if (
        last
        and (tokens[last] in _BEFORE_PARTICIPLE or adverb)
        and tokens[last - 1].lower() not in _DETERMINERS  # "a family living in": a noun
    ):
        last -= 1  # "a textbook just published for pupils", "a memo recently obtained by"
    head = tokens[last]
    if not _plain(head) or head.lower() in _NOT_NP or head.lower() in _DETERMINERS:
        return None
    first = _name_start(tokens, last) if _capitalised(head) else _phrase_start(tokens, last)
    if first is None:
        return None
    return _with_preposition(tokens, first), last


def _knowledge_link(tokens: list[str], start: int) -> int | None:
    """The index of "with" in "with (direct) knowledge of" right before token
    ``start``, when a word comes before it to head the phrase."""
    for width in (3, 4):
        link = start - width
        if link < 1:
            return None
        words = (tokens[link], tokens[start - 2], tokens[start - 1])
        between = tokens[link + 1 : start - 2]
        if words == _KNOWLEDGE_OF and all(w.isalpha() and w.islower() for w in between):
            return link
    return None


def _with_preposition(tokens: list[str], start: int) -> int:
    """Extend "the agency" to "a report by the agency" when a noun governs it: the
    first word's index."""
    if start >= 3 and (tokens[start - 2], tokens[start - 1]) in _LINKS:
        # "Sources close to the ministry", "people familiar with the talks"
        j = _phrase_start(tokens, start - 3)
        if j is not None:
            return j
    if start >= 3 and (tokens[start - 2], tokens[start - 1]) in _INVOLVED:
        # "Experts not involved in the research said": the experts speak, not the research
        head = start - 4 if start >= 4 and tokens[start - 3] == "not" else start - 3
        j = _phrase_start(tokens, head)
        if j is not None:
            return j
    link = _knowledge_link(tokens, start)
    if link is not None:
        j = _phrase_start(tokens, link - 1)
        if j is not None:
            return j
    if start >= 2 and (
        (tokens[start - 1] in _SPREAD_OVER and _PLURAL_NOUN.fullmatch(tokens[start - 2].lower()))
        or (
            tokens[start - 1] in _PLACED_BY
            and _people(tokens[start - 2])
            and _common(tokens[start - 2], start - 2)
        )
    ):
        # "Farmers across the state say", "Chess clubs across the region report": where a
        # plural is found says who they are, and the plural is the subject, listed or not
        # (an irregular plural of people, "Fishermen", alone if need be)
        j = _phrase_start(tokens, start - 2)
        if j is None:
            return start - 2 if person_plural(tokens[start - 2]) else start
        return j
    if start >= 2 and tokens[start - 1] == "to" and _serving(tokens[start - 2], start - 2):
        # "Aides to Clinton say", "A senior adviser to the mayor said": the people in
        # someone's service are the subject, not whom they serve
        j = _phrase_start(tokens, start - 2)
        return start - 2 if j is None else j
    if start < 2 or tokens[start - 1] not in _PREPOSITIONS:
        return start
    tables = _tables()
    plural_heads = tables.plural_heads
    # one person by role after a name of several words may stand further from its
    # article: "A senior White House aide in Paris", "A Red Cross official in Tacloban"
    reach = 7 if _one_by_role(tokens[start - 2]) else 5
    for j in range(start - 2, max(-1, start - reach), -1):
        word = tokens[j]
        possessive = word.endswith(("’s", "'s", "s’", "s'"))
        if (not _plain(word) and not possessive) or word.lower() in _NOT_NP:
            break
        if word.lower() in _DETERMINERS:
            if j == start - 2 and tokens[start - 1] == "of" and word.lower() in _PARTITIVES:
                # "A diplomat from one of the Nordic states": a part of a group is
                # itself a preposition's object, the noun before it the subject
                return _with_preposition(tokens, j)
            return j
        if (
            word[0].isupper()
            and tokens[start - 1] in _LOWER_ONLY
            and not _names_the_head(tokens, j, start)
            and not (
                j == start - 2
                and _definite(tokens, start)
                and ((_common(word, j) and _people(word)) or party_members(word))
            )
        ):
            # "Trump on Twitter"; a name right before the head noun modifies it: "A Reuters
            # report on the fire", "Lee's report on the fire"; but people are placed on
            # a thing or ward as in a town ("Nurses on the ward", "Experts on China"), and
            # a party's members on a body ("Democrats on the council")
            break
        if j == start - 2 and (
            _placed_people(tokens, j) or (tokens[start - 1] in _PLACED_IN and party_members(word))
        ):
            # "Farmers in Iowa say", "Nurses at the Royal Infirmary say": where people
            # are says who they are, and they are the subject; "Democrats in Ohio say":
            # a party's members, placed
            first = _phrase_start(tokens, j)
            return j if first is None else first
        if word.lower() in plural_heads and j == start - 2:
            # "Critics of the plan", "some supporters of the measure": the group is the subject;
            # "A Reuters report on the fire": with the names before it
            k = j
            while k > max(0, j - 3) and _named_modifier(tokens[k - 1]):
                k -= 1
            if k < j:
                return k - 1 if k and tokens[k - 1].lower() in _DETERMINERS else k
            before = tokens[j - 1].lower() if j else ""
            if before in _DETERMINERS and j >= 3 and tokens[j - 2] == "in":
                return j - 3  # "One in four voters in a poll": a share, not four people
            return j - 1 if before in _DETERMINERS else j
        if possessive:  # "the students' union at Georgetown"
            before = tokens[j - 1].lower() if j else ""
            return j - 1 if before in _DETERMINERS else j
    return start


def _names_the_head(tokens: list[str], j: int, start: int) -> bool:
    """Whether the capitalised word at ``j`` is in a name right before the noun at
    ``start - 2`` that it modifies ("A Reuters report on the fire", "A Red Cross
    official in Tacloban"): a name of one word before any head, of more before
    one person by role."""
    if j == start - 3:
        return True
    return _one_by_role(tokens[start - 2]) and all(
        t[0].isupper() for t in tokens[j + 1 : start - 2]
    )


def _one_by_role(word: str) -> bool:
    """Whether ``word`` is a noun for one person by role, "official" included."""
    return word in _tables().roles or word in _ADJECTIVE_ROLES


#: A capital, accented too: "said Éamon Ryan", "said Seán Ó Ceallaigh".
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_AFTER = _regex.compile(
    rf"\s+(?P<np>(?:the\s+|a\s+|an\s+)?(?:{_CAPITAL}[\w’'.&-]*|[a-z\d][\w’'/-]*)"
    rf"(?:\s+(?:{_CAPITAL}[\w’'.&-]*|\d+(?:st|nd|rd|th)|of|the|[a-z][\w’'-]*)){{0,11}}?)"
    r"(?=\s*(?:[,;—–]|[.!?]?[”\"’)]?\s*$|\s+\(|\s+(?:on|in|at|during|who|when|after|before|while|via)\b))"
)


def name_after(text: str, cue_end: int, upper: int) -> tuple[int, int] | None:
    """The source after an inverted cue: '"...," said Mayor Ellen Park, ...'."""
    match = _AFTER.match(text, cue_end, upper)
    if match is None:
        return None
    parts = match.group("np").split()
    first = parts[0]
    if first in _NOT_NP or first == "that":
        return None
    if first[0].isupper():
        if first.lower() in _NOT_NP and not (len(parts) > 1 and parts[1][0].isupper()):
            return None  # "Will Doyle" is a name, "said In" is not
    elif first not in _DETERMINERS and not _titled_name(parts):
        return None
    elif first in _DETERMINERS and _clause_verb(parts):
        return None  # "Critics, including Lee, argue the plan is flawed": a clause, no source
    start, end = match.span("np")
    if text[end - 1] == "." and end - start > 4 and text[end - 4 : end - 1].isalpha():
        end -= 1  # the sentence's full stop, not an abbreviation's
    return start, end


#: A verb that makes the words after an inverted cue a clause of their own.
_CLAUSE_VERBS = words("is are was were will would could should can must may might has have had")
#: Words after which such a verb belongs to a relative clause inside the source.
_RELATIVES = words("who whom whose which that")


def _clause_verb(parts: list[str]) -> bool:
    """Whether the words after a cue, headed by a determiner, hold a verb of their own
    outside a relative clause ('argue the plan is flawed', not 'said the man who was
    there')."""
    for word in parts[1:]:
        if word in _RELATIVES:
            return False
        if word in _CLAUSE_VERBS:
            return True
    return False


def _titled_name(parts: list[str]) -> bool:
    """'said chief executive Helen Marsh': lower-case titles, then a name."""
    if len(parts) > 12 or not parts[-1][0].isupper():
        return False
    # "said former Ohio Gov. and party chairman Tom Reed": 'and' only joins titles
    titles = _tables().titles
    return all(
        w[0].isupper()
        or w not in _NOT_NP
        or w == "of"
        or (w == "and" and 0 < k < len(parts) - 2 and parts[k - 1].lower() in titles)
        for k, w in enumerate(parts)
    )
