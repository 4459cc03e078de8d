"""Numbers stated as facts with no one credited for them.

A figure is only as good as whoever counted it.  The check finds numerals
that carry a unit making them a statistic (percentages, money, counts of
people, ratios, rankings) with one compiled regex over the whole text, then
keeps those whose sentence, and the sentences beside it in the same
paragraph, credit no source.  Precision comes first: a bare numeral, a date,
an age or a small spelled-out count is never a candidate.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from mediacheck import (
    HEADINGS,
    MONTH_PATTERN,
    Attribution,
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Lexicon,
    Rule,
    RuleExample,
    Sentence,
    SourceKind,
    Span,
    compile_pattern,
)
from mediacheck_attribution._words import alternation, initials, load_words

__all__ = ["UNSOURCED_STATISTIC", "check"]

UNSOURCED_STATISTIC = Rule(
    slug="unsourced-statistic",
    title="Statistic with no source",
    severity="warning",
    description="""\
Reports a number stated as a fact — a percentage, an amount of money, a count
of people, a ratio or a ranking — when neither its sentence nor the sentence
before or after it in the same paragraph says where the figure comes from.
A reader cannot weigh "37 percent" without knowing who measured it.

A figure counts as a statistic only with a unit that makes it one: `%`,
`percent`, `percentage points`; a currency sign, an ISO code in capitals
(`EUR 1.9 billion`, `USD 40 million`) or `million`/`billion` (after a
currency sign also `m` and `bn`: `£112m`, `$2.5bn`);
a plural noun of people or events (`12,000 people`, `3,400 troops`,
`150 deaths`), also as part of a group (`300,000 of the state's
farmworkers`, `40 of its members`, `40 of the block's 112 households`); a
unit of measure after `million`, `billion` or `trillion`
(`11 million tonnes`, `2 billion barrels`, `4 million acres`, `viewed 2.3
million times`, `sold 40 million units`); `one in five`; `third-largest`, `ranked 5th`.  Qualifiers
such as "more than" or "nearly" are part of the reported span.

A figure is taken as sourced when the attribution model credits anything in
its sentence or a neighbour (`according to the census bureau`, `..., the
ministry said`), or when one of those sentences uses a word that points to a
source (`poll`, `survey`, `data`, `figures`, `estimates`, `study` ...), or
marks a note (a Markdown footnote, `rose 12 percent.[^1]` with `[^1]: Transport
Authority fares report, 2026.`): a note with any text is a citation the reader
can follow, whatever it names.  A
later sentence of the paragraph that opens by pointing back at the figures
and sources them (`The figures come from a report the council published`,
`Those numbers are from the census`, `The figure comes from the state
education department`) sources every figure before it, and a
line ending in a colon with a verb of speech or reporting (`What the company
reported:`) sources the list items under it (lines with no full stop), as a
source line sources the rows of a table or list it heads or closes (a
caption ending `Source: ONS`, a `Sources: ...` line under the rows).  A
vague source still counts here; `vague-attribution` judges it.  A verb such as
`added` or `claimed` followed at once by the figure takes it as its object
(`the firm added 3,000 workers`, `the index added 3 percent`): it is what
the subject did, not who reported it, so it sources nothing, unless the
figure opens a clause the verb claims (`the company claims 92 percent of
users feel safer` is sourced to the company); nor does `found` that finds
someone something (`the council has found 40 households new homes`, where
`a survey found 40 percent ...` is sourced), `count` as the counting of votes
(`signed up to observe the count`, `at the count`), a passive forecast
(`repairs are expected to cost $1.4 million`), a claim credited to no one
(`it is believed`, `could be expected`), or a share or count that is itself
the subject of a verb of feeling or speech (`92 percent of users feel safer`,
`about 200 protesters gathered, chanting`): the figure is not its own
source.  A percentage
is also taken as sourced when an earlier sentence of its paragraph or one
of the two paragraphs before names a poll, survey, study or index (`A new poll ...`,
then `45 percent back the plan.`), or when the headline or the first two
paragraphs do (the article reports on it); further away, or after an
agency's name only (`the Bureau of Labor Statistics said`), a share is taken
to be about something else and is reported.

Left alone: dates, years, times, ages (`52-year-old`), ordinals in names
(`the 82nd Airborne`, `World War II`), article and section numbers, scores
and tallies (`passed 52-48`, `won 35 to 12 percent`), vote shares given as
results (`won 48 percent of the vote`, `won with 51 percent`, `passed with
62 percent support`, `12,402 votes, or 54 percent`, `has won
women by 10 points`), class labels (`the top 1 percent`),
spelled-out small counts (`two children`), measures with no scale word,
which mostly describe a thing (`a 300-mile pipeline`, `a 40,000-ton ship`),
prices, wages and rents (`$22 an hour`, `$2,000 a month`; an amount in
millions per year, `$40 million a year`, is spending and is reported),
the size of a plan (`a $275 billion infrastructure proposal`, `a plan for
300 homes`) and its target (`aims to lift output to 7 million tonnes`, `a
target of 2 million homes`), a penalty on record (`was fined £2,400`: a fact of the case,
not a measurement), anything inside quotation marks (the speaker answers for it), the answers
of an interview set as questions and answers (`Q:` and `A:` in turn, or `Q.`
and `A.`: the interviewee's words, as a turn labelled with a name is), anything
inside a date or time expression, and the headline (headlines carry no
sources by convention; the body must), and so a sub-heading (a short line
with no full stop, `Shares slide 6% on results day`) whose figure the next
paragraph states again: that paragraph answers for it.

One finding per sentence, on its first figure; the evidence lists every
figure in the sentence.

Configure with `extra-count-nouns` (more plural nouns that make a count a
statistic, e.g. `["barrels", "acres"]`), `extra-measure-units` (more units
that make a scaled figure a measurement, e.g. `["bushels"]`) and
`extra-source-words` (more words that show a sentence names its source).
""",
    examples=[
        RuleExample(
            "Unemployment in the region rose to 37 percent last year.",
            flagged=["37 percent"],
        ),
        RuleExample(
            "The program has cost taxpayers $4.2 billion since it began.",
            flagged=["$4.2 billion"],
        ),
        RuleExample(
            "The county spends $40 million a year on its jails.",
            flagged=["$40 million"],
            note="An amount per year is spending; '$22 an hour' would be a wage.",
        ),
        RuleExample(
            "More than 12,000 people have fled the valley. The roads are closed.",
            flagged=["More than 12,000 people"],
        ),
        RuleExample(
            "Some 2.5 million tonnes of grain rot in storage every year.",
            flagged=["Some 2.5 million tonnes"],
        ),
        RuleExample(
            "The 300-mile pipeline carries 40,000 barrels a day to the coast.",
            note="Measures with no scale word describe the pipeline.",
        ),
        RuleExample(
            "Roughly 40,000 of the region's nurses have left the profession.",
            flagged=["Roughly 40,000 of the region's nurses"],
        ),
        RuleExample(
            "One in five adults in the city now works from home.",
            flagged=["One in five"],
        ),
        RuleExample(
            "The port is the country's third-largest by tonnage.",
            flagged=["third-largest"],
        ),
        RuleExample(
            "Lakeview is the second-biggest town in the valley.",
            flagged=["second-biggest"],
            note="A ranking always takes 'the': it refers back to nothing",
        ),
        RuleExample(
            "Unemployment rose to 37 percent, according to the national statistics office.",
            note="The sentence names its source.",
        ),
        RuleExample(
            "Turnout fell to 41 percent. The figures come from the electoral commission.",
            note="The next sentence of the paragraph names the source.",
        ),
        RuleExample(
            'The 52-year-old senator, who served in the 82nd Airborne, said "about 90 percent of'
            ' this is theatre."',
            note="An age, an ordinal in a name and a figure inside a quotation.",
        ),
        RuleExample(
            "The bill passed 52-48 on March 3, 2024. She won 48 percent of the vote in 2020.",
            note="A tally, a date and a vote share given as a result.",
        ),
        RuleExample(
            "The firm added 3,000 workers last year.",
            flagged=["3,000 workers"],
            note="'added' takes the figure as its object: the firm did it, no one reported it.",
        ),
        RuleExample("The couple have two children and a three-tiered garden."),
        RuleExample(
            "Bus fares rose 12 percent in 2025.[^1]\n\n"
            "[^1]: Transport Authority annual fares report, January 2026.",
            note="A footnote marked on the sentence gives its source.",
            format="markdown",
        ),
    ],
    options={
        "extra-count-nouns": [],
        "extra-measure-units": [],
        "extra-source-words": [],
        "extra-context-words": [],
    },
)

#: A sentence that opens by pointing back at the figures told before it.
_POINTS_BACK = compile_pattern(
    r"\W*(?:(?:All|Both)\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]hat|[Tt]his)\s+"
    r"(?:figures?|numbers?|data|statistics?|estimates?|counts?)\b"
)
#: After the pointing words, where they come from: "The figure comes from the
#: state education department", "That number is from a leaked memo".
_COMES_FROM = compile_pattern(r"\s+(?:comes?|came|is|are|was|were)\s+from\s+\w")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:\s*(?:million|billion|trillion|bn|mn)\b|\s+(?:thousand|hundred)\b)"
#: After a currency sign a bare "m" is millions too ("£112m", "$2.5m"); after
#: a plain number it is metres ("a 12m boat").
_MONEY_SCALE = rf"(?:{_SCALE}|m\b)"
_QUALIFIER = (
    r"(?:(?:more|fewer|less)\s+than|nearly|almost|about|around|roughly|approximately|"
    r"over|under|at\s+(?:least|most)|up\s+to|as\s+(?:many|much)\s+as|an\s+estimated|close\s+to|"
    r"some|just\s+over|just\s+under)\s+"
)
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten"
_ORDINAL = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
_RANKED = (
    r"largest|biggest|highest|lowest|smallest|richest|poorest|deadliest|busiest|"
    r"fastest|slowest|oldest|worst|most[-\s]populous|most[-\s]visited|most[-\s]watched|"
    r"most[-\s]popular|most[-\s]expensive|most[-\s]valuable|fastest[-\s]growing"
)
#: Words that never modify a counted noun, so "12 of the people" is no count.
_NOT_MODIFIER = r"of|in|to|the|and|or|for|on|at|from|by|with|per|a|an|as|than|who|that|were|was"
_SCALE_WORD = compile_pattern(r"million|billion|trillion|bn|mn|thousand|hundred", re.IGNORECASE)
#: "pounds" is left out: it weighs more often than it pays.
_CURRENCY = r"dollars|euros|yen|yuan|rubles|roubles|rupees|hryvnias?"
#: ISO codes wire copy writes before an amount ("EUR 1.9 billion"), in capitals only.
_ISO_CODES = ("EUR", "USD", "GBP", "JPY", "CHF", "CNY")
_ISO_CODE = rf"(?-i:{'|'.join(_ISO_CODES)})\s"


@functools.cache
def _pattern(extra_nouns: tuple[str, ...], extra_units: tuple[str, ...]) -> re.Pattern[str]:
    """A statistic starting exactly where it is matched (``.match`` only:
    scanning the whole text with it would try every alternative at every
    character)."""
    nouns = alternation((*load_words("count-nouns"), *extra_nouns))
    units = alternation((*load_words("measure-units"), *extra_units))
    modifiers = rf"(?:(?!(?:{_NOT_MODIFIER})\b)[A-Za-z][\w'\-]*\s+){{0,2}}?"
    # "300,000 of the state's farmworkers", "40 of the block's 112 households": a
    # count of part of a group, whose size may be given
    partitive = (
        r"(?:of\s+(?:the|its|their|these|those|our|his|her)\s+(?:[\w.\-]+['’]s\s+)?"
        rf"(?:{_NUMBER}\s+)?)?"
    )
    return compile_pattern(
        rf"(?P<percent>{_NUMBER}\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b))"
        rf"|(?P<money>(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?|{_ISO_CODE}){_NUMBER}{_MONEY_SCALE}?"
        rf"|{_NUMBER}{_SCALE}?\s+(?:{_CURRENCY})\b)"
        rf"|(?P<count>{_NUMBER}{_SCALE}?\s+{partitive}{modifiers}(?:{nouns})\b)"
        rf"|(?P<measure>{_NUMBER}\s*(?:million|billion|trillion)\s+(?:{units})\b)"
        rf"|(?P<ratio>(?:{_NUMBER}|{_SMALL})\s+(?:(?:in|out\s+of)\s+(?:every\s+)?"
        rf"(?:{_NUMBER}|{_SMALL}|a\s+hundred|a\s+thousand)|of\s+(?:10|ten|100))\b"
        r"(?!\s*(?:years?|months?|weeks?|days?|hours?)\b))"
        rf"|(?P<rank>(?:{_ORDINAL})[-\s](?:{_RANKED})\b"
        rf"|ranked\s+(?:No\.\s*)?(?:\d+(?:st|nd|rd|th)?|{_ORDINAL})\b)",
        re.IGNORECASE,
    )


# Cheap anchors, each a literal or a digit, found with ``bytes.find`` or a
# regex with a literal prefix over the text as ASCII bytes (every other
# character becomes "?", so offsets stay the same); a statistic's start is
# worked out from them and then matched on the text itself.
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.,/:-–0123456789")


def _class_table() -> bytes:
    """Maps each ASCII byte to its part in a numeral: "0" a digit, "," a
    comma or point, "g" another character that glues a numeral to a word."""
    table = bytearray(b" " * 256)
    for char in _GLUED:
        if char.isascii():
            table[ord(char)] = ord("g")
    table[ord(".")] = table[ord(",")] = ord(",")
    for digit in b"0123456789":
        table[digit] = ord("0")
    return bytes(table)


_CLASSES = _class_table()
#: The first digit of a run of digits, commas and points (``[0-9][0-9,.]*``)
#: that follows no ASCII letter, digit or joiner, in the text mapped through
#: ``_CLASSES``: "0" a digit, "," a comma or point, "g" another joiner.
_RUN_START = re.compile(rb"0(?<![g,0]0)")
_CURRENCY_SIGNS = frozenset("$€£¥")
_CURRENCY_PREFIXES = ("US", "NZ", "HK", "A", "C")
_RATIO_LINKS = (" in ", " of ", " out of ", " every ")
_RATIO_LEFT = compile_pattern(
    rf"(?<![\w])(?:{_SMALL})\s+(?:(?:in|out\s+of)\s+(?:every\s+)?|of\s+)$", re.IGNORECASE
)
_LINKS = (b" in ", b" out of ")
_SMALL_ENDINGS = frozenset("eorxntEORXNT")
_SMALL_WORDS = tuple(_SMALL.split("|"))
_SMALL_BEFORE = compile_pattern(rf"(?<![\w])(?:{_SMALL})$", re.IGNORECASE)
_RANK_TAILS = ((b"est", compile_pattern(r"est\b")), (b"most", compile_pattern(r"most[-\s]")))
_RANK_BACK = compile_pattern(rf"(?<![\w])(?:{_ORDINAL})[-\s](?:most[-\s])?[a-z]*$", re.IGNORECASE)
_RANKED_WORD = compile_pattern(r"ranked\b")
_QUALIFIER_BEFORE = compile_pattern(rf"(?<![\w]){_QUALIFIER}$", re.IGNORECASE)
#: The last words of every qualifier: an ASCII figure whose word before it
#: ends in none of these has no qualifier, and the regex need not look.
_QUALIFIER_ENDS = (
    "than", "nearly", "almost", "about", "around", "roughly", "approximately",
    "over", "under", "least", "most", "to", "as", "estimated", "some",
)  # fmt: skip


@functools.cache
def _words_pattern(name: str, extra_words: tuple[str, ...]) -> re.Pattern[str]:
    words = (*load_words(name), *extra_words)
    return compile_pattern(rf"{initials(words)}\b(?:{alternation(words)})\b", re.IGNORECASE)


#: Sentences that give election results: "won 48 percent of the vote", "won
#: with 51 percent", "has won women by 10 points",
#: "carried the state 66% to 30%" or "35 to 12 percent", "with 95 percent of
#: precincts reporting"; a ballot measure's "passed with 62 percent support"
#: or "was rejected by 55 percent"; a count's share, "12,402 votes, or 54
#: percent"; a share a candidate drew in a contest, "garnered 41 percent in
#: the primary", "took 55% in the runoff" (without the contest, "received 41
#: percent of its funding" is a statistic like any other).  The lookahead
#: names every branch's first character, so the engine skips most positions
#: without trying the branches one by one (a third of the cost, in a sentence
#: of news).
_RESULT = compile_pattern(
    r"(?=[opd%\dfiwlcarvgtes])(?:\bof\s+the\s+(?:\w+\s+)?vote\b|\bprecincts\b|\bdelegates\b"
    r"|\b(?:passed|carried|approved|rejected|defeated)\b(?:\s+\S+){0,3}?\s+(?:with|by)\s+\d"
    r"|\bvotes,?\s+or\s+\d"
    r"|\b(?:garnered|received|took|captured|drew|earned|secured)\s+(?:\S+\s+){0,2}?\d[\d.]*\s*"
    r"(?:%|percent\b)(?:\s+\S+){0,4}?\s+(?:primar(?:y|ies)|caucus(?:es)?|runoffs?|elections?"
    r"|race|vote|ballots?)\b"
    r"|(?:%|\bpercent|\bpoints?)\s+to\s+(?:\w+\W?s\s+)?\d"
    r"|\b\d+\s+to\s+\d+\s*(?:%|percent\b)"
    r"|\b(?:finished|placed|in\s+(?:first|second|third|fourth|fifth|last)(?:\s+place)?)\b"
    r"|\b(?:won|wins|winning|lost|loses|losing)\b(?:\s+\S+){0,5}?\s+(?:with|by)\b)",
    re.IGNORECASE,
)
#: A figure after these refers back to something already said ("the 49
#: victims", "its $500 million budget"), names a class ("the top 1 percent"),
#: sets a threshold ("incomes above $125,000", "for every $10,000"), is a
#: penalty on record ("fined $100,000") or is part of a date ("Sept. 11 attacks").
_REFERRING = compile_pattern(
    r"\b(?:the|these|those|its|their|his|her|our|your|top|bottom|richest|wealthiest|poorest"
    rf"|above|below|every|each|even|fined|{MONTH_PATTERN})\s+$",
    re.IGNORECASE,
)
#: The last words :data:`_REFERRING` may end in, lowercase, for a quick test.
_REFERRING_ENDS = (
    "the", "these", "those", "its", "their", "his", "her", "our", "your", "top", "bottom",
    "richest", "wealthiest", "poorest", "above", "below", "every", "each", "even", "fined",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    "june", "july", "january", "february", "march", "april", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: Sentences stating a rule or a hypothesis, not a measurement: "would have
#: to get 67 percent", "the maximum an individual can give", "if you borrow
#: $25,000".
_REQUIREMENT = compile_pattern(
    r"(?=[wnrmtya])\b(?:would\s+have\s+to|needs?\s+to|required|requires|must|threshold|maximum|minimum"
    r"|you|your|anyone)\b",
    re.IGNORECASE,
)
#: A negation earlier in the clause makes "anyone" no one, not a hypothetical
#: person: "did not have to wake anyone: one in ten needed a nudge" measures.
_NEGATION_BEFORE = compile_pattern(
    r"(?:\b(?:not|never|without|nor|hardly)|n[’']t)\b[^,;:.!?]*\Z", re.IGNORECASE
)
_WORD = compile_pattern(r"[^\W\d_][\w'’\-]{3,}")
#: A rate or price ("$15 an hour", "$3 per gallon"), not an amount.
_RATE = compile_pattern(r"\s+(?:an?|per)\s+\w+", re.IGNORECASE)
#: The size of a plan or deal, known from the plan itself: "a $275 billion
#: infrastructure proposal", "the proposed $85 billion merger", "her $350
#: billion, 10-year plan".
_TERMS = compile_pattern(
    r"(?:,?\s+(?!(?:in|of|for|to|from|on|at|by)\b)[\w-]+){0,2}?"
    r"\s+(?:plan|proposal|package|bill|merger|deal|acquisition|budget)s?\b",
    re.IGNORECASE,
)
#: The size of a plan told before the figure: "a plan for 300 homes", "plans
#: for 1,200 flats", "a scheme of 40 houses", "the vote on 140 homes" (known
#: from the plan, as above).
_PLAN_FOR = compile_pattern(
    r"\b(?:(?:plans?|proposals?|schemes?|applications?|bids?)\s+(?:for|of)|votes?\s+on)\s+$",
    re.IGNORECASE,
)
#: A target, known from the plan that sets it: "aims to lift output to 7 million
#: tonnes a year", "hopes to cut waiting lists by 40%", "a target of 2 million homes".
_TARGET = compile_pattern(
    r"\b(?:(?:aims?|aiming|aimed|hopes?|hoping|seeks?|seeking|intends?|intending)\s+to\s+"
    r"(?:[a-z]+\s+){1,3}(?:to|by)|(?:targets?|goals?)\s+of)\s+(?:(?:about|around|some|over)\s+)?$",
    re.IGNORECASE,
)
#: The words a target ends in, looked for first: most figures follow none.
_TARGET_ENDS = compile_pattern(r"\b(?:to|by|of)\s+(?:\w+\s+)?$")
_YEAR = compile_pattern(r"(?:1[5-9]|20)\d\d")
#: Between a figure and its own verb: a space and maybe an adverb ("1,200
#: observers now report to the society").
_FIGURE_VERB_GAP = compile_pattern(r"\s+(?:(?:now|still|also|often|[a-z]+ly)\s+)?")
#: A figure right after a word: "added 3 percent", "claimed about $4 million".
_FIGURE_NEXT = compile_pattern(
    rf"\s+(?:{_QUALIFIER})?(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?|{_ISO_CODE})?\d", re.IGNORECASE
)
_FIGURE_VERBS = frozenset(load_words("figure-verbs"))
#: What may stand in a source mention before the figure that heads it: "But two out of
#: three Americans", "Only 40 percent of voters", "A total of 312 residents".
_HEADED_BY_FIGURE = compile_pattern(r"(?:[A-Za-z]+\s+){0,2}(?:total\s+of\s+)?")
#: After a figure, a finite verb in the same clause (no comma, relative pronoun or
#: conjunction before it): the figure is the subject of a claimed clause ("claims 92
#: percent of users feel safer", "added 300 jobs were cut"), not the verb's object
#: ("claimed 300 lives", "added 3,000 workers who are ...").
_CLAUSE_AFTER_FIGURE = compile_pattern(
    r"(?:(?!\s(?:who|that|which|and|or|but)\b)[^,.;:!?\n]){0,60}?"
    r"\s(?:is|are|was|were|will|would|have|has|had|could|can|may|might|do|does|did"
    r"|feel|feels|felt|say|says|said|think|thinks|believe|believes|want|wants|agree|agrees"
    r"|support|supports|prefer|prefers|oppose|opposes|died|lost)\b"
)
#: A share of a plural and the word after it that can only be its verb: "claims 90%
#: of doctors use garlic", "claimed 40 percent of users quit" (a verb no list holds);
#: not "claimed 40 percent of the vote in Ohio" or "40 percent of its shares last year".
_SHARE_CLAUSE = compile_pattern(
    r"[\d.,]*\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:(?:the|its|their|our|all)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?!(?:its|his|this|is|was|has|as|us|ours|yours)\s)[a-z-]+s\s+"
    r"(?!(?:in|on|at|of|for|from|to|by|with|and|or|but|nor"
    r"|who|whom|that|which|last|this|next|each|every|a|an|the|since|during|after|before"
    r"|across|over|under|per|than|as|while|when|if|yesterday|today|tonight|alone|so)\b)"
    r"[a-z]+\b(?<!ly)"
)
#: A passive forecast with no one forecasting: "are expected to", "is widely
#: expected to" (a cue and the three characters after it).
_EXPECTED_TO = compile_pattern(
    r"(?:(?:is|are|was|were)\s+)?(?:\w+ly\s+)?expected\s+to", re.IGNORECASE
)
_DIGITS = compile_pattern(r"\d[\d,]*(?:\.\d+)?")
#: Before a verb of reporting, what someone could or would have said, which no
#: one did: "my granddaughter could have told them that for the price of a bus
#: pass" points to no source of the figure beside it.
_UNSAID = compile_pattern(r"\b(?:could|would|might|should)(?:n['’]t)?\s+have\s+$", re.IGNORECASE)
#: "study" and "studies" as a verb, after its subject or "to": "my granddaughter,
#: who studies at the college", "she studies law", "to study medicine" name no
#: study ("studies show", "a study found", "polls and studies" do).
_STUDIES_VERB = compile_pattern(
    r"\b(?:who|he|she|I|we|they|you|to)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: The writer's own count, first-hand: "I counted 58 passengers between midnight
#: and two", "we measured 40 decibels at the gate": the writer is its source.
_OWN_COUNT = compile_pattern(
    r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:counted|measured|clocked|weighed|timed)\b"
)
#: After "found" and a figure, whom something was found for and what: "found 40 of
#: the block's 112 households new homes", "found 200 families places" (find someone
#: something), where "found" reports no finding.
_FOUND_FOR = compile_pattern(
    r"[^,.;:!?\n]{0,60}?\b(?:[a-z]+s|people|children|men|women)\s+"
    r"(?:(?:new|permanent|temporary|other)\s+)?"
    r"(?:homes?|jobs?|places?|work|housing|accommodation|beds?|a\s+(?:home|job|place|bed))\b"
)
#: Before "count" or "tally", a verb or preposition that makes it the counting
#: of votes, an event ("signed up to observe the count", "at the count"), not
#: a count anyone reports ("an AP count", "a count by the union").
_COUNT_EVENT = compile_pattern(
    r"\b(?:observe|observing|observed|watch|watching|watched|monitor|monitoring|monitored"
    r"|oversee|overseeing|oversaw|attend|attending|attended|witness|witnessing|witnessed"
    r"|at|during|before|until)\s+the\s+$",
    re.IGNORECASE,
)
#: The office word after a data word that makes both the name of an agency.
_OFFICE = compile_pattern(r"\s+(?:Bureau|Office|Department|Agency|Authority|Service|Commission)\b")

#: Kinds that polls and results report.
_SHARES = frozenset({"percent", "ratio"})

_ADVICE = {
    "percent": "name the poll, study or agency behind it: '..., according to a Gallup poll'",
    "ratio": "name the poll, study or agency behind it: '..., according to a Gallup poll'",
    "money": "name where the amount comes from: 'according to the budget office, ...'",
    "count": "name who counted: 'according to the health ministry, ...'",
    "measure": "name who measured it: 'according to the UN environment agency, ...'",
    "rank": "name who ranked it: '..., according to World Bank figures'",
}


def _kind(match: re.Match[str]) -> str:
    for kind in _ADVICE:
        if match.group(kind) is not None:
            return kind
    raise AssertionError("the pattern matched no alternative")  # pragma: no cover


def _ends_with_word(text: str, start: int, reach: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start - reach:start]`` may end in one of ``words``
    (lowercase, ASCII) and white space: a cheap test that lets a
    case-insensitive regex anchored at ``$`` skip most figures.  Non-ASCII
    text always passes, as case folding may match it."""
    before = text[max(0, start - reach) : start]
    word = before.rstrip()
    if len(word) == len(before):
        return False
    return not word.isascii() or word.lower().endswith(words)


def _is_statistic(text: str, start: int, match: re.Match[str], kind: str) -> bool:
    # a ranking takes "the" or an owner whether or not it was stated before
    # ("the third-largest city"), so only the other figures can refer back
    if (
        kind != "rank"
        and _ends_with_word(text, start, 12, _REFERRING_ENDS)
        and _REFERRING.search(text, max(0, start - 12), start)
    ):
        return False
    if kind != "rank" and _PLAN_FOR.search(text, max(0, start - 24), start):
        return False
    if (
        kind != "rank"
        and _TARGET_ENDS.search(text, max(0, start - 12), start)
        and _TARGET.search(text, max(0, start - 48), start)
    ):
        return False
    figure = match.group(kind)
    if kind == "count":
        # "2016 voters" is a year used as a modifier; counts that large have commas
        return not _YEAR.fullmatch(figure.split()[0])
    if kind == "money":
        scaled = _SCALE_WORD.search(figure) is not None or figure.endswith("m")
        # "$15 an hour" is a rate or a price; "$180 million a year" is spending
        if (_RATE.match(text, match.end()) and not scaled) or _TERMS.match(text, match.end()):
            return False
        # prices and wages ($15, $2.50) are not statistics; amounts are
        digits = _DIGITS.search(figure)
        return scaled or digits is None or float(digits.group().replace(",", "")) >= 1000
    return True


def _numeral_start(text: str, start: int) -> int | None:
    """Where a statistic around the numeral at ``start`` begins: at a
    currency sign or ISO code before it ("US$ 4", "EUR 4"), at a spelled-out ratio's first number
    ("four in 10"), or at the numeral; None for the tail of another token
    ("52-48", "3.5", "10/12")."""
    if not start:
        return start
    before = text[start - 1]
    if before in _GLUED:
        return None
    spaced = before == " " and text[start - 2 : start - 1] in _CURRENCY_SIGNS
    if before in _CURRENCY_SIGNS or spaced:
        sign = start - 2 if spaced else start - 1
        for prefix in _CURRENCY_PREFIXES:
            if text.startswith(prefix, sign - len(prefix)):
                return sign - len(prefix)
        return sign
    coded = before == " " and text.endswith(_ISO_CODES, 0, start - 1)
    if coded and not text[start - 5 : start - 4].isalnum():
        return start - 4
    if text.endswith(_RATIO_LINKS, 0, start):
        ratio = _RATIO_LEFT.search(text, max(0, start - 24), start)
        if ratio:
            return ratio.start()
    return start


def _found(data: bytes, literal: bytes) -> Iterator[int]:
    """Where ``literal`` occurs in ``data``, without overlaps."""
    at = data.find(literal)
    while at != -1:
        yield at
        at = data.find(literal, at + len(literal))


def _starts(text: str) -> list[int]:
    """Where statistics may start: numerals (or the currency sign before
    them), spelled-out ratios ("one in five") and rankings.  Each anchor is a
    digit or a literal, which ``bytes.find`` and a literal-prefixed regex
    find at C speed; the start is then worked out from the few characters
    before it."""
    data = text.encode("ascii", "replace")
    starts = []
    for run in _RUN_START.finditer(data.translate(_CLASSES)):
        start = _numeral_start(text, run.start())
        if start is not None:
            starts.append(start)
    for link in _LINKS:
        for at in _found(data, link):
            # the last letters of one ... ten: most links fail this at once
            if text[at - 1 : at] not in _SMALL_ENDINGS:
                continue
            # then the word itself, in ASCII (case folding may match more)
            word = text[max(0, at - 5) : at]
            if word.isascii() and not word.lower().endswith(_SMALL_WORDS):
                continue
            small = _SMALL_BEFORE.search(text, max(0, at - 6), at)
            if small:
                starts.append(small.start())
    for literal, tail_pattern in _RANK_TAILS:
        for at in _found(data, literal):
            if not tail_pattern.match(text, at):
                continue
            ordinal = _RANK_BACK.search(text, max(0, at - 24), at)
            if ordinal:
                starts.append(ordinal.start())
    starts.extend(at for at in _found(data, b"ranked") if _RANKED_WORD.match(text, at))
    return sorted(set(starts))


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, disjoint ranges as parallel lists of starts and ends."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(ranges):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _states_a_rule(sentence: str) -> bool:
    """Whether ``sentence`` states a rule or a hypothesis (:data:`_REQUIREMENT`),
    where a negated "anyone" ("did not wake anyone") is no hypothetical person."""
    for match in _REQUIREMENT.finditer(sentence):
        if match.group().lower() != "anyone" or not _NEGATION_BEFORE.search(
            sentence, max(0, match.start() - 40), match.start()
        ):
            return True
    return False


def _headline_like(sentence: str) -> bool:
    """Title Case or capitals: a headline or kicker the structure stage did
    not recognise, which by convention carries no source."""
    words = _WORD.findall(sentence)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalised >= 0.7 * len(words)


#: Verbs of reporting beside the verbs of speech that make a line ending in a
#: colon introduce what a source reported ("What the company reported:").
_REPORTING = frozenset({"reported", "reports", "published", "released", "showed", "shows"})
#: How many list items a line ending in a colon introduces at most.
_LIST_REACH = 12
#: How long a list item's line is at most.
_ITEM_CHARS = 120


@functools.cache
def _cue_words(lexicon: Lexicon) -> frozenset[str]:
    """The one-word verbs of speech (with a newsroom's additions) and of reporting."""
    return _REPORTING | {e.lower() for e in lexicon.entries("speech_verbs.txt") if " " not in e}


def _introduced_by_a_source(document: Document, paragraph: int, cues: frozenset[str]) -> bool:
    """Whether ``paragraph`` is an item of a list (a line of its own with no full
    stop) that a line ending in a colon and a verb of speech introduces, with
    only other items between: "What the company reported:" over "Revenue up 3%
    to £612m"; or a row of a table or list that a source line heads or closes
    ("... Source: ONS" in its caption, "Source: ONS" under it)."""
    paragraphs = document.paragraphs
    if not _item(paragraphs[paragraph].span.text):
        return False  # a sentence of the story, not an item of a list
    # a sub-heading ends the list above it (the markup's headings)
    headings = frozenset(document.metadata.get(HEADINGS, ()))
    for index in range(paragraph - 1, max(-1, paragraph - _LIST_REACH - 1), -1):
        line = paragraphs[index].span.text
        if "\n" in line or paragraphs[index].span.start in headings:
            break
        if _SOURCE_LINE.search(line):
            return True  # a table's caption: "Unemployment by region, 2026. Source: ONS"
        if line.endswith(":"):
            if any(word.lower() in cues for word in _LETTERS.findall(line)):
                return True
            break
        if not _item(line):
            break
    # a source line under the rows: "Source: Office for National Statistics"
    for index in range(paragraph + 1, min(len(paragraphs), paragraph + _LIST_REACH + 1)):
        line = paragraphs[index].span.text
        if _SOURCE_LINE.match(line):
            return True
        if not _item(line) or paragraphs[index].span.start in headings:
            return False
    return False


def _item(line: str) -> bool:
    """Whether a paragraph is a line of a list or a table's row: one short line
    with no full stop."""
    return "\n" not in line and len(line) <= _ITEM_CHARS and line[-1] not in '.!?;"”’)'


#: A source line over or under the rows of a table or list.
_SOURCE_LINE = compile_pattern(r"\b(?:Sources?|SOURCES?)[ \t]*:[ \t]*\S")


_LETTERS = compile_pattern(r"[A-Za-z]+")
#: How many words a sub-heading holds at most.
_SUBHEADING_WORDS = 12


def _subheading_restated(document: Document, sentence: Sentence, figure: str) -> bool:
    """Whether ``sentence`` is a sub-heading ("Shares slide 6% on results
    day": a short paragraph of one line with no full stop) whose figure the
    next paragraph states again; that sentence answers for the figure, and a
    heading carries no source, as the headline does not."""
    paragraphs = document.paragraphs
    index = sentence.paragraph
    line = paragraphs[index].span
    if (
        index + 1 >= len(paragraphs)
        or (line.start, line.end) != (sentence.start, sentence.end)
        or "\n" in line.text
        or line.text[-1] in '.!?:;"”’)'
        or len(line.text.split()) > _SUBHEADING_WORDS
    ):
        return False
    return figure in paragraphs[index + 1].span.text


def _statistics(document: Document, pattern: re.Pattern[str]) -> Iterator[tuple[Span, str]]:
    """The figures that read as statistics, with their kind, outside quotes,
    the headline and temporal expressions."""
    text = document.text
    ranges = [(q.span.start, q.span.end) for q in document.quotes]
    ranges += [(t.span.start, t.span.end) for t in document.temporal]
    if document.headline is not None:
        ranges.append((document.headline.start, document.headline.end))
    starts, ends = _merged(ranges)
    done = 0
    for position in _starts(text):
        if position < done:
            continue
        i = bisect.bisect_right(starts, position) - 1
        if i >= 0 and ends[i] > position:
            continue  # a year in a date, a figure in a quote: not worth matching
        match = pattern.match(text, position)
        if match is None:
            continue
        done = match.end()
        kind = _kind(match)
        qualifier = _ends_with_word(
            text, position, 24, _QUALIFIER_ENDS
        ) and _QUALIFIER_BEFORE.search(text, max(0, position - 24), position)
        start, end = (qualifier.start() if qualifier else position), match.end()
        i = bisect.bisect_left(starts, end) - 1
        if (i >= 0 and ends[i] > start) or not _is_statistic(text, start, match, kind):
            continue
        yield document.span(start, end), kind


def _data_mentions(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[int]:
    """Where ``text[start:end]`` names a body of data (a poll, survey, index
    ...), in order; not where the word is part of the name of the office
    that keeps the data ("the Census Bureau"): an agency, not a data set."""
    return [
        match.start()
        for match in pattern.finditer(text, start, end)
        if not _OFFICE.match(text, match.end())
    ]


#: How many paragraphs back a named poll still sources the shares after it:
#: poll stories spread one poll's results over several short paragraphs.
_POLL_REACH = 2


def _takes_figure(text: str, word_end: int, word: str) -> bool:
    """Whether ``word`` (ending at ``word_end``) is a verb whose object is
    the figure right after it ("the firm added 3,000 workers")."""
    return word.lower() in _FIGURE_VERBS and _FIGURE_NEXT.match(text, word_end) is not None


def _count_event(text: str, word: re.Match[str]) -> bool:
    """Whether the source word ``word`` is the count of votes as an event: in
    "Some 1,200 volunteers have signed up to observe the count" no count is
    the figure's source."""
    return word.group().lower() in ("count", "tally") and bool(
        _COUNT_EVENT.search(text, max(0, word.start() - 24), word.start())
    )


def _found_for(text: str, word: re.Match[str]) -> bool:
    """Whether the source word ``word`` is "found" in the sense of finding
    someone something: "The council has found 40 households new homes" is what
    the council did, not what it found out ("A survey found 40 percent ...")."""
    if word.group().lower() != "found":
        return False
    figure = _FIGURE_NEXT.match(text, word.end())
    return figure is not None and _FOUND_FOR.match(text, figure.end()) is not None


def _sources_nothing(document: Document, attribution: Attribution) -> bool:
    """Whether ``attribution`` is a figure-verb cue misread as speech with
    the figure as its object ("The index added 3 percent": the index is not
    a source, 3 percent is what it did), or a forecast no one makes
    ("Repairs are expected to cost $1.4 million": the repairs expect
    nothing)."""
    cue = attribution.cue
    if cue is None:
        return False
    # cues are short and rarely end in a figure-verb: test the set first
    cue_text = cue.text.rstrip()
    last = cue_text.rpartition(" ")[2].lower()
    if last == "expected":
        end = cue.start + len(cue_text) + 3
        return _EXPECTED_TO.fullmatch(document.text, cue.start, end) is not None
    if last not in _FIGURE_VERBS:
        return False
    figure = _FIGURE_NEXT.match(document.text, cue.start + len(cue_text))
    # "claims 92 percent of users feel safer": the figure opens a clause, which is claimed
    return (
        figure is not None
        and _CLAUSE_AFTER_FIGURE.match(document.text, figure.end()) is None
        and _SHARE_CLAUSE.match(document.text, figure.end()) is None
    )


class _Sourcing:
    """The attributions that can source a figure.  Whether a claim holds a
    figure is the model's indexed lookup; whether anything reaches into a
    sentence needs the kept attributions' spans merged, done on the first
    question: most articles have figures in a sentence or two, and a long
    one must not cost a pass over every attribution per figure."""

    def __init__(self, document: Document, figures: list[tuple[Span, str]]) -> None:
        self._document = document
        self._spans: tuple[list[int], list[int]] | None = None
        self._figure_starts = sorted(span.start for span, _ in figures)

    def _credits_no_one(self, attribution: Attribution) -> bool:
        """Whether ``attribution`` names no source for a figure: a figure-verb or
        forecast misread as speech (``_sources_nothing``), a claim credited to no
        one ("It is claimed that 92 percent ..."), or a share whose own figure is
        the source ("92 percent of users feel safer": the figure comes from a
        poll the sentence does not name)."""
        if attribution.source_kind is SourceKind.NONE:
            return True
        source = attribution.source
        if source is None:
            return False  # an interview's answer: the interviewee's
        if _sources_nothing(self._document, attribution):
            return True
        verb_before = attribution.cue.text.rpartition(" ")[0] if attribution.cue else ""
        if verb_before and _UNSAID.search(verb_before + " "):
            return True  # "Any driver could have told them": said by no one
        i = bisect.bisect_left(self._figure_starts, source.start)
        if i == len(self._figure_starts) or self._figure_starts[i] >= source.end:
            return False
        # the figure heads the mention ("about 200 protesters", "But two out of three
        # Americans"), not a clause inside it ("National Steel, which owns 50% of ...")
        return (
            _HEADED_BY_FIGURE.fullmatch(self._document.text, source.start, self._figure_starts[i])
            is not None
        )

    def covers(self, start: int, end: int) -> bool:
        """Whether a source credits a claim that holds ``start``..``end``."""
        document = self._document
        return any(
            not self._credits_no_one(attribution)
            for attribution in document.attributions_covering(start, end)
        )

    def touches(self, start: int, end: int) -> bool:
        """Whether a source, cue or claim reaches into ``start``..``end``."""
        if self._spans is None:
            document = self._document
            self._spans = _merged(
                [
                    (span.start, span.end)
                    for attribution in document.attributions
                    if not self._credits_no_one(attribution)
                    for span in (attribution.source, attribution.cue, attribution.content)
                    if span is not None
                ]
            )
        starts, ends = self._spans
        i = bisect.bisect_right(ends, start)
        return i < len(starts) and starts[i] < end


def unsourced_statistics(document: Document, context: CheckContext) -> Iterator[Finding]:
    rule = UNSOURCED_STATISTIC
    pattern = _pattern(
        tuple(context.option(rule, "extra-count-nouns")),
        tuple(context.option(rule, "extra-measure-units")),
    )
    found = list(_statistics(document, pattern))
    if not found:
        return
    text = document.text
    sentences = document.sentences
    paragraphs = document.paragraphs
    sourcing = _Sourcing(document, found)
    # the cues of claims credited to no one ("it was reported that", "I was told
    # that"): a source word in them names no source
    agentless = [
        (a.cue.start, a.cue.end)
        for a in document.attributions
        if a.cue is not None and a.source_kind is SourceKind.NONE
    ]
    cues = _cue_words(context.lexicon)
    # every test of a sentence below is worth doing once per sentence
    excused: dict[int, bool] = {}
    sourced_at: dict[int, bool] = {}
    data_words = _words_pattern("context-words", tuple(context.option(rule, "extra-context-words")))
    # where data words occur, by paragraph, each paragraph read once if needed
    mentions: dict[int, list[int]] = {}

    def mentions_in(paragraph: int) -> list[int]:
        if paragraph not in mentions:
            span = paragraphs[paragraph].span if paragraph < len(paragraphs) else None
            mentions[paragraph] = (
                _data_mentions(text, data_words, span.start, span.end) if span else []
            )
        return mentions[paragraph]

    headline = document.headline
    # a poll named in the headline or the opening paragraphs is what the
    # article reports on (an unrecognised headline is the first paragraph)
    opening: list[int] = []

    def opening_mention() -> int:
        """Where the headline or the first two paragraphs first name data."""
        if not opening:
            found = [*mentions_in(0), *mentions_in(1)]
            if headline is not None:
                found += _data_mentions(text, data_words, headline.start, headline.end)
            opening.append(min(found, default=len(text)))
        return opening[0]

    def follows_data(sentence: Sentence) -> bool:
        """Whether the article's opening, the paragraphs just before
        ``sentence`` or its own paragraph up to it name the poll, survey or
        index a share may come from."""
        paragraph = sentence.paragraph
        if opening_mention() < sentence.start or any(
            mentions_in(p) for p in range(max(0, paragraph - _POLL_REACH), paragraph)
        ):
            return True
        own = mentions_in(paragraph)
        return bool(own) and own[0] < sentence.start

    def excuses(index: int, share: bool) -> bool:
        """Whether sentence ``index`` reports a result, states a rule or is a
        headline, or (``share``) follows the poll or report it draws on."""
        key = index * 2 + share
        if key not in excused:
            sentence = sentences[index]
            sentence_text = sentence.text
            if share:
                # the poll first: its mentions are read once a paragraph, the
                # result's pattern over every sentence with a share
                excused[key] = bool(
                    follows_data(sentence) or _RESULT.search(sentence_text)
                ) or excuses(index, False)
            else:
                excused[key] = bool(_states_a_rule(sentence_text) or _headline_like(sentence_text))
        return excused[key]

    source_words = _words_pattern("source-words", tuple(context.option(rule, "extra-source-words")))
    # a source word that is a figure's own unit or the verb of a count heading
    # its sentence names no source: "sold 1.2 million records" counts discs,
    # not "records show", and in "1,200 observers now report to the society"
    # the people counted report (after an amount the word is a noun: "a $7
    # million report")
    figure_spans = sorted((span.start, span.end, kind) for span, kind in found)
    figure_starts = [start for start, _, _ in figure_spans]

    def in_figure(offset: int, sentence: Span) -> bool:
        i = bisect.bisect_right(figure_starts, offset) - 1
        if i < 0:
            return False
        start, end, kind = figure_spans[i]
        return offset < end or (
            kind == "count"
            and _HEADED_BY_FIGURE.fullmatch(text, sentence.start, start) is not None
            and _FIGURE_VERB_GAP.fullmatch(text, end, offset) is not None
        )

    def sourced(index: int) -> bool:
        if index not in sourced_at:
            sentence = sentences[index]
            # a note marked on the sentence ("rose 7.4 per cent.[^1]") is a
            # citation the reader can follow, whatever it names
            sourced_at[index] = (
                bool(document.notes_marked(sentence.start, sentence.end))
                or sourcing.touches(sentence.start, sentence.end)
                or _OWN_COUNT.search(text, sentence.start, sentence.end) is not None
                or any(
                    not _takes_figure(text, word.end(), word.group())
                    and not _found_for(text, word)
                    and not _count_event(text, word)
                    and not in_figure(word.start(), sentence.span)
                    and not any(start <= word.start() < end for start, end in agentless)
                    and not (
                        word.group().lower() in ("study", "studies")
                        and _STUDIES_VERB.search(
                            text, max(sentence.start, word.start() - 16), word.start()
                        )
                    )
                    and not _UNSAID.search(
                        text, max(sentence.start, word.start() - 24), word.start()
                    )
                    for word in source_words.finditer(text, sentence.start, sentence.end)
                )
            )
        return sourced_at[index]

    def sourced_later(index: int) -> bool:
        """Whether a later sentence of the paragraph points back at the figures
        and sources them: "The figures come from a condition report"."""
        paragraph = sentences[index].paragraph
        for later in sentences[index + 1 :]:
            if later.paragraph != paragraph:
                return False
            opening = _POINTS_BACK.match(text, later.start, later.end)
            # the source must be more than the pointing words ("The figures are shocking")
            if opening is not None and (
                _COMES_FROM.match(text, opening.end(), later.end)
                or sourcing.touches(opening.end(), later.end)
                or any(
                    not _takes_figure(text, word.end(), word.group())
                    for word in source_words.finditer(text, opening.end(), later.end)
                )
            ):
                return True
        return False

    starts = [s.span.start for s in sentences]
    by_sentence: dict[int, list[tuple[Span, str]]] = {}
    for span, kind in found:
        index = bisect.bisect_right(starts, span.start) - 1
        if index < 0 or span.start >= sentences[index].end:
            continue
        if (
            sourcing.covers(span.start, span.end)
            or excuses(index, kind in _SHARES)
            or _subheading_restated(document, sentences[index], span.text)
        ):
            continue
        by_sentence.setdefault(index, []).append((span, kind))
    for index, figures in by_sentence.items():
        sentence = sentences[index]
        if (
            any(
                0 <= i < len(sentences)
                and sentences[i].paragraph == sentence.paragraph
                and sourced(i)
                for i in (index - 1, index, index + 1)
            )
            or sourced_later(index)
            or _introduced_by_a_source(document, sentence.paragraph, cues)
        ):
            continue
        span, kind = figures[0]
        evidence = [Evidence("figure stated with no source", s) for s, _ in figures]
        evidence.append(
            Evidence(
                "neither this sentence nor its neighbours in the paragraph credit anyone",
                sentence.span,
            )
        )
        yield context.finding(
            rule,
            span,
            f"statistic '{span.text}' has no source: "
            "nothing in this sentence or the ones beside it says who found it",
            evidence=evidence,
            suggestion=_ADVICE[kind],
        )


check = Check([UNSOURCED_STATISTIC], unsourced_statistics, name="unsourced-statistic")
