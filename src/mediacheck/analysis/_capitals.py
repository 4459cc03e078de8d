"""Text in capitals re-spelt as the date patterns read it.

Headlines, wire datelines and subheads print whole lines in capitals
("TALKS COLLAPSED IN MAY", "DUE ON TUESDAY").  The patterns of
:mod:`._timex` lean on case to tell a date from a word ("May" is a month,
"may" a verb) and read the words around a date in lower case ("in May",
"last March", "two weeks ago"), so in capitals they see none of it.  The
text is re-spelt with every offset kept: month, weekday and holiday
names title-cased, and, where capitals stand beside capitals, the words the
patterns read lower-cased ("IN MAY" is "in May", "LAST TUESDAY" "last
Tuesday").  A lone word in capitals inside a lower-case sentence is an
acronym more often than a shout ("the NOW chapter", "USA TODAY"), so it
keeps its case.

Case no longer separates the month from the modal and the noun: "CHINA MAY
RAISE RATES", "THIS MAY BE THE END", "THE MARCH ON WASHINGTON".  So "MAY"
and "MARCH" become names only when what follows them can follow a month (a
number, punctuation, the end of the line, a conjunction, a preposition of
time, a pronoun opening the next clause); the patterns then weigh them as
they weigh "May" opening a sentence, by the words before them.
"""

from __future__ import annotations

import itertools
import re

from mediacheck.analysis import _regex
from mediacheck.analysis.calendar import CAPITALISED_NAMES

__all__ = ["TEMPORAL_WORDS", "read_capitals"]

#: The words the date patterns read in lower case: those that open an
#: expression, the units and parts of a day, and the prepositions and
#: conjunctions before a bare month ("in May", "since March", "May and June").
#: A test checks that every word that opens a form is here.
TEMPORAL_WORDS = frozenset(
    str.split(
        # opening an expression
        "last next coming early late earlier later mid yesterday today tomorrow tonight now "
        "nowadays currently current recently every each once twice annually fiscal "
        "post pre spring summer fall autumn winter noon midnight these this the a an at year "
        "first second third fourth half "
        # counts and the qualifiers before them
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred several many over some about just only almost nearly less more "
        "than few couple other times "
        # units, parts of the day, and the words after a count or a determiner
        "seconds minute minutes hour hours day days week weeks weekend month months years "
        "decade decades century centuries morning afternoon evening night quarter period ago "
        "hence past previous same following latest comparable present future near distant "
        "foreseeable am pm "
        # before a bare month or a weekday
        "in on since until till by of during through from before after between end middle "
        "start beginning to and or"
    )
)

#: A word in capitals, up to an apostrophe ("MAY'S" is "May's").
_WORD = _regex.compile(r"(?<![\w'’])[A-Z]+(?!\w)")
#: Names that are also a verb or a noun ("MAY RAISE", "MARCH ON").
_AMBIGUOUS = frozenset({"MAY", "MARCH"})
#: A number after the name: "MAY 4", "MARCH, 2024".
_NUMBER_AFTER = _regex.compile(r"\.?,?\s*[0-9]")
#: Before the name, up to a word away, what makes it a noun: "THE MARCH",
#: "THEIR LAST MARCH" ("THIS MAY BE" is left to the word after it, as "THIS
#: MAY" can be the month).
_DETERMINERS = frozenset(str.split("THE A AN ITS THEIR OUR HIS HER"))
#: Prepositions of time right before the name, which make it the month
#: whatever follows ("SINCE MAY SALES ROSE", "UNTIL MARCH FOR STUDENTS"), as
#: "since May" does in lower case.  Not "AND", "OR", "TO" ("ROSE AND MAY
#: RISE"), "OF" or "THIS" ("THIS MAY BE"), nor those a person's name follows
#: as often ("BACKED BY MAY", "A LETTER FROM MAY", "AFTER MAY QUIT").
_TIME_BEFORE = frozenset(
    str.split("IN SINCE UNTIL TILL DURING THROUGH BETWEEN EARLY LATE LAST NEXT")
)
#: What can follow a month in capitals and not a modal or the noun "march":
#: conjunctions, prepositions of time, determiners and pronouns that open the
#: next clause ("IN MAY THE BOARD", "IN MAY THEY VOTED").  Not "LAST" ("MAY
#: LAST"), "ON" or "FOR" ("MARCH ON WASHINGTON", "MARCH FOR OUR LIVES").
_AFTER_A_MONTH = frozenset(
    str.split(
        "AND OR BUT TO THROUGH THRU UNTIL TILL IN AT OF THE THIS THAT NEXT AFTER BEFORE WHEN "
        "WHILE THEY HE SHE WE IT"
    )
)


#: A holiday's name in capitals, title-cased whole ("CHRISTMAS DAY" is "Christmas
#: Day", not "Christmas day": the holiday forms read its words capitalised).
_HOLIDAY = _regex.compile(
    r"(?<![\w'’])(?:CHRISTMAS(?:\s+DAY|\s+EVE)?|NEW\s+YEAR['’]S\s+(?:DAY|EVE)"
    r"|THANKSGIVING(?:\s+DAY)?|INDEPENDENCE\s+DAY|HALLOWEEN|VALENTINE['’]S\s+DAY"
    r"|EASTER(?:\s+SUNDAY)?|LABOR\s+DAY|MEMORIAL\s+DAY|VETERANS\s+DAY)(?![\w'’])"
)
_CAPITALISED_WORD = _regex.compile(r"[A-Z]+(?:['’][A-Z]+)?")


def read_capitals(text: str, *, every_word: bool = False) -> str:
    """``text`` with its capitals spelt as the date patterns read them, every
    offset kept (see the module's docstring).  With ``every_word`` all words
    in capitals beside capitals are lower-cased, not only the patterns' own,
    as the tense reader wants them ("THE VOTE WAS HELD" is "the vote was held")."""
    words = list(_WORD.finditer(text))
    if not words:
        return text
    chars = list(text)
    for i, word in enumerate(words):
        written = word[0]
        if written in CAPITALISED_NAMES and (
            written not in _AMBIGUOUS or _reads_as_a_month(text, words, i)
        ):
            spelt = written.capitalize()
        elif (every_word or written.lower() in TEMPORAL_WORDS) and (
            (i > 0 and _beside(text, words[i - 1], word))
            or (i + 1 < len(words) and _beside(text, word, words[i + 1]))
        ):
            spelt = written.lower()
        else:
            continue
        chars[word.start() : word.end()] = spelt
    for holiday in _HOLIDAY.finditer(text):
        spelt = _CAPITALISED_WORD.sub(lambda w: w[0].capitalize(), holiday[0])
        chars[holiday.start() : holiday.end()] = spelt
    return "".join(chars)


def _beside(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two words in capitals stand with no lower-case letter between them."""
    return not any(char.islower() for char in text[first.end() : second.start()])


def _reads_as_a_month(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether "MAY" or "MARCH" at ``words[i]`` can be the month: a number
    after it makes it one ("THE MAY 4 VOTE"); a determiner before it, up to
    a word away, makes it a noun ("THE MARCH", "THE LAST MARCH"); a word in
    capitals right after it must be one that can follow a month, unless a
    preposition of time stands right before it ("SINCE MAY")."""
    word = words[i]
    if _NUMBER_AFTER.match(text, word.end()):
        return True
    for back in (1, 2):
        if (
            i >= back
            and words[i - back][0] in _DETERMINERS
            and _spaced(text, words[i - back : i + 1])
        ):
            return False
    if i and words[i - 1][0] in _TIME_BEFORE and _spaced(text, words[i - 1 : i + 1]):
        return True
    after = words[i + 1] if i + 1 < len(words) else None
    if after is None or text[word.end() : after.start()] != " ":
        return True
    return after[0] in _AFTER_A_MONTH


def _spaced(text: str, words: list[re.Match[str]]) -> bool:
    """Whether ``words`` follow one another with a space between each two."""
    return all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(words))
