"""An event's date is the day its act happened as the text tells it, and an act told as well before the
story's news is its history, never an asserted act of the publication day: dates of the occasion a
fronted adjunct names, adverbs that place an act earlier or after an older time, anniversaries, a
vague "recently", and the deictic words of a quote."""

from __future__ import annotations

import pytest
from event_support import event_with


def test_a_date_in_a_fronted_occasion_dates_the_main_clause(code_text):
    events = code_text("In a communique released after their summit in June, the two governments agreed to "
                       "expand trade.", "2023-11-20")
    agreed = event_with(events, "agreed")
    assert (agreed["date"], agreed["date_precision"], agreed["date_source"]) == ("2023-06-01", "month", "text")
    assert agreed["modality"] == "historical"


def test_a_date_after_the_verb_dates_the_object_not_the_act(code_text):
    events = code_text("The two governments agreed on Friday to a plan drafted in June.", "2023-11-20")
    agreed = event_with(events, "agreed")
    assert agreed["date"] == "2023-11-17"
    assert agreed["modality"] == "asserted"


def test_a_year_the_occasion_is_about_does_not_date_the_act(code_text):
    events = code_text("In a lecture about the 1979 revolution, the president criticized Britain.", "2023-11-20")
    criticized = event_with(events, "criticized")
    assert criticized["date"] == "2023-11-20"
    assert criticized["modality"] == "asserted"


@pytest.mark.parametrize(("text", "word"), [
    ("The envoy said she had visited Pyongyang before.", "visited"),
    ("The rebels had previously attacked the same convoy.", "attacked"),
])
def test_an_act_told_as_earlier_is_history(code_text, text, word):
    event = event_with(code_text(text, "2023-11-20"), word)
    assert event["modality"] == "historical"


def test_an_act_dated_before_by_a_number_of_days_is_dated_not_history(code_text):
    event = event_with(code_text("The rebels had attacked the convoy two days before.", "2023-11-20"), "attacked")
    assert (event["date"], event["modality"]) == ("2023-11-18", "asserted")


def test_an_act_told_later_than_an_older_time_goes_on_in_it(code_text):
    events = code_text("In 2019, police detained the blogger. His website was shut in 2020. "
                       "A judge later sentenced the blogger to four years in prison.", "2023-11-20")
    sentenced = event_with(events, "sentenced")
    assert (sentenced["date"], sentenced["date_precision"]) == ("2020-01-01", "year")
    assert sentenced["modality"] == "historical"


def test_later_after_a_recent_day_stays_news(code_text):
    events = code_text("Police detained the blogger on Saturday. A judge later sentenced him to four years in "
                       "prison.", "2023-11-20")
    sentenced = event_with(events, "sentenced")
    assert (sentenced["date"], sentenced["modality"]) == ("2023-11-18", "asserted")


def test_what_an_anniversary_marks_is_history(code_text):
    events = code_text("Students rallied on Monday, the 30th anniversary of the massacre of protesters by the "
                       "army.", "2023-11-20")
    assert event_with(events, "rallied")["modality"] == "asserted"
    assert event_with(events, "massacre")["modality"] == "historical"


@pytest.mark.parametrize("text", [
    "The ministry recently expelled two diplomats.",
    "In recent weeks, the ministry expelled two diplomats.",
    "The ministry has lately expelled two diplomats.",
])
def test_recently_gives_no_date_rather_than_a_guessed_month(code_text, text):
    # the text places the act before publication and says no more: no day, week or month can be known
    for published in ("2023-11-20", "2023-11-03"):
        event = event_with(code_text(text, published), "expelled")
        assert (event["date"], event["date_precision"], event["date_source"]) == (None, "unknown", "none")
        assert "recent" in event["date_text"] or event["date_text"] == "lately"
        assert event["modality"] == "asserted"


def test_a_named_date_wins_over_recently(code_text):
    event = event_with(code_text("More recently, in August, the army killed a rebel commander.", "2023-11-20"), "killed")
    assert (event["date"], event["date_text"], event["modality"]) == ("2023-08-01", "August", "historical")


@pytest.mark.parametrize(("text", "day"), [
    ('"Our fighters attacked the checkpoint today," the spokesman wrote in a post on Thursday.', "2023-11-16"),
    ('"Our fighters attacked the checkpoint yesterday," the spokesman said on Thursday.', "2023-11-15"),
])
def test_a_quote_counts_its_days_from_when_it_was_said(code_text, text, day):
    assert event_with(code_text(text, "2023-11-20"), "attacked")["date"] == day


def test_a_quote_with_no_day_of_saying_counts_from_publication(code_text):
    text = '"Our fighters attacked the checkpoint today," the spokesman said.'
    assert event_with(code_text(text, "2023-11-20"), "attacked")["date"] == "2023-11-20"


def test_an_announcement_that_is_the_means_of_a_material_act_takes_the_storys_time(code_text):
    events = code_text("The army shelled the border town last week. The rebels retaliated by announcing "
                       "sanctions on army suppliers.", "2023-11-20")
    announcing = event_with(events, "announcing")
    assert (announcing["date"], announcing["date_precision"], announcing["date_source"]) == (
        "2023-11-16", "week", "discourse")


@pytest.mark.parametrize("text", [
    "At a vigil on the anniversary of the 2009 uprising, students clashed with police.",
    "At a vigil marking the anniversary of the uprising in 2009, students clashed with police.",
])
def test_a_year_of_what_an_of_phrase_names_does_not_date_the_act(code_text, text):
    clashed = event_with(code_text(text, "2023-11-20"), "clashed")
    assert (clashed["date"], clashed["modality"]) == ("2023-11-20", "asserted")


def test_a_year_of_the_occasion_itself_still_dates_the_act(code_text):
    accused = event_with(code_text("During the 2019 campaign, the candidate accused the president of corruption.",
                               "2023-11-20"), "accused")
    assert (accused["date"], accused["modality"]) == ("2019-01-01", "historical")


def test_an_event_noun_called_recent_is_dated_as_recently_not_by_its_verb(code_text):
    events = code_text("The governor declared Monday a day of mourning for the victims of recent bombings "
                       "against civilians.", "2023-11-20")
    bombings = event_with(events, "bombings")
    assert (bombings["date"], bombings["date_precision"], bombings["date_text"]) == (None, "unknown", "recent")
    assert bombings["modality"] == "asserted"


def test_a_later_mention_of_a_dated_act_takes_its_date(code_text):
    events = code_text("The government promised more police for the north.\n\n"
                       "Rebels attacked a police station on Sunday, officials said.\n\n"
                       "Aid groups called for calm. The rebels' attack on the station drew wide condemnation.",
                       "2023-11-20")
    # dated Sunday, the rebels' attack is the attack told before: one event (tests/test_one_event_per_act.py)
    attack = next(e for e in events if "told again in sentence 3" in e["evidence"]["rule"])
    assert (attack["evidence"]["event_text"], attack["date"]) == ("attacked", "2023-11-19")


def test_a_ban_told_long_ago_stays_history_when_mentioned_again(code_text):
    events = code_text("In August 2022, the ministry banned her novel, she said. Years on, she still cannot say "
                       "why the novel was banned.", "2023-11-20")
    again = [e for e in events if e["evidence"]["event_text"] == "banned"][-1]
    assert (again["date"], again["modality"]) == ("2022-08-01", "historical")


def test_an_act_first_told_without_a_date_is_not_dated_by_another_of_the_same_word(code_text):
    events = code_text("Rights groups condemned the detention of the blogger. He is no stranger to the police. "
                       "In 2019, police detained him at a protest. Lawyers say the blogger's detention is "
                       "unlawful.", "2023-11-20")
    last = [e for e in events if e["evidence"]["event_text"] == "detention"][-1]
    assert last["date"] == "2023-11-20"


def test_a_threat_dated_from_the_storys_time_counts_from_it(code_text):
    events = code_text("Gunmen seized a ferry on Saturday. The gang had warned a day earlier that it would "
                       "kill the crew.", "2023-11-20")
    warned = event_with(events, "warned")
    assert (warned["date"], warned["date_text"]) == ("2023-11-17", "a day earlier")


@pytest.mark.parametrize(("published", "thursday"), [
    ("2023-11-19", "2023-11-16"),  # a Sunday: the week just ending
    ("2023-11-18", "2023-11-09"),  # a Saturday: the calendar week before
    ("2023-11-20", "2023-11-16"),  # a Monday: the calendar week before
])
def test_last_week_in_a_sunday_story_is_the_week_just_ending(code_text, published, thursday):
    event = event_with(code_text("Hungary expelled two Russian diplomats last week.", published), "expelled")
    assert (event["date"], event["date_precision"]) == (thursday, "week")


def test_a_date_that_only_ends_a_span_leaves_the_sentence_in_the_storys_time(code_text):
    events = code_text("The army shelled the town last week. The rebels first attacked a checkpoint, then "
                       "blocked the highway until May 2.", "2023-11-22")
    attacked = event_with(events, "attacked")
    assert (attacked["date"], attacked["date_source"]) == ("2023-11-16", "discourse")


def test_a_number_counting_people_is_no_year(code_text):
    """"holding 2000 people" counts them; "the 2015 agreement" dates it."""
    held = event_with(code_text("Militants were holding 2000 people in the district on Monday.", "2009-05-06"),
                      "holding")
    assert held["modality"] == "asserted" and held["date"] == "2009-05-04"
    signed = event_with(code_text("The 2005 agreement was signed in Vienna.", "2009-05-06"), "signed")
    assert signed["modality"] == "historical"


def _story(first_telling: str, later: str) -> str:
    return f"The government promised more police for the north.\n\n{first_telling}\n\nAid groups called for calm. {later}"


def test_an_act_told_again_by_another_word_of_its_code_takes_the_first_tellings_date(code_text):
    events = code_text(_story("Gunmen killed five villagers on Saturday, officials said.",
                              "Officials said the killing of the villagers was an act of terror."), "2023-11-20")
    # dated Saturday, the killing is the act told before: one event (tests/test_one_event_per_act.py)
    killing = next(e for e in events if "told again in sentence 3" in e["evidence"]["rule"])
    assert (killing["evidence"]["event_text"], killing["date"], killing["date_text"]) == ("killed", "2023-11-18", "Saturday")


def test_an_act_of_force_by_another_party_is_not_the_one_told_before(code_text):
    events = code_text(_story("The army shelled the town on Saturday, officials said.",
                              "The rebels' attack on the town drew wide condemnation."), "2023-11-20")
    assert event_with(events, "attack")["date"] == "2023-11-20"


def test_another_act_of_the_same_kind_is_not_the_one_told_before(code_text):
    events = code_text(_story("Gunmen attacked a market on Saturday, officials said.",
                              "Another attack on the market followed, residents said."), "2023-11-20")
    later = [e for e in events if e["evidence"]["event_text"] == "attack"]
    assert all(e["date"] != "2023-11-18" for e in later)


def test_an_act_a_measured_time_before_a_dated_act_is_dated_that_far_back(code_text):
    events = code_text(_story("Police arrested 12 men on Sunday, a day after an attack on a market in the north.",
                              "Rebels claimed responsibility for the attack."), "2023-11-20")
    arrested = event_with(events, "arrested")
    assert arrested["date"] == "2023-11-19"
    # the attack told again takes the day before the arrests, not the arrests' day nor publication
    attack = [e for e in events if e["evidence"]["event_text"] == "attack"][-1]
    assert (attack["date"], attack["date_text"]) == ("2023-11-18", "a day after")


@pytest.mark.parametrize(("text", "act"), [
    ("A court on Wednesday adjourned the trial of an activist arrested over a protest.", "arrested"),
    ("The judge on Wednesday freed a reporter who criticized the president.", "criticized"),
    ("At a briefing on Wednesday, the minister said the police had detained the activist.", "detained"),
    ("Speaking ahead of Wednesday's hearing, the lawyer said the arrest of the activist was unlawful.", "arrest"),
])
def test_the_day_of_another_act_does_not_date_an_act_told_as_its_background(code_text, text, act):
    # a participle or relative clause on a noun, a past perfect, a noun the day's possessor does not own:
    # the act came some time before that day, which the sentence does not give
    event = event_with(code_text(text, "2023-11-20"), act)
    assert (event["date"], event["date_precision"], event["date_source"]) == (None, "unknown", "none")


@pytest.mark.parametrize(("text", "act", "day"), [
    ("The army said on Wednesday its forces killed ten rebels.", "killed", "2023-11-15"),
    ("Students protested on Thursday after the council dissolved the party.", "dissolved", "2023-11-16"),
    ("On March 3, 2019, the minister said the police had detained the activist.", "detained", "2019-03-03"),
])
def test_an_act_reported_or_told_beside_a_dated_act_keeps_its_date(code_text, text, act, day):
    assert event_with(code_text(text, "2023-11-20"), act)["date"] == day


@pytest.mark.parametrize(("later", "day"), [
    ("The army said on Wednesday the gunmen killed four officers.", "2023-11-19"),  # the act told before
    ("The army said on Wednesday its soldiers killed four gunmen.", "2023-11-22"),  # another party's act
    ("The army said the gunmen killed four officers on Monday.", "2023-11-20"),  # a day of its own
])
def test_the_day_a_material_act_was_reported_yields_to_its_earlier_dated_telling(code_text, later, day):
    events = code_text(f"Gunmen attacked a police post in the north on Sunday.\n\n{later}", "2023-11-23")
    assert event_with(events, "killed")["date"] == day


@pytest.mark.parametrize("text", [
    "The governor declared Friday as a day of mourning for the victims.",
    "The president declared Friday as a national day of mourning for the victims of the flood.",
])
def test_a_day_an_act_declares_is_not_its_date(code_text, text):
    # published on a Monday: the declared Friday is what the act names, not when it happened
    events = code_text(text, "2023-11-20")
    declared = event_with(events, "declared")
    assert (declared["date"], declared["date_source"]) == ("2023-11-20", "publication")


@pytest.mark.parametrize(("text", "act"), [
    ("In a recent interview with a local radio station, the minister accused the rebels of stalling the talks.",
     "accused"),
    (("In one of his recently published reports, the envoy criticized the curbs on the press, demanding they be "
     "lifted."), "demanding"),
])
def test_an_act_on_an_occasion_called_recent_gets_no_date(code_text, text, act):
    event = event_with(code_text(text, "2023-11-20"), act)
    assert (event["date"], event["date_precision"], event["date_source"]) == (None, "unknown", "none")


def test_an_act_first_told_with_no_knowable_date_keeps_none_when_told_again(code_text):
    events = code_text("A court on Wednesday adjourned the trial of an activist arrested over a protest.\n\n"
                       "His lawyer said the activist's arrest was unlawful.", "2023-11-20")
    arrest = event_with(events, "arrest")
    assert (arrest["date"], arrest["date_precision"], arrest["date_source"]) == (None, "unknown", "none")


def test_the_most_recent_act_is_dated_by_its_clause_not_as_recently(code_text):
    event = event_with(code_text("However, the most recent arrests occurred on 4 March, 2010.", "2023-11-20"), "arrests")
    assert (event["date"], event["date_text"]) == ("2010-03-04", "4 March, 2010")


def test_the_latest_act_of_a_kind_is_not_the_one_told_before(code_text):
    events = code_text(_story("Gunmen attacked a market in the north on Saturday, officials said.",
                              "Officials said the latest attack on the market killed four people."), "2023-11-20")
    latest = [e for e in events if e["evidence"]["event_text"].startswith("attack on")]
    assert latest and all(e["date"] == "2023-11-20" for e in latest)


def test_a_participle_on_an_event_noun_dates_the_noun(code_text):
    """'ousted in a coup led by the army chief in 2009': the participle's year is the coup's."""
    events = code_text("Ties have been cool since the president was ousted in an attack led by the army chief "
                       "in 2009.", "2023-11-20")
    attack = event_with(events, "attack led")
    assert (attack["date"], attack["modality"]) == ("2009-01-01", "historical"), events
