"""A day a noun clause gives the start of the story's violence ("fighting that erupted on June 2") is the
time the material acts told after it happened in, though a noun's clause lends no other date."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-14"


def test_act_after_the_start_of_the_violence_takes_that_day(code_text):
    events = code_text(
        "The U.N. envoy called for calm on Friday. "
        "The old regime fell in 2019 but peace has been shaken by deadly fighting that erupted June 2 in the "
        "northern hills. "
        "The army said its troops near the town of Kessa came under attack from rebel fighters.",
        PUBLISHED,
    )
    attack = event_with(events, "came under")
    assert (attack["date"], attack["date_source"]) == ("2025-06-02", "discourse")


def test_a_statement_after_it_is_not_dated_by_the_start(code_text):
    events = code_text(
        "The U.N. envoy called for calm on Friday. "
        "The old regime fell in 2019 but peace has been shaken by deadly fighting that erupted June 2 in the "
        "northern hills. "
        "The army accused rebel fighters of attacking its troops.",
        PUBLISHED,
    )
    accused = event_with(events, "accused")
    assert accused["date"] != "2025-06-02"
