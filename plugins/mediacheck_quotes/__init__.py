"""Built-in check: quotations of speech with no identifiable speaker."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mediacheck import Check, CheckContext, Document, Evidence, Finding, Rule, RuleExample, hookimpl

UNATTRIBUTED_QUOTE = Rule(
    slug="unattributed-quote",
    title="Quotation with no speaker",
    severity="warning",
    description=(
        "A direct quotation of speech whose speaker cannot be identified: no cue such as "
        "'said' or 'told reporters' with a source in the quote's sentence, the sentence "
        "before it or the one after, and no earlier quote it continues. Scare quotes "
        "('fatal') and quoted titles are not speech and are left alone."
    ),
    examples=[
        RuleExample(
            'Crowds gathered outside.\n\n"We will never give up on this town and its people."',
            flagged=['"We will never give up on this town and its people."'],
        ),
        RuleExample('"We will never give up on this town," the mayor said.'),
    ],
)


def unattributed_quotes(document: Document, context: CheckContext) -> Iterator[Finding]:
    credited = {i for a in document.attributions for i in a.quotes}
    for quote in document.quotes:
        if not quote.is_speech or quote.index in credited or quote.parent is not None:
            continue
        sentence = document.sentence_at(quote.start)
        evidence = (
            [Evidence("no speaker or speech cue found in this sentence", sentence.span)]
            if sentence
            else []
        )
        yield context.finding(
            UNATTRIBUTED_QUOTE,
            quote.span,
            "quotation with no identifiable speaker",
            evidence=evidence,
            suggestion="name who said it, e.g. '..., the minister said'",
        )


@hookimpl
def mediacheck_checks() -> Sequence[Check]:
    return [Check([UNATTRIBUTED_QUOTE], unattributed_quotes)]
