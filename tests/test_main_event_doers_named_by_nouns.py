"""Doers that are named by a common noun rather than a name: the continent acting as one party
("Europe retaliated"), a party's lawyers together ("his legal team").  Without a table row the main
event of such a story has no source."""

from __future__ import annotations


def _sources(events: list[dict], root: str) -> set[str]:
    return {e["source_actor"] for e in events if e["cameo"].startswith(root)}


def test_europe_as_a_party_takes_the_eu_slot(code_text):
    events = code_text("Europe imposed new tariffs on American motorcycles on Friday.", "2024-05-03")
    assert _sources(events, "163") == {"IGOEUR"}


def test_a_legal_team_speaks_for_the_courts_sector(code_text):
    events = code_text("The activist's legal team condemned the verdict on Friday.", "2024-05-03")
    assert {s[-3:] for s in _sources(events, "11")} == {"JUD"}


def test_a_defence_team_speaks_for_the_courts_sector(code_text):
    events = code_text("The defense team rejected the charges against the Kenyan activist.", "2024-05-03")
    assert {s[-3:] for s in _sources(events, "0")} == {"JUD"}


def test_a_persons_lawyer_is_of_the_persons_country(code_text):
    """'Okafor's lawyer': a role that serves a person the article introduced takes that person's
    country (the role word alone has none)."""
    events = code_text("Nigerian activist Chidi Okafor was detained in Lagos on Monday. Okafor's lawyer "
                       "condemned the detention on Tuesday.", "2024-05-03")
    assert _sources(events, "11") == {"NGAJUD"}


def test_the_head_of_his_legal_team_is_of_the_clients_country(code_text):
    events = code_text("Nigerian activist Chidi Okafor was detained in Lagos on Monday. The head of his "
                       "legal team condemned the detention on Tuesday.", "2024-05-03")
    assert _sources(events, "11") == {"NGAJUD"}


def test_a_verdict_in_a_relative_clause_is_its_subjects(code_text):
    """'a move that his lawyer called "inhumane"': the parser hangs the relative clause as a participle,
    but its own subject, not the noun it describes, is who called it so."""
    events = code_text('A Nigerian judge sent activist Chidi Okafor back to prison on Monday in a move that '
                       'his lawyer called "inhumane."', "2024-05-03")
    assert _sources(events, "111") == {"NGAJUD"}
