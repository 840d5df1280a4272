"""Extractor throughput against a floor measured in the same run.

Builds a corpus of at least --mb megabytes from the seed articles, with every
number replaced by a random Vietnamese-formatted one, then times
  (a) the floor: one pass of the `regex` module with a plain Vietnamese number pattern;
  (b) the full extractor, document by document, on one core.
Prints MB/s for both and the ratio. Run by hand: `python bench/extract.py [--mb 50]`.
"""

from __future__ import annotations

import argparse
import random
import time
from decimal import Decimal
from pathlib import Path

import regex

from solieu.extract import extract_figures
from solieu.extract.numbers import format_vi
from solieu.text import load_document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FLOOR_PATTERN = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def varied(text: str, rng: random.Random) -> str:
    """The same article with fresh numbers: formats, sizes and decimals vary."""

    def repl(m: regex.Match) -> str:
        token = m.group()
        if "/" in text[m.end() : m.end() + 1] or "/" in text[m.start() - 1 : m.start()]:
            return token  # keep dates and document numbers as they are
        if len(token) == 4 and token.startswith(("19", "20")):
            return token
        whole = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10**4, 10**7)])
        frac = rng.choice(["", "", f",{rng.randint(1, 999)}"])
        return format_vi(Decimal(whole)) + frac

    return FLOOR_PATTERN.sub(repl, text)


def build_corpus(mb: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    bases = [load_document(p).text for p in sorted(SEEDS.glob("*.txt"))]
    docs, size = [], 0
    while size < mb * 1_000_000:
        doc = varied(rng.choice(bases), rng)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=50.0)
    args = ap.parse_args()
    docs = build_corpus(args.mb)
    mbytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    joined = "\n\n".join(docs)

    t0 = time.perf_counter()
    n_floor = sum(1 for _ in FLOOR_PATTERN.finditer(joined))
    floor = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_figs = sum(len(extract_figures(d)) for d in docs)
    full = time.perf_counter() - t0

    print(f"corpus: {mbytes:.1f} MB in {len(docs)} documents")
    print(f"floor (regex number pattern): {mbytes / floor:8.1f} MB/s  {n_floor} numbers")
    print(f"extractor (full):             {mbytes / full:8.1f} MB/s  {n_figs} figures")
    print(f"ratio extractor/floor time:   {full / floor:8.1f}x")


if __name__ == "__main__":
    main()
