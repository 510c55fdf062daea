"""An act that is halted or forsworn is not told as done: "ordered a halt in attacks against the army"
is a halt (087), not an attack; "agreed to stop the raids and not to start another war" promises no
war (the conjunct's own "not" negates it)."""


def asserted(code_text, text):
    return [e for e in code_text(text) if e["modality"] == "asserted"]


def test_a_halt_in_attacks_is_no_attack(code_text):
    for text in ("The rebel commanders ordered a temporary halt in attacks against the army.",
                 "The rebel commanders ordered a temporary halt to attacks against the army."):
        events = asserted(code_text, text)
        assert any(e["cameo"] == "087" for e in events), text
        assert not any(e["plover"]["event"] == "ASSAULT" for e in events), text


def test_a_conjoined_promise_not_to_fight_is_no_threat(code_text):
    events = asserted(code_text, "The insurgents agreed to stop the raids on villages and not to start another war.")
    assert any(e["plover"]["event"] == "CONCEDE" for e in events)
    assert not any(e["plover"]["event"] == "THREATEN" for e in events)
