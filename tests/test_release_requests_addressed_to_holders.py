"""An appeal or demand for a release is addressed to whoever holds the captives, when the phrase says
who ('held by X', 'jailed in Xn jails', 'detained in X'); without a holder in the phrase or the story
(tests/test_release_requests_to_the_story_holder.py) it has no recipient, not the people to be freed."""

from __future__ import annotations


def _requests(events: list[dict]) -> set[tuple[str, str, str]]:
    return {(e["cameo"], e["source_actor"], e["target_actor"]) for e in events if e["cameo"] in ("0253", "1053")}


def test_the_holder_named_by_the_captives_phrase_is_the_addressee(code_text):
    assert _requests(code_text("The rebels demanded the release of 40 prisoners held by the Chadian government.",
                               "2024-05-01")) == {("1053", "---REB", "TCDGOV")}
    assert _requests(code_text("Ankara urged the release of the Turkish sailors held in Nigeria.",
                               "2024-05-01")) == {("0253", "TURGOV", "NGA")}
    events = code_text("The movement demanded the release of Saharawis jailed in Moroccan prisons.", "2024-05-01")
    assert {t for _, _, t in _requests(events)} == {"MAR"}


def test_without_a_holder_the_request_has_no_recipient(code_text):
    # CAMEO aims a request for a release at the holder; the people to be freed are not whom it asks
    assert {t for _, _, t in _requests(code_text("Amnesty demanded the release of the Chadian activists.",
                                                 "2024-05-01"))} == {""}
