"""Group mentions of the same statistic across documents, and find conflicts.

Two mentions report one statistic when they agree on unit class (and counted
noun), place and period, their values agree within the rounding of the less
precise report (`1,8 tỷ` = `1.795 triệu`), and what they measure is alike: the
same codebook entry when both are linked to one, else alike words.
Places and periods are never mixed: they are part of the blocking key, so work
grows with block sizes, not with the square of all mentions. A value group
never holds two mentions of one document.

Conflicts: groups of the same unit class, place, period and change flag whose
measures are near-identical but whose values differ beyond rounding
(`76,2` against `76,5 triệu USD`) are merged into one group marked as a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, Protocol

from rapidfuzz import fuzz

from solieu.extract.numbers import scale_of
from solieu.model import decimal_str
from solieu.pacing import paced
from solieu.reconcile.identity import measure_key, period_key, place_key


class Mention(Protocol):
    id: int
    document_id: int
    value: Decimal
    number: Decimal | None
    scale: str | None
    unit: str | None
    unit_class: str
    measure: str | None
    place: str | None
    period: str | None
    qualifier: str | None
    change: bool
    confidence: float
    kind: str
    status: Any


@dataclass(frozen=True, slots=True)
class FixedGroup:
    """A group the reviewer decided on (accepted, split, merged, winner chosen)."""

    statistic_id: int
    members: tuple[int, ...]
    status: str = "open"  # open | accepted
    winner: int | None = None


@dataclass(frozen=True, slots=True)
class Group:
    """One statistic reported by several mentions (figure ids)."""

    key: str  # "s<statistic id>" once decided, else "p<smallest member id>"
    members: tuple[int, ...]
    reason: dict[str, Any]
    conflict: bool
    status: str = "proposed"  # proposed | open | accepted
    statistic_id: int | None = None
    winner: int | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


MIN_CONFIDENCE = 0.5
MEASURE_MIN = {"percent": 0.5}
MEASURE_MIN_DEFAULT = 0.35
CONFLICT_MEASURE_MIN = 0.8
CONFLICT_MAX_RATIO = Decimal("1.5")


def tolerance(m: Mention) -> Decimal:
    """Half a unit of the last written digit, in value units (`1,8 tỷ` → 50 000 000)."""
    number = m.number if m.number is not None else m.value
    exp = number.as_tuple().exponent
    if not isinstance(exp, int):
        return Decimal(0)
    power = 0
    if m.scale:
        found = scale_of(m.scale)
        power = found[1] if found else 0
    return Decimal(5).scaleb(exp + power - 1)


def _measure_score(a: Mention, b: Mention) -> float | None:
    """How alike two mentions' measures are: by their codebook entries when both are
    linked to one (the reviewer said which indicator each is), else by their words."""
    ea, eb = getattr(a, "entry_id", None), getattr(b, "entry_id", None)
    if ea is not None and eb is not None:
        return 1.0 if ea == eb else 0.0
    ka, kb = measure_key(a.measure), measure_key(b.measure)
    if not ka or not kb:
        return None
    return similarity(ka, kb)


@lru_cache(maxsize=65536)
def similarity(x: str, y: str) -> float:
    """Word-order-insensitive similarity of two measure labels (a corpus repeats them)."""
    return fuzz.token_sort_ratio(x.lower(), y.lower()) / 100.0


def _noun(m: Mention) -> str:
    return " ".join((m.unit or "").lower().split()) if m.unit_class == "count" else ""


def place_of(m: Mention) -> str | None:
    """A mention's place: its own, else its document's (inherited)."""
    return m.place or getattr(m, "document_place", None)


def _block_key(m: Mention) -> tuple:
    return (m.unit_class, _noun(m), place_key(place_of(m)), period_key(m.period), bool(m.change))


def eligible(m: Mention) -> bool:
    status = getattr(m.status, "value", m.status)
    return (
        status != "rejected"
        and m.confidence >= MIN_CONFIDENCE
        and m.kind not in ("range-low",)
        and m.value is not None
    )


class _Components:
    """Union-find that keeps each component's documents, so no group holds one twice."""

    def __init__(self, mentions: dict[int, Mention]) -> None:
        self.parent = {i: i for i in paced(mentions)}
        self.docs = {i: {m.document_id} for i, m in paced(mentions.items())}
        self.conflict: set[int] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.docs[ra] & self.docs[rb]:
            return False
        self.parent[rb] = ra
        self.docs[ra] |= self.docs.pop(rb)
        if rb in self.conflict:
            self.conflict.discard(rb)
            self.conflict.add(ra)
        return True


def _value_pairs(block: list[Mention]):
    """Candidate pairs whose values agree within rounding.

    Each mention stands for the interval value ± tolerance; two can match only
    if their intervals overlap, so a sweep over intervals sorted by their lower
    end finds every candidate without comparing all pairs.
    """
    spans = sorted(
        ((m.value - (t := tolerance(m)), m.value + t, t, m) for m in block),
        key=lambda s: s[0],
    )
    for i, (_, hi, ta, a) in enumerate(spans):
        for j in range(i + 1, len(spans)):
            lo_b, _, tb, b = spans[j]
            if lo_b > hi:
                break
            if a.document_id != b.document_id and abs(b.value - a.value) <= max(ta, tb):
                yield a, b


def group_mentions(mentions: Iterable[Mention], fixed: Sequence[FixedGroup] = ()) -> list[Group]:
    """Every statistic reported by two or more documents, conflicts first."""
    all_by_id = {m.id: m for m in paced(mentions)}
    locked = {fid for g in fixed for fid in g.members}
    pool = {i: m for i, m in paced(all_by_id.items()) if i not in locked and eligible(m)}
    comps = _Components(pool)
    reasons: dict[tuple[int, int], dict[str, Any]] = {}

    blocks: dict[tuple, list[Mention]] = defaultdict(list)
    for m in paced(pool.values()):
        blocks[_block_key(m)].append(m)

    pairs = []
    for key, block in paced(blocks.items(), 16):
        if len(block) < 2:
            continue
        floor = MEASURE_MIN.get(key[0], MEASURE_MIN_DEFAULT)
        for a, b in _value_pairs(block):
            score = _measure_score(a, b)
            if score is not None and score < floor:
                continue
            pairs.append((score if score is not None else floor, a.id, b.id))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    for score, a, b in paced(pairs):
        if comps.union(a, b):
            reasons[(a, b)] = {"measure_score": round(score, 2)}

    # conflicts: same context, near-identical measure, values apart beyond rounding
    members: dict[int, list[int]] = defaultdict(list)
    for i in paced(pool):
        members[comps.find(i)].append(i)
    by_context: dict[tuple, list[int]] = defaultdict(list)
    for root, ids in paced(members.items()):
        m = pool[ids[0]]
        if place_of(m) and m.period and m.measure:
            by_context[_block_key(m)].append(root)
    for roots in paced(by_context.values(), 16):
        if len(roots) < 2:
            continue
        roots.sort(key=lambda r: pool[r].value)
        for i, ra in paced(enumerate(roots), 16):
            for rb in roots[i + 1 :]:
                a, b = pool[ra], pool[rb]
                if a.value > 0 and b.value > a.value * CONFLICT_MAX_RATIO:
                    break
                score = _measure_score(a, b) or 0.0
                if score < CONFLICT_MEASURE_MIN:
                    continue
                if comps.union(ra, rb):
                    comps.conflict.add(comps.find(ra))

    groups: list[Group] = []
    final: dict[int, list[int]] = defaultdict(list)
    for i in paced(pool):
        final[comps.find(i)].append(i)
    for root, ids in paced(final.items(), 64):
        if len(ids) < 2:
            continue
        ids.sort(key=lambda i: (pool[i].document_id, i))
        ms = [pool[i] for i in ids]
        conflict = root in comps.conflict or _values_disagree(ms)
        groups.append(
            Group(
                key=f"p{min(ids)}",
                members=tuple(ids),
                reason=_reason(ms, conflict),
                conflict=conflict,
            )
        )
    for g in fixed:
        ms = [all_by_id[i] for i in g.members if i in all_by_id]
        if not ms:
            continue
        conflict = _values_disagree(ms) and g.winner is None
        groups.append(
            Group(
                key=f"s{g.statistic_id}",
                members=tuple(m.id for m in ms),
                reason={**_reason(ms, conflict), "decided": True},
                conflict=conflict,
                status=g.status,
                statistic_id=g.statistic_id,
                winner=g.winner,
            )
        )
    groups.sort(key=lambda g: (not g.conflict, g.status == "accepted", g.members))
    return groups


def _values_disagree(ms: Sequence[Mention]) -> bool:
    for a in ms:
        for b in ms:
            if abs(a.value - b.value) > max(tolerance(a), tolerance(b)):
                return True
    return False


def _reason(ms: Sequence[Mention], conflict: bool) -> dict[str, Any]:
    first = ms[0]
    keys = ["unit_class", "place", "period"]
    if first.unit_class == "count":
        keys.append("unit")
    scores = [s for a in ms for b in ms if a.id < b.id and (s := _measure_score(a, b)) is not None]
    return {
        "matched": (["measure"] if conflict else ["value"]) + keys,
        "value": None if conflict else decimal_str(first.value),
        "unit_class": first.unit_class,
        "unit": _noun(first) or first.unit,
        "place": place_of(first),
        "period": first.period,
        "measure_score": round(min(scores), 2) if scores else None,
        "conflict": conflict,
    }
