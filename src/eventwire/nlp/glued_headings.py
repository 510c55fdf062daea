"""A spaCy component that cuts a section heading off the sentence it was glued to.

Scraped copy often loses the line break after a section heading, so the heading runs into
the next sentence with no punctuation between them: "... the chief minister said. Blaming
neighbors Tuesday's attack marked a dramatic escalation ...", "Airstrikes kill 50 militants
Hours after ending the siege, officials said ...".  Parsed whole, the heading becomes part of
the sentence ("Blaming" an accusation with "Tuesday's attack" as accuser).

A heading is found where a sentence opens with two to six words (no punctuation), the last a
lower-case common noun, and a capitalised word follows that cannot go on the phrase: a word
capitalised only because it opens a sentence ("The", "Since", "Hours"), or, after a heading
that opens without a determiner, a capitalised adjective or a possessive name ("Chinese
officials", "Tuesday's attack") -- a noun is never followed by a new noun phrase with no
punctuation between.  The body then starts a sentence of its own, and the heading's token
span is kept in the Doc's user_data so the coder reads it for nothing (as it skips headings
set on their own line).  Runs after the tagger and before the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .normalise import SENTENCE_END

COMPONENT_NAME = "eventwire_glued_headings"
HEADINGS_KEY = "eventwire_glued_headings"
MIN_HEADING_TOKENS = 2
MAX_HEADING_TOKENS = 6
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# capitalised mid-phrase for reasons other than opening a sentence: names, and nationality
# adjectives ("the deal European leaders signed"), only trusted after a heading with no determiner
NAME_LIKE_TAGS = PROPER_NOUN_TAGS | {"JJ"}
DETERMINER_TAGS = frozenset({"DT", "PRP$", "WDT"})


def _opening_positions(doc: Doc) -> list[int]:
    """Token indices where a sentence opens after closing punctuation.  The text's own start is left
    out: a title there is the headline's business (normalise.is_headline), and a one-sentence text
    opening on a role and a name ("Zairean foreign minister Kabila's visit") is no heading."""
    starts: list[int] = []
    for i, tok in enumerate(doc[:-1]):
        closes = tok.text[-1:] in ".!?" or (tok.text in ('"', "'") and i > 0 and doc[i - 1].text[-1:] in ".!?")
        if closes and not doc[i + 1].is_space and doc[i + 1].text not in ('"', "'"):
            starts.append(i + 1)
    return starts


def _body_start(doc: Doc, start: int) -> int | None:
    """The index where the sentence body starts after a heading opening at `start`, or None."""
    if not doc[start].is_title:
        return None
    last = min(start + MAX_HEADING_TOKENS, len(doc) - 1)
    for k in range(start + MIN_HEADING_TOKENS, last + 1):
        word, prev = doc[k], doc[k - 1]
        if not (prev.is_alpha or prev.like_num or prev.text == "-") or prev.text[-1:] in SENTENCE_END:
            return None  # punctuation: an ordinary sentence
        if not (word.is_title and prev.tag_ in COMMON_NOUN_TAGS and prev.is_lower):
            continue
        if word.tag_ == "PRP":
            return None  # "the one thing I know": "I" is capitalised anywhere
        if word.tag_ not in NAME_LIKE_TAGS:
            return k
        possessive = k + 1 < len(doc) and doc[k + 1].tag_ == "POS"
        # a name-like word goes on a longer noun phrase ("the deal European leaders signed", "two former
        # state Democratic lawmakers"); after a bare short phrase it opens the body
        bare = doc[start].tag_ not in DETERMINER_TAGS and not any(t.tag_ in ("CC", "CD") for t in doc[start:k])
        if bare and (word.tag_ == "JJ" or possessive):
            return k
        return None  # "Police arrested Ahmed Khan": a name goes on the phrase
    return None


def glued_headings(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token spans of headings glued to the sentence that follows them."""
    found = []
    for start in _opening_positions(doc):
        body = _body_start(doc, start)
        if body is not None:
            found.append((start, body))
    return found


def is_glued_heading(sent: Span) -> bool:
    """Whether the sentence is a heading cut off the sentence it was glued to."""
    return (sent.start, sent.end) in sent.doc.user_data.get(HEADINGS_KEY, ())


@Language.component(COMPONENT_NAME)
def split_glued_headings(doc: Doc) -> Doc:
    spans = glued_headings(doc)
    for start, body in spans:
        doc[start].is_sent_start = True
        for inside in doc[start + 1:body]:
            inside.is_sent_start = False  # the parser keeps the heading one sentence
        doc[body].is_sent_start = True
    doc.user_data[HEADINGS_KEY] = tuple(spans)
    return doc
