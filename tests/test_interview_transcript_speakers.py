"""An interview written as a transcript ("Herald: ... ? Axworthy: ..."): "I" and "we" in a turn are
its speaker, "you" is the other speaker, so the acts told in questions and answers have their doer."""

from __future__ import annotations

import datetime as dt

from actor_support import actor_at

from eventwire.actors.document import interview_turns

DAY = dt.date(2025, 3, 14)

TRANSCRIPT = ("Former Canadian foreign minister Lloyd Axworthy visited Chile last week. The Herald spoke with "
              "Axworthy about the trip.\n"
              "Herald: During your visit, you met the new president. What did you discuss? "
              "Lloyd Axworthy, a former Canadian minister: I discussed trade with him, and we agreed to meet again.\n"
              "Herald: Will you go back? Axworthy: Yes, my office is planning it.\n"
              "Herald: When? Axworthy: In the spring.")


def test_you_in_a_question_is_the_one_interviewed(actors_in):
    doc, actors = actors_in(TRANSCRIPT)
    you = actor_at(doc, actors, "you")
    assert you.code == "CANELI"
    assert "whom 'Herald' addresses in the interview" in you.reason
    assert actor_at(doc, actors, "your").code == "CANELI"


def test_i_and_we_in_an_answer_are_its_speaker(actors_in):
    doc, actors = actors_in(TRANSCRIPT)
    assert actor_at(doc, actors, "I").code == "CANELI"
    assert "interview turn of 'Axworthy'" in actor_at(doc, actors, "I").reason
    assert actor_at(doc, actors, "we").country == "CAN"


def test_a_text_with_one_label_or_with_you_in_running_text_has_no_turns(actors_in):
    assert interview_turns("Note: the talks resumed. Officials said you cannot enter the zone.") == []
    doc, actors = actors_in("Canadian Foreign Minister Melanie Joly visited Chile. Officials said you "
                            "cannot enter the zone without a permit.")
    assert actor_at(doc, actors, "you") is None


def test_each_turn_runs_to_the_next_label():
    turns = interview_turns(TRANSCRIPT)
    assert [t.label for t in turns] == ["Herald", "Axworthy"] * 3
    assert turns[1].name == "Lloyd Axworthy"  # a first answer labelled with a description
    assert TRANSCRIPT[turns[1].start:turns[1].end].startswith("I discussed trade")
