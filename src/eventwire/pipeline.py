"""The coder's public entry point: Articles in, CodedArticles out.

    coder = Coder()
    for result in coder.code(items):     # Article | RecordError in
        ...                              # CodedArticle | RecordError out

One document flows through named stages:

    prepare   length-preserving normalisation, dateline blanked (nlp.normalise)
    parse     one batched spaCy pass, paragraph breaks as sentence starts (nlp)
    actors    who is who in the whole article, quotes and speakers (actors)
    events    lexicon + dependency patterns -> candidates (coding.extract)
    assemble  actors, modality, date, place, ontology, evidence (coding.assemble)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from .errors import RecordError
from .model import Article, CodedArticle, Event

# Longer than any news article; spaCy's parser needs about 1 GB of working memory per 100k
# characters, so a runaway document is coded up to here (cut at a paragraph) with a warning.
MAX_PARSE_CHARS = 100_000
LANGUAGE_MIN_STOPWORD_RATIO = 0.15


class Coder:
    """Codes articles into events.  Loads the model and tables once per process."""

    def __init__(self, *, actor_files: Sequence[Path] = (), batch_size: int = 16) -> None:
        from .actors import ActorResolver
        from .coding.extract import Extractor
        from .coding.frames import load_frames
        from .coding.lexicon import load_lexicon
        from .coding.modality import NounCues
        from .coding.ontology import load_ontology
        from .nlp.loader import load_coder_nlp
        from .places.resolver import PlaceResolver

        self.actor_files = tuple(actor_files)
        self.batch_size = batch_size
        self.nlp = load_coder_nlp()
        self.ontology = load_ontology()
        lexicon = load_lexicon()
        self.extractor = Extractor(lexicon, load_frames())
        self.noun_cues = NounCues(potential=frozenset(lexicon.classes["POTENTIAL_NOUN"]),
                                  failure=frozenset(lexicon.classes["FAILURE_NOUN"]))
        self.event_references = frozenset(lexicon.classes["REFERRED_EVENT"])
        self.actors = ActorResolver(self.actor_files)
        self.places = PlaceResolver()

    # ---- stages --------------------------------------------------------------

    def _prepare(self, article: Article):
        from .nlp.normalise import prepare_text
        from .places.resolver import dateline_place

        return prepare_text(article.text, dateline_place)

    def _events(self, article: Article, doc, dateline: str | None) -> CodedArticle:
        from .coding.assemble import EventBuilder, finish
        from .nlp.normalise import is_heading, is_headline, starts_trailer
        from .nlp.paragraphs import paragraph_count

        warnings: list[str] = []
        if article.published is None:
            warnings.append("no publication date: relative dates left unresolved")
        if not looks_english(doc):
            warnings.append("text does not look like English: events may be missing")
        doc_actors = self.actors.for_document(doc, article.published)
        builder = EventBuilder(doc, self.ontology, doc_actors, article.published, self.places, dateline,
                               self.extractor.frames, self.noun_cues, self.event_references)
        paragraphs = paragraph_count(doc.text)
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            if starts_trailer(sent.text):
                break  # links to other stories follow
            if is_heading(sent.text, paragraphs) or (index == 0 and is_headline(sent.text, paragraphs)):
                continue
            for cand in self.extractor.candidates(sent):
                events.extend(builder.build(sent, index, cand))
        return CodedArticle(
            article=article,
            events=tuple(finish(events)),
            quotes=tuple(doc_actors.quotes),
            warnings=tuple(warnings),
        )

    # ---- public --------------------------------------------------------------

    def code_article(self, article: Article) -> CodedArticle:
        return next(iter(self._code_batch([article])))

    def _code_batch(self, articles: list[Article]) -> Iterator[CodedArticle]:
        prepared = [self._prepare(a) for a in articles]
        texts = [parse_window(p.text) for p in prepared]
        for article, prep, doc in zip(articles, prepared, self.nlp.pipe(texts, batch_size=self.batch_size)):
            coded = self._events(article, doc, prep.dateline)
            if len(prep.text) > MAX_PARSE_CHARS:
                coded = CodedArticle(
                    coded.article, coded.events, coded.quotes,
                    coded.warnings + (f"text is {len(prep.text):,} characters: only the first "
                                      f"{MAX_PARSE_CHARS:,} were coded",),
                )
            yield coded

    def code(
        self, items: Iterable[Article | RecordError], processes: int = 1
    ) -> Iterator[CodedArticle | RecordError]:
        """Code a stream, in input order.  A failing article becomes a RecordError; the rest go on."""
        if processes > 1:
            from .scale.pool import code_in_processes

            yield from code_in_processes(items, processes, self.actor_files, self.batch_size)
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
        except Exception:  # find the article that broke the batch, keep the others
            coded = [self._code_one_safely(a) for a in articles]
        results = iter(coded)
        return [item if isinstance(item, RecordError) else next(results) for item in chunk]

    def _code_one_safely(self, article: Article) -> CodedArticle | RecordError:
        try:
            return self.code_article(article)
        except Exception as e:  # noqa: BLE001 - reported per record, never fatal
            return RecordError(article.origin or article.id, f"coding failed: {type(e).__name__}: {e}", "E500")


ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from said has have it be are an its were".split()
)


def looks_english(doc) -> bool:
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
