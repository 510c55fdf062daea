"""An event's place: its own clause first, then its sentence, then the place the story established
(the sentence before, the lead), then the dateline - each only where the event plausibly happened."""

from __future__ import annotations

import pytest
from event_support import event_with

from eventwire.places.resolver import PlaceResolver


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver()


def _place(event: dict) -> tuple | None:
    loc = event["location"]
    return None if loc is None else (loc["name"], loc["country"])


def test_a_place_of_the_sentence_before_places_a_material_act(code_text):
    events = code_text("Militants attacked a passenger train in Pakistan's Balochistan province on Tuesday. "
                       "The army killed 30 militants.")
    assert _place(event_with(events, "killed")) == ("Balochistan", "PAK")


def test_a_place_of_another_clause_of_the_sentence_places_the_event(code_text):
    events = code_text("Passengers held hostage in Balochistan province described their ordeal as the army "
                       "killed 33 militants.")
    assert _place(event_with(events, "killed")) == ("Balochistan", "PAK")


def test_a_town_of_the_lead_places_later_sentences_in_its_country(code_text):
    events = code_text("Gunmen attacked a hotel in the central town of Beledweyne on Tuesday. "
                       "Elders were meeting there. "
                       "The officials said troops killed six militants.")
    assert _place(event_with(events, "killed")) == ("Somalia", "SOM")


def test_a_signing_takes_the_place_of_the_visit_it_happens_on(code_text):
    events = code_text("Indian Prime Minister Narendra Modi arrived in Mauritius on Tuesday for a two-day visit. "
                       "Modi and Mauritius Prime Minister Navinchandra Ramgoolam signed eight pacts.")
    assert _place(event_with(events, "signed")) == ("Mauritius", "MUS")


def test_a_statement_takes_no_place_from_the_story(code_text):
    events = code_text("Militants attacked a passenger train in Pakistan's Balochistan province. "
                       "The government condemned the attack.")
    assert event_with(events, "condemned")["location"] is None


def test_the_dateline_places_an_event_of_its_country(code_text):
    events = code_text("KABUL, Afghanistan (AP) - Afghan police arrested three men.")
    assert _place(event_with(events, "arrested")) == ("Kabul", "AFG")


def test_the_dateline_does_not_place_an_act_of_foreign_parties(code_text):
    events = code_text("WASHINGTON (Reuters) - Syrian troops shelled Turkish positions.")
    shelled = event_with(events, "shelled")
    assert shelled["location"] is None or shelled["location"]["country"] != "USA"


def test_parties_of_another_country_are_not_placed_in_the_story_place(code_text):
    events = code_text("Militants attacked a passenger train in Pakistan's Balochistan province. "
                       "Greek troops arrested Turkish smugglers.")
    assert event_with(events, "arrested")["location"] is None


def test_a_place_that_describes_a_person_establishes_nothing(code_text):
    events = code_text("North Korea is preparing a missile launch, said Joshua Pollack, an expert at an "
                       "institute in California. Troops arrested three men.")
    assert event_with(events, "arrested")["location"] is None


def test_where_something_was_said_is_not_where_the_quoted_act_happens(code_text):
    events = code_text('"The rebels seized the town," the minister told a television channel in Moscow.')
    seized = event_with(events, "seized")
    assert seized["location"] is None or seized["location"]["name"] != "Moscow"


@pytest.mark.parametrize("text", [
    '"We will not hesitate to cut the gas off," Putin said at a news conference in Moscow.',
    "The foreign minister told reporters in Moscow that Ukraine must withdraw its troops.",
    "Speaking in Moscow, the envoy urged both sides to stop fighting.",
])
def test_a_statement_is_placed_where_its_sentence_says_it_was_made(code_text, text):
    statements = [e for e in code_text(text) if e["cameo_root"] in ("01", "02", "03", "05", "09", "10", "11",
                                                                     "12", "13", "16")]
    assert statements, text
    assert all(_place(e) == ("Moscow", "RUS") for e in statements), statements


@pytest.mark.parametrize("name", ["U.N.", "UN", "EU", "NATO", "the Middle East", "Africa", "Asia"])
def test_organisations_and_parts_of_the_world_are_never_towns(resolver, name):
    assert resolver.resolve_name(name) is None


@pytest.mark.parametrize(("name", "country", "resolution"), [
    ("Middle Shabelle", "SOM", "region"),
    ("Balochistan", "PAK", "region"),
    ("Anbar", "IRQ", "region"),
    ("Puntland", "SOM", "region"),
    ("U.S.", "USA", "country"),
])
def test_subdivisions_resolve_with_their_country(resolver, name, country, resolution):
    place = resolver.resolve_name(name)
    assert (place.country, place.resolution) == (country, resolution)


def test_a_qualified_name_with_no_namesake_inside_its_qualifier_is_the_qualifier(resolver):
    place = resolver.resolve_name("Charlevoix, Quebec")
    assert place is not None and place.country == "CAN"


# -- the acts of a visit, another mention of the same act, and what does not carry over --------------

VISIT_STORY = ("Kenya and Japan have agreed to expand trade, their leaders said on Tuesday. "
               "The agreement came during a three-day visit by Japanese Prime Minister Fumio Kishida to Kenya. "
               "Analysts say Japan wants more influence in East Africa. "
               "China signed a port deal with Tanzania. "
               "Kishida and Kenyan President William Ruto signed three energy agreements. "
               "Ruto praised Japan's support for Kenyan farmers.")


def test_the_acts_of_a_visit_take_the_place_the_visit_went_to(code_text):
    events = code_text(VISIT_STORY)
    signed = [e for e in events if e["evidence"]["event_text"] == "signed" and e["source_actor"][:3] == "KEN"]
    assert signed and all(_place(e) == ("Kenya", "KEN") for e in signed), events
    assert _place(event_with(events, "praised")) == ("Kenya", "KEN")


def test_an_act_of_a_third_country_takes_no_place_from_a_visit(code_text):
    events = code_text(VISIT_STORY)
    china = [e for e in events if "CHN" in (e["source_actor"][:3], e["target_actor"][:3])]
    assert china and all(e["location"] is None for e in china), china


AIRSTRIKE_STORY = ("The Islamic State group has lost most of its leaders. "
                   "Its fighters still hide in remote deserts. "
                   "Iraqi officials said a senior commander was killed in an airstrike in Anbar province on Thursday. "
                   "The group's media wing has not commented. "
                   "Officials later confirmed the militant leader was killed in a precision strike on {day}.")


def test_another_mention_of_the_same_act_takes_its_place(code_text):
    events = code_text(AIRSTRIKE_STORY.format(day="Thursday"))
    killed = [e for e in events if "killed" in e["evidence"]["event_text"]]
    assert [_place(e)[1] if e["location"] else None for e in killed] == ["IRQ", "IRQ"], killed


def test_the_same_kind_of_act_on_another_day_is_another_act(code_text):
    events = code_text(AIRSTRIKE_STORY.format(day="Monday"))
    later = [e for e in events if "killed" in e["evidence"]["event_text"]][-1]
    assert later["location"] is None or later["location"]["resolution"] == "country"  # not Anbar's


def test_an_attack_told_before_does_not_place_an_agreement(code_text):
    events = code_text("Gunmen attacked an army post near the port city of Latakia on Monday. "
                       "The government and the Kurdish-led forces signed an agreement.")
    signed = event_with(events, "signed")
    assert signed["location"] is None or signed["location"]["name"] != "Latakia"


def test_a_dateline_of_another_country_does_not_place_the_story_elsewhere(code_text):
    events = code_text("ISLAMABAD — A U.S. military plane crashed in Afghanistan's Ghazni province on Monday. "
                       "Foreign troops later reached the site and inspected the wreckage. "
                       "Pakistani police arrested two men.")
    inspected = event_with(events, "inspected")
    assert inspected["location"] is None or inspected["location"]["country"] == "AFG"
    assert _place(event_with(events, "arrested")) == ("Islamabad", "PAK")


def test_a_meeting_of_a_seated_body_happens_at_its_seat(code_text):
    events = code_text("The U.N. Security Council met on Wednesday to discuss Iran's nuclear program. "
                       "China said the matter belongs in Vienna at the IAEA and did not support "
                       "Wednesday's council meeting.")
    meetings = [e for e in events if e["cameo_root"] == "04"]
    assert meetings and all(_place(e) == ("New York City", "USA") for e in meetings), meetings


def test_a_council_of_another_name_is_no_seated_body(resolver):
    story = "The U.N. Security Council met on Wednesday."
    assert resolver.seats.seat_of("the National Security Council", story) is None
    assert resolver.seats.seat_of("the council", story).name == "New York City"
    assert resolver.seats.seat_of("the council", "The cabinet met.") is None


def test_what_is_asked_at_a_hearing_the_sentence_places_was_asked_there(code_text):
    events = code_text("Lawyers for the activist had requested that she be bailed out, but at a hearing in "
                       "Lusaka on Monday, the judge requested more time to examine the case.")
    asked = [e for e in events if e["evidence"]["event_text"].startswith("requested that")]
    assert asked and all(_place(e) == ("Lusaka", "ZMB") for e in asked), events


def test_a_place_between_two_towns_is_their_region(code_text):
    events = code_text("Rebels attacked several villages between the towns of Bocaranga and Bozoum on Tuesday.")
    assert _place(event_with(events, "attacked")) == ("Ouham-Pendé", "CAF")


@pytest.mark.parametrize(("name", "country"), [("Sohae Satellite Launching Ground", "PRK"), ("C.A.R.", "CAF")])
def test_news_names_of_sites_and_countries_resolve(resolver, name, country):
    assert resolver.resolve_name(name).country == country


def test_a_seat_that_is_no_city_is_an_error_naming_file_and_line(resolver, tmp_path):
    from eventwire.errors import LexiconError
    from eventwire.places.seats import SEAT_COLUMNS, read_seats

    path = tmp_path / "my_seats.tsv"
    path.write_text("\t".join(SEAT_COLUMNS) + "\nsummit\tThe Summit\t\tAtlantis Undersea\tUSA\n", encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        read_seats(path, resolver.city_in)
    assert raised.value.where == "my_seats.tsv:2" and "Atlantis Undersea" in raised.value.one_line()


def test_with_no_place_in_the_lead_the_first_placed_act_gives_the_country(code_text):
    events = code_text("Officials are pleading with families to go back to their homes. "
                       "They say thousands have fled this week. "
                       "Rebels attacked several villages in the north of Chad on Tuesday. "
                       "The army says it is still searching the abandoned camps. "
                       "Hundreds of troops were deployed to the villages.")
    assert _place(event_with(events, "deployed")) == ("Chad", "TCD")
    assert _place(event_with(events, "searching")) == ("Chad", "TCD")


def test_an_investigation_takes_the_place_the_story_gives(code_text):
    events = code_text("A military plane crashed in Afghanistan's Ghazni province on Monday. "
                       "Foreign troops later reached the site and inspected the wreckage.")
    inspected = event_with(events, "inspected")
    assert inspected["location"] is not None and inspected["location"]["country"] == "AFG"


def test_where_a_body_is_based_is_not_where_its_work_happens(resolver, code_text):
    events = code_text("The envoy reports to the Human Rights Council based in Geneva and has conducted several "
                       "trips to the Afghan capital to investigate the human rights situation.")
    investigate = event_with(events, "investigate")
    assert investigate["location"] is None or investigate["location"]["name"] != "Geneva"


def test_where_a_party_keeps_its_bases_is_not_where_it_acts(code_text):
    """"rebels with camps in Uganda attacked a village": the camps root the rebels, the attack is elsewhere."""
    events = code_text("Rebels with camps in Uganda attacked a village on Sunday, officials said.")
    attacked = event_with(events, "attacked")
    assert attacked["location"] is None or attacked["location"]["country"] != "UGA"
    events = code_text("Rebels with camps in Uganda attacked a village in Ituri province on Sunday.")
    assert _place(event_with(events, "attacked")) == ("Ituri", "COD")


def test_a_city_named_before_a_sitting_is_its_venue_a_country_its_subject(code_text):
    """"a White House meeting", "the Doha talks" say where they sat; "the Syria peace talks" what about."""
    venue = {e["location"]["name"] for e in code_text("Suga held a White House meeting with Biden on Friday.",
                                                       "2021-04-17") if e.get("location")}
    assert venue == {"Washington"}
    doha = [e for e in code_text("The Doha talks between the Taliban and the United States resumed on Monday.",
                                 "2020-03-03") if e["cameo"].startswith("04")]
    assert doha and all((e.get("location") or {}).get("name") == "Doha" for e in doha)
    syria = [e for e in code_text("The Syria peace talks resumed on Monday.", "2020-03-03") if e["cameo"].startswith("04")]
    assert syria and all(not e.get("location") or e["location"]["country"] != "SYR" for e in syria)


def test_a_withdrawal_happens_where_it_withdraws_from(code_text):
    for text in ("Russia withdrew its troops from Kherson on Friday.",
                 "The United States completed its withdrawal from Afghanistan on Monday."):
        events = [e for e in code_text(text, "2022-11-12") if e["cameo"].startswith("087")]
        assert events and all(e.get("location") for e in events), text
    places = {e["location"]["name"] for e in code_text("Russia withdrew its troops from Kherson on Friday.",
                                                        "2022-11-12") if e.get("location")}
    assert places == {"Kherson"}


def test_an_act_told_in_a_relative_clause_takes_the_place_of_the_story(code_text):
    events = code_text("Gunmen besieged a market in the southern town of Kismayo on Monday. "
                       "Troops killed five gunmen who attacked the market.")
    assert _place(event_with(events, "attacked")) == ("Kismayo", "SOM")


def test_talks_told_in_a_relative_clause_take_no_place_from_the_story(code_text):
    events = code_text("Gunmen besieged a market in the southern town of Kismayo on Monday. "
                       "The mayor, who had negotiated with the clan elders, resigned.")
    assert event_with(events, "negotiated")["location"] is None


def test_cooperation_the_two_sides_report_on_a_visit_takes_the_visits_place(code_text):
    events = code_text("Japanese Prime Minister Fumio Kishida arrived in Vietnam on Tuesday for a two-day visit. "
                       "Japan and Vietnam have upgraded their ties, leaders of both countries said.")
    assert _place(event_with(events, "upgraded")) == ("Vietnam", "VNM")


def test_an_order_of_gunmen_to_their_captives_takes_the_place_of_the_raid(code_text):
    events = code_text("Gunmen hijacked a bus in Mali's Mopti region on Monday. "
                       "The gunmen ordered the passengers to leave their bags.")
    assert _place(event_with(events, "ordered"))[1] == "MLI"


def test_a_demand_of_a_government_takes_no_place_from_the_story(code_text):
    events = code_text("Gunmen hijacked a bus in Mali's Mopti region on Monday. "
                       "The government demanded that the gunmen free the passengers.")
    assert event_with(events, "demanded")["location"] is None


def test_an_act_in_a_relative_clause_takes_no_place_of_a_sentence_naming_two_countries(code_text):
    events = code_text("A top official in Qatar is offering his condolences over an attack on churches in Nigeria "
                       "that killed at least 30 people.")
    killed = event_with(events, "killed")
    assert _place(killed) != ("Qatar", "QAT") and killed["target_actor"] != "QATCVL"


def test_an_act_in_the_past_perfect_in_a_relative_clause_takes_no_place_from_its_sentence(code_text):
    events = code_text("A court in Nairobi freed a journalist who had been arrested for spying.")
    assert event_with(events, "arrested")["location"] is None
