"""A standing situation described as background is not an event of the story's day."""

from __future__ import annotations

import pytest

BACKGROUND = [
    ("The RSF has been fighting the Sudanese army since April 2023.", "since"),
    ("Russia has long backed Syria's government.", "long"),
    ("Turkey has supported the rebels for years.", "for years"),
]
NEWS = [
    "Russian forces shelled Kharkiv on Monday.",
    "The militants said they had blown up the tracks and taken passengers hostage.",
    "Iran has attacked a US base in Iraq, officials said.",
    "The coalition has pounded the rebels since March 6.",  # a campaign of the story's time (published March 12)
    "Qatar has been offering increased assistance to the government.",
]


@pytest.mark.parametrize(("text", "cue"), BACKGROUND)
def test_background_states_are_historical_with_their_cue(code_text, text, cue):
    events = code_text(text, "2025-03-12")
    assert events, text
    assert all(e["modality"] == "historical" for e in events)
    assert all(cue in e["evidence"]["modality_cue"] for e in events)


@pytest.mark.parametrize("text", NEWS)
def test_acts_of_the_day_stay_asserted(code_text, text):
    events = code_text(text, "2025-03-12")
    assert events and all(e["modality"] == "asserted" for e in events)


# The second sentence of a story; the first (the lead) states the news and is read as news.
LEAD = "Officials met in the capital on Tuesday."


def _body(code_text, text: str, published: str = "2025-03-12") -> list[dict]:
    """The events of `text` read as the second sentence of a story, after LEAD."""
    return [e for e in code_text(f"{LEAD} {text}", published) if e["evidence"]["sentence_index"] == 1]
STANDING_IN_BODY = [
    ("Both ships are sanctioned by the U.S. Treasury Department.", "present passive"),
    ("Security forces often detain journalists in the north.", "habitual"),
    ("The rebels fight to control villages on the border.", "present simple"),
    ("Huawei has overcome restrictions imposed by the United States.", "participle"),
    ("The militants routinely attack convoys on the highway.", "habitual"),
    ("The paramilitary forces have been fighting the army in the west.", "ongoing war"),
]
NEWS_IN_BODY = [
    "Police arrested 12 protesters on Monday.",
    "The government says it will lift the curfew.",  # reporting in the present is the news
    "The army condemns the attack on the convoy.",  # a verbal act reported in the present
    "We declare a ceasefire with the rebels.",  # a first-person present performs the act
    "The army released prisoners detained last week.",  # a participle with its own date
    "Troops have been fighting the rebels in the north since Saturday.",  # a fight dated to the story's days
]


@pytest.mark.parametrize(("text", "cue"), STANDING_IN_BODY)
def test_standing_situations_in_the_body_are_not_acts_of_the_day(code_text, text, cue):
    body = _body(code_text, text)
    assert body, text
    assert all(e["modality"] == "historical" for e in body)
    assert any(cue in e["evidence"]["modality_cue"] for e in body)


@pytest.mark.parametrize("text", NEWS_IN_BODY)
def test_news_in_the_body_stays_current(code_text, text):
    body = _body(code_text, text)
    assert body, text
    assert all(e["modality"] in ("asserted", "future") for e in body), [(e["cameo"], e["modality"]) for e in body]


@pytest.mark.parametrize("text", [
    "The United States imposes sanctions on three Russian banks.",
    "Rebels attack an army post near the border.",
])
def test_a_lead_in_the_headline_present_is_news(code_text, text):
    events = code_text(text, "2025-03-12")
    assert events and all(e["modality"] == "asserted" for e in events)


@pytest.mark.parametrize("text", [
    "The war dragged on, with both the militias and the police being accused of looting villages.",
    "Despite being criticized for the raids, the army pressed on.",
])
def test_an_untensed_accusation_by_nobody_is_a_reputation(code_text, text):
    """'with both sides being accused of abuses': no accuser, no tense, no date: a reputation told as
    background, not an accusation made on the story's day."""
    accusations = [e for e in _body(code_text, text) if e["cameo"].startswith("11")]
    assert accusations and all(e["modality"] == "historical" for e in accusations), accusations
    assert {e["evidence"]["modality_cue"] for e in accusations} == {"unattributed accusation (standing)"}


def test_a_named_or_dated_accusation_stays_news(code_text):
    events = _body(code_text, "The minister resigned on Monday after being accused of fraud by prosecutors.")
    assert any(e["cameo"] == "112" and e["modality"] == "asserted" for e in events), events


@pytest.mark.parametrize(("text", "published"), [
    ("In July, Japan and the United States signed a defence pact.", "2024-10-20"),  # month over a month back
    ("The council imposed sanctions on the company in 2024.", "2025-03-12"),
    ("Late last year, the two leaders spoke by phone.", "2021-04-16"),
    ("Last month, police arrested the journalist.", "2025-03-12"),  # a month before the story's own
])
def test_acts_the_sentence_dates_over_a_month_back_are_history(code_text, text, published):
    body = _body(code_text, text, published)
    assert body and all(e["modality"] == "historical" for e in body), [(e["cameo"], e["modality"]) for e in body]


@pytest.mark.parametrize(("text", "published"), [
    ("Earlier this week, police arrested the journalist.", "2025-03-12"),  # ("earlier this month": background)
    ("On March 1, police arrested the journalist.", "2025-03-12"),
])
def test_acts_of_recent_weeks_stay_asserted(code_text, text, published):
    body = _body(code_text, text, published)
    assert body and all(e["modality"] == "asserted" for e in body)


@pytest.mark.parametrize(("text", "modality"), [
    ("In past tensions, Ankara threatened to close the air base.", "historical"),
    ("Evans Revere, a former official who had negotiated with North Korea, spoke to reporters.", "historical"),
    ("He plans to urge the ministers to end the war.", "future"),
    ("There is little reason to think that the two leaders will meet this year.", "future"),
])
def test_past_occasions_plans_and_forecasts_are_not_acts_of_the_day(code_text, text, modality):
    body = [e for e in _body(code_text, text) if e["cameo"][:2] in ("02", "04", "13")]
    assert body and all(e["modality"] == modality for e in body), [(e["cameo"], e["modality"]) for e in body]


def test_the_past_week_is_the_storys_own_time(code_text):
    body = _body(code_text, "In the past week, the army attacked rebel positions.")
    assert body and all(e["modality"] == "asserted" for e in body)


def test_people_barred_from_an_act_refused_nothing(code_text):
    events = code_text(f"{LEAD} Women are barred from visiting parks.", "2025-03-12")
    assert not [e for e in events if e["cameo"].startswith("12")]


@pytest.mark.parametrize(("text", "cue"), [
    ("Both Pakistan and China reject claims that their ventures hurt the Baloch.", "present simple"),
    ("Al-Shabab has been attacking and fighting Kenyan troops since 2011.", "since"),
    ("Since then, protesters have demanded that the party be dissolved.", "since"),
    ("The envoy has conducted several trips to Kabul.", "repeated"),
])
def test_positions_spans_and_records_are_background(code_text, text, cue):
    body = _body(code_text, text)
    assert body and all(e["modality"] == "historical" for e in body)
    assert any(cue in e["evidence"]["modality_cue"] for e in body)


def test_no_one_claiming_an_attack_is_no_claim(code_text):
    body = [e for e in code_text(f"{LEAD} No one has taken responsibility for the attack.", "2025-03-12")
            if e["cameo"] == "015"]
    assert all(e["modality"] == "negated" for e in body)


def test_a_comment_by_nobody_named_is_dropped(code_text):
    assert not [e for e in code_text(f"{LEAD} Some have even said they hope to see peacekeepers.", "2025-03-12")
                if e["cameo"].startswith("01") and e["modality"] == "asserted"]


STANDING_RELATIONS = [
    "Analysts discussed U.S. support for the island with reporters.",
    "Japan's security cooperation with India will develop slowly, experts say.",
    "The Taliban's ban has sparked resistance among women.",
]
RELATIONS_AS_NEWS = [
    ("Tuesday's ban on rallies angered the opposition.", "ban"),  # dated: one act of the story's days
    ("The EU's fresh sanctions on Russia took traders by surprise.", "sanctions"),  # called new
    ("Russia's attack on the port drew condemnation.", "attack"),  # an act, not a relation
]


@pytest.mark.parametrize("text", STANDING_RELATIONS)
def test_an_event_noun_of_a_standing_relation_is_background(code_text, text):
    events = [e for e in code_text(text, "2025-03-12") if e["evidence"]["rule"] == "nominal"]
    assert events, text
    assert all(e["modality"] == "historical" for e in events)
    assert all(e["evidence"]["modality_cue"] == "standing relation (noun)" for e in events)


@pytest.mark.parametrize(("text", "noun"), RELATIONS_AS_NEWS)
def test_a_dated_or_new_relation_and_an_act_noun_stay_news(code_text, text, noun):
    events = [e for e in code_text(text, "2025-03-12") if e["evidence"]["event_text"] == noun]
    assert events and all(e["modality"] == "asserted" for e in events), text


PARTICIPLES_SHARING_THE_VERBS_READING = [
    # a gerund of means under a modal: as hypothetical as the act it is the means of
    ("Analysts think the north could escalate tensions by testing its missiles.", "testing", "hypothetical"),
    # a participle clause of an act dated months back: the same history, dated by the verb's phrase
    ("Police raided the offices in July, arresting three journalists.", "arresting", "historical"),
]


@pytest.mark.parametrize(("text", "word", "modality"), PARTICIPLES_SHARING_THE_VERBS_READING)
def test_a_participle_clause_shares_its_verbs_reading(code_text, text, word, modality):
    events = [e for e in code_text(text, "2025-03-12") if e["evidence"]["event_text"].startswith(word)]
    assert events, text
    assert all(e["modality"] == modality for e in events), events


def test_a_participle_clause_does_not_share_its_verbs_negation(code_text):
    """'did not attend, saying he opposed the deal': he said it, though he did not attend."""
    events = code_text("The president did not attend the summit, saying he rejected the deal.", "2025-03-12")
    said = [e for e in events if e["evidence"]["event_text"] in ("rejected", "saying")]
    assert said and all(e["modality"] == "asserted" for e in said), events


def test_a_habit_of_refusing_is_not_a_refusal(code_text):
    events = code_text("Officials met on Tuesday. The rebels routinely deny providing shelter to militants.",
                       "2025-03-12")
    refusals = [e for e in events if e["cameo"].startswith("12")]
    assert refusals and all(e["modality"] == "historical" for e in refusals), events


@pytest.mark.parametrize(("text", "word"), [
    ("Former envoy Michel Barnier, who led the Brexit negotiations, says the bloc must act.", "led"),
    ("The deal, known as the JCPOA, which provided Tehran with sanctions relief, collapsed.", "provided"),
])
def test_a_relative_clause_on_a_name_describes_it(code_text, text, word):
    events = [e for e in code_text(f"{LEAD} {text}", "2025-03-12") if e["evidence"]["event_text"].startswith(word)]
    assert events and all(e["modality"] == "historical" for e in events), events
    assert all("relative clause" in e["evidence"]["modality_cue"] for e in events)


@pytest.mark.parametrize("text", [
    "UN envoy Geir Pedersen, who met Assad on Sunday, urged calm.",  # dated: the news
    "Security forces killed all six attackers who laid siege to a hotel.",  # on a common noun
])
def test_a_dated_or_identifying_relative_clause_stays_news(code_text, text):
    events = code_text(f"{LEAD} {text}", "2025-03-12")
    inner = [e for e in events if e["evidence"]["event_text"] in ("met", "laid")]
    assert inner and all(e["modality"] == "asserted" for e in inner), events


def test_no_country_having_done_it_is_a_negation(code_text):
    events = code_text(f"{LEAD} No country has officially recognized the new government.", "2025-03-12")
    recognitions = [e for e in events if e["cameo"] == "054"]
    assert recognitions and all(e["modality"] == "negated" for e in recognitions), events


def test_a_span_since_a_dated_clause_is_ongoing(code_text):
    events = code_text(f"{LEAD} Turkey has backed the rebels since they took the city in 2019.", "2025-03-12")
    backing = [e for e in events if e["evidence"]["event_text"] == "backed"]
    assert backing and all(e["evidence"]["modality_cue"] == "since (ongoing)" for e in backing), events


@pytest.mark.parametrize(("text", "cue"), [
    ("More than 300 foreign delegations have traveled to Vietnam so far.", "so far"),
    ("Turkey has bought Russian weapons to date.", "so far"),
    ("The military continues to defy calls to end the violence.", "continues"),
])
def test_running_totals_and_running_activities_are_background(code_text, text, cue):
    body = _body(code_text, text)
    assert body and all(e["modality"] == "historical" for e in body), body
    assert all(cue in e["evidence"]["modality_cue"] for e in body)


@pytest.mark.parametrize("text", [
    "Israeli troops are shelling the camp.",
    "The allies are investing heavily in other bases.",  # a present progressive can be the story's moment
    "The authorities are now relaxing the restrictions.",
])
def test_the_present_progressive_stays_news(code_text, text):
    body = _body(code_text, text)
    assert body and all(e["modality"] == "asserted" for e in body), body


def test_carrying_on_a_standing_conflict_is_background_with_its_participles(code_text):
    body = _body(code_text, "The separatist group has been fighting a deadly insurgency against the state, "
                            "accusing the government of robbing the province.")
    assert {e["evidence"]["event_text"] for e in body} >= {"fighting", "accusing"}, body
    assert all(e["modality"] == "historical" for e in body), body


def test_a_gerund_under_a_modal_verbs_preposition_is_as_modal(code_text):
    body = [e for e in code_text(f"{LEAD} The prison system can focus on securely detaining dangerous "
                                 "convicts.", "2025-03-12") if e["evidence"]["event_text"] == "detaining"]
    assert body and all(e["modality"] == "hypothetical" for e in body), body


def test_a_stance_stated_by_its_own_side_is_the_news_of_the_saying(code_text):
    own = code_text(f"{LEAD} Russian President Vladimir Putin said Thursday that Russia supports the U.S. "
                    "ceasefire proposal in principle.", "2025-03-14")
    other = code_text(f"{LEAD} The United States said Iran opposes the inspections.", "2025-03-14")
    supports = [e for e in own if e["evidence"]["event_text"] == "supports"]
    opposes = [e for e in other if e["evidence"]["event_text"] == "opposes"]
    assert supports and all(e["modality"] == "asserted" and e["date"] == "2025-03-13" for e in supports), supports
    assert opposes and all(e["modality"] != "asserted" for e in opposes), opposes


@pytest.mark.parametrize(("text", "word"), [
    ("The truce has held since the signing of the deal between the rebels and the army.", "deal"),
    ("The two sides have been locked in their positions since Washington rejected the offer in Hanoi.",
     "rejected the offer"),
])
def test_the_starting_point_of_a_span_lies_before_the_story(code_text, text, word):
    body = _body(code_text, text)
    marked = [e for e in body if e["evidence"]["event_text"] == word
              and e["evidence"]["modality_cue"] == "since (starting point)"]
    assert body and all(e["modality"] != "asserted" for e in body), body
    assert marked, body


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("Ankara in the last few years imposed controls on U.S. operations.", "imposed", "historical"),
    ("The visit is aimed at boosting cooperation with India.", "boosting", "hypothetical"),
    ('"The protests and the resistance continue," he said.', "protests", "historical"),
    ("New sanctions on Iran took effect on Monday.", "sanctions", "asserted"),
])
def test_spans_aims_and_continuing_events(code_text, text, word, modality):
    events = [e for e in code_text(f"{LEAD} {text}", "2025-03-12") if e["evidence"]["event_text"] == word]
    assert events and all(e["modality"] == modality for e in events), events


def test_no_one_undergoing_it_and_no_longer_doing_it_are_negations(code_text):
    killed = [e for e in code_text(f"{LEAD} The spokesperson said no passengers were killed during the operation.",
                                   "2025-03-12") if e["evidence"]["event_text"] == "killed"]
    granted = _body(code_text, "The government said it will no longer grant visas to reporters.")
    assert killed and all(e["modality"] == "negated" for e in killed), killed
    assert granted and all(e["modality"] != "asserted" or e["cameo"].startswith("12") for e in granted), granted


@pytest.mark.parametrize(("text", "word"), [
    ("He told the Council that their repeated calls on the parties to end the war have gone unanswered.", "calls"),
    ("The rebels have at times attacked convoys on the highway.", "attacked"),
    ("The group has claimed responsibility for several deadly attacks.", "claimed"),
])
def test_acts_over_many_occasions_are_a_record(code_text, text, word):
    events = [e for e in code_text(f"{LEAD} {text}", "2025-03-12") if e["evidence"]["event_text"].startswith(word)]
    assert events and all(e["modality"] == "historical" for e in events), events


def test_a_past_perfect_act_is_dated_by_the_clause_that_tells_of_it(code_text):
    events = code_text(f"{LEAD} She received a message from a friend in November 2024 telling her the Taliban had "
                       "banned her book.", "2025-03-12")
    banned = [e for e in events if e["evidence"]["event_text"] == "banned"]
    assert banned and all(e["modality"] == "historical" and e["date"].startswith("2024-11") for e in banned), banned


def test_previous_or_other_recent_occasions_are_background_but_recent_news_is_not(code_text):
    """A plural event noun for earlier occasions ('previous raids', 'other recent bombings') is not an
    act of the story; 'recent' alone may name the story's news, and a dated plural stays news."""
    previous = code_text("The minister condemned previous raids on newspapers.", "2025-03-12")
    other = code_text("Mourners gathered for the victims of the blast and other recent bombings against civilians.",
                      "2025-03-12")
    dated = code_text("The minister condemned raids on newspapers on Monday.", "2025-03-12")
    for events in (previous, other):
        told = [e for e in events if e["evidence"]["event_text"] in ("raids", "bombings")]
        assert told and all(e["modality"] == "historical" and "earlier occasions" in e["evidence"]["modality_cue"]
                            for e in told), events
    assert any(e["modality"] == "asserted" for e in dated), dated
