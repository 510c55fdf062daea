"""Whom a denial or a response answers.  A story tells an accusation ("Pakistani officials blamed
India, accusing it of backing militants") and then its denial without naming the accuser ("a charge
New Delhi quickly rejected", "India denied the allegations"): the denial is aimed at whoever made the
accusation.

The same holds for any act told as a response.  "rejected the accusations while responding to the
statement by the Taliban chief", "threatened to strike in response to Washington's sanctions": the act
answers the party its response phrase names (the thing responded to, or the one who said or did it).
"Trump responded that he will declare an emergency", with nothing named: it answers the latest act
aimed at the responder's side by another party, told a few sentences before.  And a denial or
rejection whose object names its maker ("denied charges by the clergymen that ...", "rejected a request
from Moscow") answers that maker.

This runs over a whole story's events, after each sentence's own routes found what they could: it fills
a target only where the denial or the response named none."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Actor, Event, Modality
from ..nlp.per_doc import children_of
from .lexicon import ActNouns, Lexicon
from .said_about import StoryActors, with_target_words
from .slots import one_side
from .told_again import told_by, with_party_from

# denying responsibility (016): "rejected the charge", "denied the allegations", "dismissed the accusation"
DENIAL_CODES = frozenset({"016"})
# criticism, accusations, complaints and lawsuits: what a denial answers
ACCUSATION_ROOT = "11"
# how far back (in sentences) the accusation is looked for: the same paragraph or the one before
LOOK_BACK = 4
# an accusation told as news or as the background the denial answers ("rights groups have filed lawsuits
# alleging ... DHS has dismissed the allegations")
ANSWERED_MODALITIES = frozenset({Modality.ASSERTED, Modality.HISTORICAL})


def denials_aimed_at_accusers(events: list[Event]) -> list[Event]:
    """The events with a targetless denial aimed at the party that accused its speaker shortly before."""
    return [_aimed(event, events) for event in events]


def _aimed(event: Event, story: list[Event]) -> Event:
    if not _targetless_denial(event):
        return event
    accusation = _accusation_answered(event, story)
    return event if accusation is None else _with_accuser(event, accusation)


def _targetless_denial(event: Event) -> bool:
    return (event.cameo.code in DENIAL_CODES and event.modality == Modality.ASSERTED
            and event.source.known and not event.target.known)


def _accusation_answered(denial: Event, story: list[Event]) -> Event | None:
    """The latest accusation told as news or background before the denial (in its sentence or a few
    before) that was aimed at the denier and named its own maker, another party than the denier."""
    index = denial.evidence.sentence_index
    before = [e for e in story
              if index - LOOK_BACK <= e.evidence.sentence_index <= index
              and (e.evidence.sentence_index, e.evidence.event_start) < (index, denial.evidence.event_start)
              and e.cameo.root == ACCUSATION_ROOT and e.modality in ANSWERED_MODALITIES
              and e.source.known and e.target.known and one_side(e.target, denial.source)
              and not one_side(e.source, denial.source)]
    return before[-1] if before else None


def _with_accuser(denial: Event, accusation: Event) -> Event:
    return with_party_from(denial, "target", accusation, "source",
                           f"the accuser answered, told in sentence {accusation.evidence.sentence_index}",
                           "accuser answered")


# answering words: "while *responding* to X", "Trump *responded* that ...", "*in response* to X"
RESPONSE_VERBS = frozenset({"respond", "reply", "react", "retort", "retaliate"})
RESPONSE_NOUNS = frozenset({"response", "reaction", "reply", "answer", "retaliation"})
RESPONDED_PREPS = frozenset({"to", "for", "against"})  # "responding to X", "in retaliation for X"
# how the act's verb hangs on a response verb ("responded that he *will declare*") or holds it
# ("*rejected* ... while responding to"), or a verb of the act's frame does ("*threatened* to strike in response")
SAID_IN_RESPONSE_DEPS = frozenset({"ccomp"})
RESPONSE_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj"})
FRAMED_ACT_DEPS = frozenset({"xcomp"})
# whose the thing responded to is: "the statement *by* the Taliban chief", "*Washington's* sanctions"
AGENT_PREP = "by"
# a denial or rejection (12) of a thing whose maker its object names: "charges *by* X", "a request *from* X"
REJECTION_ROOTS = frozenset({"12"})
MAKER_PREPS = frozenset({"by", "from"})
# how far back (in sentences) the act answered by a bare "responded" is looked for: a paragraph or two
RESPONSE_LOOK_BACK = 8
ANSWERED_TOLD = frozenset({Modality.ASSERTED, Modality.HISTORICAL, Modality.FUTURE})


def responses_aimed_at_the_answered(events: list[Event], doc: Doc, actors: StoryActors, lexicon: Lexicon,
                                    act_references: frozenset[str]) -> list[Event]:
    """The events with a targetless act told as a response aimed at the party responded to: the one its
    response phrase names, or, for a bare "responded", the maker of the act it answers."""
    acts = ActNouns(lexicon, act_references)
    return [_answering(event, events, doc, actors, acts) for event in events]


def _answering(event: Event, story: list[Event], doc: Doc, actors: StoryActors, acts: ActNouns) -> Event:
    if event.target.known or not event.source.known or event.modality not in ANSWERED_TOLD:
        return event
    verb = told_by(event, doc, ("VERB",))
    if verb is None:
        return event
    response = _response_word(verb)
    if response is None:
        return _answering_a_made_thing(event, verb, doc, actors)
    answered = _responded_to(response)
    if answered is None:
        return _answering_the_latest_act(event, story) if response.pos_ == "VERB" else event
    return _aimed_at_a_named_party(event, answered, _party_words(answered, acts), doc, actors)


def _answering_a_made_thing(event: Event, verb: Token, doc: Doc, actors: StoryActors) -> Event:
    """'denied charges *by the clergymen* that ...', 'rejected a request *from Moscow*': a denial or
    rejection whose object names its maker answers that maker."""
    if not (event.cameo.code in DENIAL_CODES or event.cameo.root in REJECTION_ROOTS):
        return event
    answered = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if answered is None:
        return event
    # the parser often hangs "by X" on the verb ("denied charges | by X"): after the object, on an active
    # verb, it is the object's maker all the same
    # (not when the object has a phrase of its own: "denying claims of tactics | by security forces")
    on_the_verb = not any(c.dep_ == "auxpass" for c in children_of(verb)) and not any(
        c.dep_ == "prep" for c in children_of(answered))
    holders = [answered, *([verb] if on_the_verb else [])]
    makers = [o for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in MAKER_PREPS
              and c.i > answered.i for o in children_of(c) if o.dep_ == "pobj"]
    return _aimed_at_a_named_party(event, answered, makers, doc, actors, "maker of the thing answered")


def _aimed_at_a_named_party(event: Event, answered: Token, candidates: list[Token], doc: Doc,
                            actors: StoryActors, rule: str = "party responded to") -> Event:
    """The event aimed at the first of the candidate words that names a party, when it names one actor
    not of the event's source's side."""
    named = [(words, a) for words in candidates for a in actors.actors_for(words)[:1]
             if a.known and not _named_by_a_phrase_on_it(words, a, actors)]
    if not named or one_side(named[0][1], event.source):
        return event
    words, actor = named[0]
    if len(actors.actors_for(words)) != 1:
        return event  # "responding to Canada and Mexico": no one party
    why = f"the {rule} ('{answered.text}')"
    party = replace(actor, reason=f"{actor.reason}; {why}" if actor.reason else why)
    return with_target_words(event, party, words, doc, actors, rule)


def _named_by_a_phrase_on_it(words: Token, actor: Actor, actors: StoryActors) -> bool:
    """'the deaths *of demonstrators*': the words name the actor only through a phrase hung on them, and
    the dead are not whom a response to their deaths answers; 'Ontario's premier' names one itself."""
    return any(actor.code == a.code for p in children_of(words) if p.dep_ == "prep"
               for o in children_of(p) if o.dep_ == "pobj" for a in actors.actors_for(o))


def _response_word(verb: Token) -> Token | None:
    """The response verb or noun the act is told with: the verb it is said under ("responded that he
    will ..."), a response clause or phrase of its own ("rejected ... while responding to", "in response
    to"), or one of the act its verb frames ("threatened to strike in response to")."""
    if verb.dep_ in SAID_IN_RESPONSE_DEPS and verb.head.lemma_.lower() in RESPONSE_VERBS:
        return verb.head
    for word in (verb, *(c for c in children_of(verb) if c.dep_ in FRAMED_ACT_DEPS)):
        for child in children_of(word):
            if child.dep_ in RESPONSE_CLAUSE_DEPS and child.lemma_.lower() in RESPONSE_VERBS:
                return child
            if child.dep_ == "prep":
                noun = next((o for o in children_of(child) if o.dep_ == "pobj"
                             and o.lemma_.lower() in RESPONSE_NOUNS), None)
                if noun is not None:
                    return noun
    return None


def _responded_to(response: Token) -> Token | None:
    """'responding *to the statement*', 'in response *to Washington's sanctions*'."""
    return next((o for p in children_of(response) if p.dep_ == "prep" and p.lower_ in RESPONDED_PREPS
                 for o in children_of(p) if o.dep_ == "pobj"), None)


def _party_words(answered: Token, acts: ActNouns) -> list[Token]:
    """The words that may name whom the response answers, in turn: the words themselves when they name a
    party ("responded *to Ontario's premier*"), then the thing's maker ("the statement *by the Taliban
    chief*", "*Washington's* sanctions")."""
    # an act's words name no party of their own: "in response to Saturday's deaths of demonstrators" answers
    # whoever caused the deaths, not the demonstrators
    own = [] if acts.names_an_act(answered) else [answered]
    makers = [o for c in children_of(answered) if c.dep_ == "prep" and c.lower_ == AGENT_PREP
              for o in children_of(c) if o.dep_ == "pobj"]
    owners = [c for c in children_of(answered) if c.dep_ == "poss" and c.pos_ != "PRON"
              and c.ent_type_ not in ("DATE", "TIME")]
    return own + makers + owners


def _answering_the_latest_act(response: Event, story: list[Event]) -> Event:
    """'Trump responded that he will ...': the latest act told before it (in its sentence or a few
    before) that was aimed at the responder's side by another party."""
    index = response.evidence.sentence_index
    before = [e for e in story
              if index - RESPONSE_LOOK_BACK <= e.evidence.sentence_index <= index
              and (e.evidence.sentence_index, e.evidence.event_start) < (index, response.evidence.event_start)
              and e.modality in ANSWERED_TOLD and e.source.known and e.target.known
              and one_side(e.target, response.source) and not one_side(e.source, response.source)]
    if not before:
        return response
    answered = before[-1]
    return with_party_from(response, "target", answered, "source",
                           f"the maker of the act responded to, told in sentence {answered.evidence.sentence_index}",
                           "party responded to")
