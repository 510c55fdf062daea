"""A present perfect past the lead that the story never dates ("rights groups have condemned the arrest")
happened at some time before publication the text does not give: it gets no date, not the publication
day. The lead's perfects, perfects a present verb of saying reports and perfects of the moment ("has
now") stay the day's news."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-03-13"

STORY = (
    "A court in Lusaka on Wednesday postponed the trial of a radio host accused of insulting the president. "
    "The host denies the charges. "
    "His lawyer asked for bail at the hearing. "
    "Press freedom groups have condemned the prosecution and urged the government to drop the case. "
    "The police chief said officers have arrested at least 300 protesters since January."
)


def test_undated_perfect_past_the_lead_gets_no_date(code_text):
    events = code_text(STORY, PUBLISHED)
    for word in ("condemned", "urged the government to drop", "arrested"):
        event = event_with(events, word)
        assert (event["date"], event["date_precision"], event["date_source"]) == (None, "unknown", "none"), word


def test_statement_under_a_perfect_saying_gets_no_date(code_text):
    events = code_text(
        "Talks between the two delegations ended in Geneva on Tuesday without a deal. "
        "The envoys left the city. "
        "The foreign minister has said he hopes a truce could be agreed within days.",
        PUBLISHED,
    )
    hopes = event_with(events, "hopes")
    assert (hopes["date"], hopes["date_source"]) == (None, "none")


def test_perfect_in_the_lead_keeps_the_publication_date(code_text):
    events = code_text(
        "Kenya and Uganda have signed a new border security pact, officials from both countries said. "
        "The pact covers trade.",
        PUBLISHED,
    )
    signed = event_with(events, "signed")
    assert (signed["date"], signed["date_source"]) == (PUBLISHED, "publication")


def test_perfect_reported_by_a_present_saying_or_of_the_moment_keeps_the_publication_date(code_text):
    events = code_text(
        "Fighting between rebels and troops spread across the north this week. "
        "Thousands of villagers fled to the capital. "
        "A spokesman says the government has ordered the army to seal the border. "
        "Chad has now closed its border crossings with the country.",
        PUBLISHED,
    )
    ordered = event_with(events, "ordered")
    assert (ordered["date"], ordered["date_source"]) == (PUBLISHED, "publication")
    closed = event_with(events, "closed")
    assert (closed["date"], closed["date_source"]) == (PUBLISHED, "publication")
