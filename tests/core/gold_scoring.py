"""The seed gold scoring rules (guideline: spans overlap, borderline ignored), for tests.

A port of `score.py` beside the gold: the same matching, and for GUIDELINE section 8
place and period by exact match (equivalent periods equal), measure by syllable F1,
and `one_key`, the share of gold figures a reviewer confirms with one key.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path


def dec(x) -> Decimal | None:
    try:
        return Decimal(str(x)).normalize()
    except (InvalidOperation, TypeError, ValueError):
        return None


def syllables(x) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", str(x or "")).lower())


def measure_f1(gold, pred) -> float:
    g, p = syllables(gold), syllables(pred)
    if not g and not p:
        return 1.0
    common = sum(min(g.count(w), p.count(w)) for w in set(g))
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def canonical_period(x) -> str | None:
    """ISO 8601 period in its shortest equivalent form (whole months, whole years)."""
    if not isinstance(x, str) or not x.strip():
        return None
    x = x.strip()
    a, sep, b = x.partition("/")
    if not sep:
        return x

    def parts(t):
        return [int(v) for v in t.split("-")] if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", t) else None

    pa, pb = parts(a), parts(b)
    if pa is None or pb is None or len(pa) != len(pb):
        return x
    if len(pa) == 3 and pa[2] == 1 and pb[2] == calendar.monthrange(pb[0], pb[1])[1]:
        pa, pb = pa[:2], pb[:2]
    if len(pa) == 2 and pa[1] == 1 and pb[1] == 12:
        pa, pb = pa[:1], pb[:1]

    def fmt(q):
        return "-".join(f"{v:04d}" if i == 0 else f"{v:02d}" for i, v in enumerate(q))

    sa, sb = fmt(pa), fmt(pb)
    return sa if sa == sb else f"{sa}/{sb}"


def same_place(g, p) -> bool:
    def norm(v):
        return (
            unicodedata.normalize("NFC", v).strip().lower()
            if isinstance(v, str) and v.strip()
            else None
        )

    return norm(g) == norm(p)


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
    identity_n: int = 0
    place_ok: int = 0
    period_ok: int = 0
    measure_sum: float = 0.0
    one_key: int = 0
    bad_place: list = field(default_factory=list)
    bad_period: list = field(default_factory=list)
    bad_measure: list = field(default_factory=list)

    @property
    def place_acc(self) -> float:
        return self.place_ok / self.identity_n if self.identity_n else 0.0

    @property
    def period_acc(self) -> float:
        return self.period_ok / self.identity_n if self.identity_n else 0.0

    @property
    def measure_f1(self) -> float:
        return self.measure_sum / self.identity_n if self.identity_n else 0.0

    @property
    def one_key_share(self) -> float:
        return self.one_key / (self.tp + self.fn) if self.tp + self.fn else 0.0

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
            if "place" in g and "period" in g:
                _score_identity(s, doc, g, p)
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


def _score_identity(s: Score, doc: str, g: dict, p: dict) -> None:
    s.identity_n += 1
    pl = same_place(g["place"], p.get("place"))
    pe = canonical_period(g["period"]) == canonical_period(p.get("period"))
    mf = measure_f1(g.get("measure"), p.get("measure"))
    s.place_ok += pl
    s.period_ok += pe
    s.measure_sum += mf
    if not pl:
        s.bad_place.append((doc, g["text"], g["place"], p.get("place")))
    if not pe:
        s.bad_period.append((doc, g["text"], g["period"], p.get("period")))
    if mf < 0.5:
        s.bad_measure.append((doc, g["text"], g.get("measure"), p.get("measure")))
    exact_all = (
        dec(p.get("value")) == dec(g["value"])
        and p.get("unit_class") == g["unit_class"]
        and (p.get("qualifier") or None) == (g.get("qualifier") or None)
        and bool(p.get("change")) == bool(g.get("change"))
    )
    s.one_key += exact_all and pl and pe and mf >= 0.5


def predict_as_cli(folder: Path) -> dict[str, list[dict]]:
    """What `solieu extract` prints for each article of `folder`: the document's date
    and place are the reader's, as the judge's run sees them."""
    from solieu.extract import extract_document
    from solieu.text import load_document

    preds = {}
    for path in sorted(folder.glob("*.txt")):
        doc = load_document(path)
        result = extract_document(doc.text, doc_date=doc.meta.get("date"))
        records = [f.as_record() for f in result.figures]
        for r in records:
            r["place"] = r["place"] or doc.place
        preds[doc.name] = records
    return preds
