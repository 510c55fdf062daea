"""Answers the coder asks for again and again are worked out once per Doc and stay the same: the
sentence of a word, the name phrases of a sentence (places) and whether a date phrase is a point
in time (dates)."""

from __future__ import annotations

from eventwire.nlp.sentences import sentence_of
from eventwire.places import resolver as places
from eventwire.time_place import dates

STORY = ("Troops shelled the town of Karvia in Norland on Tuesday, officials said.\n\n"
         "The fighting has gone on since 2019. The army declared Friday a day of mourning "
         "and the talks will resume in Estoria until March.")


def test_a_sentence_span_is_made_once_and_matches_spacy(coder):
    doc = coder.nlp(STORY)
    for token in doc:
        first, again = sentence_of(token), sentence_of(token)
        assert first is again  # kept, not sliced anew
        assert (first.start, first.end) == (token.sent.start, token.sent.end)


def test_name_phrases_are_found_once_per_sentence_with_the_same_answer(coder):
    doc = coder.nlp(STORY)
    for sent in doc.sents:
        fresh = [(p.start, p.end) for p in places._find_name_phrases(sent)]
        asked = [(p.start, p.end) for p in places._name_phrases(sent)]
        assert asked == fresh
        assert [(p.start, p.end) for p in places._name_phrases(sent)] == fresh
    kept = doc.user_data[places.NAME_PHRASES_KEY]
    assert set(kept) == {(s.start, s.end) for s in doc.sents}
    assert any("Karvia" in p.text or "Norland" in p.text for phrases in kept.values() for p in phrases)


def test_point_in_time_is_judged_once_per_phrase_with_the_same_answer(coder):
    doc = coder.nlp(STORY)
    phrases = [p for sent in doc.sents for p in dates.date_phrases(sent)]
    answers = {p.text: dates.is_point_in_time(p) for p in phrases}
    assert answers == {p.text: dates._is_point_in_time(p) for p in phrases}
    assert answers.get("Tuesday") is True  # "on Tuesday" dates the shelling
    assert answers.get("2019") is False  # "since 2019" spans time
    kept = doc.user_data[dates._POINT_IN_TIME_KEY]
    assert set(kept) == {(p.start, p.end) for p in phrases}
