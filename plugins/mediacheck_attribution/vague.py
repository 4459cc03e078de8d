"""Claims credited to a group, a rumour or no one at all.

"Analysts suggest", "reports of", "it is believed": the article sounds
sourced but gives the reader no one to check.  The attribution model decides
which sources are vague (``SourceKind.VAGUE``) or missing
(``SourceKind.NONE``); this rule reports them outside quotations, and says
why each one names no one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from mediacheck import (
    Attribution,
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Lexicon,
    Rule,
    RuleExample,
    SourceKind,
    Span,
    compile_pattern,
    source_head,
)
from mediacheck_attribution._notes import link_evidence, note_evidence
from mediacheck_attribution._quotes import in_speech_quote
from mediacheck_attribution._unnamed import connected_unnamed, place_names, relay
from mediacheck_attribution._words import CRY_VERBS, asked, load_word_set, load_words

__all__ = ["VAGUE_ATTRIBUTION", "check"]

VAGUE_ATTRIBUTION = Rule(
    slug="vague-attribution",
    title="Claim credited to a vague source or to no one",
    severity="warning",
    description="""\
Reports a claim credited to a source that names no one a reader could check:
a group with no name or body (`analysts`, `experts`, `critics`, `officials`),
a quantity of people (`many`, `some`, `others`), hearsay (`reports`,
`sources`), works no one can look up (`Studies show`, `Recent research
suggests`; not `a study`, which the article may go on to name, `two studies`,
`the studies`, nor studies tied to a name, `research conducted for the
Media Center`, or marked with a numbered citation, `[4]`), a mood
credited to an institution (`a growing belief within NATO`), or nobody
at all (`it is believed`, `it was reported`, `reportedly`, `by all
accounts`, `what has been described as`).

The finding sits on the source mention, or on the agentless phrase when
there is no source; the evidence shows the claim credited to it and why the
source counts as vague.  The fix is to name the source ("analysts at the
Institute for the Study of War say ...") or to quote one of them by name.

A share of a group is as vague as the group (`most economists`, `many
fear`), and so is a group owned by a thing rather than someone (`the plan's
critics`).  A kind of group in common nouns (`environmental groups`, `human
rights campaigners`, `Fans` opening a sentence, the collective `staff`) is
reported even where the attribution model reads it as a person or a body,
and a dummy `it` before a passive cue (`it is widely expected that`) counts
as no one whatever source the model gives it.

A note marked on the credit's sentence (a Markdown footnote,
`Officials said the bridge was unsafe[^2]`) is shown in the evidence, its
text quoted, so the editor sees that a source is given and where; the credit
itself still names no one in the text (and the note may name the data, not
the people credited), so it is reported as before.  So is a link on the
credit's words (`<a href="...">officials said</a>`, `officials
[said](https://...)`): the evidence gives its address.

Left alone: named people, organizations, outlets and documents; unnamed
individuals (`a senior official who asked not to be named`) and unnamed
people described by their access to a body (`sources close to the
ministry`, also when hearsay cites them: `reports citing sources close to
the ministry` is reported here on `reports`), both reported by
`anonymous-source`; a group tied to a named
body or office (`analysts at Goldman Sachs`, `the ministry's economists`,
`Ortega's critics`, `analysts polled by LSEG`, `aides to Senator Ortega`,
`advisers to the mayor`); claims and reports owned by a name after them
(`claims by Senator Ortega`, `reports from Reuters`); a part of a group
already counted (`most of them`); a claim predicted or imagined rather than
made (`critics will say`, `some would argue`, `skeptics may object`); a
what claims nothing but an intention, a request or a refusal (`protesters
plan to march`, `officials declined to comment`, `most voters say they plan to
vote early`, `some nurses say they will keep working nights`, `some have
asked for their money back`, `critics called for a recount`, `protesters
demanded that the mayor resign`, `experts urged the council to wait`), being
asked (`residents were asked about the plan`) or a feeling with no claim in it
(`many donors feel betrayed`); a
share of those polled (`28 percent of voters said`, `about two-thirds say`,
`voters say by a 7-point margin`), whose source is the poll (whether the
article names it is `unsourced-statistic`'s business); a
bare quantifier that labels a list (`Most read:`, `Many:`), and a line
heading a list (`What regulars say they will miss most:`); a stance on a
thing named, with no claim or reason after it (`most residents backed the
plan`, `critics opposed it`, also with a clause of the writer's after a
semicolon; not `critics opposed the measure because it would raise
taxes`); a name a group gives something or knows someone by, proper or
a short definite nickname (`the pier, which locals call "the Spit"`,
`regulars call it "the living room"`, `fans remember her as "the Queen of
Quay Street"`; not `critics call it "a giveaway"` or `"the worst deal"`,
judgements);
pronouns (`they said`), which point back to a source named earlier; a
reader's hearsay in a question of a Q&A (`**Q:** I was told my rent would
rise`: what the reader heard, which the column answers; the writer's own
`I was told` elsewhere is still reported);
and attributions inside a quotation of speech, since a speaker's own "experts
say" is the speaker's sourcing, credited by the quote.

Configure with `ignore-sources` (source words your house style accepts,
e.g. `["officials"]`) and `agentless` (`false` to leave "it is believed"
alone).
""",
    examples=[
        RuleExample(
            "Analysts suggest that the sanctions have failed.",
            flagged=["Analysts"],
        ),
        RuleExample(
            "Most residents who spoke backed the plan. The pier, which locals call "
            '"the Spit," will be rebuilt.',
            note="A stance on a thing and a nickname claim nothing to check.",
        ),
        RuleExample(
            'The plan, which critics call "a giveaway to developers," passed.',
            flagged=["critics"],
            note="A judgement in quotes is a claim, whoever gives it a name.",
        ),
        RuleExample(
            "It is believed that the minister will resign before the summer.",
            flagged=["It is believed"],
            note="An agentless claim: no one is said to believe it.",
        ),
        RuleExample(
            "Many fear the new dam will flood the valley, critics say.",
            flagged=["Many", "critics"],
        ),
        RuleExample(
            "Most economists expect the central bank to wait.",
            flagged=["Most economists"],
            note="A share of an open group is still an open group.",
        ),
        RuleExample(
            "The plan's critics call it a waste of money.",
            flagged=["The plan's critics"],
            note="Critics of a plan: the possessive names a thing, not who the critics are.",
        ),
        RuleExample(
            "Studies show that the new dam will flood the valley.",
            flagged=["Studies"],
            note="Works no one can look up: which studies?",
        ),
        RuleExample(
            "Conservation groups say the new dam is a disaster.",
            flagged=["Conservation groups"],
        ),
        RuleExample(
            "The new stand was a mistake, longtime fans said.",
            flagged=["longtime fans"],
            note="A kind of group in common nouns, even where the model reads it as a person.",
        ),
        RuleExample(
            "Fishermen along the coast say the catch is down.",
            flagged=["Fishermen along the coast"],
            note="People said only to be somewhere are as open a group as the people alone.",
        ),
        RuleExample(
            "Two fans said the new stand was a mistake.",
            note="Counted people: a quantity, not an open group.",
        ),
        RuleExample(
            "It is a treaty which critics say will cost the port its trade.",
            flagged=["critics"],
        ),
        RuleExample(
            "Most shoppers say they plan to spend less on gifts.",
            note="The shoppers' own intention, as a poll reports it: no claim about the world.",
        ),
        RuleExample(
            "Most shoppers say they plan to spend less, and many say prices will keep rising.",
            flagged=["many"],
            note="The second share states a claim about prices.",
        ),
        RuleExample(
            "Skeptics will say the old tram line was never worth saving.",
            note="A prediction of what skeptics will say credits no claim to them.",
        ),
        RuleExample(
            "Analysts at Goldman Sachs expect the central bank to cut rates in June.",
            note="The group is tied to a named body.",
        ),
        RuleExample(
            "The ministry's economists expect the central bank to wait.",
            note="Economists of a body the reader can ask.",
        ),
        RuleExample(
            "Maria Lopez, the city's budget director, said the deficit had doubled.",
            note="A named person.",
        ),
        RuleExample(
            '"Experts say the bridge is safe, and I believe them," the mayor said.',
            note="The mayor's own words: her sourcing, not the article's.",
        ),
    ],
    options={"ignore-sources": [], "agentless": True},
)

#: "It is believed", "it was widely reported": the subject of an agentless cue.
_AGENTLESS_SUBJECT = compile_pattern(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|is\s+being|will\s+be|would\s+be|could\s+be)\s+"
    r"(?:(?:widely|generally|commonly|also|now|often|long)\s+)?$"
)
_TRAILING_THAT = compile_pattern(r"\s+that$")
#: A dummy "it" before a passive cue, from its start to the cue's end: "It
#: is widely expected", "it was estimated".  Whatever the model calls its
#: source, the claim is credited to no one.
_DUMMY_IT = compile_pattern(
    r"[Ii]t\s+(?:is|was|has\s+been|had\s+been|is\s+being)\s+"
    r"(?:\w+ly\s+)?(?:expected|estimated|believed|thought|reported|said|understood|feared"
    r"|hoped|known|rumou?red|alleged|claimed|assumed|predicted|projected|suggested|argued"
    r"|proposed|speculated|shown|widely\s+held)(?:\s+that)?"
)
#: "it is thought to be", "it is said to have": the "it" is the thing the
#: claim is about, named before.
_RAISED = compile_pattern(r"\s+to\b")
#: Plural nouns for a kind of group, lowercase: "environmental groups",
#: "human rights campaigners" are vague even when read as a person or body.
_GROUP_NOUNS = frozenset(load_words("group-nouns"))
#: The same nouns as endings, for a quick test of a mention's last word.
_GROUP_ENDINGS = tuple(sorted(_GROUP_NOUNS))
#: A group tied to a named body: "analysts at Goldman Sachs", "officials of the EU";
#: or working at a body the reader can ask, named by its office ("officials at
#: the state health department", "economists at the central bank"), as "the
#: ministry's economists" are.  Only "at", "in" and "from": critics "of the
#: government" are not its members.
_NAMED_BODY = compile_pattern(
    r"\b(?:at|from|with|of|for)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:at|in|from)\s+the\s+(?:[a-z]+\s+){0,2}(?:ministry|department|agency|office|embassy"
    r"|commission|court|bank|institute|university|company|firm|fund|watchdog|regulator"
    r"|authority|board|council)\b"
)
#: A group a named pollster asked, after the mention: "analysts polled by LSEG
#: expected ..." gives the pollster's result, as "28 percent of voters said" a poll's.
_POLLED_BY = compile_pattern(r"\s+(?:polled|surveyed|questioned)\s+by\s+(?:the\s+)?[A-Z]")
#: Hearsay or claims owned by a name after them: "claims by Senator Ruiz",
#: "reports from Reuters", "the claims of Mayor Ruiz's speech".
_OWNER_AFTER = compile_pattern(
    r"\s+(?:(?:by|from)\s+(?:the\s+)?[A-Z]"
    r"|of\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s\b)"
)
_PRONOUNS = frozenset(load_words("pronouns"))
#: 'residents backed the plan': a stance on a thing named, no claim to check.
_STANCES = load_word_set("stance-verbs")
#: Naming cues: what a group calls a thing is a claim ('critics call it "a giveaway"')
#: unless the words are a name ('which locals call "the Spit"'), and so is what it
#: remembers or knows someone as ('regulars remember her as "the Queen of Quay St"').
_NAMING = frozenset(
    {
        *("call", "calls", "called", "calling", "dub", "dubs", "dubbed"),
        *("nickname", "nicknamed", "remember", "remembers", "remembered"),
        *("know", "knows", "knew"),
    }
)
#: A quoted name, after the thing named if any: a proper name ("'the Spit,'", 'the
#: stadium "the Cauldron."', '"the Queen of Quay Street"') or a short definite
#: nickname in common nouns ('it "the living room"'), which picks the thing out
#: rather than judging it; a ranking word in it ("the worst deal") makes it a
#: judgement again.
_NICKNAME = compile_pattern(
    r"""(?:[\w'’\-]+[ \t]+){0,5}["'“‘](?:"""
    r"""(?:the[ \t]+)?[A-Z][\w'’\-]*"""
    r"""(?:(?:[ \t]+(?:of|the|and|on|in)){0,2}[ \t]+[A-Z][\w'’\-]*){0,3}"""
    r"""|the(?:[ \t]+(?!most\b|least\b|best\b|worst\b)(?![a-z]+est\b)[a-z][a-z'’\-]*){1,2}"""
    r""")[,.]?["'”’]?"""
)
#: A thing named after a stance verb, with no clause of its own: "the plan", "it",
#: "the new budget" (not "the measure because it would raise taxes"), and where and
#: how the stance was taken: "backed the pay plan with 81 percent support at the
#: annual meeting in May" is a vote, and a verb in the tail ("in the belief it
#: would cut costs") is a reason again.
_BARE_THING = compile_pattern(
    r"(?!.*\b(?:because|since|as|that|which|who|if|but|while|saying|calling)\b)"
    r"[\w'’\-]+(?:[ \t]+[\w'’\-]+){0,4}"
    r"(?:,?[ \t]+(?:with|at|in|on|during|by)"
    r"(?:[ \t]+(?!(?-i:would|will|could|should|can|may|might|must|is|are|was|were|be|been"
    r"|has|have|had|do|does|did)\b)[\w'’\-]+){1,5}){0,3}",
    re.IGNORECASE,
)
_OWNERS = frozenset(load_words("owners"))
_BODIES = frozenset(load_words("bodies"))
#: People in the service of someone named or of an office: "Aides to Clinton", "advisers
#: to the mayor", as "Clinton aides" and "the mayor's advisers" are (not "supporters who
#: came to Philadelphia": where they went says nothing of whom they serve).
_SERVES_NAMED = compile_pattern(
    r"(?:(?!(?:who|that|which)\b)[\w’'-]+\s+){1,3}to\s+(?:the\s+)?(?:[A-Z]|(?:[a-z]+\s+){0,2}(?:"
    + "|".join(sorted(_BODIES))
    + r")\b)"
)
#: Before a plural group noun these open a relative clause ("a deal which
#: critics say ..."), not a verb's subject ("who fears").
_RELATIVES = frozenset({"who", "which", "that"})
#: "'s" or "s'" ending a word: the owner is the word without it.
_POSSESSIVE = compile_pattern(r"(?:['’]s|(?<=s)['’])$")
_OPENERS = " \t\n\"'“‘(—–-"
#: Up to three words right before a mention, with no punctuation between.
_WINDOW = compile_pattern(r"(?:[\w'’\-]+[ \t]+){1,3}$")
#: Right before a mention, these make it no open group: "the officials" (said
#: before), "two others" (counted), "not everyone" (negated).
_NOT_OPEN = frozenset(
    {"the", "these", "those", "not", "no", "two", "three", "four", "five", "both", "all", "a"}
)
_BEFORE = compile_pattern(r"(?P<word>[\w'’\-]+)[ \t]+$")
#: A clock time right before a mention, as a live blog stamps its entries
#: ("07:40 Residents say"): no count of the group.
_CLOCK = compile_pattern(r"\b\d{1,2}[:.]\d{2}[ \t]+$")
#: "the officials", "those critics": a group named earlier, reported there;
#: not "the plan's critics", where the article determines the owner.
_ANAPHORIC = compile_pattern(r"(?:the|these|those)\s(?![\w\-]+['’]s\b)", re.IGNORECASE)
#: "most of them", "many of those": part of a group already counted or named.
_PARTITIVE = compile_pattern(r"\w+\s+of\s+(?:them|us|those|these|whom)\b", re.IGNORECASE)
#: A mood spread through a body: "a growing belief within NATO".
_SPREAD = compile_pattern(
    r"\b(?:growing|widespread|widely|common|general|prevailing|broad|deep|rising|mounting)\b"
    r"|\b(?:within|among|across|inside|throughout)\s",
    re.IGNORECASE,
)
#: A cue in the future or a modal mood, ending at the cue's verb: "critics
#: will say", "some may argue", "skeptics would surely object" predict or
#: imagine a claim; no one is credited with making it.  Not "would agree":
#: "most would agree that ..." claims a consensus.
_MODAL_CUE = compile_pattern(
    r"(?:^|\s)(?:will|would|may|might|could|can|shall|should|['’]ll)"
    r"(?:\s+(?:not|never|\w+ly))?\s+(?!agree\b)[\w\-]+$",
    re.IGNORECASE,
)
#: After a bare quantifier, a label up to its colon: "Most read:", "Many:"
#: is page furniture, not a claim.
_LABEL = compile_pattern(r"[ \t]*(?:[\w\-]+[ \t]*)?:")
#: Between a quantifier and its cue: nothing, or an adverb ("many privately fear").
_ADJACENT = compile_pattern(r"\s+(?:\w+ly\s+)?")
#: Content that is an intention, a request or a refusal, not a claim:
#: "demonstrators were urged to remain calm", "officials declined to comment",
#: "fans were urged not to share the posts".
#: Also an intention reported of the speakers themselves: "most voters say
#: they plan to vote early" tells what they will do, not a claim about the world.
_INTENTION = compile_pattern(
    r"\s*(?:(?:they|we)\s+(?:\w+ly\s+)?"
    r"(?:plan|plans|planned|intend|intends|intended|want|wants|wanted|hope|hopes|hoped)\s+)?"
    r"(?:not\s+)?to\s"
    # "some GPs say they will keep recommending the pills": what they will go on doing
    r"|\s*(?:they|we)(?:\s+will|\s+would|['’]ll|['’]d)\s+(?:not\s+)?"
    r"(?:keep|continue|carry\s+on|go\s+on|stop)\b",
    re.IGNORECASE,
)
#: A cue of asking with "for" after it, in the cue or opening its content: "some
#: have asked for their money back", "critics called for a recount", "argued for
#: a return" ask for a thing or argue a cause, and claim nothing ("may have
#: thought that, for $35,000, ..." still claims).
_REQUEST = compile_pattern(
    r"(?:.*\s)?(?:ask|call|press|push|appeal|plead|beg|argue|lobby|campaign|clamou?r)"
    r"(?:s|es|ed|d|ing)?(?:\s+for)?",
    re.IGNORECASE,
)
_FOR = compile_pattern(r"\s*for\s", re.IGNORECASE)
#: Cues that demand what follows ("protesters demanded that the mayor resign",
#: "critics urged the council to wait"): a request, whatever its grammar.
_DEMANDS = frozenset(
    {"demand", "demands", "demanded", "demanding", "urge", "urges", "urged", "urging"}
)
#: Cues of feeling: with no more than a state after them ("many donors feel
#: betrayed", "some felt deeply hurt by the move") they credit no claim.
_FEELING_CUES = frozenset({"feel", "feels", "felt", "feeling"})
#: A state, not a clause: a word, or two joined, with an adverb before and a
#: phrase of its cause after ("betrayed by the board", "angry and let down").
_STATE = compile_pattern(
    r"(?:\w+ly\s+)?"
    r"(?!(?:the|a|an|this|that|these|those|it|they|he|she|we|i|you|there|his|her|their|our)\b)"
    r"[a-z][\w\-]*(?:\s+(?:and|or|but)\s+[a-z][\w\-]*(?:\s+down)?)?"
    r"(?:\s+(?:by|about|at|over|with|toward|towards)\b[^,;]*)?[.,;]?",
    re.IGNORECASE,
)
#: A share of a population: a poll's result, not a claim credited to a crowd.
_SHARE = (
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|\d+\s+in\s+\d+\b|half\b"
    r"|(?:a|the)\s+(?:\w+\s+)?(?:majority|plurality|minority)\b"
    r"|(?:one|two|three|four)[-\s](?:thirds?|quarters?|fifths?|in\s+(?:three|four|five|ten))\b)"
)
_SHARE_BEFORE = compile_pattern(
    _SHARE + r"(?:\s+of)?(?:\s+(?:the|all|those|likely|registered|surveyed|polled))*\s*$",
    re.IGNORECASE,
)
_SHARE_IN = compile_pattern(r"(?:about|around|nearly|almost|roughly|just|only)?\s*" + _SHARE, re.I)
#: "Voters say by a 7-point margin", "by 49 percent to 42 percent".
_MARGIN_AFTER = compile_pattern(
    r"\s+(?:\w+ly\s+)?by\s+(?:an?\s+)?(?:\d+|\w+)[-\s]point\b"
    r"|\s+(?:\w+ly\s+)?by\s+\d+(?:\.\d+)?\s*(?:%|percent)",
    re.IGNORECASE,
)
#: The kinds a model gives a chain read as one mention ("reports citing
#: sources familiar with ..."): hearsay, or the unnamed people at its end.
_CHAIN_KINDS = frozenset({SourceKind.VAGUE, SourceKind.ANONYMOUS})
_NAMED = frozenset(
    {
        SourceKind.PERSON,
        SourceKind.ORGANIZATION,
        SourceKind.OUTLET,
        SourceKind.DOCUMENT,
        SourceKind.ANONYMOUS,
    }
)
_WORD = compile_pattern(r"[\w'’\-]+")
_READ_AS_NAMED = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION})
#: "other groups", "such groups": groups set against ones named before.
_OTHER = frozenset({"other", "another", "such", "similar"})
#: "what one website called ...": a singular head counted as one of an unnamed
#: many, as vague as the plural ("websites") it stands for.
_ONE_OF_MANY = compile_pattern(r"one\s+(?=[a-z])", re.IGNORECASE)
#: quantifier, hearsay or mood, by word: chooses the wording only.
_KINDS: dict[str, str] = {
    word: kind for word, kind in (entry.split() for entry in load_words("vague-kinds"))
}
#: Works a reader cannot look up when no one owns, counts or names them
#: ("Studies show", "Research suggests"), by their kind in vague-kinds.txt.
_WORKS = tuple(sorted(word for word, kind in _KINDS.items() if kind == "work"))
#: A capitalised word opening a sentence before "studies" that is no name:
#: a quantifier or a word with an adjective's ending ("Several", "Recent",
#: "Clinical", "Numerous", "Published").
_OPEN_WORD = compile_pattern(
    r"(?:Some|Several|Many|Most|Few|New|Early|More|Multiple"
    r"|[A-Z][a-z-]+(?:ent|al|ic|ous|ive|ed|ing|ble|ary|ar))"
)
#: Works tied to a name after them, straight or by a participle: "studies by
#: the Mayo Clinic", "research conducted for the Women's Media Center",
#: "studies published in The Lancet".
_WORK_OWNER = compile_pattern(
    r"\s+(?:[a-z]+(?:ed|en)\s+(?:out\s+|up\s+)?)?(?:by|for|at|from|in|of)\s+(?:the\s+)?[A-Z]"
)
#: A numbered citation in a sentence ("[1]", "[2, 3]", "[4-6]"): academic
#: prose names its sources in a reference list.
_CITATION = compile_pattern(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")
#: "a group of researchers": the head is the word after "of".
_COLLECTIVES = frozenset({"group", "number", "handful", "lot", "couple", "majority", "host"})
#: A word right before a group noun that makes the group no subject of its cue
#: ("questions posed in focus groups").
_PREPOSITIONS = frozenset(
    {"in", "at", "from", "of", "on", "within", "across", "around", "who", "with"}
)
_COLLECTIVE_OF = compile_pattern(r"\s+of\s+")


def _head(source: str) -> str:
    """The word that decides what kind of vague source a mention is: the
    first word listed in vague-kinds.txt (a quantifier only when it stands
    alone), else the last word of the phrase the attribution model reads as
    the mention's head ("analysts in the region" -> "analysts", "Fishermen
    along the coast" -> "fishermen"), a collective giving way to its members
    ("a group of researchers" -> "researchers")."""
    words: list[str] = [w.lower() for w in _WORD.findall(source)]
    # the words of the head phrase, when it ends in a plural: a listed word
    # before its last modifies it ("public health experts": the experts)
    modified = len(_WORD.findall(source_head(source))) - 1 if source.endswith("s") else 0
    for i, word in enumerate(words):
        if word == "one" and i + 1 < len(words) and words[i + 1] != "of":
            continue  # "one website": the noun counted heads, as in "many websites"
        kind = _KINDS.get(word)
        # "many economists": the quantifier modifies a group, which heads it; "media
        # posts": a listed noun before another modifies it
        if kind is not None and (kind != "quantifier" or i == len(words) - 1):
            if i + 1 < len(words) and _KINDS.get(words[i + 1], "quantifier") != "quantifier":
                continue
            if i < modified and kind == "group":
                continue
            return word
    phrase = source_head(source)
    heads = _WORD.findall(phrase)
    if len(heads) > 1 and heads[-1].endswith("ed") and heads[-1].islower():
        heads.pop()  # "progressives underwhelmed by ...": the participle is no head
    if heads and heads[-1].lower() in _COLLECTIVES:
        members = _COLLECTIVE_OF.match(source, len(phrase))
        if members is not None:
            return _head(source[members.end() :])
    return heads[-1].lower() if heads else ""


def _why(head: str, source: str) -> tuple[str, str]:
    """Why the source names no one, and what would fix it."""
    kind = _KINDS.get(head)
    if kind == "quantifier":
        return (
            f"'{source}' credits the claim to an unknown number of unnamed people",
            "say who they are ('residents interviewed by this newspaper fear ...') "
            "or quote one of them by name",
        )
    if kind == "claim":
        return (
            f"'{source}' does not say who makes these {head}",
            f"say who makes the {head}: 'amid allegations by <name> that ...'",
        )
    if kind == "hearsay":
        return (
            f"'{source}' does not say whose {head} these are or where they appeared",
            f"name the {head}: 'according to a report by <outlet or body>, ...'",
        )
    if kind == "work":
        return (
            f"'{source}' does not say which {head} these are or who did them",
            f"name the {head}: 'a 2024 study by <researchers or body> found ...'",
        )
    if kind == "mood":
        return (
            f"'{source}' credits the claim to a {head} held by no one in particular",
            f"name who holds the {head}: 'several defence ministers believe ...'",
        )
    if _ONE_OF_MANY.match(source):
        return (
            f"'{source}' names no one who can be checked: which {head}?",
            f"name the {head}: 'according to <name of the {head}>, ...'",
        )
    group = _as_written(head, source)
    return (
        f"'{source}' names a group, not anyone who can be asked: which {group}?",
        f"name the {group}: '{group} at <institution> say ...', or quote one of them by name",
    )


def _as_written(head: str, source: str) -> str:
    """``head`` with the capital it has inside ``source`` ("some Democrats": which
    Democrats?), or in lower case where only its place at the start gives it one
    ("Analysts")."""
    for at, word in enumerate(_WORD.findall(source)):
        if word.lower() == head:
            return word if at and word[:1].isupper() else head
    return head


def _dummy_subject(document: Document, attribution: Attribution) -> bool:
    """Whether the source is the dummy "it" of an agentless passive ("It is
    expected that ..."), whatever kind the model gave it."""
    source, cue = attribution.source, attribution.cue
    return (
        source is not None
        and cue is not None
        and source.text in {"It", "it"}
        and _DUMMY_IT.fullmatch(document.text, source.start, cue.end) is not None
        and _RAISED.match(document.text, cue.end) is None
    )


def _common_group(
    document: Document, source: Span, nouns: tuple[str, ...] = _GROUP_ENDINGS
) -> bool:
    """Whether a source read as a person or organization is an open kind of
    group in common nouns: "Environmental groups", "human rights
    campaigners"; not "Greenpeace campaigners", "two groups" or "their
    activists".  With ``nouns`` the unnamed works, whether a source read as
    a document is works no one can look up: "Studies show", "Recent
    research suggests"; not "A study", "two studies" or "the studies"."""
    text = source.text
    if text[-1:].isalpha() and not text.lower().endswith(nouns):
        return False  # most sources: no need to split them into words
    words = _WORD.findall(text)
    if not words or words[-1].lower() not in nouns:
        return False  # lowered: the noun may open the sentence ("Fans say")
    sentence = document.sentence_at(source.start)
    initial = not document.text[sentence.start if sentence else 0 : source.start].strip(_OPENERS)
    first = words[0].lower()
    if first in _NOT_OPEN or first in _OWNERS or first in _OTHER or first[0].isdigit():
        return False  # "two groups", "their campaigners", "other groups": counted or owned
    before = _word_before(document, source)
    if before is not None and before[0].lower() in _PREPOSITIONS | {"to", "by", "for"}:
        return False  # "questions posed to focus groups": not the cue's subject
    return all(w.islower() for w in words[1:]) and (words[0].islower() or initial)


def _unnamed_works(document: Document, source: Span) -> bool:
    """Whether a source read as a document is works in common nouns that no
    one owns, counts or names ("Studies show", "Recent research suggests").
    A capital opening the sentence may be a name's ("Harvard studies",
    "Stanford research"), so a word before the noun there must read as a
    quantifier or an adjective ("Several", "Recent", "Clinical")."""
    if not _common_group(document, source, _WORKS):
        return False
    if _WORK_OWNER.match(document.text, source.end):
        return False  # "Research conducted for the Women's Media Center showed"
    sentence = document.sentence_at(source.start)
    if sentence is not None and _CITATION.search(sentence.text):
        return False  # "research shows that ... [1]": the note names the work
    first, *rest = _WORD.findall(source.text)
    return not rest or first.islower() or bool(_OPEN_WORD.fullmatch(first))


#: Before a cue of "told": the one told is the one who writes ("I was told", "We were
#: told", "I've been told").
_TOLD_ME = compile_pattern(r"\b(?:I|[Ww]e)\s*$")
#: A question label opening a paragraph of a Q&A: "Q:", "**Q:**", "Question:".
_QUESTION_LABEL = compile_pattern(r"[ \t>]*[*_]{0,2}(?:Q|Question)\s*[:.][*_]{0,2}\s")


def _readers_hearsay(document: Document, cue: Span) -> bool:
    """Whether "I was told" stands in a reader's question of a Q&A: "**Q:** I was
    told my rent would go up by 9%" is what the reader heard, which the column
    answers; it is not the article's sourcing.  The writer's own "I was told"
    outside such a turn is still hearsay credited to no one."""
    if not _TOLD_ME.search(document.text, max(0, cue.start - 8), cue.start):
        return False
    sentence = document.sentence_at(cue.start)
    if sentence is None:
        return False
    paragraph = document.paragraphs[sentence.paragraph].span
    return _QUESTION_LABEL.match(document.text, paragraph.start) is not None


def _agentless_span(document: Document, attribution: Attribution) -> Span | None:
    """The agentless phrase: the cue, widened to its dummy subject ("It is
    believed") and without a trailing "that"."""
    cue = attribution.cue
    if cue is None:
        return None
    before = _AGENTLESS_SUBJECT.search(document.text, max(0, cue.start - 40), cue.start)
    start = before.start() if before else cue.start
    if attribution.source is not None and _dummy_subject(document, attribution):
        start = attribution.source.start
    trailing = _TRAILING_THAT.search(cue.text)
    end = cue.start + trailing.start() if trailing and trailing.start() > 0 else cue.end
    return document.span(start, end)


def _word_before(document: Document, span: Span) -> tuple[str, bool] | None:
    """The word right before ``span`` in its sentence (nothing but spaces
    between), and whether that word opens the sentence."""
    sentence = document.sentence_at(span.start)
    opening = sentence.start if sentence else 0
    match = _BEFORE.search(document.text, max(opening, span.start - 80), span.start)
    if match is None:
        return None
    return match["word"], not document.text[opening : match.start()].strip(_OPENERS)


def _heads_a_list(document: Document, source: Span) -> bool:
    """Whether the source sits in a line that opens with "What" and ends in a
    colon ("What regulars say they will miss most:"): a heading over the
    list that follows, whose items are the group's own words, not a claim the
    line makes."""
    before = _word_before(document, source)
    if before is None or before != ("What", True):
        return False
    end = document.text.find("\n", source.end)
    line = document.text[source.end : end if end >= 0 else len(document.text)]
    return line.rstrip().endswith(":")


def _named_owner(word: str, initial: bool) -> bool:
    """Whether ``word`` is a possessive whose owner can be checked: a name
    ("Exxon's", "Trump's"), or a body or office ("the ministry's"); not a
    plain noun ("the plan's").  Opening a sentence, a plural possessive
    ("Critics' fears") is a common noun, capitalised or not."""
    possessive = _POSSESSIVE.search(word)
    if possessive is None:
        return False
    owner = word[: possessive.start()]
    if not owner:
        return False
    if owner.lower() in _BODIES:
        return True
    return owner[0].isupper() and not (initial and possessive.group()[-1] != "s")


def _owned(document: Document, source: Span, kind: str) -> bool:
    """Whether the mention belongs to someone named or said before: a
    name, or a possessive of a name or body, up to three words before it or
    inside it ("Exxon's accusation", "Trump's by-now-familiar claims",
    "recent Clinton campaign accusations", "CBS News reports", "the
    ministry's experts"), a possessive opening it ("his supporters"), or a
    subject pronoun, determiner, numeral or negation right before it ("She
    fears", "the new allegations", "two others", "not everyone")."""
    words = _WORD.findall(source.text)
    if words and words[0].lower() in _OWNERS:
        return True
    sentence = document.sentence_at(source.start)
    opening = sentence.start if sentence else 0
    inside_initial = not document.text[opening : source.start].strip(_OPENERS)
    if any(_named_owner(w, inside_initial and i == 0) for i, w in enumerate(words[:-1])):
        return True
    before = _word_before(document, source)
    if before is None:
        return False
    word = before[0].lower()
    owners = _OWNERS - _RELATIVES if kind == "group" else _OWNERS
    if word in owners or word in _NOT_OPEN:
        return True
    if word[0].isdigit() and not _CLOCK.search(document.text, opening, source.start):
        return True  # "two others", not a live blog's "07:40 Residents say"
    window = _WINDOW.search(document.text, max(opening, source.start - 60), source.start)
    if window is None:
        return False
    initial = not document.text[opening : window.start()].strip(_OPENERS)
    return any(
        _named_owner(w, initial and i == 0) or (w[0].isupper() and not (initial and i == 0))
        for i, w in enumerate(_WORD.findall(window.group()))
    )


def _credited_to_named(document: Document, attribution: Attribution) -> bool:
    """Whether the vague source sits inside a claim credited to a named
    source: "Kovner said there was concern that ..." is Kovner's claim."""
    source = attribution.source or attribution.cue
    if source is None:
        return False
    content = attribution.content
    return any(
        other.index != attribution.index
        and other.source_kind in _NAMED
        # "X was warned, according to sources": the named cue lies in the
        # vague claim, so the vague source frames the named one, not the reverse
        and not (
            other.cue is not None
            and content.start <= other.cue.start
            and other.cue.end <= content.end
        )
        for other in document.attributions_covering(source.start, source.end)
    )


def _modal(document: Document, source: Span, cue: Span | None) -> bool:
    """Whether the cue predicts or imagines the claim rather than reports
    it: "Critics will say I am romanticizing the past"."""
    if cue is None or cue.end <= source.end:
        return False
    return _MODAL_CUE.search(document.text, source.end, cue.end) is not None


def _poll_result(document: Document, attribution: Attribution) -> bool:
    """Whether the vague source is a share of those polled: "28 percent of
    voters said", "about two-thirds say", "Voters say by a 7-point margin".
    The poll is the source there, and `unsourced-statistic` judges whether
    the article names it."""
    source = attribution.source
    assert source is not None
    text = document.text
    if _SHARE_IN.match(source.text) or _SHARE_BEFORE.search(
        text, max(0, source.start - 48), source.start
    ):
        return True
    cue = attribution.cue
    return cue is not None and _MARGIN_AFTER.match(text, cue.end) is not None


def _request(attribution: Attribution) -> bool:
    """Whether the cue asks for what follows "for" rather than claiming it."""
    cue = attribution.cue
    if cue is None or not _REQUEST.fullmatch(cue.text):
        return False
    return cue.text.endswith(("for", "For")) or _FOR.match(attribution.content.text) is not None


@functools.cache
def _added_sources(lexicon: Lexicon) -> frozenset[str]:
    """The heads a newsroom added to the vague sources (``[lexicon]
    extra-vague-sources``): groups on its word, whatever their ending
    ("townsfolk"), where a head of the built-in list must look like one."""
    built_in = set(Lexicon().entries("sources_vague.txt"))
    return frozenset(e.lower() for e in lexicon.entries("sources_vague.txt") if e not in built_in)


def _reportable(
    document: Document, attribution: Attribution, head: str, added: frozenset[str]
) -> bool:
    """Guards against misreadings, by kind of vague source (see vague-kinds.txt)."""
    source = attribution.source
    assert source is not None
    kind = _KINDS.get(head, "group")
    if kind == "skip" or head in _PRONOUNS or head in _NOT_OPEN:
        return False
    if _modal(document, source, attribution.cue) or _poll_result(document, attribution):
        return False
    if _INTENTION.match(attribution.content.text):
        return False  # "protesters plan to march", "officials declined to comment"
    if _request(attribution):
        return False  # "critics called for a recount": a request
    verb = attribution.cue.text.split()[-1:] if attribution.cue else []
    if verb and verb[0].lower() in _DEMANDS:
        return False  # "protesters demanded that the mayor resign": a request
    if verb and verb[0].lower() in CRY_VERBS:  # '"No deal," protesters chanted'
        return False
    if attribution.cue and asked(attribution.cue.text):
        return False  # "residents were asked about the plan": no claim yet
    # a semicolon closes the stance's clause: what follows it is the writer's
    # ("most voters backed Alvarez; Whitaker carried the south side")
    stance = attribution.content.text.partition(";")[0].rstrip()
    if verb and verb[0].lower() in _STANCES and _BARE_THING.fullmatch(stance):
        return False  # "most residents backed the plan": a stance, not a claim
    if verb and verb[0].lower() in _FEELING_CUES and _STATE.fullmatch(attribution.content.text):
        return False  # "many donors feel betrayed": a state, not a claim
    if verb and verb[0].lower() in _NAMING and _NICKNAME.fullmatch(attribution.content.text):
        return False  # "the pier, which locals call 'the Spit'": a name, not a judgement
    if _heads_a_list(document, source):
        return False  # "What regulars say they will miss most:" introduces a list
    if kind == "mood":
        before = _word_before(document, source)
        return bool(_SPREAD.search(source.text)) or (
            before is not None and before[0].lower() in {"amid", "amidst"}
        )
    if _owned(document, source, kind) or _ANAPHORIC.match(source.text):
        return False
    if kind in {"hearsay", "claim"} and _OWNER_AFTER.match(document.text, source.end):
        return False
    if kind == "group" and (
        _NAMED_BODY.search(source.text)
        or _SERVES_NAMED.match(source.text)
        or _POLLED_BY.match(document.text, source.end)
        or not (
            head.endswith(("s", "men"))
            or head in _GROUP_NOUNS
            or head in added
            or _ONE_OF_MANY.match(source.text)
        )
    ):
        # a singular head is no group ("warning" is a misread verb), unless
        # the noun is one ("staff"); "fishermen" is a plural
        return False
    if kind == "quantifier":
        if _PARTITIVE.match(source.text):
            return False
        if _LABEL.match(document.text, source.end) and len(_WORD.findall(source.text)) == 1:
            return False  # "Most read: ..." labels a list
        # "many fear": the quantifier is the cue's subject, not "all were confirmed"
        cue = attribution.cue
        gap = document.text[source.end : cue.start] if cue and cue.start >= source.end else None
        return gap is not None and _ADJACENT.fullmatch(gap) is not None
    return True


def _relaying_head(document: Document, attribution: Attribution) -> Attribution:
    """The attribution credited to the head of a chain the model read as one
    mention: in "reports citing sources familiar with the talks" the reports
    are the hearsay judged here, the sources anonymous-source's."""
    source = attribution.source
    if source is None or attribution.source_kind not in _CHAIN_KINDS:
        return attribution
    chain = relay(document.text, source.start, source.end)
    if chain is None or chain[0] >= source.end:
        return attribution
    head = document.span(source.start, chain[0])
    return attrs.evolve(attribution, source=head, source_kind=SourceKind.VAGUE)


def vague_attributions(document: Document, context: CheckContext) -> Iterator[Finding]:
    rule = VAGUE_ATTRIBUTION
    ignored = {w.lower() for w in context.option(rule, "ignore-sources")}
    agentless = bool(context.option(rule, "agentless"))
    added = _added_sources(context.lexicon)
    # one finding per mention: "Forecasters said A and warned of B" credits two claims to it
    reported: dict[tuple[int, int], tuple[Span, str, list[Evidence], str]] = {}
    for attribution in document.attributions:
        attribution = _relaying_head(document, attribution)
        kind = attribution.source_kind
        if kind is not SourceKind.NONE and _dummy_subject(document, attribution):
            kind = SourceKind.NONE  # "It is expected that": the model's "It" names nothing
        elif (
            kind in _READ_AS_NAMED
            and attribution.source is not None
            and _common_group(document, attribution.source)
        ):
            kind = SourceKind.VAGUE  # "Environmental groups say"
        elif (
            kind is SourceKind.DOCUMENT
            and attribution.source is not None
            and _unnamed_works(document, attribution.source)
        ):
            kind = SourceKind.VAGUE  # "Studies show": which studies?
        if kind is SourceKind.VAGUE and attribution.source is not None:
            source = attribution.source
            if connected_unnamed(source.text, place_names(context.lexicon)):
                continue  # "sources close to the ministry": anonymous-source reports it
            head = _head(source.text)
            if not head or head in ignored or not _reportable(document, attribution, head, added):
                continue
            span = source
            why, suggestion = _why(head, source.text)
            message = f"claim credited to '{source.text}', which names no one who can be checked"
        elif kind is SourceKind.NONE and agentless:
            if (
                attribution.cue is not None
                and attribution.cue.text.endswith("told")
                and (
                    _INTENTION.match(attribution.content.text)
                    or attribution.content.text.startswith(("of ", "about "))
                    or _readers_hearsay(document, attribution.cue)
                )
            ):
                # "The crew had been told to turn back", "Staff were told of the
                # closure": an order or a notice, no claim; "Q: I was told ...": a
                # reader's hearsay
                continue
            agentless_span = _agentless_span(document, attribution)
            if agentless_span is None:
                continue
            span = agentless_span
            why = f"'{span.text}' does not say who holds or reported the claim"
            message = f"claim credited to no one: '{span.text}'"
            suggestion = "say who: 'ministry officials believe ...' instead of 'it is believed'"
        else:
            continue
        if in_speech_quote(document, span) or _credited_to_named(document, attribution):
            continue
        claim = Evidence("the claim credited to it", attribution.content)
        if (span.start, span.end) in reported:
            reported[span.start, span.end][2].append(claim)
        else:
            reported[span.start, span.end] = (
                span,
                message,
                [
                    Evidence(why, span),
                    claim,
                    *note_evidence(document, span, attribution.content),
                    *link_evidence(document, span, attribution.cue),
                ],
                suggestion,
            )
    for span, message, evidence, suggestion in reported.values():
        yield context.finding(rule, span, message, evidence=evidence, suggestion=suggestion)


check = Check([VAGUE_ATTRIBUTION], vague_attributions, name="vague-attribution")
