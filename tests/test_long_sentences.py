"""Run-on text (no full stop for thousands of words) is cut into bounded sentences, so the cost
and the output of coding it grow in proportion to its length."""

from __future__ import annotations

import json

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.model import Article
from eventwire.nlp.long_sentences import MAX_SENTENCE_TOKENS, bound_sentences

CLAUSE = "Russian forces shelled Kharkiv , the army attacked the village and police arrested journalists ;"


def _doc(words: list[str]) -> Doc:
    return bound_sentences(Doc(Vocab(), words=words))


def _run_on(words: int) -> str:
    text = []
    while len(text) < words:
        text += CLAUSE.split()
    return " ".join(text[:words])


def test_a_long_stretch_is_cut_at_clause_boundaries_within_the_limit():
    doc = _doc(_run_on(1000).split())
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc)
    # every cut falls after a ';' (the strongest clause boundary in this text)
    assert all(s[-1].text == ";" for s in list(doc.sents)[:-1])


def test_without_punctuation_the_cut_falls_before_a_conjunction_or_at_the_limit():
    words = ("the rebels attacked the convoy and the army shelled the town".split() * 40)
    doc = _doc(words)
    sents = list(doc.sents)
    assert max(len(s) for s in sents) <= MAX_SENTENCE_TOKENS
    assert all(s[0].text == "and" for s in sents[1:])
    no_breaks = _doc(["word"] * (MAX_SENTENCE_TOKENS * 2 + 10))
    assert [len(s) for s in no_breaks.sents] == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 10]


def test_ordinary_sentences_are_left_alone():
    words = ("Iran met Russia in Moscow on Monday .".split() * 60)
    doc = _doc(words)
    assert all(not t.is_sent_start for t in doc[1:])


def test_coding_run_on_text_grows_linearly(coder):
    sizes = []
    for words in (1500, 6000):
        article = Article(id=f"runon{words}", text=_run_on(words))
        coded = coder.code_article(article)
        for event in coded.events:
            assert len(event.evidence.sentence.split()) <= MAX_SENTENCE_TOKENS
        sizes.append(len(json.dumps(coded.to_dict())))
    assert sizes[0] > 0
    assert sizes[1] / sizes[0] < 5.5  # 4x the words: about 4x the output, not 16x
