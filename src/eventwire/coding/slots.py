"""The resolved parties of an event (ActorSlot), and what their sectors and countries say:
domestic counterparts and datelined actors get their country, leaders, organisations and civil
groups are told apart (coding/recodes.py reads these)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..actors.codes import compose_code
from ..actors.phrase import STATE_SECTORS
from ..model import Actor

POLITICAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP", "PTY", "ELI"})
CIVIL_SECTORS = frozenset({"SOC", "BUS", "MED", "EDU", "HLH", "REL", "LAB", "CVL", "HRI", "NGO", "AGR", "REF"})
ARMED_OR_STATE_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "INS", "COP", "SPY", "GOV", "SEP"})
# a country's own people and groups when named without a country ("the opposition", "farmers")
# and acted on or with by that country's civil state ("Venezuela's government and the opposition
# held talks"): the counterpart is domestic.  Armed forces, rebels and refugees are not assumed
# domestic ("Israeli forces killed civilians", "Rwanda denied backing the rebels").
DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "AGR", "LAB", "ELI", "PTY", "EDU", "JRN", "MED", "REL", "SOC", "HLH"})
CIVIL_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


@dataclass(frozen=True)
class ActorSlot:
    actor: Actor
    start: int
    end: int
    text: str


def domestic(sources: list[ActorSlot], targets: list[ActorSlot]) -> tuple[list[ActorSlot], list[ActorSlot]]:
    """Give country-less domestic groups (DOMESTIC_SECTORS) the country of the one civil state
    (CIVIL_STATE_SECTORS) they act with or are acted on by, and a country-less civil state the
    country of the people it faces: "Chile's government paid compensation to Mapuche families"
    -> CHLCVL; "Venezuela's government and the opposition held talks" -> VENOPP; "police
    arrested Kenyan activists" -> KENCOP.  Only when every named party is of that one country."""
    slots = sources + targets
    known = {s.actor.country for s in slots if s.actor.country}
    if len(known) != 1 or not is_country(next(iter(known))):
        return sources, targets
    country = next(iter(known))
    # the state and the domestic group must face each other: one named, the other country-less
    state_named = any(s.actor.country and s.actor.sector in CIVIL_STATE_SECTORS for s in slots)
    group_named = any(s.actor.country and s.actor.sector in DOMESTIC_SECTORS for s in slots)
    fillable = (DOMESTIC_SECTORS if state_named else frozenset()) | (CIVIL_STATE_SECTORS if group_named else frozenset())

    return _filled(sources, targets, country, fillable, f"domestic: faces {country}'s own state or people")


def datelined(sources: list[ActorSlot], targets: list[ActorSlot],
               country: str | None) -> tuple[list[ActorSlot], list[ActorSlot]]:
    """In a datelined story ("NAIROBI, March 10 (Reuters) -"), a country-less state or domestic
    actor (police, the government, protesters, the opposition) is of the dateline's country, unless
    another party of the event is of another country.  Armed forces, rebels and refugees are not
    assumed (a Kyiv-datelined story reports Russian troops too).  When only the targets are of
    another country, a country-less civil state source still speaks for the dateline's country:
    "BEIJING - A vice foreign minister criticized the United States" is China's."""
    if not country:
        return sources, targets
    if any(s.actor.country and s.actor.country != country for s in sources):
        return sources, targets
    if any(s.actor.country and s.actor.country != country for s in targets):
        filled, _ = _filled(sources, [], country, CIVIL_STATE_SECTORS, f"dateline: a story filed from {country}")
        return filled, targets
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


def leader(actor: Actor, head: Token) -> bool:
    """One political or military figure: an office holder, lawmaker, judge, party or opposition
    figure, or a named commander (a singular head, not "three villagers")."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    return actor.sector in POLITICAL_SECTORS or (bool(actor.name) and actor.sector in ("MIL", "REB"))


def organisation(actor: Actor) -> bool:
    """A non-governmental or international organisation (NGO..., IGO...)."""
    return actor.code.startswith(("NGO", "IGO"))


def civil(actor: Actor) -> bool:
    """An organisation, company or civil group: no armed or state sector."""
    if actor.sector in ARMED_OR_STATE_SECTORS:
        return False
    return actor.sector in CIVIL_SECTORS or organisation(actor)


def is_country(code: str) -> bool:
    return len(code) == 3 and code.isalpha()


def one_side(a: Actor, b: Actor) -> bool:
    """One party, or one side, as the coder knows them: the same code; the same country where one is known
    only by it ("India" accused, "New Delhi" denies); or two bodies of one state (a suit against the
    government denied by its ministry, a mayor speaking of "his police").  Not a state and an armed group
    or a rights group of its country ("Afghan officials accused the Taliban ... the insurgents denied")."""
    if a.code == b.code:
        return True
    if not a.country or a.country != b.country:
        return False
    return not (a.sector and b.sector) or (a.sector in STATE_SECTORS and b.sector in STATE_SECTORS)


def foreign(sources: list[ActorSlot], targets: list[ActorSlot]) -> bool:
    """Every party named on both sides is a country, and no target shares the source's."""
    src = {s.actor.country for s in sources if is_country(s.actor.country)}
    tgt = {t.actor.country for t in targets if is_country(t.actor.country)}
    return bool(src and tgt) and not src & tgt


# Roots of harm done to others: assault, fight, mass violence
HARM_ROOTS = frozenset({"18", "19", "20"})
# "they" read back to a group: a doer of harm the pronoun names
GROUP_PRONOUNS = frozenset({"they"})


def not_the_victims(sources: list[ActorSlot], targets: list[ActorSlot], code: str) -> list[ActorSlot]:
    """The sources, with a "they" that was read back to the very group the act harms made unknown:
    '"Whoever didn't leave the train, they killed them"' - a group does not kill itself (that is
    "themselves"), so "they" is another group the reading missed, and no country is better than the
    victims'."""
    if code[:2] not in HARM_ROOTS:
        return sources
    harmed = {t.actor.code for t in targets if t.actor.known}
    return [replace(s, actor=Actor(text=s.actor.text))
            if s.text.lower() in GROUP_PRONOUNS and s.actor.known and s.actor.code in harmed else s
            for s in sources]
