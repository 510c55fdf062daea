"""A past event the sentence gives no date of its own takes the story's reference time (the day an
earlier sentence, the same sentence or the lead names), never silently the publication date."""

from __future__ import annotations

import pytest
from event_support import event_with

# Wednesday 2025-03-12: VOA publishes the day after many events
PUBLISHED = "2025-03-12"


def test_past_event_after_a_dated_sentence_takes_that_day(code_text):
    events = code_text(
        "Militants attacked a passenger train Tuesday in the southwest of the country. "
        "The Baloch Liberation Army claimed responsibility for the attack.",
        PUBLISHED,
    )
    claim = event_with(events, "claimed")
    assert claim["date"] == "2025-03-11"
    assert claim["date_source"] == "discourse"
    assert claim["date_text"] == "Tuesday"


def test_date_of_another_clause_of_the_same_sentence_dates_the_event(code_text):
    events = code_text("In a statement emailed to reporters on Friday morning, the minister condemned the jailbreak.",
                       "2021-02-27")
    condemned = event_with(events, "condemned")
    assert (condemned["date"], condemned["date_source"]) == ("2021-02-26", "sentence")


def test_own_date_wins_over_the_discourse(code_text):
    events = code_text(
        "Militants attacked a passenger train Tuesday. "
        "Last month, rebels ambushed a bus and killed 18 soldiers.",
        PUBLISHED,
    )
    ambush = event_with(events, "killed")
    assert (ambush["date"], ambush["date_precision"], ambush["date_source"]) == ("2025-02-01", "month", "text")


def test_present_statement_keeps_the_publication_date(code_text):
    events = code_text(
        "Militants attacked a passenger train Tuesday. "
        "Pakistan accuses India of backing the militants.",
        PUBLISHED,
    )
    accuse = event_with(events, "accuses")
    assert (accuse["date"], accuse["date_source"]) == (PUBLISHED, "publication")


def test_present_perfect_keeps_the_publication_date(code_text):
    events = code_text(
        "Militants attacked a passenger train Tuesday. "
        "The government has condemned the attack.",
        PUBLISHED,
    )
    condemned = event_with(events, "condemned")
    assert condemned["date_source"] == "publication"


def test_a_sentence_about_another_time_breaks_the_chain(code_text):
    events = code_text(
        "Militants attacked a passenger train Wednesday. "
        "Police detained ten suspects in the city on Monday. "
        "In April 2019, the military removed the president. "
        "Protesters denounced the army.",
        PUBLISHED,
    )
    denounced = event_with(events, "denounced")
    assert (denounced["date"], denounced["date_source"]) == (PUBLISHED, "publication")


def test_after_background_a_story_published_the_morning_after_goes_on_in_its_news_day(code_text):
    """The lead's Tuesday is the story's news day; published Wednesday, an undated act after background
    happened that Tuesday, not on the publication day (nor at the background's time)."""
    events = code_text(
        "Militants attacked a passenger train Tuesday. "
        "In April 2019, the military removed the president. "
        "Shortly before a news conference, the governor condemned the attack.",
        PUBLISHED,
    )
    condemned = event_with(events, "condemned")
    assert (condemned["date"], condemned["date_source"]) == ("2025-03-11", "lead")


def test_date_of_a_clause_that_modifies_a_noun_is_not_lent_to_later_sentences(code_text):
    events = code_text(
        "The men involved in the attempt to overthrow the president on Feb. 7 are detained there. "
        "The president condemned the jailbreak.",
        "2021-02-27",
    )
    condemned = event_with(events, "condemned")
    assert condemned["date_source"] == "publication"


def test_lead_day_dates_events_of_later_paragraphs(code_text):
    events = code_text(
        "Somali forces ended a hotel siege on Tuesday and killed six militants.\n\n"
        "The army arrested three suspects.",
        PUBLISHED,
    )
    arrest = event_with(events, "arrested")
    assert (arrest["date"], arrest["date_source"], arrest["date_text"]) == ("2025-03-11", "lead", "Tuesday")


def test_a_future_clause_gives_no_reference_time(code_text):
    events = code_text(
        "The ministers will meet on Friday. "
        "The army arrested three suspects.",
        PUBLISHED,
    )
    arrest = event_with(events, "arrested")
    assert arrest["date_source"] == "publication"


def test_dates_long_before_publication_reach_only_the_next_sentence(code_text):
    events = code_text(
        "The rebels seized the town in 2019. "
        "The army arrested three suspects. "
        "Soldiers killed two men.",
        PUBLISHED,
    )
    assert event_with(events, "arrested")["date"] == "2019-01-01"
    assert event_with(events, "killed")["date_source"] == "publication"


@pytest.mark.parametrize(("words", "date"), [("last week", "2025-03-06"), ("earlier this month", "2025-03-06")])
def test_week_and_month_references_keep_their_precision(code_text, words, date):
    events = code_text(f"Militants attacked a passenger train {words}. The army arrested three suspects.", PUBLISHED)
    arrest = event_with(events, "arrested")
    assert arrest["date"] == date
    assert arrest["date_precision"] in ("week", "month")
    assert arrest["date_source"] == "discourse"


def test_a_present_reported_under_a_dated_past_verb_of_saying_takes_that_day(code_text):
    events = code_text('On Tuesday, a top U.S. general said he is expecting North Korea to launch a missile.',
                       "2019-12-18")
    launch = [e for e in events if e["date_source"] != "publication"]
    assert launch and launch[0]["date"] == "2019-12-17" and launch[0]["date_source"] == "sentence"


def test_a_stretch_up_to_now_is_no_reference_time(code_text):
    events = code_text("Food prices have risen in the past month. The army arrested three suspects.", PUBLISHED)
    arrest = event_with(events, "arrested")
    assert arrest["date_source"] == "publication"


def test_an_older_date_of_the_main_clause_dates_its_other_clauses(code_text):
    events = code_text("Last year the ministry published a list of books banned by the Taliban.", PUBLISHED)
    banned = event_with(events, "banned")
    assert (banned["date"], banned["date_precision"], banned["date_source"]) == ("2024-01-01", "year", "sentence")


def test_a_verb_of_saying_does_not_take_an_earlier_sentences_week(code_text):
    story = "Trudeau stepped up border enforcement last week. "
    criticized = event_with(code_text(story + "The minister criticized Canada.", PUBLISHED), "criticized")
    assert criticized["date_source"] == "discourse"  # a week lends its time to the acts after it ...
    warned = event_with(code_text(story + "The minister warned Canada.", PUBLISHED), "warned")
    assert warned["date_source"] == "publication"  # ... not to what is said about them


def test_background_goes_on_in_the_sentence_after_it(code_text):
    events = code_text("Militants attacked a passenger train Tuesday. "
                       "In 2013, rebels seized the capital. "
                       "A militia fought back.", PUBLISHED)
    fought = event_with(events, "fought")
    assert (fought["date"], fought["date_source"]) == ("2013-01-01", "discourse")


def test_a_statement_after_background_is_todays_news(code_text):
    events = code_text("In 2013, rebels seized the capital. "
                       "The minister welcomed the move.", PUBLISHED)
    welcomed = event_with(events, "welcomed")
    assert welcomed["date_source"] == "publication"


def test_days_later_counts_from_the_date_the_story_named_before(code_text):
    events = code_text(
        "Last month, insurgents ambushed a bus in Kalat and killed 18 soldiers. "
        "Just days later, a roadside bomb killed 11 coal miners in the city.",
        PUBLISHED,
    )
    miners = next(e for e in events if e["evidence"]["sentence"].startswith("Just"))
    assert (miners["date"], miners["date_precision"], miners["date_text"]) == ("2025-02-01", "month", "Just days later")


def test_a_day_earlier_counts_back_from_the_day_named_before_not_from_publication(code_text):
    events = code_text("Rebels attacked a village on Monday. A day earlier, soldiers had arrested the rebel commander.",
                       "2025-03-14")
    arrested = event_with(events, "arrested")
    assert (arrested["date"], arrested["date_source"]) == ("2025-03-09", "text")


def test_two_days_later_is_never_after_publication_when_the_story_named_a_day(code_text):
    events = code_text("Militants stormed a hotel in Beledweyne on Tuesday. "
                       "Two days later, the army killed six militants in an airstrike.", "2025-03-14")
    killed = event_with(events, "killed")
    assert killed["date"] == "2025-03-13"


def test_background_since_a_date_does_not_cut_the_story_time(code_text):
    events = code_text(
        "A High Court judge in Zimbabwe on Wednesday adjourned the case of a journalist. "
        "The journalist has been in custody since Feb. 24. "
        "At the hearing, the judge requested more time to examine the case.",
        "2025-03-13",
    )
    requested = event_with(events, "requested")
    assert (requested["date"], requested["date_source"]) == ("2025-03-12", "discourse")


def test_a_when_clause_dated_long_ago_dates_its_main_clause(code_text):
    events = code_text("When the army attacked the town in 2019, the rebels fled to the hills and condemned the "
                       "government.", "2025-03-14")
    condemned = event_with(events, "condemned")
    assert condemned["date"] == "2019-01-01"
    assert condemned["modality"] != "asserted"  # long before publication: historical


def test_words_of_a_quote_are_dated_by_the_verb_that_reports_them(code_text):
    events = code_text(
        "Rights groups have filed lawsuits against the government. "
        "\"The group appears more interested in open borders than in public safety,\" a spokesperson told "
        "reporters in a statement earlier this month. "
        "\"In the meantime, we will continue working with the Justice Department to fight these "
        "baseless challenges.\"",
        PUBLISHED,
    )
    working = event_with(events, "continue")
    assert (working["date"], working["date_precision"], working["date_text"]) == ("2025-03-06", "month",
                                                                                  "earlier this month")


def test_a_date_inside_the_quote_does_not_date_the_saying(code_text):
    events = code_text(
        "\"I am deeply concerned with the escape which occurred on 25 February 2021,\" the envoy told reporters. "
        "\"I encourage the police to speed up investigations into this incident.\"",
        "2021-03-05",
    )
    encourage = event_with(events, "encourage")
    assert encourage["date"] != "2021-02-25"


def test_a_following_after_clause_dated_long_ago_dates_its_main_clause(code_text):
    events = code_text("Yoon later retracted his statement after the council was created in April 2023.", PUBLISHED)
    retracted = event_with(events, "retracted")
    assert retracted["date"] == "2023-01-01"
    assert retracted["modality"] != "asserted"


def test_the_predicates_own_date_wins_over_its_time_clause(code_text):
    events = code_text("The army attacked the rebels on Tuesday after the talks collapsed in 2019.", PUBLISHED)
    attacked = event_with(events, "attacked")
    assert (attacked["date"], attacked["modality"]) == ("2025-03-11", "asserted")


def test_refusing_to_comment_is_dated_when_the_story_was_written(code_text):
    events = code_text("Malawi's High Court on Jan. 14 ordered all public schools to admit students with dreadlocks. "
                       "Malawi's education authorities refused to comment.", "2020-01-23")
    refused = event_with(events, "refused")
    assert (refused["date"], refused["date_source"]) == ("2020-01-23", "publication")


def test_a_complement_of_a_present_perfect_keeps_the_publication_date(code_text):
    events = code_text(
        "Militants attacked a passenger train Tuesday. "
        "The government has refused to release the prisoners the militants demanded.",
        PUBLISHED,
    )
    release = event_with(events, "release")
    assert (release["date"], release["date_source"]) == (PUBLISHED, "publication")


def test_lead_day_in_a_clause_of_the_same_moment_dates_the_story_after_it(code_text):
    """The parser hangs the lead's day on its "as" clause; the day is still the episode's, which the
    undated acts told after it belong to."""
    events = code_text(
        "Survivors described their ordeal to reporters as soldiers completed a long evacuation on Monday. "
        "The soldiers rescued 40 children, an officer said.",
        "2025-03-15",
    )
    rescued = event_with(events, "rescued")
    assert (rescued["date"], rescued["date_source"], rescued["date_text"]) == ("2025-03-10", "discourse", "Monday")


def test_lead_day_of_a_noun_or_of_another_time_dates_no_later_act(code_text):
    noun_clause = code_text(
        "Police detained dozens of students who had protested in the capital on Friday. "
        "The officers also beat two journalists, a spokesman said.",
        "2025-03-15",
    )
    assert event_with(noun_clause, "beat")["date_source"] == "publication"
    other_time = code_text(
        "The president met the opposition leader before soldiers stormed the parliament on Friday. "
        "Police also arrested 40 students, a spokesman said.",
        "2025-03-15",
    )
    assert event_with(other_time, "arrested")["date_source"] == "publication"


def test_day_of_a_when_clause_is_the_time_the_story_goes_on_in(code_text):
    events = code_text(
        "Police are hunting a rebel commander across the north. "
        "He was awaiting trial on murder charges when he escaped on Thursday. "
        "A group of armed inmates exchanged gunfire with guards at the gate.",
        "2025-03-15",
    )
    gunfire = event_with(events, "exchanged")
    assert (gunfire["date"], gunfire["date_source"], gunfire["date_text"]) == ("2025-03-13", "discourse", "Thursday")


def test_said_threat_is_dated_by_its_saying_in_its_own_sentence(code_text):
    """A threat's event is the saying; its future content does not keep it on the publication date."""
    events = code_text(
        "Protesters marched through the capital on Monday. "
        "The general, who met reporters Monday, said, warning that the rebels will not be spared.",
        "2025-03-14",
    )
    warning = event_with(events, "warning")
    assert (warning["date"], warning["date_source"]) == ("2025-03-10", "sentence")


def test_said_threat_takes_no_date_of_an_earlier_act(code_text):
    events = code_text(
        "Militants attacked a passenger train on Monday in the mountains. "
        "The general said, warning that the militants will not be spared.",
        "2025-03-14",
    )
    warning = event_with(events, "warning")
    assert (warning["date"], warning["date_source"]) == ("2025-03-14", "publication")


def test_act_during_an_occasion_told_before_takes_its_day(code_text):
    """'killed during the raid': the raid's day (Monday), not the day the sentence before names."""
    events = code_text(
        "Rebels staged a raid on an army base on Monday. "
        "Police arrested 12 suspects in the capital on Tuesday. "
        "Two guards were killed during the raid, an officer said.",
        "2025-03-14",
    )
    killed = event_with(events, "killed")
    assert (killed["date"], killed["date_source"]) == ("2025-03-10", "discourse")


def test_act_during_another_occasion_keeps_the_story_time(code_text):
    events = code_text(
        "Rebels staged a raid on an army base on Monday. "
        "Police arrested 12 suspects in the capital on Tuesday. "
        "Two guards were killed during another raid, an officer said.",
        "2025-03-14",
    )
    assert event_with(events, "killed")["date"] == "2025-03-11"


def test_detention_since_a_day_dates_the_arrest_the_story_tells(code_text):
    """'in custody since Feb. 24' is the arrest's day, for the custody and for 'the arrest' told after it,
    though the arrest was first told with no date of its own."""
    events = code_text(
        "A court on Wednesday adjourned the case of an activist arrested over his speeches. "
        "The activist has been in custody since Feb. 24 over accusations of incitement. "
        "Speaking ahead of the hearing, his lawyer said the arrest of the activist sent a chilling message.",
        "2025-03-13",
    )
    custody = event_with(events, "custody")
    assert (custody["date"], custody["date_source"], custody["date_text"]) == ("2025-02-24", "text", "since Feb. 24")
    arrest = next(e for e in events if e["evidence"]["event_text"] == "arrest")
    assert (arrest["date"], arrest["date_source"]) == ("2025-02-24", "discourse")


def test_arrests_counted_since_a_day_are_not_dated_by_it(code_text):
    events = code_text(
        "The security forces have arrested at least 2,400 people since February 1.",
        "2025-03-13",
    )
    # a stretch up to now gives the arrests no single day: neither February 1 nor the publication day
    arrested = event_with(events, "arrested")
    assert (arrested["date"], arrested["date_source"], arrested["date_text"]) == (None, "none", "since February 1")


def test_reported_act_does_not_take_the_day_of_the_report(code_text):
    """'On Monday, a newspaper reported that ...': Monday is the report's day; the act it reports, learnt
    from others, came some unknown time before it. A party's own saying keeps its day."""
    events = code_text(
        "On Monday, a newspaper reported that the minister accused the opposition of fraud. "
        "The army said on Tuesday that its soldiers killed four militants.",
        PUBLISHED,
    )
    accused = event_with(events, "accused")
    assert (accused["date"], accused["date_source"]) == (None, "none")
    assert event_with(events, "killed")["date"] == "2025-03-11"


def test_statement_summed_up_takes_the_day_of_the_speakers_quote_after_it(code_text):
    """'Norvania has rejected the charges. "...," a Norvania spokesperson told reporters on Monday': the
    summary and the quote are one statement, made Monday; another speaker's dated words do not date it."""
    events = code_text(
        "Norvania has rejected the charges. "
        "\u201cThese accusations are baseless and politically motivated,\u201d a Norvania spokesperson told reporters "
        "on Monday. "
        "Eldoria has denied the claims. "
        "\u201cWe have nothing to hide from anyone at all,\u201d a Norvania official said on Tuesday.",
        PUBLISHED,
    )
    rejected = event_with(events, "rejected")
    assert (rejected["date"], rejected["date_text"], rejected["date_source"]) == ("2025-03-10", "Monday", "discourse")
    # Eldoria's denial is not the Norvanian official's Tuesday words; an undated perfect past the lead has no day
    denied = event_with(events, "denied")
    assert (denied["date"], denied["date_source"]) == (None, "none")


def test_remarks_of_a_speaker_take_the_day_he_made_them(code_text):
    """'Speaking on Tuesday, Marlow said ... "...," Marlow said. ... Marlow's remarks ...': the remarks are
    the speech of Tuesday, through the undated quote that continues it."""
    events = code_text(
        "Speaking at a university in the capital on Tuesday, Foreign Minister Anton Marlow said the talks "
        "could resume soon. "
        "\u201cWe are ready to listen to every side in this conflict,\u201d Marlow said. "
        "Marlow\u2019s remarks suggest that the government is leaving a door open for diplomacy.",
        PUBLISHED,
    )
    remarks = event_with(events, "remarks")
    assert (remarks["date"], remarks["date_text"]) == ("2025-03-11", "Tuesday")


def test_counting_back_far_from_the_last_date_counts_from_the_news_day(code_text):
    """'a day earlier' right after a dated sentence counts from that date; told sentences after it, it
    counts back from the story's present (the lead's day), not from a date long since left behind."""
    lead = "Soldiers freed the hostages on Wednesday. The gunmen stormed the bus on Tuesday. "
    near = code_text(lead + "The gang had threatened a day earlier to kill the hostages.", "2025-03-13")
    assert event_with(near, "threatened")["date"] == "2025-03-10"
    far = code_text(
        lead + "Police sealed the roads around the village. Officials closed the schools in the district. "
        "The gang had threatened a day earlier to kill the hostages.",
        "2025-03-13",
    )
    assert event_with(far, "threatened")["date"] == "2025-03-11"


def test_act_told_a_measured_time_after_a_dated_act_takes_that_day(code_text):
    """'In a statement released hours after the attack, the rebels demanded ...': the attack's day, told
    sentences before, not the day of the sentence just before; 'a day after the attack' is the next day."""
    events = code_text(
        "Troops recaptured the bridge on Wednesday. Rebels attacked a convoy on Monday near the border. "
        "Officials closed the roads on Wednesday. "
        "In a statement released hours after the attack, the rebels demanded the release of prisoners. "
        "The rebels issued a second statement a day after the attack, demanding money.",
        "2025-03-13",
    )
    demanded = event_with(events, "demanded")
    assert (demanded["date"], demanded["date_source"]) == ("2025-03-10", "discourse")
    assert event_with(events, "demanding")["date"] == "2025-03-11"


def _lead_event(events: list[dict]) -> dict:
    return min(events, key=lambda e: e["evidence"]["sentence_index"])


def test_undated_act_of_the_lead_takes_the_day_the_body_tells_it_with(code_text):
    """A lead sums up the news without its day; the body tells the same killing again with it."""
    events = code_text(
        "A senior rebel commander is dead, killed in what officials describe as a joint operation. "
        "The army said the rebel commander was killed Thursday in an airstrike near the border.",
        "2025-03-14",
    )
    lead = _lead_event([e for e in events if e["evidence"]["event_text"] == "killed"])
    assert (lead["date"], lead["date_source"], lead["date_text"]) == ("2025-03-13", "discourse", "Thursday")


def test_another_act_of_the_kind_told_later_leaves_the_lead_its_date(code_text):
    events = code_text(
        "A senior rebel commander is dead, killed in what officials describe as a joint operation. "
        "The army said another rebel commander was killed Thursday in an airstrike near the border.",
        "2025-03-14",
    )
    lead = _lead_event([e for e in events if e["evidence"]["event_text"] == "killed"])
    assert (lead["date"], lead["date_source"]) == ("2025-03-14", "publication")


STATEMENT_STORY = (
    "Rebels attacked a convoy on Monday near the border. Troops recaptured the bridge on Wednesday. "
    "In a statement to media, the rebel group claimed to be holding 40 hostages. "
    "Police officers arrested two men near the bridge. "
    "Threatening to kill the hostages, the rebels demanded the release of prisoners. "
    "In the statement released hours after the attack, the group gave authorities 48 hours to comply."
)


def test_acts_told_in_one_statement_take_the_day_the_story_gives_the_statement(code_text):
    """'In a statement ...' and 'In the statement released hours after the attack ...' are one saying:
    the acts told in it, and the doer's acts told between, are of Monday's statement, not of Wednesday."""
    events = code_text(STATEMENT_STORY, "2025-03-13")
    for word in ("holding", "demanded", "gave"):
        assert event_with(events, word)["date"] == "2025-03-10", word


def test_another_doers_act_between_two_tellings_of_a_statement_keeps_its_date(code_text):
    events = code_text(STATEMENT_STORY, "2025-03-13")
    assert event_with(events, "arrested")["date"] == "2025-03-12"


def test_occasion_framing_a_dated_act_takes_its_date(code_text):
    """'During the visit, she met ...': the visit is of the meeting's day, not of the later publication."""
    events = code_text(
        "The senator flew to Ghana on Monday. During her visit to Ghana, she met with the new president.",
        "2025-03-14",
    )
    # the visit is the flight told before, one act of Monday (tests/test_one_event_per_act.py)
    visit = next(e for e in events if "told again in sentence 1" in e["evidence"]["rule"])
    assert (visit["cameo"], visit["date"]) == ("042", "2025-03-10")


def test_clause_a_measured_time_after_another_counts_back_from_its_day(code_text):
    """'He spoke on Wednesday, a day after the government announced it had banned him': the ban was told
    on Tuesday, not on the day of the sentence."""
    events = code_text(
        "The envoy criticized the government on Wednesday. "
        "He spoke a day after the government announced that it had banned him from the country.",
        "2024-05-30",
    )
    banned = event_with(events, "banned")
    assert (banned["date"], banned["date_source"], banned["date_text"]) == ("2024-05-28", "sentence", "a day after")


def test_clause_told_days_after_a_dated_one_counts_forward_from_it(code_text):
    events = code_text(
        "The president took office on May 20. "
        "Three days after the president took office, the navy conducted military drills near the island.",
        "2024-06-02",
    )
    drills = event_with(events, "conducted")
    assert (drills["date"], drills["date_source"]) == ("2024-05-23", "sentence")


def test_time_of_a_noun_clause_does_not_cut_the_story_time(code_text):
    """'The request, linked to a claim *that Norvania made 10 years ago*, met with opposition from Eldoria':
    the ten years are the claim's, not the sentence's, which goes on at the day told before."""
    events = code_text(
        "Norvania and Eldoria are at odds over a disputed reef. "
        "On Dec. 12, Norvania submitted a request to a U.N. commission to extend its rights over the reef. "
        "The request, linked to a claim that Norvania made 10 years ago, met with opposition from Eldoria's "
        "U.N. mission.",
        "2019-12-23",
    )
    opposition = event_with(events, "opposition")
    assert (opposition["date"], opposition["date_source"]) == ("2019-12-12", "discourse")


def test_a_deadline_is_no_time_the_story_goes_on_in(code_text):
    """'The withdrawal was supposed to be completed *by June 1*. The rebels denounced the delay': June 1 is a
    limit, not the day of anything told after it."""
    events = code_text(
        "Foreign troops remain in the country. "
        "The withdrawal was supposed to be completed by June 1 under the accord, but the government missed the "
        "deadline. "
        "The rebels denounced the delay.",
        "2025-06-14",
    )
    denounced = event_with(events, "denounced")
    assert denounced["date"] != "2025-06-01"


def test_threat_said_after_an_earlier_day_is_of_the_news_day_of_a_story_published_the_morning_after(code_text):
    """'..., the general said, *warning* that the attackers will not be spared', told after 'The gunmen
    attacked the depot on Wednesday' in a story of Thursday's rescue published Friday: the saying is the news
    day's, not Wednesday's (another act's) nor the publication day."""
    events = code_text(
        "On Thursday, troops freed the last workers held at a fuel depot after a daylong siege. "
        "Gunmen attacked the depot on Wednesday near the port. "
        '"This attack changes everything," the general said, warning that the attackers will not be spared.',
        "2025-06-13",
    )
    warning = event_with(events, "warning")
    assert (warning["date"], warning["date_source"]) == ("2025-06-12", "lead")
