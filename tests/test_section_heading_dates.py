"""A section heading the scrape ran into the next sentence ("... under control. International reaction A
Canadian spokesperson expressed sorrow ...") opens a new section: the story's time of the section before it
does not carry over; an act there with no date of its own takes the story's news day, as after a paragraph
break."""

from __future__ import annotations

from event_support import event_with

STORY = (
    "Gang leader Jean Baptiste was killed in a gun battle with police Friday in the town of Jacmel, officials "
    "said. Dozens of inmates escaped from the Jacmel prison on Thursday. Earlier this week, the president was "
    "criticized by foreign diplomats at a U.N. Security Council meeting for not getting gang violence under "
    "control. {heading}A Canadian foreign ministry spokesperson expressed sorrow over lives lost and urged the "
    "Haitian government to address security failures."
)
PUBLISHED = "2021-03-13"  # a Saturday


def test_an_act_after_a_glued_heading_takes_the_news_day_not_the_section_before(code_text):
    events = code_text(STORY.format(heading="International reaction "), PUBLISHED)
    urged = event_with(events, "urged")
    assert (urged["date"], urged["date_precision"], urged["date_source"]) == ("2021-03-12", "day", "lead")


def test_without_a_heading_the_act_goes_on_in_the_time_of_the_sentence_before(code_text):
    events = code_text(STORY.format(heading=""), PUBLISHED)
    urged = event_with(events, "urged")
    assert (urged["date_text"], urged["date_source"]) == ("Earlier this week", "discourse")
