"""The engine's own word lists (data/lexicon/engine_words.v1.tsv): the verbs, nouns and modifiers
its rules read ("troops *massed*", "*received* aid from", "an act of *cruelty*"), kept as data a
political scientist can review beside the lexicon, while the rules that read them stay code.

One row per word: `list` (a name the engine reads, ENGINE_LISTS), `word` (a lowercase lemma),
`note` (why the list exists; on its first row).  A bad row raises LexiconError naming file:line.
Grammar (auxiliaries, prepositions, pronouns, dependency labels) stays in coding/grammar.py.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..data import data_path
from ..data.tsv import read_tsv
from ..errors import LexiconError

ENGINE_WORDS_FILE = "engine_words.v1.tsv"
_WORD_RE = re.compile(r"^[a-z][a-z'-]*$")

# every list the engine reads, and nothing else, must be in the file
ENGINE_LISTS = (
    "LEAVING_VERBS", "EXPELLING_VERBS", "FINDING_VERBS", "COLLECTIVE_HEADS", "GENERIC_HEADS", "EXECUTIVE_ORDER_VERBS",
    "EXECUTIVE_ORDER_NOUNS", "RECEIVING_VERBS", "RECEIVING_PREP_VERBS", "PERFORMATIVE_WANTS", "OCCURRENCE_VERBS",
    "ONGOING_WORDS", "ANNOUNCING_LENDERS", "EXCHANGE_LEMMAS", "CESSATION_VERBS", "SUBSIDING_VERBS",
    "TRANSPARENT_VERBS", "REFUSING_LEMMAS", "POSSIBILITY_LENDERS", "POSSIBILITY_HINTERS", "PLANNED_MODIFIERS",
    "SPECULATIVE_MODIFIERS", "NEWS_MODIFIERS", "INQUIRY_FINDING_VERBS", "INQUIRY_NOUNS",
    "CESSATION_NOUNS", "FORCE_MOVEMENT_VERBS", "FORCE_WITHDRAWAL_VERBS", "NAMING_VERBS", "VERDICT_COPULAS",
    "HELPING_VERBS", "GIVING_VERBS", "CLAIMING_VERBS", "JOINT_ADVERBS", "COMPLETION_VERBS", "EXERCISE_WORDS", "AGREEING_LEMMAS",
    "KILLING_VERBS", "TAKING_VERBS", "MIND_VERBS", "RESPONSIBILITY_VERBS", "CEASEFIRE_CARRIED_OUT", "NEGATING_VERBS",
    "ALLEGING_VERBS", "FREEING_VERBS", "OFFERING_WORDS",
    "STARTING_VERBS", "FORECAST_VERBS", "HYPOTHETICAL_VERBS", "TOLL_VERBS", "IMPACT_VERBS",
    "HABITUAL_ADVERBS", "RESPONDING_VERBS", "PLANNING_VERBS", "FIGURATIVE_CONFLICT_MODIFIERS",
    "STATIVE_VERBS", "VEHICLE_WORDS", "FORECASTING_VERBS", "FORECASTERS", "FIGHT_NOUNS", "UNDERGONE_BY_OWNER",
    "REACTION_WITH_VERBS", "REACTION_NOUNS", "STANCE_REASON_VERBS",
    "FOUNDING_VERBS", "HELD_ACTIVITIES", "UNDERTAKEN_ACTIVITIES", "UNDERTAKING_VERBS", "ERRAND_SENDING_VERBS",
    "SEARCHING_VERBS", "LOST_PEOPLE", "DYING_VERBS", "TARGETING_VERBS",
    "HEDGING_ADVERBS", "STATE_COPULAS", "PROVISION_NOUNS", "MEASURE_VERBS", "EVIDENTIAL_VERBS", "PURPOSE_NOUNS",
    "ATTENDED_PROCEEDINGS", "OBJECT_GAP_VERBS", "CHARACTERISING_VERBS", "DISSENTERS", "DISSUADING_VERBS", "SHOWING_VERBS",
    "COMMENTATOR_ROLES", "WITNESS_ROLES", "COMMENTATOR_BODIES", "FORMER_MODIFIERS", "FORMER_OFFICIAL_POSTS",
    "FORMER_LEADING_POSTS", "OPINION_VERBS", "IMPERSONAL_JUDGEMENTS",
    "STANDING_POSITION_VERBS", "HABITUAL_MODIFIERS", "LONG_CONFLICT_NOUNS", "FUNCTION_PARTICIPLES", "REPUTATION_WORDS",
    "PAST_HABIT_ADVERBS", "STANDING_PERFECT_VERBS", "SEEKING_VERBS", "DOCUMENT_NOUNS", "REPORTING_MEDIUM_VERBS",
    "TREND_ADVERBS", "OUTLAY_NOUNS", "BILL_NOUNS", "LEGISLATION_NOUNS", "BILL_PROPOSING_VERBS",
    "LAWMAKING_STAGES", "ENACTING_VERBS",
    "ORDINARY_PEOPLE", "STANDING_SITUATION_NOUNS",
    "TRADED_GOODS", "CROSSING_WORDS", "TRADING_PARTICIPLES", "CARRYING_VERBS",
    "APPOSED_CHARGES", "CHARGE_MAKING_VERBS", "HOLDING_PARTICIPLES", "BORDER_WORDS",
    "STATE_KEEPING_VERBS", "STATEMENT_NOUNS", "TOLD_ON_OPENINGS", "ANSWERED_REQUEST_NOUNS", "STRIVING_VERBS",
    "UNIT_NOUNS", "DOMESTIC_CAUSE_WORDS", "MEMBER_STATE_NOUNS", "OWN_AGENT_VERBS", "VIOLENCE_NOUNS", "PHONE_CALL_VERBS",
    "CALL_ERRANDS", "ACCIDENT_VERBS",
    "PUBLISHED_WORK_NOUNS", "PUBLISHING_PARTICIPLES", "RELATIONSHIP_NOUNS", "RELATIONSHIP_BUILDING_VERBS",
    "TOPIC_VERBS",
    "BLAMED_STANCES", "BLAMING_VERBS", "DOER_NOUNS", "NONFORCE_INSTRUMENTS", "UNDERGONE_BY_NAMED_OWNER",
    "ALLEGATION_NOUNS", "CLAIM_NOUNS",
    "CONFIRMING_VERBS", "AWAITED_BODIES", "CONTINGENCY_NOUNS", "PURPOSE_ADJUNCT_NOUNS", "ADDRESSED_BODIES",
    "LOCAL_PLACE_NOUNS", "FORCE_STATE_NOUNS", "AUTHORITY_SPEAKERS", "COURT_ACT_NOUNS", "HOLDING_NOUNS",
    "NEW_ACT_WORDS", "ADDED_ACT_ADVERBS", "EITHER_SIDE_ARMED_ROLES",
    "PASSIVE_COMPLEMENT_VERBS", "PURPOSED_ACTIVITY_NOUNS", "PLAN_UNVEILING_VERBS",
    "RELEASE_WORDS", "TAKEN_MEASURE_NOUNS",
    "DECISION_NOUNS", "ENDED_FIGHTING_NOUNS",
    "FREED_PARTICIPLE_VERBS",
    "FOLLOWER_NOUNS", "WEIGHT_ADJECTIVES", "EXPERIENCER_VERBS", "INVITATION_NOUNS",
    "FORCE_CRAFT_NOUNS",
    "DIPLOMATIC_MISSION_NOUNS",
    "SIDE_NOUNS", "SUFFERING_PASSIVES",
    "ANNOUNCING_ERRANDS", "PACT_HEADS",
)


def engine_words(name: str) -> frozenset[str]:
    """The words of one list of the shipped file."""
    return load_engine_words()[name]


@functools.lru_cache(maxsize=1)
def load_engine_words() -> dict[str, frozenset[str]]:
    return read_engine_words(data_path("lexicon", ENGINE_WORDS_FILE))


def read_engine_words(path: Path) -> dict[str, frozenset[str]]:
    """{list: words} from the file; every list of ENGINE_LISTS present, no other, no word twice."""
    lists: dict[str, set[str]] = {}
    for row in read_tsv(path, required=("list", "word")):
        name, word = row["list"], row["word"]
        if name not in ENGINE_LISTS:
            raise LexiconError(f"unknown list {name!r} (the engine reads: {', '.join(ENGINE_LISTS)})", where=row.where)
        if not _WORD_RE.match(word):
            raise LexiconError(f"{name}: {word!r} is not a lowercase lemma", where=row.where)
        if word in lists.setdefault(name, set()):
            raise LexiconError(f"{name}: {word!r} listed twice", where=row.where)
        lists[name].add(word)
    missing = [name for name in ENGINE_LISTS if name not in lists]
    if missing:
        raise LexiconError(f"lists missing: {', '.join(missing)}", where=path.name)
    return {name: frozenset(words) for name, words in lists.items()}
