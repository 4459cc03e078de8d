"""Built-in check: quotations of speech with no identifiable speaker.

The speakers themselves are found once, by the attribution stage of the
document model; this check only reports the speech quotes no attribution
claims, and shows where a speaker was looked for.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from mediacheck import (
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Lexicon,
    Quote,
    Rule,
    RuleExample,
    SourceKind,
    compile_pattern,
    hookimpl,
)

#: The mediacheck plugin API this plugin is written for.
MEDIACHECK_API = 1

UNATTRIBUTED_QUOTE = Rule(
    slug="unattributed-quote",
    title="Quotation with no speaker",
    severity="warning",
    description="""\
A direct quotation of speech whose speaker cannot be identified.

mediacheck credits a quote to a speaker when a speech cue ("said", "told
reporters", "asked", a colon after a name) with a source sits in the quote's
sentence, or when the quote continues an earlier quote of the same speaker
(the next sentence or paragraph, with no cue of its own, as news style
writes long quotes). A quote with neither is reported; the evidence shows the
sentences where a speaker was looked for.

Precision comes first, so a quote the model could not credit is still left
alone where the article plainly names who speaks or introduces the words:

- the quote is woven into the writer's sentence (`she says the council must
  "stop pretending"`) or follows a colon or dash (`The letter goes on:`);
  the attribution rules judge the sourcing of those sentences;
- its paragraph credits a person, organization or unnamed individual, or
  holds a verb of speech outside quotation marks (the `speech-verbs` word
  list, `[lexicon]` additions included; the speaker named after a
  long aside: `"...," the port's chief engineer, Ana Costa, 51, of Dover,
  who has run the port since 2019, shouted`);
- the paragraph before ends with credited words, or with a quote and its
  verb of speech, or opens with the surname of someone quoted earlier
  (`Reyes has lived there since 1988.`): news style lets a speaker's quotes
  run on;
- the sentence after it, in its paragraph (often a line break away) or
  opening the next, points back at the quote and names its speaker (`So
  said Maria Lopez, a tenant ...`, `That was the message from Diaz on
  Tuesday.`, `That was the verdict of Dele Okafor.`), as a quote opening a
  story often is;
- it is a title in capitals (`“Harbor Lights Forever”`) or a piece's
  headline with its byline (`"Ferry to run all winter," by Ann Lee`), or
  its speaker follows a colon, as a headline credits a quote that opens
  it (`'I wrote the last chapter first': Ana Ferreira on her year`, or by
  role: `'We'll take it': Hawks coach on the decider`).

A crowd (`38 percent of residents say`), a document or an outlet does not
speak a quote, so a quote after one is still reported.

Scare quotes (a word or short phrase held at a distance: 'fatal', 'war
rhetoric') and the values of markup attributes left in the text
(`author="..."`) are not speech and are never reported.
Quotes credited to an unnamed person ("a regular said") are credited: the
`anonymous-source` and `vague-attribution` rules judge those sources. So
is a pull quote over a credit line, a dash and a name (`— Ana Ruiz, a
tenant since 1979`, `— Harbour master Ana Ruiz`): the document model
credits the words above it to that name.
""",
    examples=[
        RuleExample(
            'Crowds gathered outside.\n\n"We will never give up on this town and its people."\n',
            flagged=['"We will never give up on this town and its people."'],
        ),
        RuleExample(
            "The council met on Monday.\n\n"
            "“Nobody told us anything about the closure, and nobody asked us either.”\n",
            flagged=["“Nobody told us anything about the closure, and nobody asked us either.”"],
        ),
        RuleExample('"We will never give up on this town," the mayor said.\n'),
        RuleExample(
            'Mayor Ellen Park spoke first. "We will never give up," she said. '
            '"This town is our home."\n',
            note="The second quote continues the mayor's words.",
        ),
        RuleExample(
            '"We are not leaving."\n\nSo said Maria Lopez, a tenant of the tower, on Monday.\n',
            note="The next paragraph points back at the quote and names the speaker.",
        ),
        RuleExample(
            "“A library is the last free room in town.”\n\n— Ana Ruiz, a reader since 1979\n",
            note="A pull quote's credit line names the speaker.",
        ),
        RuleExample(
            '"Everything went dark."\n\nThat was how the night began in Harlow County.\n',
            flagged=['"Everything went dark."'],
            note="Pointing back is not enough: no one is named as speaker.",
        ),
        RuleExample(
            '"It is our home," said tenant Tom Reyes.\n\nReyes has lived there since 1988.\n\n'
            '"I raised three kids here."\n',
            note="The paragraph before is about the speaker quoted earlier.",
        ),
        RuleExample(
            "‘We never thought the water would reach us’: Ana Ruiz on the flood\n\n"
            "The river rose two metres in a night.\n",
            note="A headline that names the speaker after a colon credits its quote.",
        ),
        RuleExample(
            "The minister called the plan ‘fatal’ for the region.\n",
            note="A scare quote is not speech.",
        ),
        RuleExample(
            "The letter goes on:\n\n“Please explain why the ferry was sold in secret.”\n",
            note="Introduced by the paragraph before: the letter is its source.",
        ),
        RuleExample(
            "Nearly 38 percent of residents say rents are too high.\n\n"
            '"There is simply no money left for the parks."\n',
            flagged=['"There is simply no money left for the parks."'],
            note="A share of residents does not speak a quote.",
        ),
        RuleExample(
            'Readers answered online.\n\n<tweet author="@harborwatch, the night ferry crew">'
            "Open all winter!</tweet>\n",
            note="A value of a markup attribute left in the text is not a quotation.",
        ),
    ],
)


def _where_we_looked(document: Document, quote: Quote) -> list[Evidence]:
    sentence = document.sentence_at(quote.start)
    if sentence is None:
        return []
    evidence = [Evidence("no speech cue with a speaker in this sentence", sentence.span)]
    if sentence.index > 0:
        before = document.sentences[sentence.index - 1]
        if sentence.paragraph - before.paragraph <= 1:
            note = "the sentence before holds no quote of a speaker it continues"
            evidence.append(Evidence(note, before.span))
    return evidence


#: A piece's title with its byline after it: '"Ferry to run all winter," by Ann Lee'.
_BYLINE_AFTER = compile_pattern(r"\s*(?:[—–-]\s*)?by\s+(?:the\s+)?[A-Z]")
_WORD = compile_pattern(r"[^\W\d_][\w'’-]*")
#: The speaker after a colon, as headlines and standfirsts credit a quote that
#: opens them: "'I wrote the last chapter first': Ana Ferreira on her year",
#: "'We stayed': Ruiz on the flood"; a full name, or one name and "on", or a role
#: as headlines write one, a name's word and a noun before "on" ("Hawks coach on").
_NAME_AFTER_COLON = compile_pattern(
    r"\s*:\s+(?!(?:The|A|An|This|That|These|Those|Our|My|Why|How|What|When|Where|Who)\b)"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+|(?:\s+[a-z][\w’'-]+)?\s+on\b)"
)


def _stands_alone(document: Document, quote: Quote) -> bool:
    """Whether the quote is an utterance standing on its own, the kind a
    reader needs a speaker for: it opens its sentence, starts with a
    capital, and is not a title in capitals ("Guardians of the Galaxy") or a
    piece's headline with its byline, nor one whose speaker follows a colon
    ("'We stayed': Ana Ruiz on the flood").  A fragment woven into the writer's
    sentence ('needs to "get away from all this" with Trump') is the
    writer's paraphrase with borrowed words, and a quote after a colon or a
    dash is introduced by the sentence before it ('The letter continues:',
    'a familiar voice wrote on Twitter:'): the attribution rules judge the
    sourcing of both."""
    text = document.text
    sentence = document.sentence_at(quote.start)
    lower = sentence.start if sentence is not None else 0
    if text[lower : quote.start].strip():
        return False  # woven into a sentence, or introduced after a colon or dash
    if text[max(0, lower - 80) : lower].rstrip().endswith(":"):
        return False  # the paragraph before introduces it: 'The letter goes on:'
    words = _WORD.findall(quote.inner.text)
    if not words or not words[0][0].isupper():
        return False
    if len(words) <= 8 and all(w[0].isupper() for w in words if len(w) > 3):
        return False
    return _BYLINE_AFTER.match(text, quote.end) is None and (
        _NAME_AFTER_COLON.match(text, quote.end) is None
    )


#: Cues that credit words to a text rather than a speaker ('the placard
#: read', 'according to the filing'), so not in the verbs of speech.
_TEXT_CUES = ("according to", "read")
_LETTERS = compile_pattern(r"[A-Za-z]+")


@functools.cache
def _speech_cues(lexicon: Lexicon) -> tuple[frozenset[str], re.Pattern[str]]:
    """The verbs of speech of the analysis (the lexicon's, so a newsroom's
    ``extra-speech-verbs`` count here too) and the text cues, once per
    lexicon: the one-word ones as a set, which a scan of a paragraph's words
    checks several times faster than the regex engine tries two hundred
    alternatives, and the longer ones as a pattern."""
    cues = {
        " ".join(cue.lower().split()) for cue in (*lexicon.entries("speech_verbs.txt"), *_TEXT_CUES)
    }
    phrases = sorted((cue for cue in cues if " " in cue), key=len, reverse=True)
    pattern = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)
    return frozenset(cue for cue in cues if " " not in cue), compile_pattern(
        rf"\b(?:{pattern})\b", re.IGNORECASE
    )


#: Sources whose words run on in quotes: not a crowd ("38 percent of
#: residents say"), a document or an outlet.
_CAN_SPEAK = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.ANONYMOUS})
#: Pronouns that open a sentence with a capital: no surname a paragraph can open with.
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who"})


#: A sentence that opens by pointing back at the quote before it and names
#: its speaker: 'So said Maria Lopez, ...', 'That was the message from Diaz',
#: 'That was the verdict of Dele Okafor'.
_POINTS_BACK = compile_pattern(
    r"(?:So|Thus)\s+(?:said|says|wrote|writes)\b"
    r"|(?:That|Those|These|Such)\s+(?:was|were|is|are|words)\b|That['’]s\b"
)
#: Who the pointing-back sentence names: 'the message from Diaz', 'words by
#: Lee', or 'of' after a noun of speech or judgement ('the verdict of Dele
#: Okafor'); a place after 'of' names no speaker ('the night began for much
#: of Harlow County').
_FROM_NAME = compile_pattern(
    r"\b(?:from|by)\s+[A-Z]"
    r"|\b(?:verdict|view|views|message|words|warning|assessment|advice|reaction|response"
    r"|answer|reply|plea|promise|opinion|judge?ment|conclusion|argument|account|position"
    r"|explanation|prediction)\s+of\s+[A-Z]"
)


class _Speakers:
    """Where the article names someone who speaks, by paragraph.

    News style names a speaker once and lets the quotes run on: after a long
    aside between name and verb ("Ann Lee, 30, of Dover, who was among those
    polled, said"), with the name after the quote, or in the next paragraph.
    The model credits most of these; the rest are not reported either when
    the quote's own paragraph credits someone, or when the paragraph before
    ends with credited words, because there the reader knows who speaks.
    Precision first: an editor stops reading a rule that cries wolf.
    """

    def __init__(self, document: Document, lexicon: Lexicon) -> None:
        self._document = document
        self._verbs, self._phrases = _speech_cues(lexicon)
        self._paragraphs: set[int] = set()
        self._sentences: set[int] = set()
        self._speech_starts = sorted(q.start for q in document.quotes if q.is_speech)
        #: Surnames of people quoted: a paragraph about one of them ('Reyes
        #: has lived there since 1988.') lets their quotes run on after it.
        self._quoted: set[str] = set()
        for attribution in document.attributions:
            if attribution.source is None or attribution.source_kind not in _CAN_SPEAK:
                continue
            if attribution.quotes and attribution.source_kind is SourceKind.PERSON:
                words = _WORD.findall(attribution.source.text)
                # a surname alone credits too ('Kiptoo said'), a pronoun does not ('He said')
                if words and words[-1][0].isupper() and words[-1].lower() not in _PRONOUNS:
                    self._quoted.add(words[-1])
            for span in (attribution.source, attribution.cue):
                sentence = document.sentence_at(span.start) if span is not None else None
                if sentence is not None:
                    self._paragraphs.add(sentence.paragraph)
                    self._sentences.add(sentence.index)

    def in_reach(self, quote: Quote) -> bool:
        document = self._document
        sentence = document.sentence_at(quote.start)
        if sentence is None:
            return False
        paragraph = document.paragraphs[sentence.paragraph].span
        if sentence.paragraph in self._paragraphs or self._speech_verb(
            paragraph.start, paragraph.end
        ):
            return True
        if self._named_after(quote, sentence.paragraph):
            return True
        before = sentence.index - 1
        while before >= 0 and document.sentences[before].paragraph == sentence.paragraph:
            before -= 1
        if before < 0 or document.sentences[before].paragraph != sentence.paragraph - 1:
            return False
        last = document.sentences[before].span
        # a quote with its verb closing the paragraph before: the quote goes on
        # ('"...," said former Gov. Ed Rendell.' then '"Where surrogates ..."')
        if before in self._sentences or (
            self._speech_verb(last.start, last.end) and self._speech_quote_in(last.start, last.end)
        ):
            return True
        # the paragraph before is about someone quoted earlier ('Reyes has lived there')
        first = _WORD.match(document.text, document.paragraphs[sentence.paragraph - 1].span.start)
        return first is not None and first.group() in self._quoted

    def _named_after(self, quote: Quote, paragraph: int) -> bool:
        """Whether the sentence after the quote, in its paragraph or opening
        the next, points back at it and names who spoke: 'So said Maria
        Lopez, a tenant', 'That was the message from Diaz' (a credit line,
        '— Maria Lopez, a tenant', the model credits the quote to).  Markdown
        and HTML set it a line break after the quote as often as a paragraph."""
        document = self._document
        last = document.sentence_at(quote.end - 1)
        index = last.index + 1 if last is not None else len(document.sentences)
        sentences = document.sentences
        if (
            index < len(sentences)
            and sentences[index].paragraph == paragraph
            and self._points_back(sentences[index].span.start)
        ):
            return True
        if paragraph + 1 >= len(document.paragraphs):
            return False
        return self._points_back(document.paragraphs[paragraph + 1].span.start)

    def _points_back(self, start: int) -> bool:
        """Whether the sentence at ``start`` opens by pointing back at a quote
        and names its speaker."""
        document = self._document
        if _POINTS_BACK.match(document.text, start) is None:
            return False
        opening = document.sentence_at(start)
        if opening is None:
            return False
        end = opening.span.end
        return (
            opening.index in self._sentences
            or self._speech_verb(start, end)
            or _FROM_NAME.search(document.text, start, end) is not None
        )

    def _speech_quote_in(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._speech_starts, start)
        return i < len(self._speech_starts) and self._speech_starts[i] < end

    def _speech_verb(self, start: int, end: int) -> bool:
        """Whether a verb of speech stands outside quotation marks in
        ``start``..``end``: the speaker is named there even where the model
        could not tie them to the quote ('"...," Scott's niece, state Del.
        Ana Price (D-Newport), shouted to the crowd')."""
        document = self._document
        text = document.text
        verbs = (m for m in _LETTERS.finditer(text, start, end) if m.group().lower() in self._verbs)
        phrases = self._phrases.finditer(text, start, end)
        return any(document.quote_at(m.start()) is None for m in itertools.chain(verbs, phrases))


def unattributed_quotes(document: Document, context: CheckContext) -> Iterator[Finding]:
    credited = {i for attribution in document.attributions for i in attribution.quotes}
    speakers: _Speakers | None = None
    for quote in document.quotes:
        if not quote.is_speech or quote.index in credited or quote.parent is not None:
            continue
        if document.text[max(0, quote.start - 1) : quote.start] == "=":
            continue  # '<tweet author="@harbor">': a markup attribute's value, not speech
        if not _stands_alone(document, quote):
            continue
        speakers = speakers or _Speakers(document, context.lexicon)
        if speakers.in_reach(quote):
            continue
        yield context.finding(
            UNATTRIBUTED_QUOTE,
            quote.span,
            "quotation with no identifiable speaker",
            evidence=_where_we_looked(document, quote),
            suggestion="say who said it, for example '..., the minister said.'",
        )


@hookimpl
def mediacheck_checks() -> Sequence[Check]:
    return [Check([UNATTRIBUTED_QUOTE], unattributed_quotes)]
