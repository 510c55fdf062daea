"""Agreement references in one parsed article: the grammar.

For each sentence the coder codes, on the parse the pipeline already made:

1. anchors: a known name ("New START", "the Iran nuclear deal"), or a noun of the vocabulary heading
   a noun phrase ("a memorandum of understanding", "Resolution 2231", "the arms embargo on Iran");
   "resolution" only with a number or a UN body, "sanctions" not as a mere modifier ("the sanctions
   period");
2. for each anchor: its kind, number, parties (from "between A and B", "with A", "A's", "A-B", "on A"
   for sanctions, and the subject of a signing verb, through the actor resolver, so "the two
   countries", "we" and "Tehran and Moscow" resolve as they do for events), the actions it undergoes
   (the verb it is object or subject of, "the lifting of", a participle or relative clause on it)
   with their modality, and the dates attached to the anchor or to those actions;
3. coreference: a later "the deal", "this restriction", the same number or the same known name is
   the same reference; "two agreements in 2001 and 2015" is two references.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from ..actors.tables import INTERNATIONAL_COUNTRIES
from ..model import AgreementDate, AgreementReference, AgreementStatus, TextSpan, content_id
from ..nlp.entities import entities_in
from ..nlp.per_doc import children_of, lemma_lowers, lower_list, subtree_of, tokens_of
from ..nlp.sentences import sentence_of
from ..nlp.stub_types import span_entities
from ..time_place.date_text import resolve_text
from ..time_place.dates import date_phrases
from .vocabulary import ActionWord, AgreementTerms, NamedAgreement

UN_PARTY = "IGOUNO"
UN_BODY_WORDS = ("security council", "general assembly", "united nations", "un ", "u.n.", "unsc", "unga")
RESOLUTION_NUMBER = re.compile(r"\b[Rr]esolutions?\s+(?:[Nn]o\.?\s*|[Nn]umber\s+)?(\d{2,4}(?:/\d+)?)")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
INDEFINITE = frozenset({"a", "an", "another", "new", "any"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "no", "such"})
PARTY_PREPOSITIONS = frozenset({"between", "with", "among", "by"})
TARGET_PREPOSITIONS = frozenset({"on", "against"})
UNTIL = frozenset({"until", "till", "through", "to"})
# The news cycle: an action dated up to a week before publication ("on Monday", "last week") is news;
# an earlier day, an earlier month ("last month") or an earlier year is background (historical).
NEWS_CYCLE_DAYS = 7
ANAPHOR_REACH = 6  # sentences a "the deal" looks back for its agreement
# Nouns standing for an agreement's terms or a party's place in it: what happens to them happens to it.
PART_NOUNS = frozenset({"participation", "membership", "role", "involvement", "commitment", "obligation",
                        "limit", "term", "provision", "implementation", "clause", "restriction"})
NOT_DESCRIPTORS = frozenset({"year", "month", "day", "week", "hour", "last", "first", "arm", "arms", "such",
                             "same", "other", "previous", "current", "existing", "original"})
HOLDING_VERBS = frozenset({"have", "hold", "share"})
SIGNING_ACTIONS = frozenset({"signed", "negotiated", "proposed"})
DRAFT_WORDS = frozenset({"draft", "propose", "proposed"})
GENERIC_WORDS = frozenset({"all", "any", "every", "each", "previous", "several", "many", "most", "other", "such",
                           "past", "earlier", "various", "numerous"})
DEMAND_VERBS = frozenset({"demand", "call", "urge", "appeal", "push", "press", "seek", "want"})
SPEECH_VERBS = frozenset({"say", "insist", "argue", "charge", "claim", "allege", "contend", "complain", "maintain"})
SANCTION_ACTIONS = frozenset({"imposed", "lifted"})


@dataclass
class Draft:
    """A reference being built; becomes an AgreementReference at the end."""

    kind: str
    anchor: Token
    mention: TextSpan
    sentence_index: int
    named: NamedAgreement | None = None
    number: str | None = None
    anaphoric: bool = False
    parties: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)  # "military", "nuclear", "peace"
    targets: list[str] = field(default_factory=list)  # of sanctions: "on Iran"
    refers_to: frozenset[str] = frozenset()  # kinds a referring noun ("this restriction") can refer back to
    dates: list[AgreementDate] = field(default_factory=list)
    status: list[AgreementStatus] = field(default_factory=list)
    mentions: list[TextSpan] = field(default_factory=list)

    def phrase_year(self) -> str | None:
        """A year written in the phrase itself ('the 2012 accord'), not one from a verb's date."""
        for child in children_of(self.anchor):
            if child.dep_ in ("nummod", "compound", "amod", "poss") and YEAR.match(child.text):
                return child.text
        return None

    def year(self) -> str | None:
        signed = next((d for d in self.dates if d.key == "signed" and d.value), None)
        return signed.value[:4] if signed and signed.value else None

    def absorb(self, other: Draft) -> None:
        for m in [other.mention, *other.mentions]:
            if all((m.start, m.end) != (x.start, x.end) for x in [self.mention, *self.mentions]):
                self.mentions.append(m)
        self.parties += [p for p in other.parties if p not in self.parties]
        self.descriptors += [d for d in other.descriptors if d not in self.descriptors]
        self.dates += [d for d in other.dates if all(x.key != d.key for x in self.dates)]
        self.status += other.status
        self.number = self.number or other.number


def party_code(actor: Any) -> str:
    """A state as its country code (IRN); an international body as its actor code (IGOUNO)."""
    if len(actor.country) == 3 and actor.country not in INTERNATIONAL_COUNTRIES and actor.country != "---":
        return str(actor.country)
    return str(actor.code) if actor.code and not actor.code.startswith("---") else ""


def iso_value(date: dt.date, precision: str) -> str:
    return {"year": f"{date.year:04d}", "month": f"{date.year:04d}-{date.month:02d}"}.get(precision, date.isoformat())


class AgreementFinder:
    """Finds the agreement references of one article (see the module docstring)."""

    def __init__(self, terms: AgreementTerms) -> None:
        self.terms = terms

    def find(self, article_id: str, sentences: list[tuple[int, Span]], actors: Any,
             published: dt.date | None) -> list[AgreementReference]:
        article = _Article(self.terms, actors, published)
        drafts: list[Draft] = []
        for index, sent in sentences:
            for draft in article.sentence_drafts(index, sent):
                antecedent = _same_phrase(draft, drafts, article.text)
                if antecedent is None and (draft.anaphoric or draft.named or draft.number):
                    antecedent = article.antecedent(draft, drafts)
                if antecedent is None:
                    antecedent = article.same_agreement(draft, drafts)
                if antecedent is None and draft.named:
                    antecedent = article.described_before(draft, drafts)
                    if antecedent is not None:
                        antecedent.named, antecedent.kind = draft.named, draft.kind
                if antecedent is not None:
                    antecedent.absorb(draft)
                elif not draft.kind:
                    continue  # "the regime", "the restrictions" with no agreement named before
                else:
                    drafts.append(draft)
        return [article.reference(article_id, d) for d in drafts]


class _Article:
    """The grammar applied to one article's parse."""

    def __init__(self, terms: AgreementTerms, actors: Any, published: dt.date | None) -> None:
        self.terms = terms
        self.actors = actors
        self.published = published
        self.text: str = actors.text  # the document's text, as the actor pass read it (doc.text is rebuilt per access)

    # ---- anchors ------------------------------------------------------------------------
    def sentence_drafts(self, index: int, sent: Span) -> list[Draft]:
        drafts: list[Draft] = []
        covered: set[int] = set()
        for draft in self._named_drafts(index, sent):
            drafts.append(draft)
            covered.update(range(draft.mention.start, draft.mention.end))
        named = any(d.named for d in drafts)  # perf: whether any draft so far may own a later noun
        nouns, anaphors = self.terms.nouns, self.terms.anaphors
        # perf: the Doc's kept Token objects, and its words' lemmas and lowercase forms read once per Doc
        tokens, lemmas, lowers = tokens_of(sent.doc), lemma_lowers(sent.doc), lower_list(sent.doc)
        for i in range(sent.start, sent.end):
            lemma = lemmas[i]
            if lemma not in nouns and lemma not in anaphors and lemma != "fire" and lowers[i] not in nouns:
                continue  # perf: most words are no agreement noun, and no anaphor of one (_noun_draft)
            token = tokens[i]
            if covered and token.idx in covered:
                continue
            owner = next((d for d in drafts if d.named and d.anchor.head == token and d.anchor.i < token.i),
                         None) if named else None
            if owner is not None and _lemma(token) in self.terms.nouns:  # "the New START treaty"
                owner.anchor = token
                end = token.idx + len(token.text)
                owner.mention = TextSpan(self.text[owner.mention.start:end], owner.mention.start, end)
                covered.add(token.idx)
                continue
            noun = self._noun_draft(index, token)
            if noun is not None:
                drafts.append(noun)
                named = named or noun.named is not None
        drafts.sort(key=lambda d: d.mention.start)
        out: list[Draft] = []
        for draft in drafts:
            self._describe(draft, sent)
            out.extend(self._split_by_year(draft))
        return out

    def _named_drafts(self, index: int, sent: Span) -> list[Draft]:
        pattern = self.terms.named_pattern
        if pattern is None:
            return []
        found = []
        # the sentence as a slice of the article text (Span.text joins its words again on each access)
        for m in pattern.finditer(self.text[sent.start_char:sent.end_char]):
            named = self.terms.named_for(m.group(0))
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if named is None or span is None:
                continue
            head = span.root
            left = _left_edge(head)
            start = min(start, left.idx) if left.i < span.start else start
            mention = TextSpan(self.text[start:end], start, end)
            found.append(Draft(named.kind, head, mention, index, named=named, number=named.number))
        return found

    def _noun_draft(self, index: int, token: Token) -> Draft | None:
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma = _lemma(token)
        kind = self.terms.nouns.get(lemma) or self.terms.nouns.get(token.lower_)
        anaphor_kinds = self.terms.anaphors.get(lemma)
        if lemma == "fire" and token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "cease":
            kind = "ceasefire"
        if kind is None and anaphor_kinds is None:
            return None
        if kind == "un_resolution":
            number = self._resolution_number(token)
            if number is None and not self._near_un_body(token):
                return None
        else:
            number = None
        if kind == "sanctions" and token.dep_ == "compound" and _lemma(token.head) not in ("regime", "relief"):
            return None  # "the sanctions period": a time, not the regime
        if lemma == "agreement" and token.head.lower_ == "in" and token.dep_ == "pobj":
            return None  # "in agreement with"
        if lemma == "deal" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token)):
            return None  # "a great deal of"
        if kind != "sanctions" and _generic(token):  # "all UN sanctions on Tehran" is still one regime
            return None  # "all bilateral agreements", "previous ceasefires", "any agreement": no one agreement
        if kind == "ceasefire" and token.dep_ in ("dobj", "pobj") and _lemma(_verb_of(token)) in DEMAND_VERBS:
            return None  # "demanding an immediate ceasefire": a call, not an agreement
        if kind == "treaty" and lemma == "convention" and not token.text[:1].isupper():
            return None  # "a party convention"
        if kind is None:  # only refers back: "this restriction", "the measures", never "the Assad measures"
            if not self._definite(token) or any(c.dep_ not in ("det", "poss", "punct") for c in token.lefts):
                return None
            draft = Draft("", token, self._mention(token), index, anaphoric=True)
            draft.refers_to = anaphor_kinds or frozenset()
            return draft
        mention = self._mention(token)
        draft = Draft(kind, token, mention, index, number=number,
                      named=self.terms.resolution(number) if number else None)
        if draft.named is None and self._proper_name(token):
            # "the UN Convention on the Law of the Sea": a name of its own, merged on that name
            words = mention.text.removeprefix("the ").removeprefix("The ")
            draft.named = NamedAgreement(words, kind, words, (), None)
        for child in token.lefts:
            if child.dep_ == "compound" and self.terms.nouns.get(_lemma(child)) in ("ceasefire", "mou"):
                draft.kind = self.terms.nouns[_lemma(child)]
        if token.lower_ == "embargo" or (token.lower_ == "sanctions"):
            draft.kind = "sanctions"
        draft.anaphoric = self._definite(token) and not self._own_content(token, draft)
        return draft

    def _resolution_number(self, token: Token) -> str | None:
        window = token.doc[token.i:min(token.i + 4, len(token.doc))]
        m = RESOLUTION_NUMBER.match(window.text)
        return m.group(1) if m else None

    def _near_un_body(self, token: Token) -> bool:
        text = sentence_of(token).text.lower() + " "
        return any(w in text for w in UN_BODY_WORDS) or token.text.startswith("Resolution")

    def _definite(self, token: Token) -> bool:
        return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in token.lefts)

    def _own_content(self, token: Token, draft: Draft) -> bool:
        """Words that make a definite phrase a reference of its own: a year, a party, a name."""
        if draft.number:
            return True
        for child in children_of(token):
            if child.dep_ in ("nummod", "compound", "amod", "poss") and YEAR.match(child.text):
                continue  # "the 2012 accord" still refers back (the year is checked against the antecedent)
            if child.dep_ in ("compound", "amod", "poss", "nmod") and self._party_codes(child):
                return True
            if child.dep_ == "prep" and child.lower_ in PARTY_PREPOSITIONS | TARGET_PREPOSITIONS and not _is_date(child):
                return True
        return token.pos_ == "PROPN" and token.i > sentence_of(token).start and token.text[:1].isupper()

    @staticmethod
    def _proper_name(token: Token) -> bool:
        """'Treaty', 'Convention', 'Accord' written as a name, not at the start of a sentence."""
        return token.pos_ == "PROPN" and token.text[:1].isupper() and token.i > sentence_of(token).start \
            and token.lower_ != "resolution"

    def _mention(self, token: Token) -> TextSpan:
        left = _left_edge(token)
        right = token
        if self._proper_name(token):
            for child in token.rights:  # "Convention on the Law of the Sea", "Treaty of Rome"
                if child.dep_ == "prep" and child.lower_ in ("of", "on") and any(
                        g.pos_ == "PROPN" for g in children_of(child)):
                    right = max(subtree_of(child), key=lambda t: t.i)
                break
        for child in token.rights:
            if child.dep_ in ("nummod", "appos", "npadvmod", "compound") and child.like_num:
                right = child
            elif child.dep_ == "prep" and child.lower_ == "of" and any(
                    g.lower_ == "understanding" for g in children_of(child)):
                right = next(g for g in children_of(child) if g.lower_ == "understanding")
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS and _lemma(token) in (
                    "embargo", "sanctions", "sanction") and not _is_date(child):
                right = max(subtree_of(child), key=lambda t: t.i)
        start, end = left.idx, right.idx + len(right.text)
        return TextSpan(self.text[start:end], start, end)

    def _split_by_year(self, draft: Draft) -> list[Draft]:
        """'two agreements in 2001 and 2015': one reference per year."""
        signed = [d for d in draft.dates if d.key == "signed"]
        if draft.anchor.tag_ not in ("NNS", "NNPS") or len(signed) < 2:
            return [draft]
        out = []
        for date in signed:
            one = Draft(draft.kind, draft.anchor, draft.mention, draft.sentence_index, named=draft.named,
                        number=draft.number, parties=list(draft.parties), descriptors=list(draft.descriptors))
            one.dates = [date] + [d for d in draft.dates if d.key != "signed"]
            one.status = [s for s in draft.status if s.action not in ("signed", "mentioned")]
            if not one.status:
                self._mentioned(one)
            out.append(one)
        return out

    # ---- what the sentence says about an anchor ---------------------------------------------
    def _describe(self, draft: Draft, sent: Span) -> None:
        token = draft.anchor
        self._phrase_parties(draft, token)
        for child in token.lefts:
            if self._descriptor(child):
                draft.descriptors.append(child.lower_)
        if draft.kind == "un_resolution" and UN_PARTY not in draft.parties:
            draft.parties.insert(0, UN_PARTY)
        if draft.named and draft.kind == "un_resolution":
            # a known resolution's body and target ("Resolution 2231": the UN and Iran); other known
            # agreements take only the parties the text names
            draft.parties += [p for p in draft.named.parties if p not in draft.parties]
        phrases = date_phrases(sent)
        used: set[int] = set()
        for phrase in phrases:  # dates inside the anchor's own phrase: "the 2015 deal", "agreements in 2001"
            for year_token in _year_tokens(phrase):
                if _attached_to(year_token, token):
                    draft.dates.append(self._date("signed", phrase, "past"))
                    used.add(phrase.start)
                    break
        for action_token, word in self._actions(token):
            self._add_action(draft, action_token, word, phrases, used)
        if not draft.status:
            self._mentioned(draft)
        self._clause_parties(draft)
        if head_of(token).dep_ == "dobj" and _lemma(head_of(token).head) in HOLDING_VERBS:
            for subject in _subjects(head_of(token).head):  # "we have two agreements": we are a party
                self._add_parties(draft, self._party_codes(subject))

    def _descriptor(self, child: Token) -> bool:
        """'military', 'nuclear', 'peace': a word of the agreement's name that is no party, kind or action."""
        lemma = _lemma(child)
        return child.dep_ in ("amod", "compound") and child.pos_ in ("ADJ", "NOUN") and not child.like_num \
            and lemma not in self.terms.nouns and lemma not in self.terms.actions \
            and lemma not in self.terms.modality and lemma not in NOT_DESCRIPTORS and not self._party_codes(child)

    def _phrase_parties(self, draft: Draft, token: Token) -> None:
        for child in children_of(token):
            if draft.named and draft.mention.start <= child.idx < draft.mention.end and child.dep_ != "poss":
                continue  # "Paris" in "the Paris Agreement" names the agreement, not a party
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < token.i:
                for t in [child, *[c for c in subtree_of(child) if c.dep_ in ("compound", "conj", "nmod") and c != child]]:
                    self._add_parties(draft, self._party_codes(t))
            elif child.dep_ == "prep" and child.lower_ in PARTY_PREPOSITIONS | TARGET_PREPOSITIONS \
                    and not _is_date(child):
                for obj in children_of(child):
                    if obj.dep_ == "pobj":
                        codes = self._party_codes(obj)
                        self._add_parties(draft, codes)
                        if child.lower_ in TARGET_PREPOSITIONS:
                            draft.targets += [c for c in codes if c not in draft.targets]

    def _party_codes(self, token: Token) -> list[str]:
        if token.pos_ not in ("PROPN", "NOUN", "PRON", "ADJ"):
            return []
        try:
            found = self.actors.actors_for(token)
        except Exception:  # noqa: BLE001 - a phrase the resolver cannot read names no party
            return []
        return [code for code in (party_code(a) for a in found) if code]

    @staticmethod
    def _add_parties(draft: Draft, codes: list[str]) -> None:
        for code in codes:
            if code not in draft.parties:
                draft.parties.append(code)

    def _actions(self, anchor: Token) -> list[tuple[Token, ActionWord]]:
        """The words saying what happens to the agreement: its verb, an action noun over it
        ('the lifting of'), a participle or relative clause on it ('signed in 2001', 'which expires')."""
        found: list[tuple[Token, ActionWord]] = []
        head_of = anchor
        while head_of.dep_ == "conj" and head_of.head != head_of:
            head_of = head_of.head
        if head_of.dep_ == "poss" or (head_of.dep_ == "pobj" and head_of.head.head.lemma_ in PART_NOUNS):
            # "breached the JCPOA's limits", "suspended its participation in New START"
            head_of = head_of.head if head_of.dep_ == "poss" else head_of.head.head
        role = "subject" if head_of.dep_ in ("nsubj",) else "object"
        governor = head_of.head
        if head_of.dep_ == "pobj" and governor.dep_ in ("prep", "agent"):
            governor = governor.head  # "withdrew from the deal", "the lifting of the embargo"
            role = "object"
        if head_of.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "oprd", "appos", "npadvmod") \
                and governor != anchor:
            found += self._readings(governor, role, anchor)
        for child in anchor.lefts:  # "a draft resolution", "the proposed deal"
            if child.dep_ in ("amod", "compound") and _lemma(child) in DRAFT_WORDS:
                found += [(child, w) for w in self.terms.actions.get(_lemma(child), ()) if w.action == "proposed"][:1]
        for child in _clause_modifiers(anchor):
            # "the deal signed in 2015" (object), "which expires" (relative subject)
            relcl_subject = child.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT"
                                                          for c in children_of(child))
            readings = self._readings(child, "subject" if relcl_subject else "object", anchor)
            if not readings:  # "that both governments expect to conclude"
                for xcomp in children_of(child):
                    if xcomp.dep_ == "xcomp" and xcomp.pos_ == "VERB":
                        readings = self._readings(xcomp, "object", anchor)
            found += readings
        return found

    def _readings(self, token: Token, role: str, anchor: Token) -> list[tuple[Token, ActionWord]]:
        lemma = _lemma(token)
        readings = self.terms.actions.get(lemma, ())
        out = []
        for word in readings:
            if word.needs_force or word.role == "in_place":
                wanted = ("place", "force", "effect") if word.role == "in_place" else ("force", "effect")
                if any(t.lower_ in wanted for t in subtree_of(token) if t.i != anchor.i):
                    out.append((token, word))
                continue
            if word.role and word.role != role:
                continue
            out.append((token, word))
            break
        return out

    def _add_action(self, draft: Draft, verb: Token, word: ActionWord, phrases: list[Span], used: set[int]) -> None:
        modality, cue = self._modality(verb, draft.anchor)
        if modality == "future" and cue == "new" and word.action not in SIGNING_ACTIONS:
            modality, cue = "asserted", ""  # "imposed new sanctions": new ones, now
        tense = "future" if modality == "future" else "past"
        date: AgreementDate | None = None
        when: AgreementDate | None = None  # the date of the action itself (not an "until")
        for phrase in phrases:
            if phrase.start in used or not _attached_to(phrase.root, verb, stop=draft.anchor):
                continue
            before = phrase.doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
            first = phrase[0].lower_
            until = before in UNTIL or first in UNTIL
            key = "expiry" if until else word.date_key
            if first == "since" or before == "since":
                key = "in_force" if not word.date_key else word.date_key
            # "which expires on October 18": an expiry told in the present is still to come
            present = verb.tag_ in ("VBZ", "VBP", "VBG") and key == "expiry" and modality == "asserted"
            found = self._date(key or "signed", phrase, "future" if present else tense)
            used.add(phrase.start)
            if key:
                date = found
                draft.dates.append(found)
            if not until:
                when = found
            break
        if modality == "negated":
            return
        if modality == "asserted" and word.action == "violated" and _reported(verb):
            modality, cue = "claimed", _reported(verb)  # "Athens says the deal violates ...": one side's charge
        if modality == "asserted":
            modality = self._by_date(when) or modality
            if when is None and word.action == "signed":
                signed = next((d for d in draft.dates if d.key == "signed"), None)
                modality = self._by_date(signed) or modality
        if word.action in SANCTION_ACTIONS and draft.kind not in ("sanctions", "un_resolution", ""):
            return  # "the accord had been imposed on Niger": a complaint, not a sanctions act
        if word.action:
            for subject in _subjects(verb):
                if subject.i != draft.anchor.i:
                    self._add_parties(draft, self._party_codes(subject))
            for child in children_of(verb):
                if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                    for obj in children_of(child):
                        if obj.dep_ == "pobj":
                            self._add_parties(draft, self._party_codes(obj))
        if word.action:
            text = self.text
            start = min(verb.idx, draft.mention.start) if verb.i < draft.anchor.i else draft.mention.start
            end = max(verb.idx + len(verb.text), draft.mention.end)
            if date is not None and date.end > 0:
                start, end = min(start, date.start), max(end, date.end)
            draft.status.append(AgreementStatus(word.action, modality, TextSpan(text[start:end], start, end), cue))

    def _mentioned(self, draft: Draft) -> None:
        signed = next((d for d in draft.dates if d.key == "signed"), None)
        historical = self._by_date(signed)
        action = "signed" if historical == "historical" else "mentioned"
        modality, cue = self._modality(draft.anchor, draft.anchor)
        if historical == "historical":
            modality, cue = "historical", ""  # "the 2015 deal": signed in 2015, whatever is said of it now
        elif modality in ("asserted", "negated"):
            modality = "asserted"
        draft.status.append(AgreementStatus(action, modality, draft.mention, cue))

    def _modality(self, verb: Token, anchor: Token) -> tuple[str, str]:
        """future / hypothetical / claimed from the verb and the words governing it; negated when
        the verb is negated; otherwise asserted (dates may make it historical or future later)."""
        chain = [verb]
        t = verb
        while t.head != t and len(chain) < 5 and t.dep_ in ("xcomp", "ccomp", "pcomp", "conj", "acl", "advcl",
                                                          "prep", "pobj", "relcl", "dobj", "csubj"):
            t = t.head
            chain.append(t)
        for k, t in enumerate(chain):
            if any(c.dep_ == "neg" for c in children_of(t)) and k == 0:
                return "negated", "not"
            for c in children_of(t):
                cue = self.terms.modality.get(c.lower_)
                if c.dep_ in ("aux", "mark", "advmod") and cue:
                    if c.lower_ == "will" and k > 0 and t.lemma_ in ("say", "tell", "add"):
                        continue
                    if c.lower_ == "would" and _reported(t):
                        return "future", c.text  # "said it would impose": reported 'will'
                    return cue, c.text
            lemma = _lemma(t)
            if k > 0 and lemma in self.terms.modality and t.pos_ in ("VERB", "NOUN", "ADJ"):
                return self.terms.modality[lemma], t.text
            if k == 0 and t.tag_ == "VBN" and t.dep_ in ("acl", "amod") and lemma in self.terms.modality:
                return self.terms.modality[lemma], t.text
        # "a new agreement to be signed", "a new agreement": still to come
        if verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(verb)) \
                and verb.dep_ in ("acl", "relcl"):
            return "future", "to be"
        if any(c.dep_ == "amod" and c.lower_ in ("new", "planned", "proposed", "future", "upcoming")
               for c in children_of(anchor)):
            word = next(c.lower_ for c in children_of(anchor) if c.dep_ == "amod"
                        and c.lower_ in ("new", "planned", "proposed", "future", "upcoming"))
            if self.terms.modality.get(word) == "future" and verb.i != anchor.i:
                return "future", word
        if verb.tag_ == "VBN" and any(c.lower_ == "to" for c in children_of(verb)):
            return "future", "to be"
        return "asserted", ""

    def _by_date(self, date: AgreementDate | None) -> str | None:
        if date is None or not date.value or self.published is None:
            return None
        value = date.value
        try:
            day = dt.date.fromisoformat(value if len(value) == 10 else (value + "-01")[:7] + "-01"
                                        if len(value) == 7 else value + "-01-01")
        except ValueError:
            return None
        if date.precision == "year":
            if day.year < self.published.year:
                return "historical"
            return "future" if day.year > self.published.year else None
        if date.precision == "month":
            if day < self.published.replace(day=1):
                return "historical"
            return "future" if day > self.published.replace(day=1) else None
        if (self.published - day).days > NEWS_CYCLE_DAYS:
            return "historical"
        return "future" if day > self.published else None

    def _date(self, key: str, phrase: Span, tense: str) -> AgreementDate:
        text = phrase.text
        try:
            resolved = resolve_text(text, self.published, tense)
        except Exception:  # noqa: BLE001 - an unreadable date is kept as text, never fatal
            resolved = None
        start, end = phrase.start_char, phrase.end_char
        if resolved is None or resolved.date is None:
            return AgreementDate(key, text, None, resolved.precision if resolved else "", start, end)
        return AgreementDate(key, text, iso_value(resolved.date, resolved.precision), resolved.precision, start, end)

    # ---- coreference --------------------------------------------------------------------
    def antecedent(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        for earlier in reversed(drafts):
            if draft.named and earlier.named and earlier.named.canonical == draft.named.canonical:
                return earlier
            if draft.number and earlier.number == draft.number and earlier.kind == draft.kind:
                return earlier
        if not draft.anaphoric:
            return None
        wanted = self._anaphor_kinds(draft)
        for earlier in reversed(drafts):
            if draft.sentence_index - earlier.sentence_index > ANAPHOR_REACH:
                break
            if earlier.kind in wanted and self._compatible(draft, earlier):
                return earlier
        # further back, only when one agreement of the kind was named: "the arms embargo" again
        same = [d for d in drafts if d.kind in wanted and (not draft.kind or d.kind == draft.kind)
                and self._compatible(draft, d)]
        return same[0] if len(same) == 1 else None

    def described_before(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        """'the 2015 nuclear deal ... the Joint Comprehensive Plan of Action': a known agreement named
        after a definite description of the same kind, when that description is the only candidate."""
        kinds = self._anaphor_kinds(draft)
        candidates = [d for d in drafts if not d.named and d.kind in kinds and d.anaphoric
                      and draft.sentence_index - d.sentence_index <= 2 and self._compatible(d, draft)]
        return candidates[0] if len(candidates) == 1 else None

    @staticmethod
    def _compatible(draft: Draft, earlier: Draft) -> bool:
        """'the 2012 accord' is not the 2015 one; 'the agreements' is not one agreement."""
        year = draft.phrase_year()
        if year and earlier.year() and year != earlier.year():
            return False
        return not (draft.anchor.tag_ in ("NNS", "NNPS") and earlier.anchor.tag_ not in ("NNS", "NNPS")
                    and draft.kind != "sanctions")

    def _anaphor_kinds(self, draft: Draft) -> frozenset[str]:
        if draft.refers_to:
            return draft.refers_to
        if draft.kind in ("agreement", "treaty", "mou"):
            return frozenset({"agreement", "treaty", "mou"})
        return frozenset({draft.kind})

    def same_agreement(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        """Two mentions in one article with the same kind, parties (two or more) and year."""
        enough = 1 if draft.kind == "sanctions" else 2
        if not draft.kind or len(draft.parties) < enough or draft.named:
            return None
        for earlier in drafts:
            if earlier.kind == draft.kind and set(earlier.parties) == set(draft.parties) \
                    and earlier.year() == draft.year() and not earlier.named:
                return earlier
        return None

    def reference(self, article_id: str, draft: Draft) -> AgreementReference:
        self._complete_pair(draft)
        mentions = (draft.mention, *draft.mentions)
        return AgreementReference(
            # the year tells apart "two agreements in 2001 and 2015", which share their words
            id=content_id(article_id, str(draft.mention.start), draft.year() or "", length=12),
            kind=draft.kind,
            name=self._name(draft),
            mentions=mentions,
            number=draft.number,
            named=draft.named is not None,
            parties=tuple(draft.parties),
            dates=tuple(draft.dates),
            status=tuple(_unique_status(draft.status)),
            sentence_index=draft.sentence_index,
        )

    def _clause_parties(self, draft: Draft) -> None:
        """An agreement with fewer than two parties takes the subject of its clause when that names two
        or more ('Iran and Saudi Arabia agreed to revive a security agreement')."""
        if draft.kind in ("sanctions", "un_resolution") or len(draft.parties) >= 2:
            return
        t = head_of(draft.anchor)
        while t.dep_ in ("pobj", "prep", "dobj", "xcomp", "acl", "relcl", "nsubjpass", "attr") and t.head != t:
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                break
        if t.pos_ not in ("VERB", "AUX"):
            return
        for subject in _subjects(t):
            codes = self._party_codes(subject)
            if len(codes) >= 2:
                self._add_parties(draft, codes)
                return

    def _complete_pair(self, draft: Draft) -> None:
        """A bilateral agreement with one party named ("we have two government agreements") takes the
        other party of the pair the article is about, when the article names exactly two countries
        most."""
        if draft.kind not in ("agreement", "treaty", "mou", "ceasefire") or draft.named or len(draft.parties) > 1:
            return
        pair = self._article_pair()
        if not pair:
            return
        if len(draft.parties) == 1:
            if draft.parties[0] in pair:
                draft.parties.append(next(p for p in pair if p != draft.parties[0]))
        elif set(pair) <= self._countries_near(draft.anchor):
            draft.parties += list(pair)  # no party in its clause, both countries of the article beside it

    def _countries_near(self, token: Token) -> set[str]:
        """Countries named in the anchor's sentence and the one before it."""
        sents = list(token.doc.sents)
        k = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
        found: set[str] = set()
        for sent in sents[max(0, k - 1):k + 1]:
            for ent in span_entities(sent):
                if ent.label_ in ("GPE", "NORP"):
                    found.update(c for c in self._party_codes(ent.root) if len(c) == 3)
        return found

    def _article_pair(self) -> tuple[str, str] | None:
        counts: dict[str, int] = {}
        doc = self.actors.doc
        for ent in entities_in(doc):  # (Doc.ents builds every entity again per call)
            if ent.label_ not in ("GPE", "NORP"):
                continue
            for code in self._party_codes(ent.root):
                if len(code) == 3:
                    counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) < 2 or (len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]):
            return None
        return ranked[0][0], ranked[1][0]

    def _name(self, draft: Draft) -> str:
        if draft.named:
            return draft.named.canonical
        if draft.kind == "un_resolution" and draft.number:
            body = "General Assembly" if "general assembly" in sentence_of(draft.anchor).text.lower() else "Security Council"
            return f"UN {body} Resolution {draft.number}"
        words = {"agreement": "agreement", "treaty": "treaty", "mou": "memorandum of understanding",
                 "ceasefire": "ceasefire", "un_resolution": "UN resolution", "sanctions": "sanctions"}
        noun = "arms embargo" if _lemma(draft.anchor) == "embargo" else words[draft.kind]
        descriptors = [d for d in draft.descriptors if d not in ("arms",)]
        states = [p for p in draft.parties if p != UN_PARTY and p not in draft.targets]
        name = " ".join([*(["-".join(states)] if states else []), *descriptors[:2], noun])
        if draft.targets:
            name += f" on {'/'.join(draft.targets)}"
        year = draft.year()
        return f"{name} ({year})" if year else name


def _unique_status(status: list[AgreementStatus]) -> list[AgreementStatus]:
    """Each action once per modality and place; a plain mention only when nothing else is reported."""
    if any(s.action != "mentioned" for s in status):
        status = [s for s in status if s.action != "mentioned"]
    seen: set[tuple[str, str, int]] = set()
    out = []
    for s in status:
        key = (s.action, s.modality, s.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def head_of(token: Token) -> Token:
    """The first of coordinated nouns, whose dependency the others share."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _generic(token: Token) -> bool:
    words = {c.lower_ for c in children_of(token) if c.dep_ in ("det", "amod", "predet")}
    return bool(words & GENERIC_WORDS) and (token.tag_ in ("NNS", "NNPS") or bool(words & {"any", "every", "each"}))


def _verb_of(token: Token) -> Token:
    """The verb a noun is the object of, through one preposition ('called for a ceasefire')."""
    t = token.head
    if t.dep_ == "prep" or t.pos_ == "ADP":
        t = t.head
    return t


def _is_date(prep: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in subtree_of(prep) if t != prep)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _left_edge(token: Token) -> Token:
    left = token
    for child in token.lefts:
        if child.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod", "quantmod", "case", "punct"):
            left = min(left, child.left_edge, key=lambda t: t.i)
    while left.is_punct and left.i < token.i:
        left = left.nbor(1)
    return left


def _same_phrase(draft: Draft, drafts: list[Draft], text: str) -> Draft | None:
    """'New START, the last arms control treaty' (apposition) and 'a sanctions regime and arms embargo'
    (coordination in one phrase) name one agreement."""
    token = draft.anchor
    if token.dep_ not in ("appos", "conj"):
        return None
    for earlier in reversed(drafts):
        if earlier.sentence_index != draft.sentence_index:
            break
        between = text[earlier.mention.end:draft.mention.start]
        if token.dep_ == "appos" and between.strip() in (",", "—", "-", "(") and earlier.kind:
            return earlier
        if token.dep_ == "conj" and any(c.dep_ in ("det", "poss") for c in children_of(token)):
            return None  # "a 2001 agreement and a 1998 accord": two agreements
        heads = {earlier.anchor, earlier.anchor.head} if token.dep_ == "conj" else {earlier.anchor}
        if token.head in heads and (token.dep_ == "appos" or earlier.kind == draft.kind):
            return earlier
    return None


def _reported(verb: Token) -> str:
    """The speech verb a clause is reported by ('says', 'insisted'), '' when it is the text's own."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("ccomp", "conj", "xcomp") or t.head == t:
            return ""
        t = t.head
        if t.lemma_.lower() in SPEECH_VERBS:
            return t.text
    return ""


def _clause_modifiers(anchor: Token) -> list[Token]:
    """Participles and relative clauses on the anchor, or on the nouns of its own phrase ("a memorandum of
    understanding on maritime boundaries that the government signed")."""
    out = []
    nouns = [anchor]
    for prep in anchor.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "on"):
            for pobj in children_of(prep):
                if pobj.dep_ == "pobj":
                    nouns.append(pobj)
                    nouns += [g for p2 in pobj.rights if p2.dep_ == "prep" for g in children_of(p2) if g.dep_ == "pobj"]
    for noun in nouns:
        out += [c for c in children_of(noun) if c.dep_ in ("acl", "relcl", "amod") and c.pos_ in ("VERB", "ADJ", "AUX")]
    return out


def _year_tokens(phrase: Span) -> list[Token]:
    return [t for t in tokens_of(phrase.doc)[phrase.start:phrase.end] if YEAR.match(t.text)]


def _attached_to(token: Token, target: Token, stop: Token | None = None, steps: int = 4) -> bool:
    """Whether `token` hangs from `target` within a few steps (through prepositions and conjuncts)."""
    t = token
    for _ in range(steps):
        if t == target:
            return True
        if t.head == t or (stop is not None and t == stop):
            return False
        if t.pos_ in ("VERB", "AUX") and t != token:
            return t == target
        t = t.head
    return t == target


def _subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or of the verb it is the complement of ('X will need to sign',
    'X would refrain from imposing')."""
    t = verb
    through_preposition = False
    for _ in range(4):
        objects = [c for c in children_of(t) if c.dep_ == "dobj"]
        if through_preposition and objects and t.pos_ == "VERB":
            return objects  # "criticised the United States for imposing", "accused Moscow of violating"
        subjects = [c for c in children_of(t) if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if subjects:
            return [s if s.dep_ != "agent" else next(iter(children_of(s)), s) for s in subjects
                    if s.tag_ != "WDT"]
        if t.dep_ not in ("xcomp", "conj", "pcomp", "prep", "advcl") or t.head == t:
            return []
        through_preposition = t.dep_ in ("pcomp", "prep")
        t = t.head
    return []
