"""A spaCy component that starts a new sentence at every paragraph break.

The small English model glues a heading onto the next sentence ("New chapter in
Iran-Russia defense cooperation begins Hatami stated ..."), making the heading the
subject.  Blank lines, and single line breaks after closing punctuation, are hard
sentence boundaries; the parser respects boundaries set before it runs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .normalise import SENTENCE_END

COMPONENT_NAME = "eventwire_paragraphs"


def _breaks_after(doc: Doc, i: int) -> bool:
    token = doc[i]
    ws = token.text if token.is_space else token.whitespace_
    if "\n" not in ws:
        return False
    if ws.count("\n") >= 2 or (token.is_space and "\n\n" in token.text):
        return True
    # a single line break: a boundary only after closing punctuation (hard-wrapped prose continues)
    prev = doc[i - 1] if token.is_space and i > 0 else token
    return prev.text[-1:] in SENTENCE_END


@Language.component(COMPONENT_NAME)
def paragraph_sentences(doc: Doc) -> Doc:
    for i in range(len(doc) - 1):
        if _breaks_after(doc, i):
            nxt = i + 1
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc):
                doc[nxt].is_sent_start = True
    return doc


def paragraph_count(text: str) -> int:
    return sum(1 for block in text.split("\n\n") if block.strip())


def paragraph_of(text: str, offset: int) -> str:
    """The paragraph (blank-line delimited) that holds character `offset`."""
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return text[start + 2 if start != -1 else 0: end if end != -1 else len(text)]
