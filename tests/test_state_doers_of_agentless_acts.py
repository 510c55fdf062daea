"""An arrest, a sentence, a ban or a deployment told without its doer ("three journalists were arrested
in Harare", "the arrest of the activist") was done by the authorities of the place it happened: the
event takes that state as its source, with the reason written in the actor."""

from __future__ import annotations


def _events(code_text, text: str) -> list[dict]:
    return code_text(text, "2025-03-12")


def _one(events: list[dict], word: str) -> dict:
    return next(e for e in events if e["evidence"]["event_text"] == word)


def test_an_agentless_arrest_is_the_police_of_its_place(code_text):
    events = _events(code_text, "Three journalists were arrested in Harare on Tuesday, their lawyer said.")
    arrested = _one(events, "arrested")
    assert arrested["source_actor"] == "ZWECOP", events
    assert "authorities of ZWE" in arrested["actor"]["reason"]
    assert "state of the place" in arrested["evidence"]["rule"]


def test_an_arrest_told_by_its_noun_takes_the_state_of_its_place(code_text):
    events = _events(code_text, "Lawyers condemned the arrest of two activists in Lahore on Monday.")
    assert _one(events, "arrest")["source_actor"] == "PAKCOP", events


def test_an_arrest_with_its_doer_named_keeps_that_doer(code_text):
    events = _events(code_text, "Rebels arrested three traders in Goma on Tuesday.")
    assert _one(events, "arrested")["source_actor"].endswith("REB"), events


def test_an_act_any_armed_group_does_gets_no_state_doer(code_text):
    """Killings are done by armed groups as often as by states: the place does not say who killed."""
    events = _events(code_text, "Three traders were killed in Goma on Tuesday, residents said.")
    assert not _one(events, "killed")["source_actor"], events


def test_forces_deployed_in_a_place_are_sent_by_their_own_state(code_text):
    """'Russian forces were deployed in Mali': Mali's place says nothing of who sent them; the
    place's own police sent there are its state's."""
    foreign = _events(code_text, "Russian forces were deployed in Mali on Monday.")
    assert not _one(foreign, "deployed")["source_actor"].startswith("MLI"), foreign
    own = _events(code_text, "Malian police were deployed in Bamako on Monday.")
    assert _one(own, "deployed")["source_actor"] == "MLIGOV", own


def test_an_act_on_another_countrys_party_is_left_alone(code_text):
    """'An American tourist was sentenced in Moscow' may well be Russia's court, but the parties name
    another country than the place: the place alone does not settle whose state acted."""
    events = _events(code_text, "An American tourist was sentenced to five years in prison in Moscow on Thursday.")
    assert not _one(events, "sentenced")["source_actor"], events


def test_a_criminal_charge_is_brought_by_the_prosecutors_of_its_place(code_text):
    events = _events(code_text, "Three men were charged with murder in Nairobi on Monday.")
    assert _one(events, "charged")["source_actor"] == "KENJUD", events


def test_a_rescue_and_a_raid_are_the_states_of_their_place(code_text):
    rescued = _one(_events(code_text, "Ten passengers were rescued in Balochistan on Tuesday."), "rescued")
    assert rescued["source_actor"] == "PAK", rescued
    raided = _one(_events(code_text, "The offices of the newspaper were raided in Harare on Tuesday."), "raided")
    assert raided["source_actor"] == "ZWECOP", raided


def test_a_private_lawsuit_is_no_state_act(code_text):
    """115 is also a lawsuit, which anyone files: only indictments and prosecutions are the state's."""
    events = _events(code_text, "A lawsuit was filed in Texas on Monday against the company.")
    assert not any(e["source_actor"] for e in events if e["cameo"].startswith("115")), events


def test_migrants_rescued_off_a_coast_are_not_rescued_by_that_state(code_text):
    """Aid ships and other states' coastguards rescue migrants at sea, off any coast."""
    events = _events(code_text, "Dozens of migrants were rescued near Libya on Sunday, the charity said.")
    assert not any(e["source_actor"].startswith("LBY") for e in events if e["cameo"] == "073"), events


def test_custody_told_as_held_keeps_its_unknown_keeper(code_text):
    """'held at a base', 'held hostage': custody by anyone, not an arrest by the place's state."""
    events = code_text("Twenty migrants held at a camp in Libya were flown home on Monday.", "2024-05-01")
    assert not any(e["source_actor"].startswith("LBY") for e in events if e["cameo"].startswith("17")), events


def test_an_abduction_with_no_doer_keeps_it_unknown(code_text):
    events = code_text("Two aid workers were kidnapped in northern Nigeria on Monday.", "2024-05-01")
    assert events and not any(e["source_actor"] for e in events), events


def test_the_place_named_in_the_sentence_is_the_state_doers_words(code_text):
    """'was arrested in Mali': the evidence shows the words that gave the doer, the place's name."""
    events = _events(code_text, "The journalist Amadou Diallo was arrested on Monday in Mali.")
    arrested = _one(events, "arrested")
    assert (arrested["source_actor"], arrested["evidence"]["source_text"]) == ("MLICOP", "Mali"), events


def test_a_place_named_twice_gives_no_words_to_the_doer(code_text):
    events = _events(code_text, "Two students from Kenya were detained in Kenya on Monday.")
    detained = _one(events, "detained")
    assert detained["evidence"]["source_text"] == "", events
