"""Two statements about time that cannot both hold: a relative day beside
an explicit date for it, and arithmetic the text states ("three years
later", "the 80th anniversary", an age) that its dates contradict."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator

from mediacheck import (
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Rule,
    RuleExample,
    Sentence,
    TemporalExpression,
    compile_pattern,
)
from mediacheck_dates._common import WEEKDAY_NAMES, human, quoted

__all__ = ["CHRONOLOGY_CONFLICT", "RELATIVE_DATE_CONFLICT", "check"]

RELATIVE_DATE_CONFLICT = Rule(
    slug="relative-date-conflict",
    title="Relative day and explicit date disagree",
    severity="warning",
    description=(
        "A relative expression and an explicit date given for the same event that name "
        "different days: *yesterday, March 10* in an article published March 14 (yesterday "
        "was March 13). The two must stand side by side, in either order (*yesterday, March "
        "10*, *today (May 2)*, *two days ago, on May 1*, *on Sunday, May 4, tomorrow*), to "
        "count as the same event.\n\n"
        "The relative day is counted from the publication date, so the rule needs one. "
        "Weekdays beside a date are the business of `weekday-mismatch` (*last Friday, Dec. 12* "
        "names a Friday a week earlier, which is fine when Dec. 12 is a Friday). Quotations "
        "are left alone: the speaker's *yesterday* counts from the day they spoke."
    ),
    examples=[
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe results were certified "
            "yesterday, March 10, after two recounts.",
            flagged=["yesterday, March 10"],
        ),
        RuleExample(
            "Fair opens\n\nPublished March 14, 2025\n\nThe fair opens on Sunday, March 16, "
            "tomorrow, and closes March 20.",
            flagged=["March 16, tomorrow"],
            note="The relative day after the date: tomorrow is March 15.",
        ),
        RuleExample(
            "Count disputed\n\nPublished March 14, 2025\n\nThe results were certified "
            "yesterday, March 13, after two recounts."
        ),
        RuleExample(
            'Count disputed\n\nPublished March 14, 2025\n\n"The count ended yesterday, '
            'March 10," the official said in a statement read out on Tuesday.'
        ),
    ],
)

CHRONOLOGY_CONFLICT = Rule(
    slug="chronology-conflict",
    title="Stated time arithmetic contradicts the dates",
    severity="warning",
    description=(
        "Arithmetic that the text states and its own dates contradict:\n\n"
        "* *N years later/earlier* beside a year that is not N years from the year told "
        "before it (*founded in 2015. Three years later, in 2020, ...*); it is flagged only "
        "when no year in that sentence or the two before it fits. Counts in decades and "
        "centuries (*two decades later*, *a decade earlier*, *half a century later*) are "
        "round numbers: two years either way are allowed;\n"
        "* *the Nth anniversary* of an event whose year follows it (*of its liberation in "
        "1944*, *of the 1969 landing*), marked in a year that is not N years on. The year "
        "it is marked in must be tied to the anniversary: right after the event's year (*in "
        "1944 in May 2025*, *the 1969 landing was marked in 2020*) or opening the sentence "
        "or a clause of it (*In 2019, the town marked the ...*, *..., and in 2019 it marked "
        "the ...*, *This year marks the ...*); else, for an "
        "anniversary told in the present or future tense, the publication year, one year "
        "either way allowed for articles written ahead of or after the day. Other years "
        "in the sentence (*Gruber, who was born in 1959, said the 50th anniversary of the "
        "reopening in 1952 was moving*) are not the anniversary's, and an anniversary told "
        "in the past with no year of its own is left alone;\n"
        "* an age and a birth year in the same sentence that disagree at the publication "
        "date (*Jane Roe, 41, who was born in 1975*): the age comes first and the birth year "
        "right after it; a count after a comma is no age (*born in 1961 and, 30 years later, "
        "in 1991, ...*), and the dead are given their age at death (*Seamus Roe, 70, who "
        "was born in 1939, died in 2009*).\n\n"
        "The evidence gives both dates. Quotations are left alone."
    ),
    examples=[
        RuleExample(
            "The party was founded in 2015. Three years later, in 2020, it won its first seat.",
            flagged=["Three years later, in 2020"],
        ),
        RuleExample(
            "The party was founded in 2015. Five years later, in 2020, it won its first seat."
        ),
        RuleExample(
            "The plant opened in 1990. Two decades later, in 2005, it closed.",
            flagged=["Two decades later, in 2005"],
        ),
        RuleExample(
            "The plant opened in 1990. Two decades later, in 2011, it closed.",
            note="two decades is a round number: 21 years is within two years of 20",
        ),
        RuleExample(
            "The town marked the 80th anniversary of its liberation in 1944 in May 2025.",
            flagged=["80th anniversary"],
        ),
        RuleExample("The town marked the 80th anniversary of its liberation in 1945 in May 2025."),
        RuleExample(
            "Choir tour\n\nPublished May 8, 2025\n\nGruber, who was born in 1959, said the "
            "50th anniversary of the reopening in 1952 was moving.",
            note="1959 is a birth year, not the anniversary's; the anniversary (2002) is "
            "told in the past with no year of its own",
        ),
        RuleExample(
            "Choir tour\n\nPublished May 8, 2025\n\nThis year marks the 80th anniversary of "
            "the choir's return in 1946.",
            flagged=["80th anniversary"],
        ),
        RuleExample(
            "Mayor talks\n\nPublished June 2, 2025\n\nJane Roe, 41, who was born in 1975, "
            "opened the session.",
            flagged=["41"],
        ),
        RuleExample(
            "Mayor talks\n\nPublished June 2, 2025\n\nJane Roe, 49, who was born in 1975, "
            "opened the session."
        ),
        RuleExample(
            "Mayor talks\n\nPublished June 2, 2025\n\nRoe was born in 1961 and, 30 years "
            "later, in 1991, she won her first election.",
            note="'30 years later' is a count of years, not her age",
        ),
        RuleExample(
            "Obituary\n\nPublished June 2, 2025\n\nHer husband, Seamus Roe, 70, who was born "
            "in 1939, died in 2009.",
            note="his age when he died, in 2009",
        ),
    ],
)

#: What may stand between two expressions for the same event: "yesterday, March 10",
#: "today (May 2)", "two days ago, on May 1".
#: Side by side on one line: a line break between two dates parts a date line
#: from the paragraph under it ("Tuesday, June 19, 2018" over "Yesterday, ...").
_APPOSITION = compile_pattern(r"^[^\S\n]*(?:,|\(|—|–)?[^\S\n]*(?:on\s+|in\s+)?\Z")
_WEEKDAY = compile_pattern("|".join(WEEKDAY_NAMES))
_LEADING_WEEKDAY = compile_pattern("(?:" + "|".join(WEEKDAY_NAMES) + r"),?\s+(?=\S)")
_ANNIVERSARY = compile_pattern(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b")
#: Between "the Nth anniversary" and the year of the event it is the anniversary of:
#: "of the 1969 landing", "of its liberation in 1944".
_OF_EVENT = compile_pattern(
    r"^\s+of\s+(?:(?:the|its|their|his|her|a|an)\s+)?$"
    r"|^\s+of\s+[^,.;:!?\"“”()]{1,60}?\s+(?:in|of)\s+$"
)
#: Between the event's year and the year the anniversary is marked in, in one clause:
#: "in 1944 in May 2025", "1969 landing was marked in 2020".
_EVENT_TO_MARKED = compile_pattern(r"^(?:\s+[\w'’]+){0,3}?\s+(?:in|on)\s+$")
#: A year opening the sentence or a clause of it that the anniversary is marked in:
#: "In 2019, the town marked the ...", "..., and in 2019 it marked the ...", "This
#: year marks the ...", "Tuesday is the ...".
_SENTENCE_OPENING = compile_pattern(
    r"(?:^|[,;]\s*(?:(?:and|but)\s+)?|\s(?:and|but)\s+)\s*(?:(?:[Ii]n|[Oo]n|[Bb]y)\s+)?$"
)
#: A verb in the present marking the anniversary, which the tense reader cannot tell from a
#: noun after a subject of its own: "The union marks the 50th anniversary of ...".
_MARKS_NOW = compile_pattern(
    r"\b(?:marks|celebrates|commemorates|observes)\s+(?:the|its|their)\s+\Z"
)
_MARKED_TO_ANNIVERSARY = compile_pattern(
    r"^,?\s+(?:[\w'’]+\s+){0,3}?(?:marks?|marked|celebrat\w+|commemorat\w+|observ\w+|is|was"
    r"|will\s+be|will\s+mark)\s+(?:the|its|their|his|her)\s+$"
)
#: An age: "Jane Roe, 41,", "aged 41", "a 41-year-old"; not a count of years or things
#: (", 30 years later", ", 12 people").
_AGE = compile_pattern(
    r"(?:,\s+|\baged\s+)(\d{1,3})(?=,|\)|\s(?!\s*(?:[a-z]+s|percent|per|more|or|to)\b))"
    r"|\b(\d{1,3})-year-old\b"
)
_BORN = compile_pattern(r"\bborn\b[^.;]{0,40}?\b(1[89]\d\d|20\d\d)\b")
_DIED_IN = compile_pattern(
    r"\b(?:died|death|killed|passed\s+away)\b[^.;]{0,30}?\b(1[89]\d\d|20\d\d)\b"
)
#: What may stand between an age and the birth year that belongs to the same person.
_AGE_TO_BORN = compile_pattern(r"^[,\s(]*(?:who\s+|and\s+)?(?:was\s+)?$")
#: Counts in decades and centuries are round: "two decades later" may be 19 to 21 years.
_ROUND = compile_pattern(r"decade|centur", re.IGNORECASE)
_YEAR_ONLY = compile_pattern(r"^(\d{4})(?:-|$)")


def _year(expression: TemporalExpression) -> int | None:
    match = _YEAR_ONLY.match(expression.value)
    return int(match.group(1)) if match else None


def _pairs(
    document: Document, anchoring: str
) -> Iterator[tuple[TemporalExpression, TemporalExpression]]:
    """Expressions side by side for one event whose first is read as
    ``anchoring``: tested before the text between them, which is the dearer
    test and fails for most pairs anyway."""
    text = document.text
    for first, second in zip(document.temporal, document.temporal[1:], strict=False):
        if first.anchoring == anchoring and _APPOSITION.match(text[first.end : second.start]):
            yield first, second


def _relative_pairs(
    document: Document,
) -> Iterator[tuple[TemporalExpression, TemporalExpression]]:
    """A relative day and an explicit date side by side, in either order:
    "yesterday, March 10" and "on Sunday, August 16, tomorrow"."""
    text = document.text
    for first, second in zip(document.temporal, document.temporal[1:], strict=False):
        if first.anchoring == "relative":
            relative, explicit = first, second
        elif second.anchoring == "relative":
            relative, explicit = second, first
        else:
            continue
        if explicit.anchoring in ("absolute", "yearless") and _APPOSITION.match(
            text[first.end : second.start]
        ):
            yield relative, explicit


def _nearest(explicit: TemporalExpression, day: dt.date) -> dt.date:
    """The explicit date as compared with the relative ``day`` beside it: a date
    without a year falls in the year nearest that day ("yesterday, March 13" in an
    article of March 12, 2026 names March 13, 2026, not the March 13 a year before
    that the past tense alone would pick)."""
    date = explicit.date
    assert date is not None
    if explicit.anchoring != "yearless":
        return date
    candidates = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            candidates.append(date.replace(year=year))
        except ValueError:  # February 29
            continue
    return min(candidates, key=lambda c: abs((c - day).days), default=date)


def _relative_conflicts(document: Document, context: CheckContext) -> Iterator[Finding]:
    if document.published is None:
        return
    for relative, explicit in _relative_pairs(document):
        if relative.date is None or explicit.date is None:
            continue
        day = _nearest(explicit, relative.date)
        if day == relative.date:
            continue
        if _WEEKDAY.search(relative.text) or quoted(document, relative):
            continue
        if relative.start < explicit.start:
            start, end = relative.start, explicit.end
            if (
                "(" in document.text[relative.end : explicit.start]
                and document.text[end : end + 1] == ")"
            ):
                end += 1
        else:
            # "Sunday, August 16, tomorrow": the weekday is weekday-mismatch's business
            lead = _LEADING_WEEKDAY.match(explicit.text)
            start, end = explicit.start + (lead.end() if lead else 0), relative.end
        yield context.finding(
            RELATIVE_DATE_CONFLICT,
            document.span(start, end),
            f"'{relative.text}' is {human(relative.date)}, counted from the publication date, "
            f"but the date beside it is {human(day)}",
            evidence=[
                Evidence(
                    f"'{relative.text}' counted from publication on "
                    f"{document.published.isoformat()}: {human(relative.date)}",
                    relative.span,
                ),
                Evidence(f"the explicit date: {human(day)}", explicit.span),
            ],
            suggestion="check whether the relative day or the date is wrong",
        )


def _later_conflicts(document: Document, context: CheckContext) -> Iterator[Finding]:
    """'Three years later, in 2020' after 'in 2015'."""
    for narrative, explicit in _pairs(document, "narrative"):
        if narrative.anchored_on is None:
            continue
        stated, anchor = _year(explicit), _year(document.temporal[narrative.anchored_on])
        counted = _year(narrative)
        if stated is None or anchor is None or counted is None or explicit.anchoring != "absolute":
            continue
        slack = 2 if _ROUND.search(narrative.text) else 0
        if abs(counted - stated) <= slack or quoted(document, narrative):
            continue
        offset = counted - anchor
        if any(
            abs(year + offset - stated) <= slack
            for e in _recent(document, narrative)
            if (year := _year(e)) is not None
        ):
            continue
        source = document.temporal[narrative.anchored_on]
        yield context.finding(
            CHRONOLOGY_CONFLICT,
            document.span(narrative.start, explicit.end),
            f"'{narrative.text}' counts from {anchor} to {counted}, but the text gives {stated}",
            evidence=[
                Evidence(f"the year counted from: {anchor}", source.span),
                Evidence(f"the year stated: {stated}", explicit.span),
            ],
            suggestion="check the years and the interval",
        )


def _recent(document: Document, expression: TemporalExpression) -> list[TemporalExpression]:
    """Dated expressions before ``expression`` in its sentence and the two before it
    (found by bisection: looking over every earlier expression made long documents
    quadratic)."""
    sentence = document.sentence_at(expression.start)
    floor = 0
    if sentence is not None:
        floor = document.sentences[max(0, sentence.index - 2)].start
    temporal = document.temporal
    first = bisect.bisect_left(temporal, floor, hi=expression.index, key=_start)
    return [e for e in temporal[first : expression.index] if e.anchoring == "absolute"]


def _within(document: Document, start: int, end: int) -> tuple[TemporalExpression, ...]:
    """The expressions inside ``[start, end)``, found by bisection."""
    temporal = document.temporal
    first = bisect.bisect_left(temporal, start, key=_start)
    last = bisect.bisect_left(temporal, end, lo=first, key=_start)
    return temporal[first:last]


def _sentences_with(document: Document, word: str) -> list[Sentence]:
    """The sentences that hold ``word``, found with one search of the whole text:
    the anniversary and age patterns need their word, and most sentences have none."""
    text, sentences = document.text, document.sentences
    found: list[Sentence] = []
    at = text.find(word)
    while at >= 0:
        i = bisect.bisect_right(sentences, at, key=_start) - 1
        sentence = sentences[i] if i >= 0 else None
        if (
            sentence is not None
            and at + len(word) <= sentence.end
            and (not found or found[-1] is not sentence)
        ):
            found.append(sentence)
        at = text.find(word, at + 1)
    return found


def _start(element: Sentence | TemporalExpression) -> int:
    return element.start


def _sentence_facts(document: Document, context: CheckContext) -> Iterator[Finding]:
    """Anniversaries and ages checked against the years of their sentence."""
    text = document.text
    for sentence in _sentences_with(document, "anniversary"):
        inside = [
            t
            for t in _within(document, sentence.start, sentence.end)
            if sentence.span.contains(t.start, t.end)
            and _year(t) is not None
            and not quoted(document, t)
        ]
        for match in _ANNIVERSARY.finditer(text, sentence.start, sentence.end):
            if document.quote_at(match.start()) is not None:
                continue
            yield from _anniversary(document, context, match, sentence.start, inside)
    if document.published is not None:
        for sentence in _sentences_with(document, "born"):
            yield from _ages(document, context, sentence.start, sentence.end)


def _anniversary_years(
    document: Document,
    match: re.Match[str],
    sentence_start: int,
    inside: list[TemporalExpression],
) -> tuple[TemporalExpression, TemporalExpression | None, int, int] | None:
    """The event an anniversary is OF, and the year it is marked in: a year tied to the
    anniversary ('... of its liberation in 1944 in May 2025', 'In 2019, the town marked
    the ...', 'This year marks the ...'), else the publication year for an anniversary
    told in the present or future; None when either is not clear."""
    text = document.text
    after = [t for t in inside if t.start >= match.end()]
    if not after or not _OF_EVENT.match(text[match.end() : after[0].start]):
        return None
    event = after[0]
    if event.anchoring != "absolute":
        return None
    for marked in after[1:2]:
        if _EVENT_TO_MARKED.match(text[event.end : marked.start]):
            return event, marked, _year(marked) or 0, 0
    for marked in inside:
        if (
            marked.end <= match.start()
            and _SENTENCE_OPENING.search(text[sentence_start : marked.start])
            and _MARKED_TO_ANNIVERSARY.match(text[marked.end : match.start()])
        ):
            return event, marked, _year(marked) or 0, 0
    marking_now = event.tense is None and _MARKS_NOW.search(text, sentence_start, match.start())
    if document.published is not None and (event.tense in ("present", "future") or marking_now):
        return event, None, document.published.year, 1
    return None


def _anniversary(
    document: Document,
    context: CheckContext,
    match: re.Match[str],
    sentence_start: int,
    inside: list[TemporalExpression],
) -> Iterator[Finding]:
    found = _anniversary_years(document, match, sentence_start, inside)
    if found is None:
        return
    event, marked, marked_year, slack = found
    n, event_year = int(match.group(1)), _year(event) or 0
    if abs(marked_year - event_year - n) <= slack:
        return
    evidence = [Evidence(f"the event: {event_year}", event.span)]
    if marked is not None:
        evidence.append(Evidence(f"the anniversary: {marked_year}", marked.span))
    else:
        evidence.append(Evidence(f"published {document.published}"))
    yield context.finding(
        CHRONOLOGY_CONFLICT,
        match.span(),
        f"the {match.group(0)} of an event in {event_year} falls in {event_year + n}, "
        f"not {marked_year}",
        evidence=evidence,
        suggestion="check the year of the event and the anniversary's number",
    )


def _ages(document: Document, context: CheckContext, start: int, end: int) -> Iterator[Finding]:
    text = document.text
    born = list(_BORN.finditer(text, start, end))
    ages = [m for m in _AGE.finditer(text, start, end) if int(m.group(1) or m.group(2)) < 120]
    if len(born) != 1 or len(ages) != 1 or document.quote_at(ages[0].start()) is not None:
        return
    if born[0].start() < ages[0].end() or not _AGE_TO_BORN.match(
        text[ages[0].end() : born[0].start()]
    ):
        return  # the birth year may be someone else's
    assert document.published is not None
    age_match, birth = ages[0], int(born[0].group(1))
    age = int(age_match.group(1) or age_match.group(2))
    possible = (document.published.year - birth - 1, document.published.year - birth)
    if age in possible:
        return
    if any(age in (year - birth - 1, year - birth) for year in _death_years(text, born[0], end)):
        return  # "Seamus, 70, who was born in 1939, died in 2009": his age at death
    group = 1 if age_match.group(1) else 2
    yield context.finding(
        CHRONOLOGY_CONFLICT,
        age_match.span(group),
        f"someone born in {birth} is {possible[0]} or {possible[1]} in "
        f"{document.published.year}, not {age}",
        evidence=[
            Evidence(f"born in {birth}", document.span(*born[0].span(1))),
            Evidence(f"published {document.published.isoformat()}"),
        ],
        suggestion="check the age and the year of birth",
    )


def _death_years(text: str, born: re.Match[str], end: int) -> Iterator[int]:
    """The years of death the sentence names after the birth year ("died in
    2009"): the dead are given their age at death, as obituaries do.  The
    living are given their age at publication, whatever else the sentence
    dates ("Weiss, 47, who was born in 1975, stepped down in 2023" is wrong
    in 2026)."""
    for match in _DIED_IN.finditer(text, born.end(), end):
        year = int(match.group(1))
        if year > int(born.group(1)):
            yield year


def _run(document: Document, context: CheckContext) -> Iterator[Finding]:
    yield from _relative_conflicts(document, context)
    yield from _later_conflicts(document, context)
    yield from _sentence_facts(document, context)


check = Check([RELATIVE_DATE_CONFLICT, CHRONOLOGY_CONFLICT], _run, name="conflicts")
