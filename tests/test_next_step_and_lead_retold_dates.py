"""Two ways the story gives an undated act the day of the episode it belongs to: an act told as the next
step of a narrative ("then") happened in the time of the acts just told, and a lead's act told again in
the body as its event noun ("activating" / "the activation ... Tuesday") happened on the body's day."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-14"  # a Saturday


def test_next_step_takes_the_day_of_the_acts_just_told(code_text):
    # the witness's "they shot" is of the attack's Thursday; "then" continues it, not the Friday of the telling
    events = code_text(
        "Passengers of a seized ferry described their ordeal on Friday as troops freed the hostages. "
        "\"They shot two sailors on the deck,\" a passenger said. "
        "The gunmen then ordered the crew to sail north, he said. "
        "Gunmen of the Lake Front attacked the ferry on Thursday near the port.",
        PUBLISHED,
    )
    ordered = event_with(events, "ordered")
    assert ordered["date"] == "2025-06-12", ordered


def test_without_next_step_the_story_day_stands(code_text):
    events = code_text(
        "Passengers of a seized ferry described their ordeal on Friday as troops freed the hostages. "
        "\"They shot two sailors on the deck,\" a passenger said. "
        "The gunmen ordered the crew to sail north, he said. "
        "Gunmen of the Lake Front attacked the ferry on Thursday near the port.",
        PUBLISHED,
    )
    ordered = event_with(events, "ordered")
    assert ordered["date"] == "2025-06-13", ordered


def test_lead_act_told_again_as_its_noun_takes_the_bodys_day(code_text):
    events = code_text(
        "Analysts are praising the West African bloc for activating its rapid reaction force. "
        "The Ghanaian defense minister announced the activation of the force on Thursday in Accra.",
        PUBLISHED,
    )
    activating = event_with(events, "activating")
    assert activating["date"] == "2025-06-12", activating


def test_a_new_act_of_the_kind_is_not_the_leads(code_text):
    events = code_text(
        "Analysts are praising the West African bloc for activating its rapid reaction force. "
        "The Ghanaian defense minister announced an activation of another force on Thursday in Accra.",
        PUBLISHED,
    )
    activating = event_with(events, "activating")
    assert activating["date"] == PUBLISHED, activating


def test_participle_telling_the_objects_act_is_of_the_verbs_measured_time(code_text):
    # the drills encircling the island are the act of "conducted", two days after the inauguration
    events = code_text(
        "President Ana Ruiz of Palau took office on Monday. "
        "Two days after Ruiz took office, Beijing conducted the military drills encircling Palau.",
        PUBLISHED,
    )
    drills = [e for e in events if e["cameo"] == "150"]
    assert drills and {e["date"] for e in drills} == {"2025-06-11"}, events
