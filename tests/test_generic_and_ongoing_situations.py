"""Generic statements (a rule of thumb, anyone's lot, a generic "you") and situations told as going on
(a busy doing, an event noun that "is happening", a progressive passive on a group, a trend) are not
acts of the story's day: no asserted event comes from them, while the acts beside them stay news."""

from __future__ import annotations

import pytest

# The story's first sentences (its lead, which states the news); the sentence tried comes after them.
OPENING = ("Officials met in the capital on Tuesday to discuss the crisis. The talks ended without a deal. "
           "Delegates left the city on Wednesday.")
PUBLISHED = "2025-03-14"


def _in_body(code_text, text: str) -> list[dict]:
    """The events of `text` read as the fourth sentence of a story, after OPENING."""
    return [e for e in code_text(f"{OPENING} {text}", PUBLISHED) if e["evidence"]["sentence_index"] == 3]


def _events_of(events: list[dict], word: str) -> list[dict]:
    found = [e for e in events if word in e["evidence"]["event_text"]]
    assert found, f"no event on {word!r}: {[e['evidence']['event_text'] for e in events]}"
    return found


NOT_ASSERTED = [
    # a comparative correlative states a rule of thumb, anywhere in a story (here as its lead)
    ("The more Moscow bullies Tbilisi, the more support Tbilisi gets from the West.", "bullies",
     "hypothetical", "the more"),
    # a generic "you" in a present "when" clause
    ("When you visit the old quarter, you see the damage of the war.", "visit", "hypothetical", "when you"),
    # a relative clause on an indefinite person: what is common, nobody's act
    ("Every family in the district knows someone who has been detained.", "detained", "historical",
     "someone who"),
    # an occupation: being busy doing something
    ("Beijing is busy intimidating Manila over the shoal.", "intimidating", "historical", "busy"),
]


@pytest.mark.parametrize(("text", "word", "modality", "cue"), NOT_ASSERTED)
def test_generic_statements_are_not_asserted_even_in_the_lead(code_text, text, word, modality, cue):
    for event in _events_of(code_text(text, PUBLISHED), word):
        assert event["modality"] == modality, text
        assert cue in event["evidence"]["modality_cue"], event["evidence"]["modality_cue"]


GOING_ON_IN_BODY = [
    ('"The fighting is happening in every town of the province," the envoy told the council.', "fighting",
     "happen"),
    ("Children in the camps are being deliberately targeted, the charity said.", "targeted", "being done"),
    ("More and more governments are recognizing the Palestinian state.", "recognizing", "more and more"),
    ("Armed gangs are increasingly attacking aid convoys on the highway.", "attacking", "trend"),
    # a class of people described by age is no count of occasions: the standing ban stays background
    ("The Taliban have barred girls ages 12 and older from attending secondary school.", "barred",
     "perfect stance"),
    ('"Their crackdown on the press is ongoing," the watchdog said.', "crackdown", "is ongoing"),
    # a habitual adverb on a past perfect or on a bare participle: many acts before the story's day
    ("The envoy said he had repeatedly urged the junta to free the prisoners.", "urged", "habitual"),
    ("Even after constantly threatening the journalists, the militia let them go.", "threatening", "habitual"),
    # what people in general or a bare plural class do in the present
    ('"Some even insult the ruling party on the radio," he said.', "insult", "what people do"),
    ("In Singapore, tourists visit clinics for cheap checkups.", "visit", "what people do"),
    # a habitual adverb on the agent's phrase of a past perfect
    ("Many of the detainees had been beaten, often by prison guards, the report said.", "beaten", "habitual"),
    # a process begun, a long refusal: situations, not acts of a day
    ("The junta has begun easing some of its curfew rules.", "easing", "process under way"),
    ("Poland and Hungary have declined to take part in the relocation scheme.", "declined", "perfect stance"),
    # what kind of body a name is; efforts stepped up over time
    ("She also chairs Amani-Kwetu, a charity that worked with the survey teams.", "worked", "relative clause on a kind"),
    ("Both powers have stepped up efforts to build ties with island states.", "efforts", "trend"),
]


@pytest.mark.parametrize(("text", "word", "cue"), GOING_ON_IN_BODY)
def test_situations_told_as_going_on_are_background_in_the_body(code_text, text, word, cue):
    for event in _events_of(_in_body(code_text, text), word):
        assert event["modality"] == "historical", text
        assert cue in event["evidence"]["modality_cue"], event["evidence"]["modality_cue"]


NEWS_IN_BODY = [
    ("When you visited Taipei this week, you met the new president.", "visited"),  # past "when": an act
    ("Police arrested everyone who attended the rally on Monday.", "arrested"),  # the main act is news
    ("The journalist is being held in Evin prison, his lawyer said.", "held"),  # one person named: news
    ("Fighting erupted in the border town on Thursday.", "Fighting"),  # an outbreak with its day
    ("The Taliban have barred 12 journalists from attending the briefing.", "barred"),  # a count: news
    ("Militants attacked a convoy near the border on Thursday, killing four soldiers.", "attacked"),
    ("Officials warn the fire is too big to put out.", "warn"),  # a plural of officials reporting a clause
    ("The opposition had criticized the president on Monday.", "criticized"),  # a past perfect with no habit
    ("The junta began easing its curfew rules on Monday.", "easing"),  # begun on a day: news
    ("Foreign cars are being imported through the port, the minister said.", "imported"),  # goods, not people
    ("The ministry has confirmed the discussions are happening.", "discussions"),  # no conflict noun
    ("The police say an investigation is underway into the sinking.", "investigation"),  # "underway": a start
    ("Police blamed the rebels for the attack, a charge the rebel group quickly rejected.", "rejected"),  # done to the kind
    ("The minister stepped up efforts to build ties with the islands on Tuesday.", "efforts"),  # dated: news
]


@pytest.mark.parametrize(("text", "word"), NEWS_IN_BODY)
def test_acts_beside_these_constructions_stay_asserted(code_text, text, word):
    for event in _events_of(_in_body(code_text, text), word):
        assert event["modality"] == "asserted", (text, event["evidence"]["modality_cue"])


def test_a_restraint_someone_is_only_warned_to_keep_is_no_refusal(code_text):
    text = "The lawyer said the arrest was a warning to others to refrain from discussing the election."
    for event in _events_of(_in_body(code_text, text), "discussing"):
        assert event["modality"] == "hypothetical"
        assert "to refrain" in event["evidence"]["modality_cue"]


@pytest.mark.parametrize("text", [
    "The opposition refrained from criticizing the president.",
    "Iran decided to refrain from attacking the base.",
])
def test_a_restraint_kept_or_decided_is_still_not_an_asserted_act(code_text, text):
    for event in _events_of(_in_body(code_text, text), "ing"):
        assert event["modality"] == "negated", (text, event["evidence"]["modality_cue"])


def test_what_someone_is_advised_not_to_do_is_no_refusal(code_text):
    text = "The bloc told member states that they should not close borders or stop the free movement of people."
    for event in _events_of(_in_body(code_text, text), "stop"):
        assert event["modality"] == "hypothetical", event["evidence"]["modality_cue"]


def test_a_refusal_in_the_speakers_own_modal_wording_is_still_made(code_text):
    events = _events_of(_in_body(code_text, "Hungary cannot accept the migrants."), "accept")
    assert all(e["modality"] == "asserted" and e["cameo"].startswith("12") for e in events)


@pytest.mark.parametrize(("text", "modality"), [
    # through conjuncts: "clear and united", "addressing and condemning"
    ("The council must be clear and united in addressing and condemning the coup, the envoy said.", "hypothetical"),
    ("The ministers were united in condemning the coup on Monday.", "asserted"),
])
def test_an_act_someone_must_be_firm_in_doing_is_not_done(code_text, text, modality):
    for event in _events_of(_in_body(code_text, text), "condemning"):
        assert event["modality"] == modality, event["evidence"]["modality_cue"]


@pytest.mark.parametrize(("text", "word", "modality"), [
    ('"The junta can\'t suppress our voices by banning newspapers," said the editor.', "banning", "hypothetical"),
    ("The government retaliated by announcing new tariffs on Monday.", "announcing", "asserted"),
    # a fronted by-phrase tells the act; the negation is the speaker's about something else
    ('"By banning people with ties to foreign groups, we are not asking about their intentions," he said.',
     "banning", "asserted"),
])
def test_the_means_of_an_act_only_possible_or_denied_is_not_done(code_text, text, word, modality):
    for event in _events_of(_in_body(code_text, text), word):
        assert event["modality"] == modality, event["evidence"]["modality_cue"]


@pytest.mark.parametrize(("text", "modality"), [
    # a present simple grant of power, even when the parser hangs it on the reporting verb
    (("The minister says this decree is aimed at the opposition party, and allows the government to seize "
      "the party's assets."), "hypothetical"),
    ("The junta allowed the government to seize the party's assets on Monday.", "asserted"),
])
def test_what_a_present_grant_allows_is_a_power_not_an_act(code_text, text, modality):
    for event in _events_of(_in_body(code_text, text), "seize"):
        assert event["modality"] == modality, event["evidence"]["modality_cue"]
