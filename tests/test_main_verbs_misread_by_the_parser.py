"""The doer of a main verb the parser misread: a sentence whose root is the subject noun, with the
main verb hung on it as a participle ("The Chadian air force *carried out* strikes, killing ..."), and
a finite main verb hung as an adverbial clause on the participle before it ("Hackers *linked* to
Pyongyang *launched* attacks").  Parses written by hand, as the small model gives them."""

from __future__ import annotations

from handparse import parse

from eventwire.coding.syntax import is_passive, subject_of


def _air_force_carried_out_strikes():
    # "The Chadian air force carried out two strikes in Mali, killing fighters": root "force"
    return parse("The/DET/det/3//DT", "Chadian/ADJ/amod/3//JJ/NORP", "air/NOUN/compound/3//NN",
                 "force/NOUN/ROOT/3//NN", "carried/VERB/acl/3/carry/VBN", "out/ADP/prt/4//RP",
                 "two/NUM/nummod/7//CD", "strikes/NOUN/dobj/4/strike/NNS", "in/ADP/prep/7//IN",
                 "Mali/PROPN/pobj/8//NNP/GPE", ",/PUNCT/punct/4//,", "killing/VERB/advcl/4/kill/VBG",
                 "fighters/NOUN/dobj/11/fighter/NNS")


def test_a_main_verb_read_as_a_participle_of_the_root_noun_is_the_nouns_act():
    doc = _air_force_carried_out_strikes()
    assert [t.text for t in subject_of(doc[4])] == ["force"]
    assert not is_passive(doc[4])


def test_a_participle_clause_after_it_inherits_the_same_doer():
    doc = _air_force_carried_out_strikes()
    assert [t.text for t in subject_of(doc[11])] == ["force"]


def test_a_participle_without_an_object_stays_a_reduced_passive():
    # "Two soldiers killed in Mali.": a headline's participle with no object of its own
    doc = parse("Two/NUM/nummod/1//CD", "soldiers/NOUN/ROOT/1/soldier/NNS", "killed/VERB/acl/1/kill/VBN",
                "in/ADP/prep/2//IN", "Mali/PROPN/pobj/3//NNP/GPE")
    assert subject_of(doc[2]) == []


def _hackers_launched_attacks():
    # "Hackers linked to Pyongyang launched attacks on Japanese banks": "launched" hung on "linked"
    return parse("Hackers/NOUN/nsubj/1/hacker/NNS", "linked/VERB/ROOT/1/link/VBD", "to/ADP/prep/1//IN",
                 "Pyongyang/PROPN/pobj/2//NNP/GPE", "launched/VERB/advcl/1/launch/VBD",
                 "attacks/NOUN/dobj/4/attack/NNS", "on/ADP/prep/4//IN", "banks/NOUN/pobj/6/bank/NNS")


def test_a_finite_verb_read_as_an_adverbial_clause_is_the_main_verb():
    doc = _hackers_launched_attacks()
    assert [t.text for t in subject_of(doc[4])] == ["Hackers"]


def test_an_adverbial_clause_with_a_conjunction_of_its_own_keeps_its_doer_open():
    # "Hackers linked to Pyongyang, *when* launched ...": a clause marked as adverbial is one
    doc = parse("Hackers/NOUN/nsubj/1/hacker/NNS", "linked/VERB/ROOT/1/link/VBD", "to/ADP/prep/1//IN",
                "Pyongyang/PROPN/pobj/2//NNP/GPE", "because/SCONJ/mark/5//IN", "launched/VERB/advcl/1/launch/VBD",
                "attacks/NOUN/dobj/5/attack/NNS")
    assert subject_of(doc[5]) == []
