"""A store of hostile and awkward articles for the dashboard's security tests.

Every string the dashboard can show (article id, title, text, publisher, language,
url, warnings, actor texts and names, the event's words, the place, quotes and
their speakers) holds a labelled payload that would run script if it ever reached
the page as markup or as a link: `<script>`, an `"><img onerror>` breaking out of
an attribute, an `<svg onload>`, and `javascript:` URLs.  Any script that runs bumps
`window.__xss`, so a browser test only has to look at that one global.

Next to them, articles whose ids hold "/", "?", "#", "&", "%", spaces and non-ASCII
(feed articles are named by their URL) must open from the dashboard.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwire.coding.ontology import load_ontology
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
from eventwire.store.db import EventStore

MARK = "window.__xss=(window.__xss||0)+1"
SCRIPT = f"<script>{MARK}</script>"
BREAKOUT = f'"><img src=x onerror="{MARK}">'
SVG_ONLOAD = f"'><svg onload=\"{MARK}\">"
JS_URL = f"javascript:{MARK}"


def payload(field: str) -> str:
    """A hostile string naming the field it was put in."""
    return f"{field} {SCRIPT}{BREAKOUT}{SVG_ONLOAD}"


HOSTILE_ID = f"evil/{BREAKOUT}{SCRIPT}"  # an id is shown and put into links, too
HOSTILE_COPY_ID = f"copy/{SVG_ONLOAD}"
JS_ID = "javascript:alert(document.domain)"

# Article ids the dashboard must route: a feed path, a URL with query and fragment,
# spaces and a percent sign, non-ASCII, and a trailing slash.
AWKWARD_IDS = (
    "feed/a/1",
    "https://example.com/x?a=1&b=2#frag",
    "with space and 100% sure",
    "ünïcødé/日本語 ?&=#",
    "https://example.org/news/",
)

# URLs that must not become links (each shown as plain text), and two that must.
BAD_URLS = (
    JS_URL,
    f" \tJaVaScRiPt:{MARK}",
    f"data:text/html,<script>{MARK}</script>",
    f"vbscript:{MARK}",
    "//evil.example/x",
    "/relative/path",
)
GOOD_URLS = ("https://example.com/x?a=1&b=2#frag", "http://example.org/plain")

CAMEO = "190"
DATE = dt.date(2022, 3, 4)


def _actor(text: str, country: str, name: str) -> Actor:
    return Actor(text=text, country=country, sector="GOV", code=country + "GOV", name=name,
                 entry=f"countries:{country}", reason="test table")


def _coded(article_id: str, *, title: str, url: str, publisher: str = "Wire", language: str = "en",
           source_text: str = "Russia", target_text: str = "Ukraine", verb: str = "shelled",
           source_name: str = "Russia", target_name: str = "Ukraine", place: str = "",
           quote: str = "", speaker: str = "", warnings: tuple[str, ...] = ()) -> CodedArticle:
    sentence = f"{source_text} {verb} {target_text}."
    quoted = f' "{quote}" said {speaker}.' if quote else ""
    text = f"{title}\n\n{sentence}{quoted}\n"
    s_start = text.index(sentence)
    src, vrb = s_start, s_start + len(source_text) + 1
    tgt = vrb + len(verb) + 1
    source, target = _actor(source_text, "RUS", source_name), _actor(target_text, "UKR", target_name)
    ontology = load_ontology()
    plover_event, plover_mode, plover_context = ontology.plover(CAMEO)
    event = Event(
        source=source, target=target, cameo=ontology[CAMEO], modality=Modality.ASSERTED,
        evidence=Evidence(sentence=sentence, sentence_index=1, sentence_start=s_start, event_text=verb,
                          event_start=vrb, event_end=vrb + len(verb), source_text=source_text,
                          source_start=src, source_end=src + len(source_text), target_text=target_text,
                          target_start=tgt, target_end=tgt + len(target_text), lexicon_entry="test:190",
                          rule="active"),
        plover_event=plover_event, plover_mode=plover_mode, plover_context=plover_context,
        date=EventDate(DATE, source="publication"),
        location=Location(name=place, country="UKR", resolution="city") if place else None,
    )
    quotes = ()
    if quote:
        q_start = text.index(quote)
        quotes = (Quote(text=quote, start=q_start, end=q_start + len(quote),
                        speaker=_actor(speaker, "RUS", speaker), direct=True),)
    article = Article(id=article_id, text=text, published=DATE, title=title, url=url, publisher=publisher,
                      language=language)
    return CodedArticle(article=article, events=(event,), quotes=quotes, warnings=warnings)


HOSTILE = _coded(
    HOSTILE_ID, title=payload("title"), url=JS_URL, publisher=payload("publisher"), language=payload("language"),
    source_text=payload("source"), target_text=payload("target"), verb=payload("event"),
    source_name=payload("source name"), target_name=payload("target name"), place=payload("place"),
    quote=payload("quote"), speaker=payload("speaker"), warnings=(payload("warning"),),
)


def build_hostile_store(path: Path) -> Path:
    """The hostile article, a wire copy of it, an article per bad and good URL, and one
    per awkward id; every article has one event RUS -> UKR."""
    with EventStore(path) as store:
        store.add(HOSTILE)
        store.add_duplicate(
            Article(id=HOSTILE_COPY_ID, text=HOSTILE.article.text, published=DATE, title=payload("copy title"),
                    url=JS_URL, publisher=payload("copy publisher")),
            of=HOSTILE_ID, similarity=1.0)
        store.add(_coded(JS_ID, title="An id that looks like a script URL", url=JS_URL, verb="attacked"))
        for number, url in enumerate(BAD_URLS + GOOD_URLS):
            store.add(_coded(f"url{number}", title=f"URL {number}", url=url, verb=f"bombed{number}"))
        for number, article_id in enumerate(AWKWARD_IDS):
            store.add(_coded(article_id, title=f"Awkward id {number}", url="https://example.com/a",
                             verb=f"raided{number}"))
    return path
