"""Text fingerprints for finding identical and near-identical articles (wire copies).

An article's normalised words give an exact hash (identical after case, accents
and punctuation are ignored) and a MinHash signature over its set of word
5-shingles.  Signature agreement estimates the Jaccard similarity J of two
articles; with the two set sizes it also gives their overlap, the share of the
shorter article found in the longer one:

    |A & B| = J * (|A| + |B|) / (1 + J)        overlap = |A & B| / min(|A|, |B|)

Overlap is the similarity we threshold: a wire copy with a new byline, a few
edited words or its last paragraphs cut is still mostly contained in the
original, though its Jaccard similarity falls with every cut paragraph.

The signature is cut into bands; articles sharing any band are candidates
(locality-sensitive hashing), so finding copies is a handful of indexed
look-ups however large the store grows.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

from ..model import content_id

# Changing any of these changes every signature: bump FINGERPRINT_VERSION so a
# store built with the old values re-indexes itself (see EventStore).
FINGERPRINT_VERSION = "minhash-v2"
SHINGLE_WORDS = 5
# 30 bands of 4 rows: a pair becomes a candidate with probability 1-(1-J**4)**30:
# 0.86 at Jaccard 0.5 (a copy cut to half), 0.98 at 0.6, ~1 above 0.7; 0.05 at 0.2.
NUM_PERMUTATIONS = 120
BANDS = 30
ROWS_PER_BAND = NUM_PERMUTATIONS // BANDS
# Below this many words near-duplicate detection is unreliable (two short
# articles differ by a word or two and still mean different things): such
# articles are matched only when identical.
MIN_WORDS_FOR_NEAR_DUPLICATE = 25

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """What the store keeps to recognise an article's copies."""

    norm_hash: str  # hash of the normalised words: equal means identical text
    signature: bytes  # MinHash values (uint32), b"" for short articles
    bands: tuple[int, ...]  # one signed 64-bit key per band, () for short articles
    shingles: int = 0  # size of the shingle set


def normalised_words(text: str) -> list[str]:
    """Lower-cased words with accents folded: what two copies of a story share."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _WORD.findall(folded)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Fixed (a, b) pairs of 64-bit multiply-shift hashes, derived from names rather
    than a random generator so they never change between versions."""
    a = np.empty(NUM_PERMUTATIONS, dtype=np.uint64)
    b = np.empty(NUM_PERMUTATIONS, dtype=np.uint64)
    for i in range(NUM_PERMUTATIONS):
        digest = hashlib.blake2b(f"eventwire-minhash-{i}".encode(), digest_size=16).digest()
        a[i] = int.from_bytes(digest[:8], "big") | 1  # odd multiplier
        b[i] = int.from_bytes(digest[8:], "big")
    return a, b


def shingle_set(words: list[str]) -> set[str]:
    k = SHINGLE_WORDS
    return {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}


def minhash(shingles: set[str]) -> np.ndarray:
    """MinHash signature (uint32 array) of a shingle set.

    Each permutation is h(x) = ((a*x + b) mod 2**64) >> 32 (multiply-shift): the
    wrap-around multiplication mixes every input bit into the high bits, so the
    permutations are independent.  (A small multiplier with no wrap-around would
    keep nearly the same order in every permutation and make unrelated articles
    look alike.)
    """
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64)
    a, b = _permutations()
    values = (np.outer(hashes, a) + b) >> np.uint64(32)  # uint64 arrays wrap: mod 2**64
    return values.min(axis=0).astype(np.uint32)


def band_keys(signature: np.ndarray) -> tuple[int, ...]:
    keys = []
    for band in range(BANDS):
        rows = signature[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        digest = hashlib.blake2b(bytes([band]) + rows.tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


def fingerprint(text: str) -> Fingerprint:
    words = normalised_words(text)
    norm = content_id(" ".join(words), length=32)
    if len(words) < MIN_WORDS_FOR_NEAR_DUPLICATE:
        return Fingerprint(norm, b"", ())
    shingles = shingle_set(words)
    signature = minhash(shingles)
    return Fingerprint(norm, signature.tobytes(), band_keys(signature), len(shingles))


def overlaps(fp: Fingerprint, signatures: list[bytes], sizes: list[int]) -> np.ndarray:
    """Estimated overlap of `fp` with each stored article (signature, shingle count)."""
    if not fp.signature or not signatures:
        return np.zeros(len(signatures))
    mine = np.frombuffer(fp.signature, dtype=np.uint32)
    theirs = np.frombuffer(b"".join(signatures), dtype=np.uint32).reshape(len(signatures), -1)
    jaccard = (theirs == mine).mean(axis=1)
    n_mine = max(fp.shingles, 1)
    n_theirs = np.maximum(np.asarray(sizes, dtype=float), 1.0)
    common = jaccard * (n_mine + n_theirs) / (1.0 + jaccard)
    return np.minimum(1.0, common / np.minimum(n_mine, n_theirs))


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated overlap of two articles (1.0: one contains the other)."""
    if not a.signature or not b.signature:
        return 1.0 if a.norm_hash == b.norm_hash else 0.0
    return float(overlaps(a, [b.signature], [b.shingles])[0])
