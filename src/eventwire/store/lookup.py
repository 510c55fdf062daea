"""Look-ups made before coding: is this article stored, or a copy of one that is?"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from . import fingerprint as fpr

DEFAULT_THRESHOLD = 0.8  # estimated overlap at which an article is a copy


@dataclass(frozen=True)
class DuplicateMatch:
    """An already stored article that a new one copies."""

    article_id: str
    similarity: float  # 1.0 for identical text


@dataclass(frozen=True)
class StoredArticle:
    article_id: str
    text_hash: str
    duplicate_of: str | None


class Lookup:
    """Indexed point queries on one DuckDB connection or cursor."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def stored_article(self, article_id: str) -> StoredArticle | None:
        row = self._con.execute(
            "SELECT id, text_hash, duplicate_of FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return StoredArticle(row[0], row[1], row[2]) if row else None

    def find_identical(self, norm_hash: str, *, exclude: str = "") -> str | None:
        """The first stored original (not itself a copy) whose normalised text is the same."""
        rows = self._con.execute(
            "SELECT id, duplicate_of, ingested_at FROM articles WHERE norm_hash = ?", [norm_hash]
        ).fetchall()
        originals = sorted((r[2], r[0]) for r in rows if r[1] is None and r[0] != exclude)
        return originals[0][1] if originals else None

    def find_near_duplicate(
        self, text_or_fp: str | fpr.Fingerprint, *, threshold: float = DEFAULT_THRESHOLD, exclude: str = ""
    ) -> DuplicateMatch | None:
        """The stored original that overlaps this text most, if at least `threshold`
        (see store.fingerprint); identical texts match with 1.0."""
        fp = text_or_fp if isinstance(text_or_fp, fpr.Fingerprint) else fpr.fingerprint(text_or_fp)
        identical = self.find_identical(fp.norm_hash, exclude=exclude)
        if identical:
            return DuplicateMatch(identical, 1.0)
        if not fp.bands:
            return None
        marks = ", ".join("?" for _ in fp.bands)
        found = self._con.execute(
            f"SELECT article_id FROM minhash_bands WHERE band_key IN ({marks})", list(fp.bands)
        ).fetchall()
        candidates = sorted({r[0] for r in found} - {exclude})
        if not candidates:
            return None
        marks = ", ".join("?" for _ in candidates)
        stored = self._con.execute(
            f"SELECT id, minhash, shingles FROM articles WHERE id IN ({marks}) AND minhash IS NOT NULL "
            "ORDER BY ingested_at",
            candidates,
        ).fetchall()
        if not stored:
            return None
        scores = fpr.overlaps(fp, [bytes(r[1]) for r in stored], [r[2] for r in stored])
        best = int(scores.argmax())
        if scores[best] < threshold:
            return None
        return DuplicateMatch(stored[best][0], round(float(scores[best]), 4))

    def close(self) -> None:
        self._con.close()
