"""Where the extractor stands on every annotated set, field by field (GUIDELINE §8).

Three sets, read as `solieu extract` reads them (the document's date and place):
  seeds     the five real articles the rules were first written from;
  devset    tests/core/devset: articles on other topics, which the rules were tuned on;
  heldout   bench/heldout: articles written blind to the rules, never tuned on. Its
            scores are the nearest this repository has to unseen text: a rule that
            lifts the devset and not this one fits the devset's sentences.
Prints one line per set: recall, precision, exact value, qualifier, change, place,
period, measure F1 and the one-key share. Run by hand: `python bench/identity.py
[--verbose]` (--verbose lists each set's wrong places, periods and measures).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core"))
from gold_scoring import load_gold, predict_as_cli, score  # noqa: E402 - the judge's matching

SETS = {
    "seeds": ROOT / "seeds",
    "devset": ROOT / "tests" / "core" / "devset",
    "heldout": ROOT / "bench" / "heldout",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    print(
        f"{'set':8} {'figs':>5} {'recall':>7} {'prec':>6} {'value':>6} {'qual':>6} "
        f"{'change':>6} {'place':>6} {'period':>6} {'measure':>7} {'one_key':>7}"
    )
    for name, folder in SETS.items():
        s = score(load_gold(folder / "gold"), predict_as_cli(folder))
        print(
            f"{name:8} {s.tp + s.fn:5d} {s.recall:7.3f} {s.precision:6.3f} "
            f"{s.exact / max(s.tp, 1):6.3f} {s.qualifier_ok / max(s.tp, 1):6.3f} "
            f"{s.change_ok / max(s.tp, 1):6.3f} {s.place_acc:6.3f} {s.period_acc:6.3f} "
            f"{s.measure_f1:7.3f} {s.one_key_share:7.3f}"
        )
        if args.verbose:
            for label, rows in (
                ("missed", s.misses),
                ("spurious", s.spurious),
                ("place", s.bad_place),
                ("period", s.bad_period),
                ("measure", s.bad_measure),
            ):
                for row in rows:
                    print(f"    {label:8} {row}")


if __name__ == "__main__":
    main()
