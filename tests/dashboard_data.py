"""A hand-built event store for the analysis, API and dashboard tests (no spaCy needed).

Articles are generated from a seeded table of sentences, each sentence giving one
event whose evidence offsets point into the article text, and stored through the
real EventStore write path.  Tests compute what they expect from `SAMPLE_EVENTS`
(what was written), never from the code under test.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.coding.ontology import load_ontology
from eventwire.model import Actor, Article, CodedArticle, Event, EventDate, Evidence, Modality
from eventwire.store.db import EventStore

NAMES = {
    "IRN": ("Iran", "Iranian army"),
    "RUS": ("Russia", "Russian army"),
    "USA": ("United States", "US military"),
    "CHN": ("China", "Chinese army"),
    "UKR": ("Ukraine", "Ukrainian army"),
}

# (sentence template, verb, CAMEO code); {A} and {B} are actor texts.
TEMPLATES = (
    ("{A} signed a cooperation agreement with {B}.", "signed", "057"),
    ("{A} held joint drills with {B}.", "held", "062"),
    ("{A} hosted a delegation from {B}.", "hosted", "043"),
    ("{A} accused {B} of stalling the talks.", "accused", "112"),
    ("{A} threatened {B} with reprisals.", "threatened", "138"),
    ("{A} shelled positions held by {B}.", "shelled", "190"),
)


@dataclass(frozen=True)
class SampleEvent:
    """What the fixture wrote, for tests to compute expectations from."""

    article_id: str
    source: str  # actor code
    target: str
    source_country: str
    target_country: str
    cameo: str
    quad_class: int
    goldstein: float
    modality: str
    date: dt.date | None
    sentence: str


def _actor(country: str, military: bool) -> Actor:
    name, army = NAMES[country]
    sector = "MIL" if military else "GOV"
    return Actor(text=army if military else name, country=country, sector=sector, code=country + sector,
                 name=name, entry=f"countries:{country}", reason="test table")


def _event(text: str, sentence: str, verb: str, source: Actor, target: Actor, cameo: str,
           modality: Modality, date: dt.date | None, index: int) -> Event:
    ontology = load_ontology()
    s_start = text.index(sentence)
    v_start = text.index(verb, s_start)
    src = text.index(source.text, s_start)
    tgt = text.index(target.text, src + len(source.text))
    event, mode, context = ontology.plover(cameo)
    return Event(
        source=source, target=target, cameo=ontology[cameo], modality=modality,
        evidence=Evidence(sentence=sentence, sentence_index=index, sentence_start=s_start, event_text=verb,
                          event_start=v_start, event_end=v_start + len(verb), source_text=source.text,
                          source_start=src, source_end=src + len(source.text), target_text=target.text,
                          target_start=tgt, target_end=tgt + len(target.text),
                          lexicon_entry=f"test:{cameo}", rule="active",
                          modality_cue="" if modality is Modality.ASSERTED else "may"),
        plover_event=event, plover_mode=mode, plover_context=context,
        date=EventDate(date, source="publication" if date else "none"),
    )


def _sentences(rng: random.Random, pair: tuple[str, str], n: int) -> list[tuple[str, str, Actor, Actor, str]]:
    out: dict[str, tuple[str, str, Actor, Actor, str]] = {}
    for _ in range(n):
        a, b = pair if rng.random() < 0.6 else pair[::-1]
        template, verb, cameo = rng.choice(TEMPLATES)
        source, target = _actor(a, rng.random() < 0.3), _actor(b, rng.random() < 0.2)
        sentence = template.format(A=source.text, B=target.text)
        out.setdefault(sentence, (sentence, verb, source, target, cameo))  # a repeated sentence is one event
    return list(out.values())


def sample_articles(seed: int = 6) -> tuple[list[CodedArticle], list[SampleEvent]]:
    """60 generated articles 2019-2023 (mostly Iran-Russia, some USA-CHN and RUS-UKR), two
    reports of one event on one day, and one event within a country."""
    rng = random.Random(seed)
    articles: list[CodedArticle] = []
    written: list[SampleEvent] = []
    pairs = [("IRN", "RUS")] * 4 + [("USA", "CHN"), ("RUS", "UKR")]
    for number in range(60):
        published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))
        sentences = _sentences(rng, rng.choice(pairs), rng.randint(1, 3))
        title = sentences[0][0].rstrip(".")
        text = title + "\n\n" + " ".join(s[0] for s in sentences) + "\n"
        article = Article(id=f"art{number:03d}", text=text, published=published, title=title,
                          url=f"https://example.org/art{number:03d}", publisher=rng.choice(["Wire A", "Wire B"]),
                          language="en")
        events = []
        for index, (sentence, verb, source, target, cameo) in enumerate(sentences, start=1):
            roll = rng.random()
            modality = Modality.FUTURE if roll < 0.12 else Modality.NEGATED if roll < 0.18 else Modality.ASSERTED
            date = None if number == 7 else published  # one article's events are undated
            events.append(_event(text, sentence, verb, source, target, cameo, modality, date, index))
            code = load_ontology()[cameo]
            written.append(SampleEvent(article.id, source.code, target.code, source.country, target.country,
                                       cameo, code.quad_class, code.goldstein, modality.value, date, sentence))
        articles.append(CodedArticle(article=article, events=tuple(events)))
    for article_id, publisher, sentence, source, target, cameo in (
        # The same event reported by two publishers on one day ("one a day" collapses them).
        ("rep1", "Wire A", "Iran held joint drills with Russia.", _actor("IRN", False), _actor("RUS", False), "062"),
        ("rep2", "Wire B", "Iran held joint drills with Russia.", _actor("IRN", False), _actor("RUS", False), "062"),
        # A tie within one country: an actor code pair, but no edge between countries.
        ("self", "Wire A", "Iran accused Iranian army of stalling the talks.", _actor("IRN", False),
         _actor("IRN", True), "112"),
    ):
        published = dt.date(2021, 6, 15)
        text = f"Report from {publisher}\n\n{sentence} More later.\n"
        article = Article(id=article_id, text=text, published=published, title=f"Report from {publisher}",
                          url=f"https://example.org/{article_id}", publisher=publisher, language="en")
        verb = sentence.split()[1]
        event = _event(text, sentence, verb, source, target, cameo, Modality.ASSERTED, published, 1)
        articles.append(CodedArticle(article=article, events=(event,)))
        code = load_ontology()[cameo]
        written.append(SampleEvent(article_id, source.code, target.code, source.country, target.country, cameo,
                                   code.quad_class, code.goldstein, "asserted", published, sentence))
    return articles, written


SAMPLE_ARTICLES, SAMPLE_EVENTS = sample_articles()


def build_sample_store(path: Path) -> Path:
    """Write the sample articles (and one wire copy of the first) into a new store at `path`."""
    with EventStore(path) as store:
        for coded in SAMPLE_ARTICLES:
            store.add(coded)
        first = SAMPLE_ARTICLES[0].article
        copy = Article(id="copy000", text=first.text, published=first.published, title=first.title,
                       url="https://example.org/copy000", publisher="Wire C", language="en")
        store.add_duplicate(copy, of=first.id, similarity=1.0)
    return path


# ---- agreements (issue 19): hand-built references, written through the real store ----------------

HOSTILE_NAME = '<img src=x onerror="alert(1)">Accord'


@dataclass(frozen=True)
class SampleAgreementArticle:
    article_id: str
    published: dt.date
    text: str
    mention: str
    expiry: str | None  # ISO day the article gives for the expiry, if any
    action: str
    modality: str


AGREEMENT_ARTICLES = (
    SampleAgreementArticle("agr1", dt.date(2020, 6, 30), "Washington urged action before Resolution 2231 expires "
                           "on October 18.", "Resolution 2231", "2020-10-18", "expired", "future"),
    SampleAgreementArticle("agr2", dt.date(2020, 9, 20), "Iran said UN Security Council Resolution 2231 ends its "
                           "arms restrictions on October 17.", "UN Security Council Resolution 2231", "2020-10-17",
                           "expired", "future"),
    SampleAgreementArticle("agr3", dt.date(2020, 10, 19), "Iran signed a defence pact with Russia, citing UNSC "
                           "resolution 2231.", "UNSC resolution 2231", None, "mentioned", "asserted"),
)


def _span(text: str, words: str):
    from eventwire.model import TextSpan

    start = text.index(words)
    return TextSpan(words, start, start + len(words))


def agreement_articles() -> list[CodedArticle]:
    """Three articles naming Resolution 2231 three ways (two expiry dates), a signing event pointing to
    the pact it signs, and an agreement whose name is markup (shown as text, never run)."""
    from eventwire.model import AgreementDate, AgreementReference, AgreementStatus

    out = []
    for sample in AGREEMENT_ARTICLES:
        article = Article(id=sample.article_id, text=sample.text, published=sample.published,
                          title=f"Story {sample.article_id}", url=f"https://example.org/{sample.article_id}",
                          publisher="Wire A", language="en")
        mention = _span(sample.text, sample.mention)
        dates = ()
        if sample.expiry:
            words = "October 18" if sample.expiry.endswith("18") else "October 17"
            where = _span(sample.text, words)
            dates = (AgreementDate("expiry", words, sample.expiry, "day", where.start, where.end),)
        resolution = AgreementReference(
            id=f"{sample.article_id}-res", kind="un_resolution", name="UN Security Council Resolution 2231",
            mentions=(mention,), number="2231", named=True, parties=("IGOUNO", "IRN"), dates=dates,
            status=(AgreementStatus(sample.action, sample.modality, mention),), sentence_index=0)
        refs = [resolution]
        events: tuple[Event, ...] = ()
        if sample.article_id == "agr3":
            pact = _span(sample.text, "a defence pact")
            refs.append(AgreementReference(
                id="agr3-pact", kind="agreement", name=HOSTILE_NAME, mentions=(pact,), parties=("IRN", "RUS"),
                status=(AgreementStatus("signed", "asserted", _span(sample.text, "signed a defence pact")),)))
            event = _event(sample.text, sample.text, "signed", _actor("IRN", False), _actor("RUS", False), "057",
                           Modality.ASSERTED, sample.published, 0)
            events = (replace(event, agreement_id="agr3-pact"),)
        out.append(CodedArticle(article=article, events=events, agreements=tuple(refs)))
    return out


def build_agreement_store(path: Path) -> Path:
    with EventStore(path) as store:
        for coded in agreement_articles():
            store.add(coded)
    return path
