"""Who takes part in an act (coding/parties.py), on small parses built by hand: each route that
finds a source or a target, without the spaCy model."""

from __future__ import annotations

import functools

from handparse import parse

from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.parties import PartyFinder, agent_phrases, moved, undergoer


@functools.cache
def finder() -> PartyFinder:
    return PartyFinder(load_lexicon())


def _any_noun(lemma: str):
    return load_lexicon().candidates("NOUN", lemma)[0]


def texts(parties) -> list[str]:
    return [t.text for t in parties.tokens]


def test_the_subject_of_an_active_verb_is_its_source():
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "expelled/VERB/ROOT/1/expel/VBD", "diplomats/NOUN/dobj/1/diplomat/NNS")
    found = finder().verb_sources(doc[1])
    assert texts(found) == ["Iran"] and found.route == "subject"


def test_the_by_agent_of_a_passive_is_its_source():
    doc = parse("Diplomats/NOUN/nsubjpass/2/diplomat/NNS", "were/AUX/auxpass/2/be/VBD",
                "expelled/VERB/ROOT/2/expel/VBN", "by/ADP/agent/2", "Iran/PROPN/pobj/3//NNP/GPE")
    found = finder().verb_sources(doc[2])
    assert texts(found) == ["Iran"] and found.route == "passive agent"


def test_an_agentless_passive_has_no_source():
    doc = parse("Talks/NOUN/nsubjpass/2/talk/NNS", "were/AUX/auxpass/2/be/VBD", "held/VERB/ROOT/2/hold/VBN")
    assert not finder().verb_sources(doc[2])


def test_an_announced_future_passive_is_the_announcers_measure():
    # "The government announced that the curfew will be lifted"
    doc = parse("The/DET/det/1", "government/NOUN/nsubj/2", "announced/VERB/ROOT/2/announce/VBD",
                "that/SCONJ/mark/8", "the/DET/det/5", "curfew/NOUN/nsubjpass/8", "will/AUX/aux/8",
                "be/AUX/auxpass/8", "lifted/VERB/ccomp/2/lift/VBN")
    found = finder().announcer_of(doc[8])
    assert texts(found) == ["government"] and found.route == "announcer"


def test_a_possessor_does_the_act_of_its_noun():
    doc = parse("Russia/PROPN/poss/2//NNP/GPE", "'s/PART/case/0", "invasion/NOUN/ROOT/2")
    found = finder().noun_sources(doc[2], _any_noun("invasion"))
    assert texts(found) == ["Russia"] and found.route == "possessor"


def test_a_by_phrase_hung_on_the_of_phrase_still_names_the_agent():
    # "the expulsion of inspectors by Iran"
    doc = parse("the/DET/det/1", "expulsion/NOUN/ROOT/1", "of/ADP/prep/1", "inspectors/NOUN/pobj/2/inspector",
                "by/ADP/prep/3", "Iran/PROPN/pobj/4//NNP/GPE")
    assert [t.text for t in agent_phrases(doc[1])] == ["Iran"]
    found = finder().noun_sources(doc[1], _any_noun("expulsion"))
    assert texts(found) == ["Iran"] and found.route == "by-phrase"


def test_parties_between_act_on_each_other():
    doc = parse("talks/NOUN/ROOT/0/talk/NNS", "between/ADP/prep/0", "Iran/PROPN/pobj/1//NNP/GPE",
                "and/CCONJ/cc/2", "Russia/PROPN/conj/2//NNP/GPE")
    found = finder().noun_sources(doc[0], _any_noun("talk"))
    assert texts(found) == ["Iran"] and found.route == "between-phrase" and found.reciprocal


def test_a_light_verb_lends_its_subject_to_its_object_noun():
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "held/VERB/ROOT/1/hold/VBD", "talks/NOUN/dobj/1/talk/NNS")
    assert finder().lending_verb(doc[2]).i == 1
    found = finder().noun_sources(doc[2], _any_noun("talk"))
    assert texts(found) == ["Iran"] and found.route == "lent by subject"


def test_actor_naming_modifiers_of_a_noun_are_its_sources():
    doc = parse("Russian/ADJ/amod/2//JJ/NORP", "air/NOUN/compound/2", "strikes/NOUN/ROOT/2/strike/NNS")
    found = finder().noun_sources(doc[2], _any_noun("strike"))
    assert texts(found) == ["Russian"] and found.route == "actor modifier" and not found.reciprocal


def test_the_holder_of_an_under_phrase_suffers_the_act():
    doc = parse("Kyiv/PROPN/nsubj/1//NNP/GPE", "is/AUX/ROOT/1/be/VBZ", "under/ADP/prep/1", "attack/NOUN/pobj/2")
    found = undergoer(doc[3])
    assert texts(found) == ["Kyiv"] and found.route == "under-phrase holder"


def test_a_dative_is_the_recipient_of_a_light_verbs_noun():
    # "Iran gave Putin a warning"
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "gave/VERB/ROOT/1/give/VBD", "Putin/PROPN/dative/1//NNP/PERSON",
                "a/DET/det/4", "warning/NOUN/dobj/1")
    sources, targets = finder().light_verb_parties(doc[1], doc[4], ())
    assert texts(sources) == ["Iran"] and texts(targets) == ["Putin"] and targets.route == "dative"


def test_a_party_named_as_object_is_the_recipient():
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "warned/VERB/ROOT/1/warn/VBD", "Japan/PROPN/dobj/1//NNP/GPE")
    assert finder().is_actor(doc[2])
    found = finder().object_targets(doc[1], doc[2], doc[2], True, None)
    assert texts(found) == ["Japan"] and found.route == "object"


def test_the_owner_of_a_struck_object_is_the_recipient():
    # "the army shelled the rebels' positions"
    doc = parse("the/DET/det/1", "army/NOUN/nsubj/2", "shelled/VERB/ROOT/2/shell/VBD", "the/DET/det/4",
                "rebels/NOUN/poss/6/rebel/NNS", "'/PART/case/4", "positions/NOUN/dobj/2/position/NNS")
    assert not finder().is_actor(doc[6])
    found = finder().object_targets(doc[2], doc[6], doc[6], False, None)
    assert texts(found) == ["rebels"] and found.route == "object's owner"


def test_what_a_verb_of_motion_moves_is_its_object_or_passive_subject():
    active = parse("Kenya/PROPN/nsubj/1//NNP/GPE", "deployed/VERB/ROOT/1/deploy/VBD", "peacekeepers/NOUN/dobj/1/peacekeeper")
    passive = parse("Peacekeepers/NOUN/nsubjpass/2/peacekeeper", "were/AUX/auxpass/2/be", "deployed/VERB/ROOT/2/deploy/VBN")
    assert [t.text for t in moved(active[1])] == ["peacekeepers"]
    assert [t.text for t in moved(passive[2])] == ["Peacekeepers"]


def test_the_subject_of_a_copula_does_what_its_adjective_governs():
    # "Russia is busy arming the rebels"
    doc = parse("Russia/PROPN/nsubj/1//NNP/GPE", "is/AUX/ROOT/1/be/VBZ", "busy/ADJ/acomp/1/busy/JJ",
                "arming/VERB/xcomp/2/arm/VBG", "rebels/NOUN/dobj/3/rebel/NNS")
    assert texts(finder().verb_sources(doc[3])) == ["Russia"]


def test_a_passive_under_the_adjective_is_not_done_by_the_copulas_subject():
    # "Farmers are likely to be angered by the ruling to seize land": the farmers seize nothing
    doc = parse("Farmers/NOUN/nsubj/1/farmer/NNS", "are/AUX/ROOT/1/be/VBP", "likely/ADJ/acomp/1/likely/JJ",
                "to/PART/aux/5", "be/AUX/auxpass/5/be/VB", "angered/VERB/xcomp/2/anger/VBN",
                "to/PART/aux/7", "seize/VERB/advcl/5/seize/VB", "land/NOUN/dobj/7/land/NN")
    assert texts(finder().verb_sources(doc[7])) == []


def test_the_subject_of_a_passive_does_the_act_it_is_accused_or_charged_with():
    # "The minister was charged with smuggling gold"
    doc = parse("minister/NOUN/nsubjpass/2/minister/NN", "was/AUX/auxpass/2/be/VBD",
                "charged/VERB/ROOT/2/charge/VBN", "with/ADP/prep/2", "smuggling/VERB/pcomp/3/smuggle/VBG",
                "gold/NOUN/dobj/4/gold/NN")
    assert texts(finder().verb_sources(doc[4])) == ["minister"]
    # "Officers were accused of beating protesters"
    doc = parse("Officers/NOUN/nsubjpass/2/officer/NNS", "were/AUX/auxpass/2/be/VBD",
                "accused/VERB/ROOT/2/accuse/VBN", "of/ADP/prep/2", "beating/VERB/pcomp/3/beat/VBG",
                "protesters/NOUN/dobj/4/protester/NNS")
    assert texts(finder().verb_sources(doc[4])) == ["Officers"]


def test_an_active_charge_with_leaves_the_doer_to_the_object_rules():
    # "Police charged him with smuggling gold": not the police
    doc = parse("Police/NOUN/nsubj/1/police/NNS", "charged/VERB/ROOT/1/charge/VBD", "him/PRON/dobj/1/he/PRP",
                "with/ADP/prep/1", "smuggling/VERB/pcomp/3/smuggle/VBG", "gold/NOUN/dobj/4/gold/NN")
    assert "Police" not in texts(finder().verb_sources(doc[4]))
