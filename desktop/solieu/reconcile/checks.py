"""Consistency checks: totals that should equal their parts.

Within one document, a figure that equals the sum of two or three nearby
figures of the same unit is recorded as a consistent total (`76,2 + 215,9 =
292,1 triệu USD`, `1 + 3 = 4 dự án`). A figure the text calls a total
(`tổng …`) that comes close to the sum of the figures just before it, but not
within rounding, is a warning (`293,1 ≠ 76,2 + 215,9 = 292,1`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from solieu.extract.numbers import format_vi
from solieu.reconcile.grouping import Mention, eligible, tolerance

WINDOW = 600  # characters around a total where its parts are looked for
NEAR = Decimal("0.05")  # a "total" this close to the sum of its parts should equal it


@dataclass(frozen=True, slots=True)
class Check:
    kind: str  # "sum"
    ok: bool
    figures: tuple[int, ...]  # the total first, then its parts
    message: str


def _is_called_total(m: Mention) -> bool:
    return "tổng" in (m.measure or "").lower()


def consistency_checks(mentions: Iterable[Mention]) -> list[Check]:
    """Sum checks per document, in document order.

    The parts of a total are a run of consecutive figures of its unit, and the
    total stands right before or right after that run: a sum of scattered
    figures that happens to match is a coincidence, not a check.
    """
    by_unit: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        if eligible(m) and m.unit_class != "percent":
            noun = " ".join((m.unit or "").lower().split()) if m.unit_class == "count" else ""
            by_unit[(m.document_id, m.unit_class, noun)].append(m)
    out: list[Check] = []
    for figs in by_unit.values():
        figs.sort(key=lambda m: getattr(m, "start", 0))
        for t in range(len(figs)):
            check = _check_total(t, figs)
            if check:
                out.append(check)
    out.sort(key=lambda c: c.figures)
    return out


def _near(a: Mention, b: Mention) -> bool:
    return abs(getattr(a, "start", 0) - getattr(b, "start", 0)) <= WINDOW


def _check_total(t: int, figs: list[Mention]) -> Check | None:
    total = figs[t]
    runs = []
    for k in (2, 3):
        runs.append(figs[t - k : t] if t >= k else [])
        runs.append(figs[t + 1 : t + 1 + k])
    for run in runs:
        if len(run) < 2 or not all(_near(m, total) and 0 < m.value < total.value for m in run):
            continue
        s = sum((m.value for m in run), Decimal(0))
        tol = max(tolerance(total), *(tolerance(m) for m in run))
        if abs(s - total.value) <= tol:
            expr = " + ".join(format_vi(m.value) for m in run)
            return Check(
                "sum",
                True,
                (total.id, *(m.id for m in run)),
                f"{expr} = {format_vi(total.value)} {total.unit or ''}".strip(),
            )
    if not _is_called_total(total) or t < 2:
        return None
    before = figs[t - 2 : t]
    if not all(_near(m, total) for m in before):
        return None
    s = before[0].value + before[1].value
    if abs(s - total.value) <= NEAR * total.value:
        expr = " + ".join(format_vi(m.value) for m in before)
        return Check(
            "sum",
            False,
            (total.id, *(m.id for m in before)),
            f"total {format_vi(total.value)} ≠ {expr} = {format_vi(s)} {total.unit or ''}".strip(),
        )
    return None
