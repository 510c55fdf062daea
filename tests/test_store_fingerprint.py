"""Fingerprints: MinHash estimates track the true overlap; copies share bands, strangers don't."""

from __future__ import annotations

import random

import pytest

from eventwire.store import fingerprint as fpr

VOCAB = [f"w{i}" for i in range(3000)]


def words(n: int, rng: random.Random) -> list[str]:
    return [rng.choice(VOCAB) for _ in range(n)]


def true_overlap(a: list[str], b: list[str]) -> float:
    sa, sb = fpr.shingle_set(a), fpr.shingle_set(b)
    return len(sa & sb) / min(len(sa), len(sb))


@pytest.mark.parametrize("edits", [0, 5, 20, 60])
def test_estimated_overlap_tracks_the_true_overlap(edits):
    """For texts with 0-60 edited words the estimate is within 0.15 of the exact overlap."""
    rng = random.Random(edits)
    base = words(400, rng)
    edited = list(base)
    for i in range(edits):
        edited[rng.randrange(len(edited))] = f"new{i}"
    estimate = fpr.similarity(fpr.fingerprint(" ".join(base)), fpr.fingerprint(" ".join(edited)))
    assert abs(estimate - true_overlap(base, edited)) < 0.15


def test_unrelated_texts_sharing_stock_phrases_are_not_similar():
    """Different stories built from the same phrases (a few shared shingles) score low."""
    rng = random.Random(3)
    stock = words(12, rng)
    a = words(150, rng) + stock + words(150, rng)
    b = words(150, rng) + stock + words(150, rng)
    assert true_overlap(a, b) < 0.05
    assert fpr.similarity(fpr.fingerprint(" ".join(a)), fpr.fingerprint(" ".join(b))) < 0.2
    assert not set(fpr.fingerprint(" ".join(a)).bands) & set(fpr.fingerprint(" ".join(b)).bands)


def test_truncated_copy_overlaps_fully_and_shares_a_band():
    """A copy with its second half cut is contained in the original: overlap near 1, a band shared."""
    rng = random.Random(5)
    original = words(400, rng)
    cut = original[:220]
    a, b = fpr.fingerprint(" ".join(original)), fpr.fingerprint(" ".join(cut))
    assert fpr.similarity(a, b) > 0.85
    assert set(a.bands) & set(b.bands)


def test_case_accents_and_punctuation_do_not_change_the_identity_hash():
    """Identical means identical words: case, accents and punctuation are ignored."""
    a = fpr.fingerprint("Café talks: Iran, Russia agree!")
    b = fpr.fingerprint("cafe TALKS - iran russia agree")
    assert a.norm_hash == b.norm_hash


def test_short_texts_get_no_signature():
    """Texts under the minimum length are matched only when identical."""
    fp = fpr.fingerprint("Russia visited Iran on Monday.")
    assert (fp.signature, fp.bands) == (b"", ())
