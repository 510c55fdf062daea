"""Hand-built CodedArticles for store, ingest and export tests (no spaCy needed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from eventwire.coding.ontology import load_ontology
from eventwire.errors import RecordError
from eventwire.model import (
    Actor,
    Article,
    CodedArticle,
    Event,
    EventDate,
    Evidence,
    Location,
    Modality,
    Quote,
)

COUNTRY_NAMES = {"IRN": "Iran", "RUS": "Russia", "USA": "United States", "FRA": "France", "CHN": "China"}


def actor(country: str, sector: str = "GOV", text: str = "") -> Actor:
    name = COUNTRY_NAMES.get(country, country)
    return Actor(
        text=text or name,
        country=country,
        sector=sector,
        code=country + sector,
        name=name,
        entry=f"countries:{country}",
        reason="country name",
    )


def event_in(
    text: str,
    sentence: str,
    verb: str,
    source: Actor,
    target: Actor,
    cameo: str,
    *,
    date: dt.date | None = dt.date(2020, 8, 25),
    modality: Modality = Modality.ASSERTED,
    location: Location | None = None,
    quote_index: int | None = None,
) -> Event:
    """An event whose evidence offsets point into `text` (which must contain `sentence`)."""
    s_start = text.index(sentence)
    v_start = text.index(verb, s_start)
    src_start = text.find(source.text, s_start)
    tgt_start = text.find(target.text, s_start)
    code = load_ontology()[cameo]
    plover = load_ontology().plover(cameo)
    return Event(
        source=source,
        target=target,
        cameo=code,
        modality=modality,
        evidence=Evidence(
            sentence=sentence,
            sentence_index=_sentence_index(text, s_start),
            sentence_start=s_start,
            event_text=verb,
            event_start=v_start,
            event_end=v_start + len(verb),
            source_text=source.text,
            source_start=src_start,
            source_end=src_start + len(source.text) if src_start >= 0 else -1,
            target_text=target.text,
            target_start=tgt_start,
            target_end=tgt_start + len(target.text) if tgt_start >= 0 else -1,
            lexicon_entry=f"lex:{cameo}:{verb}",
            rule="active",
            modality_cue="" if modality is Modality.ASSERTED else "will",
        ),
        plover_event=plover[0],
        plover_mode=plover[1],
        plover_context=plover[2],
        date=EventDate(date, text="" if date is None else "Tuesday", precision="day",
                       source="none" if date is None else "text"),
        location=location,
        quote_index=quote_index,
        confidence=0.9,
    )


def _sentence_index(text: str, start: int) -> int:
    return text[:start].count(". ")


def iran_russia_article(article_id: str = "a1", published: dt.date = dt.date(2020, 8, 25)) -> CodedArticle:
    """Two sentences, three events (one future), one quote, one place."""
    text = (
        "Iran signed a defence agreement with Russia in Moscow. "
        "Russia will visit Iran next month, the minister said. "
        "\"We welcome Russia,\" Hatami said."
    )
    article = Article(id=article_id, text=text, published=published, title="Iran and Russia",
                      url=f"https://example.org/{article_id}", publisher="Example News", language="en")
    iran, russia = actor("IRN"), actor("RUS")
    moscow = Location("Moscow", country="RUS", admin1="Moscow", lat=55.75, lon=37.62, resolution="city")
    s1 = "Iran signed a defence agreement with Russia in Moscow."
    s2 = "Russia will visit Iran next month, the minister said."
    quote_text = "We welcome Russia,"
    q_start = text.index(quote_text)
    quote = Quote(text=quote_text, start=q_start, end=q_start + len(quote_text),
                  speaker=Actor(text="Hatami", country="IRN", sector="GOV", code="IRNGOV", name="Amir Hatami"))
    events = (
        event_in(text, s1, "signed", iran, russia, "057", location=moscow),
        event_in(text, s1, "signed", russia, iran, "057", location=moscow),
        event_in(text, s2, "visit", russia, iran, "036", modality=Modality.FUTURE, date=None),
    )
    return CodedArticle(article=article, events=events, quotes=(quote,))


def simple_article(
    article_id: str,
    text: str,
    pairs: Iterable[tuple[str, str, str]] = (("USA", "CHN", "042"),),
    *,
    date: dt.date = dt.date(2021, 3, 1),
    publisher: str = "Wire",
) -> CodedArticle:
    """One event per (source country, target country, cameo) on the first sentence."""
    article = Article(id=article_id, text=text, published=date, publisher=publisher,
                      url=f"https://example.org/{article_id}")
    sentence = text.split(". ")[0]
    verb = sentence.split()[1] if len(sentence.split()) > 1 else sentence
    events = tuple(
        event_in(text, sentence, verb, actor(s), actor(t), code, date=date) for s, t, code in pairs
    )
    return CodedArticle(article=article, events=events)


class CountryPairCoder:
    """A tiny deterministic coder for ingest tests: every sentence that starts with a
    country name and names a second country gives one 042 (visit) event."""

    def __init__(self, fail_texts_containing: str = "") -> None:
        self.fail_marker = fail_texts_containing
        self.coded_ids: list[str] = []

    def code(self, items: Iterable[Article | RecordError], processes: int = 1) -> Iterator[CodedArticle | RecordError]:
        names = {name: code for code, name in COUNTRY_NAMES.items()}
        for item in items:
            if isinstance(item, RecordError):
                yield item
                continue
            self.coded_ids.append(item.id)
            if self.fail_marker and self.fail_marker in item.text:
                yield RecordError(item.origin or item.id, "coder failed")
                continue
            events = []
            for sentence in (s.strip() for s in item.text.split(". ")):
                words = sentence.rstrip(".").split()
                if len(words) < 3 or words[0] not in names:
                    continue
                others = [w for w in words[2:] if w in names and w != words[0]]
                if others:
                    events.append(event_in(item.text, sentence, words[1], actor(names[words[0]]),
                                           actor(names[others[0]]), "042", date=item.published))
            yield CodedArticle(article=item, events=tuple(events))
