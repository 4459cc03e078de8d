"""Who speaks a direct quote: the source mention the attribution model picks for it."""

from __future__ import annotations

import pytest

from mediacheck.analysis import analyse
from mediacheck.model import Attribution, SourceKind


def holding(text: str, words: str) -> list[Attribution]:
    """The attributions whose content holds ``words``."""
    at = text.index(words)
    document = analyse(text)
    return [a for a in document.attributions if a.content.start <= at < a.content.end]


class TestContractedSubjects:
    def test_pronoun_fused_with_its_auxiliary_speaks(self) -> None:
        """ "she's said" reads as "she has said": the pronoun is the source."""
        text = (
            "Since the flood in March, she's said the same thing at every town hall: "
            '"We will rebuild the bridge."'
        )
        (a,) = holding(text, "We will rebuild")
        assert a.source is not None and a.source.text == "she"
        assert a.cue.text.endswith("said")

    def test_fused_pronoun_starts_a_new_clause_after_a_reported_one(self) -> None:
        """A subordinate clause's report ends at the comma; the fused pronoun's quote is its own."""
        text = (
            "Ever since Omar Diaz declared his run last fall, he's repeated one line at every "
            'stop: "This town deserves better."'
        )
        attributions = analyse(text).attributions
        speakers = {a.source.text if a.source else None: a for a in attributions}
        assert "he" in speakers
        assert speakers["he"].content.text.endswith('"This town deserves better."')
        assert "This town" not in speakers["Omar Diaz"].content.text

    def test_plural_pronoun_with_ve(self) -> None:
        """ "They've argued that ...": "They" is the source."""
        (a,) = analyse('They\'ve argued that the toll "cannot pay for itself."').attributions
        assert a.source is not None and a.source.text == "They"


class TestRelayedQuotes:
    def test_according_to_takes_the_whole_quote_with_its_speaker(self) -> None:
        """'"A. B," Lee said, according to X': X relays all of A and B, not only B."""
        text = (
            "The two clashed over the budget. \u201cYou voted for it. You own it,\u201d Lee said, "
            "according to a recording of the meeting."
        )
        document = analyse(text)
        relayed = [a for a in document.attributions if a.cue.text == "according to"]
        assert len(relayed) == 1
        assert relayed[0].source is not None
        assert relayed[0].source.text == "a recording of the meeting"
        assert relayed[0].content.text.startswith("\u201cYou voted for it.")
        assert relayed[0].content.text.endswith("Lee said")
        # the speaker's own attribution stays: Lee said the words
        said = [a for a in document.attributions if a.cue.text == "said"]
        assert said and said[0].source is not None and said[0].source.text == "Lee"

    def test_according_to_relays_a_quote_closing_after_a_space(self) -> None:
        """'"... mean? " Lee asked, according to a transcript': the transcript relays it."""
        text = '"What does that mean? " Lee asked, according to a transcript of the interview.'
        (relayed,) = [a for a in analyse(text).attributions if a.cue.text == "according to"]
        assert relayed.source is not None
        assert relayed.source.text == "a transcript of the interview"
        assert relayed.content.text.startswith('"What does that mean?')

    def test_according_to_ends_with_a_quote_before_a_participle(self) -> None:
        """'According to X, Kelly was "incognito," sparking ...': the writer's participle."""
        text = 'According to some on Twitter, Kelly was "incognito," sparking a firestorm.'
        (a,) = analyse(text).attributions
        assert a.content.text == 'Kelly was "incognito,"'


class TestSubjectsAfterAnOpeningPhrase:
    def test_lower_case_pronoun_after_an_opener_introduces_a_colon_quote(self) -> None:
        """'But at home, she went back to her old slogan: "..."': the local "she" speaks."""
        text = (
            '"We will talk again soon," Lee said in Ottawa.\n\n'
            'But back in Denver, she went back to her old slogan: "Jobs first, always."'
        )
        (a,) = holding(text, "Jobs first")
        assert a.source is not None
        assert a.source.start == text.index("she went")

    def test_adverb_opening_a_sentence_is_no_subject(self) -> None:
        """'Shortly after ..., the office sent a statement saying': the office speaks."""
        text = (
            "Shortly after the hearing ended, the senator's office sent out a statement "
            'saying the board owes "the county an apology."'
        )
        (a,) = holding(text, "the county an apology")
        assert a.source is not None and a.source.text == "the senator's office"

    def test_lower_case_noun_phrase_after_an_opener_comma(self) -> None:
        """'At a dinner in May, the retired judge closed by quoting ...': the judge speaks."""
        text = (
            "At a dinner in May, the retired judge closed her talk by quoting an old motto: "
            '"Patience wins every appeal."'
        )
        (a,) = holding(text, "Patience wins")
        assert a.source is not None and a.source.text == "the retired judge"


def test_parent_of_a_count_is_one_subject() -> None:
    """'the 41-year-old father of two replied, "..."': the father speaks, the count is his."""
    text = 'Asked about the gap, the 41-year-old father of two replied, "It is meant for parents."'
    (a,) = holding(text, "It is meant")
    assert a.source is not None and a.source.text == "the 41-year-old father of two"


def content_of(text: str, cue: str) -> str:
    """The content of the one attribution whose cue is ``cue``."""
    (a,) = [a for a in analyse(text).attributions if a.cue.text == cue]
    return a.content.text


class TestContentsStopAtALaterClause:
    def test_report_in_an_opening_clause_ends_at_the_main_clause(self) -> None:
        """'Although she said A, at the hearing she said B': B is not part of A."""
        text = (
            "Although in May she said her choice of lawyer was a mistake, at the hearing "
            'this week she said she did not think it was "a lapse in judgment."'
        )
        speakers = holding(text, "a lapse in judgment")
        assert speakers and all(a.cue.start > text.index("at the hearing") for a in speakers)
        first = min(analyse(text).attributions, key=lambda a: a.cue.start)
        assert first.content.text == "her choice of lawyer was a mistake"

    def test_main_clause_without_a_cue_ends_the_opening_clause_report(self) -> None:
        """'When Lee argued A, the council voted ...': the vote is not what Lee argued."""
        text = "When Lee argued that the port would close, the council voted to keep it open."
        assert content_of(text, "argued") == "the port would close"

    def test_relative_clause_closed_inside_the_content_stays_in_it(self) -> None:
        """'said that the plan, which he called fair, would pass': one content, nested."""
        text = "He said that the plan, which he called fair, would pass in May."
        assert content_of(text, "said") == "the plan, which he called fair, would pass in May"

    def test_relative_clause_ending_the_sentence_has_its_own_speaker(self) -> None:
        """'criticised the donors, who he said are "far" less loyal': the quote is "he said"'s."""
        text = (
            "In a speech on Friday, Ruiz criticised the donors, who he said are "
            '"far less loyal" than the unions.'
        )
        (inner,) = [a for a in holding(text, "far less loyal") if a.cue.text == "said"]
        assert inner.source is not None and inner.source.text == "he"
        assert "far less loyal" not in content_of(text, "criticised")

    def test_as_aside_keeps_the_main_clause_as_its_content(self) -> None:
        """'As Lee argued, the port will close': the main clause is what Lee argued."""
        text = "As Lee argued last week, the port will close by June."
        assert content_of(text, "argued") == "the port will close by June"

    def test_cue_closing_an_opening_phrase_reports_nothing_after_its_comma(self) -> None:
        """'In a string of posts, Lee lamented "...": the quote is Lee's alone."""
        text = (
            "In a string of Facebook posts, Lee lamented how hard it is to win "
            '"when the board gives no help at all."'
        )
        (a,) = holding(text, "no help at all")
        assert a.source is not None and a.source.text == "Lee"

    def test_cue_word_closing_an_opening_clause_after_abbreviations(self) -> None:
        """'While predicting ... Mr. Lee's political hopes, Ms. Lane sighed: "..."': hers."""
        text = (
            "While predicting the scandal would not end Mr. Lee's political hopes, "
            'Ms. Lane sighed: "It is more pain."'
        )
        (a,) = holding(text, "more pain")
        assert a.source is not None and a.source.text == "Ms. Lane"

    def test_report_after_an_opening_phrase_keeps_the_clause_after_its_comma(self) -> None:
        """'In several cases, executives say, they were asked ...': the clause is theirs."""
        text = "In several cases, tech executives say, they have been asked to keep posts online."
        assert content_of(text, "say") == "they have been asked to keep posts online"


class TestOutletsRelayingASpeaker:
    def test_postposed_report_relays_the_speakers_clause_with_the_quote(self) -> None:
        """'Lee said: "...," the Times reported': the paper relays the whole clause."""
        text = (
            "Asked how the ban would affect Vale, Lee said: "
            '"There will be exceptions," the Times reported.'
        )
        relayed = content_of(text, "reported")
        assert relayed.startswith("Asked how the ban") and relayed.endswith('exceptions,"')
        assert content_of(text, "said") == '"There will be exceptions,"'

    def test_quote_after_a_colon_is_the_postposed_speakers_own(self) -> None:
        """'Lee hinted at it: "...," he told the paper': "told" holds the quote alone; the
        first content stops where the later clause begins."""
        text = 'Lee hinted at it: "We may leave," he told the paper.'
        assert content_of(text, "told") == '"We may leave,"'
        assert "told" not in content_of(text, "hinted")


class TestQuotesInASentenceWithItsOwnSubject:
    def test_quote_after_the_subjects_cue_is_not_the_earlier_speakers(self) -> None:
        """A new paragraph whose subject sends an email saying "..." speaks the quote."""
        text = (
            '"We lost the vote," Ann Lee said in a statement.\n\n'
            "The Vale campaign sent a fundraising email on Friday saying that the budget "
            'is "wrecking the county for all of our working families."'
        )
        (a,) = holding(text, "wrecking the county")
        assert a.source is not None and a.source.text == "The Vale campaign"

    def test_postposed_cue_of_the_clause_before_the_quote_speaks_it(self) -> None:
        """'..., the aide said, while others "..."': the aide, not the earlier speaker."""
        text = (
            '"We lost the vote," Ann Lee said.\n\n'
            "Vale spent the night at home with his family, the aide said, while others "
            '"did not know what to do with the news at all."'
        )
        (a,) = holding(text, "did not know what")
        assert a.source is not None and a.source.text == "the aide"

    def test_quote_opening_its_sentence_still_continues_the_speaker(self) -> None:
        """'"A," Lee said. "B."': the next quote is Lee's run."""
        text = '"We lost the vote," Ann Lee said. "The count was fair and we accept it."'
        (a,) = holding(text, "The count was fair")
        assert a.source is not None and a.source.text == "Ann Lee"

    def test_subject_inside_an_opening_quote_is_no_new_speaker(self) -> None:
        """'"A. It's B," Lee tweeted after Ross argued that "C."': "It's" is quoted words."""
        text = (
            "“We lost,” Ann Lee said.\n\n"
            "“She did it again and I will say it again. It’s wrong to call that plan a tax "
            "cut,” Lee tweeted after Ross argued for the second straight debate that “if "
            "everyone had voted as he voted, we would not have saved the mill.”"
        )
        speakers = holding(text, "saved the mill")
        assert speakers
        assert all(a.source is None or a.source.text != "It’s" for a in speakers)


class TestPronounOfTheNearestClause:
    def test_participle_after_a_concessive_clause_belongs_to_its_pronoun(self) -> None:
        """', though in an interview he used harsher words, saying "..."': "he" speaks, and
        the first verb's content stops at the comma before "though"."""
        text = (
            "The senator defended the plan last month, though in an interview last week he "
            'used harsher words, saying the tax "must be scrapped."'
        )
        (a,) = holding(text, "must be scrapped")
        assert a.source is not None and a.source.text == "he"
        assert content_of(text, "defended") == "the plan last month"

    def test_second_verb_after_a_when_clause_belongs_to_its_pronoun(self) -> None:
        """'X started the row when he raised Y and later said "..."': the local "he"."""
        text = (
            "Colonel Ray started the argument when he raised the 1995 bombing and later "
            'said, "It is not only one group."'
        )
        (a,) = holding(text, "not only one group")
        assert a.source is not None and a.source.text == "he"

    def test_colon_quote_after_but_he_belongs_to_that_clause(self) -> None:
        """'Reid said A, but he gave the Texan a compliment: "..."': "he" speaks."""
        text = (
            'Reid said the two men are "lightweights in the Senate," but he gave the Texan '
            'a backhanded compliment: "You always know where he stands."'
        )
        (a,) = holding(text, "You always know")
        assert a.source is not None and a.source.text == "he"

    def test_pronoun_inside_what_was_said_is_no_subject(self) -> None:
        """'Lee said he would run again, saying ...': the reported "he" is not the speaker."""
        text = 'Lee said he would run again, saying the party "needs a fighter now."'
        (a,) = holding(text, "needs a fighter")
        assert a.source is not None and a.source.text == "Lee"

    def test_pronoun_of_a_subordinate_clause_inside_a_content_is_no_subject(self) -> None:
        """'Ruiz said she would go since she had promised to, and pledged ...': Ruiz."""
        text = (
            "Ruiz said she would go to the hearing since she had promised to do so and "
            'pledged to be "open about every step."'
        )
        (a,) = holding(text, "open about every step")
        assert a.source is not None and a.source.text == "Ruiz"

    def test_main_clause_after_the_pronoun_takes_the_verb_back(self) -> None:
        """'..., when he had left, Lee praised the plan and warned that "..."': Lee warned."""
        text = (
            "After the vote, when he had left the hall, Lee praised the plan and warned "
            'that "it will cost a lot."'
        )
        (a,) = holding(text, "it will cost")
        assert a.source is not None and a.source.text == "Lee"


class TestInvertedSpeakers:
    def test_outlet_after_an_inverted_speaker_relays_the_quote(self) -> None:
        """'"...," said Ann Ray, head of a group, reports USA Today': the outlet relays."""
        text = (
            "“This rule tells our members they are not welcome,” said Ann Ray, executive "
            "director of Voters for Care, reports USA Today."
        )
        relays = [a for a in holding(text, "not welcome") if a.cue.text == "reports"]
        assert relays and relays[0].source is not None
        assert relays[0].source.text == "USA Today"

    def test_listener_after_an_inverted_speaker_is_no_source(self) -> None:
        """'"...," said Ann Ray, its head, told the Post': the Post was told; Ray speaks."""
        text = (
            "“We should stand with them,” said Ann Ray, a member of the platform panel, "
            "told the Post last month."
        )
        speakers = holding(text, "stand with them")
        assert speakers
        assert all(a.source is not None and a.source.text.endswith("Ann Ray") for a in speakers)


class TestPeopleOfARelativeClause:
    def test_participle_after_a_where_clause_belongs_to_its_people(self) -> None:
        """'..., where about 50 protesters had gathered, chanting "..."': the protesters."""
        text = (
            "Lee spoke outside the old mill, where about 50 protesters had gathered on "
            'Monday morning, chanting "no deal, no peace" after the talks failed.'
        )
        (a,) = holding(text, "no deal")
        assert a.source is not None and a.source.text == "about 50 protesters"

    def test_participle_after_an_in_which_clause_belongs_to_its_people(self) -> None:
        """'an ad in which children smash a dollhouse, yelling "..."': the children."""
        text = (
            'The campaign began with a web ad, "Playing Lee," in which children use a toy '
            'figure to smash a dollhouse, yelling "eminent domain!"'
        )
        (a,) = holding(text, "eminent domain")
        assert a.source is not None and a.source.text == "children"


class TestSubordinateClauseAfterAQuote:
    def test_though_clause_after_a_quote_is_no_postposed_speaker(self) -> None:
        """'..., "...," though she noted ...': "though" opens a clause of its own, whose
        pronoun speaks what follows its verb, not the quote before it."""
        text = (
            'Mara Voss said she tours the valley because "the farms here matter," though she '
            "noted she has also visited the coast."
        )
        (quoted,) = holding(text, "the farms here")
        assert quoted.source is not None and quoted.source.text == "Mara Voss"
        (noted,) = holding(text, "visited the coast")
        assert noted.source is not None and noted.source.text == "she"

    def test_after_clause_following_a_split_quote(self) -> None:
        """'"A," Lee wrote, "B," after X expressed ...': the split quote stays Lee's."""
        text = (
            '"Good news," Dana Lee wrote last May, "the council backs me," after council '
            "spokesman Tom Ray expressed his support online."
        )
        (a,) = holding(text, "the council backs me")
        assert a.source is not None and a.source.text == "Dana Lee"


class TestParticipleAfterTheSubject:
    def test_speaking_to_an_outlet_leaves_the_speaker_the_subject(self) -> None:
        """'An official speaking to the Gazette said': the official speaks, not the paper."""
        text = 'A second city official speaking to the Gazette said, "The audit is not done."'
        (a,) = holding(text, "The audit")
        assert a.source is not None and a.source.text == "A second city official"

    def test_obtained_by_an_outlet_leaves_the_document_the_subject(self) -> None:
        """'A memo ... obtained by the Gazette warns': the memo warns."""
        text = 'A memo from the council obtained by the Gazette warns that "delay costs money."'
        (a,) = holding(text, "delay costs")
        assert a.source is not None and a.source.text.startswith("A memo")
        assert "Gazette" not in a.source.text

    def test_adverb_before_the_participle_is_not_the_head(self) -> None:
        """'A textbook just published for pupils explains': "just" is no part of the subject."""
        text = 'A new civics textbook just published for pupils explains "the value of votes."'
        (a,) = holding(text, "the value of votes")
        assert a.source is not None and a.source.text.startswith("A new civics textbook")

    def test_noun_in_ly_before_a_participle_stays_the_head(self) -> None:
        """'A family living near the mill said': "family" is the noun, not an adverb."""
        text = 'A family living near the mill said the water was "brown."'
        (a,) = holding(text, "brown")
        assert a.source is not None and a.source.text.startswith("A family")


class TestQuoteRunningIntoTheNextParagraph:
    TEXT = (
        "The meeting was calm.\n\n"
        "\u201cLee says what people think,\u201d Ray said. \u201cBut mayors cannot say "
        "anything they like. It has costs.\n\n"
        "\u201cI am not interested in that kind of politics,\u201d he continued."
    )

    def test_first_paragraph_goes_on_with_its_own_cue(self) -> None:
        """A quote left open at a paragraph's end and reopened after it: the first part is
        the point of the cue in its own paragraph."""
        (a,) = holding(self.TEXT, "But mayors cannot")
        assert a.source is not None and a.source.text == "Ray"

    def test_reopened_part_is_the_later_cues(self) -> None:
        (a,) = holding(self.TEXT, "I am not interested")
        assert a.source is not None and a.source.text == "he"
        assert a.content.text.startswith("\u201cI am not")

    def test_both_attributions_hold_the_quote(self) -> None:
        document = analyse(self.TEXT)
        long = next(q for q in document.quotes if "But mayors" in q.text)
        holders = [a for a in document.attributions if long.index in a.quotes]
        assert {a.source.text for a in holders if a.source} == {"Ray", "he"}

    def test_open_quote_opening_its_paragraph_stays_whole(self) -> None:
        """With no cue before it in its first paragraph, the quote is the later cue's."""
        text = 'The mood was grim. "We lost.\n\n"Now we rebuild," he said.'
        (a,) = holding(text, "We lost")
        assert a.source is not None and a.source.text == "he"
        assert a.content.text.startswith('"We lost.')


class TestParticipleAfterAQuoteCutIntoSentences:
    def test_subject_of_the_quotes_sentence_adds(self) -> None:
        """'Ray said they thought, "A. B," adding ...': a sentence break inside the quote
        leaves "adding" to the sentence's speaker, not to a word of the quote."""
        text = (
            'Ira Ray said he felt they were thinking, "We have won. It is done," adding, '
            '"And this was no time to rest."'
        )
        (a,) = holding(text, "no time to rest")
        assert a.source is not None and a.source.text == "Ira Ray"


class TestCapitalPronounAfterAnExclamation:
    def test_quote_inside_a_sentence_is_not_the_next_sentences(self) -> None:
        """'..., telling her, "...!" She thanked him': the quote is the telling one's."""
        text = (
            "In May, after Lee fell ill, Ray wrote to her, telling her, "
            '"you will be back soon!" She thanked him later.'
        )
        (a,) = holding(text, "back soon")
        assert a.source is not None and a.source.text == "Ray"

    def test_quote_opening_its_sentence_is_still_credited_after_it(self) -> None:
        text = 'The vote was close. "We are two votes short!" Lee shouted.'
        (a,) = holding(text, "two votes short")
        assert a.source is not None and a.source.text == "Lee"


class TestRoundUpOfVoices:
    TEXT = (
        "Who won the debate?\n\n"
        'Ann Lee, The Harbor Times: "It looked calm for a while. Then the wall came up. '
        "'He choked,' she said. That is the moment people recall.\"\n\n"
        'Jim Holt, author: "I am tired of being told whom to back."'
    )

    def test_cue_inside_an_introduced_quote_is_the_quoted_writers(self) -> None:
        """A quote inside a labelled voice's quote, with its cue, stays inside it."""
        (a,) = holding(self.TEXT, "It looked calm")
        assert a.source is not None and a.source.text == "Ann Lee, The Harbor Times"

    def test_label_with_a_role_names_the_voice(self) -> None:
        (a,) = holding(self.TEXT, "tired of being told")
        assert a.source is not None and a.source.text == "Jim Holt, author"

    def test_label_with_no_role_is_no_voice(self) -> None:
        """'Then Ray, smiling: "..."': a word after the comma that names no role."""
        text = 'Then Ray, smiling: "Fine."'
        assert all(
            a.source is None or "smiling" not in a.source.text for a in analyse(text).attributions
        )

    def test_quoted_paragraph_standing_alone_keeps_its_own_cue(self) -> None:
        """A paragraph quoted whole from elsewhere ('"'A,' Lee replied after ..."') still
        names its speaker by its own cue."""
        text = (
            "The interview raised doubts.\n\n"
            "\"'You don't win by counting states,' Lee replied before adding that she "
            'will win in March."'
        )
        attributions = holding(text, "counting states")
        assert any(a.source is not None and a.source.text == "Lee" for a in attributions)


class TestQuoteEndingItsSentenceInside:
    def test_capital_pronoun_after_a_quote_in_a_sentence_is_a_new_sentence(self) -> None:
        """'..., telling her, "...!" She replied that ...': "She" speaks only what follows."""
        text = (
            "In June, after Lee fell ill, Ray emailed her, telling her, "
            '"you are a star and we need you!" She replied to him that it was an "honor."'
        )
        told = holding(text, "you are a star")
        assert told and all(a.source is not None and a.source.text == "Ray" for a in told)
        (replied,) = [a for a in holding(text, "honor") if a.cue.text == "replied"]
        assert replied.source is not None and replied.source.text == "She"
        assert replied.content.text.startswith("it was")

    def test_quote_opening_its_sentence_keeps_the_pronoun_after_it(self) -> None:
        text = 'The count ended late. "Too close?" He tweeted when it was over.'
        (a,) = holding(text, "Too close")
        assert a.source is not None and a.source.text == "He"


class TestWhereTheWordsWerePut:
    def test_medium_between_subject_and_verb_is_no_source(self) -> None:
        """'Lee in a statement said': the statement is where, Lee who."""
        (a,) = holding('Dana Lee in a statement said the plan was "a disgrace."', "disgrace")
        assert a.source is not None and a.source.text == "Dana Lee"

    def test_second_verb_after_a_medium_shares_the_subject(self) -> None:
        """'Lee backs Ray and in a brief interview praised ...': one subject, two verbs."""
        text = 'Dana Lee backs Ray and in a brief interview praised his "brave campaign."'
        (a,) = holding(text, "brave campaign")
        assert a.source is not None and a.source.text == "Dana Lee"

    def test_credited_with_a_quote_reports_words(self) -> None:
        """'credited him for "..."' gives the subject's words; 'credited the rise to ...' none."""
        text = (
            '"It was close," Kim Jackson said.\n\n'
            "Dana Lee, the chair of the party, is backing Ray and in a statement credited "
            'him for "a brave and decent campaign."'
        )
        (a,) = holding(text, "brave and decent")
        assert a.source is not None and a.source.text == "Dana Lee"
        assert not analyse("Lee credited the rise to lower prices.").attributions

    def test_credit_as_a_noun_is_no_cue(self) -> None:
        text = 'To his credit, Ray published a column titled "Why I Still Object."'
        assert all(a.cue.text != "credit" for a in analyse(text).attributions)


class TestSubjectBeforeAnAside:
    def test_whom_clause_after_the_subject_leaves_it_the_speaker(self) -> None:
        """'Senator X, for whom Ray once worked, ..., telling one aide: "..."'."""
        text = (
            '"It is all noise," Bo Tusk said.\n\n'
            "Also before the vote, Senator Ann Ruiz, for whom Ray once worked, privately "
            'voiced doubts about him, telling one aide: "It is all noise."'
        )
        (a,) = holding(text, "aide")
        assert a.source is not None and a.source.text == "Senator Ann Ruiz"

    def test_courtesy_title_inside_a_whom_clause_ends_no_aside(self) -> None:
        """'Senator X, for whom Mr. Ray once worked, ...': the title's stop is no clause end."""
        text = (
            '"It is all noise," Bo Tusk said.\n\n'
            "Also before the vote, Senator Ann Ruiz, for whom Mr. Ray once worked, privately "
            'voiced doubts about Mr. Ray, telling one aide: "It is all noise."'
        )
        (a,) = holding(text, "aide")
        assert a.source is not None and a.source.text == "Senator Ann Ruiz"

    def test_whom_clause_before_the_cue_leaves_the_name_the_source(self) -> None:
        """'Lee, with whom Ray served, said that ...': the name before the aside says it."""
        (a,) = analyse(
            "Dana Lee, with whom Ray served on the board, said the plan was dead."
        ).attributions
        assert a.source is not None and a.source.text == "Dana Lee"

    def test_name_inside_a_who_clause_is_no_source(self) -> None:
        """'The nurse who ran three Boston Marathons before her knee gave out is talking
        about ...': the clause's names and clauses belong to the nurse."""
        text = (
            "The nurse who ran three Boston Marathons before her knee blew out is already "
            'talking about "a fierce urgency" to act.'
        )
        (a,) = holding(text, "fierce urgency")
        assert a.source is not None
        assert a.source.text.startswith("The nurse who")

    def test_adverb_set_off_by_a_comma_is_no_subject(self) -> None:
        """'Repeatedly, the hall filled with chants ...': an adverb opens the sentence."""
        text = 'Repeatedly, the hall filled with chants for the two, with signs saying "Go Joe!"'
        assert all(
            a.source is None or a.source.text != "Repeatedly" for a in analyse(text).attributions
        )


class TestParentheses:
    def test_aside_of_several_words_after_a_name_is_skipped(self) -> None:
        """'Del. Ana Ruiz (D-Hill County) shouted': the name before the aside speaks."""
        text = '"We will win this year!" Del. Ana Ruiz (D-Hill County) shouted to the crowd.'
        (a,) = holding(text, "We will win")
        assert a.source is not None and a.source.text == "Del. Ana Ruiz"

    def test_relative_clause_in_parentheses_is_skipped(self) -> None:
        """'The mayor (who took office in May) said': the mayor says it."""
        (a,) = analyse("The mayor (who took office in May) said that fares rose.").attributions
        assert a.source is not None and a.source.text == "The mayor"

    def test_parenthesis_inside_a_phrase_makes_no_subject(self) -> None:
        """'the dueling (and justified) fears it inspires': a noun, no verb after a subject."""
        assert not analyse("The dueling (and justified) fears it inspires are real.").attributions

    def test_subject_opening_a_parenthesis_speaks_inside_it(self) -> None:
        """'(Lee wrote that ...)': Lee, not the sentence around the parenthesis, and what was
        written ends with the parenthesis."""
        text = (
            "They argued about the trip (Lee wrote that the mayor was "
            '"comfortable asking the city to pay") and then left.'
        )
        (a,) = [a for a in holding(text, "comfortable") if a.cue.text == "wrote"]
        assert a.source is not None and a.source.text == "Lee"
        assert a.content.text == 'the mayor was "comfortable asking the city to pay"'

    def test_participle_opening_a_parenthesis_is_no_subject(self) -> None:
        """'(Having said that, ...)': a participle, no one who says."""
        text = "Taxes matter. (Having said that, some argue that they should be low.)"
        assert all(a.cue.text != "said" for a in analyse(text).attributions)


class TestVerbsReadAfterAQuote:
    def test_inverted_read_names_the_text(self) -> None:
        """'"...," read the statement': the statement says the quote, not someone reading."""
        text = '"We know the rules," read the statement, which was signed by Lee.'
        (a,) = holding(text, "We know")
        assert a.source is not None and a.source.text == "the statement"

    def test_reading_an_object_is_still_no_cue(self) -> None:
        """'the judge read his decision' after a quote reads, and says nothing."""
        text = '"We are here," he said, and the judge read his decision.'
        assert all(a.cue.text != "read" for a in analyse(text).attributions)

    def test_charged_after_a_quote_says_it(self) -> None:
        """'"...," Bolton charged.' and '"...," charged Bolton.' credit Bolton."""
        for text in ('"A disgrace," Bolton charged.', '"A disgrace," charged Bolton.'):
            (a,) = holding(text, "disgrace")
            assert a.source is not None and a.source.text == "Bolton"

    def test_charged_that_reports_a_claim(self) -> None:
        (a,) = analyse('Fitton charged that Ms. Lee "hid" the papers.').attributions
        assert a.source is not None and a.source.text == "Fitton"

    def test_charging_someone_with_a_crime_reports_nothing(self) -> None:
        """'charged the officer with murder', 'was charged with fraud': an indictment."""
        assert not analyse("Prosecutors charged the officer with murder on Monday.").attributions
        assert not analyse("He was charged with fraud on Monday.").attributions


class TestPrepositionOpeningASentence:
    def test_object_of_amid_is_no_subject(self) -> None:
        """'Amid union calls for action, ...': "calls" is a noun, the union calls nothing."""
        text = "Amid union calls for action, the mayor said the plan was dead."
        assert [a.source.text for a in analyse(text).attributions if a.source] == ["the mayor"]

    def test_participle_after_such_a_phrase_is_the_main_subjects(self) -> None:
        """'Alongside union calls for action, a top strategist said ..., saying "..."'."""
        text = (
            "Alongside union calls for action, even a top strategist said Lee will have to "
            'choose, saying, "At some point, she will have to come out."'
        )
        (a,) = holding(text, "At some point")
        assert a.source is not None and a.source.text == "a top strategist"


class TestVerbsListedFromAPastForm:
    @pytest.mark.parametrize("verb", ["continued", "stated", "remarked"])
    def test_noun_subject_after_a_quote_speaks(self, verb: str) -> None:
        """'"...," the letter continued.': a past form is no base form, whatever the subject."""
        text = f'"He was tired and wanted to go home," the letter {verb}.'
        (a,) = holding(text, "He was tired")
        assert a.source is not None and a.source.text == "the letter"
        assert a.cue.text == verb


class TestDashAsides:
    def test_aside_between_dashes_leaves_the_name_before_it_the_subject(self) -> None:
        """'Gingrich — named by the Herald as the leading choice — told ...': Gingrich."""
        text = (
            '"We had a sense of who he was," said Bo Tusk.\n\n'
            "On Friday, Gingrich — named by the Herald as the leading choice for the post — "
            'told a reporter that "you have to look at it very seriously."'
        )
        (a,) = holding(text, "very seriously")
        assert a.source is not None and a.source.text == "Gingrich"
        assert a.cue.text == "told"

    def test_what_is_said_inside_an_aside_ends_with_its_dash(self) -> None:
        """'The plan failed — Lee said it was doomed — and ...': Lee's words end at the dash."""
        text = "The plan failed — Lee said it was doomed — and the city moved on."
        (a,) = analyse(text).attributions
        assert a.content.text == "it was doomed"

    def test_as_aside_between_dashes_ends_at_its_dash(self) -> None:
        """'which — as columnist Ann Lee noted in the Herald — promises to "..."': the aside
        says nothing beyond its dash, and the quote is the ad's."""
        text = (
            "Her new ad, which — as columnist Ann Lee noted recently in the Herald — promises "
            'to "stop the rot," airs today.'
        )
        (noted,) = [a for a in analyse(text).attributions if a.cue.text == "noted"]
        assert noted.content.text == "recently in the Herald"

    def test_aside_adding_to_the_subject_is_no_aside(self) -> None:
        """'Leaders — and, in particular, Ann Reid — insisted': the group is not alone."""
        text = "Party leaders — and, in particular, Ann Reid — insisted that the tax wait."
        assert all(
            a.source is None or a.source.text != "Party leaders" for a in analyse(text).attributions
        )


class TestPhrasalParticiples:
    def test_participle_ending_in_a_particle_says_something(self) -> None:
        """'"A," Lee said, going on to contrast ... "B."': B goes on with the participle."""
        text = (
            '"This is what I know," Lee said, going on to contrast her plans with those of Ray. '
            '"So I would just say: look at the issues."'
        )
        (first,) = holding(text, "This is what")
        assert first.cue.text == "said" and "look at the issues" not in first.content.text
        (later,) = holding(text, "look at the issues")
        assert later.source is not None and later.source.text == "Lee"
        assert later.cue.text == "going on"

    def test_participle_ending_in_a_preposition_only_says_whom_about(self) -> None:
        """'..., he said, referring to Kerry': no claim of its own."""
        text = '"He will lose," Lee said, referring to Kerry.'
        assert [a.cue.text for a in analyse(text).attributions] == ["said"]


class TestAbsoluteOpeningClause:
    def test_with_clause_reports_up_to_its_comma(self) -> None:
        """'With leaders worried about X, Ray is rolling out a message: "..."': the worry
        ends at the comma, and the main clause's subject speaks the quote."""
        text = (
            "With party leaders increasingly worried about a lack of passion among young "
            'voters, Ray is rolling out a new campaign message: "It is about me."'
        )
        (worry,) = [a for a in analyse(text).attributions if "worried" in a.cue.text]
        assert worry.content.text == "about a lack of passion among young voters"
        (a,) = holding(text, "It is about me")
        assert a.source is not None and a.source.text == "Ray"


class TestThinkingOf:
    def test_think_of_something_holds_no_belief(self) -> None:
        """'What do you think of Lee privately saying "..."': Lee speaks, no one believes."""
        text = 'What do you think of Lee privately saying "pray for him" in response?'
        (a,) = holding(text, "pray for him")
        assert a.source is not None and a.source.text == "Lee"

    def test_think_of_someone_as_something_is_a_view(self) -> None:
        text = "Voters may think of him more as a gun control advocate than a businessman."
        (a,) = analyse(text).attributions
        assert a.source is not None and a.source.text == "Voters"


class TestPresentVerbBeforeAColon:
    def test_text_that_continues_speaks_the_quote(self) -> None:
        """'The letter continues: "..."': the letter, not the writers of the quote before."""
        text = (
            '"We want answers," the two write. "We do not understand the need."\n\n'
            'The letter continues: "As a former prosecutor, please explain the difference."'
        )
        (a,) = holding(text, "As a former prosecutor")
        assert a.source is not None and a.source.text == "The letter"


class TestSurnameParticles:
    @pytest.mark.parametrize("name", ["de Blasio", "dos Santos", "van Hollen"])
    def test_particle_belongs_to_the_name_after_a_comma(self, name: str) -> None:
        """'..., dos Santos says.': the particle is part of the postposed name."""
        text = f"The union will watch the case closely, {name} says."
        (a,) = analyse(text).attributions
        assert a.source is not None and a.source.text == name
        assert a.content.text == "The union will watch the case closely"

    def test_particle_inside_a_full_name(self) -> None:
        (a,) = analyse("Mayor Bill de Blasio said the roads were fine.").attributions
        assert a.source is not None and a.source.text == "Mayor Bill de Blasio"

    def test_particle_inside_a_paper_s_name(self) -> None:
        """'Gazzetta dello Sport says': the paper, not 'Sport'."""
        (a,) = analyse("Gazzetta dello Sport says the move is off.").attributions
        assert a.source is not None and a.source.text == "Gazzetta dello Sport"
        assert a.source_kind is SourceKind.OUTLET


class TestSubordinateClauseAfterTheSpeaker:
    def test_quote_after_an_after_clause_goes_on_with_the_speaker(self) -> None:
        """'"A," Lee told the Herald, after Ray stated X. "B."': B is Lee's, not Ray's."""
        text = (
            '"They are not terminable at will," spokesman Ron Lee told the Herald in July, '
            'after Ann Ray stated an interest in ending the deal. "These contracts are binding."'
        )
        (a,) = [a for a in holding(text, "These contracts") if a.cue.text == "told"]
        assert a.source is not None and a.source.text == "spokesman Ron Lee"
        assert not [a for a in holding(text, "These contracts") if a.cue.text == "stated"]

    def test_a_new_speakers_sentence_still_ends_the_run(self) -> None:
        text = '"We won," Lee said. Ray stated an interest in the deal. "We will sign it."'
        assert all(a.cue.text != "said" for a in holding(text, "We will sign"))


class TestParticipleOpeningASentence:
    def test_step_before_the_main_clause_is_its_subjects(self) -> None:
        """'After saying her foot was "swollen," she was taken ...': she said it."""
        text = 'After saying her right foot was "so swollen I could barely walk," she was taken in.'
        (a,) = [a for a in analyse(text).attributions if a.cue.text == "saying"]
        assert a.source is not None and a.source.text == "she"
        assert a.content.text == 'her right foot was "so swollen I could barely walk,"'

    def test_while_predicting_names_the_main_speaker(self) -> None:
        text = 'While predicting the scandal would pass, Ms. Kane sighed: "It is more pain."'
        (a,) = [a for a in analyse(text).attributions if a.cue.text == "predicting"]
        assert a.source is not None and a.source.text == "Ms. Kane"


class TestWordsGivenAfterAs:
    def test_time_after_the_words_given_ends_what_was_said(self) -> None:
        """'defended his aide as a "very decent man" Tuesday, hours after ...'."""
        text = (
            'Ray defended his campaign manager as a "very decent man" Tuesday, hours after '
            "the aide was charged with battery."
        )
        (a,) = [a for a in analyse(text).attributions if a.cue.text == "defended"]
        assert a.content.text == 'his campaign manager as a "very decent man"'

    def test_as_well_as_gives_no_words(self) -> None:
        text = 'Lee said they might include the delay as well as the "pause" in that package.'
        (a,) = analyse(text).attributions
        assert a.content.text.endswith("in that package")


class TestParticipleOpeners:
    @pytest.mark.parametrize(
        "text", ["Having said that, the mayor left.", "Being told that, Lee left."]
    )
    def test_participle_opening_a_sentence_is_no_speaker(self, text: str) -> None:
        """'Having said that, ...': a participle, no one named 'Having'."""
        assert all(
            a.source is None or a.source.text not in ("Having", "Being")
            for a in analyse(text).attributions
        )


class TestThingConcludingWith:
    def test_a_thing_ending_with_footage_reports_nothing(self) -> None:
        """'The spot concludes with footage of Lee saying "..."': the spot shows, Lee speaks."""
        text = (
            "The spot concludes with footage of Ann Lee saying on Monday, "
            '"That makes me careful," when she was asked about the budget.'
        )
        (a,) = holding(text, "That makes me careful")
        assert a.source is not None and a.source.text == "Ann Lee"

    def test_a_speaker_concluding_with_words_still_speaks(self) -> None:
        text = 'She concluded with a plea: "Fix the dam before the rains."'
        (a,) = holding(text, "Fix the dam")
        assert a.source is not None and a.source.text == "She"


class TestNameGivenInARelativeClause:
    """'what he calls X': the naming verb's content is the name, not the rest of the sentence."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Ms. Ortiz despises what she calls red tape, and has made vague promises of "
                'jobs that voters can "take to the bank," Mr. Hale said.',
                "red tape",
            ),
            (
                'He left after what he called a "stitch-up," a vote held while he was abroad.',
                'a "stitch-up,"',
            ),
            (
                'Ruiz attacked what he calls the "harbor cartel" and cast himself as an outsider.',
                'the "harbor cartel"',
            ),
            (
                'The board backed what Lee called a "let the towns decide" plan - giving each '
                "town a vote on the route.",
                'a "let the towns decide" plan',
            ),
        ],
    )
    def test_the_name_ends_where_the_clause_goes_on(self, text: str, name: str) -> None:
        (a,) = [a for a in analyse(text).attributions if a.cue.text in ("calls", "called")]
        assert a.content.text == name

    def test_a_quote_after_the_name_keeps_its_own_speaker(self) -> None:
        text = (
            "Ms. Ortiz despises what she calls red tape, and has made vague promises of "
            'jobs that voters can "take to the bank," Mr. Hale said.'
        )
        (a,) = holding(text, "take to the bank")
        assert a.source is not None and a.source.text == "Mr. Hale"

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "The mayor condemned what he called reckless, costly and cruel cuts.",
                "reckless, costly and cruel cuts",
            ),
            ('Lee rejected what she called "lies" and "smears."', '"lies" and "smears."'),
            (
                "They voted for what he calls the bridge and the tunnel plan.",
                "the bridge and the tunnel plan",
            ),
        ],
    )
    def test_a_series_or_a_pair_is_one_name(self, text: str, name: str) -> None:
        (a,) = [a for a in analyse(text).attributions if a.cue.text in ("calls", "called")]
        assert a.content.text.rstrip(".") == name.rstrip(".")


class TestNicknameInsideAName:
    """'Marcia "Cia" Price': the marks around a nickname make no quotation; the name is whole."""

    @pytest.mark.parametrize(
        ("text", "speaker", "words"),
        [
            (
                '"This is a big day for our town!" Mary "Mimi" Ward shouted.',
                'Mary "Mimi" Ward',
                "big day",
            ),
            ('"We are ready," said Juan “Chico” Soto, a deputy.', "Juan “Chico” Soto", "ready"),
            ('Mary "Mimi" Ward said the bridge would open in May.', 'Mary "Mimi" Ward', "bridge"),
        ],
    )
    def test_the_whole_name_speaks(self, text: str, speaker: str, words: str) -> None:
        (a,) = holding(text, words)
        assert a.source is not None and a.source.text == speaker
        assert '"Mimi"' not in a.content.text

    def test_no_quotation_is_found_in_the_name(self) -> None:
        text = 'Mary "Mimi" Ward said the bridge would open in May.'
        assert analyse(text).quotes == ()

    @pytest.mark.parametrize(
        "text",
        [
            'Why Voters Felt "Invisible" In Ohio\n\nThe poll closed on Monday.',
            'Critics called Lee "Boss" Tuesday, and she laughed.',
        ],
    )
    def test_a_word_quoted_elsewhere_stays_a_quotation(self, text: str) -> None:
        assert len(analyse(text).quotes) == 1


class TestSpeakerAfterAQuestionOrExclamation:
    """'"Why now?" Lee's aunt asked': the tag after '?"' is the quote's sentence, not a new one."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ('"Why now?" Lee\'s aunt asked.', "Lee's aunt"),
            ('"Why now?" Lee\'s aunt, Mary Ward, asked.', "Lee's aunt, Mary Ward"),
            ('"Why now?" Tom Hale, the mayor\'s aide, asked.', "Tom Hale"),
            ('"We won!" Sen. Tom Hale (D-Ohio) shouted.', "Sen. Tom Hale"),
        ],
    )
    def test_the_tag_credits_the_quote(self, text: str, speaker: str) -> None:
        text = "Town news\n\n" + text  # a body paragraph, not a headline
        (a,) = holding(text, "?" if "?" in text else "!")
        assert a.source is not None and a.source.text == speaker

    @pytest.mark.parametrize(
        "text",
        [
            '"Is it over?" Lee\'s team asked the court to rule on Friday.',
            '"Why now?" Lee\'s aunt, a nurse, said the answer was plain.',
        ],
    )
    def test_a_new_sentence_after_the_quote_stays_one(self, text: str) -> None:
        """A verb with its own object or clause after it tells something new."""
        sentences = [s.text for s in analyse("Town news\n\n" + text).sentences]
        assert sentences[1] in ('"Is it over?"', '"Why now?"')


class TestNameAsideWithTitleOrParty:
    """'Lee's aunt, state Sen. Ann Ward (D-Ohio), said': the aside's name runs to its comma."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                '"We won," Ward\'s aunt, state Sen. Mary Ward, shouted to the crowd.',
                "Ward's aunt, state Sen. Mary Ward",
            ),
            (
                '"We won," Ward\'s aunt, Mary Ward (D-Ohio), shouted to the crowd.',
                "Ward's aunt, Mary Ward (D-Ohio)",
            ),
            (
                '"We won!" his aunt, former Gov. Mary Ward, shouted to the crowd.',
                "his aunt, former Gov. Mary Ward",
            ),
        ],
    )
    def test_the_noun_and_its_name_speak(self, text: str, speaker: str) -> None:
        (a,) = holding("Town news\n\n" + text, "We won")
        assert a.source is not None and a.source.text == speaker


class TestSubordinateClauseAfterAPostposedCue:
    """'"...," Lee tweeted after Ruiz argued that "..."': the clause after the tag has a
    speaker of its own, not 'Lee tweeted after Ruiz'."""

    @pytest.mark.parametrize("joint", ["after", "when", "because", "while"])
    def test_the_later_quote_is_the_clause_subjects(self, joint: str) -> None:
        text = (
            f'Town news\n\n"It is misleading," Lee tweeted {joint} Ruiz argued that "we would '
            'have lost the plant."'
        )
        (a,) = holding(text, "we would have lost")
        assert a.source is not None and a.source.text == "Ruiz"
        (b,) = holding(text, "It is misleading")
        assert b.source is not None and b.source.text == "Lee"

    def test_a_role_between_the_quote_and_the_name_is_still_the_name(self) -> None:
        text = 'Town news\n\n"We will win," Ohio state Sen. Ann Lee said on Monday.'
        (a,) = holding(text, "We will win")
        assert a.source is not None and a.source.text == "Ohio state Sen. Ann Lee"


class TestAdmittedInThePassive:
    """'She was admitted to the hospital': let in, no concession and no source."""

    @pytest.mark.parametrize(
        "text",
        [
            "Town news\n\nShe was admitted to the hospital on Monday.",
            "Town news\n\nTwelve refugees were admitted as well as three others who asked for "
            'shelter as "family."',
        ],
    )
    def test_nobody_admits_anything(self, text: str) -> None:
        assert all(not a.cue.text.endswith("admitted") for a in analyse(text).attributions)

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("Town news\n\nThe minister has admitted the plan had failed.", "The minister"),
            ("Town news\n\nIt was admitted that the dam was weak.", "It"),
        ],
    )
    def test_an_admission_still_reports(self, text: str, source: str) -> None:
        (a,) = [a for a in analyse(text).attributions if a.cue.text.endswith("admitted")]
        assert a.source is not None and a.source.text == source


class TestAgentlessPassiveInALaterClause:
    """'"...," Lee added, citing a job he is believed to want': the claim no one makes is
    the clause's, and the quote before it stays Lee's."""

    def test_the_quote_keeps_its_speaker(self) -> None:
        text = (
            'Town news\n\n"He will pick a tough judge," Lee added, citing a job he is widely '
            "believed to want."
        )
        (quote,) = [a for a in analyse(text).attributions if a.cue.text == "added"]
        assert quote.source is not None and quote.source.text == "Lee"
        (claim,) = [a for a in analyse(text).attributions if a.source is None]
        assert claim.content.text.startswith("citing a job he is widely believed")

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "Town news\n\nOnce a bill has 500 names, it must be considered for a vote.",
                "it must be considered for a vote",
            ),
            (
                "Town news\n\nAt least 50,000 visitors are expected to arrive this week.",
                "At least 50,000 visitors are expected to arrive this week",
            ),
        ],
    )
    def test_the_claim_is_its_clause(self, text: str, content: str) -> None:
        (claim,) = [a for a in analyse(text).attributions if a.source is None]
        assert claim.content.text.rstrip(".") == content


class TestNamedSubjectWithoutCueVerb:
    """A quote in a sentence a person's name opens, with no verb of speech before it, is
    that person's turn, not more of the speaker before."""

    def test_colon_after_a_name_and_a_verb_of_no_speech(self) -> None:
        text = (
            "The mayor posted a photo of himself with a pie. “Happy New Year!,” he tweeted. "
            "“The best pies are baked in Leeds.” Former mayor Ann Lee broke down what was "
            "wrong with the photo to the Leeds Post: “What he did was so careless. Not "
            "everyone eats pie.”"
        )
        (a,) = holding(text, "so careless")
        assert a.source is not None and a.source.text == "Former mayor Ann Lee"
        (tweet,) = holding(text, "baked in Leeds")
        assert tweet.source is not None and tweet.source.text == "he"
        assert "Ann Lee" not in tweet.content.text

    def test_after_but(self) -> None:
        text = (
            "“We will look at it,” Reyes says.\n\n"
            "But Reyes would not comment on an order signed by the governor “to protect "
            "privacy and fairness” for many state workers."
        )
        (a,) = holding(text, "privacy and fairness")
        assert a.source is not None and a.source.text == "Reyes"
        assert a.source.start > text.index("says")

    def test_no_name_no_turn(self) -> None:
        """'One ... is nicknamed "..."' names no one: the quote still runs on."""
        text = (
            "“I am tired,” Mr. Hale said. “We have worked all night.” One dresses so boldly "
            "that she is nicknamed “Sparkle, the bright one of the street.”"
        )
        (a,) = holding(text, "Sparkle")
        assert a.source is not None and a.source.text == "Mr. Hale"
