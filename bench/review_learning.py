"""The learning mode of `bench/review_cost.py`: a simulated reviewer with the gold as oracle.

The reviewer reviews the first documents (000 and 002 by default) through the same
store edits the window uses: each wrong field is corrected (`SetField`), a figure
confirmed the way Space confirms it (`Learner.confirm`: linked to the codebook),
a spurious one rejected, a missed one added. Then the later documents (001, 003,
004) are imported and reviewed, once with learning on and once with it off:

* on: the measure cell shows the suggested entry; a right one costs nothing more
  than the confirming key. A wrong measure is typed with completion from the
  codebook when an entry fits the gold (F2, the characters until the entry is the
  first completion, Tab), or with the continuation of its words (`learn/complete.py`:
  F2, each character or Ctrl+→ where the word shown is the one wanted, Tab or
  Enter), whichever costs less, else in full. A rule offered by repeated corrections is
  accepted with one key. Spurious figures that resemble rejected ones go with one
  Shift+X for all of them.
* off: the extractor's measure, typed in full when wrong; every spurious one is X.

The keys of every other field follow `review_cost.figure_keys`. Printed: keys per
figure of the later documents both ways, the keys spent on measures, and how many
right suggestions were confirmed with exactly one key.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gold_scoring import canonical_period, dec, measure_f1, overlaps, same_place

from solieu.extract.numbers import format_vi
from solieu.learn.complete import next_word
from solieu.learn.session import Learner
from solieu.model import Status
from solieu.store import AddFigure, Batch, Project, SetField, SetStatus


def _typed(text: str | None) -> int:
    return 2 + len(text or "")


@dataclass
class Tally:
    figures: int = 0
    keys: int = 0
    measure_keys: int = 0
    one_key: int = 0
    suggested_right: int = 0  # right suggestions shown
    suggested_one_key: int = 0  # of those, confirmed with exactly one key
    rules_accepted: int = 0
    notes: list[str] = field(default_factory=list)


def completion_keys(entries, gold_measure: str) -> int | None:
    """F2 + the characters typed + ↓ to the entry fitting the gold in the completion
    list + Tab, at the cheapest number of characters (None: no entry fits)."""
    names = sorted({n for e in entries for n in e.state.names()}, key=str.casefold)
    fitting = {n for n in names if measure_f1(gold_measure, n) >= 0.5}
    best = None
    for target in fitting:
        low = target.casefold()
        for k in range(1, len(target) + 1):
            shown = [n for n in names if low[:k] in n.casefold()]
            cost = 1 + k + shown.index(target) + 1
            best = cost if best is None else min(best, cost)
            if len(shown) == 1:
                break
    return best


def continuation_keys(continuations, target: str) -> int:
    """F2, then each character typed or each continuation taken (Ctrl+→ its next word,
    Tab all of it, which also commits) by a reviewer who takes what the editor shows
    when it is what they were about to type; else Enter."""
    keys, pos = 1, 0
    while pos < len(target):
        shown = continuations.suggest(target[:pos])
        rest = target[pos:]
        if shown and rest.casefold() == shown.casefold():
            return keys + 1
        word = next_word(shown)
        if len(word) > 1 and rest.casefold().startswith(word.casefold()):
            keys, pos = keys + 1, pos + len(word)
            continue
        keys, pos = keys + 1, pos + 1
    return keys + 1


class Reviewer:
    def __init__(self, project: Project, gold: dict, learning: bool) -> None:
        self.p = project
        self.gold = gold
        self.learning = learning
        self.learner = Learner(project) if learning else None

    def _apply(self, edit) -> None:
        if isinstance(edit, Batch) and not edit.edits:
            return
        self.p.apply(edit)
        if self.learner is not None:
            self.learner.update(_ids(edit), codebook=True)

    def review(self, doc_id: int, name: str, tally: Tally) -> None:
        records = self.p.figures(document_id=doc_id)
        golds = [g for g in self.gold[name] if not g.get("borderline")]
        borderline = [g for g in self.gold[name] if g.get("borderline")]
        hints = self.learner.hints(records) if self.learner else {}
        used: set[int] = set()
        for g in golds:
            tally.figures += 1
            rec = next((r for r in records if r.id not in used and overlaps(g, _span(r))), None)
            if rec is None:
                keys = len(g["text"]) + 2 + self._add(doc_id, g)
                tally.keys += keys
                continue
            used.add(rec.id)
            if self.learner is not None:  # the window refreshes its hints after each commit
                rec = self.p.figures_by_id([rec.id])[0]
                hints[rec.id] = self.learner.hints([rec]).get(rec.id)
            keys = self._fix(rec, g, hints.get(rec.id), tally)
            tally.keys += keys
            tally.one_key += keys == 1
        spurious = [
            r
            for r in records
            if r.id not in used and not any(overlaps(b, _span(r)) for b in borderline)
        ]
        rejected: set[int] = set()
        for r in spurious:
            if r.id in rejected:
                continue
            ids = [r.id]
            if self.learner is not None and hints.get(r.id) and hints[r.id].penalty:
                like = self.learner.like(r, spurious)
                ids = [i for i in like if i not in rejected] or ids
            self._apply(SetStatus(tuple(ids), Status.REJECTED))
            rejected.update(ids)
            tally.keys += 1  # X, or Shift+X for all the look-alikes
        if self.learner is not None:
            self._offer_rules(tally)

    def _fix(self, rec, g: dict, hint, tally: Tally) -> int:
        keys = 1
        edits: list = []
        shown = rec.measure
        strong = hint is not None and hint.suggestion is not None and not hint.suggestion.weak
        if strong and hint.entry is not None:
            shown = hint.entry.name
        value = dec(g["value"])
        if dec(rec.value) != value:
            keys += _typed(format_vi(value))
            edits.append(SetField(rec.id, "value", rec.value, value))
        if rec.unit_class != g["unit_class"]:
            keys += 4
            edits.append(SetField(rec.id, "unit_class", rec.unit_class, g["unit_class"]))
        if (rec.qualifier or None) != (g.get("qualifier") or None):
            keys += 4
            edits.append(SetField(rec.id, "qualifier", rec.qualifier, g.get("qualifier")))
        if bool(rec.change) != bool(g.get("change")):
            keys += 1
            edits.append(SetField(rec.id, "change", rec.change, bool(g.get("change"))))
        if "place" in g and not same_place(g["place"], rec.effective_place):
            keys += _typed(g["place"])
            edits.append(SetField(rec.id, "place", rec.place, g["place"]))
        if "period" in g and canonical_period(g["period"]) != canonical_period(rec.period):
            keys += _typed(g["period"])
            edits.append(SetField(rec.id, "period", rec.period, g["period"]))
        measure_right = "measure" not in g or measure_f1(g.get("measure"), shown) >= 0.5
        if strong and measure_right:
            tally.suggested_right += 1
        if not measure_right:
            typed = _typed(g.get("measure"))
            new = g.get("measure")
            if self.learner is not None:
                done = completion_keys(self.learner.entries, g.get("measure") or "")
                if done is not None and done < typed:
                    typed = done
                inline = continuation_keys(self.learner.continuations(), g.get("measure") or "")
                typed = min(typed, inline)
            keys += typed
            tally.measure_keys += typed
            read = f"read {shown!r}" + (
                "" if shown == rec.measure else f", extractor {rec.measure!r}"
            )
            tally.notes.append(f"{typed:>3} {g.get('measure')!r} ({read})")
            edits.append(SetField(rec.id, "measure", rec.measure, new))
        for e in edits:
            self._apply(e)
        fresh = self.p.figures_by_id([rec.id])[0]
        if self.learner is not None:
            again = self.learner.hints([fresh]) if edits else {rec.id: hint} if hint else {}
            if not measure_right:
                again = {}  # the typed measure is the reviewer's: no suggestion over it
            self._apply(self.learner.confirm([fresh], {k: v for k, v in again.items() if v}))
        else:
            self._apply(SetStatus((rec.id,), Status.CONFIRMED, (rec.status,)))
        if strong and measure_right and keys == 1:
            tally.suggested_one_key += 1
        return keys

    def _add(self, doc_id: int, g: dict) -> int:
        fields = {
            "value": dec(g["value"]),
            "unit_class": g["unit_class"],
            "unit": g.get("unit"),
            "measure": g.get("measure"),
            "place": g.get("place"),
            "period": g.get("period"),
            "change": bool(g.get("change")),
        }
        try:
            inverse = self.p.apply(AddFigure(doc_id, g["start"], g["end"], fields))
        except Exception:  # noqa: BLE001 - a span the store refuses: the keys still count
            return _typed(g.get("measure"))
        fid = inverse.figure_id
        rec = self.p.figures_by_id([fid])[0]
        self._apply(
            self.learner.confirm([rec], {})
            if self.learner
            else SetStatus((fid,), Status.CONFIRMED, (rec.status,))
        )
        return _typed(g.get("measure"))

    def _offer_rules(self, tally: Tally) -> None:
        for proposal in self.learner.proposals():
            if not proposal.targets:
                continue
            self._apply(self.learner.adopt(proposal, apply=True))
            tally.keys += 1
            tally.rules_accepted += 1


def _span(r) -> dict:
    return {"start": r.start, "end": r.end}


def _ids(edit) -> list[int]:
    if hasattr(edit, "figure_id"):
        return [edit.figure_id]
    if hasattr(edit, "figure_ids"):
        return list(edit.figure_ids)
    if hasattr(edit, "edits"):
        return [i for e in edit.edits for i in _ids(e)]
    return []


def simulate(seeds: Path, gold: dict, first: list[str], learning: bool) -> Tally:
    folder = Path(tempfile.mkdtemp(prefix="solieu-sim-"))
    try:
        files = sorted(seeds.glob("*.txt"))
        early = [f for f in files if f.name[:3] in first]
        later = [f for f in files if f.name[:3] not in first]
        with Project.create(folder / "sim.solieu") as p:
            reviewer = Reviewer(p, gold, learning)
            p.import_paths(early)
            if reviewer.learner is not None:
                reviewer.learner.reload()
            warm = Tally()
            for d in p.documents():
                reviewer.review(d.id, d.name, warm)
            p.import_paths(later)
            if reviewer.learner is not None:
                reviewer.learner.reload()
            tally = Tally()
            later_names = {f.name for f in later}
            for d in p.documents():
                if d.name in later_names:
                    reviewer.review(d.id, d.name, tally)
            return tally
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(seeds: Path, gold: dict, first: list[str], verbose: bool = False) -> None:
    off = simulate(seeds, gold, first, learning=False)
    on = simulate(seeds, gold, first, learning=True)
    later = ", ".join(sorted({n[:3] for n in gold} - set(first)))
    print(f"\nlearning: reviewed {', '.join(first)} first, then {later}")
    print(f"{'':<14} {'figures':>7} {'keys/figure':>12} {'one-key':>8} {'measure keys':>13}")
    for label, t in (("learning off", off), ("learning on", on)):
        print(
            f"{label:<14} {t.figures:>7} {t.keys / t.figures:>12.2f} "
            f"{t.one_key / t.figures:>8.3f} {t.measure_keys:>13}"
        )
    if verbose:
        for label, t in (("off", off), ("on", on)):
            print(f"measures typed, learning {label}:")
            for note in t.notes:
                print("   ", note)
    saved = off.measure_keys - on.measure_keys
    share = saved / off.measure_keys if off.measure_keys else 1.0
    goal = "ok" if share >= 0.5 else "MISSED"
    print(
        f"measure keys saved: {saved} of {off.measure_keys} ({share:.0%}; goal ≥ 50%: {goal}); "
        f"rules accepted: {on.rules_accepted}"
    )
    exact = on.suggested_right == on.suggested_one_key
    print(
        f"right suggestions shown: {on.suggested_right}, confirmed with one key where no other "
        f"field was wrong: {on.suggested_one_key} "
        f"({'every one with exactly 1 key' if exact else 'others had other fields to fix'})"
    )
