"""The cached entity lookups the coder uses instead of spaCy's per-call Doc.ents."""

from __future__ import annotations

from eventwire.nlp.entities import entities_in, entity_at


def test_entity_at_finds_the_entity_a_token_is_part_of(coder):
    doc = coder.nlp("Kenyan police detained Boniface Mwangi in Nairobi on Wednesday evening.")
    by_text = {t.text: t for t in doc}
    assert entity_at(by_text["Mwangi"]).text == "Boniface Mwangi"
    assert entity_at(by_text["Boniface"]).text == "Boniface Mwangi"
    assert entity_at(by_text["detained"]) is None
    assert entity_at(by_text["."]) is None
    assert [e.text for e in entities_in(doc)] == [e.text for e in doc.ents]
