"""A hostile act told by a participle after the main clause ("..., doubling tariffs on steel") is done
to the party of the act it goes on with, when its own phrases name none."""

from __future__ import annotations


def _dyads(events: list[dict], root: str) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(root)}


def test_a_participle_goes_on_with_the_party_of_the_main_objects_with_phrase(code_text):
    events = code_text("Chile escalated its trade dispute with Peru on Monday, imposing tariffs on copper.", "2024-05-01")
    sanctions = [e for e in events if e["cameo"].startswith("16")]
    assert {(e["source_actor"], e["target_actor"]) for e in sanctions} == {("CHL", "PER")}
    assert "route 'party of the act the participle goes on with'" in sanctions[0]["recipient"]["reason"]


def test_a_participle_with_its_own_party_keeps_it(code_text):
    events = code_text("Chile escalated its trade dispute with Peru, imposing tariffs on goods from Bolivia.",
                       "2024-05-01")
    assert {t for _, t in _dyads(events, "16")} == {"BOL"}


def test_a_cooperative_participle_inherits_no_party(code_text):
    events = code_text("Chile ended its trade dispute with Peru on Monday, praising the new rules.", "2024-05-01")
    assert not any(e["target_actor"] == "PER" for e in events if e["cameo"].startswith("05"))
