"""A party known only by its sector ("police", "protesters", "gunmen") whose phrase gives no country
is of the country its act is placed in ("in the southern city of Recife"): the place is the plainer
sign in a story that ranges over several countries.  Not for armies, not for named groups, and not
for meetings, visits and appeals, which happen where one side went."""

from __future__ import annotations


def _events(code_text, text: str) -> list[dict]:
    return code_text(text, "2025-03-12")


def _one(events: list[dict], word: str) -> dict:
    return next(e for e in events if e["evidence"]["event_text"] == word)


def test_police_and_gunmen_take_the_country_of_the_town_they_act_in(code_text):
    police = _one(_events(code_text, "Police fired tear gas on Tuesday in the southern city of Recife."), "fired")
    assert police["source_actor"] == "BRACOP", police
    assert "of the place its act happened" in police["actor"]["reason"]
    gunmen = _one(_events(code_text, "Gunmen attacked a bus on Tuesday near the northern town of Gao, "
                                     "killing five passengers."), "attacked")
    assert gunmen["source_actor"] == "MLIUAF", gunmen


def test_troops_are_not_placed_by_where_they_fight(code_text):
    """A Kyiv story reports Russian troops too: an army's country is not its battlefield's."""
    events = _events(code_text, "Troops shelled the village of Bakhmut in Ukraine on Tuesday.")
    shelled = next(e for e in events if e["cameo"].startswith(("19", "18")))
    assert not shelled["source_actor"].startswith("UKR"), events


def test_a_party_of_another_country_beside_it_keeps_the_side_unplaced(code_text):
    """'the rebel Free Syrian Army' read as 'the rebel' (and the FSA): the name says whose, not Lebanon."""
    events = _events(code_text, "The rebel Free Syrian Army on Monday shelled a Hezbollah post in Lebanon.")
    shelled = [e for e in events if e["cameo"].startswith(("19", "18"))]
    assert shelled and not any(e["source_actor"].startswith("LBN") for e in shelled), shelled


def test_people_seeking_refuge_are_not_of_where_they_arrived(code_text):
    events = _events(code_text, "Hundreds of people arrived in Kyrgyzstan on Monday seeking refuge.")
    assert not any(e["source_actor"].startswith("KGZ") for e in events if e["cameo"].startswith("02")), events


def test_rights_groups_named_by_their_cause_take_no_country_from_the_place(code_text):
    """'Rights groups condemned the arrest' in a story about one country: advocacy groups named only by
    their cause are as often international watchdogs as local ones, so the place says nothing of theirs;
    protesters there stay local."""
    events = code_text("Police arrested an opposition leader in Lusaka, Zambia, on Monday. Zambian officials said "
                       "the arrest was lawful and Zambia's police would charge him. Rights groups condemned the "
                       "arrest on Tuesday, and protesters marched in Lusaka.", "2025-03-12")
    condemned = [e for e in events if e["evidence"]["event_text"] == "condemned"]
    assert condemned and not condemned[0]["source_actor"][:3].strip("-"), events
