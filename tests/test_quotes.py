"""Direct and indirect quotes with their speakers (eventwire.nlp.quotes)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorResolver
from eventwire.nlp.paragraphs import COMPONENT_NAME
from eventwire.nlp.quotes import direct_quote_spans, find_quotes


@pytest.fixture(scope="module")
def parse(nlp):
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    return nlp


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in direct_quote_spans(text)]


def test_straight_and_curly_quotes_are_found():
    """ASCII and typographic quotation marks both delimit direct quotes."""
    text = 'He said: "We will sign the deal soon." She replied: “We reject this plan entirely.”'
    assert quoted(text) == ["We will sign the deal soon.", "We reject this plan entirely."]


def test_scare_quotes_are_not_speech():
    """A quoted word or two ("terrorists") is not a quotation."""
    assert quoted('The government called them "terrorists" in a statement.') == []


def test_paragraph_that_only_closes_a_quote_starts_at_the_paragraph():
    """A continuation paragraph with only a closing mark is quoted from its start."""
    text = '"We will talk to everyone who wants peace in the region."\n\nBut we will not wait forever."'
    assert quoted(text)[-1] == "But we will not wait forever."


def test_speaker_before_colon_and_after_comma(parse):
    """'X replied: "..."' and '"...," he said' both name the speaker."""
    doc = parse('Lavrov replied: "We are ready for talks with Kyiv." "We will not wait forever," Peskov said.')
    spans = [q for q in find_quotes(doc) if q.direct]
    assert [doc[q.speaker_i].text for q in spans] == ["Lavrov", "Peskov"]


def test_a_long_speaker_phrase_after_the_quote_still_names_the_speaker(parse):
    """'"...," Indian foreign ministry spokesperson Randhir Jaiswal told reporters': the verb is far from
    the quote, the speaker's phrase is not."""
    doc = parse('"We strongly reject the baseless allegations," Indian foreign ministry spokesperson Randhir '
                'Jaiswal told reporters.')
    spans = [q for q in find_quotes(doc) if q.direct]
    assert [doc[q.speaker_i].text for q in spans] == ["Jaiswal"]


def test_indirect_speech_is_a_quote_of_the_subject(parse):
    """'X said that ...' and 'X went on to say that ...' are indirect quotes of X."""
    doc = parse("Hatami went on to say that Iran would sign a new agreement with Russia.")
    (q,) = find_quotes(doc)
    assert not q.direct and doc[q.speaker_i].text == "Hatami"
    assert doc.text[q.start:q.end].startswith("that Iran would sign")


def test_quotes_resolve_speakers_and_first_person(parse):
    """A quote's speaker is resolved to an actor; 'we' inside is the speaker's government."""
    doc = parse('Russian Foreign Minister Sergei Lavrov said: "We are ready for talks with Kyiv."\n\n'
                '"Our position has not changed," he added.')
    actors = ActorResolver().for_document(doc, dt.date(2023, 3, 1))
    assert [q.speaker.code for q in actors.quotes if q.direct] == ["RUSGOV", "RUSGOV"]
    assert all(q.speaker.name == "Sergey Lavrov" for q in actors.quotes)
    we = next(t for t in doc if t.text == "We")
    our = next(t for t in doc if t.text == "Our")
    assert [a.code for a in actors.actors_for(we)] == ["RUSGOV"]
    assert [a.code for a in actors.actors_for(our)] == ["RUSGOV"]


def test_unattributable_quote_keeps_an_unknown_speaker(parse):
    """A quote with no reporting verb and no earlier quote has an empty speaker, not a guess."""
    doc = parse('"The situation is very bad and getting worse every day."')
    actors = ActorResolver().for_document(doc, None)
    assert len(actors.quotes) == 1 and actors.quotes[0].speaker.code == ""
