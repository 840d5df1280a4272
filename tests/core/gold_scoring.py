"""The seed gold scoring rules (guideline: spans overlap, borderline ignored), for tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path


def dec(x) -> Decimal | None:
    try:
        return Decimal(str(x)).normalize()
    except (InvalidOperation, TypeError, ValueError):
        return None


def overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    exact: int = 0
    qualifier_ok: int = 0
    change_ok: int = 0
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    bad_qualifier: list = field(default_factory=list)
    bad_change: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0


def load_gold(gold_dir: Path) -> dict[str, list[dict]]:
    out = {}
    for p in sorted(gold_dir.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        out[g["document"]] = g["figures"]
    return out


def score(gold: dict[str, list[dict]], preds: dict[str, list[dict]]) -> Score:
    """Match predictions to gold per document the way the judge does."""
    s = Score()
    for doc, figs in gold.items():
        ps = preds.get(doc, [])
        used: set[int] = set()
        matched: dict[int, int] = {}
        for gi, g in enumerate(figs):
            best = None
            for pi, p in enumerate(ps):
                if pi in used or not overlaps(g, p):
                    continue
                best = pi
                if dec(p.get("value")) == dec(g["value"]):
                    break
            if best is not None:
                used.add(best)
                matched[gi] = best
        for gi, g in enumerate(figs):
            if gi in matched:
                continue
            for pi, p in enumerate(ps):
                if pi in used:
                    continue
                if (
                    dec(p.get("value")) == dec(g["value"])
                    and p.get("unit_class") == g["unit_class"]
                    and str(p.get("text", "")).split()[:1] == g["text"].split()[:1]
                ):
                    used.add(pi)
                    matched[gi] = pi
                    break
        for gi, g in enumerate(figs):
            if g.get("borderline"):
                continue
            if gi not in matched:
                s.fn += 1
                s.misses.append((doc, g["text"]))
                continue
            p = ps[matched[gi]]
            s.tp += 1
            if dec(p.get("value")) == dec(g["value"]) and p.get("unit_class") == g["unit_class"]:
                s.exact += 1
            else:
                s.wrong.append((doc, g["text"], p.get("value"), p.get("unit_class")))
            if (p.get("qualifier") or None) == (g.get("qualifier") or None):
                s.qualifier_ok += 1
            else:
                s.bad_qualifier.append((doc, g["text"], p.get("qualifier"), g.get("qualifier")))
            if bool(p.get("change")) == bool(g.get("change")):
                s.change_ok += 1
            else:
                s.bad_change.append((doc, g["text"], p.get("change"), g.get("change")))
        borderline_hits = {
            matched[gi] for gi, g in enumerate(figs) if g.get("borderline") and gi in matched
        }
        for pi, p in enumerate(ps):
            if pi in used and pi not in borderline_hits:
                continue
            if pi in borderline_hits or any(g.get("borderline") and overlaps(g, p) for g in figs):
                continue
            s.fp += 1
            s.spurious.append((doc, p.get("text")))
    for doc in set(preds) - set(gold):
        s.fp += len(preds[doc])
    return s
