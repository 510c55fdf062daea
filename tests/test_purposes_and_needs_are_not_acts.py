"""What a thing is for, and what a speaker needs or wishes done, is not an act that happened: the
infinitive on a plain noun ("a campaign *to seize* the city"), after a passive ("aid was flown in *to
help* the victims"), after "need" ('"we need to expel him"'), a duty a speaker puts on the speaker's own
side ('"we must sanction them"') and a verdict on an act to be done ('"it would be good to meet"').
The act that is reported done in the same sentence stays asserted, and so do the infinitives that tell
a done act: a rank ("the first country to recognise"), a passive that takes the infinitive as its act
("were forced to flee"), a measure taken ("approved measures to ease"), a duty put on another party (a
demand) and a frame noun ("a decision to")."""

from __future__ import annotations

import pytest

# The second sentence of a story; the first (the lead) states the news and is read as news.
LEAD = "Officials met in the capital on Tuesday."


def _body(code_text, text: str) -> list[dict]:
    """The events of `text` read as the second sentence of a story, after LEAD."""
    return [e for e in code_text(f"{LEAD} {text}", "2025-03-12") if e["evidence"]["sentence_index"] == 1]


def _by_code(events: list[dict], code: str) -> list[dict]:
    return [e for e in events if e["cameo"] == code]


NOT_DONE = [
    # a purpose on a plain noun: the campaign happened, the capture is its aim
    ("The rebels called off their three-month campaign to seize the port city.", "192"),
    ("The army pressed its battle to retake the northern town from the militants.", "192"),
    ("The leaders began talks to end the war in Sudan.", "087"),
    # a purpose after a passive, which the parser may hang on the passive verb itself
    ("Further, about 9 million dollars was realized from the auction of fishing quotas to support coastal villages.",
     "051"),
    # a need the speaker states
    ('"We need to expel the Belgian ambassador," the Congolese foreign minister wrote on X.', "161"),
    ("Ghana needs to impose sanctions on the smugglers, the Ghanaian president said.", "163"),
    # a duty on the speaker's own side is no demand, and the act is not done
    ('"We must sanction the Venezuelan government," the Colombian foreign minister said.', "163"),
]


@pytest.mark.parametrize(("text", "code"), NOT_DONE)
def test_a_purpose_or_a_need_is_no_asserted_act(code_text, text, code):
    events = _by_code(_body(code_text, text), code)
    assert events, "the act is still coded, as not done"
    assert all(e["modality"] != "asserted" for e in events), [(e["modality"], e["evidence"]["modality_cue"])
                                                               for e in events]


def test_the_act_reported_beside_a_purpose_stays_asserted(code_text):
    events = _body(code_text, "Ethiopian troops attacked the rebels near Gondar to retake the airport.")
    assert [e["modality"] for e in _by_code(events, "190")] == ["asserted"]
    assert all(e["modality"] != "asserted" for e in _by_code(events, "192"))
    events = _body(code_text, "Two battalions were flown to the border to fight the insurgents.")
    assert [e["modality"] for e in events if e["cameo"].startswith("15")] == ["asserted"]


DONE = [
    # a rank tells the act done
    ("Brazil became the first country to recognize the new government of Bolivia.", "054"),
    # a passive whose infinitive is the act it tells
    ("The villagers were forced to flee to Chad.", "170"),
    # a measure taken is the act it takes
    ("The government approved a plan of measures to ease the restrictions on Cuban imports.", "081"),
    ("The government of Kenya has taken steps to support the rights of Somali girls in Kenya.", "051"),
    # a frame noun: the decision is the act decided
    ("Belgium condemned Rwanda's decision to expel the Belgian ambassador.", "161"),
]


@pytest.mark.parametrize(("text", "code"), DONE)
def test_an_infinitive_that_tells_a_done_act_stays_asserted(code_text, text, code):
    assert [e["modality"] for e in _by_code(_body(code_text, text), code)] == ["asserted"]


def test_a_measure_urged_or_promised_is_not_taken(code_text):
    """A measure taken is its act ("has taken steps to support"), but one urged, demanded or promised
    is not taken, nor is the act it would take."""
    for text in ("Activists protested in Nairobi, demanding the government take action to stop the killings of journalists.",
                 "Kenya will take steps to ease the restrictions on Somali traders."):
        events = [e for e in _body(code_text, text) if e["cameo"][:2] in ("08",)]
        assert events and all(e["modality"] != "asserted" for e in events), [(e["cameo"], e["modality"]) for e in events]
    events = _body(code_text, "The Kenyan government took action to stop the killings of journalists.")
    assert [e["modality"] for e in events if e["cameo"][:2] == "08"] == ["asserted"]


def test_a_duty_put_on_another_party_stays_a_demand(code_text):
    events = _body(code_text, "The Colombian foreign minister said Venezuela must release the detained journalists.")
    assert [(e["source_actor"], e["target_actor"], e["modality"]) for e in events if e["cameo"].startswith("10")] \
        == [("COLGOV", "VEN", "asserted")]
    events = _body(code_text, '"We must release the detained journalists," the Colombian foreign minister said.')
    assert not [e for e in events if e["cameo"].startswith("10")]


def test_a_verdict_on_an_act_to_be_done_praises_no_one(code_text):
    events = _body(code_text, '"It would be good to meet the Russian president," the French president said.')
    assert not _by_code(events, "051")
    events = _body(code_text, "The French president said it was important to meet the Russian president.")
    assert not _by_code(events, "051")
    assert all(e["modality"] != "asserted" for e in events)
    # a verdict on a thing done still praises
    events = _body(code_text, '"The ceasefire in Gaza is a positive step," the French president said.')
    assert [e["modality"] for e in _by_code(events, "051")] == ["asserted"]


def test_pressing_one_s_own_fight_demands_nothing(code_text):
    """'the army pressed its battle to retake the town' carries on its own fighting: no demand (10x) of
    anyone, and the retaking is the battle's aim; pressing for an act still asks for it."""
    events = _body(code_text, "The army pressed its battle to retake the northern town from the militants.")
    assert not [e for e in events if e["cameo"].startswith("10")]
    assert all(e["modality"] != "asserted" for e in _by_code(events, "192"))
    events = _body(code_text, "The European Union pressed for an end to the fighting in Sudan.")
    assert [e["cameo"][:2] for e in events] == ["10"]
