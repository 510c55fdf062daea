"""Text fingerprints for finding identical and near-identical articles (wire copies).

An article's normalised words give an exact hash (identical after case, accents
and punctuation are ignored) and a MinHash signature over word 5-shingles, whose
agreement estimates the Jaccard similarity of two articles.  The signature is
cut into bands; articles sharing any band are candidates (locality-sensitive
hashing), so finding near-duplicates is a handful of indexed look-ups however
large the store grows.
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
FINGERPRINT_VERSION = "minhash-v1"
SHINGLE_WORDS = 5
NUM_PERMUTATIONS = 128
BANDS = 32
ROWS_PER_BAND = NUM_PERMUTATIONS // BANDS
# Below this many words near-duplicate detection is unreliable (two short
# articles differ by a word or two and still mean different things): such
# articles are matched only when identical.
MIN_WORDS_FOR_NEAR_DUPLICATE = 25

_MERSENNE_PRIME = (1 << 61) - 1
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """What the store keeps to recognise an article's copies."""

    norm_hash: str  # hash of the normalised words: equal means identical text
    signature: bytes  # MinHash values (uint32), b"" for short articles
    bands: tuple[int, ...]  # one signed 64-bit key per band, () for short articles


def normalised_words(text: str) -> list[str]:
    """Lower-cased words with accents folded: what two copies of a story share."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _WORD.findall(folded)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Fixed (a, b) pairs for the hash family (a*x + b) mod p, derived from names
    rather than a random generator so they never change between versions."""
    a = np.empty(NUM_PERMUTATIONS, dtype=np.uint64)
    b = np.empty(NUM_PERMUTATIONS, dtype=np.uint64)
    for i in range(NUM_PERMUTATIONS):
        digest = hashlib.blake2b(f"eventwire-minhash-{i}".encode(), digest_size=8).digest()
        a[i] = (int.from_bytes(digest[:4], "big") | 1) & 0xFFFFFFFF
        b[i] = int.from_bytes(digest[4:], "big")
    return a, b


def minhash(words: list[str]) -> np.ndarray:
    """MinHash signature (uint32 array) of the word shingles."""
    k = SHINGLE_WORDS
    shingles = {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64)
    a, b = _permutations()
    # a, b and the hashes are below 2**32, so a*x + b stays below 2**64: no overflow.
    values = (np.outer(hashes, a) + b) % np.uint64(_MERSENNE_PRIME)
    return (values.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


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
    signature = minhash(words)
    return Fingerprint(norm, signature.tobytes(), band_keys(signature))


def similarity(signature_a: bytes, signature_b: bytes) -> float:
    """Estimated Jaccard similarity of two articles' shingle sets."""
    if not signature_a or not signature_b:
        return 0.0
    a = np.frombuffer(signature_a, dtype=np.uint32)
    b = np.frombuffer(signature_b, dtype=np.uint32)
    return float(np.mean(a == b))
