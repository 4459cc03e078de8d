"""The candidate pattern for temporal expressions and the rules that turn a
match into a TIMEX3 value.

Each form is one outer named group, so ``match.lastgroup`` names it; at
one position the first form that matches wins, so longer forms come
first.  Conventions follow TimeBank (TempEval-3): "now" is ``PRESENT_REF``,
"the 1990s" ``199``, "the third quarter" ``1989-Q3``, "Friday night"
``1998-08-21TNI``, weeks unpadded.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from mediacheck.analysis import _regex
from mediacheck.analysis import calendar as cal
from mediacheck.analysis._capitals import read_capitals
from mediacheck.analysis._trie import trie as _trie
from mediacheck.analysis.revisions import REVISED_PIECE, REVISION_LABEL
from mediacheck.analysis.tense import DIRECTIONS, TenseReader

__all__ = ["Reading", "Resolver", "scan"]

_M = rf"(?:{cal.MONTH_PATTERN})(?![a-z])"
_MFULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A weekday's abbreviation, read only right before a date ("Wed., Dec. 1", "Sat 3
#: December"): alone, "Sun", "Sat", "Wed" and "Mon" are a paper, verbs and a name.
_WD_SHORT = r"(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
#: 1000 to 2199: laws, loans and climate targets reach past 2100 ("Feb. 29, 2100").
_YEAR = r"(?:1\d\d\d|2[01]\d\d)"
_POD = r"(?:morning|afternoon|evening|night)"
#: A count, matched in any case: digits, "a"/"an", "a few", "a couple of", "a
#: half", the number words, "half a" before decade or century.  A trie, since
#: under ``(?i)`` the regex engine enters every branch of an alternation of
#: words; it matches what the alternation does, and as each alternative must
#: be followed by white space and a unit, at most one of them can.
_NUM = (
    r"(?:\d+|"
    + _trie(
        {
            **dict.fromkeys(
                str.split(
                    "one two three four five six seven eight nine ten eleven twelve thirteen "
                    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
                    "fifty sixty seventy eighty ninety hundred several many few"
                ),
                "",
            ),
            "a": r"n?|\s+(?:few|couple\s+of|half)",
            "half": r"\s+an?(?=\s+(?:decade|century))",
        }
    )
    + ")"
)
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_DUR_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_ABOUT = (
    r"(?:(?:[Aa]lmost|[Nn]early|[Aa]bout|[Ss]ome|[Mm]ore\s+than|[Ll]ess\s+than|[Jj]ust|[Oo]nly"
    r"|[Oo]ver)\s+)?"
)
_NOT_NUMBER_AFTER = r"(?!\d|,\d|\.\d|\s*%|\s*per\s*cent|-\d)"

#: The characters each form can start with: at a position the scan tries
#: only the forms that can match there (a test checks every set against
#: its form's pattern).
_D = "0123456789"
_WD_FIRST = "MTWFS"
_M_FIRST = "JFMASOND"
_ABOUT_FIRST = "AaNnSsMmLlJjOo"
_NUM_FIRST = _D + "AaOoTtFfSsEeNnHhMm"  # _NUM matches in any case

_FORMS = [
    (
        "date",
        _D + _WD_FIRST + _M_FIRST,
        rf"(?:(?P<date_wd>{_WD}),?\s+(?:the\s+)?|(?P<date_ws>{_WD_SHORT})\.?,?\s+)?(?:"
        rf"(?P<date_m>{_M})\s*(?P<date_d>{_DAY}){_ORD}(?!\d|,\d)"
        rf"(?:\s*[-–]\s*(?P<date_d2>{_DAY})(?![\d:]))?(?:,?\s+(?P<date_y>{_YEAR})(?!\d))?"
        # a day past 31 or a 0th only as an ordinal of a month ("the 32nd of
        # May", "the 0th of May"), to be reported as impossible: "May 32" stays
        # a month and a count
        # "3–5 March": the range's last day before the month
        rf"|(?<![\d.,])(?P<date_d3>{_DAY}|3[2-9](?=(?:nd|rd|th)\s+of\s)|0(?=th\s+of\s)){_ORD}"
        rf"(?:\s*[-–]\s*(?P<date_d4>{_DAY}){_ORD})?\s+(?:of\s+)?(?P<date_m3>{_M})"
        rf"(?:,?\s+(?P<date_y3>{_YEAR})(?!\d))?)",
    ),
    (
        # "Wednesday the 5th", "Friday, the 8th", "Friday 13th": the month is implied
        "wdord",
        _WD_FIRST,
        rf"(?P<wo_wd>{_WD}),?\s+(?:the\s+)?(?P<wo_d>{_DAY})(?:st|nd|rd|th)(?![\w-])",
    ),
    (
        "iso",
        _D + _WD_FIRST,
        rf"(?:(?P<iso_wd>{_WD}),?\s+)?"
        r"(?<![\w./-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\w/-])",
    ),
    (
        "slash",
        _D + _WD_FIRST,
        rf"(?:(?P<sl_wd>{_WD}|{_WD_SHORT}\.?),?\s+)?"
        r"(?<![\w./-])(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4})(?![\w/])",
    ),
    (
        # "Thursday, 12.3.2027", "on 12.03.2027": day first, as the countries that
        # write dates with dots write them; never a decimal ("12.3") or a version
        # ("3.12.1", "1.2.2027.4"), which have no four-digit year last
        "dotted",
        _D + _WD_FIRST,
        rf"(?:(?P<dt_wd>{_WD}|{_WD_SHORT}\.?),?\s+)?"
        r"(?<![\w./-])(?P<dt_a>\d{1,2})\.(?P<dt_b>\d{1,2})\.(?P<dt_y>\d{4})(?![\w/]|\.\d)",
    ),
    (
        # "May 2019", "June last year", "January of this year"
        "monthyear",
        _M_FIRST,
        rf"(?P<my_m>{_M})\s+(?:of\s+)?(?:(?P<my_y>{_YEAR})(?!\d)"
        r"|(?P<my_rel>last|this|next)\s+year(?![\w-]))",
    ),
    (
        "time",
        _D + "nm",
        r"(?:(?P<t_h>1[0-2]|0?\d)(?:[:.](?P<t_min>[0-5]\d))?\s*(?P<t_ap>[ap])(?:\.m\.?|m)(?![a-z])"
        r"|(?P<t_noon>noon|midnight))"
        r"(?:\s+(?P<t_tz>[ECMP][SD]?T|GMT|UTC)\b)?"
        # the weekday stays with a date after it ("11pm on Tuesday, 2 March"),
        # where the weekday-mismatch check compares them
        rf"(?:,?\s+(?:on\s+)?(?:(?P<t_wd>{_WD})(?!,?\s+(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\b|,?\s+{_M}\s*{_DAY}\b"
        r"|,?\s+\d{4}-\d\d-\d\d\b)"
        r"|(?P<t_rel>today|yesterday|tomorrow)"
        rf"|(?P<t_m>{_M})\s*(?P<t_d>{_DAY})(?!\d)(?:,?\s+(?P<t_y>{_YEAR})(?!\d))?))?",
    ),
    (
        "holiday",
        "LlNnTtCIHVEM",
        r"(?:(?P<h_rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h_name>Christmas(?:\s+(?:Day|Eve))?"
        r"|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween"
        r"|Valentine's\s+Day|Easter(?:\s+Sunday)?|Labor\s+Day|Memorial\s+Day|Veterans\s+Day)"
        rf"(?![\w'’-])(?:,?\s+(?P<h_y>{_YEAR})(?!\d))?",
    ),
    (
        "weekday",
        "LlNnTtCc" + _WD_FIRST,
        rf"(?:(?P<w_rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?(?P<w_wd>{_WD})"
        rf"(?:\s+(?P<w_pod>{_POD}))?",
    ),
    (
        "deictic",
        "TtYyLlEe",
        rf"(?:(?P<dx_w>[Tt]he\s+day\s+before\s+yesterday|[Tt]he\s+day\s+after\s+tomorrow"
        rf"|(?<!USA\s)[Yy]esterday|(?<!USA\s)[Tt]oday|[Tt]omorrow|[Tt]onight)"
        rf"(?:\s+(?P<dx_pod>{_POD}))?"
        rf"|(?P<dx_lt>[Ll]ast|[Tt]his|[Ll]ater\s+this|[Ee]arlier\s+this)\s+(?P<dx_pod2>{_POD}))"
        r"(?![\w-])",
    ),
    (
        "ago",
        _ABOUT_FIRST + _NUM_FIRST,
        rf"{_ABOUT}(?P<a_n>(?i:{_NUM}))\s+(?P<a_u>{_UNIT})\s+"
        r"(?P<a_dir>ago|earlier|later|from\s+now|hence|before(?=[,.;])|after(?=[,.;]))",
    ),
    (
        "quarter",
        "1234TtAaNnLlFfSsYy",
        rf"(?:[Tt]he\s+|[Aa]\s+)?(?:(?P<q_rel>[Nn]ext|[Ll]ast|[Tt]his)\s+year's\s+)?"
        rf"(?:(?P<q_y1>{_YEAR})\s+)?(?:fiscal\s+)?"
        r"(?P<q_n>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"
        rf"[-\s]quarter(?:\s+of\s+(?:fiscal\s+)?(?P<q_y2>{_YEAR}))?"
        rf"|(?P<q_ref>[Tt]he\s+(?:latest|current|same|comparable|(?:comparable\s+)?year-(?:ago|earlier)"
        rf"|(?P<q_y3>{_YEAR}))\s+(?:quarter|period)|[Tt]his\s+quarter|[Ll]ast\s+quarter"
        r"|[Tt]he\s+quarter"
        r"|[Yy]ear-(?:ago|earlier)(?:\s+(?:quarter|period))?)(?![\w-])",
    ),
    (
        "unit",
        "TtLlNnCc",
        r"(?P<u_det>[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Tt]he\s+(?:past|last|previous|coming"
        r"|next|current|same|following|latest))\s+(?:(?P<u_fiscal>fiscal)\s+)?"
        rf"(?P<u_unit>week(?:end)?|month|year|decade|century|day|{_MFULL})(?![\w-])",
    ),
    (
        "duration",
        "Ttplnfc" + _ABOUT_FIRST + _NUM_FIRST,
        rf"(?:(?:[Tt]he\s+)?(?:past|last|next|first|coming|previous)\s+)?{_ABOUT}"
        rf"(?P<du_n>(?i:{_NUM}))\s+(?:more\s+)?(?P<du_u>{_DUR_UNIT})(?![\w-])"
        r"(?!\s+(?:old|of\s+age))",
    ),
    (
        "season",
        "TtLlNnEeswfa",
        rf"(?:(?P<s_det>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he|[Ee]arly|[Ll]ate)\s+)?"
        rf"(?P<s_s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<s_y>{_YEAR})"
        # a season across two years: "the winter of 2020-21", "winter 2020/21"
        rf"(?:[-–/](?:{_YEAR}|\d\d))?(?!\d))?"
        r"(?![\w-])",
    ),
    (
        "decade",
        "12'Ttemltfsen",
        r"(?:[Tt]he\s+)?(?:(?P<dc_mod>early|mid|late)-?\s*)?(?:(?P<dc_y>(?:1\d|20)\d)0'?s"
        r"|'(?P<dc_s>\d)0s|(?P<dc_w>twenties|thirties|forties|fifties|sixties|seventies|eighties"
        r"|nineties))(?![\w-])",
    ),
    ("century", _D + "Tt", r"(?:[Tt]he\s+)?(?P<c_n>\d{1,2})(?:st|nd|rd|th)\s+century(?![\w-])"),
    (
        "ref",
        "NnCcTtAaMmRr",
        r"(?P<r_present>(?<![\w-])[Nn]ow(?![\w-])|[Cc]urrently|[Nn]owadays|[Tt]hese\s+days"
        r"|[Aa]t\s+present|[Cc]urrent(?=\s+[a-z]))"
        r"|(?P<r_past>[Mm]ore\s+recently|[Rr]ecently|(?<=[Ii]n\s)the\s+past(?![\w-])"
        # not "in the past two quarters", a stretch of time
        r"(?!\s+(?:[0-9]|two|three|four|five|six|seven|eight|nine|ten|few|several|couple)\b))"
        r"|(?P<r_future>[Tt]he\s+(?:near\s+|distant\s+|foreseeable\s+)?future)",
    ),
    (
        "year",
        "12FfPpMm",
        rf"(?<![\w$€£.,#/:-])(?:(?P<y_pre>[Ff]iscal|[Pp]ost-|[Pp]re-|[Mm]id-)\s*)?"
        rf"(?P<y_y>{_YEAR}){_NOT_NUMBER_AFTER}(?![\w'’-])",
    ),
    (
        "set",
        "EeAaot",
        rf"(?:[Ee]very\s+(?:other\s+)?(?:day|week|month|year|morning|night|evening|{_WD})"
        r"|[Ee]ach\s+(?:day|week|month|year)|(?:once|twice|three\s+times)\s+a\s+(?:day|week|month|year)"
        r"|[Aa]nnually)(?![\w-])",
    ),
    ("month", _M_FIRST, rf"(?P<bm_m>{_MFULL})(?![\w-])"),
]

#: What an expression can start with: a head word and what must follow it.
#: The scan first checks this gate, a trie of literals that rejects most
#: words after a character or two; without it every alternative would be
#: tried at every word, which is dozens of times slower.
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred several"
)
_DECADE_WORD = r"(?:twen|thir|for|fif|six|seven|eigh|nine)ties"
#: The stems of the units a count is followed by in the forms that open with one.
_UNIT_STEM = r"(?:second|minute|hour|day|week|month|year|decade|centur)"
#: What follows "the" in a form, the words most often read otherwise with
#: what the forms need after them ("the first quarter", "the first two
#: weeks" but not "the first time"; "the same week" but not "the same
#: thing"; "the 1990s", "the 2024 quarter" but not "the 2016 election"):
#: "the" opens a sentence in four, and each that passes has every form of
#: its first character tried.  After "first" a unit within five words (a
#: qualifier and a count: "the first more than a couple of weeks"), not
#: the count itself: the count matched in any case is costly to compile,
#: twice ("the", "The").
_AFTER_THE = (
    r"\s+(?:past|last|previous|coming|next|following|fiscal|year-|comparable|quarter|near"
    r"|distant|foreseeable|future|spring|summer|fall|autumn|winter|'"
    rf"|first(?:[-\s]quarter|\s+(?:\S+\s+){{1,5}}?(?:more\s+)?{_UNIT_STEM})"
    r"|(?:second|third|fourth)[-\s]quarter"
    r"|(?:current|same|latest)\s+(?:quarter|period|fiscal|week|month|year|decade|century|day|[A-Z])"
    rf"|day\s+(?:before|after)|(?:early|mid|late)-?\s*(?:[0-9']|{_DECADE_WORD})|{_DECADE_WORD}"
    r"|[0-9]{4}\s+(?:fiscal|first|second|third|fourth|[1-4](?:st|nd|rd|th)|quarter|period)"
    r"|[0-9]{3}0'?s|[0-9]{1,2}(?:st|nd|rd|th)[-\s])"
)
_QUALIFIERS = "over some about just only almost nearly less more"
_NAMES = (
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Christmas New Thanksgiving Independence Halloween Valentine Easter Labor "
    "Memorial Veterans"
)
_COUNTED = r"\s+(?:than\s+)?(?:[0-9]|an?\b|" + _NUMBER_WORDS.replace(" ", "|") + r"|recently)"
#: What follows a count in the forms that start with one: a unit ("five
#: years ago", "two more weeks"); units are lower case in every form.  Its
#: initial only, as the number words are sixty heads (in both cases), each
#: compiled with its tail.
_UNIT_AFTER = r"\s+(?:more\s+)?[smhdwyc]"
_HEADS: dict[str, str] = {
    **{
        word: r"\b"
        for word in str.split(
            "last next coming early late earlier later mid yesterday today tomorrow "
            "tonight now nowadays currently current recently every each once twice "
            "annually fiscal post pre spring summer fall autumn winter noon midnight"
        )
    },
    **{word: _UNIT_AFTER for word in f"{_NUMBER_WORDS} many".split()},
    **{word: _COUNTED for word in _QUALIFIERS.split()},
    "three": rf"{_UNIT_AFTER}|\s+times",
    "half": r"\s+an?\s+(?:decade|century)",
    "these": r"\s+days",
    "this": (
        r"\s+(?:[A-Z]|morning|afternoon|evening|night|quarter|year|fiscal|week|month|decade"
        r"|century|day|spring|summer|fall|autumn|winter)"
    ),
    "the": _AFTER_THE,
    "a": r"\s+(?:year|few|couple|decade|half|week|month|day|century|\w+-quarter)",
    "an": r"\s+hour",
    "at": r"\s+present",
    "year": r"-(?:ago|earlier)",
    "first": r"[-\s]quarter",
    "second": r"[-\s]quarter",
    "third": r"[-\s]quarter",
    "fourth": r"[-\s]quarter",
}
_HEADS.update({word.capitalize(): tail for word, tail in list(_HEADS.items())})
_HEADS.update({word: "" for word in _NAMES.split()})
_HEADS["New"] = r"\s+Year"
#: A weekday's abbreviation before a date or a number ("Wed., Dec. 1", "Sat 3
#: December"): seven heads, the longer spellings ("Tues", "Thurs") in the tail.
_HEADS.update(
    dict.fromkeys(str.split("Mon Tue Wed Thu Fri Sat Sun"), r"[rs]*\.?,?\s+[0-9JFMASOND]")
)
#: A month, a weekday, a holiday or a word that opens a form, in capitals
#: ("TUESDAY 4 MARCH 2026", "LAST WEEK", "CHRISTMAS DAY"): no form matches it,
#: but the gate lets it through so that ``scan`` knows to read the text again
#: re-spelt (see :mod:`._capitals`).  Not the names that are no date, which
#: would have a text read twice for nothing: "AT&T", "USA TODAY" (the form for
#: "today" leaves it too).
_HEADS.update(dict.fromkeys(cal.CAPITALISED_NAMES, r"\b"))
_HEADS.update(
    {word.upper(): r"\b(?!&)" for word in list(_HEADS) if word.islower() and len(word) > 1}
)
_HEADS["TODAY"] = r"\b(?<!USA\sTODAY)"
_HEADS.update({name.upper(): r"\b" for name in _NAMES.split() if name.upper() not in _HEADS})


#: What a number must be followed by to open a form: four digits and no
#: more (a year, an ISO date, a decade), an ordinal suffix, a slash, a dot
#: and a number and a dot ("12.6.2027"), a clock time ("10:30", "9 p.m." but
#: not "9 percent"), a month ("19 December"), a
#: dash and a number (the range of "3–5 March") or the stem of a unit ("300
#: years ago", not "20 states", "5 million" or "300 delegates").  After an
#: apostrophe any digit passes, for the apostrophe itself ("'90s").
_NUMBER = (
    r"[0-9](?:[0-9]{3}(?![0-9])|[0-9]?(?:st|nd|rd|th|/|[:.][0-5]|\s*[ap]\.?m"
    r"|\.[0-9][0-9]?\.[0-9]|\s+(?:of\s+)?[JFMASOND]|(?:st|nd|rd|th)?\s*[-–]\s*[0-9])"
    rf"|[0-9]*\s+(?:more\s+)?{_UNIT_STEM}|(?<='.))"
)
#: A character outside words with a possible start after it.  Opening with a
#: character set lets the regex engine skip to the next such character in C;
#: a pattern opening with ``\b`` is tried at every character (70 µs more).
#: The characters no head opens with (spaces, most punctuation, "i", "b",
#: "d" ...) are turned away by a second set, before the trie's first
#: letters are compared one by one; a number is a branch of the trie's
#: first alternation.  The set lets through letters and digits beyond
#: ASCII, which are word characters: ``scan`` drops them, cheaper than a
#: look back at every match.
_START = _regex.compile(
    rf"[^0-9A-Za-z_](?=[0-9{''.join(sorted({head[0] for head in _HEADS}))}])"
    rf"(?={_trie(_HEADS, before=[_NUMBER])})"
)
#: The gate where ``_START`` cannot see it, an apostrophe right after a word
#: ("mid'90s"); at the opening of the text ``_START`` reads it after a line
#: break put before the text, so the large gate is compiled once.
_APOSTROPHE = _regex.compile(r"\b'[0-9]")
#: Each form compiled on its own, as one named group, so ``match.lastgroup``
#: names it.  Compiling the forms once each costs a tenth of compiling, for
#: every first character, one alternation of the forms it can start: the
#: regex parser is written in Python, and a process paid ~190 ms for those.
_COMPILED = {name: _regex.compile(f"(?P<{name}>{body})").match for name, _, body in _FORMS}
#: The forms that can start with each character, in order: at a position
#: the scan tries them one after another and the first that matches wins, as
#: in one alternation of all the forms, at the same cost.
_FORMS_AT: dict[str, tuple[Callable[[str, int], re.Match[str] | None], ...]] = {
    char: tuple(_COMPILED[name] for name, first, _ in _FORMS if char in first)
    for char in {char for _, first, _ in _FORMS for char in first}
}


def _match(text: str, at: int) -> re.Match[str] | None:
    """The first form that matches at ``at``."""
    for match_form in _FORMS_AT[text[at]]:
        match = match_form(text, at)
        if match:
            return match
    return None


def scan(text: str) -> tuple[str, list[re.Match[str]]]:
    """The text read and its candidates, left to right, none overlapping:
    what ``re.finditer`` would give for a word boundary, the gate and the
    alternation of all forms, found at a fraction of its cost.  A text with
    a month, a weekday or a word that opens a form in capitals is read
    again re-spelt by :func:`._capitals.read_capitals` (the offsets are the
    same), which costs the other texts nothing; the words around a match
    are then to be read in the text it was found in."""
    matches, capitals = _scan(text)
    if capitals:
        text = read_capitals(text)
        matches, _ = _scan(text)
    return text, matches


def _scan(text: str) -> tuple[list[re.Match[str]], bool]:
    """The candidates, and whether the gate passed a word in capitals."""
    matches: list[re.Match[str]] = []
    capitals = False
    last = 0
    if _START.match("\n" + text):
        match = _match(text, 0)
        if match:
            last = match.end()
            matches.append(match)
        else:
            capitals = text[1:2].isupper()
    for start in _START.finditer(text):
        at = start.start()
        if text[at] > "\x7f" and text[at].isalnum():
            continue  # a word character: no start of a word after it
        if at >= last and text[at] == "'" and _APOSTROPHE.match(text, at):
            match = _match(text, at)
            if match:
                last = match.end()
                matches.append(match)
        at += 1
        if at >= last:
            match = _match(text, at)
            if match:
                last = match.end()
                matches.append(match)
            elif text[at + 1 : at + 2].isupper():
                capitals = True  # only the capitalised names have a capital after the first
    return matches, capitals


_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "half": 0,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_POD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}

#: Words before a bare month name that make it a date ("in May", "last March");
#: "May" and "March" are verbs and names too, so nothing less will do.
_MONTH_CONTEXT = _regex.compile(
    r"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Oo]f"
    r"|[Dd]uring|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter|[Bb]etween|[Ee]nd|[Mm]iddle|[Ss]tart"
    r"|[Bb]eginning|[Ss]ince|[Tt]o|[Ll]ater|[Ee]arlier|[Aa]nd|[Oo]r|[Ff]or)\s+|[Mm]id-\s*)$"
)
_SOFT_CONTEXT = _regex.compile(r"\b(?:[Aa]nd|[Oo]r|[Tt]o|[Ff]or)\s+$")
#: Month names that are no verb or given name: with no capitalised word on
#: either side (not "Dry January", "Red October", "the October Revolution")
#: they are the month whatever stands before them ("a January exit", "the
#: November figures", "weigh up January exit" in a headline).
_PLAIN_MONTHS = frozenset(["January", "February", "September", "October", "November", "December"])
_CAPITAL_BEFORE = _regex.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|Its|His|Her|Their|Our|Every|Each)\s)[A-Z][\w'’.-]*[ \t]+$"
)
_CAPITAL_AFTER = _regex.compile(r"[ \t]+[A-Z0-9]")
#: Words before a four-digit number that make it a quantity, not a year.
_QUANTITY_BEFORE = _regex.compile(
    r"\b(?:about|nearly|almost|than|least|roughly|approximately|around|some|just|only|No\.|number|"
    r"to\s+\$?)\s+$"
)
#: Words before a four-digit number that make it a year ("in 2020", "the 2020 race").
_YEAR_BEFORE = _regex.compile(
    r"(?:\b(?:in|In|since|Since|by|until|of|from|to|through|during|before|after|the|The|and|or"
    r"|early|late|since|year|fiscal|Fiscal|between|circa|c\.)|'s|[,(])\s*$"
)
#: A weekday and the word that opens a range before a weekday named with a date: the
#: "Friday through" of "Friday through Sunday, July 18-20".
_WEEKDAY_RANGE = _regex.compile(
    rf"\b(?P<wd>{_WD}|{_WD_SHORT}\.?)(?:\s*[-–—]\s*|\s+(?:through|thru|to|until|till|and|or)\s+)$"
)
#: The last day of a range told with words after a month and day: " to 20", " and 20".
#: Not a day the scan reads on its own ("to 20 December", "to 20 p.m.").
_DAY_RANGE_END = _regex.compile(
    r"\s*(?:[-–—]|\s(?:through|thru|to|until|till|and|or))\s*"
    rf"(?P<d>{_DAY})\b(?![:.,]?\d|\s*(?:of\s+)?{_M}|\s*[ap]\.?m\b)"
)
#: The first day of a range told in words before a day and its month: the "3 to "
#: of "3 to 5 March".
_DAY_RANGE_START = _regex.compile(
    rf"(?<![\d.,])(?P<d>{_DAY})(?P<o>st|nd|rd|th|)\s+(?:to|through|thru|until|till|and)\s+$"
)
#: After a range of days, a range of weekdays in brackets that names its ends (and
#: the year before it): the " (Tuesday to Thursday)" of "March 3 to 5 (Tuesday to
#: Thursday)", the ", 2026 (Tue-Thu)" of "March 3 to 5, 2026 (Tue-Thu)".
_WEEKDAYS_IN_BRACKETS = _regex.compile(
    rf"(?:,?\s+(?P<y>{_YEAR})(?!\d))?\s*\(\s*(?:{_WD}|{_WD_SHORT})\.?"
    r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till)\s+)"
)
#: A range of weekdays right before a range of days told in words: the "Monday to
#: Thursday, " of "Monday to Thursday, 16 to 19 November".
_WEEKDAYS_BEFORE = re.compile(
    rf"\b(?P<wd>{_WD}|{_WD_SHORT}\.?)(?:\s*[-–—]\s*|\s+(?:through|thru|to|until|till|and)\s+)"
    rf"(?P<wd2>{_WD}|{_WD_SHORT}\.?),?\s+$"
)
#: The last day of a range in the next month: the "-Jan. 2" of "Dec. 31-Jan. 2",
#: the " to 2 January" of "31 December to 2 January".
_MONTH_RANGE_END = _regex.compile(
    rf"\s*(?:[-–—]|\s(?:through|thru|to|until|till))\s*(?:{_M}\.?\s+{_DAY}|{_DAY}\s+{_M})\b"
)
#: Before a weekday's abbreviation, what makes it the end of a name: "the" or a
#: capitalised word other than one that opens a dated line ("On Sun, March 4"),
#: with no full stop after it ("in Leeds. Wed., Dec. 1").
_A_NAME_BEFORE = _regex.compile(
    r"\b(?:[Tt]he|(?!(?:On|By|From|Until|Since|Before|After|Published|Updated|Posted)\b)"
    r"[A-Z][\w'’&-]*)\s+$"
)
_SEASON_THE = _regex.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Oo]ver)\s+$"
)
#: "the summer was the driest": a season (not "fall" or "spring", which are also nouns of
#: their own) as the subject of a verb of being or having is the season.
_SEASON_SUBJECT = _regex.compile(r"\s+(?:was|is|has\s+been|had\s+been|will\s+be)\b")
_PLURAL_AFTER = _regex.compile(r"\s+[a-z]+s\b")
#: A plural noun after a month and a number makes the number a count; words ending in
#: "s" that are no plural noun do not ("the vote on Dec. 27 was delayed").
_NOUN_AFTER = _regex.compile(
    r"\s+(?!(?:was|has|is|does|as|its|his|this|thus|plus|always|perhaps|across|unless)\b)"
    r"[a-z]+s\b"
)
#: Before a month and a number, what makes them a date that names a plural
#: noun after them ("the Aug. 7 bombings", "the March 15 primaries").
_THE_BEFORE = _regex.compile(r"\b[Tt]he\s+$")
_COUNT_AFTER = _regex.compile(r"\s+(?:people|percent|per\s+cent|of\s+the)\b")


class Reading(NamedTuple):
    """One expression's normalisation; see :class:`~mediacheck.model.TemporalExpression`."""

    type: str
    value: str
    anchor: dt.date | None = None
    date: dt.date | None = None
    anchoring: str = "absolute"
    anchored_on: int | None = None
    tense: str | None = None
    weekday: int | None = None
    valid: bool = True
    #: Year and quarter the expression names, kept for later expressions.
    year: int | None = None
    quarter: int | None = None
    #: The direction a year-less date was sought in when it is not its tense's.
    direction: int | None = None


Found = list[tuple[int, int, Reading]]


def _weekday_in(year: int, month: int, day: int) -> int | None:
    return dt.date(year, month, day).weekday() if cal.day_exists(year, month, day) else None


def _number(words: str) -> int | None:
    """The count a number word or numeral states; None for "several" and the like."""
    words = " ".join(words.lower().split())
    if words.isdigit():
        return int(words)
    if words == "a couple of":
        return 2
    return _WORD_NUMBERS.get(words)


def _in_years(words: str, unit: str) -> int | None:
    """The years a count of decades or centuries states ("two decades", "half a century")."""
    per = 10 if unit == "decade" else 100
    if words.lower().startswith("half"):
        return per // 2
    n = _number(words)
    return n * per if n else None


#: The value of a day with no year or date put on it: "XXXX-11-28", "XXXX-WXX-6".
_UNKNOWN_DAY = _regex.compile(r"XXXX-(?:\d\d-\d\d|WXX-\d)")


class Resolver:
    """Resolves the matches of one document in order, remembering what the
    text has established so far: the day it is talking about (for "10 p.m."),
    the last quarter named (for "a year ago" in earnings copy), the last
    dated expression (for "three years later")."""

    def __init__(self, text: str, published: dt.date | None, tenses: TenseReader) -> None:
        self.text = text
        self.published = published
        self.tenses = tenses
        self.reference_day = published
        #: The day the text talks about as far as it is known, when no date
        #: can be put on it ("Saturday 28 November" in an undated article):
        #: "3pm" after it is on that day, not on the last day with a year.
        self.reference_unknown: str | None = None
        self.quarter: tuple[int, int] | None = None
        self.dated: tuple[int, int] | None = None  # (index, year) of the last dated expression
        self.dated_day: tuple[int, dt.date] | None = None
        #: Where each expression that names a year before the publication's ends.
        self.years_before: list[int] = []
        #: Where the last date naming the plural after it ends ("the Sept. 11
        #: attacks"): an event's name, not the day the text goes on about.
        self.naming_end = -1

    def remember(self, index: int, reading: Reading, end: int) -> None:
        if reading.year is not None and not cal.reckonable(reading.year):
            return
        if reading.date is not None and reading.type in ("DATE", "TIME"):
            if end != self.naming_end:
                self.reference_day = reading.date
                self.reference_unknown = None
            self.dated_day = (index, reading.date)
        elif reading.type == "DATE" and _UNKNOWN_DAY.fullmatch(reading.value):
            self.reference_day, self.reference_unknown = None, reading.value
        if reading.year is not None and reading.anchoring != "narrative":
            self.dated = (index, reading.year)
            if self.published is not None and reading.year < self.published.year:
                self.years_before.append(end)
            if reading.quarter is not None and self._reported(reading.year, reading.quarter):
                self.quarter = (reading.year, reading.quarter)

    def _reported(self, year: int, quarter: int) -> bool:
        """Whether a quarter has ended by publication, so results can be reported for it."""
        if self.published is None:
            return True
        return (year, quarter) < (self.published.year, (self.published.month - 1) // 3 + 1)

    def read(self, match: re.Match[str]) -> Found:
        """The readings of ``match``; none when reckoning from it runs off the
        calendar's ends ("the next day" after 9999-12-31, "last year" in an
        article dated 0001-01-01), which no date can stand for."""
        form = match.lastgroup or ""
        handler: Callable[[re.Match[str]], Found | Reading | None] = getattr(self, "_" + form)
        try:
            result = handler(match)
        except OverflowError:
            return []
        if result is None:
            return []
        if isinstance(result, Reading):
            return [(match.start(form), match.end(form), result)]
        return result

    # ------------------------------------------------------------ helpers
    def _direction(self, start: int, end: int) -> tuple[int, str | None]:
        tense = self.tenses.tense(start, end)
        return DIRECTIONS.get(tense or "", 0), tense

    def _tense(self, match: re.Match[str]) -> str | None:
        return self.tenses.tense(match.start(), match.end())

    def _in_revision_note(self, start: int) -> bool:
        """Whether ``start`` lies in a note on the article's own revision, made
        after publication by nature ("Correction, Tuesday, May 5: ...", "This
        story was updated on Monday, Nov. 30"), whatever the tense of the note."""
        if REVISION_LABEL.match(self.text, self.text.rfind("\n", 0, start) + 1):
            return True
        first, last = self.tenses.sentence(start)
        return REVISED_PIECE.search(self.text, first, last) is not None

    def _past_yet_coming(self, start: int, month: int, day: int) -> bool:
        """Whether a year-less day told in the past is rather the
        coming one (see :func:`.calendar.coming_soon`): not when the
        sentence names an earlier year before it ("In the year-ago quarter,
        which ended Oct. 31")."""
        if self.published is None or not cal.coming_soon(self.published, month, day):
            return False
        opening, _ = self.tenses.sentence(start)
        before = bisect.bisect_right(self.years_before, start)  # the ends come in order
        return not (before and self.years_before[before - 1] >= opening)

    def _month_day(
        self,
        match: re.Match[str],
        start: int,
        end: int,
        month: int,
        day: int,
        year: int | None,
        weekday: int | None,
    ) -> Reading:
        direction, tense = self._direction(start, end)
        valid = cal.day_exists(year, month, day)
        anchoring, anchor = "absolute", None
        noted = None
        if year is None and self.published is not None:
            anchoring, anchor = "yearless", self.published
            if direction <= 0 and self._in_revision_note(start):
                direction = noted = 1
            elif direction < 0 and weekday is None and self._past_yet_coming(start, month, day):
                direction = 0
            year = cal.nearest_month_day(self.published, month, day, direction, weekday)
            valid = (valid and cal.day_exists(year, month, day)) or (month == 2 and day == 29)
        elif year is None:
            anchoring = "yearless"
        if year is None:
            value = f"XXXX-{month:02d}-{day:02d}"
            return Reading("DATE", value, None, None, anchoring, None, tense, weekday, valid)
        date = dt.date(year, month, day) if cal.day_exists(year, month, day) else None
        value = date.isoformat() if date else f"{year:04d}-{month:02d}-{day:02d}"
        return Reading(
            "DATE", value, anchor, date, anchoring, None, tense, weekday, valid, year, None, noted
        )

    # ------------------------------------------------------------ forms
    def _date(self, match: re.Match[str]) -> Found | Reading | None:
        g = match.groupdict()
        if g["date_m"]:
            month_name, day_text, year_text = g["date_m"], g["date_d"], g["date_y"]
            last_day, last_span = g["date_d2"], match.span("date_d2")
            first_day = "date_m"
        else:
            month_name, day_text, year_text = g["date_m3"], g["date_d3"], g["date_y3"]
            last_day, last_span = g["date_d4"], (match.start("date_d4"), match.end())
            first_day = "date_d3"
        month, day = cal.month_number(month_name), int(day_text)
        if not g["date_m"] and last_day and int(last_day) <= day:
            # no range runs backwards: "the 2-1 March win" is a score and "1 March"
            day, start, last_day = int(last_day), last_span[0], None
        else:
            start = match.start()
        if g["date_m"] and not year_text and _quantity_follows(self.text, match.end()):
            if not _THE_BEFORE.search(self.text, max(0, match.start() - 5), match.start()):
                return None  # "in May 31 people died", but "the Aug. 7 bombings"
            self.naming_end = match.end()
        weekday = cal.weekday_number(g["date_wd"]) if g["date_wd"] else None
        year = int(year_text) if year_text else None
        # a range's first day ends before its dash: "March 3" of "March 3-5", "3" of "3–5 March"
        end = match.end("date_d" if g["date_m"] else "date_d3") if last_day else match.end()
        if last_day and self.text[end : end + 2] in ("st", "nd", "rd", "th"):
            end += 2  # "March 3rd-5th", "19th-21st of December"
        if g["date_ws"]:
            weekday = self._short_weekday(match, "date_ws")
            if weekday is None:
                start = match.start(first_day)
        last_weekday = None
        opening = (
            _WEEKDAY_RANGE.search(self.text, max(0, start - 24), start)
            if weekday is not None
            else None
        )
        if opening is not None:
            # "Friday through Sunday, July 18-20": each end of the range has its weekday;
            # with one day only ("Friday to Sunday, July 18") which is whose is unknown.
            ahead = None if last_day else _DAY_RANGE_END.match(self.text, match.end())
            if ahead is not None and g["date_m"]:
                last_day, last_span = ahead["d"], ahead.span("d")
            if last_day:
                start, last_weekday = match.start(first_day), weekday
            if last_day or _MONTH_RANGE_END.match(self.text, match.end()):
                # "Friday to Sunday, Dec. 31-Jan. 2": the first weekday is the first day's;
                # the last day, a date of its own, is read without one
                start = match.start(first_day)
                weekday = cal.weekday_number(opening["wd"])
            else:
                weekday = None
        elif not last_day and weekday is None:
            # "March 3 to 5 (Tuesday to Thursday)", "3 to 5 March (Tue to Thu)": a range
            # told in words is read as one when weekdays in brackets name its two ends
            if g["date_m"]:
                ahead = _DAY_RANGE_END.match(self.text, match.end())
                named = ahead and _WEEKDAYS_IN_BRACKETS.match(self.text, ahead.end())
                if ahead and named:
                    last_day, last_span = ahead["d"], ahead.span("d")
                    year = int(named["y"]) if named["y"] and year is None else year
            else:
                # "3 to 5 March (Tue to Thu)", and the weekdays before the range:
                # "Monday to Thursday, 16 to 19 November"
                back = _DAY_RANGE_START.search(self.text, max(0, start - 16), start)
                if back is not None and int(back["d"]) < day:
                    ends = _WEEKDAYS_BEFORE.search(
                        self.text, max(0, back.start() - 32), back.start()
                    )
                    if ends or _WEEKDAYS_IN_BRACKETS.match(self.text, match.end()):
                        last_day, last_span = str(day), (start, match.end())
                        day, start, end = int(back["d"]), back.start("d"), back.end("o")
                    if ends:
                        weekday = cal.weekday_number(ends["wd"])
                        last_weekday = cal.weekday_number(ends["wd2"])
        first = self._month_day(match, start, end, month, day, year, weekday)
        found = [(start, end, first)]
        if last_day:
            second = self._month_day(
                match, last_span[0], last_span[1], month, int(last_day), year, last_weekday
            )
            found.append((last_span[0], last_span[1], second))
        return found

    def _short_weekday(self, match: re.Match[str], group: str) -> int | None:
        """The weekday an abbreviation names, or None when it ends a name ("The
        Sun, March 4", "the Baltimore Sun, March 4")."""
        if _A_NAME_BEFORE.search(self.text, max(0, match.start(group) - 32), match.start(group)):
            return None
        return cal.weekday_number(match[group])

    def _wdord(self, match: re.Match[str]) -> Reading:
        weekday, day = cal.weekday_number(match["wo_wd"]), int(match["wo_d"])
        direction, tense = self._direction(match.start(), match.end())
        date = None
        if self.published is not None:
            date = cal.nearest_day_of_month(self.published, day, direction, weekday)
        if date is None:
            value = f"XXXX-XX-{day:02d}"
            return Reading("DATE", value, None, None, "relative", None, tense, weekday)
        return Reading(
            "DATE",
            date.isoformat(),
            self.published,
            date,
            "relative",
            None,
            tense,
            weekday,
            year=date.year,
        )

    def _iso(self, match: re.Match[str]) -> Reading:
        year, month, day = int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"])
        named = match["iso_wd"]  # "Tuesday 2026-03-04", as a CMS prints a date
        return self._explicit(match, year, month, day, cal.weekday_number(named) if named else None)

    def _slash(self, match: re.Match[str]) -> Found | Reading:
        a, b = int(match["sl_a"]), int(match["sl_b"])
        month, day = (a, b) if a <= 12 or b > 12 else (b, a)  # 19/12/2025 is day-first
        return self._numeric(match, "sl", month, day)

    def _dotted(self, match: re.Match[str]) -> Found | Reading:
        a, b = int(match["dt_a"]), int(match["dt_b"])
        day, month = (a, b) if b <= 12 or a > 12 else (b, a)  # 3.12.2027 is December 3
        return self._numeric(match, "dt", month, day)

    def _numeric(self, match: re.Match[str], form: str, month: int, day: int) -> Found | Reading:
        """A date of three numbers, its month and day read in the form's order,
        swapped when only the other order fits the weekday named before it."""
        year, named = int(match[form + "_y"]), match[form + "_wd"]
        weekday = cal.weekday_number(named) if named else None
        if named and not named.endswith("day"):
            weekday = self._short_weekday(match, form + "_wd")
            if weekday is None:  # "The Sun 07/03/2025": the date alone
                reading = self._explicit(match, year, month, day)
                return [(match.start(form + "_a"), match.end(), reading)]
        if (
            weekday is not None
            and _weekday_in(year, month, day) != weekday
            and _weekday_in(year, day, month) == weekday
        ):
            month, day = day, month  # "Friday 07/03/2025" on a British page: day first
        return self._explicit(match, year, month, day, weekday)

    def _explicit(
        self, match: re.Match[str], year: int, month: int, day: int, weekday: int | None = None
    ) -> Reading:
        valid = cal.day_exists(year, month, day)
        date = dt.date(year, month, day) if valid else None
        value = date.isoformat() if date else f"{year:04d}-{month:02d}-{day:02d}"
        tense = self._tense(match)
        return Reading("DATE", value, None, date, "absolute", None, tense, weekday, valid, year)

    def _monthyear(self, match: re.Match[str]) -> Reading:
        month, rel, tense = cal.month_number(match["my_m"]), match["my_rel"], self._tense(match)
        if rel is None:
            year = int(match["my_y"])
            return Reading("DATE", f"{year:04d}-{month:02d}", tense=tense, year=year)
        if self.published is None:
            return Reading("DATE", f"XXXX-{month:02d}", anchoring="relative", tense=tense)
        year = self.published.year + {"last": -1, "this": 0, "next": 1}[rel]
        value = f"{year:04d}-{month:02d}"
        return Reading("DATE", value, self.published, anchoring="relative", tense=tense, year=year)

    def _time(self, match: re.Match[str]) -> Reading:
        g = match.groupdict()
        if g["t_noon"]:
            clock = "12:00" if g["t_noon"] == "noon" else "24"
        else:
            hour = int(g["t_h"]) % 12 + (12 if g["t_ap"] == "p" else 0)
            clock = f"{hour:02d}:{g['t_min'] or '00'}"
        day = self.reference_day
        # a time that names its own day is on that day, known or not
        unknown = None if day else self.reference_unknown
        anchoring, date = "relative", None
        if g["t_wd"] and self.published:
            direction, _ = self._direction(match.start(), match.end())
            day = cal.nearest_weekday(self.published, cal.weekday_number(g["t_wd"]), direction)
        elif g["t_wd"]:
            day, unknown = None, f"XXXX-WXX-{cal.weekday_number(g['t_wd']) + 1}"
        elif g["t_rel"] and self.published:
            offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["t_rel"]]
            day = self.published + dt.timedelta(days=offset)
        elif g["t_rel"]:
            day = unknown = None
        elif g["t_m"]:
            month, dnum = cal.month_number(g["t_m"]), int(g["t_d"])
            if g["t_y"] and cal.day_exists(int(g["t_y"]), month, dnum):
                # "6:30 a.m. on March 19, 2002"
                day = date = dt.date(int(g["t_y"]), month, dnum)
                anchoring = "absolute"
            elif self.published and cal.day_exists(None, month, dnum):
                direction, _ = self._direction(match.start(), match.end())
                if direction < 0 and self._past_yet_coming(match.start(), month, dnum):
                    direction = 0
                year = cal.nearest_month_day(self.published, month, dnum, direction)
                day = dt.date(year, month, dnum) if cal.day_exists(year, month, dnum) else None
                # "8 p.m. on June 3" names its day as "June 3" would
                anchoring, date = "yearless", day
            else:
                day, unknown = None, f"XXXX-{month:02d}-{dnum:02d}"
        prefix = day.isoformat() if day else (unknown or "XXXX-XX-XX")
        return Reading(
            "TIME", f"{prefix}T{clock}", self.published, date, anchoring, tense=self._tense(match)
        )

    def _holiday(self, match: re.Match[str]) -> Reading | None:
        name = match["h_name"]
        if match["h_y"]:
            date = cal.holiday(name, int(match["h_y"]))
            anchoring = "absolute"
        elif self.published is None:
            return Reading("DATE", "XXXX-XX-XX", anchoring="yearless", tense=self._tense(match))
        else:
            anchoring = "yearless"
            rel = (match["h_rel"] or "").lower()
            direction = {"last": -1, "next": 1}.get(rel)
            if direction is None:
                direction, _ = self._direction(match.start(), match.end())
            years = range(self.published.year - 1, self.published.year + 2)
            candidates = [cal.holiday(name, y) for y in years]
            dates = [d for d in candidates if d is not None]
            if direction < 0:
                date = max((d for d in dates if d <= self.published), default=None)
            elif direction > 0:
                date = min((d for d in dates if d >= self.published), default=None)
            else:
                date = min(dates, key=lambda d: abs((d - self.published).days)) if dates else None  # type: ignore[operator]
        if date is None:
            return None
        return Reading(
            "DATE",
            date.isoformat(),
            self.published,
            date,
            anchoring,
            tense=self._tense(match),
            year=date.year,
        )

    def _weekday(self, match: re.Match[str]) -> Reading:
        weekday = cal.weekday_number(match["w_wd"])
        rel = (match["w_rel"] or "").lower()
        pod = _POD_CODES.get(match["w_pod"] or "", "")
        direction, tense = self._direction(match.start(), match.end())
        if self.published is None:
            return Reading("DATE", f"XXXX-WXX-{weekday + 1}", anchoring="relative", tense=tense)
        if rel == "last":
            date = cal.nearest_weekday(self.published, weekday, -1, strict=True)
        elif rel in ("next", "coming"):
            date = cal.nearest_weekday(self.published, weekday, 1)
        else:
            date = cal.nearest_weekday(self.published, weekday, direction)
        value = date.isoformat() + (f"T{pod}" if pod else "")
        return Reading(
            "TIME" if pod else "DATE",
            value,
            self.published,
            date,
            "relative",
            tense=tense,
            year=date.year,
        )

    def _deictic(self, match: re.Match[str]) -> Reading:
        g = match.groupdict()
        tense = self._tense(match)
        if g["dx_w"]:
            word = " ".join(g["dx_w"].lower().split())
            offset = {
                "yesterday": -1,
                "today": 0,
                "tomorrow": 1,
                "tonight": 0,
                "the day before yesterday": -2,
                "the day after tomorrow": 2,
            }[word]
            pod = _POD_CODES.get(g["dx_pod"] or "", "NI" if word == "tonight" else "")
        else:
            offset = -1 if g["dx_lt"].lower() == "last" else 0
            pod = _POD_CODES[g["dx_pod2"]]
            if g["dx_lt"].lower() == "last" and pod != "NI":
                offset = 0
        if self.published is None:
            return Reading(
                "TIME" if pod else "DATE",
                "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
                anchoring="relative",
                tense=tense,
            )
        date = self.published + dt.timedelta(days=offset)
        value = date.isoformat() + (f"T{pod}" if pod else "")
        return Reading(
            "TIME" if pod else "DATE",
            value,
            self.published,
            date,
            "relative",
            tense=tense,
            year=date.year,
        )

    def _shift(
        self, anchor: dt.date | None, unit: str, n: int, *, quarter: tuple[int, int] | None = None
    ) -> tuple[str, dt.date | None, int | None]:
        """The value ``n`` units from ``anchor`` at the unit's granularity."""
        if anchor is None:
            unknown = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}
            return unknown.get(unit, "XXXX"), None, None
        if unit == "day":
            date = anchor + dt.timedelta(days=n)
            return date.isoformat(), date, date.year
        if unit == "week":
            return cal.iso_week(anchor + dt.timedelta(weeks=n)), None, None
        if unit == "month":
            year, month = cal.add_months(anchor.year, anchor.month, n)
            return f"{year:04d}-{month:02d}", None, year
        if unit == "decade":
            return f"{(anchor.year + 10 * n) // 10:03d}", None, None
        if unit == "century":
            return f"{(anchor.year + 100 * n) // 100:02d}", None, None
        if quarter is not None:
            return f"{quarter[0] + n:04d}-Q{quarter[1]}", None, quarter[0] + n
        return f"{anchor.year + n:04d}", None, anchor.year + n

    def _ago(self, match: re.Match[str]) -> Reading | None:
        n = _number(match["a_n"])
        unit = match["a_u"].lower().rstrip("s").replace("centurie", "century")
        direction = match["a_dir"].split()[0].lower()
        sign = 1 if direction in ("later", "from", "hence", "after") else -1
        narrative = direction in ("earlier", "later", "before", "after")
        if unit in ("decade", "century") and (narrative or n is None):
            # "Two decades later, in 2010" counts years from a year; so does "half a century".
            n, unit = _in_years(match["a_n"], unit), "year"
        if not n:
            return None
        quarter = self.quarter if unit == "year" and n == 1 and self.quarter else None
        anchored_on: int | None = None
        anchor = self.published
        anchoring = "relative"
        if narrative and quarter is None:
            anchoring = "narrative"
            if self.dated_day is not None and unit in ("day", "week", "month"):
                anchored_on, anchor = self.dated_day
            elif self.dated is not None:
                anchored_on, dated_year = self.dated
                anchor = dt.date(dated_year, 7, 1)
            else:
                anchor = None
        value, date, year = self._shift(anchor, unit, sign * n, quarter=quarter)
        return Reading(
            "DATE",
            value,
            anchor,
            date,
            anchoring,
            anchored_on,
            self._tense(match),
            year=year,
        )

    def _quarter(self, match: re.Match[str]) -> Reading:
        g = match.groupdict()
        tense = self._tense(match)
        year: int | None
        if g["q_n"]:
            quarter = _ORDINALS[g["q_n"].lower()]
            year_text = g["q_y1"] or g["q_y2"]
            if year_text:
                year = int(year_text)
            elif self.published is None:
                return Reading("DATE", f"XXXX-Q{quarter}", anchoring="relative", tense=tense)
            elif g["q_rel"]:
                year = self.published.year + {"next": 1, "last": -1, "this": 0}[g["q_rel"].lower()]
            else:
                year = cal.nearest_quarter(self.published, quarter, DIRECTIONS.get(tense or "", 0))
            return Reading(
                "DATE",
                f"{year:04d}-Q{quarter}",
                self.published,
                tense=tense,
                year=year,
                quarter=quarter,
                anchoring="absolute" if year_text else "relative",
            )
        ref = " ".join(g["q_ref"].lower().split())
        if g["q_y3"]:
            year = int(g["q_y3"])
            if ref.endswith("period") and not (self.quarter and self.quarter[0] == year):
                return Reading("DATE", f"{year:04d}", tense=tense, year=year)
            quarter = self.quarter[1] if self.quarter else 0
            return Reading(
                "DATE",
                f"{year:04d}-Q{quarter or 'X'}",
                tense=tense,
                year=year,
                quarter=quarter or None,
            )
        if self.quarter is not None:
            year, quarter = self.quarter
        elif self.published is not None:
            year, quarter = self.published.year, (self.published.month - 1) // 3 + 1
            if ref not in ("this quarter", "the current quarter"):
                year, month = cal.add_months(year, quarter * 3 - 2, -3)
                quarter = (month - 1) // 3 + 1
        else:
            return Reading("DATE", "XXXX-QX", anchoring="relative", tense=tense)
        if "year-" in ref:
            year -= 1
        elif ref == "last quarter" and self.quarter is not None:
            year, month = cal.add_months(year, quarter * 3 - 2, -3)
            quarter = (month - 1) // 3 + 1
        return Reading(
            "DATE",
            f"{year:04d}-Q{quarter}",
            self.published,
            anchoring="relative",
            tense=tense,
            year=year,
        )

    def _unit(self, match: re.Match[str]) -> Reading | None:
        det = " ".join(match["u_det"].lower().split()).removeprefix("the ")
        unit = match["u_unit"]
        tense = self._tense(match)
        if unit[0].isupper():  # "last May", "this December"
            month = cal.month_number(unit)
            if det not in ("this", "last", "next", "coming", "past"):
                return None
            if self.published is None:
                return Reading("DATE", f"XXXX-{month:02d}", anchoring="relative", tense=tense)
            year = self.published.year
            if det in ("last", "past") and (month >= self.published.month):
                year -= 1
            elif det in ("next", "coming") and month <= self.published.month:
                year += 1
            elif det == "this":
                year = cal.nearest_month(self.published, month, DIRECTIONS.get(tense or "", 0))
            return Reading(
                "DATE",
                f"{year:04d}-{month:02d}",
                self.published,
                anchoring="relative",
                tense=tense,
                year=year,
            )
        unit = "week" if unit == "weekend" else unit
        steps = {
            "this": 0,
            "current": 0,
            "latest": 0,
            "last": -1,
            "past": -1,
            "previous": -1,
            "next": 1,
            "coming": 1,
            "following": 1,
            "same": 0,
        }
        n = steps[det]
        narrative = det in ("previous", "following", "same") or unit == "day"
        if unit == "day" and det not in ("previous", "following", "next", "same"):
            return None
        if det in ("past", "last") and unit in ("decade", "century"):
            return None  # "the past decade" is a duration
        if narrative:
            if unit == "day" and self.dated_day is not None:
                anchored_on, anchor = self.dated_day
            elif unit != "day" and self.dated is not None:
                anchored_on, anchor = self.dated[0], dt.date(self.dated[1], 7, 1)
            else:
                return None
            value, date, shifted = self._shift(anchor, unit, n)
            return Reading(
                "DATE", value, anchor, date, "narrative", anchored_on, tense, year=shifted
            )
        if det == "current" and unit == "year" and match["u_fiscal"] is None:
            n = 0
        value, date, shifted = self._shift(self.published, unit, n)
        return Reading("DATE", value, self.published, date, "relative", None, tense, year=shifted)

    def _duration(self, match: re.Match[str]) -> Reading | None:
        n = _number(match["du_n"])
        unit = match["du_u"].lower().rstrip("s").replace("centurie", "century")
        code = _UNIT_CODES[unit]
        if n == 0:
            return None
        amount = "X" if n is None else str(n)
        time_unit = unit in ("second", "minute", "hour")
        if unit in ("decade", "century"):
            years = _in_years(match["du_n"], unit)
            if years:  # "two decades" P20Y; "a few decades" PXDE
                code, amount = "Y", str(years)
        value = ("PT" if time_unit else "P") + amount + code
        return Reading("DURATION", value, tense=self._tense(match))

    def _season(self, match: re.Match[str]) -> Reading | None:
        code, start_month = cal.SEASONS[match["s_s"]]
        det = (match["s_det"] or "").lower()
        tense = self._tense(match)
        if match["s_y"]:
            year = int(match["s_y"])
            return Reading("DATE", f"{year:04d}-{code}", tense=tense, year=year)
        start = match.start()
        after_preposition = _SEASON_THE.search(self.text, max(0, start - 12), start)
        subject = match["s_s"] in ("summer", "winter", "autumn") and _SEASON_SUBJECT.match(
            self.text, match.end()
        )
        if not det or (det == "the" and not after_preposition and not subject):
            return None  # "prices fall", "the fall of the wall"
        if self.published is None:
            return Reading("DATE", f"XXXX-{code}", anchoring="relative", tense=tense)
        offset = {"last": -1, "next": 1}.get(det, 0)
        year = cal.nearest_season(self.published, start_month, offset)
        return Reading(
            "DATE",
            f"{year:04d}-{code}",
            self.published,
            anchoring="relative",
            tense=tense,
            year=year,
        )

    def _decade(self, match: re.Match[str]) -> Reading:
        if match["dc_y"]:
            value = match["dc_y"]
        elif match["dc_s"]:
            value = "19" + match["dc_s"]
        else:
            value = f"19{_DECADE_WORDS[match['dc_w'].lower()]}"
        return Reading("DATE", value, tense=self._tense(match))

    def _century(self, match: re.Match[str]) -> Reading | None:
        n = int(match["c_n"])
        if not 1 <= n <= 21:
            return None
        return Reading("DATE", f"{n - 1:02d}", tense=self._tense(match))

    def _ref(self, match: re.Match[str]) -> Reading:
        if match["r_present"]:
            value = "PRESENT_REF"
        elif match["r_past"]:
            value = "PAST_REF"
        else:
            value = "FUTURE_REF"
        tense = self._tense(match)
        return Reading("DATE", value, self.published, anchoring="reference", tense=tense)

    def _year(self, match: re.Match[str]) -> Reading | None:
        year = int(match["y_y"])
        start = match.start()
        before = self.text[max(0, start - 16) : start]
        if not match["y_pre"]:
            if _QUANTITY_BEFORE.search(before):
                return None
            if _PLURAL_AFTER.match(self.text, match.end()) and not _YEAR_BEFORE.search(before):
                return None  # "2020 people" (the cheap look first: few years have a plural after)
            if not 1800 <= year < 2100 and not _YEAR_BEFORE.search(before):
                return None
        return Reading("DATE", f"{year:04d}", tense=self._tense(match), year=year)

    def _set(self, match: re.Match[str]) -> Reading:
        words = match.group("set").lower().split()
        unit = words[-1]
        if unit in ("annually",):
            value = "P1Y"
        elif unit in _UNIT_CODES:
            value = "P1" + _UNIT_CODES[unit]
        elif unit in cal.WEEKDAYS:
            value = f"XXXX-WXX-{cal.weekday_number(unit) + 1}"
        else:
            value = "P1D"
        return Reading("SET", value)

    def _month(self, match: re.Match[str]) -> Reading | None:
        start = match.start()
        before = self.text[max(0, start - 14) : start]
        context = _MONTH_CONTEXT.search(before)
        name = match["bm_m"]
        if context is None and not (
            name in _PLAIN_MONTHS
            and _CAPITAL_BEFORE.search(before) is None
            and _CAPITAL_AFTER.match(self.text, match.end()) is None
        ):
            return None
        if name in ("May", "March", "August", "June", "April") and _SOFT_CONTEXT.search(before):
            return None
        month = cal.month_number(name)
        direction, tense = self._direction(match.start(), match.end())
        if self.published is None:
            return Reading("DATE", f"XXXX-{month:02d}", anchoring="yearless", tense=tense)
        year = cal.nearest_month(self.published, month, direction)
        return Reading(
            "DATE",
            f"{year:04d}-{month:02d}",
            self.published,
            anchoring="yearless",
            tense=tense,
            year=year,
        )


def _quantity_follows(text: str, end: int) -> bool:
    """Whether a month-and-number is rather a month and a count ("May 31 people")."""
    return bool(_NOUN_AFTER.match(text, end) or _COUNT_AFTER.match(text, end))
