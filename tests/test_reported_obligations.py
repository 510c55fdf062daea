"""'X said Y must ...' puts a duty on Y: X's demand on Y (10x), also when the lexicon has no entry for
the act demanded (then 100, demand not specified); a duty on the speaker's own side or a guess
('must have known') demands nothing."""

from __future__ import annotations


def _demands(events: list[dict]) -> set[tuple[str, str, str]]:
    return {(e["cameo"], e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith("10")}


def test_a_duty_put_on_another_party_is_a_demand_on_it(code_text):
    events = code_text("Amnesty International said Nigerian authorities must guarantee the safety of the pupils.",
                       "2024-05-01")
    assert _demands(events) == {("100", "NGOSOC", "NGAGOV")}
    assert next(e for e in events if e["cameo"] == "100")["evidence"]["rule"].startswith("frame:demand")
    events = code_text("The Chilean president said Bolivia must do something concrete on the border.", "2024-05-01")
    assert _demands(events) == {("100", "CHLGOV", "BOL")}


def test_a_duty_of_the_speakers_own_side_or_a_guess_is_no_demand(code_text):
    assert _demands(code_text("The Chilean minister said Chile must prepare for the worst.", "2024-05-01")) == set()
    assert _demands(code_text("We must work harder, the Chilean president said.", "2024-05-01")) == set()
    assert _demands(code_text("Chilean officials said Bolivia must have known about the plot.", "2024-05-01")) == set()
    assert _demands(code_text("Chilean officials said the vaccine must be stored cold.", "2024-05-01")) == set()
