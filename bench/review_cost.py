"""What reviewing the seeds costs, in keys: the one-key share and keys per figure.

Scores `solieu extract` on the seed gold the way the guideline's scorer does
(`tests/core/gold_scoring.py` is the same matching), then estimates the keys a
reviewer needs for each gold figure:

* 1 to confirm (Space);
* for each field that is wrong: F2, the characters to type, Enter (a choice field
  such as the unit class or the qualifier counts 2 keys for its list, `change` 1
  for its check box, a measure counts as wrong below F1 0.5);
* a missed figure: the selection (one Shift+→ per character), A, then its fields;
* a spurious figure: 1 (X).

With `--learning`, also a simulated review that learns (bench/review_learning.py):
the first documents reviewed, the later ones with learning on and off.

Run by hand: `python bench/review_cost.py [--seeds DIR] [--verbose] [--learning]`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core"))

from gold_scoring import (  # noqa: E402
    canonical_period,
    dec,
    load_gold,
    measure_f1,
    overlaps,
    same_place,
)

from solieu.extract import extract_document  # noqa: E402
from solieu.extract.numbers import format_vi  # noqa: E402
from solieu.text import load_document  # noqa: E402


def _typed(text: str | None) -> int:
    """F2 + the characters + Enter."""
    return 2 + len(text or "")


def figure_keys(g: dict, p: dict | None) -> tuple[int, list[str]]:
    """Keys to bring prediction `p` (None: missed) to gold `g`, and the fields fixed."""
    if p is None:
        keys = len(g["text"]) + 1 + 1  # select, A, confirm
        return keys + _typed(g.get("measure")), ["missed"]
    keys, fixed = 1, []
    if dec(p.get("value")) != dec(g["value"]):
        keys += _typed(format_vi(dec(g["value"])))
        fixed.append("value")
    if p.get("unit_class") != g["unit_class"]:
        keys += 4
        fixed.append("unit_class")
    if (p.get("qualifier") or None) != (g.get("qualifier") or None):
        keys += 4
        fixed.append("qualifier")
    if bool(p.get("change")) != bool(g.get("change")):
        keys += 1
        fixed.append("change")
    if "place" in g and not same_place(g["place"], p.get("place")):
        keys += _typed(g["place"])
        fixed.append("place")
    if "period" in g and canonical_period(g["period"]) != canonical_period(p.get("period")):
        keys += _typed(g["period"])
        fixed.append("period")
    if "measure" in g and measure_f1(g.get("measure"), p.get("measure")) < 0.5:
        keys += _typed(g.get("measure"))
        fixed.append("measure")
    return keys, fixed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--learning", action="store_true", help="also the learning simulation")
    ap.add_argument("--first", default="000,002", help="documents reviewed first (prefixes)")
    args = ap.parse_args()
    gold = load_gold(args.seeds / "gold")
    total_keys = total_figs = total_one = total_spurious = 0
    print(f"{'document':<28} {'figures':>7} {'one-key':>8} {'keys/figure':>12}")
    for name, figs in gold.items():
        doc = load_document(args.seeds / name)
        result = extract_document(doc.text, doc_date=doc.meta.get("date"))
        preds = [f.as_record() for f in result.figures]
        for p in preds:
            p["place"] = p["place"] or doc.place
        used: set[int] = set()
        keys = one = n = 0
        for g in figs:
            if g.get("borderline"):
                continue
            n += 1
            hit = next(
                (i for i, p in enumerate(preds) if i not in used and overlaps(g, p)),
                None,
            )
            if hit is not None:
                used.add(hit)
            k, fixed = figure_keys(g, preds[hit] if hit is not None else None)
            keys += k
            one += k == 1
            if args.verbose and fixed:
                print(f"  {name}: {' '.join(g['text'].split())!r}: {', '.join(fixed)} ({k} keys)")
        spurious = sum(
            1
            for i, p in enumerate(preds)
            if i not in used and not any(g.get("borderline") and overlaps(g, p) for g in figs)
        )
        keys += spurious
        print(f"{name:<28} {n:>7} {one / n:>8.3f} {keys / n:>12.2f}")
        total_keys += keys
        total_figs += n
        total_one += one
        total_spurious += spurious
    print(
        f"{'total':<28} {total_figs:>7} {total_one / total_figs:>8.3f} "
        f"{total_keys / total_figs:>12.2f}   (floor: 1.00 key per figure; "
        f"{total_spurious} spurious)"
    )
    if args.learning:
        sys.path.insert(0, str(ROOT / "bench"))
        from review_learning import report

        report(args.seeds, gold, args.first.split(","), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
