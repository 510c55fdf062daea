"""Event dates on spaCy-parsed sentences: the date phrase must govern the event's predicate."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time_place.dates import historical_year, historical_years, resolve_event_date

PUB = dt.date(2020, 8, 25)  # a Tuesday


def _parse(nlp, text: str, predicate: str):
    doc = nlp(text)
    token = next(t for t in doc if t.text == predicate)
    return doc[:], token


@pytest.mark.parametrize(
    ("text", "predicate", "tense", "expected", "phrase"),
    [
        (("The Minister of Defense Amir Hatami stated that with the end of the arms embargo on Iran after "
          "October 17, we will begin a new chapter in defense cooperation with Russia."), "begin", "future",
         dt.date(2020, 10, 17), "October 17"),
        ("This restriction will expire on October 17, and Iran and Russia will need to sign a new agreement.",
         "expire", "future", dt.date(2020, 10, 17), "October 17"),
        ("Syrian troops shelled rebel positions near Homs late Thursday, the observatory said.", "shelled",
         "past", dt.date(2020, 8, 20), "late Thursday"),
        ("Israeli jets struck targets in Gaza overnight.", "struck", "past", dt.date(2020, 8, 24), "overnight"),
        ("Protesters clashed with police in the capital on Monday night.", "clashed", "past",
         dt.date(2020, 8, 24), "Monday night"),
        ("Earlier this month, the two countries signed a trade agreement in Ankara.", "signed", "past",
         dt.date(2020, 8, 13), "Earlier this month"),
        ("Two days ago, gunmen kidnapped a local official in the north.", "kidnapped", "past",
         dt.date(2020, 8, 23), "Two days ago"),
        ("The president met the envoy yesterday and praised his work.", "praised", "past",
         dt.date(2020, 8, 24), "yesterday"),
        ("Talks were held in Geneva on Oct. 3, 2019.", "Talks", "past", dt.date(2019, 10, 3), "Oct. 3, 2019"),
        ("The foreign minister will visit Moscow next week.", "visit", "future", dt.date(2020, 9, 3), "next week"),
    ],
)
def test_date_phrase_of_the_predicate_clause_dates_the_event(nlp, text, predicate, tense, expected, phrase):
    """The date phrase attached to the predicate (or its adverbial phrase) gives the event date."""
    sentence, token = _parse(nlp, text, predicate)
    date = resolve_event_date(sentence, token, PUB, tense)
    assert (date.date, date.text, date.source) == (expected, phrase, "text")


@pytest.mark.parametrize(
    ("text", "predicate", "tense"),
    [
        ("Syrian troops shelled rebel positions, the observatory said on Friday.", "shelled", "past"),
        ("The foreign minister will visit Moscow to discuss the 2015 nuclear deal.", "visit", "future"),
        ("Rebels have controlled the town since 2012.", "controlled", "past"),
        ("He was on a two-day trip to Russia.", "trip", "past"),
    ],
)
def test_dates_of_other_clauses_nouns_or_durations_fall_back_to_publication(nlp, text, predicate, tense):
    """A date of another clause, of an argument noun, or a duration does not date the event."""
    sentence, token = _parse(nlp, text, predicate)
    date = resolve_event_date(sentence, token, PUB, tense)
    assert (date.date, date.text, date.source) == (PUB, "", "publication")


def test_relative_date_without_publication_is_left_unresolved(nlp):
    """No publication date: the phrase is kept but no date is invented."""
    sentence, token = _parse(nlp, "Gunmen kidnapped a local official yesterday.", "kidnapped")
    date = resolve_event_date(sentence, token, None, "past")
    assert (date.date, date.text, date.source) == (None, "yesterday", "none")


def test_absolute_date_resolves_without_publication(nlp):
    """A date that carries its year needs no publication date."""
    sentence, token = _parse(nlp, "Gunmen kidnapped a local official on 17 Oct 2019.", "kidnapped")
    date = resolve_event_date(sentence, token, None, "past")
    assert (date.date, date.source) == (dt.date(2019, 10, 17), "text")


def test_no_date_and_no_publication_gives_source_none(nlp):
    """Nothing to go on: date None, source none."""
    sentence, token = _parse(nlp, "Gunmen kidnapped a local official.", "kidnapped")
    assert resolve_event_date(sentence, token, None, "past").to_dict() == {
        "date": None, "date_text": "", "date_precision": "day", "date_source": "none"}


def test_malformed_publication_string_is_treated_as_missing(nlp, caplog):
    """A malformed publication date is warned about and relative dates stay unresolved."""
    sentence, token = _parse(nlp, "Gunmen kidnapped a local official yesterday.", "kidnapped")
    date = resolve_event_date(sentence, token, "25/25/2020", "past")  # type: ignore[arg-type]
    assert date.date is None and date.source == "none"
    assert "malformed publication date" in caplog.text


@pytest.mark.parametrize(
    ("text", "predicate", "years"),
    [
        ("Hatami said that we have two government agreements in 2001 and 2015.", "have", [2001, 2015]),
        ("Iran and Russia signed the 2015 agreement.", "signed", [2015]),
        ("The two countries signed a trade agreement in 2001.", "signed", [2001]),
        ("The 2015 agreement was praised by both sides.", "agreement", [2015]),
    ],
)
def test_years_before_publication_on_the_predicate_or_its_object_are_historical(nlp, text, predicate, years):
    """A past year attached to the event or its object marks the event as historical."""
    sentence, token = _parse(nlp, text, predicate)
    assert historical_years(sentence, token, PUB) == years
    assert historical_year(sentence, token, PUB) == years[0]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Rebels have controlled the town since 2012.", "controlled"),
        ("The ministers met to discuss plans for 2021.", "met"),
        ("The ministers met on Tuesday, officials said, after a 2015 dispute was settled.", "met"),
    ],
)
def test_ongoing_future_or_unrelated_years_are_not_historical(nlp, text, predicate):
    """"since 2012", a future year, or a year of another clause does not make the event historical."""
    sentence, token = _parse(nlp, text, predicate)
    assert historical_year(sentence, token, PUB) is None
