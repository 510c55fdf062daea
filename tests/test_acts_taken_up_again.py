"""Verbs of taking an act up again (relaunch, restart, rekindle) hand the act to
their object noun, as resume and renew do: done, they report the act; vowed, they threaten it."""

from lexicon_support import events_of


def test_vowing_to_relaunch_a_campaign_threatens_it(code_text):
    """'pledged to rekindle the bombing campaign' is a threat (PLOVER THREATEN), not a bombing."""
    found = events_of(code_text, "Leaders of the Baloch militia pledged to rekindle their bombing campaign against Quetta.")
    assert ("THREATEN", "1384") in found
    assert not {event for event, _ in found} & {"ASSAULT"}


def test_relaunching_an_offensive_or_restarting_talks_reports_the_act(code_text):
    """Done, the act is reported: 'relaunched their offensive' (ASSAULT), 'restarted talks' (CONSULT);
    'reignite' and 'revive' stay off the list: their subject is mostly a cause ("a stand-off that
    reignited the civil war"), not the party that fights."""
    assert "ASSAULT" in {e for e, _ in events_of(code_text, "Houthi fighters relaunched their offensive on Marib on Monday.")}
    assert ("CONSULT", "046") in events_of(code_text, "Serbia and Kosovo restarted talks on the border dispute.")
    assert not events_of(code_text, "The dispute over the mine reignited the civil war.")

