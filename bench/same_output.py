"""One hash of everything the extractor says about a fixed set of texts: run it before
and after a change meant to be a speed-up only, and compare the two lines.

The texts: the seed articles, the devset's invented articles, a varied corpus of the
seeds (`extract.build_corpus`, fixed seed), one long document made of them, and a stress
text (final sigma, "İ", text with no spaces, lone numbers). What is hashed, per text:
every figure's record (`Figure.as_record()`, keys sorted), the warnings, the document's
place. Prints the hash, the figure count and the time, e.g.
`same_output 1f3a… 12,345 figures 21.4 s`. Run by hand: `python bench/same_output.py
[--mb 1.5]`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import SEEDS, build_corpus  # noqa: E402 - the bench's corpus, beside this file
from solieu.extract.document import extract_document  # noqa: E402
from solieu.text import load_document  # noqa: E402

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "core" / "devset"
STRESS = (
    "ΣΊΣΥΦΟΣ ΟΔΟΣ 12 tỷ đồng. İstanbul 5 triệu USD. "
    + "x" * 5000
    + " 3,5% 1.234.567 người ngày 1/2/2024 quý I/2025 6 tháng đầu năm 2024 "
)


def texts(mb: float) -> list[tuple[str, str | None]]:
    out = []
    for folder in (SEEDS, DEVSET):
        for path in sorted(folder.rglob("*.txt")):
            doc = load_document(path, place=False)
            out.append((doc.text, doc.meta.get("date")))
    corpus = build_corpus(mb, seed=3)
    out += [(t, None) for t in corpus]
    out.append(("\n\n".join(corpus[:200]), None))
    out.append((STRESS, None))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.5, help="size of the varied corpus")
    args = ap.parse_args()
    digest = hashlib.sha256()
    figures = 0
    started = time.perf_counter()
    for text, date in texts(args.mb):
        result = extract_document(text, doc_date=date, with_place=True)
        for fig in result.figures:
            digest.update(json.dumps(fig.as_record(), sort_keys=True, ensure_ascii=False,
                                     default=str).encode())  # fmt: skip
        digest.update(repr([(w.start, w.reason) for w in result.warnings]).encode())
        digest.update(repr(result.place).encode())
        figures += len(result.figures)
    seconds = time.perf_counter() - started
    print(f"same_output {digest.hexdigest()[:16]} {figures:,} figures {seconds:.1f} s")


if __name__ == "__main__":
    main()
