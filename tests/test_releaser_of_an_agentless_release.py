"""An agentless release of people is done by whoever, in its after-clause, did the yielding act that
let them go (coding/parties.py `releaser_before`, route "releaser in the after-clause")."""

from __future__ import annotations


def _releases(events: list[dict]) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["evidence"]["target_text"]) for e in events if e["cameo"] == "0841"}


def test_freed_after_the_president_pardoned_him_is_the_presidents_release(code_text):
    events = code_text("Jean Bosco Mugisha was released on Monday after President Paul Kagame pardoned him.",
                       "2024-05-01")
    assert ("RWAGOV", "Jean Bosco Mugisha") in _releases(events)


def test_freed_after_an_order_was_revoked_is_the_revokers_release(code_text):
    events = code_text("Two opposition leaders were released after the Ethiopian government revoked the "
                       "emergency decree.", "2024-05-01")
    assert ("ETHGOV", "Two opposition leaders") in _releases(events)


def test_freed_after_an_act_of_their_own_names_no_releaser(code_text):
    events = code_text("The journalists were released after they paid a fine.", "2024-05-01")
    assert all(source == "" for source, _ in _releases(events))
