"""A story's background told in the grammar of news (a standing charge in the present, a reason, an
attitude, a war's tally, a habit, a concession, a thing's function, history the date rules miss) is not
an act of the story's day; the acts the same grammar reports as news stay asserted."""

from __future__ import annotations

import pytest

# The second sentence of a story; the first (the lead) states the news and is read as news.
LEAD = "Officials met in the capital on Tuesday."
PUBLISHED = "2025-03-12"


def _body(code_text, text: str) -> list[dict]:
    """The events of `text` read as the second sentence of a story, after LEAD."""
    return [e for e in code_text(f"{LEAD} {text}", PUBLISHED) if e["evidence"]["sentence_index"] == 1]


def _event(events: list[dict], word: str) -> dict:
    found = [e for e in events if e["evidence"]["event_text"] == word]
    found = found or [e for e in events if word in e["evidence"]["event_text"]]
    assert found, f"no event on {word!r} in {[e['evidence']['event_text'] for e in events]}"
    return found[0]


# (sentence, event word, modality, cue fragment)
BACKGROUND_IN_BODY = [
    ("Reporters cannot work in the province because the army has imposed a ban on the newspaper.", "imposed",
     "historical", "reason"),
    ("The treaty is seen as vital by those supporting closer Nordic defence ties.", "supporting",
     "historical", "attitude participle"),
    # (what a war uprooted is no party's expulsion at all: test_no_act_in_the_sentence)
    ("Aid agencies say the war destroyed 4,000 schools in Yemen.", "destroyed", "historical", "war tally"),
    ("Thousands of villagers fled to the town after frequent attacks by bandits.", "attacks", "historical",
     "habitual"),
    ("Despite protests by teachers, the ministry has so far refused to change the curriculum.", "protests",
     "historical", "despite"),
    ("A drone used to help soldiers share intelligence on the front crashed in Kenya.", "share",
     "hypothetical", "used to"),
    ("The Kenyan newspaper was known for its investigations into police abuses.", "investigations", "historical",
     "known for"),
    ("U.N. monitors in Mali have been attacked three times.", "attacked", "historical", "times"),
    ("The former ruling party seldom criticized Moscow.", "criticized", "historical", "past habit"),
    ("The ministry accuses the gang of robbing, kidnapping, looting and regularly attacking civilians.",
     "attacking", "hypothetical", "accuses of"),
    ("The bishop has been to Geneva to protest against the death penalty.", "protest", "historical", "been to"),
    (("The rebels threatened to kill the hostages unless the army freed activists held in military jails within "
     "24 hours."), "held", "historical", "held (standing)"),  # a deadline is no date of the holding
    (("Christians in the province have long been sidelined by a state policy requiring students to recite "
     "Islamic prayers."), "requiring", "historical", "provision"),
    ("The port has suffered more pirate attacks than any other in the region.", "suffered", "historical", "record"),
    ("India, for its part, has always said, \"No one is going to have joint patrols in the strait.\"",
     "patrols", "historical", "habitual"),
]


@pytest.mark.parametrize(("text", "word", "modality", "cue"), BACKGROUND_IN_BODY)
def test_background_told_as_news_is_not_an_act_of_the_day(code_text, text, word, modality, cue):
    event = _event(_body(code_text, text), word)
    assert event["modality"] == modality, text
    assert cue in event["evidence"]["modality_cue"], event["evidence"]["modality_cue"]


# (story, event word, cue fragment): history the date rules leave undated
HISTORY = [
    (("The reporter was detained on Monday. In 2021, she was arrested for filming the police during the "
     "arrest of a union leader."), "arrest", "during (2021)"),
    (("Iran said on Monday it would talk. But starting in June 2020, it slowly stopped implementing its "
     "commitments under the deal."), "stopped", "starting in"),
    (("The leaders met on Tuesday. It was not long ago that the two leaders were trading insults, prompting "
     "Spain to recall its ambassador."), "recall", "ago"),
]


@pytest.mark.parametrize(("text", "word", "cue"), HISTORY)
def test_history_the_dates_do_not_reach_is_historical(code_text, text, word, cue):
    events = code_text(text, PUBLISHED)
    event = _event([e for e in events if e["evidence"]["sentence_index"] == 1], word)
    assert event["modality"] == "historical", text
    assert cue in event["evidence"]["modality_cue"]


NEWS_IN_BODY = [
    ("The ministry accused the militia on Monday of shelling the town.", "accused"),  # a charge made: news
    # "as" tells time ("vote *on*" would be no stand at all: test_word_senses)
    ("The warning comes as the Senate prepares to vote for the sanctions.", "prepares"),
    ("Police arrested the protesters because they had blocked the highway.", "arrested"),  # a past act
    ("Despite Monday's attack on the convoy, the talks went ahead.", "attack"),  # a dated concession
    ("Russia used drones to attack the power plant.", "attack"),  # the active "used to" reports the attack
    ("The fighting killed 12 civilians in the north on Monday.", "killed"),  # a battle, not a war's tally
    ("Protesters denouncing the coup marched to parliament.", "marched"),
    ("Police repeatedly fired tear gas at the crowd on Monday.", "fired"),  # one day's repeated act
    ("The army freed the activists held in military jails on Monday.", "freed"),
    ("The bishop went to Geneva on Monday and met the minister.", "met"),
    ("Pakistan accused India of supporting the militants, a charge New Delhi quickly rejected.", "rejected"),
    ("The senate voted for a law banning the ruling party's militia.", "banning"),  # a rule adopted
    ("The bloc signed a joint declaration supporting the peace agreement.", "supporting"),  # a text's content
    ("The army did not say which weapons were used by the rebels to attack the bases.", "attack"),  # a use told
    ("A truce began at midnight on Friday, but sporadic fighting between the army and the rebels continued.",
     "fighting"),
    ("The police in the south detained the most protesters.", "detained"),  # a superlative is no record
    # a clause with its own subject and tense hung on a noun is the noun's content, not a participle on it
    ("The ministry issued a statement that two newspapers were being banned over their reporting.", "banned"),
]
REACTIONS = [
    # a perfect reacting to what the story has named is its news, and a concession of it is no background
    ("Police arrested the cleric on Monday. His followers marched despite the cleric's arrest.", "arrest"),
    ("Police arrested the editor on Monday. Rights groups have condemned the arrest and urged his release.",
     "condemned"),
    ("The army was accused on Monday of torture. The general has rejected the accusations.", "rejected"),
]


@pytest.mark.parametrize(("text", "word"), NEWS_IN_BODY)
def test_news_in_the_same_grammar_stays_asserted(code_text, text, word):
    event = _event(_body(code_text, text), word)
    assert event["modality"] == "asserted", (text, event["evidence"]["modality_cue"])


def test_the_lead_keeps_a_charge_in_the_present_as_news(code_text):
    events = code_text("The government accuses the rebels of killing 30 villagers.", PUBLISHED)
    accusation = _event(events, "accuses")
    assert accusation["modality"] == "asserted"


@pytest.mark.parametrize(("text", "word"), REACTIONS)
def test_a_perfect_reacting_to_the_story_stays_asserted(code_text, text, word):
    events = [e for e in code_text(text, PUBLISHED) if e["evidence"]["sentence_index"] == 1]
    event = _event(events, word)
    assert event["modality"] == "asserted", (text, event["evidence"]["modality_cue"])


# A story's top: the lead and the sentences after it still tell the news.
TOP = "Officials met in the capital on Tuesday. They talked for hours. The talks ended late."

STANDING_CHARGES = [
    ("Moscow also alleges the opposition party has broken its promise to disarm.", "alleges"),
    ("The junta blames the militia for the unrest in the south.", "blames"),
]


@pytest.mark.parametrize(("text", "word"), STANDING_CHARGES)
def test_an_undated_charge_in_the_present_deep_in_the_body_is_a_position_held(code_text, text, word):
    event = _event(_deep_in_body(code_text, text), word)
    assert event["modality"] == "historical", text
    assert "present simple" in event["evidence"]["modality_cue"]


@pytest.mark.parametrize(("text", "word"), STANDING_CHARGES)
def test_a_charge_in_the_present_near_the_top_is_news(code_text, text, word):
    assert _event(_body(code_text, text), word)["modality"] == "asserted"


PERFECT_STANCES = [
    ("Western diplomats have blamed the junta for the famine and called on donors to send food.", "blamed"),
    ("Western diplomats have blamed the junta for the famine and called on donors to send food.", "called on"),
    (("The European Union, through its programmes, has provided technical assistance and training to Nigerian "
     "judges."), "provided"),
    ("The military council has banned the export of raw cobalt.", "banned"),
]
PERFECT_NEWS = [
    # perfects that report the day's news: a punctual act, a figure, the moment, a speaker, a first person
    ("Washington has expelled two Russian diplomats.", "expelled"),
    ("The European Union has imposed sanctions on three Russian oil companies.", "imposed"),
    ("Peru has now banned the export of raw cobalt.", "banned"),
    ("The minister said the army has banned the export of raw cobalt.", "banned"),
    ("We have called on donors to send food.", "called on"),
    ("The governor has called for calm in the province.", "called"),  # an appeal is often the day's news
    ("The junta has banned the export of raw cobalt, according to the AFP news agency.", "banned"),  # sourced
    ("The rebels have refused to talk, but the army warned it would retake the town.", "warned"),  # own tense
    ("Western diplomats have blamed the junta for the famine, according to a statement on Wednesday.", "blamed"),
    ("Police blame the separatists for Monday's attack on the train.", "blame"),  # a charge over a dated act
    ("The indictment alleges that the mayor took bribes from builders.", "alleges"),  # a text's charge
]


def _deep_in_body(code_text, text: str) -> list[dict]:
    return [e for e in code_text(f"{TOP} {text}", PUBLISHED) if e["evidence"]["sentence_index"] == 3]


@pytest.mark.parametrize(("text", "word"), PERFECT_STANCES)
def test_an_undated_perfect_stance_deep_in_the_body_is_a_position_held(code_text, text, word):
    event = _event(_deep_in_body(code_text, text), word)
    assert event["modality"] == "historical", text
    assert "perfect stance" in event["evidence"]["modality_cue"]


@pytest.mark.parametrize(("text", "word"), PERFECT_NEWS)
def test_a_perfect_of_the_news_deep_in_the_body_stays_asserted(code_text, text, word):
    event = _event(_deep_in_body(code_text, text), word)
    assert event["modality"] == "asserted", (text, event["evidence"]["modality_cue"])


@pytest.mark.parametrize(("text", "word"), PERFECT_STANCES[2:])
def test_a_perfect_near_the_top_still_tells_the_news(code_text, text, word):
    event = _event(_body(code_text, text), word)
    assert event["modality"] == "asserted", (text, event["evidence"]["modality_cue"])


OWNED_MENTIONS = [
    # an undated event noun its doer owns, deep in the body (a paragraph with no date), names a known act
    ("The senator was critical of Norway's decision to withdraw from the fisheries pact.", "decision to withdraw"),
    ("The envoy highlighted the junta's violation of the fishing accord.", "violation"),
    ("Lindqvist's call for a Nordic defence union stems from doubts about Washington.", "call"),
]
OWNED_NEWS = [
    # a date, a news modifier or a pronoun owner (the person the story follows) keeps it the news
    ("The envoy highlighted the junta's violation of the fishing accord on Monday.", "violation"),
    ("The envoy praised Norway's latest decision to withdraw from the fisheries pact.", "decision to withdraw"),
    ("The senator spoke about his visit to Norway's fishing villages.", "visit"),
]


def _own_paragraph(code_text, text: str) -> list[dict]:
    """The events of `text` as a paragraph of its own after TOP (no date of the paragraph's to lend)."""
    return [e for e in code_text(f"{TOP}\n\n{text}", PUBLISHED) if e["evidence"]["sentence_index"] == 3]


@pytest.mark.parametrize(("text", "word"), OWNED_MENTIONS)
def test_an_owned_undated_event_noun_deep_in_the_body_is_background(code_text, text, word):
    event = _event(_own_paragraph(code_text, text), word)
    assert event["modality"] == "historical", text
    assert event["evidence"]["modality_cue"].endswith("(background)")


@pytest.mark.parametrize(("text", "word"), OWNED_NEWS)
def test_an_owned_event_noun_dated_new_or_the_protagonists_stays_asserted(code_text, text, word):
    event = _event(_own_paragraph(code_text, text), word)
    assert event["modality"] == "asserted", (text, event["evidence"]["modality_cue"])


def test_an_owned_event_noun_near_the_top_or_in_a_dated_paragraph_is_the_news(code_text):
    near_the_top = _event(_body(code_text, OWNED_MENTIONS[1][0]), "violation")
    dated_paragraph = _event(_deep_in_body(code_text, OWNED_MENTIONS[1][0]), "violation")
    assert near_the_top["modality"] == dated_paragraph["modality"] == "asserted"


STANDING_DENIALS = [
    ("The editor is on trial on spying charges which Washington has rejected as baseless.", "rejected"),
    ("The editor's lawyers have denied all the accusations.", "denied"),
]


@pytest.mark.parametrize(("text", "word"), STANDING_DENIALS)
def test_an_undated_perfect_denial_of_charges_in_the_body_is_a_position_held(code_text, text, word):
    event = _event(_own_paragraph(code_text, text), word)
    assert (event["modality"], event["evidence"]["modality_cue"]) == ("historical", "perfect denial (standing)")


def test_a_dated_denial_or_one_near_the_top_is_the_news(code_text):
    dated = _event(_own_paragraph(code_text, "The editor's lawyers denied all the accusations on Monday."), "denied")
    near_the_top = _event(_body(code_text, STANDING_DENIALS[1][0]), "denied")
    assert dated["modality"] == near_the_top["modality"] == "asserted"
