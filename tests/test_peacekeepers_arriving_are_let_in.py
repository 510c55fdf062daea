"""Peacekeepers arriving are visitors the host lets in: "peacekeepers from Chad arrived in Mali" is Mali
receiving Chad's peacekeepers (CAMEO 0861, the place of deployment its source), whether or not a
nationality is written before them."""


def events_with(code_text, text, cameo):
    return [e for e in code_text(text) if e["cameo"] == cameo and e["modality"] == "asserted"]


def test_peacekeepers_from_a_country_arriving_are_received_by_the_host(code_text):
    events = events_with(code_text, "Peacekeepers from Rwanda arrived in Bangui on Thursday.", "0861")
    assert events and events[0]["source_actor"].startswith("CAF") and events[0]["target_actor"].startswith("RWA")
    assert events[0]["plover"]["event"] == "RETREAT" and events[0]["plover"]["mode"] == "access"


def test_peacekeepers_of_no_named_country_arriving_are_still_received(code_text):
    events = events_with(code_text, "The first peacekeepers arrived in Bangui on Thursday.", "0861")
    assert events and events[0]["source_actor"].startswith("CAF")


def test_goods_arriving_are_no_visit_or_reception(code_text):
    assert not any(e["cameo"].startswith(("04", "086")) for e in code_text("Vaccines from India arrived in Bangui on Thursday."))
