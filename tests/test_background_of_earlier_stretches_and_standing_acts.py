"""Acts a story tells as the background of its news: placed "earlier this month", called ongoing, under
way for a while, or a trend of outlays; each is historical with its cue, while the news of the day stays
asserted."""

from __future__ import annotations

import pytest

# The first sentence of a story (the lead) states the news; the sentences after it are its body.
LEAD = "Officials met in the capital on Tuesday."


def _body(code_text, text: str, published: str = "2024-05-20") -> list[dict]:
    """The events of `text` read as the second sentence of a story, after LEAD."""
    events = code_text(f"{LEAD} {text}", published)
    return [e for e in events if e["evidence"]["sentence_index"] == 1]


@pytest.mark.parametrize(("text", "cameo", "cue"), [
    ("Earlier this month, a suicide bomber detonated explosives near a convoy in Kandahar.", "18",
     "earlier this month"),
    ("Earlier in May, the Kremlin threatened to use force against Finland.", "13", "earlier in May"),
    ("One lawsuit, filed earlier this month, seeks to stop the transfers.", "11", "earlier this month"),
    ("Bolivian officials said earlier this month that soldiers killed five smugglers.", "19", "earlier this month"),
    ("Earlier this year, Chilean police arrested two Bolivian truck drivers.", "17", "earlier this year"),
])
def test_an_act_placed_earlier_in_the_month_or_year_is_background(code_text, text, cameo, cue):
    acts = [e for e in _body(code_text, text) if e["cameo"].startswith(cameo)]
    assert acts and all(e["modality"] == "historical" for e in acts), acts
    assert all(cue in e["evidence"]["modality_cue"] for e in acts)


@pytest.mark.parametrize("text", [
    "Earlier on Tuesday, police arrested ten protesters in Lagos.",
    "Earlier this week, police arrested ten protesters in Lagos.",
    "Police arrested ten protesters in Lagos on May 7.",
])
def test_an_act_of_the_story_days_stays_news(code_text, text):
    arrests = [e for e in _body(code_text, text) if e["cameo"] == "173"]
    assert arrests and all(e["modality"] == "asserted" for e in arrests), arrests


def test_an_act_called_ongoing_in_the_body_is_the_standing_situation(code_text):
    events = _body(code_text, "The Taliban leader on Sunday praised the ongoing withdrawal of Italian troops.")
    praise = [e for e in events if e["cameo"] == "051"]
    withdrawal = [e for e in events if e["cameo"].startswith("087")]
    assert praise and all(e["modality"] == "asserted" for e in praise), praise
    assert withdrawal and all(e["modality"] == "historical" for e in withdrawal), withdrawal
    assert {e["evidence"]["modality_cue"] for e in withdrawal} == {"ongoing (standing)"}


def test_talks_called_ongoing_and_the_lead_topic_stay_news(code_text):
    talks = [e for e in _body(code_text, "Thai and Cambodian envoys met on Monday at the ongoing talks in Geneva.")
             if e["cameo"].startswith("04")]
    assert talks and all(e["modality"] == "asserted" for e in talks), talks
    lead = code_text("The ongoing offensive by the Sudanese army in Darfur has displaced thousands.", "2024-05-20")
    offensive = [e for e in lead if e["cameo"].startswith("19")]
    assert offensive and all(e["modality"] == "asserted" for e in offensive), offensive


def test_a_statement_of_earlier_this_month_about_now_is_not_dated_by_it(code_text):
    seeking = [e for e in _body(code_text, "It was reported earlier this month that the Chilean president "
                                           "has been seeking a meeting with the Bolivian president.")
               if e["cameo"].startswith("0")]
    assert seeking and all(e["modality"] != "historical" for e in seeking), seeking


def test_an_act_under_way_for_a_while_is_standing_but_one_now_under_way_is_news(code_text):
    drawdown = _body(code_text, "The troop drawdown has been under way smoothly, Italian commanders say.")
    assert drawdown and all(e["modality"] == "historical" for e in drawdown), drawdown
    assert {e["evidence"]["modality_cue"] for e in drawdown} == {"has been under way (standing)"}
    inquiry = _body(code_text, "An investigation is underway, the police said.")
    assert inquiry and all(e["modality"] == "asserted" for e in inquiry), inquiry


def test_outlays_growing_in_the_present_are_a_trend(code_text):
    trend = _body(code_text, "Poland is increasing its military spending, the minister said.")
    assert trend and all(e["modality"] == "historical" for e in trend), trend
    assert all("(trend)" in e["evidence"]["modality_cue"] for e in trend)
    dated = _body(code_text, "Poland increased its military spending on Monday.")
    assert dated and all(e["modality"] == "asserted" for e in dated), dated
    into_another = _body(code_text, "Despite the crisis, the largest Finnish firms are increasing investment in Estonia.")
    assert into_another and all(e["modality"] == "asserted" for e in into_another), into_another
