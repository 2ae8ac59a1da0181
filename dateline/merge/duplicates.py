"""Near-duplicate reports: word-shingle Jaccard, MinHash signatures and LSH bands.

Exact copies share ``Article.id`` (a content hash). A re-worded revision or a copy with a
changed headline does not, so two reports count as one when the Jaccard similarity of their
word 3-shingles is at least ``NEAR_DUPLICATE`` and they were published within
``NEAR_DUPLICATE_DAYS`` of each other (see docs/store.md for how the threshold was measured
on kcna-2024).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np

__all__ = [
    "NEAR_DUPLICATE",
    "NEAR_DUPLICATE_DAYS",
    "MinHasher",
    "duplicate_groups",
    "is_near_duplicate",
    "jaccard",
    "shingles",
]

#: Jaccard of word 3-shingles from which two reports published close together are one report.
NEAR_DUPLICATE = 0.5
#: Revisions and cross-posts appear the same day; a day of slack covers time zones.
NEAR_DUPLICATE_DAYS = 1
_WORD = re.compile(r"\w+")
#: The largest prime below 2**32: a*x + b stays under 2**64 and wraps often enough to mix.
_PRIME = 4294967291


def shingles(text: str, k: int = 3) -> frozenset[int]:
    """Hashes of the word k-grams of ``text``, blind to case and punctuation."""
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        words = words + [""] * (k - len(words))
    grams = (" ".join(words[i:i + k]) for i in range(len(words) - k + 1))
    return frozenset(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def is_near_duplicate(a: frozenset[int], b: frozenset[int], day_a: dt.date | None, day_b: dt.date | None,
                      *, threshold: float = NEAR_DUPLICATE) -> float | None:
    """The similarity when two reports are the same report, else None (symmetric)."""
    if day_a is not None and day_b is not None and abs((day_a - day_b).days) > NEAR_DUPLICATE_DAYS:
        return None
    sim = jaccard(a, b)
    return sim if sim >= threshold else None


@dataclass(frozen=True)
class MinHasher:
    """MinHash signatures cut into LSH bands; 16 bands of 4 rows find pairs from Jaccard ~0.5."""

    permutations: int = 64
    bands: int = 16
    seed: int = 1

    def __post_init__(self) -> None:
        if self.permutations % self.bands:
            raise ValueError("permutations must be a multiple of bands")

    def _params(self) -> tuple[np.ndarray, np.ndarray]:
        rng = np.random.default_rng(self.seed)
        a = rng.integers(1, _PRIME, self.permutations, dtype=np.uint64)
        b = rng.integers(0, _PRIME, self.permutations, dtype=np.uint64)
        return a, b

    def signature(self, hashes: Iterable[int]) -> np.ndarray:
        """The ``permutations`` minimum hashes (uint64) of a shingle set."""
        x = np.fromiter(hashes, dtype=np.uint64) % np.uint64(_PRIME)
        if x.size == 0:
            return np.zeros(self.permutations, dtype=np.uint64)
        a, b = self._params()
        # a, b, x < 2**32, so a*x + b fits in 64 bits before the modulus
        return ((np.outer(a, x) + b[:, None]) % np.uint64(_PRIME)).min(axis=1)

    def band_keys(self, signature: np.ndarray) -> list[tuple[int, int]]:
        """(band number, 63-bit hash of the band's rows) for the LSH index."""
        rows = self.permutations // self.bands
        out = []
        for band in range(self.bands):
            chunk = signature[band * rows:(band + 1) * rows].tobytes()
            out.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1))
        return out


def duplicate_groups(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each id's group representative: the smallest id connected to it through ``pairs``."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        if a not in parent or b not in parent:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in parent}
