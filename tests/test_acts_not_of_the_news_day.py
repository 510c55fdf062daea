"""Acts a story tells that are not acts of its day: a span from an undated start ("have intensified
attacks since the withdrawal started"), the contents of a work published before the story, and a
relationship built up over time are background; deaths in an accident are nobody's attack."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"
LEAD = "Officials met in the capital on Tuesday."

BACKGROUND = [
    ("The rebels have intensified attacks on the army since the peacekeepers began leaving.", "since (ongoing)"),
    ("Police have detained 40 protesters since the demonstrations began in December.", "since (ongoing)"),
    ("In a recently published report, the rapporteur criticized the junta's curbs on the press.",
     "In an earlier report"),
    ("In one of her earlier assessments, the envoy accused the army of torture.", "In an earlier assessment"),
    ("In a study released in 2023, the group accused the army of torture.", "In an earlier study"),
    ("The governor has developed a strong relationship with the Kenyan president.", "relationship built"),
    (("A judge adjourned the case of a reporter detained over his interviews with a retired general who "
      "criticized the president."), "someone in passing"),
    ("Doctors were struggling to save the lives of some of those critically wounded.", "those"),
    ("The flooding explained the gap between the number of villagers and those rescued.", "those"),
]
NEWS = [  # the sentence and the code of its act
    ("Police have detained 40 protesters since the demonstrations began on Monday.", "17"),
    ("In a report released on Tuesday, the group accused the army of torture.", "11"),
    ("In an interview on Monday, the minister accused Russia of lying.", "11"),
    ("The two countries established diplomatic ties on Monday.", "05"),
    ("Soldiers opened fire on a crowd that stormed the base.", "190"),  # a material act in passing
    ("A judge met a retired general who criticized the president on Monday.", "111"),  # dated
    ("Five soldiers were among those killed.", "19"),  # who the act's victims were
]


def _body(code_text, text: str) -> list[dict]:
    return [e for e in code_text(f"{LEAD} {text}", PUBLISHED) if e["evidence"]["sentence_index"] == 1]


@pytest.mark.parametrize(("text", "cue"), BACKGROUND)
def test_background_is_historical_with_its_cue(code_text, text, cue):
    events = [e for e in _body(code_text, text) if cue in e["evidence"]["modality_cue"]]
    assert events, text
    assert all(e["modality"] == "historical" for e in events)


@pytest.mark.parametrize(("text", "root"), NEWS)
def test_acts_of_the_day_stay_asserted(code_text, text, root):
    events = [e for e in _body(code_text, text) if e["cameo"].startswith(root)]
    assert events and all(e["modality"] == "asserted" for e in events), events


ACCIDENTS = [
    "A military helicopter crashed in the mountains on Monday, killing all nine soldiers on board.",
    "The ferry capsized off the coast and killed 40 migrants.",
]
ATTACKS = [
    "The navy sank the rebel boat on Monday, killing 20 fighters.",
    "A car bomb exploded near the market on Monday, killing nine people.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_deaths_in_an_accident_are_no_attack(code_text, text):
    assert not [e for e in code_text(text, PUBLISHED) if e["cameo"].startswith(("18", "19", "20"))]


@pytest.mark.parametrize("text", ATTACKS)
def test_a_doer_that_kills_still_attacks(code_text, text):
    assert [e for e in code_text(text, PUBLISHED) if e["cameo"].startswith(("18", "19"))]


WORK_TOLD_ON = ("The envoy was barred from the country on Tuesday, officials said. In one of his recently published "
                "assessments, Okafor criticized the junta's curbs on the press. Okafor alleged that journalists "
                "were persecuted. Okafor condemned the ban on Wednesday.")


def test_the_same_author_going_on_tells_the_works_content(code_text):
    events = {e["evidence"]["event_text"]: e for e in code_text(WORK_TOLD_ON, PUBLISHED)}
    assert events["criticized"]["modality"] == "historical"
    assert events["alleged"]["modality"] == "historical"
    assert events["alleged"]["evidence"]["modality_cue"] == "history told on (earlier work)"
    assert events["condemned"]["modality"] == "asserted"  # a date of its own: the day's news


def test_a_participle_clause_is_history_told_on_with_its_verb(code_text):
    events = code_text("Officials met in the capital on Tuesday. In 2019, rebels seized the town of Kuma. "
                       "They denounced the army, accusing the soldiers of abuses.", PUBLISHED)
    accusing = [e for e in events if e["evidence"]["event_text"] == "accusing"]
    assert accusing and all(e["modality"] == "historical" for e in accusing)
