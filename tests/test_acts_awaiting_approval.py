"""An act named after a noun of leave (approval, consent, go-ahead, like permission) is what the
leave would allow, not an act done."""


def test_an_act_one_seeks_approval_for_is_not_done(code_text):
    """'sought parliamentary approval to outlaw the party': the ban is what approval would allow
    (hypothetical), as with 'permission to'; the seeking itself is asserted."""
    events = code_text("The ruling party sought parliamentary approval to outlaw the Green Front.")
    assert not [e for e in events if e["cameo"].startswith("172") and e["modality"] == "asserted"]
