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
SHINGLE = 4


@dataclass(frozen=True, slots=True)
class DocumentPair:
    a: int
    b: int
    score: float  # Jaccard similarity of word 4-shingles, 0..1
    containment: float  # share of the smaller document's shingles found in the other


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {
        zlib.crc32(" ".join(words[i : i + k]).encode("utf-8"))
        for i in range(max(1, len(words) - k + 1))
    }


def near_duplicates(
    docs: dict[int, str], *, threshold: float = 0.1, max_df: int = 50
) -> list[DocumentPair]:
    """Pairs of documents whose shingle containment reaches `threshold`, best first.

    Containment (shared / smaller set) rather than Jaccard decides, so a short
    report that repeats part of a long feature is still found; both are given.
    """
    sets = {doc_id: shingles(text) for doc_id, text in docs.items()}
    index: dict[int, list[int]] = defaultdict(list)
    for doc_id, sh in sets.items():
        for s in sh:
            index[s].append(doc_id)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        if 1 < len(ids) <= max_df:
            for a, b in combinations(sorted(ids), 2):
                shared[(a, b)] += 1
    out = []
    for (a, b), n in shared.items():
        sa, sb = sets[a], sets[b]
        containment = n / min(len(sa), len(sb))
        if containment >= threshold:
            out.append(DocumentPair(a, b, n / len(sa | sb), containment))
    out.sort(key=lambda p: (-p.containment, p.a, p.b))
    return out
