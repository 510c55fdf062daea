"""A statement a pronoun speaker goes on with right after the sentence that told that speaker's statement
with its time is of that time, not of the publication day."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-14"  # a Saturday


def test_quote_continuing_a_statement_of_this_week_takes_the_week(code_text):
    events = code_text(
        "A court in Lima jailed journalist Ana Ruiz in May. "
        "Six rights groups last week called for the release of the journalist. "
        "\"We urge the Peruvian authorities to drop the charges,\" they said in a joint letter.",
        PUBLISHED,
    )
    urge = event_with(events, "urge")
    assert (urge["date"], urge["date_precision"]) == ("2025-06-05", "week"), urge


def test_quote_of_a_speaker_of_another_number_keeps_the_publication_day(code_text):
    events = code_text(
        "A court in Lima jailed journalist Ana Ruiz in May. "
        "Six rights groups last week called for the release of the journalist. "
        "\"We urge the Peruvian authorities to drop the charges,\" he said in a letter.",
        PUBLISHED,
    )
    urge = event_with(events, "urge")
    assert urge["date"] == PUBLISHED, urge
