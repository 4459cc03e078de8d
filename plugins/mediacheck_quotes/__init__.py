"""Built-in check: quotations of speech with no identifiable speaker.

The speakers themselves are found once, by the attribution stage of the
document model; this check only reports the speech quotes no attribution
claims, and shows where a speaker was looked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mediacheck import (
    Check,
    CheckContext,
    Document,
    Evidence,
    Finding,
    Quote,
    Rule,
    RuleExample,
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

Scare quotes (a word or short phrase held at a distance: 'fatal', 'war
rhetoric'), quoted titles and the values of markup attributes left in the
text (`author="..."`) are not speech and are never reported.
Quotes credited to an unnamed person ("a regular said") are credited: the
`anonymous-source` and `vague-attribution` rules judge those sources.
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
            "The minister called the plan ‘fatal’ for the region.\n",
            note="A scare quote is not speech.",
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


def unattributed_quotes(document: Document, context: CheckContext) -> Iterator[Finding]:
    credited = {i for attribution in document.attributions for i in attribution.quotes}
    for quote in document.quotes:
        if not quote.is_speech or quote.index in credited or quote.parent is not None:
            continue
        if document.text[max(0, quote.start - 1) : quote.start] == "=":
            continue  # '<tweet author="@harbor">': a markup attribute's value, not speech
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
