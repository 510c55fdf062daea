"""The cached sentence lookups the coder uses instead of spaCy's per-call Token.sent / Span.sent."""

from __future__ import annotations

from eventwire.nlp.sentences import sentence_of, sentences_before

STORY = ("Kenyan police detained an activist in Nairobi on Wednesday.\n\n"
         "The arrest drew protests. Rights groups condemned it and called for his release.\n\n"
         "Officials said he would appear in court on Friday, and that the charges were serious.")


def test_each_word_and_span_gets_the_sentence_spacy_gives(coder):
    doc = coder.nlp(STORY)
    assert len(list(doc.sents)) >= 4
    for token in doc:
        found, expected = sentence_of(token), token.sent
        assert (found.start, found.end) == (expected.start, expected.end), token.text
    for start in range(len(doc) - 3):
        span = doc[start:start + 3]  # some of these cross a sentence end: the first word's sentence
        found, expected = sentence_of(span), span.sent
        assert (found.start, found.end) == (expected.start, expected.end), span.text


def test_sentences_before_counts_the_earlier_sentences(coder):
    doc = coder.nlp(STORY)
    sentences = list(doc.sents)
    assert [sentences_before(s) for s in sentences] == list(range(len(sentences)))
