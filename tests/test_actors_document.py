"""The document pass on the Iran-Russia example: who is who across the article."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorResolver
from eventwire.nlp.paragraphs import COMPONENT_NAME


@pytest.fixture(scope="module")
def article(nlp, shared_dir):
    text = (shared_dir / "examples" / "iran_russia_defense.txt").read_text(encoding="utf-8")
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    doc = nlp(text)
    return doc, ActorResolver().for_document(doc, dt.date(2020, 8, 25))


def tokens(doc, word):
    return [t for t in doc if t.text == word]


def test_first_mention_without_country_takes_iran(article):
    """'The Minister of Defense ... Amir Hatami' is IRN GOV named Amir Hatami."""
    doc, actors = article
    first = tokens(doc, "Hatami")[0]
    (actor,) = actors.actors_for(first)
    assert (actor.country, actor.sector, actor.name) == ("IRN", "GOV", "Amir Hatami")


def test_every_later_hatami_mention_is_the_same_person(article):
    """All 'Hatami' mentions resolve to IRN GOV Amir Hatami."""
    doc, actors = article
    for t in tokens(doc, "Hatami"):
        assert [a.code for a in actors.actors_for(t)] == ["IRNGOV"]
        assert actors.actors_for(t)[0].name == "Amir Hatami"


def test_role_noun_and_pronoun_bind_to_hatami(article):
    """"Iran's Defence Minister" and "He added" refer to Amir Hatami."""
    doc, actors = article
    minister = next(t for t in doc if t.text == "Minister" and t.dep_ == "nsubj")
    he = next(t for t in doc if t.text == "He")
    for t in (minister, he):
        assert [(a.code, a.name) for a in actors.actors_for(t)] == [("IRNGOV", "Amir Hatami")]


def test_we_and_our_in_his_statements_are_iran_government(article):
    """First-person plural in his quotes and reported speech is IRN GOV."""
    doc, actors = article
    firsts = [t for t in doc if t.lower_ in ("we", "our", "us")]
    assert len(firsts) >= 8
    for t in firsts:
        assert [a.code for a in actors.actors_for(t)] == ["IRNGOV"], t.sent.text


def test_countries_russian_minister_and_security_council(article):
    """Russia is RUS, the Russian Defense Minister RUS GOV, the Security Council IGOUNO."""
    doc, actors = article
    russia = next(t for t in doc if t.text == "Russia" and t.dep_ == "pobj")
    assert [a.code for a in actors.actors_for(russia)] == ["RUS"]
    minister = next(t for t in doc if t.text == "Minister" and t.dep_ == "pobj")
    assert [a.code for a in actors.actors_for(minister)] in (["RUSGOV"], ["RUSMIL"])
    council = next(t for t in doc if t.text == "Council")
    assert [a.code for a in actors.actors_for(council)] == ["IGOUNO"]


def test_iran_russia_compound_gives_two_actors(article):
    """'Iran and Russia' and 'Iran, Russia' as subjects give both countries."""
    doc, actors = article
    iran = next(t for t in doc if t.text == "Iran" and t.dep_ == "nsubj" and doc[t.i + 1].text == ",")
    assert [a.code for a in actors.actors_for(iran)] == ["IRN", "RUS"]


def test_byline_is_not_an_actor(article):
    """'Iran PressIran News:' is a byline, not an actor."""
    doc, actors = article
    news = next(t for t in doc if t.text == "News")
    assert actors.actors_for(news) == []


def test_every_quote_is_attributed_to_hatami(article):
    """Each quoted passage has Amir Hatami (IRN GOV or MIL) as speaker."""
    _, actors = article
    assert len([q for q in actors.quotes if q.direct]) >= 4
    for q in actors.quotes:
        assert q.speaker.name == "Amir Hatami" and q.speaker.country == "IRN"
        assert q.speaker.sector in ("GOV", "MIL")


def test_quote_index_and_span_lookups(article):
    """quote_index_at finds the quote around an offset; span_for covers the noun phrase."""
    doc, actors = article
    we = next(t for t in doc if t.text == "We")
    k = actors.quote_index_at(we.idx)
    assert k is not None and actors.quotes[k].direct
    assert actors.quote_index_at(0) is None
    hatami = tokens(doc, "Hatami")[0]
    start, end = actors.span_for(hatami)
    assert doc.text[start:end].startswith("The Minister of Defense") and doc.text[start:end].endswith("Hatami")


@pytest.fixture(scope="module")
def read(nlp):
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")

    def _read(text: str, date: dt.date | None):
        doc = nlp(text)
        return doc, ActorResolver().for_document(doc, date)

    return _read


def first(doc, word, dep=None):
    return next(t for t in doc if t.text == word and (dep is None or t.dep_ == dep))


def test_unlisted_person_takes_country_from_another_mention(read):
    """A person not in any table gets the country given at another mention of the same surname."""
    doc, actors = read("The Minister of Interior General Farid Zamanov said the border is closed.\n\n"
                       "Azerbaijani Interior Minister Zamanov later visited the area. Zamanov met reporters.",
                       dt.date(2024, 5, 1))
    for t in [t for t in doc if t.text == "Zamanov"]:
        assert [(a.code, a.name) for a in actors.actors_for(t)] == [("AZEGOV", "Farid Zamanov")]


def test_counterpart_takes_the_role_of_the_person_it_counters(read):
    """'his Pakistani counterpart' is PAK with the defence minister's role and office-holder."""
    doc, actors = read("Indian Defence Minister Rajnath Singh met his Pakistani counterpart in Moscow.",
                       dt.date(2023, 5, 2))
    (actor,) = actors.actors_for(first(doc, "counterpart"))
    assert (actor.code, actor.name) == ("PAKGOV", "Khawaja Asif")


def test_object_pronoun_is_not_the_clause_subject(read):
    """In 'Xi told him', 'him' is the other person, not Xi."""
    doc, actors = read("US President Joe Biden met Chinese President Xi Jinping. Xi told him that "
                       "Taiwan is a red line.", dt.date(2022, 11, 14))
    assert [a.name for a in actors.actors_for(first(doc, "him"))] == ["Joe Biden"]


def test_they_and_it_refer_to_recent_groups(read):
    """'they' takes a recent plural or compound actor; 'it' a singular one in the same sentence."""
    doc, actors = read("Moscow said it welcomed the talks. Russian and Belarusian soldiers held drills, "
                       "and they fired missiles.", dt.date(2022, 1, 1))
    assert [a.code for a in actors.actors_for(first(doc, "it"))] == ["RUSGOV"]
    assert [a.code for a in actors.actors_for(first(doc, "they"))] == ["RUSMIL", "BLRMIL"]


def test_plural_and_weak_roles_do_not_bind_to_one_person(read):
    """'the two leaders' is not the last-named president but both leaders just named."""
    doc, actors = read("US President Joe Biden met Chinese President Xi Jinping. The two leaders agreed "
                       "to talk again.", dt.date(2022, 11, 14))
    assert sorted(a.code for a in actors.actors_for(first(doc, "leaders"))) == ["CHNGOV", "USAGOV"]


def test_former_leader_is_elite_on_the_article_date(read):
    """A bare surname of someone out of office on the article's date is ELI."""
    doc, actors = read("Blair said the war had been necessary.", dt.date(2016, 7, 6))
    assert [a.code for a in actors.actors_for(first(doc, "Blair"))] == ["GBRELI"]


def test_apposition_names_the_official(read):
    """'Baku's ambassador to Kyiv, Elmar Dergham, said ...': 'He' later is that ambassador."""
    doc, actors = read("Baku's ambassador to Kyiv, Elmar Dergham, said the judges may stay.\n\n"
                       "He says they intend to travel there soon.", dt.date(2020, 1, 1))
    assert [(a.code, a.name) for a in actors.actors_for(first(doc, "He"))] == [("AZEGOV", "Elmar Dergham")]


def test_untitled_person_blocks_pronoun_from_earlier_official(read):
    """'he' after an untitled named person is that person (unknown), not an earlier official."""
    doc, actors = read("Iranian Foreign Minister Abbas Araghchi spoke first. Then Bjorn Karlsson arrived. "
                       "He said the talks were over.", dt.date(2025, 1, 1))
    assert actors.actors_for(first(doc, "He")) == []
    speaker = [q.speaker for q in actors.quotes if not q.direct][-1]
    assert speaker.name == "Bjorn Karlsson" and speaker.code == ""
