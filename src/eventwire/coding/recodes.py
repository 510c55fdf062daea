"""Acts that the resolved parties make other acts: who they are (countries, sectors), which the
rules cannot see, changes the code.  "Police blocked the road" is a restriction (172), not a
protest blockade; "Israel's strikes" are military (190), not a walkout; "Oxfam pulled out of
Somalia" withdraws aid (166), not troops.

PARTY_RECODES is the ordered table: each row reads the case as the rows before it left it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import CameoCode
from ..nlp.per_doc import children_of
from .candidate import Candidate
from .frames import FrameTable
from .grammar import mutual_code
from .ontology import Ontology
from .slots import POLITICAL_SECTORS, ActorSlot, civil, foreign, is_country, leader, organisation
from .vocabulary import engine_words

# a show of force staged together by the forces of two countries is military cooperation: the
# manual's "single-country exercises are MOBILIZE, joint ones COOPERATE"
JOINT_FORMS = {"150": "062"}
# and one staged alone, with no partner found for the joint entry, is that country's show of force
SOLO_FORMS = {"062": "150"}
EXERCISE_WORDS = engine_words("EXERCISE_WORDS")
# administrative sanctions (172) imposed on another country's people are international sanctions (163)
FOREIGN_FORMS = {"172": "163"}
# a pull-out by an organisation, company or civil group is a withdrawal of non-military presence
# (166, SANCTION/withdraw: "withdraw oneself or non-military resources"), not a military retreat
MILITARY_WITHDRAWALS = frozenset({"087", "0872", "0874"})
# a surrender ("surrendered to police", "turned themselves in"): 0874 whoever surrenders, no pull-out
SURRENDER_LEMMA = "surrender"
REFLEXIVE_OBJECTS = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
# ending dissent (082) and promising to (0352) are concessions of the dissenters; by the state they are repression
ENDING_DISSENT = {"082": "175", "0352": "137"}
AGREEING_LEMMAS = engine_words("AGREEING_LEMMAS")
# expelling people (174): an organisation expelled is an organisation withdrawn (166)
PERSON_EXPULSIONS = frozenset({"174"})
# killing one political or military figure is an assassination (186)
KILLING_VERBS = engine_words("KILLING_VERBS")
# a "strike" by a state or its forces is a military strike, not a labour one
STATE_STRIKERS = frozenset({"", "MIL", "GOV"})
LABOUR_STRIKE = frozenset({"143"})
# armed forces "sending" aircraft or ships with nobody receiving them deploy them (154), no military aid
MILITARY_SUPPLY = frozenset({"072"})
# blocking or shutting down by the state's own forces is a restriction (cordons, closures: COERCE
# restrict), not a protest: PLOVER PROTEST is civilian
OBSTRUCTIONS = frozenset({"144", "1441", "1442", "1443", "1444"})
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY", "PRM", "JUD"})
# force used by the state's forces on protesters is violent repression (175), the manual's "use violent
# force against civilians, protesters"; PLOVER ASSAULT either way
FORCE_ON_CROWDS = frozenset({"190", "193"})
SECURITY_SECTORS = frozenset({"MIL", "COP", "PRM", "SPY"})
DISSENTERS = engine_words("DISSENTERS")
# a clash is fought by both sides: police clashing with protesters stays force (190)
MUTUAL_FIGHTS = frozenset({"clash.v"})
# armed groups outside the state arrest no one: the people they take and hold are abducted or held
# hostage (181, PLOVER ASSAULT/abduct; CAMEO 173 "taking of hostages is coded as 181 instead")
NON_STATE_ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
DETENTIONS = frozenset({"173"})
TAKING_VERBS = engine_words("TAKING_VERBS")
# a storming (145) by armed men or the state's forces is no protest (PLOVER PROTEST is civilian):
# the police storming a camp raid it (1711, COERCE/seize), fighters or troops assault it (190)
ARMED_STORMERS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "PRM", "COP", "SPY"})
POLICE_SECTORS = frozenset({"COP"})
STORMINGS = frozenset({"145"})
# driving people out (201, mass expulsion) of one named person or official is expelling an individual
# (174, COERCE/deport): "forced the opposition leader out of the country"
MASS_EXPULSIONS = frozenset({"201"})
# what an armed group outside the state "asks" of the civilians in its power it demands: "the militants
# asked the passengers to come forward" (02x appeal -> 10x demand, the same subcode)
APPEAL_ROOT, DEMAND_ROOT = "02", "10"
CIVILIAN_SECTORS = frozenset({"CVL", "REF"})
# information "shared" with or "disclosed" to the press is a statement (010), no intelligence shared (064)
INTELLIGENCE_SHARING = frozenset({"064"})
PRESS_SECTORS = frozenset({"MED", "JRN"})
# an "attack" by a politician on his own country's institutions, officials or press is words, not force
# (111, ACCUSE): "the opposition leader launched an attack on the justice minister"; aimed at another
# country, an armed group or its people it stays force
GENERIC_ATTACKS = frozenset({"190", "182"})
ATTACKED_BY_WORDS = POLITICAL_SECTORS | frozenset({"MED", "JRN", "EDU", "HRI", "NGO", "SPY"})


@dataclass(frozen=True)
class PartyCase:
    """One candidate with its resolved parties, as the recodes see and rewrite it."""

    cand: Candidate
    predicate: Token
    code: CameoCode
    reciprocal: bool
    sources: list[ActorSlot]
    targets: list[ActorSlot]

    def lemma(self) -> str:
        return self.predicate.lemma_.lower()

    def sources_all(self, sectors: frozenset[str]) -> bool:
        return bool(self.sources) and all(s.actor.sector in sectors for s in self.sources)

    def known_target(self) -> bool:
        return any(t.actor.known for t in self.targets)


class PartyRecoder:
    """Runs PARTY_RECODES over a candidate's resolved parties."""

    def __init__(self, ontology: Ontology, frames: FrameTable | None) -> None:
        self.ontology = ontology
        self.frames = frames

    def apply(self, cand: Candidate, predicate: Token, code: CameoCode, sources: list[ActorSlot],
              targets: list[ActorSlot]) -> tuple[CameoCode, bool, list[ActorSlot]]:
        """(code, reciprocal, targets) after every row of PARTY_RECODES."""
        case = PartyCase(cand, predicate, code, cand.reciprocal, sources, targets)
        for _name, recode in PARTY_RECODES:
            case = recode(self, case)
        return case.code, case.reciprocal, case.targets

    def to(self, case: PartyCase, code: str) -> PartyCase:
        return dataclasses.replace(case, code=self.ontology[code])

    def recoded(self, case: PartyCase, acts: frozenset[str], act: str) -> PartyCase:
        """`act` in place of a coded act of `acts`: the act itself, or under the candidate's frame
        ("warned that its army would launch strikes": the frame's code for a military strike)."""
        if case.code.code in acts:
            return self.to(case, act)
        if case.cand.frame and case.cand.embedded_code in acts and self.frames is not None:
            return self.to(case, self.frames.apply(case.cand.frame, act) or case.code.code)
        return case


def joint_exercise(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'Russian and Chinese warships held drills': one exercise by both, a joint one."""
    if case.code.code not in JOINT_FORMS:
        return case  # most events: read nothing more
    countries = {s.actor.country for s in case.sources if s.actor.country}
    if not case.known_target() and is_exercise(case.predicate) and len(countries) > 1:
        return dataclasses.replace(case, code=r.ontology[JOINT_FORMS[case.code.code]], reciprocal=True, targets=[])
    return case


def exercise_alone(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'the army began exercises near the border', 'Turkish forces took part in drills': an exercise
    whose partner entry ("exercises *with*") found no partner and that no second country stages is one
    country's show of force (150); only a partner makes it joint (062), or its own word ("*joint*
    military drills", read by an entry with that modifier)."""
    pattern = case.cand.pattern
    if (case.code.code in SOLO_FORMS and "with" in pattern.prep and not pattern.modifier
            and pattern.lemma in EXERCISE_WORDS and not case.targets and not case.reciprocal
            and len({s.actor.country for s in case.sources if s.actor.country}) <= 1):
        return r.to(case, SOLO_FORMS[case.code.code])
    return case


def foreign_sanction(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'the US imposed visa restrictions on Iranian officials': a sanction on another country."""
    if case.code.code in FOREIGN_FORMS and foreign(case.sources, case.targets):
        return r.to(case, FOREIGN_FORMS[case.code.code])
    return case


def state_obstruction(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'police blocked the road to parliament', 'the authorities said they will shut down the
    country': a restriction, or one threatened."""
    return r.recoded(case, OBSTRUCTIONS, "172") if case.sources_all(STATE_FORCE_SECTORS) else case


def state_ends_dissent(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'police ended the protest', 'the government cancelled the rally', 'the prime minister vowed
    to end the protests': the state stopping others' dissent concedes nothing; its forces repress
    (175), its government restricts (1721), a promise to is a threat (137).  "Agreed to an end to
    the strike" is a deal."""
    if (case.code.code not in ENDING_DISSENT or not case.sources_all(STATE_FORCE_SECTORS)
            or case.predicate.doc[case.cand.anchor].lemma_.lower() in AGREEING_LEMMAS):
        return case
    forces = all(s.actor.sector in ("COP", "MIL", "PRM") for s in case.sources)
    return r.to(case, ENDING_DISSENT[case.code.code] if case.code.code != "082" or forces else "1721")


def protesters_repressed(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'security forces killed eight protesters', 'police shot dead three demonstrators': repression (175)."""
    doc = case.predicate.doc
    if (case.code.code in FORCE_ON_CROWDS and case.cand.pattern.id not in MUTUAL_FIGHTS
            and case.sources_all(SECURITY_SECTORS) and case.cand.targets
            and all(doc[t].lemma_.lower() in DISSENTERS for t in case.cand.targets)):
        return r.to(case, "175")
    return case


# a country read from how its people are called ("Kenyans", "tens of thousands of Sudanese"): its
# people, not its state (the actor's reason names the country-table form that resolved it)
PEOPLE_FORMS = ("people ", "adjective ")


def official_protest(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'the foreign ministry protested against the remarks', 'China protested': an official
    complaint (114).  A country's people ("Kenyans protested the tax hikes", "thousands of Sudanese",
    the actor read from the people or adjective form of the country table) demonstrate (141)."""
    if (case.code.code in ("140", "141") and case.lemma() == "protest" and case.sources
            and all(s.actor.sector == "GOV" or (not s.actor.sector and is_country(s.actor.code)
                                                and not s.actor.reason.startswith(PEOPLE_FORMS))
                    for s in case.sources)):
        return r.to(case, "114")
    return case


def deployment_at_home(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'troops were sent to help the police': a deployment at home (154)."""
    if case.cand.pattern.id == "deployment-to-help" and not foreign(case.sources, case.targets):
        return r.to(case, "154")
    return case


def civil_withdrawal(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'Oxfam pulled out of Somalia', 'Shell withdrew from Russia' (166); "if they abandon the
    attacks" stops an act, no pull-out."""
    if (case.code.code in MILITARY_WITHDRAWALS and case.sources and all(civil(s.actor) for s in case.sources)
            and not case.cand.pattern.id.startswith("cessation-") and not surrender(case)):
        return r.to(case, "166")
    return case


def surrender(case: PartyCase) -> bool:
    """'the women turned themselves in to police', 'the suspects surrendered': giving oneself up is
    no pull-out of a civil presence, whoever does it."""
    return case.lemma() == SURRENDER_LEMMA or not REFLEXIVE_OBJECTS.isdisjoint(case.cand.pattern.object.split("|"))


def own_forces_supply(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'China's military sent 24 aircraft around Taiwan': its own forces, no recipient (154)."""
    if case.code.code in MILITARY_SUPPLY and case.sources_all(frozenset({"MIL"})) and not case.known_target():
        return r.to(case, "154")
    return case


def state_strike(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'Israel's strikes', 'Russian strikes on Kharkiv': military, no walkout; 'Iran warned that
    its army would launch strikes': a threatened military strike."""
    if (case.lemma() == "strike" and case.sources
            and all(s.actor.country and s.actor.sector in STATE_STRIKERS for s in case.sources)):
        return r.recoded(case, LABOUR_STRIKE, "190")
    return case


def assassination(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'gunmen shot dead opposition lawmaker Patricio Vera': an assassination (186)."""
    cand = case.cand
    if (case.code.code[:2] in ("18", "19") and case.lemma() in KILLING_VERBS and len(cand.targets) == 1
            and len(case.targets) == 1 and leader(case.targets[0].actor, case.predicate.doc[cand.targets[0]])):
        return r.to(case, "186")
    return case


def organisation_expelled(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'ordered the Norwegian Refugee Council to leave': an organisation expelled (166)."""
    if case.code.code in PERSON_EXPULSIONS and case.targets and all(organisation(t.actor) for t in case.targets):
        return r.to(case, "166")
    return case


def hostages_of_armed_groups(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'rebels detained two aid workers', 'the militants are holding 300 villagers': no arrest by a
    state but people taken by an armed group (181); "fighters arrested the former president" keeps
    the word of an arrest (173)."""
    if case.lemma() not in TAKING_VERBS or not case.sources_all(NON_STATE_ARMED_SECTORS):
        return case
    return r.recoded(case, DETENTIONS, "181")


def armed_storming(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'insurgents stormed the parliament building' is an armed assault (190); 'police stormed the
    newspaper's office' a raid (1711); 'protesters stormed the embassy' stays a violent protest."""
    if case.lemma() != "storm" or not case.sources_all(ARMED_STORMERS):
        return case
    return r.recoded(case, STORMINGS, "1711" if case.sources_all(POLICE_SECTORS) else "190")


def one_person_expelled(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'soldiers forced the opposition leader out of the country': one person expelled (174)."""
    cand, doc = case.cand, case.predicate.doc
    if (case.code.code in MASS_EXPULSIONS and len(cand.targets) == 1 and len(case.targets) == 1
            and leader(case.targets[0].actor, doc[cand.targets[0]])):
        return r.to(case, "174")
    return case


def verbal_attack(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'the opposition leader launched an attack on the justice minister', 'the senator attacked the
    governor': one politician's attack on his own country's officials or institutions is criticism
    (111); "government supporters attacked journalists" (a crowd) stays force."""
    cand, doc = case.cand, case.predicate.doc
    if (case.lemma() != "attack" or not case.targets or not case.sources_all(POLITICAL_SECTORS)
            or len(cand.sources) != 1 or len(case.sources) != 1
            or not leader(case.sources[0].actor, doc[cand.sources[0]])
            or any(t.actor.sector not in ATTACKED_BY_WORDS or is_country(t.actor.code) for t in case.targets)
            or foreign(case.sources, case.targets)):
        return case
    return r.recoded(case, GENERIC_ATTACKS, "111")


def armed_groups_demand(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'the militants asked passengers to come forward', 'rebels asked the villagers to leave': no
    appeal but a demand on people who cannot refuse (10x); "rebels called on the government to
    negotiate" stays an appeal."""
    code = case.code.code
    if (not code.startswith(APPEAL_ROOT) or not case.sources_all(NON_STATE_ARMED_SECTORS) or not case.targets
            or any(t.actor.sector not in CIVILIAN_SECTORS for t in case.targets)):
        return case
    demand = DEMAND_ROOT + code[len(APPEAL_ROOT):]
    return r.to(case, demand) if demand in r.ontology else case


def told_the_press(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'the spokesman disclosed the decision to broadcaster TOLOnews': a statement to the press (010)."""
    if case.targets and all(t.actor.sector in PRESS_SECTORS for t in case.targets):
        return r.recoded(case, INTELLIGENCE_SHARING, "010")
    return case


def both_parties_in_one_phrase(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'the two ministers signed a deal': one phrase naming both parties of a mutual act."""
    if (not case.reciprocal and not case.targets and len(case.cand.sources) == 1 and len(case.sources) > 1
            and mutual_code(case.code.code)):
        return dataclasses.replace(case, reciprocal=True)
    return case


# blockading or encircling (191) done by drills is the drills' show of force around the target (150)
ENCIRCLING_FORMS = {"191": "150"}


def exercise_encircling(r: PartyRecoder, case: PartyCase) -> PartyCase:
    """'conducted military drills *encircling* Taiwan', 'exercises that surrounded the island': the drills
    do the encircling, a demonstration of military power around the target (150), not a blockade that
    restricts movement (191). For a participle or relative clause on an exercise noun, or a verb whose
    subject is one (the parser's "conducted [the drills encircling Taiwan]")."""
    if case.code.code not in ENCIRCLING_FORMS:
        return case  # perf: most events, read no words
    verb = case.predicate
    doers = [verb.head] if verb.dep_ in ("acl", "relcl") else [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if any(d.lemma_.lower() in EXERCISE_WORDS for d in doers):
        return r.to(case, ENCIRCLING_FORMS[case.code.code])
    return case


def is_exercise(predicate: Token) -> bool:
    """'held drills', 'exercises', 'patrolled': an exercise or patrol, not a missile test."""
    words = [predicate] + [c for c in children_of(predicate) if c.dep_ == "dobj"]
    return any(w.lemma_.lower() in EXERCISE_WORDS or compounded(w) in EXERCISE_WORDS for w in words)


def compounded(noun: Token) -> str:
    """A noun read with the compound noun before it, hyphenated as the word lists write it: "war
    games" -> "war-game" (the parser splits what the list holds as one word)."""
    before = [c for c in children_of(noun) if c.dep_ == "compound" and c.i == noun.i - 1]
    return f"{before[0].lower_}-{noun.lemma_.lower()}" if before else ""


Recode = Callable[[PartyRecoder, PartyCase], PartyCase]

# the order matters: a later row reads the code an earlier one wrote
PARTY_RECODES: tuple[tuple[str, Recode], ...] = (
    ("joint exercise", joint_exercise),
    ("exercise alone", exercise_alone),
    ("exercise encircling", exercise_encircling),
    ("foreign sanction", foreign_sanction),
    ("state obstruction", state_obstruction),
    ("state ends dissent", state_ends_dissent),
    ("protesters repressed", protesters_repressed),
    ("official protest", official_protest),
    ("deployment at home", deployment_at_home),
    ("civil withdrawal", civil_withdrawal),
    ("own forces supply", own_forces_supply),
    ("state strike", state_strike),
    ("assassination", assassination),
    ("organisation expelled", organisation_expelled),
    ("hostages of armed groups", hostages_of_armed_groups),
    ("armed storming", armed_storming),
    ("one person expelled", one_person_expelled),
    ("verbal attack", verbal_attack),
    ("armed groups demand", armed_groups_demand),
    ("told the press", told_the_press),
    ("both parties in one phrase", both_parties_in_one_phrase),
)
