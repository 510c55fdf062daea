"""A relative pronoun as a party ("a journalist *who* was jailed", "Bahrain, *which* has been isolated")
is the noun its clause describes, when that names a party (made-up sentences)."""

from __future__ import annotations


def test_who_was_killed_is_the_person_described(code_text):
    events = code_text("Officials expressed condolences to families of six farmers who were killed by police in "
                       "Bihar on Tuesday.")
    killed = [e for e in events if e["cameo"] == "190"]
    assert len(killed) == 1 and killed[0]["target_actor"] == "INDAGR", events
    assert killed[0]["recipient"]["text"] == "six farmers", events


def test_which_was_isolated_is_the_state_described(code_text):
    events = code_text("Turkey wants to heal the breach with Bahrain, which has been isolated by the Saudis.")
    isolated = [e for e in events if e["evidence"]["event_text"] == "isolated"]
    assert len(isolated) == 1 and isolated[0]["target_actor"] == "BHR", events


def test_who_in_a_question_clause_is_no_party(code_text):
    events = code_text("Russia vetoed a resolution to extend an inquiry into who is to blame for the attacks.")
    assert all(e["recipient"]["text"] != "an inquiry" for e in events), events


def test_a_clause_that_disagrees_in_number_describes_another_noun(code_text):
    events = code_text("Customs officers returned 300 antiquities to the government of Egypt that were seized "
                       "in raids.")
    seized = [e for e in events if e["evidence"]["event_text"] == "seized"]
    assert all(not e["target_actor"].startswith("EGY") for e in seized), events
