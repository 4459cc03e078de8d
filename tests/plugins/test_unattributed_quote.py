"""unattributed-quote: speech quotes with no speaker are reported, credited
and scare quotes are not, whatever the layout."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

import mediacheck
from mediacheck.strategies import Article, articles


def reported(text: str) -> list[str]:
    return [f.span.text for f in mediacheck.check(text, select=["unattributed-quote"])]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We will rebuild," the mayor said.', id="said-after"),
        pytest.param('The mayor said: "We will rebuild the bridge."', id="colon"),
        pytest.param('"We will rebuild," said Ana Costa, the mayor.', id="said-before-name"),
        pytest.param(
            '"We will rebuild," Costa said, "and we will do it this year."', id="split-quote"
        ),
        pytest.param(
            'Mayor Ana Costa spoke first. "We will rebuild," she said.\n\n'
            '"Nobody will be left behind by this council."',
            id="continuation-paragraph",
        ),
        pytest.param(
            "Strike ends\n\nThe union's leader, Mere Tane, spoke to members at the gate.\n"
            '"We did not win everything, but we won enough."',
            id="a-speaker-who-spoke-on-the-line-before",
        ),
        pytest.param("The minister called the plan ‘fatal’ for the region.", id="scare-quote"),
        pytest.param("Her new novel, “The Long Winter,” comes out in May.", id="title"),
        pytest.param(
            "Russia’s allies’ doubts about the ’90s deal don’t go away.", id="apostrophes"
        ),
        # precision first: where the article names someone who speaks, a quote
        # the model could not tie to them is not reported
        pytest.param(
            'She says the council must "stop pretending the money is there" and act.',
            id="woven-into-a-sentence",
        ),
        pytest.param(
            "The letter goes on:\n\n“Please explain why the ferry was sold in secret.”",
            id="introduced-by-a-colon",
        ),
        pytest.param(
            '"We will rebuild the pier before winter," the harbor\'s chief engineer, Ana '
            "Costa, 51, of Dover, who has run the port since 2019, shouted to the crowd.",
            id="speaker-after-a-long-aside",
        ),
        pytest.param(
            '"The pier is safe," said former harbor master and port board chair Ana Costa.\n\n'
            '"Nobody will be left behind by this council."',
            id="continuation-after-a-quote-and-its-verb",
        ),
        pytest.param(
            'Strike called\n\n"We have been left with no choice at all this winter."\n'
            "That was the verdict of Dele Okafor, the organiser, on Wednesday.",
            id="pointing-back-a-line-break-after-the-quote",
        ),
        pytest.param(
            'Strike called\n\n"We have been left with no choice at all this winter."\n\n'
            "That is the view of Ana Ruiz, who chairs the branch.",
            id="pointing-back-with-of-and-a-name",
        ),
        pytest.param(
            "The band’s biggest hit, “Harbor Lights Forever,” came out in May.",
            id="title-in-capitals",
        ),
        pytest.param(
            '— "Ferry to run all winter," by the Gazette\'s Ann Lee.', id="headline-with-byline"
        ),
        pytest.param(
            'The pier reopened.\n\n"We kept every plank we could."\n\n— Harbour master Ana Costa',
            id="credit-line-with-a-role-before-the-name",
        ),
        pytest.param(
            "‘I kept the lamp lit for forty years’: Ana Costa on the lighthouse\n\n"
            "The lighthouse closes on Friday.",
            id="headline-naming-its-speaker-after-a-colon",
        ),
        pytest.param(
            "Profile\n\n“We stayed because the boats stayed”: Costa on the harbour",
            id="one-name-and-on-after-a-colon",
        ),
        pytest.param(
            "‘We’ll take it’: Hawks coach on the decider\n\nThe game is on Thursday.",
            id="a-role-and-on-after-a-colon",
        ),
        pytest.param(
            'Ana Costa won the race. "I ran my own race," Costa said.\n\n'
            "The harbour was quiet afterwards.\n\n"
            "Costa crossed the line and fell to her knees.\n\n"
            '"This one is for my mother."',
            id="paragraph-about-a-speaker-credited-by-surname-alone",
        ),
    ],
)
def test_left_alone(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            'Crowds gathered outside the hall.\n\n"There is simply no money left for the parks."',
            '"There is simply no money left for the parks."',
            id="lone-paragraph",
        ),
        pytest.param(
            'Crowds gathered.\n\n"There is no money left."\n\n'
            "— and then the lights in Hale Park went out",
            '"There is no money left."',
            id="dash-line-that-names-no-one",
        ),
        pytest.param(
            "The hall was full. “Nobody asked the tenants what they wanted, not once.” "
            "The meeting ended at nine.",
            "“Nobody asked the tenants what they wanted, not once.”",
            id="mid-paragraph",
        ),
        pytest.param(
            "Nearly 38 percent of residents say rents are too high.\n\n"
            '"There is simply no money left for the parks."',
            '"There is simply no money left for the parks."',
            id="a-crowd-before-does-not-speak-it",
        ),
        pytest.param(
            "Crowds gathered.\n\n“We will take it all back”: the harbour at dusk and dawn",
            "“We will take it all back”",
            id="no-speaker-after-the-colon",
        ),
        pytest.param(
            'The mayor spoke first. "We will rebuild," she said.\n\n'
            "The harbour was quiet afterwards.\n\n"
            "She walked home alone.\n\n"
            '"This one is for my mother."',
            '"This one is for my mother."',
            id="a-paragraph-opening-with-a-pronoun-names-no-speaker",
        ),
        pytest.param(
            'Strike called\n\n"We have been left with no choice at all this winter." '
            "That was the mood of the meeting.",
            '"We have been left with no choice at all this winter."',
            id="pointing-back-that-names-no-one",
        ),
        pytest.param(
            'Strike called\n\n"We have been left with no choice at all this winter." '
            "The hall was quiet. That was the verdict of Dele Okafor.",
            '"We have been left with no choice at all this winter."',
            id="pointing-back-from-a-sentence-further-on",
        ),
        pytest.param(
            'Storm hits\n\n"The lights all went out together."\n'
            "That was how the night began for much of Harlow County.",
            '"The lights all went out together."',
            id="pointing-back-that-names-a-place",
        ),
    ],
)
def test_reported(text: str, quote: str) -> None:
    assert reported(text) == [quote]


def test_evidence_shows_where_a_speaker_was_looked_for() -> None:
    text = 'Crowds gathered outside the hall.\n\n"There is simply no money left for the parks."'
    (finding,) = mediacheck.check(text, select=["unattributed-quote"])
    notes = [e.note for e in finding.evidence]
    assert any("this sentence" in n for n in notes)
    assert any("sentence before" in n for n in notes)
    assert finding.suggestion


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(quotes=True))
def test_quotes_with_known_speakers_are_never_reported(article: Article) -> None:
    """Generated quotes all carry a speaker cue: none may be reported."""
    findings = mediacheck.check(
        article.text, select=["unattributed-quote"], published=article.published
    )
    assert findings == []
