"""The grammar helpers compare dependency labels by id (nlp.labels): an id must name the same label
the parse gives as a string, for every label the model uses."""

from eventwire.coding.syntax import is_passive, prep_objects
from eventwire.nlp.labels import label_id, label_ids


def test_every_label_of_a_parse_has_the_id_the_word_holds(nlp):
    doc = nlp("The envoy, who arrived on Monday, was expelled by Kenya after talks with the rebels broke down, "
              "officials said, adding that the army's trucks had pulled out of the town.")
    assert {t.dep_ for t in doc} >= {"nsubjpass", "auxpass", "agent", "pobj", "prep", "relcl", "poss"}
    for token in doc:
        assert token.dep == label_id(token.dep_), token.text
    assert label_ids(frozenset({"prep", "pobj"})) == {label_id("prep"), label_id("pobj")}


def test_helpers_reading_ids_find_what_the_labels_say(nlp):
    doc = nlp("The ambassador was expelled by Kenya. Troops pulled out of the town.")
    expelled = next(t for t in doc if t.text == "expelled")
    pulled = next(t for t in doc if t.text == "pulled")
    assert is_passive(expelled) and not is_passive(pulled)
    assert [t.text for t in prep_objects(expelled, ("by",))] == ["Kenya"]
    assert [t.text for t in prep_objects(pulled, ("of",))] == ["town"]
