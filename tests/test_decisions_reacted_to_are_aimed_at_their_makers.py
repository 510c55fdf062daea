"""A reaction to a decision named by what was decided ("condemned the decision to reimprison him", "the
move to expel the diplomats") is aimed at the decision's maker: the doer of the act the story told of
what was decided, however far before, when the story names one maker.  A reaction to a deed named by
its own word ("denounced the blockade") reaches back over the whole story to that deed's doer; a criticism
received ("the move met with criticism from Berlin") is of its subject; a decision the story named a
maker for ("a judge, whose decision came after ...") is that maker's.  A wrong
target is worse than none: competing makers, a new ("a decision"), or a saying's noun leave it empty."""

from __future__ import annotations

FILLER = ("The city has about two million people. It lies on a wide river. Its old town dates from the "
          "twelfth century. Tourism is its main industry. Winters there are long and cold. The local "
          "football club won the league in 1998. The university was founded in 1870. A new bridge opened "
          "last year. ")


def _events(code_text, text: str) -> list[dict]:
    return code_text(text, "2025-03-12")


def _reactions(events: list[dict], word: str) -> list[dict]:
    return [e for e in events if e["evidence"]["event_text"].startswith(word)]


def test_a_decision_to_reimprison_is_aimed_at_the_judge_who_sent_him_back_to_prison(code_text):
    events = _events(code_text, "A Turkish judge on Monday ordered the journalist Deniz Arslan back to prison. "
                                + FILLER + "Amnesty International condemned the decision to reimprison Arslan.")
    condemned = _reactions(events, "condemned")
    assert condemned and all(e["target_actor"] == "TURJUD" for e in condemned), events
    assert all("doer of the act reacted to" in e["evidence"]["rule"] for e in condemned)
    assert all("as told in sentence 0" in e["recipient"]["reason"] for e in condemned)


def test_a_move_to_expel_diplomats_is_aimed_at_the_state_that_expelled_them(code_text):
    events = _events(code_text, "Russia expelled two Estonian diplomats on Monday. " + FILLER
                                + "Estonia condemned the move to expel its diplomats.")
    condemned = _reactions(events, "condemned")
    assert condemned and all(e["source_actor"] == "EST" and e["target_actor"] == "RUS" for e in condemned), events


def test_a_decision_two_states_made_is_aimed_at_neither(code_text):
    events = _events(code_text, "Russia expelled two Estonian diplomats on Monday. "
                                "Latvia expelled three Russian diplomats on Tuesday. " + FILLER
                                + "Germany criticized the decision to expel the diplomats.")
    criticized = _reactions(events, "criticized")
    assert criticized and not any(e["target_actor"] for e in criticized), events


def test_a_decision_to_do_what_the_story_never_told_is_aimed_at_no_one(code_text):
    events = _events(code_text, "Russia expelled two Estonian diplomats on Monday. " + FILLER
                                + "Estonia condemned the decision to jail its citizens.")
    condemned = _reactions(events, "condemned")
    assert condemned and not any(e["target_actor"] for e in condemned), events


def test_a_new_decision_is_not_one_the_story_told(code_text):
    events = _events(code_text, "Russia expelled two Estonian diplomats on Monday. " + FILLER
                                + "Estonia condemned any decision to expel its diplomats.")
    condemned = _reactions(events, "condemned")
    assert not any(e["target_actor"] == "RUS" for e in condemned), events


def test_a_deed_denounced_long_after_its_telling_is_aimed_at_its_doer(code_text):
    events = _events(code_text, "The Israeli navy blockaded the port of Gaza on Monday. " + FILLER + FILLER
                                + "Turkey denounced the blockade on Friday.")
    denounced = _reactions(events, "denounced")
    assert denounced and all(e["target_actor"].startswith("ISR") for e in denounced), events


def test_claims_rejected_long_after_a_claim_of_responsibility_are_not_aimed_at_its_claimant(code_text):
    events = _events(code_text, "The Baloch rebels claimed responsibility for the bombing on Monday. " + FILLER
                                + FILLER + "Pakistan rejected the claims that its army abuses civilians.")
    rejected = _reactions(events, "rejected")
    assert not any(e["target_actor"].endswith("REB") for e in rejected), events


def test_a_move_that_met_with_criticism_is_criticism_of_its_maker(code_text):
    events = _events(code_text, "Russia expelled two Estonian diplomats on Monday. " + FILLER
                                + "The move to expel the diplomats met with criticism from Germany.")
    met = _reactions(events, "met with criticism")
    assert met and all(e["source_actor"] == "DEU" and e["target_actor"] == "RUS" for e in met), events


def test_a_plan_the_story_never_told_met_with_criticism_is_aimed_at_no_one(code_text):
    events = _events(code_text, "Russia expelled two Estonian diplomats on Monday. " + FILLER
                                + "The plan met with criticism from Germany.")
    met = _reactions(events, "met with criticism")
    assert met and not any(e["target_actor"] for e in met), events


def test_a_decision_to_dissolve_a_party_is_the_announcers_not_that_of_the_latest_act(code_text):
    """The act told just before (an arrest by the police) is not what was decided."""
    events = _events(code_text, "The Thai government said it will dissolve the opposition party. " + FILLER
                                + "Police arrested ten protesters in Bangkok. "
                                "The United States criticized the decision to dissolve the party.")
    criticized = _reactions(events, "criticized")
    assert criticized and all(e["target_actor"] == "THAGOV" for e in criticized), events


def test_a_decision_is_aimed_at_the_one_the_story_named_as_its_maker(code_text):
    events = _events(code_text, "The journalist Ivan Petrov returned to prison on Monday on the orders of a "
                                "Turkish judge, whose decision came after another court revoked his bail. "
                                + FILLER + "Amnesty International condemned the decision.")
    condemned = _reactions(events, "condemned")
    assert condemned and all(e["target_actor"] == "TURJUD" for e in condemned), events
    assert all("maker of the decision named in the story" in e["evidence"]["rule"] for e in condemned)


def test_a_decision_two_makers_were_named_for_is_aimed_at_neither(code_text):
    events = _events(code_text, "The journalist Ivan Petrov returned to prison on the orders of a Turkish "
                                "judge, whose decision surprised his lawyers. The British court, whose decision "
                                "came a week later, freed his colleague. " + FILLER
                                + "Amnesty International condemned the decision.")
    condemned = _reactions(events, "condemned")
    assert condemned and not any(e["target_actor"] for e in condemned), events


def test_a_blockade_told_again_nearby_without_a_doer_is_not_reached_far_back_for(code_text):
    """The blockade reacted to may be the one told just before, whose doer the story did not give."""
    events = _events(code_text, "The Israeli navy blockaded the port of Gaza in 2010. " + FILLER + FILLER
                                + "A new blockade of the port began on Monday. "
                                "Turkey denounced the blockade on Friday.")
    denounced = _reactions(events, "denounced")
    assert not any(e["target_actor"].startswith("ISR") for e in denounced), events


def test_a_move_mentioned_again_without_its_maker_is_not_the_first_movers(code_text):
    """The latest mention of "the move" follows another act: it may be that act, not the named maker's."""
    events = _events(code_text, "The border was closed on Sunday by Hungary's interior minister, whose move "
                                "surprised the neighbours. " + FILLER
                                + "The Serbian parliament dissolved the opposition party on Monday. "
                                + FILLER + "The move left the opposition without a seat. "
                                "Croatia strongly criticized the move.")
    criticized = _reactions(events, "criticized")
    assert criticized and not any(e["target_actor"].startswith("HUN") for e in criticized), events
