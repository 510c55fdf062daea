"""Turn Candidates into Events: attach actors, modality, ontology and evidence.

This is the `assemble` stage of the coder: the rules (`Extractor.candidates`) find candidates
with their parties, `event_date.event_time` dates them, this module builds the frozen Event
records, and `event_place.DocumentPlaces` places them afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event, Evidence, Modality
from ..nlp.per_doc import children_of, subtree_of, tokens_of
from ..nlp.quotes import REPORTING_LEMMAS
from ..nlp.sentences import sentence_of
from .acts_as_parties import decided_word
from .candidate import Candidate
from .commentators import StorySpeakers, unasserted_in_speech
from .contexts import load_context_cues, with_cues
from .event_date import EventTime
from .frames import FrameTable
from .grammar import (
    ACTOR_CLASS,
    COOPERATIVE_ROOTS,
    DEFINITE_DETERMINERS,
    UNSPECIFIED_DEMAND,
    VOICED_ROOTS,
    anchored_mention,
    announced_on_an_occasion,
    call_of_errand,
    done_together,
    mutual_code,
    topic_of_the_act,
)
from .history_run import HistoryRun
from .lexicon import load_lexicon, parse_constraint
from .modality import (
    PRESENT_STANCE_CUE,
    ModalityReading,
    NounCues,
    habitual_clause,
    modal_over_refusal,
    offered_alternative,
    possessed_mention,
    read_modality,
    standing_denial,
    unrealised_negator,
)
from .ontology import Ontology
from .parties import participant_words
from .recodes import PartyRecoder
from .retold_acts import retold_reading
from .slots import ActorSlot, datelined, domestic, not_the_victims
from .syntax import (
    conjuncts_of,
    direct_object,
    prep_objects,
    relative_antecedent,
    reporting_head,
    semantic_head,
    subject_of,
    subtree_span,
    with_conjuncts,
)
from .told_again import with_party_from
from .vocabulary import engine_words

# a conflictual act pledged not to happen is an intent to yield (035x): repression -> ease
# restrictions, dissent -> ease dissent, sanctions -> ease sanctions, force -> de-escalate
RESTRAINT_CODES = {"17": "0351", "14": "0352", "16": "0354", "18": "0356", "19": "0356", "20": "0356"}
# agreeing acts (reaching or signing a deal 057, expressing accord 019, agreeing 030) that the parties
# "failed" to do: a negotiation ended with each side's terms refused, a rejection (120; PETRARCH's
# CAMEO dictionary codes FAIL so)
FAILED_AGREEMENT_CODES = frozenset({"057", "019", "030"})
FAILED_AGREEMENT = "120"
# verbs that put a ceasefire into effect rather than announce or sign it
CEASEFIRE_CARRIED_OUT = engine_words("CEASEFIRE_CARRIED_OUT")
# words of an intent frame that offer an act rather than commit to it ("is willing to withdraw")
OFFERING_WORDS = engine_words("OFFERING_WORDS")
# Yields the PLOVER manual lists under RETREAT only, as material acts: releasing captives and returning
# property (084), letting in observers, peacekeepers or aid workers (086).  Easing restrictions or
# sanctions, pardons, ceasefires and withdrawals it also names among CONCEDE's announced concessions;
# promised resignations and disarmament are left CONCEDE too (both readings occur in news-coded data).
MATERIAL_YIELD_CODES = ("084", "086")
# a yield of no stated kind: "is willing to make concessions" is itself a verbal concession
GENERIC_YIELD = "080"
# strikes, boycotts (143) and blockades (144): the manual's THREATEN mode `restrict` names the threat of them
RESTRICTING_PROTESTS = ("143", "144")
# acts whose recipient, when no party is named, is the place they are done in: aid "to fight hunger in
# Yemen", force "struck a target in the Gaza Strip", coercion "imposed blockades in the West Bank", a yield
# "eased restrictions on business travel in Venezuela", "a ceasefire to halt the fighting in Yemen", military posture "put a
# brigade on alert to fly into Lebanon".  Not talks, visits' venues or protests: a meeting in Paris or a
# rally in Berlin is held there, the city is no party to it.
PLACE_RECIPIENT_ROOTS = frozenset({"07", "08", "15", "17", "18", "19", "20"})
# the prepositions that put an act, or what it is done to, in a place
IN_PLACE_PREPS = ("in", "inside", "across", "throughout", "into")
NEAR_PREPS = ("around", "near", "along")
# Characters between a thing and its place phrase beyond which no single preposition stands between them
MAX_PREPOSITION_GAP = 40
# military posture (15) is aimed where the forces go ("to fly *into* Lebanon", "*along* the border"), not
# where they wait ("a brigade *in* Italy put on alert")
POSTURE_ROOT = "15"
DESTINATION_PREPS = ("into", "to", "toward", "towards")
# force (18-20) by rebels, insurgents or unnamed gunmen with no victim named ("insurgents launched attacks
# in Mozambique") is aimed at the state of the place, their own or not; a state's own forces at home
# ("troops fired shots in Lagos") aim at no one the place names
HOME_FIGHT_ROOTS = frozenset({"18", "19", "20"})
HOME_FIGHTER_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
# the reason's words for a recipient read off the act's place
PLACE_RECIPIENT_ROUTE = "place as recipient"
# "strikes *on* a target in Lebanon", "an attack *against* a base in Syria": what an act noun is aimed at
NOUN_AIM_PREPS = ("on", "against", "at", "upon")
# Parties acting together ("India and Japan signed") give one event per direction, up to this many.
MAX_RECIPROCAL_PARTIES = 4
# civil emergency services (classes.v1.tsv): sent with troops, they are not troops sent
EMERGENCY_SERVICE = "EMERGENCY_SERVICE"
GENERIC_CODES = frozenset({"010", "020", "030", "040", "050", "060", "070", "080", "090", "100", "110", "120", "130"})


# statements, comments, hopes and doubts (010-014), and sympathy, condolences and accord voiced (017-019:
# "he agreed with the president's remark"): only an identified speaker's count
UNATTRIBUTED_COMMENT_CODES = frozenset({"010", "011", "012", "013", "014", "017", "018", "019"})
# '"Griots are not just important," he said', '"This is a baseless case," Gallagher added': a verdict
# in someone's words is a praise or a criticism only from a party the coder can name
UNATTRIBUTED_VERDICT_RULES = frozenset({"reported verdict", "evaluation"})
# the rules of the intents and threats planned nouns name ("planned noun:intent", rules/nouns.py)
PLANNED_NOUN_RULE = "planned noun:"
# "barred / banned / prevented from V-ing": someone else stopped the act; its doer refused nothing
PREVENTED_CUES = ("bar", "ban", "prevent", "prohibit", "forbid", "block", "restrain")
# "kept tariffs in place *to pressure* them to act": pressure put by another act is that act's aim, not a
# demand voiced in a purpose clause the way "rallied *to demand*" voices one
PRESSING_VERBS = frozenset({"pressure", "pressurise", "pressurize", "compel", "coerce", "force"})
# "a majority are reluctant to return home": an attitude to an act not done (NEGATING_VERBS), no refusal made
ATTITUDE_CUES = ("reluctant", "hesitant")
# the party that sends forces: "troops and aid workers were deployed" is mobilised by the troops' side
# (parties.PartyFinder.forces_deployed); an actor of the phrase in another sector was only sent along
FORCES_DEPLOYED_ROUTE = "forces deployed"
# routes that read the recipient straight off the clause (its object, the entry's preposition, ...): the
# recipient's reason names any other route, so a reader sees why an indirect party is the target
PLAIN_TARGET_ROUTES = frozenset({"", "object", "entry preposition", "dative", "dative phrase", "passive recipient"})
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "PRM", "UAF"})


@dataclass(frozen=True)
class AssemblyTables:
    """What assembling reads besides the document: loaded once per process."""

    ontology: Ontology
    frames: FrameTable | None = None
    noun_cues: NounCues | None = None
    event_references: frozenset[str] = frozenset()  # nouns that may refer back to an earlier act


class EventBuilder:
    """Builds the Events of one document, candidate by candidate, in text order (a noun may
    refer back to an act built before it)."""

    def __init__(self, doc: Doc, tables: AssemblyTables, doc_actors, published: dt.date | None,
                 dateline_country: str | None = None, lead_sentence: int | None = None) -> None:
        self.doc = doc
        self.lead_sentence = lead_sentence  # the story's first body sentence, which states its news
        self.ontology = tables.ontology
        self.frames = tables.frames
        self.noun_cues = tables.noun_cues
        self.event_references = tables.event_references
        self.recoder = PartyRecoder(tables.ontology, tables.frames)
        self.doc_actors = doc_actors
        self.published = published
        self.dateline_country = dateline_country
        # (sentence index, predicate, source slot) of the events built so far, for nouns that refer back to one
        self._recent_sources: list[tuple[int, int, ActorSlot]] = []
        self._cues_by_sentence: dict[int, tuple[str, ...]] = {}  # sentence start -> its context cues
        # (sentence start, code's default contexts) -> the event's contexts: the same few per sentence
        self._contexts_by_sentence: dict[tuple[int, str], str] = {}
        self._sentence_texts: dict[int, str] = {}  # sentence start -> its text, stripped, for the evidence
        # perf (scale, issue 7): Doc.text joins every token on each access; slots() read it
        # per actor (about a tenth of the coder's own, non-spaCy time).  The actor pass read it once.
        self.doc_text = doc_actors.text
        self.speakers = StorySpeakers(doc, doc_actors)
        self.history = HistoryRun(lead_sentence, published)  # the readings so far, for history told on without a date

    # ---- actors -------------------------------------------------------------

    def _contexts(self, sent: Span, default: str) -> str:
        """The event's PLOVER contexts; a sentence's cues are read once for all its events."""
        key = (sent.start, default)
        if key not in self._contexts_by_sentence:
            if sent.start not in self._cues_by_sentence:
                self._cues_by_sentence[sent.start] = load_context_cues().sentence_cues(sent)
            self._contexts_by_sentence[key] = with_cues(default, self._cues_by_sentence[sent.start])
        return self._contexts_by_sentence[key]

    def slots(self, heads: Sequence[int]) -> list[ActorSlot]:
        out: list[ActorSlot] = []
        words = tokens_of(self.doc)  # perf: the Doc's Token objects made once (nlp.per_doc)
        for i in heads:
            token = self._for_relative_pronoun(words[i])
            actors = self.doc_actors.actors_for(token)
            if actors:
                start, end = self._span(token)
                window_end = max(end, sentence_of(token).end_char) if len(actors) > 1 else end
                # "village elders and security officials": the one actor of a coordinated phrase may be
                # a later conjunct's, whose words are its text, not the head's (the head, unknown, is
                # then an unnamed partner)
                coordinated = conjuncts_of(token)  # (perf: read off the per-Doc children table, not spaCy's walk)
                split = len(actors) > 1 or bool(coordinated)
                if len(actors) == 1 and coordinated:
                    window_end = max([end] + [subtree_span(c)[1] for c in coordinated])
                for actor in actors:
                    a_start, a_end = self._actor_span(actor, start, window_end) if split else (start, end)
                    out.append(ActorSlot(actor, a_start, a_end, self.doc_text[a_start:a_end]))
            else:
                start, end = subtree_span(token)
                text = self.doc_text[start:end]
                out.append(ActorSlot(Actor(text=text), start, end, text))
        return out

    def _for_relative_pronoun(self, token: Token) -> Token:
        """'freed a Kyrgyz journalist *who* had been sentenced', 'Qatar, *which* has been isolated by the
        Saudis': a relative pronoun as a party is the noun its clause describes, when that names a party
        (a thing described stays the pronoun: its words would be the whole clause)."""
        antecedent = relative_antecedent(token)
        if antecedent is None or not self.doc_actors.actors_for(antecedent):
            return token
        return antecedent

    def _without_topics(self, cand: Candidate, targets: list[ActorSlot]) -> list[ActorSlot]:
        """The targets that are not named only as the topic of the act's thing (topic_of_the_act)."""
        topics = [subtree_span(self.doc[i]) for i in cand.targets if topic_of_the_act(self.doc[i])]
        return [t for t in targets if not any(start <= t.start and t.end <= end for start, end in topics)]

    def _unnamed_partners(self, heads: Sequence[int], known: list[ActorSlot]) -> list[ActorSlot]:
        """'Kuwait and *its allies* agreed to hold an exercise': in a mutual act, a party joined by
        "and" that no dictionary knows, or knows only as the known side ("its" is Kuwait), is still
        the other side (slots() keeps the known actors of a coordinated phrase once each); "the
        Baloch Liberation Army, or BLA" names one party twice."""
        known_actors = [slot.actor for slot in known]
        out: list[ActorSlot] = []
        for i in heads:
            head = self.doc[i]
            if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in children_of(head)):
                continue
            for partner in (head, *conjuncts_of(head)):  # the head too, when the known actor is a later conjunct's
                named = any(slot.start <= partner.idx < slot.end for slot in known)  # its own slot
                if not named and partner.pos_ in ("NOUN", "PROPN") and all(
                        a in known_actors for a in self.doc_actors.actors_for(partner)):
                    start, end = subtree_span(partner)
                    text = self.doc_text[start:end]
                    out.append(ActorSlot(Actor(text=text), start, end, text))
        return out

    def _sent_alike(self, cand: Candidate, targets: list[ActorSlot]) -> list[ActorSlot]:
        """'security forces, a rescue train and ambulances had been dispatched': the entry matched
        "forces" (troops dispatched, 154); an emergency service joined to that object by "and"
        (&EMERGENCY_SERVICE) which the entry's object constraint does not admit is not sent in the
        same sense, so it is no target of the act (a person joined so, "released prisoners and two
        Americans", stays).  Only for verb entries whose object is the target and says what it is."""
        if len(targets) < 2 or cand.pattern.pos != "VERB" or cand.pattern.prep:
            return targets  # most candidates: one target, read nothing more
        constraint = parse_constraint(cand.pattern.object)
        if constraint is None or constraint.negated or constraint.absent or ACTOR_CLASS in constraint.classes:
            return targets
        lexicon = load_lexicon()

        def fits(slot: ActorSlot) -> bool:
            span = self.doc.char_span(slot.start, slot.end, alignment_mode="expand")
            if span is None or span.root.i in cand.targets:
                return True  # the object the entry matched
            words = participant_words(span.root, modifiers=True)
            return (any(lexicon.matches(cand.pattern.object, w) for w in words)
                    or not any(lexicon.in_class(EMERGENCY_SERVICE, w) for w in words))

        kept = [slot for slot in targets if fits(slot)]
        return kept or targets

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

    # ---- events -------------------------------------------------------------

    def build(self, sent: Span, sent_index: int, cand: Candidate, when: EventTime) -> list[Event]:
        """The events of one candidate (one per source/target pair), without their location."""
        predicate = self.doc[cand.predicate]
        if self.lead_sentence is not None and sent_index > self.lead_sentence and in_a_title(predicate, sent):
            return []  # '"I am Malala: The Story of the Girl Who *Stood* Up for Education"': a book's title
        reading = self._modality(sent, cand, when, in_lead=sent_index == self.lead_sentence)
        reading = self.history.reading(sent_index, self.doc[cand.anchor], cand.code, reading, when.tense,
                                       when.date.source, when.historical_year is not None) or reading
        reading = self._undated_background(sent, cand, when, reading) or reading
        reading = retold_reading(reading, when.event_date(), self.published, self._modality_words(cand),
                                 sent_index == self.lead_sentence) or reading
        code = self.ontology[cand.code]
        refusal = (self._refusal(cand, reading, when.tense) or self._restraint(cand, reading, when.tense)
                   or self._failed_agreement(cand, reading))
        if refusal is not None:
            code, reading = refusal
            if sent_index != self.lead_sentence and habitual_clause(self._modality_words(cand)):
                # "the Taliban *routinely* deny providing sanctuary": a habit of refusing, not a refusal
                reading = ModalityReading(Modality.HISTORICAL, "habitual (standing)")
            elif modal := modal_over_refusal(self._modality_words(cand)):
                reading = ModalityReading(Modality.HYPOTHETICAL, modal)
        sources = self.slots(cand.sources)
        if cand.source_route == FORCES_DEPLOYED_ROUTE:
            sources = [s for s in sources if not s.actor.sector or s.actor.sector in ARMED_SECTORS]
        targets = self._sent_alike(cand, self.slots(cand.targets))
        if reading.cue == PRESENT_STANCE_CUE and self._own_stance(predicate, sources):
            # "Putin said Thursday that Russia *supports* the proposal": a position the speaker's own
            # side states is the news of the saying (another's "Iran is defying" stays a claim)
            reading = ModalityReading(Modality.ASSERTED, "stated stance")
        spoken = self._speaker_reading(cand, code.code, reading, any(t.actor.known for t in targets))
        if spoken is None:
            return []  # a commentator's own praise, criticism or warning: a view, not an event
        reading = spoken
        code, reciprocal, targets = self.recoder.apply(cand, predicate, code, sources, targets)
        # "Chile and Peru failed to reach agreement": the failed deal is between them, as the deal would be
        failed_deal = code.code == FAILED_AGREEMENT and cand.code in FAILED_AGREEMENT_CODES
        if (not reciprocal and not any(t.actor.known for t in targets) and _one_phrase_for_a_pair(sources)
                and (mutual_code(code.code) or failed_deal or _hyphen_joined(sources))):
            # "the two ministers agreed to resume talks on *their maritime boundaries*": each with the other
            reciprocal, targets = True, []
        elif (not reciprocal and not any(t.actor.known for t in targets) and (done_together(code.code) or failed_deal)
              and len({s.actor.code for s in sources if s.actor.known}) > 1):
            # "Canada and the UK agreed to a rollover trade deal", "the EU and Mercosur signed a deal on
            # cars": what they agree on is no party; each partner is the other's recipient
            reciprocal, targets = True, []
        elif (not reciprocal and (done_together(code.code) or failed_deal) and targets
              and not any(t.actor.known for t in self._without_topics(cand, targets))
              and len({s.actor.code for s in sources if s.actor.known}) > 1):
            # co-party over topic: "Japan and India agreed to share intelligence on China": China is
            # what the shared intelligence is about; the partners are each other's recipients ("failed
            # to reach a deal on the border": the failed deal is between them)
            reciprocal, targets = True, []
        if reciprocal and not targets and (code.code[:2] in COOPERATIVE_ROOTS or code.code == "019" or failed_deal):
            # not a fight: "the group and its allies launched 504 attacks" are on one side
            sources += self._unnamed_partners(cand.sources, sources)
        sources, targets = domestic(sources, targets)
        sources, targets = datelined(sources, targets, self.dateline_country)
        if not reciprocal:
            sources = not_the_victims(sources, targets, code.code)
        if not reciprocal and not any(t.actor.known for t in targets):
            targets = self._referred_party(predicate, sent_index, sources) or targets
        if not reciprocal and not any(t.actor.known for t in targets) and code.code[:2] in PLACE_RECIPIENT_ROOTS:
            targets = self._place_recipient(predicate, code.code[:2], sources, targets) or targets
        self._recent_sources.extend((sent_index, cand.predicate, s) for s in sources if s.actor.known)
        frame_word = sent.doc[cand.anchor].lemma_.lower() if cand.frame else ""
        p_event, p_mode, p_context = plover_with_precedence(self.ontology, cand, code.code, reading.modality, frame_word)
        p_context = self._contexts(sent, p_context)
        pairs = self._pairs(sources, targets, reciprocal)
        if (((cand.rule == "nominal" and not any(slot.actor.known for slot in sources + targets))
             or (cand.rule == "light-verb nominal" and not sources and not targets))
                and not anchored_mention(predicate) and not self._dated_verb(cand)):
            # a bare event noun with no known actor at all ("restrictions on the purchase"), or one a
            # light verb carries with no party named ("health warnings have been issued"), tells nobody
            # anything; with one known party ("air strikes on Gaza") or a date ("a ransomware attack on
            # Wednesday", "issued his appeal Friday") it is an event
            return []
        if ((code.code in UNATTRIBUTED_COMMENT_CODES
             or (cand.rule in UNATTRIBUTED_VERDICT_RULES and not any(self._described(i) for i in cand.sources)))
                and sent_index != self.lead_sentence and not any(slot.actor.known for slot in sources)):
            # "some have said they hope", "analysts remain doubtful": in the story's body a comment by
            # no one the coder can name is nobody's statement in a dyad (the lead states its news)
            return []
        quote = self.doc_actors.quote_index_at(predicate.idx)
        date = when.event_date()
        events = []
        for src, tgt in pairs:
            if src is not None and tgt is not None and src.start == tgt.start and src.actor == tgt.actor:
                continue  # a phrase is never its own recipient
            events.append(Event(
                source=src.actor if src else Actor(text=""),
                target=_by_route(tgt.actor, cand.target_route) if tgt else Actor(text=""),
                cameo=code,
                modality=reading.modality,
                evidence=self._evidence(sent, sent_index, cand, src, tgt, reading),
                plover_event=p_event,
                plover_mode=p_mode,
                plover_context=p_context,
                date=date,
                quote_index=quote,
                confidence=self._confidence(src, tgt),
            ))
        if events:
            self.history.record(sent_index, reading, date)
        return events

    def _undated_background(self, sent: Span, cand: Candidate, when: EventTime,
                            reading: ModalityReading) -> ModalityReading | None:
        """The background reading of an act that neither its words nor its paragraph date: an event noun
        its doer owns ("Britain's *decision* to leave"), a denial of charges in the perfect ("has rejected
        the accusations")."""
        if reading.modality is not Modality.ASSERTED:
            return None
        if cand.rule == "nominal" or cand.rule.startswith("noun frame"):
            noun = self.doc[cand.anchor if cand.rule.startswith("noun frame") else cand.predicate]  # "decision to leave"
            cue = possessed_mention(noun, sent, when.date.source)
        else:
            cue = standing_denial(self.doc[cand.predicate], sent, cand.code, when.date.source)
        return ModalityReading(Modality.HISTORICAL, cue) if cue else None

    def _speaker_reading(self, cand: Candidate, code: str, reading: ModalityReading,
                         party_addressed: bool = True) -> ModalityReading | None:
        """None when the act is a commentator's own remark ('"a good example," said James Schoff, a
        senior director at a foundation'); otherwise the reading, not asserted when the act is only in a
        commentator's words ('"he may defy the U.S.," the analyst said') or a speaker names it without
        asserting it ("it was a mistake to support", "Turkey cannot say we will renounce")."""
        if self.speakers.own_remark(self.doc[cand.predicate], code, cand.rule, list(cand.sources),
                                    party_addressed) is not None:
            return None
        if reading.modality is not Modality.ASSERTED:
            return reading
        predicate = self.doc[cand.predicate]
        cue = unasserted_in_speech(predicate)
        if cue:
            return ModalityReading(Modality.HYPOTHETICAL, cue)
        view = self.speakers.view_of(predicate, code, cand.rule, list(cand.sources))
        return ModalityReading(Modality.HYPOTHETICAL, view.cue) if view is not None else reading

    def _dated_verb(self, cand: Candidate) -> bool:
        """'Pedersen *issued* his appeal *Friday*': the light verb carrying the noun is dated."""
        if cand.rule != "light-verb nominal" or cand.anchor == cand.predicate:
            return False
        verb = self.doc[cand.anchor]
        return any(t.ent_type_ in ("DATE", "TIME") for c in children_of(verb) if c.dep_ in ("npadvmod", "prep", "advmod")
                   for t in subtree_of(c))

    def _described(self, speaker: int) -> bool:
        """'Rina Makaremba, *a co-chairwoman of the International Crisis Group*': a speaker the text
        introduces by a role speaks for someone, even when no table knows the name."""
        return any(c.dep_ == "appos" for c in children_of(self.doc[speaker]))

    def _own_stance(self, predicate: Token, sources: list[ActorSlot]) -> bool:
        """Whether the predicate is reported by a speaker of its own source's country."""
        countries = {slot.actor.country for slot in sources if slot.actor.country}
        reporting = reporting_head(predicate, REPORTING_LEMMAS.__contains__, max_climbs=2)
        if reporting is None or not countries:
            return False
        return any(s.actor.country in countries for s in self.slots([t.i for t in subject_of(reporting)]))

    def _modality_words(self, cand: Candidate) -> list[Token]:
        predicate, anchor = self.doc[cand.predicate], self.doc[cand.anchor]
        return [predicate] if anchor.i == predicate.i else [anchor, predicate]

    def _modality(self, sent: Span, cand: Candidate, when: EventTime, in_lead: bool = False) -> ModalityReading:
        """What the clause says of the act: asserted, negated, future, hypothetical..."""
        predicate, anchor = self.doc[cand.predicate], self.doc[cand.anchor]
        words = self._modality_words(cand)
        if cand.stated:
            words = []  # "will resume attacks if talks fail": the threat is made by saying it
        return read_modality(
            sent,
            words if cand.stated else [anchor] if cand.modality_from_anchor else words,
            is_intent=cand.frame == "INTENT",
            event_date=when.text_date(),
            published=self.published,
            event_period_end=when.text_period_end(),
            in_earlier_month=when.in_earlier_month(self.published),
            historical_year=when.historical_year,
            voiced_by_purpose=((cand.code[:2] in VOICED_ROOTS and anchor.lemma_.lower() not in PRESSING_VERBS)
                               or call_of_errand(predicate) is not None
                               or announced_on_an_occasion(predicate) or announced_on_an_occasion(anchor)),
            noun_cues=self.noun_cues,
            code=cand.code,
            in_lead=in_lead,
            event_noun=predicate if cand.rule == "nominal" else None,
            occurring_noun=predicate if cand.rule == "nominal occurrence" else None,
            light_verb=cand.rule == "light-verb nominal",
            planned_noun=predicate if cand.rule.startswith(PLANNED_NOUN_RULE) else None,
        )

    def _evidence(self, sent: Span, sent_index: int, cand: Candidate, src: ActorSlot | None,
                  tgt: ActorSlot | None, reading: ModalityReading) -> Evidence:
        event_start, event_end = self._char_bounds(cand.span_start, cand.span_end)
        if sent.start not in self._sentence_texts:
            # perf: a slice of the document's text read once per sentence, not Span.text joining its words per event
            self._sentence_texts[sent.start] = self.doc_text[sent.start_char:sent.end_char].strip()
        return Evidence(
            sentence=self._sentence_texts[sent.start],
            sentence_index=sent_index,
            sentence_start=sent.start_char,
            event_text=self.doc_text[event_start:event_end],
            event_start=event_start,
            event_end=event_end,
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

    def _referred_party(self, predicate: Token, sent_index: int, sources: list[ActorSlot]) -> list[ActorSlot]:
        """'Sisi welcomed the pledge', 'China condemned the exercises', 'Vucic rejected the
        recommendations': an object that refers back to an act reported just before (REFERRED_EVENT,
        with the/this and no owner) has that act's actor as recipient."""
        noun = _referring_noun(predicate)
        if noun is None or noun.lemma_.lower() not in self.event_references:
            return []
        if decided_word(noun) is not None:
            return []  # "the decision to dissolve the party": what was decided says whose (acts as parties)
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

    def _char_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The character offsets of the words [start, end), as Span.start_char/end_char give them
        (perf: without making a Span whose text joins its words again)."""
        if end <= start:
            span = self.doc[start:end]
            return span.start_char, span.end_char
        words = tokens_of(self.doc)  # perf: the Doc's Token objects made once (nlp.per_doc)
        last = words[end - 1]
        return words[start].idx, last.idx + len(last)

    def _place_recipient(self, predicate: Token, root: str, sources: list[ActorSlot],
                         things: list[ActorSlot]) -> list[ActorSlot]:
        """'struck a target in the Gaza Strip', 'gave 350 million euros to promote development in
        Ethiopia', 'imposed blockades around towns in the West Bank': aid or force with no party named
        is aimed at the country it is done in, when that is another country than the doer's (or, for
        rebels' force, their own).  The place is read in the in-phrases of the predicate, its purpose
        clause, the verbs it is done by ("violated the truce *by shelling* ...") and their objects, and up
        to two phrases further in.  A thing named as the recipient that holds the place ("attacked *an army
        camp in western Kabul*") stays the recipient's words, of the place's country."""
        own = {s.actor.country for s in sources}
        if sources and root in HOME_FIGHT_ROOTS and all(s.actor.sector in HOME_FIGHTER_SECTORS for s in sources):
            own = set()  # rebels fight the state of the place, their own or not ("insurgents attacked in Cabo Delgado")
        elif not own or "" in own:
            return []
        preps = DESTINATION_PREPS + NEAR_PREPS if root == POSTURE_ROOT else IN_PLACE_PREPS + NEAR_PREPS + ("of",)
        verbs = [predicate, *_means_verbs(predicate),
                 *(c for c in children_of(predicate) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB")]
        objects = [o for o in (direct_object(v) for v in verbs if v.pos_ == "VERB") if o is not None]
        # "gave $40 million *to support* farming in Malawi" (the parser may hang the purpose on the money)
        verbs += [c for o in objects for c in children_of(o) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        holders = verbs + objects + [o for o in (direct_object(v) for v in verbs[1:]) if o is not None and o not in objects]
        if predicate.pos_ == "NOUN":
            # "launched strikes *on a target* in Lebanon": the aim of an act told by a noun, on the noun
            # or on the verb that carries it, holds the place
            carriers = [predicate] + ([predicate.head] if predicate.dep_ == "dobj" else [])
            holders += [semantic_head(a) for c in carriers for a in prep_objects(c, NOUN_AIM_PREPS)]
        phrases = [p for h in holders for p in prep_objects(h, preps)]
        for _ in range(2):  # "the needs *of* people *in* Yemen": two phrases further in at most
            phrases += [q for p in phrases for q in prep_objects(semantic_head(p), (*IN_PLACE_PREPS, "of"))
                        if q not in phrases]
        for phrase in phrases:
            # "in Jammu and Kashmir's Poonch district": each place joined in the phrase, the first the tables know
            named = [place for head in with_conjuncts(semantic_head(phrase)) for place in _place_words(head)]
            for place in named:
                # a place is a country or a place in one (code = country), not a body of it
                slots = [s for s in self.slots([place.i]) if s.actor.known and s.actor.country
                         and s.actor.code == s.actor.country and s.actor.country not in own]
                if slots:
                    return [self._thing_in_place(replace(slot, actor=_by_route(slot.actor, PLACE_RECIPIENT_ROUTE)),
                                                 things) for slot in slots]
        return []

    def _thing_in_place(self, slot: ActorSlot, things: list[ActorSlot]) -> ActorSlot:
        """The place's slot; or, when a thing named as the recipient stands just before the place's
        phrase ("attacked *an army camp* in western Kabul"), the thing and its place as one recipient
        of the place's country."""
        for thing in things:
            if thing.start <= slot.start and slot.end <= thing.end:
                start, end = thing.start, thing.end
            elif thing.end <= slot.start and self._one_place_preposition_between(thing.end, slot.start):
                start, end = thing.start, slot.end
            else:
                continue
            text = self.doc_text[start:end]
            actor = replace(slot.actor, text=text, reason=f"'{thing.text}' is in '{slot.text}'; {slot.actor.reason}")
            return ActorSlot(actor, start, end, text)
        return slot

    def _one_place_preposition_between(self, start: int, end: int) -> bool:
        """Whether the text between two phrases is one in/near preposition ("camp *in* Kabul").  A
        thing far before the place is no neighbour: its gap is not read (slicing it would copy the
        story's text between them for every slot)."""
        if end - start > MAX_PREPOSITION_GAP:
            return False
        between = self.doc_text[start:end].split()
        return len(between) == 1 and between[0].lower() in IN_PLACE_PREPS + NEAR_PREPS

    def _refusal(self, cand: Candidate, reading, tense: str):
        """'Hungary will not accept asylum seekers', 'Iran does not accept the terms': a
        cooperative act negated in the present or future is a refusal (12x), and that refusal
        is asserted.  A negated past act ("did not meet") stays a negated event."""
        if reading.modality is not Modality.NEGATED or tense == "past" or cand.code[:2] not in COOPERATIVE_ROOTS:
            return None
        if reading.cue.lower().startswith(("fail", "inabil", "short of", *PREVENTED_CUES, *ATTITUDE_CUES)):
            # "failed to protect civilians", "its failure to protect", "stopped short of recognising",
            # "women are barred from visiting parks", "reluctant to return": not done, but not refused
            return None
        if offered_alternative(self._modality_words(cand)):
            return None  # "either you want to end this war or you don't": an alternative posed, no refusal
        base = cand.embedded_code if cand.rule == "future-intent" else cand.code
        refused = self.frames.apply("REFUSE", base) if self.frames is not None else None
        if refused is None or refused not in self.ontology:
            return None
        unrealised = unrealised_negator(self._modality_words(cand))
        if unrealised:  # "a warning to others *to refrain* from discussing politics": no one refused yet
            return self.ontology[refused], ModalityReading(Modality.HYPOTHETICAL, unrealised)
        return self.ontology[refused], ModalityReading(Modality.ASSERTED, f"refusal: {reading.cue}")

    def _failed_agreement(self, cand: Candidate, reading):
        """'Chile and Peru failed to reach agreement on the treaty', 'the ministers failed to agree on a
        budget': the talks ended without a deal, each side refusing the other's terms; a rejection
        (120), asserted, whatever the tense ("did not reach agreement" stays a negated agreement)."""
        if (reading.modality is not Modality.NEGATED or not reading.cue.lower().startswith("fail")
                or cand.code not in FAILED_AGREEMENT_CODES or FAILED_AGREEMENT not in self.ontology):
            return None
        return self.ontology[FAILED_AGREEMENT], ModalityReading(Modality.ASSERTED, f"failed agreement: {reading.cue}")

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
    def _pairs(sources: list[ActorSlot], targets: list[ActorSlot],
               reciprocal: bool) -> list[tuple[ActorSlot | None, ActorSlot | None]]:
        if reciprocal and len(sources) > MAX_RECIPROCAL_PARTIES and not targets:
            # "a fight joined by Brunei, Malaysia, Taiwan and Vietnam": a many-sided act is each
            # party's act, not n * (n - 1) dyads that no one reported
            return [(a, None) for a in sources]
        if reciprocal and len(sources) > 1 and not targets:
            return [(a, b) for a in sources for b in sources if a is not b]
        some_sources: list[ActorSlot | None] = list(sources) or [None]
        some_targets: list[ActorSlot | None] = list(targets) or [None]
        return [(s, t) for s in some_sources for t in some_targets]

    @staticmethod
    def _confidence(src: ActorSlot | None, tgt: ActorSlot | None) -> float:
        known = (src is not None and src.actor.known) + (tgt is not None and tgt.actor.known)
        return round(0.5 + 0.25 * known, 2)

def _referring_noun(predicate: Token) -> Token | None:
    """The object of a reaction that may refer back to an earlier act: a definite noun with no owner."""
    obj = next((c for c in children_of(predicate) if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        clause = next((c for c in children_of(predicate) if c.dep_ == "ccomp"), None)  # "said the closure was ..."
        obj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None) if clause is not None else None
    if obj is None or obj.pos_ != "NOUN":
        return None
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children_of(obj))
    owned = any(c.dep_ == "poss" for c in children_of(obj)) or any(c.dep_ == "prep" and c.lower_ in ("by", "of") for c in children_of(obj))
    return obj if definite and not owned else None


def plover_with_precedence(ontology: Ontology, cand: Candidate, code: str, modality: Modality,
                           frame_word: str = "") -> tuple[str, str, str]:
    """PLOVER event/mode/context, applying the manual's precedence rules the per-code table
    cannot express: a promised or future RETREAT is a CONCEDE ("agreed to withdraw").  `frame_word`
    is the lemma of the frame's word ("agree", "willing") for an act coded through a frame."""
    event, mode, context = ontology.plover(code)
    promised_yield = cand.frame == "INTENT" and cand.embedded_code[:2] == "08" and code == cand.code
    offered = frame_word in OFFERING_WORDS and cand.embedded_code != GENERIC_YIELD
    if promised_yield and (offered or cand.embedded_code.startswith(MATERIAL_YIELD_CODES)):
        # "is willing to withdraw if ...": an offer (AGREE: "offers, promises and other commitments to
        # cooperate"); "said it will release the hostages", "agreed to allow aid workers in": a
        # promised material act, which the manual reports in the future tense as AGREE
        return "AGREE", "", context
    if promised_yield or (event == "RETREAT" and modality is Modality.FUTURE):
        return "CONCEDE", "", context
    if event == "PROTEST" and modality is Modality.FUTURE:
        # "will hold a protest", "said it would boycott the elections": a protest announced is a
        # threat of dissent, as an intent to protest is (CAMEO 133, frames.v1.tsv INTENT 14)
        return "THREATEN", "restrict" if code.startswith(RESTRICTING_PROTESTS) else "", context
    if (code == "0871" and modality is not Modality.FUTURE
            and (cand.rule == "nominal occurrence" or cand.pattern.lemma in CEASEFIRE_CARRIED_OUT)):
        # "the ceasefire took effect / held", "both sides observed the ceasefire": carried
        # out, not only declared (manual: RETREAT covers "observing a ceasefire"); one that "will
        # take effect" is still to come, a future RETREAT, which the manual codes CONCEDE
        return "RETREAT", "ceasefire", context
    return event, mode, context


# a verb with one of these has a subject of its own (wider than syntax.SUBJECT_DEPS): another clause, not a means listed with the act's
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _place_words(head: Token) -> list[Token]:
    """The words of a phrase's head that may name a place: the head itself when a name ("in *Kabul*"),
    else the names it is owned or compounded by ("in *Kashmir*'s Poonch district")."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC"):
        return [head]
    return [c for c in children_of(head) if c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN" or c.ent_type_)]


def _means_verbs(predicate: Token) -> list[Token]:
    """The verbs an act is done by, and those joined to them: "violated the ceasefire *by shelling* with
    mortars and *firing* small arms along the Line of Control" (for 'violated' and for 'shelling')."""
    means = [c for p in children_of(predicate) if p.dep_ == "prep" and p.lower_ == "by"
             for c in children_of(p) if c.dep_ == "pcomp" and c.pos_ == "VERB"]
    if predicate.dep_ == "pcomp" and predicate.head.lower_ == "by":
        means.append(predicate)  # "by shelling ... and firing ...": one act's means, listed
    # only the means are one act: other joined verbs are acts of their own ("fight to control villages and
    # escape to villages in Cameroon"), as is any joined verb with a subject of its own
    return [v for m in means for v in with_conjuncts(m)
            if v.pos_ == "VERB" and v.i != predicate.i and not any(c.dep_ in OWN_SUBJECT_DEPS for c in children_of(v))]


# the country table's rows: two parties read off one country row ("Greek", "Athens") are that one state
def _by_route(target: Actor, route: str) -> Actor:
    """The recipient with the parties route that found it told in its reason, unless the route is plain."""
    if route in PLAIN_TARGET_ROUTES:
        return target
    why = f"target by route '{route}'"
    return replace(target, reason=f"{target.reason}; {why}" if target.reason else why)


COUNTRY_TABLE = "countries."
# a recipient owned by "its"/"their" and read with the source's own code is the source's own agent
OWN_SIDE_POSSESSIVES = ("its ", "their ", "most of its ", "some of its ", "all of its ", "most of their ")


def _one_phrase_for_a_pair(sources: list[ActorSlot]) -> bool:
    """Two parties read off one phrase that refers to a pair ("the two ministers", "both sides")."""
    return (len(sources) == 2 and (sources[0].start, sources[0].end) == (sources[1].start, sources[1].end)
            and sources[0].actor.code != sources[1].actor.code)


def _hyphen_joined(sources: list[ActorSlot]) -> bool:
    """'the Israel-Hamas ceasefire', 'the Russia-Ukraine war': a pair written as two names joined by a
    hyphen is the two sides of the act, each the other's recipient, whatever the act."""
    return "-" in sources[0].text and " " not in sources[0].text.strip()


def _acts_on_itself(event: Event) -> bool:
    """Source and target are one actor: one country named twice ("Iran, Russia can work together"
    read as IRN -> IRN; "Costa Rica said it was positive" with "it" as recipient), or one named person
    or phrase, or two readings of one country row (a minister of Greece and "Athens").  Two groups with
    one code are two actors ("Democrats criticized Republicans": USALEG -> USALEG; "protesters clashed
    with protesters"), unless the recipient is the source's own ("France recalled its ambassador")."""
    src, tgt = event.source, event.target
    if not src.code or src.code != tgt.code:
        return False
    if len(src.code) == 3 and src.code.isalpha():
        return True
    if src.entry and src.entry == tgt.entry and src.entry.startswith(COUNTRY_TABLE):
        return True  # "Dendias (Greece's minister) warned that Athens would not accept": one state
    if tgt.text.lower().startswith(OWN_SIDE_POSSESSIVES):
        return True  # "France recalled its ambassador", "withdrew most of its soldiers": its own agents
    return bool(src.name and src.name == tgt.name) or src.text.lower() == tgt.text.lower()


def _duty_of_own_side(event: Event) -> bool:
    """'The British minister said Britain must prepare': a duty a speaker puts on its own country or
    body, read only from "must" (UNSPECIFIED_DEMAND), states a policy and demands nothing of anyone."""
    if event.evidence.lexicon_entry.split(" ")[0] != UNSPECIFIED_DEMAND.id:
        return False
    src, tgt = event.source, event.target
    return bool(src.code) and (src.code == tgt.code or (bool(src.country) and tgt.code == src.country))


def _without_target(event: Event) -> Event:
    """The act without the recipient it was wrongly given (the act itself stands)."""
    evidence = replace(event.evidence, target_text="", target_start=-1, target_end=-1)
    return replace(event, target=Actor(text=""), evidence=evidence, confidence=round(event.confidence - 0.25, 2))


def in_a_title(word: Token, sent: Span) -> bool:
    """Whether a verb is written inside a run of capitalised words in the body of a story (the title of
    a book, a film, a report): three capitalised words around it, not at the sentence's start."""
    if word.pos_ not in ("VERB", "AUX") or not word.is_title or word.i == sent.start:
        return False
    around = [t for t in sent.doc[max(sent.start, word.i - 2):min(sent.end, word.i + 3)]
              if t.i != word.i and t.is_alpha]
    return sum(t.is_title for t in around) >= 3


def _trigger_key(event: Event) -> tuple:
    return (event.evidence.sentence_index, event.evidence.event_start, event.cameo.code, event.target.code)


# meet, telephone, discuss: the consultations an interview or a press inquiry is read as
PRESS_CONTACT_CODES = frozenset({"040", "041", "046"})


def _framed(event: Event) -> bool:
    """An act coded through a frame over another act (its rule names the act: "frame:intent [agreed -> 087]")."""
    return "[" in event.evidence.rule


def _press_contact(event: Event) -> bool:
    """"VOA contacted the ministry", "she spoke with VOA", "met with reporters": a consultation with
    the press is how a story was reported, not a political act (a public statement is 010)."""
    return event.cameo.code[:3] in PRESS_CONTACT_CODES and "JRN" in (event.source.sector, event.target.sector)


def _told_twice_in_its_sentence(index: int, event: Event, events: list[Event]) -> bool:
    """"came under a bomb and gun attack", "killed in an airstrike targeting his location": the same
    code twice in one sentence, one of them naming no party the other lacks, is one act told twice;
    the one naming more parties (else the first) stands."""
    def parties(e: Event) -> int:
        return bool(e.source.code) + bool(e.target.code)

    for j, other in enumerate(events):
        if j == index or other.evidence.sentence_index != event.evidence.sentence_index \
                or other.cameo.code != event.cameo.code or other.modality != event.modality:
            continue
        if event.source.code not in ("", other.source.code) or event.target.code not in ("", other.target.code):
            continue  # names a party the other does not: another dyad
        if other.evidence.event_start == event.evidence.event_start:
            continue  # one trigger: the dyads are sorted out below
        if _framed(event) and other.evidence.rule != event.evidence.rule:
            continue  # "agreed to stop fighting and hand over their weapons": two acts promised
        if event.location and other.location and event.location.name != other.location.name:
            continue  # "shelled Kharkiv and attacked Kyiv": two places, two acts
        if parties(other) > parties(event) or (parties(other) == parties(event) and j < index):
            return True
    return False


def _generic_key(e: Event) -> tuple:
    """What a generic code shares with a specific code of the same act: sentence, source, root and
    modality ("is expected to visit India ... after meeting with Biden": the meeting is told as done,
    the visit as expected; two acts)."""
    return (e.evidence.sentence_index, e.source.code or e.evidence.source_text, e.cameo.code[:2], e.modality)


def _aimed_as_the_generic_telling(events: list[Event], specific: set[tuple]) -> list[Event]:
    """"Blinken met Wang Yi and discussed trade": the generic meeting (040), dropped for the specific
    discussion (046) of the same act, named whom it was with; the discussion, told with no party of its
    own, takes that recipient.  Only when the generic tellings name one recipient, and the specific one
    has no recipient's words at all (not words the tables could not read)."""
    recipients: dict[tuple, list[Event]] = {}
    for e in events:
        if e.cameo.code in GENERIC_CODES and e.target.code and _generic_key(e) in specific:
            recipients.setdefault(_generic_key(e), []).append(e)
    if not recipients:
        return events
    return [_with_the_generic_recipient(e, recipients.get(_generic_key(e), [])) for e in events]


def _with_the_generic_recipient(event: Event, generic: list[Event]) -> Event:
    if (event.cameo.code in GENERIC_CODES or event.target.code or event.evidence.target_text
            or len({g.target.code for g in generic}) != 1):
        return event
    told = generic[0]
    return with_party_from(event, "target", told, "target",
                           f"the recipient of '{told.evidence.event_text}', the same act told in general words",
                           "recipient of its general telling")


def finish(events: list[Event]) -> list[Event]:
    """One event per predicate and actor pair; drop a generic code when a specific one of the
    same root and modality fired for the same source in the same sentence ("appealed ... urged to release":
    the 0253 says more than the 020).  A generic code of another root is a different act
    ("made concessions to avoid the expulsion": 080 and 174 both stand).  The same act by the same
    source with and without a recipient in one sentence is one act, aimed (a specific telling with no
    recipient takes the one its dropped generic telling names).  One trigger gives one event per dyad
    (two phrases naming the same actors are one pair), and an actor never acts on itself: such an act
    keeps its source and loses the recipient (`_acts_on_itself`)."""
    seen: set[tuple] = set()
    out: list[Event] = []
    events = [e for e in events if not _duty_of_own_side(e)]
    events = [_without_target(e) if _acts_on_itself(e) else e for e in events]
    # "summoned the ambassador to protest": a targetless repeat of an act already aimed at someone
    aimed = {(e.evidence.sentence_index, e.source.code, e.cameo.code) for e in events if e.target.code and e.source.code}
    events = [e for e in events if e.target.code or not e.source.code
              or (e.evidence.sentence_index, e.source.code, e.cameo.code) not in aimed]
    # "International reaction: A U.S. State Department spokesperson expressed sorrow": one trigger read
    # with and without its source is one act, by that source
    sourced = {_trigger_key(e) for e in events if e.source.code}
    events = [e for e in events if e.source.code or _trigger_key(e) not in sourced]
    events = [e for i, e in enumerate(events) if not _told_twice_in_its_sentence(i, e, events)]
    events = [e for e in events if not _press_contact(e)]
    specific = {_generic_key(e) for e in events if e.cameo.code not in GENERIC_CODES}
    events = _aimed_as_the_generic_telling(events, specific)
    for e in events:
        key = (e.evidence.sentence_index, e.evidence.event_start, e.source.code, e.target.code,
               -1 if e.source.code else e.evidence.source_start, -1 if e.target.code else e.evidence.target_start)
        if key in seen:
            continue
        if e.cameo.code in GENERIC_CODES and _generic_key(e) in specific:
            continue
        seen.add(key)
        out.append(e)
    return out
