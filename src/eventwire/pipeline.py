"""The coder's public entry point: Articles in, CodedArticles out.

    coder = Coder()
    for result in coder.code(items):     # Article | RecordError in
        ...                              # CodedArticle | RecordError out

A batch of articles is prepared (length-preserving normalisation, dateline blanked) and parsed
in one spaCy pass; then each document goes through STAGES, in order, each reading what the
stages before it added to its `Coding`:

    checks     warnings: no publication date, not English
    actors     who is who in the whole article, quotes and speakers (actors)
    sentences  the sentences to code: no headline, headings, bylines, captions, link lines, nothing after a trailer
    rules      candidates: each rule's predicate, code and parties (coding.extract, coding.parties)
    dates      each candidate's tense and date, which its modality reads; a past event with no date
               of its own takes the story's reference time (coding.event_date, time_place.discourse)
    assemble   actors, modality, party recodes, ontology, evidence -> events (coding.assemble)
    places     each event's location: its clause, its sentence, the story, the dateline (coding.event_place)
    finish     one event per predicate and actor pair (coding.assemble.finish)
    told again the doer of an act told again without it, from its first telling (coding.told_again)
    replies    a targetless denial: aimed at whoever accused its speaker just before (coding.replies)
    placed parties  a party known only by its sector: the country of its act's place; a visit with no
               destination: the country it is placed in (coding.placed_parties)
    state acts an agentless arrest, sentence, ban or deployment: the state of its place (coding.state_acts)
    tellers' state  an agentless deployment, release, arrest or expulsion still without a doer, told by a
               state official: the official's side (coding.state_acts.with_tellers_state)
    place forces  an agentless killing of rebels in a sentence naming no other country: the state of
               its place (coding.state_acts.with_forces_against_armed_groups)
    acts as parties  a criticism, rejection or praise of an act the story tells: aimed at that act's
               doer; of a decision named by what was decided ("the decision to reimprison him"): aimed
               at the doer of the act the story told of it, or the maker the story named for it
               ("a judge, whose decision ..."); an act named as the doer of another ("the
               airstrikes killed"): done by its doer
               (coding.acts_as_parties)
    said about a targetless criticism explained by "saying X did ...": aimed at X; a quoted verdict carrying
               on its speaker's criticism of the sentence before: aimed where that was; a targetless threat
               with a condition ("if X escalates"): aimed at X (coding.said_about)
    conjoined partner  a joint act with no recipient ("had dinner with him, discussed ..."): the partner
               a verb told with it names (coding.conjoined_partners)
    responses  an act told as a response ("while responding to the statement by X", "in response to X's
               sanctions"): aimed at the party responded to; for a bare "responded that ...", at the maker
               of the latest act aimed at the responder's side, as the stages before left them; a denial
               or rejection of "charges by X", "a request from X": aimed at X (coding.replies)
    armed adversary  a targetless deployment, operation or seizure by a state's forces in a story of its
               fight with one armed group: aimed at that group; unidentified armed men ("gunmen", "suicide
               bombers") in such a story: that group's (coding.adversaries)
    fighting sides  a targetless appeal or demand to end the fighting ("called for an end to the violence")
               in a story of one fight between two named sides: one event aimed at each side, or at the
               other side when made by one of them (coding.fighting_sides)
    release holders  an appeal or demand for a release naming only the people to be freed ("called for
               his release"): aimed at the doer of their arrest or abduction in the story, else at no one
               (coding.release_holders)
    one act    an act told again later in the story ("the attack", "were killed in the attack", "Tuesday's
               attack") merged into its first telling, which takes the fuller parties (coding.one_act)
    agreements agreements, treaties, resolutions, sanctions the article refers to; the events that
               concern one point to it (agreements)

Everything read-only (model, lexicon, frames, ontology, actor and place tables) is loaded once
per process into `Resources`.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import RecordError
from .model import AgreementReference, Article, CodedArticle, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .coding.assemble import AssemblyTables
    from .coding.candidate import Candidate
    from .coding.event_date import EventTime
    from .coding.event_place import DocumentPlaces
    from .coding.extract import Extractor

# Longer than any news article; spaCy's parser needs about 1 GB of working memory per 100k
# characters, so a runaway document is coded up to here (cut at a paragraph) with a warning.
MAX_PARSE_CHARS = 100_000
LANGUAGE_MIN_STOPWORD_RATIO = 0.15


@dataclass(frozen=True)
class Resources:
    """What coding reads and never changes, built once per process."""

    nlp: Any  # spacy.Language: the model plus paragraph-aware sentence starts
    extractor: Extractor
    tables: AssemblyTables
    actors: Any  # actors.ActorResolver
    places: Any  # places.resolver.PlaceResolver
    agreements: Any = None  # agreements.AgreementFinder

    @classmethod
    def load(cls, actor_files: Sequence[Path] = ()) -> Resources:
        # imported here: `import eventwire.pipeline` stays cheap for commands that never code
        from .actors import ActorResolver
        from .coding.assemble import AssemblyTables
        from .coding.extract import Extractor
        from .coding.frames import load_frames
        from .coding.lexicon import load_lexicon
        from .coding.modality import NounCues
        from .coding.ontology import load_ontology
        from .nlp.loader import load_coder_nlp
        from .places.resolver import PlaceResolver

        lexicon = load_lexicon()
        frames = load_frames()
        tables = AssemblyTables(
            ontology=load_ontology(),
            frames=frames,
            noun_cues=NounCues(potential=frozenset(lexicon.classes["POTENTIAL_NOUN"]),
                               failure=frozenset(lexicon.classes["FAILURE_NOUN"]),
                               reporting=frozenset(lexicon.classes["REPORTING_VERB"]),
                               persons=frozenset(lexicon.classes["PERSON"]) | frozenset(lexicon.classes["PERSON_CAPTIVE"]),
                               standing=frozenset(lexicon.classes["STANDING_RELATION"])),
            event_references=frozenset(lexicon.classes["REFERRED_EVENT"]),
        )
        from .agreements import AgreementFinder, load_terms

        return cls(load_coder_nlp(), Extractor(lexicon, frames), tables, ActorResolver(tuple(actor_files)),
                   PlaceResolver(), AgreementFinder(load_terms()))


@dataclass(frozen=True)
class Found:
    """A candidate of one sentence, and when it happened."""

    sent_index: int
    sent: Span
    cand: Candidate
    when: EventTime | None = None


@dataclass
class Coding:
    """One parsed article on its way through the stages; each stage fills in its part."""

    article: Article
    doc: Doc
    dateline: str | None
    text: str = ""  # doc.text, read once: spaCy joins every token again on each access
    warnings: list[str] = field(default_factory=list)
    actors: Any = None  # actors.DocumentActors
    places: DocumentPlaces | None = None
    sentences: list[tuple[int, Span]] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    assembled: list[tuple[Found, list[Event]]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[AgreementReference] = field(default_factory=list)


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Coding, Resources], None]


def check_text(coding: Coding, res: Resources) -> None:
    if coding.article.published is None:
        coding.warnings.append("no publication date: relative dates left unresolved")
    if not looks_english(coding.doc):
        coding.warnings.append("text does not look like English: events may be missing")


def find_actors(coding: Coding, res: Resources) -> None:
    from .coding.event_place import DocumentPlaces

    coding.actors = res.actors.for_document(coding.doc, coding.article.published, coding.text)
    coding.places = DocumentPlaces(coding.doc, coding.actors, res.places, coding.dateline)


def pick_sentences(coding: Coding, res: Resources) -> None:
    from .nlp.glued_headings import is_glued_heading
    from .nlp.normalise import is_byline, is_caption, is_heading, is_headline, is_link_line, starts_trailer
    from .nlp.paragraphs import paragraph_count, paragraph_of

    text = coding.text
    paragraphs = paragraph_count(text)
    for index, sent in enumerate(coding.doc.sents):
        sentence = text[sent.start_char:sent.end_char]  # sent.text: spaCy joins the span's tokens again on each access
        if starts_trailer(sentence):
            break  # links to other stories follow
        if is_heading(sentence, paragraphs) or (index == 0 and is_headline(sentence, paragraphs)):
            continue
        if is_glued_heading(sent):
            continue  # a section heading the scrape ran into the next sentence
        if is_byline(sentence) or is_link_line(sentence) or is_caption(sentence):
            continue
        if paragraphs > 1 and is_caption(paragraph_of(text, sent.start_char)):
            continue  # every sentence of a photo caption
        coding.sentences.append((index, sent))


def apply_rules(coding: Coding, res: Resources) -> None:
    coding.found = [Found(index, sent, cand) for index, sent in coding.sentences
                    for cand in res.extractor.candidates(sent)]


def date_candidates(coding: Coding, res: Resources) -> None:
    from .coding.event_date import (
        Mention,
        discourse_dates,
        event_time,
        party_of,
        with_antecedent_dates,
        with_continued_statements,
        with_discourse_date,
        with_immediate_answers,
        with_lead_dated_later,
        with_next_steps,
        with_occasions_of_dated_acts,
        with_quoted_deixis_of_unknown_day,
        with_scenes_of_dated_acts,
        with_statement_dates,
        with_witnessed_acts,
    )

    published = coding.article.published
    discourse = discourse_dates(coding.doc, coding.sentences, published, coding.text)
    times = [with_discourse_date(event_time(f.sent, f.cand, published), discourse, f.sent_index,
                                 coding.doc[f.cand.predicate], f.cand.code)
             for f in coding.found]
    # a later mention of an act the story dated ("the attack") takes that date
    actors_for = coding.actors.actors_for if coding.actors is not None else (lambda token: [])
    mentions = [Mention(coding.doc[f.cand.predicate], when, f.cand.code,
                        party_of(f.cand.sources, coding.doc, actors_for), party_of(f.cand.targets, coding.doc, actors_for))
                for f, when in zip(coding.found, times)]
    times = with_antecedent_dates(mentions)
    # the lead's undated act is the one a later sentence tells again with its day
    lead_start = coding.sentences[0][1].start if coding.sentences else None
    times = with_lead_dated_later(mentions, times, lead_start)
    # one statement told over several sentences is one saying of one day
    times = with_statement_dates(mentions, times)
    # "During your visit, you met ...": the frame of a dated act is of its time
    times = with_occasions_of_dated_acts(mentions, times)
    # '"They shot people on the train," a passenger said': the account is of the attack's day, not the saying's
    times = with_witnessed_acts(mentions, times, discourse)
    # '"Today the leader was killed," Trump wrote' on a day not given: the day the story tells that killing
    times = with_quoted_deixis_of_unknown_day(mentions, times, discourse)
    # "The militants then asked passengers ...": the next step of the acts just told, of their day
    times = with_next_steps(mentions, times)
    # '"We urge ...," they said' after "Nine groups this week called for ...": the statement's week
    times = with_continued_statements(mentions, times)
    # "quickly claimed responsibility for the attack": the attack's day
    times = with_immediate_answers(mentions, times)
    # "attacked a hotel where elders were meeting": the meeting was under way at the attack's time
    times = with_scenes_of_dated_acts(mentions, times)
    coding.found = [Found(f.sent_index, f.sent, f.cand, when) for f, when in zip(coding.found, times)]


def assemble_events(coding: Coding, res: Resources) -> None:
    from .coding.assemble import EventBuilder

    if not coding.found:
        return
    dateline_country = coding.places.dateline_country if coding.places is not None else None
    lead = coding.sentences[0][0] if coding.sentences else None
    builder = EventBuilder(coding.doc, res.tables, coding.actors, coding.article.published, dateline_country, lead)
    for f in coding.found:
        assert f.when is not None  # dated by the stage before
        coding.assembled.append((f, builder.build(f.sent, f.sent_index, f.cand, f.when)))


def place_events(coding: Coding, res: Resources) -> None:
    if coding.places is not None:
        coding.places.read_story(coding.sentences, [(f.sent, coding.doc[f.cand.predicate], events)
                                                    for f, events in coding.assembled])
    for f, events in coding.assembled:
        placed = (coding.places.placed(f.sent, coding.doc[f.cand.predicate], events, f.sent_index)
                  if coding.places else events)
        coding.events.extend(placed)


def finish_events(coding: Coding, res: Resources) -> None:
    from .coding.assemble import finish

    coding.events = finish(coding.events)


def one_event_per_act(coding: Coding, res: Resources) -> None:
    from .coding.one_act import one_event_per_act as merged_tellings

    coding.events = merged_tellings(coding.events, coding.doc)


def doers_told_before(coding: Coding, res: Resources) -> None:
    from .coding.told_again import sources_from_earlier_tellings

    coding.events = sources_from_earlier_tellings(coding.events, coding.doc)


def denials_answering_accusations(coding: Coding, res: Resources) -> None:
    from .coding.replies import denials_aimed_at_accusers

    coding.events = denials_aimed_at_accusers(coding.events)


def responses(coding: Coding, res: Resources) -> None:
    from .coding.replies import responses_aimed_at_the_answered

    if coding.actors is not None:
        coding.events = responses_aimed_at_the_answered(coding.events, coding.doc, coding.actors, res.extractor.lexicon,
                                                        res.tables.event_references)


def acts_as_parties(coding: Coding, res: Resources) -> None:
    from .coding.acts_as_parties import parties_named_by_acts

    coding.events = parties_named_by_acts(coding.events, coding.doc, res.extractor.lexicon,
                                          res.tables.event_references)


def placed_parties(coding: Coding, res: Resources) -> None:
    from .coding.placed_parties import (
        with_attacked_places,
        with_place_countries,
        with_place_objects,
        with_restricted_places,
        with_visited_places,
    )

    events = with_place_objects(with_visited_places(with_place_countries(coding.events, coding.doc)))
    coding.events = with_restricted_places(with_attacked_places(events, coding.doc), coding.doc)


def state_doers(coding: Coding, res: Resources) -> None:
    from .coding.state_acts import with_state_doers

    coding.events = with_state_doers(coding.events)


def tellers_state(coding: Coding, res: Resources) -> None:
    from .coding.state_acts import with_tellers_state

    if coding.actors is not None:
        coding.events = with_tellers_state(coding.events, coding.actors)


def place_forces(coding: Coding, res: Resources) -> None:
    from .coding.state_acts import with_forces_against_armed_groups

    if coding.actors is not None:
        coding.events = with_forces_against_armed_groups(coding.events, coding.actors)


def said_about(coding: Coding, res: Resources) -> None:
    from .coding.said_about import criticisms_aimed_by_what_is_said, threats_aimed_by_their_condition

    if coding.actors is not None:
        events = criticisms_aimed_by_what_is_said(coding.events, coding.doc, coding.actors)
        coding.events = threats_aimed_by_their_condition(events, coding.doc, coding.actors)


def conjoined_partners(coding: Coding, res: Resources) -> None:
    from .coding.conjoined_partners import (
        acts_aimed_at_the_other_side,
        acts_aimed_at_their_beneficiary,
        joint_acts_with_a_conjoined_partner,
    )

    if coding.actors is not None:
        events = joint_acts_with_a_conjoined_partner(coding.events, coding.doc, coding.actors)
        events = acts_aimed_at_the_other_side(events, coding.doc, coding.actors, res.extractor.lexicon,
                                              res.tables.event_references)
        coding.events = acts_aimed_at_their_beneficiary(events, coding.doc, coding.actors, res.extractor.lexicon,
                                                        res.tables.event_references)


def armed_adversary(coding: Coding, res: Resources) -> None:
    from .coding.adversaries import moves_aimed_at_the_armed_adversary, unidentified_armed_as_the_named_group

    coding.events = unidentified_armed_as_the_named_group(moves_aimed_at_the_armed_adversary(coding.events))


def fighting_sides(coding: Coding, res: Resources) -> None:
    from .coding.fighting_sides import appeals_to_end_the_fighting_aimed_at_its_sides

    coding.events = appeals_to_end_the_fighting_aimed_at_its_sides(coding.events, coding.doc)


def release_holders(coding: Coding, res: Resources) -> None:
    from .coding.release_holders import release_requests_to_holders

    coding.events = release_requests_to_holders(coding.events)


def find_agreements(coding: Coding, res: Resources) -> None:
    from .agreements import link_events

    if res.agreements is None:
        return
    coding.agreements = res.agreements.find(coding.article.id, coding.sentences, coding.actors,
                                            coding.article.published)
    if coding.agreements:
        coding.events = link_events(coding.events, coding.agreements)


STAGES: tuple[Stage, ...] = (
    Stage("checks", reads=("article", "doc"), adds=("warnings",), run=check_text),
    Stage("actors", reads=("doc", "text", "article"), adds=("actors", "places"), run=find_actors),
    Stage("sentences", reads=("doc", "text"), adds=("sentences",), run=pick_sentences),
    Stage("rules", reads=("sentences",), adds=("found",), run=apply_rules),
    Stage("dates", reads=("found", "sentences", "text", "article"), adds=("found.when",), run=date_candidates),
    Stage("assemble", reads=("found", "actors", "places"), adds=("assembled",), run=assemble_events),
    Stage("places", reads=("assembled", "sentences", "places"), adds=("events",), run=place_events),
    Stage("finish", reads=("events",), adds=("events",), run=finish_events),
    Stage("told again", reads=("events", "doc"), adds=("events.source",), run=doers_told_before),
    Stage("replies", reads=("events",), adds=("events.target",), run=denials_answering_accusations),
    Stage("placed parties", reads=("events", "doc"), adds=("events.source", "events.target"), run=placed_parties),
    Stage("state acts", reads=("events",), adds=("events.source",), run=state_doers),
    Stage("tellers' state", reads=("events", "actors"), adds=("events.source",), run=tellers_state),
    Stage("place forces", reads=("events", "actors"), adds=("events.source",), run=place_forces),
    Stage("acts as parties", reads=("events", "doc"), adds=("events.source", "events.target"), run=acts_as_parties),
    Stage("said about", reads=("events", "doc", "actors"), adds=("events.target",), run=said_about),
    Stage("conjoined partner", reads=("events", "doc", "actors"), adds=("events.target",), run=conjoined_partners),
    Stage("responses", reads=("events", "doc", "actors"), adds=("events.target",), run=responses),
    Stage("armed adversary", reads=("events",), adds=("events.source", "events.target"), run=armed_adversary),
    Stage("fighting sides", reads=("events", "doc"), adds=("events",), run=fighting_sides),
    Stage("release holders", reads=("events",), adds=("events.target",), run=release_holders),
    Stage("one act", reads=("events", "doc"), adds=("events",), run=one_event_per_act),
    Stage("agreements", reads=("sentences", "actors", "events", "article"), adds=("agreements", "events.agreement_id"),
          run=find_agreements),
)


def build_coder(actor_files: Sequence[Path], batch_size: int):
    """A Coder; what each worker process of the pool (scale.pool) and Dask (scale.dask_engine) runs."""
    return Coder(actor_files=tuple(actor_files), batch_size=batch_size)


class Coder:
    """Codes articles into events.  Loads the model and tables once per process."""

    def __init__(self, *, actor_files: Sequence[Path] = (), batch_size: int = 16) -> None:
        self.actor_files = tuple(actor_files)
        self.batch_size = batch_size
        self.resources = Resources.load(self.actor_files)
        self.nlp = self.resources.nlp
        # The model and tables just loaded live as long as the process: moved out of the cyclic
        # collector's reach (gc.freeze), a full collection no longer walks their ~130,000 objects each
        # time (0.34 s of CPU per run of bench/throughput.py's text, a tenth of our own coding time;
        # 0.03 s frozen). Frozen objects are still freed by reference counting when dropped.
        gc.freeze()

    def _coded(self, article: Article, doc: Doc, dateline: str | None) -> CodedArticle:
        coding = Coding(article, doc, dateline, text=doc.text)
        for stage in STAGES:
            stage.run(coding, self.resources)
        return CodedArticle(
            article=article,
            events=tuple(coding.events),
            quotes=tuple(coding.actors.quotes),
            warnings=tuple(coding.warnings),
            agreements=tuple(coding.agreements),
        )

    # ---- public --------------------------------------------------------------

    def code_article(self, article: Article) -> CodedArticle:
        return next(iter(self._code_batch([article])))

    def _code_batch(self, articles: list[Article]) -> Iterator[CodedArticle]:
        from .nlp.normalise import prepare_text
        from .places.resolver import dateline_place

        prepared = [prepare_text(a.text, dateline_place) for a in articles]
        texts = [parse_window(p.text) for p in prepared]
        for article, prep, doc in zip(articles, prepared, self.nlp.pipe(texts, batch_size=self.batch_size)):
            with collector_paused():
                coded = self._coded(article, doc, prep.dateline)
                # the answers kept per Doc (nlp.per_doc) hold Tokens, which hold their Doc: a reference
                # cycle that only the cyclic collector would free, walking every cached Token to do so;
                # emptied, the Doc is freed as soon as it is dropped
                doc.user_data.clear()
            if len(prep.text) > MAX_PARSE_CHARS:
                coded = CodedArticle(
                    coded.article, coded.events, coded.quotes,
                    coded.warnings + (f"text is {len(prep.text):,} characters: only the first "
                                      f"{MAX_PARSE_CHARS:,} were coded",),
                    coded.agreements,
                )
            yield coded

    def code(
        self, items: Iterable[Article | RecordError], processes: int = 1
    ) -> Iterator[CodedArticle | RecordError]:
        """Code a stream, in input order.  A failing article becomes a RecordError; the rest go on."""
        if processes > 1:
            from functools import partial

            from .scale.pool import code_in_processes

            yield from code_in_processes(items, processes, partial(build_coder, self.actor_files, self.batch_size),
                                         self.batch_size)
            return
        iterator = iter(items)
        while True:
            chunk = list(islice(iterator, self.batch_size))
            if not chunk:
                return
            yield from self.code_chunk(chunk)

    def code_chunk(self, chunk: list[Article | RecordError]) -> list[CodedArticle | RecordError]:
        articles = [a for a in chunk if isinstance(a, Article)]
        coded: list[CodedArticle | RecordError]
        try:
            coded = list(self._code_batch(articles))
        except Exception:  # noqa: BLE001 - find the article that broke the batch, keep the others
            coded = [self._code_one_safely(a) for a in articles]
        results = iter(coded)
        return [item if isinstance(item, RecordError) else next(results) for item in chunk]

    def _code_one_safely(self, article: Article) -> CodedArticle | RecordError:
        try:
            return self.code_article(article)
        except Exception as e:  # noqa: BLE001 - reported per record, never fatal
            return RecordError(article.origin or article.id, f"coding failed: {type(e).__name__}: {e}", "E500")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while one article is coded, and resumed as it was.

    perf: coding makes many objects per article, most freed by reference counting as soon as they are
    dropped; the collector, run every 700 allocations, walked the ones alive at that moment (the answers
    kept per Doc) again and again, and moved them to older generations that it walked too: 0.07 s of
    the own stages' CPU time on bench/throughput.py's 200 KB (about 4 %), 0.09 s in all of `code`.
    Paused, it next runs after the article, when the Doc's answers have been dropped (the cycles they
    made are broken by hand, `doc.user_data.clear()`): 0.04 s in all of `code`, spaCy's parse included.
    Output is the same: nothing the coder reads depends on when cycles are collected."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


ENGLISH_FUNCTION_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from",
     "said", "has", "have", "it", "be", "are", "an", "its", "were"]
)


def looks_english(doc: Doc) -> bool:
    """A cheap check: English news has many function words among its first 200 tokens."""
    words = [t.lower_ for t in doc[:200] if t.is_alpha]
    if len(words) < 8:
        return True
    share = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    return share >= LANGUAGE_MIN_STOPWORD_RATIO


def parse_window(text: str) -> str:
    """The text to parse: all of it, or its first MAX_PARSE_CHARS cut at a paragraph break."""
    if len(text) <= MAX_PARSE_CHARS:
        return text
    cut = text.rfind("\n\n", 0, MAX_PARSE_CHARS)
    return text[: cut if cut > MAX_PARSE_CHARS // 2 else MAX_PARSE_CHARS]


def parse_cli_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
