"""An announcement told as the purpose of a past visit, trip or press conference ("visited Ankara on
Monday to announce a ceasefire") was made there: asserted, by whoever made the visit.  One still to
come ("will travel to Kabul to announce") stays only intended."""


def events_with(code_text, text, cameo):
    return [e for e in code_text(text) if e["cameo"] == cameo]


def test_a_declaration_on_a_past_visit_is_made_by_the_visitor(code_text):
    events = events_with(code_text, "The Colombian president visited Cali on Sunday to announce a truce with the rebels.", "0871")
    assert events and events[0]["modality"] == "asserted"
    assert events[0]["source_actor"] == "COLGOV"


def test_a_declaration_at_a_press_conference_is_made(code_text):
    events = events_with(code_text, "The Thai army chief held a news conference on Tuesday to declare martial law.", "1724")
    assert events and events[0]["modality"] == "asserted"
    assert events[0]["source_actor"].startswith("THA")


def test_an_announcement_on_a_trip_still_to_come_is_only_intended(code_text):
    events = events_with(code_text, "The Colombian leader will visit Cali on Sunday to announce a truce with the rebels.", "0871")
    assert events and all(e["modality"] != "asserted" for e in events)


def test_other_purposes_of_a_visit_stay_intended(code_text):
    events = events_with(code_text, "The Colombian leader visited Cali on Sunday to negotiate a truce with the rebels.", "0871")
    assert events and all(e["modality"] != "asserted" for e in events)
