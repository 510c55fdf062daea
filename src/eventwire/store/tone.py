"""An article's tone as GDELT defines it: the percentage of its words that are positive minus
the percentage that are negative (-100 to +100; news mostly falls between -10 and +10).

The word list is VADER's (`vader_lexicon.txt` of the `vaderSentiment` package on PyPI, MIT
licence, C.J. Hutto): 7,500 entries rated by human judges, nouns and verbs included, so the
words news is made of ("killed", "attack", "war", "peace", "agreement") carry a polarity.  A
word counts as positive when its mean rating is above zero, negative below.  VADER's rules
(negation, intensifiers, capitals) are not applied: GDELT's tone is a plain word count.  Why
VADER and not another list: docs/exports.md, "AvgTone".

Tone is computed once per article when its row is written, and stored (`articles.tone`).
"""

from __future__ import annotations

import functools
import re
from importlib import metadata, resources

from ..errors import StoreError

LEXICON_PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"
# Words are runs of letters, with inner apostrophes ("don't"); digits and punctuation are not words.
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


@functools.cache
def polarities() -> dict[str, int]:
    """Lexicon word -> +1 (positive) or -1 (negative); neutral entries are left out."""
    try:
        text = resources.files(LEXICON_PACKAGE).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as e:
        raise StoreError(
            f"the tone lexicon {LEXICON_PACKAGE}/{LEXICON_FILE} is missing; pip install vaderSentiment"
        ) from e
    words: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        cells = line.split("\t")
        if len(cells) < 2:
            continue
        try:
            rating = float(cells[1])
        except ValueError as e:
            raise StoreError(f"rating {cells[1]!r} is not a number", where=f"{LEXICON_FILE}:{lineno}") from e
        if rating:
            words[cells[0].lower()] = 1 if rating > 0 else -1
    return words


def tone_method() -> str:
    """Names the word list and counting rule; stored tones are recomputed when it changes."""
    return f"word-percent-1 {LEXICON_PACKAGE} {metadata.version(LEXICON_PACKAGE)}"


def article_tone(text: str) -> float:
    """Percentage of positive words minus percentage of negative words; 0.0 for no words."""
    words = _WORD.findall(text.translate(_APOSTROPHES).lower())
    if not words:
        return 0.0
    lexicon = polarities()
    balance = sum(lexicon.get(word, 0) for word in words)
    return 100.0 * balance / len(words)
