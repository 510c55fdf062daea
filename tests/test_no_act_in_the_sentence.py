"""Words that look like acts but report none: an attitude ("reluctant to"), the aim of another act
("imposed tariffs to pressure them to"), an emergency service sent with troops, an ordinary person's
remark or warning addressed to no party, and a word's sense the lexicon marks as no act (cameo "-":
"occupies 40 seats", "fought the blaze").  Each test sets the act beside its look-alike."""

from __future__ import annotations

import pytest

from eventwire.coding.lexicon import load_lexicon
from eventwire.errors import LexiconError

# The first sentence of a story (its lead) states the news: the sentences under test come after it.
LEAD = "Officials met in the capital on Tuesday."


def _asserted(code_text, text: str) -> list[dict]:
    """The asserted events of `text` read after LEAD."""
    return [e for e in code_text(f"{LEAD} {text}", "2025-03-12")
            if e["evidence"]["sentence_index"] >= 1 and e["modality"] == "asserted"]


def _codes(events: list[dict]) -> set[str]:
    return {e["cameo"] for e in events}


def test_reluctance_is_an_attitude_not_a_refusal(code_text):
    assert not _asserted(code_text, "Most villagers are reluctant to return to their homes.")
    assert not _asserted(code_text, "Lagos was hesitant to release the detained sailors.")
    # an explicit refusal stays one
    assert "1243" in _codes(_asserted(code_text, "Lagos refused to release the detained sailors."))


def test_pressure_put_by_another_act_is_its_aim_not_a_demand(code_text):
    events = _asserted(code_text, "Canada raised tariffs on Peruvian fish to pressure Lima to curb illegal fishing.")
    assert not any(c.startswith("10") for c in _codes(events)), events
    assert "163" in _codes(events)  # the tariffs themselves are the act
    # a demand voiced by a rally is still performed by it
    voiced = _asserted(code_text, "Farmers rallied in Lima to demand that the minister resign.")
    assert any(c.startswith(("10", "14")) for c in _codes(voiced)), voiced


def test_an_emergency_service_sent_with_troops_is_not_mobilised(code_text):
    events = _asserted(code_text, "Security forces, firefighters and ambulances had been dispatched.")
    # the forces are the sending side themselves (route "forces deployed"); the fire brigade and
    # ambulances sent with them are neither a side nor a force mobilised
    mobilised = [e for e in events if e["cameo"] in ("153", "154")]
    assert [(e["evidence"]["source_text"], e["evidence"]["target_text"]) for e in mobilised] == [
        ("Security forces", "")], events
    # people released together are all released
    freed = _asserted(code_text, "Ankara released the jailed reporters and two Dutch tourists on Monday.")
    assert {e["evidence"]["target_text"] for e in freed if e["cameo"] == "0841"} >= {
        "the jailed reporters", "two Dutch tourists"}, freed


def test_an_ordinary_persons_warning_to_no_party_is_their_view(code_text):
    assert not _asserted(code_text, "Rahman, a Dhaka dweller of ten years, warned against private clinics in the city.")
    assert not _asserted(code_text, "Okoro, an expatriate, praised the new tram line.")
    # addressed to a party, a resident's warning or criticism is an act of civilians
    kept = _asserted(code_text, "Jones, a local resident, warned the governor against raising taxes.")
    assert "130" in _codes(kept), kept


@pytest.mark.parametrize(("political", "other", "code"), [
    ("Russian troops occupied the town on Monday.", "The ruling party occupies 40 seats in the assembly.", "192"),
    ("The rebels fought the army near the border.", "Firefighters fought the blaze for hours.", "190"),
    ("The army fought against the rebels on Monday.", "The agency fought against poverty in the north.", "190"),
    ("Thousands protested the war on Monday.", "The former minister protested his innocence at the trial.", "141"),
    ("Prosecutors charged the journalist with treason.", "Private clinics there charge less than in Europe.", "112"),
    ("Gunmen killed 12 soldiers near the border.", "Senators killed the bill in committee.", "190"),
])
def test_a_sense_the_lexicon_marks_as_no_act_codes_nothing(code_text, political, other, code):
    assert code in _codes(_asserted(code_text, political)), political
    assert not any(c[:3] == code[:3] for c in _codes(_asserted(code_text, other))), other


def test_killing_a_bill_is_a_rejection(code_text):
    assert "120" in _codes(_asserted(code_text, "Senators killed the bill in committee."))


def test_no_act_is_only_for_verbs_and_nouns(tmp_path):
    path = tmp_path / "extra_patterns.tsv"
    path.write_text("id\tcameo\tpos\tlemma\tparticle\tobject\tmodifier\tprep\tnote\n"
                    "x.adj\t-\tADJ\tzzcalm\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon([path])
    assert "extra_patterns.tsv:2" in info.value.one_line() and "no act" in info.value.one_line()


def test_praise_of_a_thing_that_is_no_party_describes_it(code_text):
    described = _asserted(code_text, 'On Thursday, the Canadian trade minister said in a statement, "The Canada-EU '
                                     'wine sector is the model for fair and reciprocal trade."')
    assert "051" not in _codes(described), described
    assert "051" not in _codes(_asserted(code_text, "The Sudanese minister adds this is another achievement."))
    # praise of a party, or of an act by parties, stays
    assert "051" in _codes(_asserted(code_text, "The minister said Germany is a model partner."))
    assert "051" in _codes(_asserted(code_text, 'The envoy said the agreements between Kabul and the rebels '
                                                '"are a positive step."'))


def test_an_act_others_want_a_party_to_do_is_not_done(code_text):
    events = _asserted(code_text, "Voters want Manila to step up opposition to China.")
    assert "110" not in _codes(events), events
    assert "110" in _codes(_asserted(code_text, "Manila stepped up opposition to China."))


def test_accord_voiced_by_no_one_the_coder_can_name_is_nobodys_statement(code_text):
    assert not _asserted(code_text, "He agreed with President Joe Biden's recent remark that the country is "
                                    "on the move again.")
    kept = _asserted(code_text, "Macron agreed with President Joe Biden's recent remark.")
    assert "019" in _codes(kept), kept


def test_a_vehicle_on_its_route_visits_no_one(code_text):
    events = _asserted(code_text, "Police say the Khyber Express was traveling north from Quetta to Peshawar.")
    assert "042" not in _codes(events), events
    assert "042" in _codes(_asserted(code_text, "Modi traveled to Port Louis on Monday."))


def test_what_one_has_in_the_present_is_a_state_not_an_act(code_text):
    assert not _asserted(code_text, '"I have a commitment to the truth as I speak," the writer said.')
    assert "046" in _codes(_asserted(code_text, "Iran had talks with Russia on Monday."))


@pytest.mark.parametrize(("text", "code"), [
    ("Rebels held the passengers hostage in the jungle.", "181"),
    ("Pirates are holding the crew as hostages.", "181"),
    ("The militants were holding passengers as human shields.", "184"),
    ("The militants shot 10 hostages on Tuesday night.", "1823"),
    ("The militants killed the captives on Tuesday.", "1823"),
])
def test_what_is_done_to_captives_is_coded_as_such(code_text, text, code):
    codes = _codes(_asserted(code_text, text))
    assert code in codes and not codes & {"173", "190"}, codes


def test_holding_people_and_killing_soldiers_keep_their_codes(code_text):
    assert "173" in _codes(_asserted(code_text, "Police held the activists for two days."))
    assert "190" in _codes(_asserted(code_text, "The militants killed 10 soldiers on Tuesday."))


def test_an_in_person_summit_holds_no_person(code_text):
    codes = _codes(_asserted(code_text, "The leaders held an in-person Pacific Summit in Tokyo on Monday."))
    assert "173" not in codes and "044" in codes, codes


def test_people_displaced_by_fighting_were_expelled_by_no_party(code_text):
    assert not _asserted(code_text, "Some 8,000 herders were displaced last month by fighting between two clans.")
    assert not _asserted(code_text, "Heavy clashes displaced 3,000 families from the valley.")
    uprooted = code_text(f"{LEAD} Aid agencies say the war uprooted two million people in Sudan.", "2025-03-12")
    assert not [e for e in uprooted if e["evidence"]["sentence_index"] >= 1], uprooted  # not even as history
    # a party that drives people out still expels them (201)
    assert "201" in _codes(_asserted(code_text, "The militia displaced 3,000 families from the valley."))
