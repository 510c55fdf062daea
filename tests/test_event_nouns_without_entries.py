"""A noun with no lexicon entry is passed over before the costlier readings (coding.rules.nouns), except
the nouns that stand for another entry: a generic head ("measures", "package") codes its compound's
act, a cessation noun ("stop") the act it ends. These are the edge of that shortcut."""

from __future__ import annotations

from eventwire.coding.lexicon import load_lexicon


def nominal_events(code_text, text: str) -> list[tuple[str, str, str]]:
    return [(e["cameo"], e["evidence"]["event_text"], e["evidence"]["lexicon_entry"].split(" ")[0])
            for e in code_text(text) if e["evidence"]["rule"] == "nominal"]


def test_the_heads_here_have_no_entry_of_their_own():
    lexicon = load_lexicon()
    assert lexicon.candidates("NOUN", "measure") == () and lexicon.candidates("NOUN", "package") == ()


def test_a_generic_head_without_entry_codes_its_compound(code_text):
    events = nominal_events(code_text, "Belarus's repression measures against the opposition drew criticism.")
    assert events == [("175", "measures", "repression.n")]


def test_an_aid_package_is_aid(code_text):
    events = code_text("The EU's aid package for Ukraine arrived on Monday.")
    assert [(e["cameo"], e["actor"]["code"], e["evidence"]["event_text"]) for e in events] == [("070", "IGOEUR", "package")]


def test_a_cessation_noun_without_entry_ends_the_act_it_names(code_text):
    assert load_lexicon().candidates("NOUN", "stop") == ()
    events = code_text("Russia's stop to the shelling of Kharkiv was welcomed.")
    assert [(e["cameo"], e["actor"]["code"], e["evidence"]["event_text"]) for e in events
            if e["evidence"]["rule"] == "nominal"] == [("087", "RUS", "stop")]  # not the shelling itself (194)
