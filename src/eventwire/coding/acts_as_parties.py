"""Acts named where a party should be.  "Rights groups condemned Mhlanga's arrest", "Tehran rejected
the offer", "he called the ruling arbitrary": criticism, rejection, denial or praise of an act is aimed
at whoever did it (as event coders read "condemned the bombing": the bomber is the target).  And "the
airstrikes killed a senior leader", "the operation targeted websites": an act named as the doer of
another stands for its own doer.

The sentence's own routes find that doer when the act's phrase names it ("Russia's invasion", "the
detention of its citizens by Ugandan police", coding.parties).  This story stage finds it where the
phrase does not, from the story's own events: the noun reacted to is itself coded as an act whose doer
the story gives ("condemned *Mhlanga's arrest*": the arrest, by the police of the place), or it refers
back to an act of its kind told a few sentences before ("the ruling" after "a judge ordered him back to
prison"; "rejected the accusations" after "Kabul accused the Taliban of ..."), or, told by the same word
or its verb, at any distance before ("denounced the blockade" twenty sentences after "the navy
blockaded the port").  A decision reacted to by what was decided ("condemned the decision to reimprison
him", "the move to ban the party") is aimed at its maker: the doer of the latest act the story told of
what was decided ("ordered him back to prison", "banned the party"), or at the maker the story named
for it ("a judge, whose decision came after ..."), when the story names one maker.

It runs after the stages that fill doers, and fills a party only where none was found."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Actor, Event, Modality
from ..nlp.per_doc import children_of
from .grammar import DEFINITE_DETERMINERS
from .lexicon import Lexicon
from .parties import harming, undergoes_as_owner
from .told_again import MATERIAL_ROOTS, definite, told_by, with_party_from
from .vocabulary import engine_words

# criticism, condemnation, complaint (11), rejection (12), denial (016), praise or endorsement (051);
# not a court finding someone guilty (116), whose object is the one found guilty
REACTION_ROOTS = frozenset({"11", "12"})
REACTION_CODES = frozenset({"016", "051"})
NOT_REACTION_CODES = frozenset({"116"})
# answers to an act: a denial (016) or rejection (12) answers what was aimed at the one answering
ANSWER_CODES = frozenset({"016"})
ANSWER_ROOTS = frozenset({"12"})
# acts done together (meetings, talks, cooperation, signing a deal): "criticized the meeting" names no
# one doer, and the participant the story names first need not be whom the criticism is aimed at
JOINT_ROOTS = frozenset({"04", "06"})
JOINT_CODES = frozenset({"057"})
# doers the stages before inferred from the act's place, for acts only a state does (an arrest in
# Harare: Zimbabwe's police); other inferred doers are too loose to aim a reaction at
STATE_DOER_RULES = ("state of the place", "teller's state", "forces of the place")
# how far back (in sentences) the act reacted to is looked for: a reaction in the story's body often
# answers the act of its lede
LOOK_BACK = 8
# acts whose telling is news of the act: a negated or hypothetical act did not happen to be reacted to
TOLD_MODALITIES = frozenset({Modality.ASSERTED, Modality.HISTORICAL, Modality.FUTURE})
# the endings by which English makes a noun of an act's verb: "offer", "proposal", "announcement",
# "accusation", "ruling" (the verb's final e dropped: propos-e, accus-e)
NOMINAL_ENDINGS = ("", "s", "al", "ment", "ion", "ation", "ing")
SHORTEST_STEM = 3
# "the ruling", "the verdict": a court's act, whoever the story says decided it
COURT_ACT_NOUNS = engine_words("COURT_ACT_NOUNS")
COURT_SECTOR = "JUD"
REACTED_OBJECT_DEPS = ("dobj", "nsubjpass")  # "condemned the arrest", "the arrest was condemned"
# criticism or praise read off a verdict (coding/rules/constructions.py): "called the ruling arbitrary"
# (evaluation), '"The attack is a crime," he said' (reported verdict)
EVALUATION = "evaluation"
REPORTED_VERDICT = "reported verdict"
JUDGED_UNDER_VERDICT_DEPS = ("nsubj", "amod", "compound", "nmod", "npadvmod")
# "the decision to reimprison him", "the move to ban the party": nouns of a maker's act named by what it
# decided, which refer back to the act of that kind the story told
DECISION_NOUNS = engine_words("DECISION_NOUNS")
# "reimprison": the act done again is told as the act ("ordered him back to prison")
AGAIN_PREFIX = "re"
# "imprison", "enslave": a verb of putting into a thing, told as the thing ("sent him to prison")
INTO_PREFIXES = ("im", "en", "em")
SHORTEST_BASE = 4
# after "the decision to", words that are no verb: "the move to the capital", "the order to all units"
UNDECIDED_POS = frozenset({"DET", "PRON", "NUM", "ADJ", "ADV", "ADP"})
# "the claims that ...", "the charge of ...": a noun given its own content
CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp"})
# "ordered him *back* to prison", "arrested him *again*": an act told as done again
AGAIN_WORDS = frozenset({"back", "again", "anew"})
# the words of an act's own phrase, not of clauses hung on it ("ordered him back to prison", not "...,
# whose decision came after ...")
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "acl", "csubj", "cc", "punct"})


def parties_named_by_acts(events: list[Event], doc: Doc, lexicon: Lexicon,
                          act_references: frozenset[str]) -> list[Event]:
    """The events with a targetless reaction to an act aimed at that act's doer, and a material act
    whose subject is another act done by that act's doer, as the story told them."""
    finder = ActsAsParties(events, doc, lexicon, act_references)
    return [finder.done_by_the_acts_doer(finder.aimed(event)) for event in events]


class ActsAsParties:
    """The acts a story names where a party should be, read from its events and parse."""

    def __init__(self, story: list[Event], doc: Doc, lexicon: Lexicon, act_references: frozenset[str]) -> None:
        self.story = story
        self.doc = doc
        self.lexicon = lexicon
        self.act_references = act_references

    def aimed(self, event: Event) -> Event:
        if not _targetless_reaction(event):
            return event
        noun = self.reacted_noun(event)
        if noun is None:
            return event
        decided = self.what_was_decided(noun)
        # "backed the government's decision to agree": a decision coded as an act of its own is that act
        act = None
        if decided is not None and not self.coded_here(noun, event):
            act = self.act_decided(noun, decided, event)
        act = act or self.act_named_by(noun, event)
        if act is not None:
            return with_party_from(event, "target", act, "source",
                                   f"the doer of '{noun.text}' as told in sentence {act.evidence.sentence_index}",
                                   "doer of the act reacted to, told in the story")
        named = self.maker_named_before(noun, event)
        if named is None:
            return event
        telling, role = named
        return with_party_from(event, "target", telling, role,
                               f"the maker of '{noun.text}' as named in sentence {telling.evidence.sentence_index}",
                               "maker of the decision named in the story")

    def maker_named_before(self, noun: Token, reaction: Event) -> tuple[Event, str] | None:
        """"condemned the decision" after "on the orders of Judge Garcia, *whose decision* came after ...",
        "*Russia's decision* to ...", "the decision *by the court*": the party the story named as the
        decision's maker, in an earlier sentence, where an event of the story has that party in its
        source or target (the party as coded); None when the story names more than one maker, or when the
        latest mention of the noun names none."""
        if noun.lemma_.lower() not in DECISION_NOUNS or not (definite(noun) or _after_a_definite_word(noun)):
            return None
        if _owned_by_its_doer(noun):
            return None
        decided = decided_word(noun)
        before = reaction.evidence.sentence_start
        mentions = [w for w in self.doc if w.idx < before and w.lemma_.lower() == noun.lemma_.lower()
                    and decided_word(w) in (None, decided)]
        makers = [party for w in mentions if (maker := _named_maker(w)) is not None
                  and (party := self._party_at(maker)) is not None]
        # the noun refers to its latest mention: an unowned one after the maker's ("Rahmon's move" ... the
        # parliament dissolved the party ... "the move left them without a seat") may be another's act
        if not makers or _named_maker(mentions[-1]) is None or len({getattr(e, role).code for e, role in makers}) > 1:
            return None
        telling, role = makers[-1]
        if not _other_than(getattr(telling, role), reaction.source):
            return None
        return telling, role

    def _party_at(self, word: Token) -> tuple[Event, str] | None:
        """The story's event and role ("source"/"target") whose party's words hold the word."""
        for event in self.story:
            ev = event.evidence
            for role in ("source", "target"):
                start, end = getattr(ev, f"{role}_start"), getattr(ev, f"{role}_end")
                if getattr(event, role).known and start <= word.idx < end:
                    return event, role
        return None

    def done_by_the_acts_doer(self, event: Event) -> Event:
        """"NISA said the airstrikes targeted the area and *killed* a senior leader": a material act whose
        subject names another act, coded in the story with its doer, was done by that doer."""
        ev = event.evidence
        if event.source.known or ev.source_start < 0 or event.cameo.root not in MATERIAL_ROOTS:
            return event
        noun = self._head_of(ev.source_start, ev.source_end)
        if noun is None or noun.pos_ != "NOUN" or not self._act_noun(noun):
            return event
        act = self.act_named_by(noun, event)
        if act is None or not _one_kind_of_deed(act, event):
            return event
        return with_party_from(event, "source", act, "source",
                               f"the doer of '{noun.text}' as told in sentence {act.evidence.sentence_index}",
                               "doer of the act named as its doer")

    def reacted_noun(self, event: Event) -> Token | None:
        """The act noun the reaction is about: the target's words when they name a thing ("denounced
        *the delay*"), else the reacting verb's object ("called *the ruling* arbitrary")."""
        ev = event.evidence
        rule = ev.rule.split(" + ")[0]
        if ev.target_start >= 0:
            noun = self._head_of(ev.target_start, ev.target_end)
        elif rule == REPORTED_VERDICT:
            noun = self._judged_in_a_reported_verdict(event)
        else:
            verb = told_by(event, self.doc, ("VERB",))
            noun = next((c for c in children_of(verb) if c.dep_ in REACTED_OBJECT_DEPS), None) if verb is not None else None
            if noun is None and verb is not None and rule == EVALUATION:
                noun = _judged_under_the_verdict(verb)
        if noun is None or noun.pos_ != "NOUN" or not self._act_noun(noun):
            return None
        return noun

    def _judged_in_a_reported_verdict(self, event: Event) -> Token | None:
        """'"*The attack on the convoy* is an attack on the nation," the governor said': the subject of
        the reported clause that judges."""
        span = self.doc.char_span(event.evidence.event_start, event.evidence.event_end, alignment_mode="expand")
        if span is None:
            return None
        clause = next((t for t in span if t.dep_ == "ccomp"), None)
        if clause is None:
            return None
        return next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _head_of(self, start: int, end: int) -> Token | None:
        """The head word of a party's words."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None else None

    def _act_noun(self, noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        return (lemma in self.act_references or lemma in COURT_ACT_NOUNS
                or self.what_was_decided(noun) is not None
                or bool(self.lexicon.candidates("NOUN", lemma)))

    def act_named_by(self, noun: Token, event: Event) -> Event | None:
        """The act a noun in a party's place names: the noun coded as an act of its own ("condemned
        *Mhlanga's arrest*": the arrest, by the police of the place), with the doer the story gives it or
        none; else, for a definite noun, the act of its kind told before ("the ruling", "the accusations")."""
        own = self.coded_here(noun, event)
        if own:
            return next((e for e in own if _a_named_act(e, event)), None)
        # a definite or owned noun refers to an act the reader knows; "a rocket attack" is a new one
        known = definite(noun) or _after_a_definite_word(noun) or any(c.dep_ == "poss" for c in children_of(noun))
        return self.act_referred_to(noun, event) if known else None

    def coded_here(self, noun: Token, event: Event) -> list[Event]:
        """The story's events told by the noun itself ("condemned *Mhlanga's arrest*"), other than the event."""
        return [e for e in self.story if e is not event and e.evidence.event_start != event.evidence.event_start
                and e.evidence.event_start <= noun.idx < e.evidence.event_end]

    def act_referred_to(self, noun: Token, reaction: Event) -> Event | None:
        """'the ruling', 'the accusations', 'the offer': the latest act of the noun's kind told before the
        reaction (in its sentence or a few before), as news or history, whose doer the story named."""
        if _owned_by_its_doer(noun):
            return None  # "rejected Hanoi's offer": that act's doer is named, for the sentence's own routes
        index, start = reaction.evidence.sentence_index, reaction.evidence.event_start
        before = [e for e in self.story
                  if index - LOOK_BACK <= e.evidence.sentence_index <= index
                  and (e.evidence.sentence_index, e.evidence.event_start) < (index, start)
                  and e.modality in TOLD_MODALITIES and _a_named_act(e, reaction) and self._of_the_kind(noun, e)]
        if before:
            return before[-1]
        return self._told_by_its_word_long_before(noun, reaction)

    def _told_by_its_word_long_before(self, noun: Token, reaction: Event) -> Event | None:
        """"denounced the blockade" long after "the navy blockaded the port": an act told earlier than the
        few sentences before, by the noun's own word or its verb (not only of its code: over a whole story
        an act of the kind may be another one), when all its tellings by the word are far and name one
        doer.  Deeds only: a saying's noun ("the claims", "the accusations") far from its telling is as
        often another's."""
        if any(c.dep_ in CONTENT_DEPS for c in children_of(noun)):
            return None  # "rejected the claims that ...": the noun says what it is, not the story
        index = reaction.evidence.sentence_index
        lemma = noun.lemma_.lower()
        # every telling by the word before the reaction, near or far: one told with no doer, or by another
        # doer, may be the one reacted to
        by_the_word = [e for e in self.story if e.evidence.sentence_index < index and e.cameo.root in MATERIAL_ROOTS
                       and e.modality in TOLD_MODALITIES and _names_the_act(lemma, _trigger_lemma(e, self.doc))]
        if any(not e.source.known for e in by_the_word) or _of_one_doer(by_the_word) is None:
            return None
        far = [e for e in by_the_word if e.evidence.sentence_index < index - LOOK_BACK and _a_named_act(e, reaction)]
        return far[-1] if len(far) == len(by_the_word) else None

    def what_was_decided(self, noun: Token) -> str | None:
        """The verb a decision noun's "to" clause names (decided_word), when the lexicon knows it."""
        verb = decided_word(noun)
        if verb is None:
            return None
        return verb if any(self.lexicon.candidates("VERB", b) for b in self._bases(verb)) else None

    def act_decided(self, noun: Token, decided: str, reaction: Event) -> Event | None:
        """"condemned the decision to reimprison him": the latest act told before the reaction (at any
        distance: a decision's critics are often quoted far from the lede) that did what was decided, by
        a doer the story names; told by the decided verb or its noun ("banned", "the ban" for "to ban"),
        else by what the act put its object into ("ordered him back to prison" for "to reimprison"), else
        coded as the lexicon codes the decided verb, when it gives it one kind of act.  None when those
        acts have more than one doer: the reader could not tell whose decision it was."""
        if not (definite(noun) or _after_a_definite_word(noun)) or _owned_by_its_doer(noun):
            return None  # "a decision to ...": a new one; "Hanoi's decision": for the sentence's own routes
        index, start = reaction.evidence.sentence_index, reaction.evidence.event_start
        before = [e for e in self.story
                  if (e.evidence.sentence_index, e.evidence.event_start) < (index, start)
                  and e.evidence.sentence_index < index and e.modality in TOLD_MODALITIES
                  and e.evidence.source_start >= 0 and _a_named_act(e, reaction)]
        bases = self._bases(decided)
        by_its_verb = [e for e in before if any(_names_the_act(_trigger_lemma(e, self.doc), b) for b in bases)]
        if by_its_verb:
            return _of_one_doer(by_its_verb)
        by_what_it_put = [e for e in before if self._done_into(e, bases)]
        if by_what_it_put:
            return _of_one_doer(self._again_if_decided_again(by_what_it_put, bases))
        codes = {p.cameo for b in bases for p in self.lexicon.candidates("VERB", b)}
        if len({code[:2] for code in codes}) != 1:
            return None  # "to expel" may be a diplomatic or a forceful act: the code says too little
        return _of_one_doer([e for e in before if e.cameo.code in codes])

    def _bases(self, verb: str) -> tuple[str, ...]:
        """"reimprison": also "imprison", when the lexicon knows the verb only without its "re"."""
        again = verb[len(AGAIN_PREFIX):]
        if (verb.startswith(AGAIN_PREFIX) and len(again) >= SHORTEST_BASE
                and not self.lexicon.candidates("VERB", verb) and self.lexicon.candidates("VERB", again)):
            return (verb, again)
        return (verb,)

    def _again_if_decided_again(self, acts: list[Event], bases: tuple[str, ...]) -> list[Event]:
        """"the decision to reimprison him": of the acts that put him in prison, those told as done again
        ("ordered him back to prison"), when the story told one so."""
        if len(bases) < 2:
            return acts
        again = [e for e in acts if (trigger := told_by(e, self.doc, ("VERB", "NOUN"))) is not None
                 and any(w.lower_ in AGAIN_WORDS for w in _own_phrase(trigger))]
        return again or acts

    def _done_into(self, act: Event, bases: tuple[str, ...]) -> bool:
        """"ordered him back *to prison*" for "imprison": the act's own phrase puts its object into the
        thing the decided verb is made of."""
        things = {b[len(p):] for b in bases for p in INTO_PREFIXES
                  if b.startswith(p) and len(b) - len(p) >= SHORTEST_BASE}
        trigger = told_by(act, self.doc, ("VERB", "NOUN"))
        if not things or trigger is None:
            return False
        return any(w.dep_ == "pobj" and w.lemma_.lower() in things for w in _own_phrase(trigger))

    def _of_the_kind(self, noun: Token, act: Event) -> bool:
        """Whether the act is one the noun names: told by the same word or its verb ("the arrest" /
        "arrested", "the accusations" / "accused"), coded as the lexicon codes the noun ("the invasion" /
        "invaded"), or, for a court's act ("the ruling"), done by a court."""
        lemma = noun.lemma_.lower()
        if lemma in COURT_ACT_NOUNS and act.source.sector == COURT_SECTOR:
            return True
        if act.cameo.code in {p.cameo for p in self.lexicon.candidates("NOUN", lemma)}:
            return True
        told = told_by(act, self.doc, ("VERB", "NOUN"))
        return told is not None and _names_the_act(lemma, told.lemma_.lower())


def decided_word(noun: Token) -> str | None:
    """"the decision *to reimprison* him", "the move *to expel* the diplomats": the word of a decision
    noun's "to" clause, read off the words as well as the parse (which takes a verb it does not know for
    a name: "to reimprison Petrov" as a place "to" goes)."""
    if noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    clause = next((c for c in children_of(noun) if c.dep_ == "acl" and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    if clause is not None:
        return clause.lemma_.lower()
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to":
        word = doc[noun.i + 2]
        if word.is_lower and word.is_alpha and word.pos_ not in UNDECIDED_POS:
            return word.lower_
    return None


def _named_maker(decision: Token) -> Token | None:
    """"Russia's decision", "the decision by the court", "Judge Garcia, whose decision came ...": the
    word naming who made a decision, not a pronoun (whom it stands for is not read here) nor a day."""
    for child in children_of(decision):
        if child.dep_ == "poss" and child.lower_ == "whose":
            clause = decision.head if decision.dep_ in ("nsubj", "nsubjpass") else None
            return clause.head if clause is not None and clause.dep_ == "relcl" else None
        if child.dep_ == "poss" and child.pos_ != "PRON" and child.ent_type_ not in ("DATE", "TIME"):
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    return None


def _other_than(maker: Actor, reactor: Actor) -> bool:
    """A decision reacted to is another party's ("the president defended his decision" is no criticism)."""
    if not reactor.known:
        return True
    return maker.code != reactor.code and not (maker.country == reactor.country and not maker.sector)


def _trigger_lemma(act: Event, doc: Doc) -> str:
    told = told_by(act, doc, ("VERB", "NOUN"))
    return told.lemma_.lower() if told is not None else ""


def _own_phrase(word: Token) -> list[Token]:
    """The words of a word's own phrase: its dependents, theirs, and so on, short of clauses."""
    phrase: list[Token] = []
    stack = [c for c in children_of(word) if c.dep_ not in CLAUSE_DEPS]
    while stack:
        w = stack.pop()
        phrase.append(w)
        stack.extend(c for c in children_of(w) if c.dep_ not in CLAUSE_DEPS)
    return phrase


def _of_one_doer(acts: list[Event]) -> Event | None:
    """The latest of the acts, when they all have one doer; None when they name more than one."""
    if not acts or len({a.source.code for a in acts}) > 1:
        return None
    return acts[-1]


def _after_a_definite_word(noun: Token) -> bool:
    """'called the ruling "arbitrary"': a noun the parser hung on the quoted verdict, its "the" hung
    elsewhere, is definite all the same."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ in DEFINITE_DETERMINERS


def _judged_under_the_verdict(verb: Token) -> Token | None:
    """'called the ruling "arbitrary."': before a quoted verdict the parser hangs the judged noun on
    the verdict instead of on the naming verb."""
    verdict = next((c for c in children_of(verb) if c.dep_ == "oprd"), None)
    if verdict is None:
        return None
    return next((c for c in children_of(verdict) if c.i < verdict.i and c.pos_ == "NOUN"
                 and c.dep_ in JUDGED_UNDER_VERDICT_DEPS), None)


def _targetless_reaction(event: Event) -> bool:
    return (not event.target.known and event.cameo.code not in NOT_REACTION_CODES
            and (event.cameo.root in REACTION_ROOTS or event.cameo.code in REACTION_CODES))


def _one_kind_of_deed(act: Event, event: Event) -> bool:
    """"the airstrikes killed", "the operation closed websites": a deed done through a deed of its kind
    (coercion or force through coercion or force); not "the proceedings keep him in prison" (a case's
    "doer"), nor "strikes" read as a labour strike that "killed"."""
    return act.cameo.root == event.cameo.root or (harming(act.cameo.code) and harming(event.cameo.code))


def _a_named_act(act: Event, event: Event) -> bool:
    """Whether an event may be the act another event names as a party: not a joint act, done by one
    doer the story gives, who is not the other event's own party."""
    if act.cameo.root in JOINT_ROOTS or act.cameo.code in JOINT_CODES:
        return False
    told = act.evidence
    if not act.source.known or not (told.source_start >= 0 or any(rule in told.rule for rule in STATE_DOER_RULES)):
        return False
    return _another_party(act, event) and _answered_by(act, event)


def _answered_by(act: Event, reaction: Event) -> bool:
    """A denial or rejection answers an act aimed at its maker ("rejected the accusations": the ones
    made against it), when the act names whom it was aimed at; criticism and praise may be of an act
    done to anyone ("condemned the bombing of the school")."""
    if not (reaction.cameo.code in ANSWER_CODES or reaction.cameo.root in ANSWER_ROOTS):
        return True
    aimed, answering = act.target, reaction.source
    if not aimed.known or not answering.known:
        return True
    # one party: the same code, or the same country where one is known only by it ("Kabul" answering
    # what was aimed at "Afghanistan"); not the government answering what was aimed at the rebels
    return aimed.code == answering.code or bool(aimed.country and aimed.country == answering.country
                                                and not (aimed.sector and answering.sector))


def _another_party(act: Event, reaction: Event) -> bool:
    """An act reacted to is another party's: "the president defended his decision" is no criticism, and
    a doer known only as the reacting party's country ("both Afghan rivals accused the other") may be
    that party itself."""
    doer, reactor = act.source, reaction.source
    if not reactor.known:
        return True
    return doer.code != reactor.code and not (doer.country == reactor.country and not doer.sector)


def _owned_by_its_doer(noun: Token) -> bool:
    """"Hanoi's offer" (the owner did it), not "Mhlanga's arrest" (the owner underwent it) nor "Tuesday's
    attack" (a day owns nothing) nor "rejected its offer" (a pronoun names no one the sentence's routes
    resolve: the offer is the one the story told)."""
    owners = [c for c in children_of(noun) if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
              and c.pos_ != "PRON"]
    return bool(owners) and not undergoes_as_owner(noun, owners)


def _names_the_act(noun: str, verb: str) -> bool:
    """'arrest' / 'arrest', 'proposal' / 'propose', 'accusation' / 'accuse', 'ruling' / 'rule'."""
    stem = verb[:-1] if verb.endswith("e") else verb
    if noun == verb:
        return True
    return len(stem) >= SHORTEST_STEM and any(noun == stem + ending for ending in NOMINAL_ENDINGS)

