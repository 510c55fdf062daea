"""Acts a story retells as background are history, not the news of its day: an act the story dates two
weeks or more before publication (by its own words or by an earlier mention), an act the date rules
leave with no day because it is told as the background of another ("recently", a reduced relative
clause on a party), and a material act a relative clause tells in the present.  The week's acts and
the lead's news stay asserted."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday
LEAD = "Officials met in the capital on Tuesday."


def _events(code_text, text: str) -> list[dict]:
    return code_text(text, PUBLISHED)


def _by_word(code_text, text: str, word: str) -> list[dict]:
    return [e for e in _events(code_text, text) if e["evidence"]["event_text"] == word]


def test_an_arrest_dated_weeks_before_is_history_with_its_day(code_text):
    text = "Police in Tamale arrested the activist Abena Owusu on Feb. 24."
    (arrest,) = _by_word(code_text, text, "arrested")
    assert arrest["modality"] == "historical"
    assert arrest["date"] == "2025-02-24"


def test_a_later_mention_of_an_act_weeks_before_is_history(code_text):
    text = ("A court in Tamale on Wednesday freed the activist Abena Owusu. Police arrested Owusu on Feb. 24 at "
            "her home. The arrest of Owusu drew wide criticism, her lawyer said.")
    events = {e["evidence"]["event_text"]: e for e in _events(code_text, text)}
    assert events["freed"]["modality"] == "asserted"
    assert events["arrest"]["modality"] == "historical"
    assert events["arrest"]["date"] == "2025-02-24"


NEWS = [  # an act of the story's days, and its word
    ("Police in Tamale arrested the activist Abena Owusu on Monday.", "arrested"),
    ("Last week, the foreign ministers of Togo and Benin met in Lome.", "met"),
    ("The army confirmed on Wednesday that the rebels had seized the town of Menaka.", "seized"),
    ("Soldiers on Tuesday arrested members of a gang that is attacking farms in the region.", "arrested"),
]


@pytest.mark.parametrize(("text", "word"), NEWS)
def test_acts_of_the_story_days_stay_asserted(code_text, text, word):
    events = _by_word(code_text, text, word)
    assert events and all(e["modality"] == "asserted" for e in events), events


BACKGROUND = [  # a body sentence after LEAD (or a lead of its own), and the background act's word
    (f"{LEAD} Portugal has recently banned imports of ivory.", "banned"),
    (f"{LEAD} The president recently met the leaders of the opposition.", "met"),
    ("A court in Abuja on Wednesday adjourned the case of a blogger detained over his posts.", "detained"),
    (f"{LEAD} Soldiers on Tuesday arrested members of a gang that is attacking farms in the region.",
     "attacking"),
]


@pytest.mark.parametrize(("text", "word"), BACKGROUND)
def test_background_of_the_news_is_history(code_text, text, word):
    events = [e for e in _by_word(code_text, text, word) if e["evidence"]["sentence"] != LEAD]
    assert events and all(e["modality"] == "historical" for e in events), events


def test_an_undated_background_act_has_no_day(code_text):
    (ban,) = _by_word(code_text, f"{LEAD} Portugal has recently banned imports of ivory.", "banned")
    assert ban["date"] is None
