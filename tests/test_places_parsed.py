"""Event locations on spaCy-parsed sentences: the place of the event, not any place mentioned."""

from __future__ import annotations

import pytest

from eventwire.places.resolver import PlaceResolver, dateline_place


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver()


def _parse(nlp, text: str, predicate: str):
    doc = nlp(text)
    return doc[:], next(t for t in doc if t.text == predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "context", "name", "country"),
    [
        ("Protesters clashed with police in Jermuk on Monday night.", "clashed", ("ARM",), "Jermuk", "ARM"),
        ("Syrian troops shelled rebel positions near Hims late Thursday, the observatory said.", "shelled",
         ("SYR",), "Homs", "SYR"),
        ("Hatami stated that what Iran did in Syria has yielded good results.", "did", ("IRN", "SYR"), "Syria",
         "SYR"),
        ("Iranian Minister of Defence Hatami, who was on a two-day trip to Russia, answered questions.", "trip",
         ("IRN",), "Russia", "RUS"),
        ("The foreign minister visited Moscow last week.", "visited", (), "Moscow", "RUS"),
        ("Talks were held in Geneva on Monday.", "Talks", (), "Geneva", "CHE"),
        ("Fighting continued in Idlib province.", "continued", ("SYR",), "Idlib", "SYR"),
        ("Clashes erupted in the Syrian city of Homs.", "erupted", (), "Homs", "SYR"),
        ("Police fired tear gas at protesters in Paris.", "fired", (), "Paris", "FRA"),
        ("Sudanese army jets bombed the outskirts of Omdurman early Tuesday.", "bombed", (), "Omdurman", "SDN"),
        ("Israeli troops raided the Jenin refugee camp in the West Bank overnight.", "raided", ("PSE",), "Jenin",
         "PSE"),
        ("Last week, Ethiopian troops clashed with regional forces in Tigray.", "clashed", (), "Tigrai", "ETH"),
    ],
)
def test_locative_phrase_of_the_event_gives_its_place(nlp, resolver, text, predicate, context, name, country):
    """An in/at/near phrase on the predicate or its object, or a visit's destination, is the event's place."""
    sentence, token = _parse(nlp, text, predicate)
    loc = resolver.locate(sentence, token, context)
    assert loc is not None and (loc.name, loc.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (("The Minister said that with the end of the arms embargo on Iran after October 17, we will begin a "
          "new chapter in defense cooperation with Russia."), "begin"),
        ("Hatami, who was on a two-day trip to Russia, answered questions in an interview.", "answered"),
        ("The envoy from France criticised the decision.", "criticised"),
        ("Iran and Russia will sign a new agreement.", "sign"),
    ],
)
def test_places_that_are_only_mentioned_are_not_the_event_place(nlp, resolver, text, predicate):
    """Participants, targets and places of other clauses do not locate the event."""
    sentence, token = _parse(nlp, text, predicate)
    assert resolver.locate(sentence, token, ("IRN", "RUS")) is None


def test_dateline_place_is_used_when_the_sentence_has_none(nlp, resolver):
    """With no locative phrase, the article's dateline place is the event's place."""
    text = "MINGORA, Pakistan (Reuters) - Gunmen shot dead a police officer on Tuesday."
    dateline, length = dateline_place(text)
    sentence, token = _parse(nlp, text[length:], "shot")
    loc = resolver.locate(sentence, token, (), dateline)
    assert loc is not None and (loc.name, loc.country, loc.resolution) == ("Mingora", "PAK", "city")


def test_sentence_place_beats_the_dateline(nlp, resolver):
    """A locative phrase in the sentence wins over the dateline."""
    sentence, token = _parse(nlp, "Gunmen attacked a checkpoint in Peshawar.", "attacked")
    loc = resolver.locate(sentence, token, ("PAK",), "Mingora, Pakistan")
    assert loc is not None and loc.name == "Peshawar"


def test_unresolvable_place_falls_through_to_the_next_candidate(nlp, resolver):
    """A locative name the gazetteer lacks does not stop the dateline from being used."""
    sentence, token = _parse(nlp, "Gunmen attacked a checkpoint in Qwxzyville.", "attacked")
    loc = resolver.locate(sentence, token, (), "Mingora, Pakistan")
    assert loc is not None and loc.name == "Mingora"


def test_paris_in_a_texas_story_is_paris_texas(nlp, resolver):
    """The article's regions (regions_in) pick the namesake in that region."""
    doc = nlp("Police in Texas are investigating a string of arson attacks. On Sunday, arsonists set fire to a "
              "church in Paris.")
    token = next(t for t in doc if t.text == "set")
    loc = resolver.locate(token.sent, token, resolver.countries_in(doc), None, resolver.regions_in(doc))
    assert loc is not None and (loc.name, loc.country, loc.admin1) == ("Paris", "USA", "Texas")


def test_locate_reads_the_articles_own_places_when_the_caller_passes_none(nlp, resolver):
    """Without context arguments, the regions and countries named elsewhere in the Doc still count."""
    doc = nlp("Police in Texas are investigating a string of arson attacks. On Sunday, arsonists set fire to a "
              "church in Paris.")
    token = next(t for t in doc if t.text == "set")
    loc = resolver.locate(token.sent, token)
    assert loc is not None and (loc.country, loc.admin1) == ("USA", "Texas")


def test_countries_in_collects_the_articles_unambiguous_countries(nlp, resolver):
    """The article's countries (for disambiguation) come from names that resolve to one country."""
    doc = nlp("Officials met envoys in Tehran after talks in Syria, Paris and Springfield.")
    assert resolver.countries_in(doc) == ["IRN", "SYR"]
