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


def _verb(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_frame_is_read_from_the_verb_class_and_cancelled_by_the_parse(coder):
    frames = coder.resources.extractor
    doc = coder.nlp("The rebels threatened to attack the town. The union called off the strike. "
                    "Workers joined a strike called by the opposition. The minister visited the port.")
    assert frames.frame_of(_verb(doc, "threatened")) == "THREAT"
    assert frames.frame_of(_verb(doc, "off").head) == ""  # a phrasal verb, no appeal
    assert frames.frame_of(_verb(doc, "visited")) == ""  # no frame class at all
    doc = coder.nlp("The army did not rule out sending troops.")
    assert frames.frame_of(_verb(doc, "rule")) == "POSSIBLE"  # litotes, whatever the class


def test_a_date_in_the_verb_phrase_is_judged_once_per_verb(coder):
    from eventwire.coding import modality

    doc = coder.nlp("Police freed the prisoners last week. Police freed the prisoners.")
    first, second = [t for t in doc if t.text == "freed"]
    assert modality._dated(first) is True
    assert modality._dated(second) is False
    assert doc.user_data[modality.DATED_VERBS_KEY] == {first.i: True, second.i: False}


def test_a_verbs_direct_object_is_found_once_per_verb(coder):
    from eventwire.coding import syntax

    doc = coder.nlp("Soldiers burned the village. The charges were dismissed. The rebels fled.")
    burned, dismissed, fled = (_verb(doc, w) for w in ("burned", "dismissed", "fled"))
    assert syntax.direct_object(burned).text == "village"
    assert syntax.direct_object(dismissed).text == "charges"  # a passive's subject is what was acted on
    assert syntax.direct_object(fled) is None
    assert syntax.direct_object(burned).text == "village"  # asked again: the same answer
    kept = doc.user_data[syntax.DIRECT_OBJECTS_KEY]
    assert kept == {burned.i: burned.i + 2, dismissed.i: dismissed.i - 2, fled.i: None}


def test_children_and_subtrees_are_read_from_tables_that_match_spacy(coder):
    from eventwire.nlp.per_doc import CHILDREN_KEY, children_of, subtree_of, tokens_of

    doc = coder.nlp(STORY + " Estorian police, who had been warned, arrested three men and a woman "
                            "near the border with Norland late on Sunday.")
    for token in doc:
        assert children_of(token) == tuple(token.children)  # the same words, left to right
        assert subtree_of(token) == tuple(token.subtree)
        assert subtree_of(token) is subtree_of(token)  # kept, not walked again
    assert len(doc.user_data[CHILDREN_KEY]) == len(doc)  # one table for the whole Doc
    words = tokens_of(doc)
    assert words == tuple(doc) and words is tokens_of(doc)  # the Doc's words, made once
    assert all(child is words[child.i] for token in doc for child in children_of(token))
    arrested = _verb(doc, "arrested")
    assert [t.text for t in children_of(arrested) if t.dep_ in ("nsubj", "dobj")] == ["police", "men"]


def test_the_words_lemmas_forms_and_heads_read_once_per_doc_match_spacy(coder):
    from eventwire.nlp import per_doc

    doc = coder.nlp(STORY + " Officials in Norland SAID the Army had Shelled it.")
    lemmas, forms = per_doc.lemma_lowers(doc), per_doc.lower_list(doc)
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert forms == [t.lower_ for t in doc]
    assert per_doc.lemma_lowers(doc) is lemmas  # kept, not read anew
    assert "shell" in lemmas and "said" in forms
    assert [[c.i for c in per_doc.children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    shelled = next(t for t in doc if t.text == "shelled")
    assert "karvia" in per_doc.tree_words(shelled) and "shell" in per_doc.tree_lemmas(shelled)
    assert "estoria" not in per_doc.tree_words(shelled)  # another sentence's tree
