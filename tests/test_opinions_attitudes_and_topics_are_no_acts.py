"""What a speaker only believes, an attitude someone keeps, and talk about a topic are not acts:
"spoke up for them, *I believe*," is an opinion, "analysts ... *remain doubtful*" a held attitude,
"we don't want to *talk about* the worst case" no refusal of talks, "talk *over* the rumours" no call."""

from __future__ import annotations

PUBLISHED = "2025-03-12"
LEAD = "Officials met in the capital on Tuesday."


def _body(code_text, text: str) -> list[dict]:
    return [e for e in code_text(f"{LEAD} {text}", PUBLISHED) if e["evidence"]["sentence_index"] == 1]


def test_an_act_the_speaker_only_believes_in_parenthesis_is_an_opinion(code_text):
    events = _body(code_text, "Many activists spoke up for the prisoners, I believe, more than ever before.")
    assert events and all(e["modality"] == "hypothetical" and e["evidence"]["modality_cue"] == "I believe"
                          for e in events)


def test_a_parenthesis_that_is_not_an_opinion_leaves_the_act(code_text):
    events = _body(code_text, "Many activists, police said, were arrested on Monday.")
    assert [e for e in events if e["cameo"] == "173" and e["modality"] == "asserted"]


def test_an_attitude_kept_by_others_is_standing(code_text):
    events = [e for e in _body(code_text, "Diplomats praised the army for its restraint but remain doubtful "
                                          "about its intentions.") if e["cameo"] == "012"]
    assert events and all(e["modality"] == "historical" and "remains" in e["evidence"]["modality_cue"]
                          for e in events)


def test_the_speakers_own_attitude_is_a_statement(code_text):
    events = [e for e in _body(code_text, '"We remain deeply concerned about the arrests," the minister said.')
              if e["cameo"] == "012"]
    assert events and all(e["modality"] == "asserted" for e in events)


def test_not_wanting_to_talk_about_a_topic_is_no_refusal(code_text):
    events = _body(code_text, "\"We don't want to talk about the worst case over rumors,\" the minister said.")
    assert not [e for e in events if e["cameo"].startswith(("12", "04"))]


def test_not_wanting_to_talk_with_a_party_is_a_refusal(code_text):
    events = _body(code_text, "\"We don't want to talk with the rebels,\" the minister said.")
    assert [e for e in events if e["cameo"].startswith("12") and e["modality"] == "asserted"]


def test_talking_over_the_phone_is_a_call(code_text):
    assert [e for e in _body(code_text, "The two presidents talked over the phone on Monday.") if e["cameo"] == "041"]


def test_an_act_named_by_the_gerund_subject_of_a_judgement_is_weighed_not_done(code_text):
    for text in ("An analyst said that attempting a summit with the rebels could be risky for the president.",
                 "Attacking the base would be a mistake, the general said."):
        events = [e for e in _body(code_text, text) if e["cameo"].startswith(("04", "19"))]
        assert events and all(e["modality"] == "hypothetical" for e in events), text


def test_a_gerund_subject_of_a_past_judgement_was_done(code_text):
    events = [e for e in _body(code_text, "Holding talks with the rebels was a mistake, the general said.")
              if e["cameo"].startswith("04")]
    assert events and all(e["modality"] == "asserted" for e in events)


def test_a_stance_a_critic_blames_someone_for_is_the_critics_account(code_text):
    events = [e for e in _body(code_text, "The president also attacked the newspaper for refusing to support "
                                          "his budget plans.") if e["cameo"].startswith("12")]
    assert events and all(e["modality"] == "hypothetical" for e in events)


def test_a_refusal_punished_is_a_fact(code_text):
    events = [e for e in _body(code_text, "The court jailed him for refusing to testify.") if e["cameo"].startswith("12")]
    assert events and all(e["modality"] == "asserted" for e in events)
