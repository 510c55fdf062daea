"""Singular nouns under one "a/an" with no determiner of their own ("an Austrian student, activist and
journalist") describe one person: one actor, so one event; nouns with their own determiners, or under
a plural verb, are several."""

from __future__ import annotations


def _targets(events: list[dict], root: str) -> list[str]:
    return sorted(e["target_actor"] for e in events if e["cameo"].startswith(root))


def test_one_person_described_three_ways_is_one_target(code_text):
    events = code_text("A court in Ankara ordered the release of an Austrian student, activist and journalist.",
                       "2024-05-01")
    assert len(_targets(events, "08")) == 1 and _targets(events, "08")[0].startswith("AUT"), events


def test_nouns_with_their_own_determiners_are_several(code_text):
    events = code_text("Gunmen killed a Kenyan soldier and a Somali policeman.", "2024-05-01")
    assert _targets(events, "19") == ["KENMIL", "SOMCOP"]


def test_a_plural_verb_counts_several(code_text):
    events = code_text("A soldier and policeman were killed by Taliban gunmen.", "2024-05-01")
    assert len(_targets(events, "19")) == 2
