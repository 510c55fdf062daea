"""Participant rules: who takes part can change what an act is (data/lexicon/participants.v1.tsv).

"Peacekeepers arrived in Mali" is not a visit but the reported deployment of peacekeepers
(0861); "the UN withdrew its observers" is a withdrawal of observers (1662), not a military
pull-out (0872); "troops arrived in the town" is a deployment (154); "hackers attacked the
ministry" is a cyber attack (170).  The verb or noun alone cannot say so: the rule looks at the
participant in a given role and recodes the lexicon's code.

Roles:
- `agent`: who does it (subject, passive agent, a noun's owner or by-phrase);
- `mover`: what moves, for predicates of motion: the thing sent or withdrawn when there is one
  ("deployed *peacekeepers*", "*peacekeepers* were deployed", "the withdrawal *of observers*"),
  otherwise the agent ("*peacekeepers* arrived");
- `mission`: what a force is sent for or to, when that is said beside it ("sent troops *to a
  peacekeeping mission*", "deployed troops to Liberia *on a peacekeeping mission*", "sent troops
  to serve *as a peacekeeping force*").
A participant matches when its head word, or a compound or adjective on it ("*peacekeeping*
troops", "*hacker* group"), satisfies the constraint (same syntax as pattern objects).

Permission rules (data/lexicon/permissions.v1.tsv) are the same idea for "allowed observers to
monitor the vote": who is let in or let act decides which concession the permission is.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from ..data import data_path
from ..data.tsv import read_tsv
from ..errors import LexiconError
from ..nlp.per_doc import children_of
from .candidate import Candidate
from .lexicon import Lexicon, load_lexicon, parse_constraint
from .ontology import load_ontology
from .parties import moved, participant_words
from .syntax import agent_objects, children, is_passive, prep_objects, semantic_head

PARTICIPANTS_FILE = "participants.v1.tsv"
PERMISSIONS_FILE = "permissions.v1.tsv"
ROLES = ("agent", "mover", "mission")
# the prepositions that name what a force is sent to or for
MISSION_PREPS = ("to", "on", "as", "for", "in", "into", "with")
# which words of a participant phrase a rule reads: its head ("troops", not "a *military* delegation")
# or any (the head, its compounds and adjectives: "*peacekeeping* troops", "a *hacker* group")
WORDS = ("head", "any")
# who the source is after the rule: the act's own source ("kept"), or the host the participant comes
# to ("host": CAMEO 086x takes the place of deployment as source and the arrivals as target)
SOURCES = ("kept", "host")
# the cameo of a rule whose participant cannot do the act at all: "the database rejected passport
# numbers" (a machine's output), not a party's act
NO_ACT = "-"
_ROOT_RE = re.compile(r"^\d{2}$")


@dataclass(frozen=True)
class ParticipantRule:
    id: str
    codes: tuple[str, ...]  # exact codes, or two-digit roots covering every code of the root
    role: str
    participant: str  # an object-style constraint: lemma|&CLASS
    words: str  # head | any
    cameo: str
    source: str  # kept | host
    note: str
    where: str

    def applies_to(self, code: str) -> bool:
        return any(code == c or (len(c) == 2 and code[:2] == c) for c in self.codes)


@dataclass(frozen=True)
class PermissionRule:
    """Who a permission verb lets act, and the concession that makes it ("allowed *observers* to
    monitor the vote" is 0862)."""
    id: str
    allowed: str  # an object-style constraint: lemma|&CLASS, matched on the head and its modifiers
    cameo: str
    note: str
    where: str


@dataclass(frozen=True)
class ParticipantRules:
    rules: tuple[ParticipantRule, ...]
    permissions: tuple[PermissionRule, ...] = ()

    def covers(self, code: str) -> bool:
        """Whether some rule applies to the code (as ParticipantRule.applies_to)."""
        exact, roots = self._codes_covered
        return code in exact or code[:2] in roots

    @functools.cached_property
    def _codes_covered(self) -> tuple[frozenset[str], frozenset[str]]:
        """The codes the rules name and the two-digit roots among them (perf: every candidate asks;
        two set lookups instead of a loop over every rule)."""
        codes = frozenset(c for rule in self.rules for c in rule.codes)
        return codes, frozenset(c for c in codes if len(c) == 2)

    def permitted(self, lexicon: Lexicon, allowed: Token) -> PermissionRule | None:
        """The first permission rule whose party matches the allowed phrase."""
        words = participant_words(allowed, modifiers=True)
        return next((rule for rule in self.permissions
                     if any(lexicon.matches(rule.allowed, w) for w in words)), None)

    def recode(self, lexicon: Lexicon, code: str, agents: list[Token], movers: list[Token],
               missions: Sequence[Token] = ()) -> ParticipantRule | None:
        """The first rule for `code` whose participant matches one of the agents, movers or missions."""
        by_role = {"agent": agents, "mover": movers, "mission": list(missions)}
        words_of: dict[tuple[int, bool], list[str]] = {}  # a phrase's words, read once for all the rules

        def words(phrase: Token, modifiers: bool) -> list[str]:
            key = (phrase.i, modifiers)
            if key not in words_of:
                words_of[key] = participant_words(phrase, modifiers=modifiers)
            return words_of[key]

        for rule in self._rules_for(code):
            if any(lexicon.matches(rule.participant, lemma)
                   for phrase in by_role[rule.role] for lemma in words(phrase, rule.words == "any")):
                return rule
        return None

    def _rules_for(self, code: str) -> tuple[ParticipantRule, ...]:
        """The rules that apply to `code`, in file order (perf: worked out once per code, not per candidate)."""
        known = self._rules_by_code
        if code not in known:
            known[code] = tuple(rule for rule in self.rules if rule.applies_to(code))
        return known[code]

    @functools.cached_property
    def _rules_by_code(self) -> dict[str, tuple[ParticipantRule, ...]]:
        return {}

    def apply(self, cand: Candidate, doc: Doc, lexicon: Lexicon) -> Candidate | None:
        """The candidate, recoded when a rule's participant takes part in it, or None when the rule
        says the participant does no act ("the website rejected the form").  Frame codes are left
        alone: they are already the frame's act ("agreed to send peacekeepers" is a promise)."""
        if cand.frame or not self.covers(cand.code):
            return cand  # most candidates: no rule for this code, so nothing to read off the parse
        predicate = doc[cand.predicate]
        agents = [doc[i] for i in cand.sources] or doers_without_party(predicate)
        # perf: what the predicate moves and the missions it is sent on are read only when a rule of the
        # code asks about them (most rules ask about the agents)
        roles = {rule.role for rule in self._rules_for(cand.code)}
        movers = (moved(predicate) or agents) if roles & {"mover", "mission"} else []
        missions = mission_phrases(predicate, movers) if "mission" in roles else []
        rule = self.recode(lexicon, cand.code, agents, movers, missions)
        if rule is None or rule.cameo == cand.code:
            return cand
        if rule.cameo == NO_ACT:
            return None
        recoded = dataclasses.replace(cand, code=rule.cameo, rule=f"{cand.rule}; participant {rule.id}")
        if rule.source == "host" and cand.targets:
            # "Kenyan peacekeepers arrived in Mogadishu": Somalia receives them (source), Kenya sends (target)
            recoded = dataclasses.replace(recoded, sources=cand.targets, targets=cand.sources, reciprocal=False,
                                          source_route=cand.target_route, target_route=cand.source_route)
        return recoded


def doers_without_party(predicate: Token) -> list[Token]:
    """Who or what does a verb's act when no party was found for it: the by-phrase of a passive
    ("were displaced *by fighting*") or the active subject ("*the floods* displaced thousands").  A
    rule can then see that the doer is no party at all (fighting, a disaster, a machine)."""
    if predicate.pos_ not in ("VERB", "AUX"):
        return []
    if is_passive(predicate):
        # a gerund after "by" is parsed as pcomp ("by fighting"), which agent_objects leaves out
        return [semantic_head(o) for o in agent_objects(predicate) + prep_objects(predicate, ("by",))]
    return [semantic_head(s) for s in children(predicate, {"nsubj"})]


def mission_phrases(predicate: Token, movers: list[Token]) -> list[Token]:
    """What the predicate's force is sent to or for: the phrases of MISSION_PREPS on the predicate, on
    what it moves, on those phrases ("to Liberia *on* a peacekeeping mission") and on a purpose clause
    ("sent troops to serve *as* a peacekeeping force"), on the verb whose object a deployment noun is
    (the parser hangs "announced the deployment of troops to Liberia *on* a peacekeeping mission" on
    "announced") and on a phrase's apposition ("sent troops to Kuwait, its first part *in* a
    peacekeeping mission")."""
    found: list[Token] = []
    holders = [predicate, *movers]
    holders += [c for c in children_of(predicate) if c.dep_ in ("advcl", "xcomp", "relcl") and c.pos_ == "VERB"]
    if predicate.pos_ == "NOUN" and predicate.dep_ == "dobj" and predicate.head.pos_ == "VERB":
        holders.append(predicate.head)
    for holder in holders:
        for phrase in prep_objects(holder, MISSION_PREPS):
            found.append(semantic_head(phrase))
            found.extend(semantic_head(p) for p in prep_objects(phrase, MISSION_PREPS))
            for apposed in (c for c in children_of(phrase) if c.dep_ == "appos"):
                found.append(semantic_head(apposed))
                found.extend(semantic_head(p) for p in prep_objects(apposed, MISSION_PREPS))
    return found


@functools.lru_cache(maxsize=1)
def load_participant_rules() -> ParticipantRules:
    """The shipped rules, read and validated once per process."""
    return read_participant_rules(data_path("lexicon", PARTICIPANTS_FILE), data_path("lexicon", PERMISSIONS_FILE))


def read_participant_rules(path: Path, permissions: Path | None = None) -> ParticipantRules:
    """Rules from the files; a bad row raises LexiconError naming file:line."""
    onto = load_ontology()
    lexicon = load_lexicon()
    rows = read_tsv(path, required=("id", "codes", "role", "participant", "words", "cameo", "source"))
    rules = tuple(_rule_from_row(row, onto, lexicon) for row in rows)
    if permissions is None:
        return ParticipantRules(rules)
    rows = read_tsv(permissions, required=("id", "allowed", "cameo"))
    return ParticipantRules(rules, tuple(_permission_from_row(row, onto, lexicon) for row in rows))


def _checked_constraint(value: str, column: str, rule_id: str, where: str, lexicon: Lexicon) -> str:
    try:
        parsed = parse_constraint(value)
    except ValueError as e:
        raise LexiconError(f"{rule_id}: {column}: {e}", where=where) from e
    if parsed is None or parsed.negated or parsed.absent:
        raise LexiconError(f"{rule_id}: {column} must list lemmas or &CLASSes", where=where)
    for name in parsed.classes:
        if name not in lexicon.classes:
            raise LexiconError(f"{rule_id}: {column}: unknown class &{name}", where=where)
    return value


def _permission_from_row(row, onto, lexicon: Lexicon) -> PermissionRule:
    if row["cameo"] not in onto:
        raise LexiconError(f"{row['id']}: unknown CAMEO code {row['cameo']!r}", where=row.where)
    allowed = _checked_constraint(row["allowed"], "allowed", row["id"], row.where, lexicon)
    return PermissionRule(row["id"], allowed, row["cameo"], row["note"], row.where)


def _rule_from_row(row, onto, lexicon: Lexicon) -> ParticipantRule:
    where = row.where
    codes = tuple(c.strip() for c in row["codes"].split("|") if c.strip())
    if not codes:
        raise LexiconError(f"{row['id']}: no codes", where=where)
    for code in codes:
        if not (_ROOT_RE.match(code) or code in onto):
            raise LexiconError(f"{row['id']}: unknown CAMEO code or root {code!r}", where=where)
    if row["role"] not in ROLES:
        raise LexiconError(f"{row['id']}: bad role {row['role']!r} (one of {', '.join(ROLES)})", where=where)
    if row["words"] not in WORDS:
        raise LexiconError(f"{row['id']}: bad words {row['words']!r} (one of {', '.join(WORDS)})", where=where)
    if row["source"] not in SOURCES:
        raise LexiconError(f"{row['id']}: bad source {row['source']!r} (one of {', '.join(SOURCES)})", where=where)
    if row["cameo"] != NO_ACT and row["cameo"] not in onto:
        raise LexiconError(f"{row['id']}: unknown CAMEO code {row['cameo']!r}", where=where)
    _checked_constraint(row["participant"], "participant", row["id"], where, lexicon)
    return ParticipantRule(row["id"], codes, row["role"], row["participant"], row["words"], row["cameo"],
                           row["source"], row["note"], where)
