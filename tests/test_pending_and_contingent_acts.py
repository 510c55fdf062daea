"""Acts a story names only as what another act waits for ("will not lift the ban until Moscow signs")
or as a chance, risk or fear ("raised the prospect of a ceasefire"): hypothetical, never asserted;
the same clauses told of the past report acts done."""

from __future__ import annotations

import pytest


def _readings(code_text, text: str, code: str) -> list[tuple[str, str]]:
    """(modality, cue) of the events of `text` whose CAMEO code starts with `code`."""
    return [(e["modality"], e["evidence"]["modality_cue"]) for e in code_text(text, "2025-03-12")
            if e["cameo"].startswith(code)]


@pytest.mark.parametrize(("text", "code", "cue"), [
    ("Norway will not lift the ban until Moscow signs the convention.", "057", "until (pending)"),
    ("The dockworkers' union said it would not end the strike until the port authority meets its demands.",
     "080", "until (pending)"),
    ("Kenya will withdraw its troops as soon as an African Union force has been deployed to the border.",
     "154", "once (pending)"),
    ("The Peruvian miners vowed to continue the blockade till the ministry signs the agreement.", "057",
     "till (pending)"),
])
def test_an_act_a_coming_act_waits_for_is_not_done(code_text, text, code, cue):
    assert _readings(code_text, text, code) and all(r == ("hypothetical", cue) for r in _readings(code_text, text, code))


def test_a_past_acts_time_clause_reports_what_happened(code_text):
    text = "The Kenyan army stayed in the town until Ugandan police arrived."
    assert ("asserted", "") in _readings(code_text, text, "15")


@pytest.mark.parametrize(("text", "code", "cue"), [
    ("The talks in Geneva raised the prospect of a ceasefire between Armenia and Azerbaijan.", "087",
     "prospect of"),
    ("Thai troops remained on alert in case of renewed fighting along the Cambodian border.", "19", "in case of"),
    ("Villagers in Mali fled in fear of an attack by the jihadists.", "19", "fear of"),
    ("Laos stockpiled rice in the event of a blockade by Vietnam.", "191", "in the event of"),
])
def test_an_act_a_chance_or_fear_is_of_is_not_done(code_text, text, code, cue):
    readings = _readings(code_text, text, code)
    assert readings and all(r == ("hypothetical", cue) for r in readings)


def test_a_court_case_of_someone_arrested_keeps_the_arrest(code_text):
    text = "A High Court judge in Harare adjourned the case of a journalist arrested over his reporting."
    assert ("asserted", "") in _readings(code_text, text, "173")
