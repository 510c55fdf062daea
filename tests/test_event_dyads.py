"""Every event is one dyad: one event per trigger and actor pair, and never an actor acting on itself
(one country, person or phrase on both sides; two groups that share a code are two actors)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import REPO, read_jsonl


def _pairs(events: list[dict]) -> Counter:
    return Counter((e["evidence"]["sentence_index"], e["evidence"]["event_start"], e["source_actor"],
                    e["target_actor"]) for e in events if e["source_actor"] and e["target_actor"])


def test_parties_acting_together_give_one_event_per_direction(code_text):
    events = code_text("However, Iran, Russia can work together to strengthen peace and security.", "2020-08-25")
    assert sorted((e["source_actor"], e["target_actor"]) for e in events if e["cameo"] == "060") == [
        ("IRN", "RUS"), ("RUS", "IRN")]


def test_no_actor_acts_on_itself_and_no_dyad_repeats_a_trigger(coder, shared_dir):
    from eventwire.ingest.records import article_from_record

    records = read_jsonl(REPO / "samples" / "articles.jsonl")
    records += read_jsonl(shared_dir / "corpora" / "voa_dev.jsonl")[:15]
    records.append({"id": "iran-russia", "date": "2020-08-25",
                    "text": (shared_dir / "examples" / "iran_russia_defense.txt").read_text(encoding="utf-8")})
    coded = coder.code([article_from_record(r, "test") for r in records])
    events = [e for c in coded for e in c.to_dict()["events"]]
    assert len(events) > 100
    assert [json.dumps(e["evidence"]["sentence"]) for e in events
            if e["source_actor"] and e["source_actor"] == e["target_actor"]
            and (len(e["source_actor"]) == 3 or (e["actor"]["name"] and e["actor"]["name"] == e["recipient"]["name"])
                 or e["actor"]["text"].lower() == e["recipient"]["text"].lower())] == []
    assert [k for k, n in _pairs(events).items() if n > 1] == []


def test_a_many_sided_act_is_each_partys_act_not_every_dyad(code_text):
    many = code_text("Brazil, Argentina, Chile, Peru and Colombia met in Lima on Monday.", "2024-05-01")
    assert sorted((e["source_actor"], e["target_actor"]) for e in many if e["cameo"] == "040") == [
        ("ARG", ""), ("BRA", ""), ("CHL", ""), ("COL", ""), ("PER", "")]
    two = code_text("Brazil and Argentina met in Lima on Monday.", "2024-05-01")
    assert sorted((e["source_actor"], e["target_actor"]) for e in two if e["cameo"] == "040") == [
        ("ARG", "BRA"), ("BRA", "ARG")]


def _dyads(events: list[dict], cameo_root: str) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(cameo_root)}


def test_the_party_in_the_objects_phrase_is_the_target(code_text):
    events = code_text("The United States issued a travel warning for Sri Lanka on Sunday.", "2019-04-22")
    assert ("USAGOV", "LKA") in _dyads(events, "13") or ("USA", "LKA") in _dyads(events, "13")
    events = code_text("Pakistan declared a ceasefire with India on Monday.", "2025-03-12")
    assert ("PAK", "IND") in _dyads(events, "087")


def test_a_participle_on_an_activity_is_done_by_the_activitys_doer(code_text):
    # drills encircling a country show force around it (150, recode "exercise encircling")
    events = code_text("China conducted military drills encircling Taiwan.", "2024-05-25")
    assert ("CHN", "TWN") in _dyads(events, "15")
    # the parser's clause reading of the same words ("the drills" as the participle's subject)
    events = code_text("A week after the vote, North Korea staged the naval drills encircling Yeonpyeong and "
                       "called them a warning.", "2024-05-25")
    assert any(src == "PRK" for src, _ in _dyads(events, "15")), events
    # the offensive and its targeting are one act, told twice in the sentence: one event, by Russia
    events = code_text("Russia launched an offensive targeting Kharkiv on Monday.", "2024-05-25")
    assert [e["source_actor"] for e in events if e["cameo_root"] == "19"] == ["RUS"], events
    # the object is a series of the activities: the participle is still on the activity
    events = code_text("Havana issued a series of warnings demanding that Washington lift its embargo.", "2024-05-25")
    assert ("CUBGOV", "USAGOV") in _dyads(events, "10"), events


def test_who_takes_credit_for_an_attack_made_it(code_text):
    events = code_text("The BLA took credit for attacking a military convoy.", "2025-03-12")
    assert [e["source_actor"] for e in events if e["cameo"].startswith("19")] == ["PAKREB"]


@pytest.mark.parametrize("text", [
    "Trump's tariffs targeting Canada and Mexico are aimed at cutting the deficit.",
    "The White House effort targeting fentanyl continues.",
])
def test_a_measure_that_targets_uses_no_force(code_text, text):
    assert not [e for e in code_text(text, "2025-03-12") if e["cameo"][:2] in ("18", "19", "20")]


def test_armed_forces_that_target_use_force(code_text):
    assert _dyads(code_text("Israeli jets targeted a Hamas command post.", "2024-05-01"), "19")


def test_a_subject_it_continues_the_previous_sentences_subject(code_text):
    events = code_text("The Baloch Liberation Army seized a train on Tuesday. It demanded the release of prisoners.",
                       "2025-03-12")
    demands = [e for e in events if e["cameo"].startswith("10")]
    assert demands and demands[0]["actor"]["text"] == "It" and demands[0]["source_actor"]


def test_it_after_a_thing_subject_is_that_thing_not_an_earlier_actor(code_text):
    events = code_text("The BLA attacked a bus on Monday. The convoy was passing through Kalat when it came under fire.",
                       "2025-03-12")
    assert not [e for e in events if e["evidence"]["sentence_index"] == 1 and e["target_actor"] == "PAKREB"]


def test_the_leader_of_a_led_force_is_its_source(code_text):
    events = code_text("US-led coalition air strikes killed 12 civilians.", "2025-03-12")
    assert any(e["source_actor"] == "USA" and e["cameo"].startswith("19") for e in events)
    assert not [e for e in code_text("A Russian-backed offensive began.", "2025-03-12") if e["source_actor"] == "RUS"]


def test_who_is_dead_killed_in_an_operation_is_its_target(code_text):
    events = code_text("The rebel commander is dead, killed in an airstrike by government forces.", "2025-03-12")
    killed = [e for e in events if e["cameo"].startswith("19")]
    assert killed and all(e["evidence"]["source_text"] != "The rebel commander" for e in killed)
    assert any(e["evidence"]["target_text"].endswith("commander") for e in killed)


def test_a_trigger_read_with_and_without_its_source_is_one_event_by_that_source(code_text):
    events = code_text("International reaction A U.S. State Department spokesperson expressed sorrow over "
                       "the lives lost and urged the Haitian government to act.", "2021-02-27")
    for word in ("expressed", "urged"):
        same = [e for e in events if e["evidence"]["event_text"].startswith(word)]
        assert same and all(e["source_actor"] for e in same), same


@pytest.mark.parametrize(("text", "source"), [
    ("The gang leader was killed in a gun battle with police on Friday.", "---COP"),
    ("Five civilians were wounded in an Israeli airstrike on Monday.", "ISR"),
    ("Three men were arrested in a raid by security forces.", "---COP"),
])
def test_an_agentless_passive_in_a_fight_is_done_by_the_other_side(code_text, text, source):
    passive = [e for e in code_text(text) if e["evidence"]["rule"] == "passive"]
    assert passive and all(e["source_actor"].endswith(source.strip("-")) for e in passive), passive
    assert all(e["evidence"]["source_text"] for e in passive)


@pytest.mark.parametrize("text", [
    "A gang leader was killed in a gun battle with police in Haiti on Friday.",
    "Five soldiers were killed in the ambush and the ensuing clash with militants in Mali on Monday.",
])
def test_a_fight_with_one_side_named_has_the_clauses_subject_as_the_other(code_text, text):
    """The fight's with-phrase names one side; who was killed (or fought) in it is the other."""
    fight = [e for e in code_text(text) if e["evidence"]["event_text"] in ("battle", "clash")]
    assert fight and all(e["source_actor"] and e["target_actor"] and e["source_actor"] != e["target_actor"]
                         for e in fight), fight
    assert all(e["evidence"]["source_text"] in ("A gang leader", "Five soldiers") for e in fight), fight


def test_a_verdict_in_the_words_of_no_nameable_party_is_no_event(code_text):
    lead = "Officials met on Tuesday. "
    nobody = code_text(lead + '"Griots are not just important," he said.')
    minister = code_text(lead + '"The attack is an attack on national security," Pakistani Interior Minister '
                                'Mohsin Naqvi said.')
    assert not [e for e in nobody if e["evidence"]["sentence_index"] == 1], nobody
    assert any(e["source_actor"].startswith("PAK") and e["cameo"] == "111" for e in minister), minister


def test_a_persons_possessive_on_an_arrest_names_the_arrested(code_text):
    events = code_text("Police detained the reporter on Monday. Rights groups condemned Jonathan Moyo's arrest "
                       "and Russia's expulsion of the diplomats.")
    arrest = [e for e in events if e["evidence"]["event_text"] == "arrest"]
    expulsion = [e for e in events if e["evidence"]["event_text"] == "expulsion"]
    assert arrest and all(e["evidence"]["target_text"].startswith("Jonathan Moyo") and e["target_actor"]
                          and not e["evidence"]["source_text"] for e in arrest), arrest
    assert expulsion and all(e["source_actor"] == "RUS" for e in expulsion), expulsion


def test_a_speaker_introduced_by_a_role_keeps_their_verdict(code_text):
    events = code_text('Officials met on Tuesday. "It is completely unacceptable that people are detained," '
                       "Rina Makaremba, a co-chairwoman of the rights group, said.")
    assert [e for e in events if e["evidence"]["sentence_index"] == 1 and e["cameo"].startswith("11")], events


def test_an_event_noun_a_light_verb_carries_with_no_party_named_tells_nothing(code_text):
    lead = "Officials met on Tuesday. "
    nobody = code_text(lead + "Health warnings have been issued and sporting events cancelled.")
    dated = code_text(lead + "Geir Pedersen issued his appeal on Friday.")
    assert not [e for e in nobody if e["evidence"]["sentence_index"] == 1], nobody
    assert [e for e in dated if e["evidence"]["sentence_index"] == 1], dated


def test_forces_reporting_an_operation_nobody_else_is_named_for_report_their_own(code_text):
    forces = code_text("Iraqi special forces said the commander was killed Thursday in an airstrike.")
    ministry = code_text("The Palestinian Health Ministry said 20 people were killed in an airstrike.")
    assert any(e["evidence"]["event_text"] == "killed" and e["source_actor"] == "IRQMIL" for e in forces), forces
    assert all(not e["source_actor"] for e in ministry if e["evidence"]["event_text"] == "killed"), ministry


def test_a_party_no_dictionary_knows_is_the_other_side_of_a_mutual_act(code_text):
    # "its neighbours" is coded as India (its = India): still the other party of the signing
    events = code_text("India and its neighbours signed a trade pact on Monday.", "2024-05-01")
    assert sorted((e["evidence"]["source_text"], e["evidence"]["target_text"]) for e in events
                  if e["cameo"] == "057") == [("India", "its neighbours"), ("its neighbours", "India")]


def test_parties_that_agree_on_something_agree_with_each_other(code_text):
    # an accord (019) among coordinated subjects is mutual, like signing or meeting
    events = code_text("Chile and Argentina agreed on a common position at the summit.", "2024-05-01")
    assert sorted((e["source_actor"], e["target_actor"]) for e in events if e["cameo"] == "019") == [
        ("ARG", "CHL"), ("CHL", "ARG")]


def test_a_date_owning_the_object_is_no_target(code_text):
    # "attend Monday's summit": the possessive is a date, not whose summit it is
    events = code_text("Macron will attend Monday's summit.", "2024-05-01")
    assert events and all(e["evidence"]["target_text"] != "Monday's" for e in events)


def test_a_meeting_with_a_partner_around_a_clause_is_held_by_its_subject(code_text):
    # route "talkers around" for a meeting that names only its partner
    events = code_text("The Kenyan president, in a meeting with Ethiopian Prime Minister Abiy Ahmed, "
                       "agreed to reopen the border.", "2024-05-01")
    assert ("KENGOV", "ETHGOV") in {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"][:2] == "04"}


def test_a_state_acting_on_its_own_agents_has_no_recipient_of_its_own_code(code_text):
    """'recalled its ambassador': the ambassador is the state's own, not the other side of a dyad."""
    events = code_text("The Kenyan government recalled its ambassador on Monday.", "2024-05-01")
    recalls = [e for e in events if e["cameo"].startswith("16")]
    assert [(e["source_actor"], e["target_actor"]) for e in recalls] == [("KENGOV", "")]
