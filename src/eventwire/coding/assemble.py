"""Turn Candidates into Events: attach actors, modality, date, place, ontology and evidence.

This is the `write` half of the coder: `Extractor.candidates` finds, this module builds
the frozen Event records.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..actors.codes import compose_code
from ..model import Actor, CameoCode, Event, Evidence, Location, Modality
from ..time_place.dates import historical_year, resolve_event_date
from .contexts import load_context_cues
from .candidate import Candidate
from .modality import ModalityReading, NounCues, read_modality, tense_of
from .ontology import Ontology
from .rules import COOPERATIVE_ROOTS, RECIPROCAL_ROOTS, VOICED_ROOTS, anchored_mention
from .syntax import subtree_span

# a conflictual act pledged not to happen is an intent to yield (035x): repression -> ease
# restrictions, dissent -> ease dissent, sanctions -> ease sanctions, force -> de-escalate
RESTRAINT_CODES = {"17": "0351", "14": "0352", "16": "0354", "18": "0356", "19": "0356", "20": "0356"}
# a show of force staged together by the forces of two countries is military cooperation: the
# manual's "single-country exercises are MOBILIZE, joint ones COOPERATE"
JOINT_FORMS = {"150": "062"}
EXERCISE_WORDS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "war-game", "wargame", "patrol", "training"})
# administrative sanctions (172) imposed on another country's people are international sanctions (163)
FOREIGN_FORMS = {"172": "163"}
# a pull-out by an organisation, company or civil group is a withdrawal of non-military presence
# (166, SANCTION/withdraw: "withdraw oneself or non-military resources"), not a military retreat
MILITARY_WITHDRAWALS = frozenset({"087", "0872", "0874"})
# ending dissent (082) and promising to (0352) are concessions of the dissenters; by the state they are repression
ENDING_DISSENT = {"082": "175", "0352": "137"}
AGREEING_LEMMAS = frozenset({"agree", "accept", "consent", "offer"})
# expelling people (174): an organisation expelled is an organisation withdrawn (166)
PERSON_EXPULSIONS = frozenset({"174"})
# killing one political or military figure is an assassination (186)
KILLING_VERBS = frozenset({"kill", "shoot", "murder", "gun", "slay", "stab"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP", "PTY", "ELI"})
# a "strike" by a state or its forces is a military strike, not a labour one
STATE_STRIKERS = frozenset({"", "MIL", "GOV"})
LABOUR_STRIKE = frozenset({"143"})
# armed forces "sending" aircraft or ships with nobody receiving them deploy them (154), no military aid
MILITARY_SUPPLY = frozenset({"072"})
CIVIL_SECTORS = frozenset({"SOC", "BUS", "MED", "EDU", "HLH", "REL", "LAB", "CVL", "HRI", "NGO", "AGR", "REF"})
ARMED_OR_STATE_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "INS", "COP", "SPY", "GOV", "SEP"})
# blocking or shutting down by the state's own forces is a restriction (cordons, closures: COERCE
# restrict), not a protest: PLOVER PROTEST is civilian
OBSTRUCTIONS = frozenset({"144", "1441", "1442", "1443", "1444"})
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY", "PRM", "JUD"})
# a country's own people and groups when named without a country ("the opposition", "farmers")
# and acted on or with by that country's civil state ("Venezuela's government and the opposition
# held talks"): the counterpart is domestic.  Armed forces, rebels and refugees are not assumed
# domestic ("Israeli forces killed civilians", "Rwanda denied backing the rebels").
DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "AGR", "LAB", "ELI", "PTY", "EDU", "JRN", "MED", "REL", "SOC", "HLH"})
CIVIL_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
# verbs that put a ceasefire into effect rather than announce or sign it
CEASEFIRE_CARRIED_OUT = frozenset({"observe", "implement", "respect", "honor", "honour", "maintain", "enforce",
                                   "uphold"})
GENERIC_CODES = frozenset({"010", "020", "030", "040", "050", "060", "070", "080", "090", "100", "110", "120", "130"})


@dataclass(frozen=True)
class ActorSlot:
    actor: Actor
    start: int
    end: int
    text: str


class EventBuilder:
    """Builds the Events of one document."""

    def __init__(self, doc: Doc, ontology: Ontology, doc_actors, published: dt.date | None,
                 places=None, dateline: str | None = None, frames=None, noun_cues: NounCues | None = None,
                 event_references: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.ontology = ontology
        self.doc_actors = doc_actors
        self.published = published
        self.places = places
        self.dateline = dateline
        self.frames = frames
        self.noun_cues = noun_cues
        self._context_countries: list[str] | None = None
        self.event_references = event_references
        # (sentence index, predicate, source slot) of the events built so far, for nouns that refer back to one
        self._recent_sources: list[tuple[int, int, ActorSlot]] = []
        # perf (scale, issue 7): Doc.text joins every token on each access; slots() read it
        # per actor (about a tenth of the coder's own, non-spaCy time).  The text never changes: read it once.
        self.doc_text = doc.text

    # ---- actors -------------------------------------------------------------

    def slots(self, heads: Sequence[int]) -> list[ActorSlot]:
        out: list[ActorSlot] = []
        for i in heads:
            token = self.doc[i]
            actors = self.doc_actors.actors_for(token)
            if actors:
                start, end = self._span(token)
                for actor in actors:
                    window_end = max(end, token.sent.end_char)
                    a_start, a_end = self._actor_span(actor, start, window_end) if len(actors) > 1 else (start, end)
                    out.append(ActorSlot(actor, a_start, a_end, self.doc_text[a_start:a_end]))
            else:
                start, end = subtree_span(token)
                text = self.doc_text[start:end]
                out.append(ActorSlot(Actor(text=text), start, end, text))
        return out

    def _span(self, token: Token) -> tuple[int, int]:
        try:
            return self.doc_actors.span_for(token)
        except Exception:  # an actor resolver without spans still gives an actor
            return subtree_span(token)

    def _actor_span(self, actor: Actor, start: int, end: int) -> tuple[int, int]:
        """Inside a compound phrase ("India and Japan"), the words of one of its actors."""
        if actor.text:
            found = self.doc_text.find(actor.text, start, end)
            if found >= 0:
                return found, found + len(actor.text)
        return start, end

    @functools.cached_property
    def dateline_country(self) -> str | None:
        """The country of the story's dateline place, once per document (None without one)."""
        place = self.places.resolve_name(self.dateline, self.context_countries()) if self.places and self.dateline else None
        return place.country if place is not None and len(place.country) == 3 else None

    def context_countries(self) -> list[str]:
        if self._context_countries is None:
            seen: dict[str, int] = {}
            for ent in self.doc.ents:
                if ent.label_ in ("GPE", "NORP"):
                    for actor in self.doc_actors.actors_for(ent.root):
                        if len(actor.country) == 3 and actor.country.isalpha():
                            seen[actor.country] = seen.get(actor.country, 0) + 1
            self._context_countries = sorted(seen, key=lambda c: -seen[c])
        return self._context_countries

    # ---- events -------------------------------------------------------------

    def build(self, sent: Span, sent_index: int, cand: Candidate) -> list[Event]:
        doc = self.doc
        predicate = doc[cand.predicate]
        anchor = doc[cand.anchor]
        words = [predicate] if anchor.i == predicate.i else [anchor, predicate]
        tense = tense_of(words)
        # "plans to visit France next month": the plan is stated now; the visit's date is not the event's
        date_token = anchor if cand.frame and cand.rule != "future-intent" else predicate
        date = resolve_event_date(sent, date_token, self.published, tense_of([anchor]) if date_token is anchor else tense)
        hist = historical_year(sent, predicate, self.published)
        if hist is not None and year_is_topic(sent, predicate, hist):
            hist = None
        if cand.stated:
            words = []  # "will resume attacks if talks fail": the threat is made by saying it
        reading = read_modality(
            sent,
            words if cand.stated else [anchor] if cand.modality_from_anchor else words,
            is_intent=cand.frame == "INTENT",
            event_date=date.date if date.source == "text" else None,
            published=self.published,
            historical_year=hist,
            voiced_by_purpose=cand.code[:2] in VOICED_ROOTS,
            noun_cues=self.noun_cues,
        )
        if hist is not None and date.source != "text":
            date = type(date)(dt.date(hist, 1, 1), str(hist), "year", "text")
        code = self.ontology[cand.code]
        refusal = self._refusal(cand, reading, tense) or self._restraint(cand, reading, tense)
        if refusal is not None:
            code, reading = refusal
        location = self._location(sent, predicate)
        sources = self.slots(cand.sources)
        targets = self.slots(cand.targets)
        code, reciprocal, targets = self._by_parties(cand, predicate, code, sources, targets)
        sources, targets = _domestic(sources, targets)
        sources, targets = _datelined(sources, targets, self.dateline_country)
        if not reciprocal and not any(t.actor.known for t in targets):
            targets = self._referred_party(predicate, sent_index, sources) or targets
        self._recent_sources.extend((sent_index, cand.predicate, s) for s in sources if s.actor.known)
        p_event, p_mode, p_context = plover_with_precedence(self.ontology, cand, code.code, reading.modality)
        p_context = load_context_cues().contexts(sent, p_context)
        pairs = self._pairs(sources, targets, reciprocal)
        if (cand.rule == "nominal" and not any(slot.actor.known for slot in sources + targets)
                and not anchored_mention(predicate)):
            # a bare event noun with no known actor at all ("restrictions on the purchase") tells
            # nobody anything; with one known party ("air strikes on Gaza") or a date ("a ransomware
            # attack on Wednesday") it is an event
            return []
        span = doc[cand.span_start:cand.span_end]
        quote = self.doc_actors.quote_index_at(predicate.idx)
        events = []
        for src, tgt in pairs:
            if src is not None and tgt is not None and src.start == tgt.start and src.actor == tgt.actor:
                continue  # a phrase is never its own recipient
            evidence = Evidence(
                sentence=sent.text.strip(),
                sentence_index=sent_index,
                sentence_start=sent.start_char,
                event_text=span.text,
                event_start=span.start_char,
                event_end=span.end_char,
                source_text=src.text if src else "",
                source_start=src.start if src else -1,
                source_end=src.end if src else -1,
                target_text=tgt.text if tgt else "",
                target_start=tgt.start if tgt else -1,
                target_end=tgt.end if tgt else -1,
                lexicon_entry=f"{cand.pattern.id} ({cand.pattern.where})",
                rule=cand.rule + (f" [{cand.frame_cue} -> {cand.embedded_code}]" if cand.frame else ""),
                modality_cue=reading.cue,
            )
            events.append(
                Event(
                    source=src.actor if src else Actor(text=""),
                    target=tgt.actor if tgt else Actor(text=""),
                    cameo=code,
                    modality=reading.modality,
                    evidence=evidence,
                    plover_event=p_event,
                    plover_mode=p_mode,
                    plover_context=p_context,
                    date=date,
                    location=location,
                    quote_index=quote,
                    confidence=self._confidence(src, tgt),
                )
            )
        return events

    def _by_parties(self, cand: Candidate, predicate: Token, code: CameoCode, sources: list[ActorSlot],
                    targets: list[ActorSlot]) -> tuple[CameoCode, bool, list[ActorSlot]]:
        """Codes that depend on who the resolved parties are (their countries and sectors), which the
        extractor cannot see: (code, reciprocal, targets)."""
        reciprocal = cand.reciprocal
        countries = {s.actor.country for s in sources if s.actor.country}
        if (code.code in JOINT_FORMS and not any(t.actor.known for t in targets) and self._is_exercise(predicate)
                and len(countries) > 1):
            # "Russian and Chinese warships held drills": one exercise by both, a joint one
            code, reciprocal, targets = self.ontology[JOINT_FORMS[code.code]], True, []
        if code.code in FOREIGN_FORMS and self._foreign(sources, targets):
            # "the US imposed visa restrictions on Iranian officials": a sanction on another country
            code = self.ontology[FOREIGN_FORMS[code.code]]
        if sources and all(s.actor.sector in STATE_FORCE_SECTORS for s in sources):
            # "police blocked the road to parliament", "the authorities said they will shut down the
            # country": a restriction, or one threatened
            code = self._recoded(cand, code, OBSTRUCTIONS, "172")
        if (code.code in ENDING_DISSENT and sources and all(s.actor.sector in STATE_FORCE_SECTORS for s in sources)
                and self.doc[cand.anchor].lemma_.lower() not in AGREEING_LEMMAS):  # "agreed to an end to the strike": a deal
            # "police ended the protest", "the government cancelled the rally", "the prime minister
            # vowed to end the protests": the state stopping others' dissent concedes nothing; its
            # forces repress (175), its government restricts (1721), a promise to is a threat (137)
            forces = all(s.actor.sector in ("COP", "MIL", "PRM") for s in sources)
            code = self.ontology[ENDING_DISSENT[code.code] if code.code != "082" or forces else "1721"]
        if (code.code in ("140", "141") and predicate.lemma_.lower() == "protest" and sources
                and all(s.actor.sector == "GOV" or (not s.actor.sector and _is_country(s.actor.code)) for s in sources)):
            code = self.ontology["114"]  # "the foreign ministry protested against the remarks": an official complaint
        if cand.pattern.id == "deployment-to-help" and not self._foreign(sources, targets):
            code = self.ontology["154"]  # "troops were sent to help the police": a deployment at home
        if (code.code in MILITARY_WITHDRAWALS and sources and all(_civil(s.actor) for s in sources)
                and not cand.pattern.id.startswith("cessation-")):  # "if they abandon the attacks": no pull-out
            code = self.ontology["166"]  # "Oxfam pulled out of Somalia", "Shell withdrew from Russia"
        if (code.code in MILITARY_SUPPLY and sources and all(s.actor.sector == "MIL" for s in sources)
                and not any(t.actor.known for t in targets)):
            code = self.ontology["154"]  # "China's military sent 24 aircraft around Taiwan": its own forces, no recipient
        if (predicate.lemma_.lower() == "strike" and sources
                and all(s.actor.country and s.actor.sector in STATE_STRIKERS for s in sources)):
            # "Israel's strikes", "Russian strikes on Kharkiv": military, no walkout; "Iran warned that
            # its army would launch strikes": a threatened military strike
            code = self._recoded(cand, code, LABOUR_STRIKE, "190")
        if (code.code[:2] in ("18", "19") and predicate.lemma_.lower() in KILLING_VERBS and len(cand.targets) == 1
                and len(targets) == 1 and _leader(targets[0].actor, self.doc[cand.targets[0]])):
            code = self.ontology["186"]  # "gunmen shot dead opposition lawmaker Patricio Vera": an assassination
        if code.code in PERSON_EXPULSIONS and targets and all(_organisation(t.actor) for t in targets):
            code = self.ontology["166"]  # "ordered the Norwegian Refugee Council to leave": an organisation expelled
        if (not reciprocal and not targets and len(cand.sources) == 1 and len(sources) > 1
                and code.code[:2] in RECIPROCAL_ROOTS):
            reciprocal = True  # "the two ministers signed a deal": one phrase naming both parties
        return code, reciprocal, targets

    def _recoded(self, cand: Candidate, code: CameoCode, acts: frozenset[str], act: str) -> CameoCode:
        """`act` in place of a coded act of `acts`: the act itself, or under the candidate's frame
        ("warned that its army would launch strikes": the frame's code for a military strike)."""
        if code.code in acts:
            return self.ontology[act]
        if cand.frame and cand.embedded_code in acts and self.frames is not None:
            return self.ontology[self.frames.apply(cand.frame, act) or code.code]
        return code

    def _referred_party(self, predicate: Token, sent_index: int, sources: list[ActorSlot]) -> list[ActorSlot]:
        """'Sisi welcomed the pledge', 'China condemned the exercises', 'Vucic rejected the
        recommendations': an object that refers back to an act reported just before (REFERRED_EVENT,
        with the/this and no owner) has that act's actor as recipient."""
        noun = _referring_noun(predicate)
        if noun is None or noun.lemma_.lower() not in self.event_references:
            return []
        own = {s.actor.country for s in sources}
        referred = next(((index, pred) for index, pred, slot in reversed(self._recent_sources)
                         if index >= sent_index - 2 and slot.actor.country not in own), None)
        if referred is None:
            return []
        start, end = subtree_span(noun)
        text = self.doc_text[start:end]
        out: list[ActorSlot] = []
        for index, pred, slot in self._recent_sources:  # all parties of that act ("the exercises" of two states)
            if (index, pred) == referred and slot.actor.country not in own and all(o.actor != slot.actor for o in out):
                actor = replace(slot.actor, text=text,
                                reason=f"'{text}' refers back to the act by '{slot.text}'; {slot.actor.reason}")
                out.append(ActorSlot(actor, start, end, text))
        return out

    @staticmethod
    def _foreign(sources: list[ActorSlot], targets: list[ActorSlot]) -> bool:
        """Every party named on both sides is a country, and no target shares the source's."""
        src = {s.actor.country for s in sources if _is_country(s.actor.country)}
        tgt = {t.actor.country for t in targets if _is_country(t.actor.country)}
        return bool(src and tgt) and not src & tgt

    @staticmethod
    def _is_exercise(predicate: Token) -> bool:
        """'held drills', 'exercises', 'patrolled': an exercise or patrol, not a missile test."""
        words = [predicate] + [c for c in predicate.children if c.dep_ == "dobj"]
        return any(w.lemma_.lower() in EXERCISE_WORDS for w in words)

    def _refusal(self, cand: Candidate, reading, tense: str):
        """'Hungary will not accept asylum seekers', 'Iran does not accept the terms': a
        cooperative act negated in the present or future is a refusal (12x), and that refusal
        is asserted.  A negated past act ("did not meet") stays a negated event."""
        if reading.modality is not Modality.NEGATED or tense == "past" or cand.code[:2] not in COOPERATIVE_ROOTS:
            return None
        if reading.cue.lower().startswith(("fail", "inabil", "short of")):
            # "failed to protect civilians", "its failure to protect", "stopped short of recognising":
            # not done, but not refused
            return None
        base = cand.embedded_code if cand.rule == "future-intent" else cand.code
        refused = self.frames.apply("REFUSE", base) if self.frames is not None else None
        if refused is None or refused not in self.ontology:
            return None
        return self.ontology[refused], ModalityReading(Modality.ASSERTED, f"refusal: {reading.cue}")

    def _restraint(self, cand: Candidate, reading, tense: str):
        """'police will not beat protesters', 'Israel will not attack Iran': a conflictual act
        negated in the future is a pledge of restraint, an asserted intent to yield (035x)."""
        if reading.modality is not Modality.NEGATED or tense != "future" or cand.code[:2] not in RESTRAINT_CODES:
            return None
        pledged = RESTRAINT_CODES[cand.code[:2]]
        if pledged not in self.ontology:
            return None
        return self.ontology[pledged], ModalityReading(Modality.ASSERTED, f"restraint: {reading.cue}")

    @staticmethod
    def _pairs(sources: list[ActorSlot], targets: list[ActorSlot], reciprocal: bool):
        if reciprocal and len(sources) > 1 and not targets:
            return [(a, b) for a in sources for b in sources if a is not b]
        return [(s, t) for s in (sources or [None]) for t in (targets or [None])]

    @staticmethod
    def _confidence(src: ActorSlot | None, tgt: ActorSlot | None) -> float:
        known = sum(1 for slot in (src, tgt) if slot is not None and slot.actor.known)
        return round(0.5 + 0.25 * known, 2)

    def _location(self, sent: Span, predicate: Token) -> Location | None:
        if self.places is None:
            return None
        try:
            return self.places.locate(sent, predicate, self.context_countries(), self.dateline)
        except Exception:  # one unresolvable place must never lose the event (Mordecai's lesson)
            return None


def _referring_noun(predicate: Token) -> Token | None:
    """The object of a reaction that may refer back to an earlier act: a definite noun with no owner."""
    obj = next((c for c in predicate.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        clause = next((c for c in predicate.children if c.dep_ == "ccomp"), None)  # "said the closure was ..."
        obj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if obj is None or obj.pos_ != "NOUN":
        return None
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children)
    owned = any(c.dep_ == "poss" for c in obj.children) or any(c.dep_ == "prep" and c.lower_ in ("by", "of") for c in obj.children)
    return obj if definite and not owned else None


def _domestic(sources: list[ActorSlot], targets: list[ActorSlot]) -> tuple[list[ActorSlot], list[ActorSlot]]:
    """Give country-less domestic groups (DOMESTIC_SECTORS) the country of the one civil state
    (CIVIL_STATE_SECTORS) they act with or are acted on by, and a country-less civil state the
    country of the people it faces: "Chile's government paid compensation to Mapuche families"
    -> CHLCVL; "Venezuela's government and the opposition held talks" -> VENOPP; "police
    arrested Kenyan activists" -> KENCOP.  Only when every named party is of that one country."""
    slots = sources + targets
    known = {s.actor.country for s in slots if s.actor.country}
    if len(known) != 1 or not _is_country(next(iter(known))):
        return sources, targets
    country = next(iter(known))
    # the state and the domestic group must face each other: one named, the other country-less
    state_named = any(s.actor.country and s.actor.sector in CIVIL_STATE_SECTORS for s in slots)
    group_named = any(s.actor.country and s.actor.sector in DOMESTIC_SECTORS for s in slots)
    fillable = (DOMESTIC_SECTORS if state_named else frozenset()) | (CIVIL_STATE_SECTORS if group_named else frozenset())

    return _filled(sources, targets, country, fillable, f"domestic: faces {country}'s own state or people")


def _datelined(sources: list[ActorSlot], targets: list[ActorSlot],
               country: str | None) -> tuple[list[ActorSlot], list[ActorSlot]]:
    """In a datelined story ("NAIROBI, March 10 (Reuters) -"), a country-less state or domestic
    actor (police, the government, protesters, the opposition) is of the dateline's country, unless
    another party of the event is of another country.  Armed forces, rebels and refugees are not
    assumed (a Kyiv-datelined story reports Russian troops too)."""
    if not country:
        return sources, targets
    slots = sources + targets
    if any(s.actor.country and s.actor.country != country for s in slots):
        return sources, targets

    return _filled(sources, targets, country, DOMESTIC_SECTORS | CIVIL_STATE_SECTORS,
                   f"dateline: a story filed from {country}")


def _filled(sources: list[ActorSlot], targets: list[ActorSlot], country: str, sectors: frozenset[str],
            why: str) -> tuple[list[ActorSlot], list[ActorSlot]]:
    """The slots with each country-less actor of one of `sectors` given `country` (and `why` in its reason)."""
    def fill(slot: ActorSlot) -> ActorSlot:
        actor = slot.actor
        if actor.country or actor.sector not in sectors:
            return slot
        filled = replace(actor, country=country, code=compose_code(country, actor.sector),
                         reason=f"{actor.reason}; {why}".lstrip("; "))
        return ActorSlot(filled, slot.start, slot.end, slot.text)

    return [fill(s) for s in sources], [fill(t) for t in targets]


def _leader(actor: Actor, head: Token) -> bool:
    """One political or military figure: an office holder, lawmaker, judge, party or opposition
    figure, or a named commander (a singular head, not "three villagers")."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    return actor.sector in POLITICAL_SECTORS or (bool(actor.name) and actor.sector in ("MIL", "REB"))


def _organisation(actor: Actor) -> bool:
    """A non-governmental or international organisation (NGO..., IGO...)."""
    return actor.code.startswith(("NGO", "IGO"))


def _civil(actor: Actor) -> bool:
    """An organisation, company or civil group: no armed or state sector."""
    if actor.sector in ARMED_OR_STATE_SECTORS:
        return False
    return actor.sector in CIVIL_SECTORS or _organisation(actor)


def _is_country(code: str) -> bool:
    return len(code) == 3 and code.isalpha()


# "talks about the 2015 deal", "condemned the move as a violation of the 1974 agreement"
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning", "under", "on", "as"})


def year_is_topic(sent: Span, predicate: Token, year: int) -> bool:
    """'spoke about the 2015 agreement', 'talks under the 2015 deal': the year dates the topic
    of the event, not the event itself."""
    for tok in sent:
        if tok.text != str(year):
            continue
        current = tok
        for _ in range(8):
            if current.i == predicate.i or current.head is current:
                break
            if current.dep_ == "prep" and current.lower_ in TOPIC_PREPS and (
                    current.head.i == predicate.i
                    # "condemned the move as a violation of the 1974 accord": "as" may hang on the object
                    or (current.head.dep_ in ("dobj", "obj") and current.head.head.i == predicate.i)):
                return True
            current = current.head
    return False


def plover_with_precedence(ontology: Ontology, cand: Candidate, code: str, modality: Modality) -> tuple[str, str, str]:
    """PLOVER event/mode/context, applying the manual's precedence rules the per-code table
    cannot express: a promised or future RETREAT is a CONCEDE ("agreed to withdraw")."""
    event, mode, context = ontology.plover(code)
    promised_yield = cand.frame == "INTENT" and cand.embedded_code[:2] == "08" and code == cand.code
    if promised_yield or (event == "RETREAT" and modality is Modality.FUTURE):
        return "CONCEDE", "", context
    if code == "0871" and (cand.rule == "nominal occurrence" or cand.pattern.lemma in CEASEFIRE_CARRIED_OUT):
        # "the ceasefire took effect / held", "both sides observed the ceasefire": carried
        # out, not only declared (manual: RETREAT covers "observing a ceasefire")
        return "RETREAT", "ceasefire", context
    return event, mode, context


def _acts_on_itself(event: Event) -> bool:
    """Source and target are one actor: one country named twice ("Iran, Russia can work together"
    read as IRN -> IRN; "Costa Rica said it was positive" with "it" as recipient), or one named person
    or phrase.  Two groups with one code are two actors ("Democrats criticized Republicans": USALEG ->
    USALEG; "protesters clashed with protesters")."""
    src, tgt = event.source, event.target
    if not src.code or src.code != tgt.code:
        return False
    if len(src.code) == 3 and src.code.isalpha():
        return True
    return bool(src.name and src.name == tgt.name) or src.text.lower() == tgt.text.lower()


def _without_target(event: Event) -> Event:
    """The act without the recipient it was wrongly given (the act itself stands)."""
    evidence = replace(event.evidence, target_text="", target_start=-1, target_end=-1)
    return replace(event, target=Actor(text=""), evidence=evidence, confidence=round(event.confidence - 0.25, 2))


def finish(events: list[Event]) -> list[Event]:
    """One event per predicate and actor pair; drop a generic code when a specific one of the
    same root fired for the same source in the same sentence ("appealed ... urged to release":
    the 0253 says more than the 020).  A generic code of another root is a different act
    ("made concessions to avoid the expulsion": 080 and 174 both stand).  The same act by the same
    source with and without a recipient in one sentence is one act, aimed.  One trigger gives one
    event per dyad (two phrases naming the same actors are one pair), and an actor never acts on
    itself: such an act keeps its source and loses the recipient (`_acts_on_itself`)."""
    seen: set[tuple] = set()
    out: list[Event] = []
    events = [_without_target(e) if _acts_on_itself(e) else e for e in events]
    # "summoned the ambassador to protest": a targetless repeat of an act already aimed at someone
    aimed = {(e.evidence.sentence_index, e.source.code, e.cameo.code) for e in events if e.target.code and e.source.code}
    events = [e for e in events if e.target.code or not e.source.code
              or (e.evidence.sentence_index, e.source.code, e.cameo.code) not in aimed]
    specific = {
        (e.evidence.sentence_index, e.source.code or e.evidence.source_text, e.cameo.code[:2])
        for e in events
        if e.cameo.code not in GENERIC_CODES
    }
    for e in events:
        key = (e.evidence.sentence_index, e.evidence.event_start, e.source.code, e.target.code,
               -1 if e.source.code else e.evidence.source_start, -1 if e.target.code else e.evidence.target_start)
        if key in seen:
            continue
        if e.cameo.code in GENERIC_CODES and (
            e.evidence.sentence_index, e.source.code or e.evidence.source_text, e.cameo.code[:2]
        ) in specific:
            continue
        seen.add(key)
        out.append(e)
    return out
