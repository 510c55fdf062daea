"""A bare surname is not a table's person when the article named someone else of that surname."""

from __future__ import annotations


def _sources(code_text, text: str) -> list[tuple[str, str]]:
    return [(e["evidence"]["source_text"], e["source_actor"]) for e in code_text(text, "2022-01-01")]


def test_a_surname_after_another_first_name_is_not_the_tables_person(code_text):
    found = _sources(code_text, "United Nations-appointed special rapporteur Richard Bennett confirmed Wednesday "
                                "that the Taliban had barred him. Bennett criticized the Taliban.")
    assert ("Bennett", "ISRELI") not in found and ("Bennett", "ISRGOV") not in found


def test_the_same_person_or_no_full_name_still_binds_to_the_table(code_text):
    assert ("Bennett", "ISRGOV") in _sources(
        code_text, "Israeli Prime Minister Naftali Bennett met Egypt's president. Bennett praised Egypt.")
    assert _sources(code_text, "Bennett praised Egypt.") == [("Bennett", "ISRGOV")]


def test_a_known_single_name_followed_by_more_of_a_name_is_someone_elses_first_name():
    import datetime as dt

    from eventwire.actors import ActorResolver

    resolver = ActorResolver()
    day = dt.date(2010, 1, 1)

    def codes(text: str) -> list[str]:
        return [r.actor.code for r in resolver.resolutions(text, day) if r.known]

    assert codes("Erdogan") == ["TURGOV"]  # the office-holder known by one name
    assert codes("Erdogan Yilmaz") == []  # a Turkish first name, then the man's own surname
    assert codes("Recep Tayyip Erdogan") == ["TURGOV"]
    assert codes("Sheikh Mohamed bin Zayed Al Nahyan") == ["AREGOV"]  # a full name and the rest of it
