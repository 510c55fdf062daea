"""Recipients the parser hides in the object phrase: a preposition ending a coordinated object is the
verb's, though the parser hangs it on the phrase's last noun (one inside a clause of the phrase is
not); a party on the object's own phrase wins over a thing on the verb's; a border stands for the
country beyond it; an appeal for a meeting of a body is addressed to the body."""

from __future__ import annotations


def _dyads(events: list[dict], root: str) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(root)}


def test_a_recipient_ending_a_coordinated_object_is_the_verbs(code_text):
    """The parser hangs 'to Peru' on the last noun of the object phrase; it is where the things went."""
    events = code_text("Chile has sent emergency supplies and personnel such as doctors to Peru.", "2024-05-01")
    assert _dyads(events, "07") == {("CHL", "PER")}
    events = code_text("Chile has sent 100 armoured vehicles and a team of paratroopers to Peru.", "2024-05-01")
    assert _dyads(events, "07") == {("CHL", "PER")}


def test_a_preposition_inside_a_clause_of_the_object_is_not_the_verbs(code_text):
    events = code_text("Three activists were detained while investigating a Chilean company that produced shoes "
                       "for Peru.", "2024-05-01")
    assert {t for _, t in _dyads(events, "09")} == {"CHLBUS"}


def test_a_party_on_the_objects_phrase_wins_over_a_thing_on_the_verbs(code_text):
    events = code_text("A Chilean court has lifted its ban on Peruvian broadcaster Panamericana on the condition "
                       "that it airs no obscene videos.", "2024-05-01")
    assert {t[:3] for _, t in _dyads(events, "08")} == {"PER"}


def test_forces_sent_to_a_border_are_sent_towards_the_country_beyond(code_text):
    events = code_text("Chile sent troops to the border with Bolivia.", "2024-05-01")
    assert _dyads(events, "15") == {("CHL", "BOL")}
    events = code_text("Chile sent troops to the border.", "2024-05-01")
    assert _dyads(events, "15") == {("CHL", "")}


def test_an_appeal_for_a_meeting_of_a_body_is_addressed_to_the_body(code_text):
    events = code_text("Chile called for an emergency session of the U.N. Security Council.", "2024-05-01")
    assert {(s, t[:3]) for s, t in _dyads(events, "02")} == {("CHL", "IGO")}
