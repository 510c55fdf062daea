"""A preposition naming the recipient that ends a coordinated object phrase belongs to the verb, though
the parser hangs it on the phrase's last noun; one inside a clause in the phrase does not."""

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
