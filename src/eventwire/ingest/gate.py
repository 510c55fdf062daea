"""Decide, before coding, what to do with each article read.

    known      the same id with the same text is stored (or already read this run): skip
    conflict   the same id with a different text is stored: an error unless replacing
    copy       identical or near-identical to a stored or in-flight original: link, don't code
    code       anything else: send to the coder

Articles sent to the coder but not yet stored are "in flight"; the gate remembers
their fingerprints so two copies arriving in the same coder batch are caught too.
The gate may run in the coder's feeder thread, so it reads the store through its
own cursor (committed data only) and guards the in-flight registry with a lock;
entries leave the registry only after their article is committed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ..errors import RecordError
from ..model import Article
from ..store import fingerprint as fpr
from ..store.lookup import DuplicateMatch, Lookup


@dataclass(frozen=True)
class Known:
    article: Article


@dataclass(frozen=True)
class Copy:
    article: Article
    of: str
    similarity: float
    fingerprint: fpr.Fingerprint
    replace: bool


@dataclass(frozen=True)
class ToCode:
    article: Article
    fingerprint: fpr.Fingerprint
    replace: bool


Decision = Known | Copy | ToCode | RecordError


@dataclass
class _InFlight:
    text_hash: dict[str, str] = field(default_factory=dict)  # article id -> text hash (all admitted)
    originals: dict[str, fpr.Fingerprint] = field(default_factory=dict)  # id -> fingerprint (being coded)
    by_norm: dict[str, str] = field(default_factory=dict)  # norm hash -> original id
    by_band: dict[int, set[str]] = field(default_factory=dict)  # band key -> original ids


class DedupGate:
    def __init__(self, lookup: Lookup, *, threshold: float, replace: bool = False) -> None:
        self.lookup = lookup
        self.threshold = threshold
        self.replace = replace
        self._lock = threading.Lock()
        self._flight = _InFlight()

    def admit(self, article: Article) -> Decision:
        with self._lock:
            seen = self._flight.text_hash.get(article.id)
        if seen is not None:
            if seen == article.text_hash:
                return Known(article)
            return RecordError(article.origin or article.id,
                               f"id {article.id!r} was already read in this run with a different text")
        replace = False
        stored = self.lookup.stored_article(article.id)
        if stored is not None:
            if stored.text_hash == article.text_hash:
                return Known(article)
            if not self.replace:
                return RecordError(
                    article.origin or article.id,
                    f"id {article.id!r} is already stored with a different text (use --replace to update it)",
                )
            replace = True
        fp = fpr.fingerprint(article.text)
        with self._lock:
            match = self._in_flight_match(fp)
        if match is None:
            match = self.lookup.find_near_duplicate(fp, threshold=self.threshold, exclude=article.id)
        with self._lock:
            self._flight.text_hash[article.id] = article.text_hash
            if match is not None:
                return Copy(article, match.article_id, match.similarity, fp, replace)
            self._flight.originals[article.id] = fp
            self._flight.by_norm.setdefault(fp.norm_hash, article.id)
            for key in fp.bands:
                self._flight.by_band.setdefault(key, set()).add(article.id)
        return ToCode(article, fp, replace)

    def _in_flight_match(self, fp: fpr.Fingerprint) -> DuplicateMatch | None:
        original = self._flight.by_norm.get(fp.norm_hash)
        if original is not None:
            return DuplicateMatch(original, 1.0)
        candidates: set[str] = set()
        for key in fp.bands:
            candidates |= self._flight.by_band.get(key, set())
        best: DuplicateMatch | None = None
        for candidate in sorted(candidates):
            score = round(fpr.similarity(fp, self._flight.originals[candidate]), 4)
            if score >= self.threshold and (best is None or score > best.similarity):
                best = DuplicateMatch(candidate, score)
        return best

    def resolved(self, article_id: str) -> None:
        """The article is committed (or failed): forget it; the store answers from now on."""
        with self._lock:
            self._flight.text_hash.pop(article_id, None)
            fp = self._flight.originals.pop(article_id, None)
            if fp is None:
                return
            if self._flight.by_norm.get(fp.norm_hash) == article_id:
                del self._flight.by_norm[fp.norm_hash]
            for key in fp.bands:
                ids = self._flight.by_band.get(key)
                if ids is not None:
                    ids.discard(article_id)
                    if not ids:
                        del self._flight.by_band[key]
