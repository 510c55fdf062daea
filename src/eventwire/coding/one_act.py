"""One event per act: a story tells its main act once and then again and again ("Militants attacked a
passenger train on Tuesday ... the BLA claimed responsibility for *the attack* ... the driver, *injured
in the initial attack*, has died").  Each sentence's rules code each telling, so one act would count
two, three or four times for a user who counts events per dyad and day, and a later telling with no
doer is an event lost to the dyad and a false extra one.  As GDELT and ICEWS do within a story, a
later telling is merged into the act it tells again: the kept event is the first telling, it takes
the later telling's party where its own is missing ("is dead, killed" ... "Iraqi special forces said
al-Rufay'i was killed"), and its rule says where it was told again (`+ told again in sentence N`).

A later event tells an act again only where the story shows it (`_retelling_cue`):

- a definite noun of the act: "the attack", "the brazen attack", "Tuesday's attack", "Modi's visit",
  "his appeal" (not "another attack", "a second raid", "the ensuing battle": NEW_ACT_WORDS);
- an agentless passive of the same verb ("al-Rufay'i was killed Thursday" after "... is dead, killed"),
  or one set in a definite occasion that tells the act ("the driver, injured in the initial attack");
  "seven other people were killed", "were also killed" are more victims, not the same telling;
- "the train came under attack": a definite undergoer of an act told before;
- the same verb with the same doer and undergoer both named ("a charge New Delhi rejected" ... "we
  reject the allegations made by Pakistan").

and only into an earlier act of the same day, the same place or none, the same code (or a general word
of it: "the attack" retells the hijacking, "his appeal" (020) the call (025)), whose parties are
compatible with the later telling's (`_compatible`: the same actor, one unnamed, or a country and one
of its own sectors).  The nearest such act is the one told again.  Where nothing shows the later
telling is the same act (two attacks on two towns, two statements on two days, a strike and the
retaliation on its striker), both stay.

Co-actors of one act (`_one_act_of_co_actors`): "Sudan's council and the cabinet dissolved the party",
"legislation targeting Turkey and Turkish officials": one trigger with two parties of one country, one
of them only the country and the other a body of its state, is one act by (or on) that body.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.phrase import STATE_SECTORS
from ..model import Actor, Event, Location, Modality
from ..nlp.per_doc import children_of
from .grammar import DEFINITE_DETERMINERS, FORCE_ROOTS
from .told_again import (
    GENERAL_FORCE_NOUNS,
    NOUN_RULES,
    told_by,
    with_party_from,
)
from .vocabulary import engine_words

# words that make a mention another act of the kind: "another attack", "a second raid", "the ensuing
# battle", "ten more people were killed", "seven other people were killed"
NEW_ACT_WORDS = engine_words("NEW_ACT_WORDS")
# adverbs that add an act to the one told: "were also killed", "met again"
ADDED_ACT_ADVERBS = engine_words("ADDED_ACT_ADVERBS")
# rules whose event is told by a noun: the event nouns, "issued his appeal", "Trump's threat to impose"
NOUN_TELLING_RULES = NOUN_RULES | {"light-verb nominal"}
NOUN_FRAME_RULE = "noun frame"
PASSIVE_RULE = "passive"
RECEIVED_RULE = "received"
INDEFINITE_WORDS = frozenset({"a", "an", "another", "some"})
GENERIC_SUFFIX = "0"  # a root's generic code: 020 "appeal", 170 "coerce", 190 "use force"
TOLD_AGAIN = "told again in sentence"
COUNTRY_RESOLUTION = "country"
REGION_RESOLUTION = "region"
# intents say what a party will do: two of them ("will continue to engage", "my willingness to travel")
# are two promises, whatever words tell them
INTENT_ROOT = "03"
# roots whose kinds are each an act of their own, never a general word for another: a meeting (040)
# during a visit (042) is another act of consulting; ties upgraded (050) are not the pacts signed (057)
DISTINCT_KIND_ROOTS = frozenset({"04", "05"})


def one_event_per_act(events: list[Event], doc: Doc) -> list[Event]:
    """The story's events with each later telling of an act merged into the act it tells again."""
    kept: list[Event] = []
    # perf: the kept events by date, in order (a merge keeps the first telling's date): only an act of
    # the same day can be told again, so each event reads those, not every act of the story
    kept_by_date: dict[dt.date | None, list[int]] = {}
    for event in _one_act_of_co_actors(events):
        index = _antecedent(event, kept, kept_by_date.get(event.date.date, []), doc)
        if index is None:
            kept_by_date.setdefault(event.date.date, []).append(len(kept))
            kept.append(event)
        else:
            kept[index] = _merged(kept[index], event)
    return kept


def _antecedent(event: Event, kept: list[Event], same_day: list[int], doc: Doc) -> int | None:
    """The index in `kept` of the act this event tells again, of the earlier ones that may be it (of
    `same_day`, the indices of the kept acts of its date): one told by the same word ("the meeting"
    after "took part in the meeting"), else one of the same code ("the attack" retells the attack rather
    than the hostage-taking told with it), else the nearest."""
    if event.modality != Modality.ASSERTED or event.date.date is None or event.cameo.root == INTENT_ROOT:
        return None
    candidates = [i for i in same_day
                  if _position(kept[i]) < _position(event) and _same_occasion(kept[i], event)
                  and _retelling_cue(event, kept[i], doc)]
    if not candidates:
        return None
    words = _lemmas(event, doc)
    chosen = max(candidates, key=lambda i: (bool(words & _lemmas(kept[i], doc)),
                                            kept[i].cameo.code == event.cameo.code, _position(kept[i])))
    return None if _gives_a_party(kept[chosen], event) and _other_doer_between(kept, chosen, event) else chosen


def _gives_a_party(first: Event, later: Event) -> bool:
    return any(_fuller(getattr(first, role), getattr(later, role)) for role in ("source", "target"))


def _fuller(mine: Actor, theirs: Actor) -> bool:
    """A party the first telling left unnamed.  A country it named stays: "a two-day trip to Russia" went
    to Russia, whoever the visitor met there."""
    return theirs.known and not mine.known


def _other_doer_between(kept: list[Event], chosen: int, event: Event) -> bool:
    """'A bus station came under attack. Soldiers attacked a rebel camp. Rebels claimed responsibility for
    the attack': another act of the kind with its own doer told in between may be the one told again, so
    the first telling takes no party from this one (as coding/told_again.py reads it)."""
    return any(_position(kept[chosen]) < _position(other) < _position(event)
               and other.cameo.root == event.cameo.root and other.source.known
               for other in kept)


def _lemmas(event: Event, doc: Doc) -> set[str]:
    """The lemmas of the verbs and nouns that tell the event."""
    span = _span(event, doc)
    return {t.lemma_.lower() for t in span if t.pos_ in ("VERB", "NOUN")} if span is not None else set()


def _position(event: Event) -> tuple[int, int]:
    return event.evidence.sentence_index, event.evidence.event_start


def _same_occasion(earlier: Event, event: Event) -> bool:
    """An asserted act of the same day and place (or none), whose code the later telling's is or
    names in general, and whose parties may be the later telling's."""
    return (earlier.modality == Modality.ASSERTED and earlier.date.date == event.date.date
            and _same_place(earlier.location, event.location)
            and _code_retold(event, earlier)
            and _compatible(earlier.source, event.source) and _compatible(earlier.target, event.target)
            and not _crossed(earlier, event))


def _same_place(a: Location | None, b: Location | None) -> bool:
    """The same place, or none, or a country and a place in it ("the attack" placed only in Mali by its
    story retells the attack in Gao); an attack in Timbuktu is not the attack in Gao."""
    if a is None or b is None or a.name == b.name:
        return True
    if not a.country or a.country != b.country:
        return False
    if COUNTRY_RESOLUTION in (a.resolution, b.resolution):
        return True
    region, place = (a, b) if a.resolution == REGION_RESOLUTION else (b, a)
    return region.resolution == REGION_RESOLUTION and bool(place.admin1) and place.admin1 == region.admin1


def _code_retold(event: Event, earlier: Event) -> bool:
    """The same code; or the root's generic code ("his appeal" 020 after "is calling for" 025), but for
    consulting and cooperating, whose kinds are each their own act; or a general word for force ("the
    attack", 190) after a hijacking, bombing or raid."""
    if event.cameo.code == earlier.cameo.code:
        return True
    if event.cameo.code == earlier.cameo.root + GENERIC_SUFFIX and earlier.cameo.root not in DISTINCT_KIND_ROOTS:
        return True
    return event.cameo.root in FORCE_ROOTS and earlier.cameo.root in FORCE_ROOTS and _general_force_word(event)


def _general_force_word(event: Event) -> bool:
    words = event.evidence.event_text.lower().split()
    return any(word in GENERAL_FORCE_NOUNS for word in words)


def _compatible(a: Actor, b: Actor) -> bool:
    """Parties that may be one: the same code, one unnamed, or a country and one of its own sectors."""
    if not a.code or not b.code or a.code == b.code:
        return True
    return bool(a.country) and a.country == b.country and (_only_country(a) or _only_country(b))


def _only_country(actor: Actor) -> bool:
    return bool(actor.country) and actor.code == actor.country


def _crossed(earlier: Event, event: Event) -> bool:
    """'Militants attacked the post ... 16 militants were killed': the doer of one is the undergoer of the
    other, a strike and the blow back, two acts."""
    return (_same_side(earlier.source, event.target) and earlier.source.code != "") or (
        _same_side(earlier.target, event.source) and earlier.target.code != "")


def _same_side(a: Actor, b: Actor) -> bool:
    return bool(a.code) and bool(b.code) and (a.code == b.code or (a.country == b.country and a.sector == b.sector))


def _retelling_cue(event: Event, earlier: Event, doc: Doc) -> bool:
    """What in the later telling's words shows it tells an act already told."""
    rule = event.evidence.rule.split(" + ")[0]
    if rule in NOUN_TELLING_RULES or rule.startswith(NOUN_FRAME_RULE):
        return _definite_act_noun(told_by(event, doc, ("NOUN", "PROPN"))) and not _new_undergoer(event, doc)
    verb = told_by(event, doc, ("VERB",))
    if verb is None:
        return False
    if rule == PASSIVE_RULE and _in_told_occasion(verb, earlier, doc):
        return True  # "were also killed in the attack": more victims of the act told
    if _adds_an_act(verb) or _new_undergoer(event, doc):
        return False
    if rule == PASSIVE_RULE:
        return _same_verb(verb, earlier, doc)
    if rule == RECEIVED_RULE:
        return _definite_undergoer(verb)
    return (_same_verb(verb, earlier, doc) and event.source.known and event.target.known
            and earlier.source.known and earlier.target.known)


def _span(event: Event, doc: Doc):
    return doc.char_span(event.evidence.event_start, event.evidence.event_end, alignment_mode="expand")


def _definite_act_noun(noun: Token | None) -> bool:
    """'the attack', 'Tuesday's attack', "Modi's visit", 'his appeal': an act the reader knows; not
    'another attack', 'the second raid', 'the ensuing battle'."""
    if noun is None or any(c.lower_ in NEW_ACT_WORDS or c.ent_type_ == "ORDINAL" for c in children_of(noun)):
        return False
    # "the troop drawdown": the parser may hang the article on the compound before the noun
    heads = [noun, *(c for c in children_of(noun) if c.dep_ == "compound")]
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
               for head in heads for c in children_of(head))


def _adds_an_act(verb: Token) -> bool:
    """'were also killed', 'ten more people were killed', 'seven other people were killed'."""
    if any(c.dep_ == "advmod" and c.lower_ in ADDED_ACT_ADVERBS for c in children_of(verb)):
        return True
    parties = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(m.lower_ in NEW_ACT_WORDS for p in parties for m in children_of(p) if m.dep_ in ("amod", "det", "advmod"))


def _new_undergoer(event: Event, doc: Doc) -> bool:
    """'Rebels attacked *a police station*': an undergoer told with an indefinite article is new to the
    story, and so is the act done to it."""
    ev = event.evidence
    # an undergoer taken from an earlier telling (coding/told_again.py) is that telling's words
    own = ev.sentence_start <= ev.target_start < ev.sentence_start + len(ev.sentence)
    span = doc.char_span(ev.target_start, ev.target_end, alignment_mode="expand") if own else None
    return span is not None and any(c.dep_ == "det" and c.lower_ in INDEFINITE_WORDS for c in children_of(span.root))


def _same_verb(verb: Token, earlier: Event, doc: Doc) -> bool:
    """'al-Rufay'i was killed' after 'is dead, killed'; 'all hostages were rescued' after 'completed a rescue
    operation': the verb is a word that told the earlier act."""
    return verb.lemma_.lower() in _lemmas(earlier, doc)


def _in_told_occasion(verb: Token, earlier: Event, doc: Doc) -> bool:
    """'the driver, injured in the initial attack', 'killed during the raid': set in a definite occasion
    named by the word that told the act, or a general word for force after an act of force."""
    occasions = [c for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in ("in", "during")
                 for c in children_of(p) if c.dep_ == "pobj" and c.pos_ == "NOUN" and _definite_act_noun(c)]
    told = _lemmas(earlier, doc)
    return any(o.lemma_.lower() in told or (o.lemma_.lower() in GENERAL_FORCE_NOUNS and earlier.cameo.root in FORCE_ROOTS)
               for o in occasions)


def _definite_undergoer(verb: Token) -> bool:
    """'the train came under attack', 'it came under fire': a party the story has named."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children_of(s))
               for s in subjects)


def _merged(first: Event, later: Event) -> Event:
    """The first telling with the later one's parties where its own are missing, and a note of the
    sentence that told it again."""
    where = f"{TOLD_AGAIN} {later.evidence.sentence_index}"
    merged = first
    for role in ("source", "target"):
        mine, theirs = getattr(first, role), getattr(later, role)
        if _fuller(mine, theirs):
            merged = with_party_from(merged, role, later, role, f"as told again in sentence "
                                     f"{later.evidence.sentence_index}", f"{role} told again")
    evidence = replace(merged.evidence, rule=f"{merged.evidence.rule} + {where}")
    return replace(merged, evidence=evidence)


def _one_act_of_co_actors(events: list[Event]) -> list[Event]:
    """'Sudan's council and the cabinet dissolved the party': one trigger's events whose parties differ
    only where one names the country and the other a body of its state are one act, by that body.  A
    country named beside its own people, rebels or firms ("British Muslim bombers", "civilian and
    military targets in Kirkuk") names another party."""
    # perf: only events of one trigger, code and modality can be co-actors; compare within those groups,
    # not every event with every other one of the story
    by_trigger: dict[tuple, list[Event]] = {}
    for e in events:
        by_trigger.setdefault(_trigger_of(e), []).append(e)
    return [e for e in events if not any(_coarser_co_actor(e, other) for other in by_trigger[_trigger_of(e)]
                                         if other is not e)]


def _trigger_of(event: Event) -> tuple[int, int, str, Modality]:
    return event.evidence.sentence_index, event.evidence.event_start, event.cameo.code, event.modality


def _coarser_co_actor(event: Event, other: Event) -> bool:
    if _trigger_of(event) != _trigger_of(other):
        return False
    for role, fixed in (("source", "target"), ("target", "source")):
        mine, theirs = getattr(event, role), getattr(other, role)
        if getattr(event, fixed).code != getattr(other, fixed).code:
            continue
        if _only_country(mine) and theirs.country == mine.country and theirs.sector in STATE_SECTORS:
            return True
    return False
