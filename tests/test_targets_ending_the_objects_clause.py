"""'returned a statue that was looted in 1897 to Ghana': the parser hangs the entry's to-phrase inside the
object's clause; when it ends the object's phrase and names a party, it is the verb's recipient."""

from __future__ import annotations


def test_a_to_phrase_ending_the_objects_clause_is_the_recipient(code_text):
    events = code_text("Belgium returned a bronze mask that was looted in 1897 to Ghana.", "2024-05-01")
    returned = [e for e in events if e["cameo"].startswith("08")]
    assert {(e["source_actor"], e["target_actor"]) for e in returned} == {("BEL", "GHA")}
    assert "route 'entry preposition ending the object's clause'" in returned[0]["recipient"]["reason"]


def test_people_returned_keep_the_place_they_went_to_in_their_clause(code_text):
    # "who had fled to Somalia" tells where the refugees went, not to whom Kenya returned them
    events = code_text("Kenya returned the refugees who had fled to Somalia.", "2024-05-01")
    assert not any(e["target_actor"] == "SOM" for e in events)


def test_a_date_after_the_to_phrase_still_leaves_it_ending_the_object(code_text):
    events = code_text("Canada returned 40 stone carvings that date back to the Maya period to Guatemala "
                       "on June 3, 2016.", "2024-05-01")
    returned = [e for e in events if e["cameo"].startswith("08")]
    assert {(e["source_actor"], e["target_actor"]) for e in returned} == {("CAN", "GTM")}


def test_authorities_named_by_their_country_end_the_object_as_a_party(code_text):
    events = code_text("Austria returned a gold crown engraved with a royal crest to Hungarian authorities.",
                       "2024-05-01")
    returned = [e for e in events if e["cameo"].startswith("08")]
    assert {(e["source_actor"], e["target_actor"][:3]) for e in returned} == {("AUT", "HUN")}


def test_a_thing_at_the_end_of_the_object_is_no_recipient(code_text):
    # "to the museum" names no party: no recipient is invented from it
    events = code_text("Austria returned a painting that was stolen from a collector to the museum.", "2024-05-01")
    assert not any(e["target_actor"] for e in events if e["cameo"].startswith("08"))
