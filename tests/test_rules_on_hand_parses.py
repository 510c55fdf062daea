"""The coder's rules (coding/rules/) and their precedence, on small parses built by hand: each
test reads one rule's behaviour in milliseconds, without the spaCy model."""

from __future__ import annotations

import functools

from handparse import parse

from eventwire.coding.candidate import Candidate
from eventwire.coding.extract import Extractor
from eventwire.coding.frames import load_frames
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.ontology import load_ontology
from eventwire.coding.recodes import PARTY_RECODES, PartyRecoder
from eventwire.coding.rules.precedence import NO_ENTRY_PRECEDENCE, PASSES, VERB_PRECEDENCE
from eventwire.coding.slots import ActorSlot
from eventwire.model import Actor


@functools.cache
def extractor() -> Extractor:
    return Extractor(load_lexicon(), load_frames())


def coded(doc) -> list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]:
    """(predicate, code, rule, sources, targets) of each candidate of the one-sentence doc."""
    return [(doc[c.predicate].text, c.code, c.rule, tuple(doc[i].text for i in c.sources),
             tuple(doc[i].text for i in c.targets)) for c in extractor().candidates(doc[:])]


def test_the_precedence_is_written_once_as_named_rules():
    assert [r.name for r in PASSES[0]] == ["control frame", "noun frame"]
    assert [s.name for s in VERB_PRECEDENCE][:5] == ["passive by event", "permission", "evaluation",
                                                    "reported verdict", "claimed wrongdoing"]
    assert [s.name for s in VERB_PRECEDENCE][-2:] == ["set free", "verb entry"]
    assert [s.name for s in NO_ENTRY_PRECEDENCE] == ["received", "forces moving", "joint action",
                                                    "obligation put on another party"]


def test_a_frame_claims_the_act_under_it():
    # "Iran threatened to impose sanctions": one threat, no sanctions imposed
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "threatened/VERB/ROOT/1/threaten/VBD", "to/PART/aux/3//TO",
                "impose/VERB/xcomp/1//VB", "sanctions/NOUN/dobj/3/sanction/NNS")
    [(predicate, code, rule, sources, _)] = coded(doc)
    assert (predicate, rule, sources) == ("impose", "frame:threat", ("Iran",))
    assert code.startswith("13")


def test_the_verbs_own_entry_codes_an_active_clause():
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "expelled/VERB/ROOT/1/expel/VBD",
                "British/ADJ/amod/3//JJ/NORP", "diplomats/NOUN/dobj/1/diplomat/NNS")
    [(predicate, code, rule, sources, targets)] = coded(doc)
    assert (predicate, rule, sources, targets) == ("expelled", "active", ("Iran",), ("diplomats",))
    assert code.startswith(("16", "17"))


def test_a_light_verb_hands_its_event_to_the_object_noun():
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "held/VERB/ROOT/1/hold/VBD", "talks/NOUN/dobj/1/talk/NNS",
                "with/ADP/prep/2", "Russia/PROPN/pobj/3//NNP/GPE")
    [(predicate, code, rule, sources, targets)] = coded(doc)
    assert (predicate, rule, sources, targets) == ("talks", "light-verb nominal", ("Iran",), ("Russia",))
    assert code.startswith("04")


def test_a_natural_disaster_stops_the_search_at_a_violent_verb():
    # "an earthquake killed dozens": nobody's act, and no later rule may read the verb
    doc = parse("An/DET/det/1", "earthquake/NOUN/nsubj/2", "killed/VERB/ROOT/2/kill/VBD", "dozens/NOUN/dobj/2/dozen/NNS")
    assert coded(doc) == []


def test_troops_on_the_move_are_mobilising():
    # "Russian troops massed near the border": no entry of its own, read by NO_ENTRY_PRECEDENCE
    doc = parse("Russian/ADJ/amod/1//JJ/NORP", "troops/NOUN/nsubj/2/troop/NNS", "massed/VERB/ROOT/2/mass/VBD",
                "near/ADP/prep/2", "the/DET/det/5", "border/NOUN/pobj/3")
    assert coded(doc) == [("massed", "154", "forces moving", ("troops",), ())]


def test_working_together_is_cooperating():
    # "France and Germany jointly develop a fighter jet" (with "will" it is a promise, 031)
    doc = parse("France/PROPN/nsubj/4//NNP/GPE", "and/CCONJ/cc/0", "Germany/PROPN/conj/0//NNP/GPE",
                "jointly/ADV/advmod/4//RB", "develop/VERB/ROOT/4//VBP",
                "a/DET/det/7", "fighter/NOUN/compound/7", "jet/NOUN/dobj/4")
    assert coded(doc) == [("develop", "060", "joint action", ("France",), ())]


def slot(country: str, sector: str, text: str = "x") -> ActorSlot:
    return ActorSlot(Actor(text=text, country=country, sector=sector, code=country + sector), 0, len(text), text)


def test_the_party_recodes_are_an_ordered_table():
    names = [name for name, _ in PARTY_RECODES]
    assert names[0] == "joint exercise" and names[-1] == "both parties in one phrase"
    assert len(set(names)) == len(names)  # each row named once, so the evidence can name it


def test_a_government_protesting_files_an_official_complaint():
    # "the foreign ministry protested against the remarks": 114, not a demonstration
    doc = parse("The/DET/det/2", "foreign/ADJ/amod/2", "ministry/NOUN/nsubj/3", "protested/VERB/ROOT/3/protest/VBD")
    ontology = load_ontology()
    pattern = next(p for p in load_lexicon().candidates("VERB", "protest") if p.cameo in ("140", "141"))
    cand = Candidate(predicate=3, anchor=3, code=pattern.cameo, pattern=pattern, sources=(2,), targets=(), rule="active")
    code, reciprocal, targets = PartyRecoder(ontology, load_frames()).apply(
        cand, doc[3], ontology[pattern.cameo], [slot("FRA", "GOV", "ministry")], [])
    assert code.code == "114" and not reciprocal and targets == []


def test_a_candidate_says_how_its_parties_were_found():
    # the dyads work reads these routes: "Iran held talks with Russia"
    doc = parse("Iran/PROPN/nsubj/1//NNP/GPE", "held/VERB/ROOT/1/hold/VBD", "talks/NOUN/dobj/1/talk/NNS",
                "with/ADP/prep/2", "Russia/PROPN/pobj/3//NNP/GPE")
    [cand] = extractor().candidates(doc[:])
    assert (cand.source_route, cand.target_route) in {("subject", "entry preposition"), ("subject", "with-phrase")}
    # "Russia's invasion of Ukraine"
    doc = parse("Russia/PROPN/poss/2//NNP/GPE", "'s/PART/case/0", "invasion/NOUN/ROOT/2", "of/ADP/prep/2",
                "Ukraine/PROPN/pobj/3//NNP/GPE")
    [cand] = extractor().candidates(doc[:])
    assert cand.source_route == "possessor" and doc[cand.sources[0]].text == "Russia"
