"""Acts a story names without reporting them done: purposes, obligations, guesses, lasting states,
provisions of a text, statistics and habits.  None of them is an asserted event; the act of the
sentence that does report something done stays asserted."""

from __future__ import annotations

import pytest

# The second sentence of a story; the first (the lead) states the news and is read as news.
LEAD = "Officials met in the capital on Tuesday."


def _body(code_text, text: str, published: str = "2025-03-12") -> list[dict]:
    """The events of `text` read as the second sentence of a story, after LEAD."""
    return [e for e in code_text(f"{LEAD} {text}", published) if e["evidence"]["sentence_index"] == 1]


def _readings(events: list[dict], word: str) -> list[tuple[str, str]]:
    """(modality, cue) of the events whose text starts with `word`."""
    return [(e["modality"], e["evidence"]["modality_cue"]) for e in events
            if e["evidence"]["event_text"].split()[0].lower() == word]


NOT_DONE = [
    # a verb coordinated with a purpose clause is a purpose too
    ("Police were sent to the district to disperse the crowds and arrest the organizers.", "arrest",
     "hypothetical", "to (purpose)"),
    ("The levies are aimed at raising revenue, protecting farmers and pressuring exporters to cut prices.",
     "pressuring", "hypothetical", "aimed at"),
    # an infinitive hanging on a noun says what the thing is for
    ("The country activated a standby force to combat terrorism.", "combat", "hypothetical", "force to"),
    ('"No one is going to have joint patrols to assist Vietnam," the ministry said.', "assist",
     "hypothetical", "patrols to"),
    # what one has (until a day) to do is not done
    ("The opposition has until Friday to challenge the ruling.", "challenge", "hypothetical", "have to"),
    # a hedging adverb makes the act a guess
    ("The militia was probably acting on orders from the army when it attacked the village.", "orders",
     "hypothetical", "probably"),
    # "seems to be preparing to": an evidential hedge over the frame
    ("Officials seem to be preparing to expel the diplomats.", "preparing", "hypothetical", "seem"),
    # a refusal recommended is not made
    ('"The council should reply by vowing never to negotiate with the junta."', "vowing", "hypothetical", "should"),
    # participles after a present "remain" are a lasting state
    ('"Civilians remain trapped, starved, shelled and displaced," the envoy said.', "displaced",
     "historical", "remains (standing)"),
    # a progressive participle on a noun: the holding goes on, it is not the story's act
    ("Lawyers for the migrants being held at the base filed a complaint.", "held", "historical", "being (standing)"),
    # a progressive already under way is background
    ("The Red Cross was already delivering food to the camps before the floods.", "delivering",
     "historical", "already (standing)"),
    # a habitual adverb on the subject of a present verb
    ("Norwegians, Danes, Finns and always the Americans, we're all patrolling the strait.", "patrolling",
     "historical", "habitual (standing)"),
    ("The minister has consistently criticized the ruling party.", "criticized", "historical", "habitual (standing)"),
    # a legal text's provision in the present
    ("Kenya's constitution guarantees the right to protest.", "guarantees", "historical", "provision (standing)"),
    # the content of an allegation or claim about another party is only alleged
    ("The opposition alleged that soldiers had beaten protesters in the capital.", "beaten",
     "hypothetical", "alleged that"),
    # the participle of a record summed over many occasions shares the record's reading
    ("The group has carried out several bombings, targeting police stations in the north.", "targeting",
     "historical", "repeated (standing)"),
    # an event noun measured by a figure
    ("Bilateral trade between Kenya and Uganda hit $2 billion, up 8% on the year.", "trade",
     "historical", "statistic (standing)"),
    # what one party says another is doing, in the present, characterises it: no act of a day
    ("The opposition says the government is confiscating its assets.", "confiscating", "hypothetical",
     "says: confiscating (present)"),
    # ... also where a quoted adverb makes the parser hang the subject on "is"
    ('The ministry said Iran is "flagrantly" defying the council.', "defying", "hypothetical",
     "said: defying (present)"),
    # a speaker's own undated account of verbal pressure on them
    ("The mayor said she and her aides had been threatened by unknown callers.", "threatened", "hypothetical",
     "said: threatened (own account)"),
    # an event noun a verb of seeking or weighing takes as object is a goal
    ("The junta is eyeing a trade agreement with Beijing.", "agreement", "hypothetical", "eyeing (sought)"),
    ("The council is weighing talks with the rebels.", "talks", "hypothetical", "weighing (sought)"),
    # what someone is warned or advised against is not done
    ("The UN cautioned Israel against launching an offensive on the city.", "launching", "hypothetical",
     "cautioned against"),
    # a habit hardly ever acted on, a condition, what a text's provision allows
    ("The former premier seldom criticized China in public.", "criticized", "historical", "past habit (standing)"),
    ("If Iran is willing to negotiate, talks can resume.", "willing", "hypothetical", "If"),
    ("The new law allows the government to confiscate party assets.", "confiscate", "hypothetical",
     "allows (provision)"),
    # an ultimatum's demand
    ("The group gave authorities 48 hours to comply.", "comply", "hypothetical", "gave hours to"),
    # an act striven for is not yet done
    ("Medics were struggling to rescue the villagers trapped by the flood.", "rescue", "hypothetical",
     "struggling to (unrealised)"),
]


@pytest.mark.parametrize(("text", "word", "modality", "cue"), NOT_DONE)
def test_acts_named_but_not_reported_done_are_not_asserted(code_text, text, word, modality, cue):
    readings = _readings(_body(code_text, text), word)
    assert readings, text
    assert all(r == (modality, cue) for r in readings), readings


REPORTED_DONE = [
    # the act the sentence reports stays asserted beside the guessed one
    ("The militia was probably acting on orders from the army when it attacked the village.", "attacked"),
    # a dated act joined to "remain" by a subject-less conjunct with its own object is no state
    ("The rebels remain in the hills and attacked a convoy on Monday.", "attacked"),
    ("Lawyers for the migrants being held at the base filed a complaint.", "filed"),
    ("The country activated a standby force to combat terrorism.", "activated"),
    # a dated account of a threat, and a witness's account of violence, report the act
    ("The mayor said she was threatened by police officers on Monday.", "threatened"),
    ("The farmer said he had been shot by soldiers.", "shot"),
    # a claim of one's own act reports it
    ("The militants claimed they had fired rockets at the airport.", "fired"),
    # a hedge over what an event noun was leaves the event
    ("Refineries were hit by what appears to be a ransomware attack on Wednesday.", "attack"),
    # a measure "to" act reports the act decided (only instruments and potentials name an end)
    ("The cabinet approved a measure to ease restrictions on charities.", "ease"),
    # a claim of a cooperative act is no allegation
    ("A rebel source claimed that the envoys have made concessions to the government.", "made"),
    # a protest voiced by an infinitive on its event noun is performed
    ("Police arrested journalists during a demonstration by reporters in Algiers to denounce censorship.", "denounce"),
    # a reported past act is reported; the news told first and its source after is the news
    ("The opposition said the government confiscated its assets on Monday.", "confiscated"),
    ("The government is confiscating the opposition's assets, officials said on Monday.", "confiscating"),
]


@pytest.mark.parametrize(("text", "word"), REPORTED_DONE)
def test_the_reported_act_beside_them_stays_asserted(code_text, text, word):
    readings = _readings(_body(code_text, text), word)
    assert readings and all(m == "asserted" for m, _ in readings), readings


def test_a_modal_on_the_negated_verb_itself_is_still_a_refusal(code_text):
    readings = [(e["cameo"][:2], e["modality"]) for e in _body(code_text, "Iran cannot accept the terms, the minister said.")]
    assert ("12", "asserted") in readings


def test_a_provision_in_the_headline_lead_is_its_news(code_text):
    events = code_text("New law guarantees the right to protest in Kenya.", "2025-03-12")
    assert _readings(events, "guarantees") == [("asserted", "")]


def test_requesting_anonymity_is_no_request_but_requesting_talks_is(code_text):
    anonymous = _body(code_text, "A diplomat, who requested anonymity, said the talks had stalled.")
    assert not [e for e in anonymous if e["cameo"].startswith("02")]
    asked = _body(code_text, "Kenya requested that the talks resume.")
    assert [e for e in asked if e["cameo"] == "020" and e["modality"] == "asserted"]


def test_an_act_done_without_is_not_done(code_text):
    """'Without sharing details, ...': the sharing did not happen; the main clause's act did."""
    events = code_text("Without giving details, the army said it had freed forty hostages.", "2025-03-12")
    giving = [e for e in events if e["evidence"]["event_text"] == "giving"]
    assert all(e["modality"] != "asserted" for e in giving), events
    assert any(e["cameo"].startswith("084") and e["modality"] == "asserted" for e in events), events


def test_expecting_another_party_to_act_is_a_forecast_not_an_appeal(code_text):
    """'expects North Korea to launch a missile' asks nothing of North Korea, and the launch is not
    asserted; 'wants Pakistan to stop' still asks; 'expects to sign' is the subject's own plan."""
    forecast = code_text("A Japanese admiral said he expects China to launch a new carrier.", "2025-03-12")
    assert not any(e["cameo"].startswith("02") for e in forecast), forecast
    assert not any(e["modality"] == "asserted" for e in forecast), forecast
    appeal = code_text("Lebanon wants Syria to stop the shelling.", "2025-03-12")
    assert any(e["cameo"].startswith("02") for e in appeal), appeal
    plan = code_text("Kenya expects to sign the trade deal next week.", "2025-03-12")
    assert any(e["cameo"].startswith("03") for e in plan), plan


def test_custody_told_as_a_state_is_background(code_text):
    """'workers held in Quetta prisons' are held, not arrested that day; 'protesters arrested on
    Monday' were."""
    held = code_text("The rebels demanded the release of activists held in Quetta prisons.", "2025-03-12")
    assert not any(e["cameo"] == "173" and e["modality"] == "asserted" for e in held), held
    arrested = code_text("Police freed forty protesters arrested on Monday.", "2025-03-12")
    assert any(e["cameo"] == "173" and e["modality"] == "asserted" for e in arrested), arrested


def test_a_possession_since_long_ago_is_background(code_text):
    """'having zero tariffs since 1997' is a state; 'Having imposed tariffs on Monday' was an act."""
    state = code_text("Chile is a model trader, having zero tariffs on wine since 1997.", "2025-03-12")
    assert not any(e["cameo"] == "163" and e["modality"] == "asserted" for e in state), state
    act = code_text("Having imposed tariffs on Monday, the president left for Florida.", "2025-03-12")
    assert any(e["cameo"] == "163" and e["modality"] == "asserted" for e in act), act


def test_two_clauses_offered_as_alternatives_assert_neither(code_text):
    events = _body(code_text, "Either the rebels signed the truce or they lied about it, the envoy said.")
    assert events and not [e for e in events if e["modality"] == "asserted"], events
    negated = _body(code_text, "Either Moscow wants to end the war or it does not want to end the war, the envoy said.")
    assert not [e for e in negated if e["modality"] == "asserted"], negated
    # one subject for both verbs still tells of an act, and a plain refusal stays asserted
    done = _body(code_text, "Rebels either killed or abducted the two traders.")
    assert "asserted" in {e["modality"] for e in done}, done
    refused = _body(code_text, "Hungary does not want to sign the accord.")
    assert ("asserted", "refusal: not") in [(e["modality"], e["evidence"]["modality_cue"]) for e in refused], refused
