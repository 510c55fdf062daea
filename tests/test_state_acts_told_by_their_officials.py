"""A state-only act (deploying forces, freeing or arresting people) told in the passive with no doer
by an official of that state has the official's side as its doer; a killing told so, or an act told
by a UN official, keeps no doer."""

from __future__ import annotations

LEAD = "Gunmen stormed a bus in northern Mali on Monday. "


def _events(code_text, text: str, cameo_root: str) -> list[dict]:
    return [e for e in code_text(LEAD + text) if e["cameo"].startswith(cameo_root)]


def test_hostages_freed_in_an_officials_words_are_freed_by_that_state(code_text):
    freed = _events(code_text, "Malian army spokesman Souleymane Dembele said 40 hostages were freed.", "08")
    assert freed and freed[0]["source_actor"] == "MLIGOV"
    assert "no doer named" in freed[0]["actor"]["reason"]
    assert freed[0]["evidence"]["source_text"] == ""  # no words of the sentence name the doer


def test_a_killing_told_in_the_passive_keeps_no_doer(code_text):
    killed = _events(code_text, "Malian army spokesman Souleymane Dembele said 40 passengers were killed.", "19")
    assert killed and all(e["source_actor"] == "" for e in killed)


def test_an_act_told_by_a_un_official_keeps_no_doer(code_text):
    freed = _events(code_text, "A UN spokesman said 40 hostages were freed.", "08")
    assert freed and all(e["source_actor"] == "" for e in freed)


def test_people_freed_from_another_countrys_hands_are_not_freed_by_the_teller(code_text):
    freed = _events(code_text, "Two Malian citizens held by the government in Niger for a year were freed "
                               "on Thursday, officials in Mali said.", "08")
    assert freed and all(not e["source_actor"].startswith("MLI") for e in freed)
