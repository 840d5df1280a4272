"""Near-duplicate documents: word-shingle Jaccard with an inverted index.

Two reports of one event share long runs of words. Word 4-shingles are hashed;
only documents that share at least one shingle are compared, and a shingle
found in very many documents (boilerplate) is not used to propose pairs, so the
work grows with the overlap, not with the square of the corpus.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+")
SHINGLE = 4  # words per shingle (fixed: the hash mixes exactly four)


@dataclass(frozen=True, slots=True)
class DocumentPair:
    a: int
    b: int
    score: float  # Jaccard similarity of word 4-shingles, 0..1
    containment: float  # share of the smaller document's shingles found in the other


_MASK = (1 << 61) - 1
_K1, _K2, _K3 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Deterministic hashes of the text's word 4-grams.

    Each distinct word is hashed once (crc32) and a 4-gram's hash mixes its
    words' hashes arithmetically: the same in every process (str hashes are
    salted per process), and cheaper than hashing joined strings.
    """
    cache: dict[str, int] = {}
    hs = [cache.setdefault(w, zlib.crc32(w.encode("utf-8"))) for w in _WORD.findall(text.lower())]
    if len(hs) < k:
        return {sum(hs) & _MASK}
    return {
        ((a * _K1) ^ (b * _K2) ^ (c * _K3) ^ d) & _MASK
        for a, b, c, d in zip(hs, hs[1:], hs[2:], hs[3:], strict=False)
    }


SAMPLE = 4  # index one shingle in SAMPLE (by hash): a fair sketch of each document


def near_duplicates(
    docs: dict[int, str], *, threshold: float = 0.1, max_df: int = 50
) -> list[DocumentPair]:
    """Pairs of documents whose shingle containment reaches `threshold`, best first.

    Containment (shared / smaller set) rather than Jaccard decides, so a short
    report that repeats part of a long feature is still found; both are given.
    Candidates come from a hash-sampled sketch (Broder's mod-sampling: the
    shingles whose hash is 0 mod SAMPLE), which keeps the index and the pair
    counts a quarter of the size; scores are estimated on the sketch, without
    the boilerplate shingles found in more than `max_df` documents.
    """
    sets = {doc_id: shingles(text) for doc_id, text in docs.items()}
    index: dict[int, list[int]] = defaultdict(list)
    sampled: dict[int, int] = {}
    for doc_id, sh in sets.items():
        picked = [s for s in sh if s % SAMPLE == 0]
        sampled[doc_id] = max(1, len(picked))
        for s in picked:
            index[s].append(doc_id)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        if 1 < len(ids) <= max_df:
            for pair in combinations(sorted(ids), 2):
                shared[pair] += 1
    out = []
    for (a, b), n in shared.items():
        containment = n / min(sampled[a], sampled[b])
        if containment >= threshold:
            out.append(DocumentPair(a, b, n / (sampled[a] + sampled[b] - n), containment))
    out.sort(key=lambda p: (-p.containment, p.a, p.b))
    return out
