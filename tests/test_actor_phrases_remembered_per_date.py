"""The resolver keeps the phrases it has resolved, across articles: a phrase met again reads as it did,
but a phrase whose reading depends on the article's date is read for each date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorResolver


@pytest.fixture
def resolver() -> ActorResolver:
    return ActorResolver()  # a fresh one: nothing remembered yet


def actor_codes(nlp, resolver: ActorResolver, text: str, word: str, published: dt.date) -> list[str]:
    doc = nlp(text)
    actors = resolver.for_document(doc, published)
    token = next(t for t in doc if t.text == word)
    return [a.code for a in actors.actors_for(token)]


def test_a_named_office_holder_reads_by_each_article_date(nlp, resolver):
    text = "Tony Blair met the delegation in London."
    assert actor_codes(nlp, resolver, text, "Blair", dt.date(2003, 1, 1)) == ["GBRGOV"]
    assert actor_codes(nlp, resolver, text, "Blair", dt.date(2015, 1, 1)) == ["GBRELI"]  # out of office
    assert actor_codes(nlp, resolver, text, "Blair", dt.date(2003, 1, 1)) == ["GBRGOV"]


def test_a_respelt_name_with_no_table_word_still_reads_by_date(nlp, resolver):
    """The edge of what is remembered for every date: no word of 'Gerhardd Schröderr' is in the tables,
    yet the two name words are read as a respelt table name, whose office has dates."""
    text = "Gerhardd Schröderr met the delegation in Berlin."
    assert actor_codes(nlp, resolver, text, "Schröderr", dt.date(2003, 1, 1)) == ["DEUGOV"]
    assert actor_codes(nlp, resolver, text, "Schröderr", dt.date(2010, 1, 1)) == ["DEUELI"]


def test_a_phrase_without_dated_names_reads_the_same_on_any_date(nlp, resolver):
    text = "Iranian officials met the delegation in Tehran."
    first = actor_codes(nlp, resolver, text, "officials", dt.date(2003, 1, 1))
    assert first == ["IRNGOV"]
    assert actor_codes(nlp, resolver, text, "officials", dt.date(2015, 1, 1)) == first
    assert actor_codes(nlp, ActorResolver(), text, "officials", dt.date(2015, 1, 1)) == first


def test_a_remembered_reading_is_the_fresh_one_on_each_day_around_a_change_of_office(nlp, resolver):
    """Days are remembered by stretch (the days between two changes of the rows a phrase can reach):
    on each day around the start and the end of an office, the resolver that has met the phrase on the
    days before reads it as a fresh one does."""
    text = "Tony Blair met the delegation in London."
    days = [dt.date(1997, 4, 29) + dt.timedelta(n) for n in range(6)]
    days += [dt.date(2007, 6, 24) + dt.timedelta(n) for n in range(10)]
    remembered = [actor_codes(nlp, resolver, text, "Blair", day) for day in days]
    fresh = [actor_codes(nlp, ActorResolver(), text, "Blair", day) for day in days]
    assert remembered == fresh
    assert ["GBRGOV"] in fresh and ["GBRELI"] in fresh


def test_a_dated_phrase_is_resolved_once_for_the_days_of_one_stretch(nlp, resolver, monkeypatch):
    """Articles a few weeks apart, with no change of office between them, share one reading."""
    calls: list[dt.date | None] = []
    resolve_tokens = resolver.resolve_tokens

    def counted(toks, text, date, *args, **kwargs):
        calls.append(date)
        return resolve_tokens(toks, text, date, *args, **kwargs)

    monkeypatch.setattr(resolver, "resolve_tokens", counted)
    text = "Tony Blair met the delegation in London."
    assert actor_codes(nlp, resolver, text, "Blair", dt.date(2004, 3, 1)) == ["GBRGOV"]
    phrases_of_one_date = len(calls)
    assert actor_codes(nlp, resolver, text, "Blair", dt.date(2004, 3, 9)) == ["GBRGOV"]
    assert len(calls) == phrases_of_one_date
