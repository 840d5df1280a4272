"""Consistency checks: totals that should equal their parts.

Within one document, a figure that equals the sum of two or three nearby
figures of the same unit is recorded as a consistent total (`76,2 + 215,9 =
292,1 triệu USD`, `1 + 3 = 4 dự án`). A figure the text calls a total
(`tổng …`) that comes close to the sum of the figures just before it, but not
within rounding, is a warning (`293,1 ≠ 76,2 + 215,9 = 292,1`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from solieu.extract.numbers import format_vi
from solieu.pacing import paced
from solieu.reconcile.grouping import Mention, eligible, similarity, tolerance

WINDOW = 600  # characters around a total where its parts are looked for
NEAR = Decimal("0.05")  # a "total" this close to the sum of its parts should equal it


@dataclass(frozen=True, slots=True)
class Check:
    """A consistency check over figures of one document.

    `message` is an English sentence for the CLI and the workbook; `values`
    (aligned with `figures`), `expected` and `unit` let a window word it in its
    own language.
    """

    kind: str  # "sum" (total first, then its parts) or "change" (change, then the two levels)
    ok: bool
    figures: tuple[int, ...]
    message: str
    values: tuple[Decimal, ...] = ()
    expected: Decimal | None = None  # the parts' sum, or the change the two levels imply
    unit: str = ""


def _is_called_total(m: Mention) -> bool:
    return "tổng" in (m.measure or "").lower()


def consistency_checks(mentions: Iterable[Mention]) -> list[Check]:
    """Sum checks per document, in document order.

    The parts of a total are a run of consecutive figures of its unit, and the
    total stands right before or right after that run: a sum of scattered
    figures that happens to match is a coincidence, not a check.
    """
    mentions_list = list(mentions)
    by_unit: dict[tuple, list[Mention]] = defaultdict(list)
    for m in paced(mentions_list):
        if eligible(m) and m.unit_class != "percent":
            noun = " ".join((m.unit or "").lower().split()) if m.unit_class == "count" else ""
            by_unit[(m.document_id, m.unit_class, noun)].append(m)
    out: list[Check] = []
    by_doc: dict[int, list[Mention]] = defaultdict(list)
    for m in paced(mentions_list):
        if eligible(m):
            by_doc[m.document_id].append(m)
    for figs in paced(by_doc.values(), 8):
        figs.sort(key=lambda m: getattr(m, "start", 0))
        for i, m in enumerate(figs):
            if m.change:
                check = _check_change(i, figs)
                if check:
                    out.append(check)
    for figs in paced(by_unit.values(), 8):
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
                (total.value, *(m.value for m in run)),
                s,
                total.unit or "",
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
            (total.value, *(m.value for m in before)),
            s,
            total.unit or "",
        )
    return None


CHANGE_WINDOW = 300  # characters before a change where the two levels it compares are looked for
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _year(m: Mention) -> int | None:
    years = _YEAR.findall(m.period or "")
    return int(years[-1]) if years else None


def _check_change(i: int, figs: list[Mention]) -> Check | None:
    """A change stated next to the two levels it compares must fit them.

    `năm 2024 đạt 3,2 tỷ USD, năm 2025 đạt 4 tỷ USD, tăng 25%`: the two levels
    are the nearest earlier figures of one unit and one measure, in two
    different years; the change is their difference (same unit) or their
    growth in percent.
    """
    change = figs[i]
    start = getattr(change, "start", 0)
    # the levels a change compares stand between it and the previous change
    first = max((k + 1 for k in range(i) if figs[k].change), default=0)
    levels = [
        m
        for m in figs[first:i]
        if not m.change
        and m.unit_class != "percent"
        and start - getattr(m, "start", 0) <= CHANGE_WINDOW
        and _year(m) is not None
    ]
    for j in range(len(levels) - 1, 0, -1):
        b = levels[j]
        a = next(
            (
                x
                for x in reversed(levels[:j])
                if x.unit_class == b.unit_class
                and (x.unit or "") == (b.unit or "")
                and _year(x) != _year(b)
                and similarity(x.measure or "", b.measure or "") >= 0.6
            ),
            None,
        )
        if a is None:
            continue
        if _year(a) > _year(b):  # type: ignore[operator]
            a, b = b, a
        if a.value == 0:
            return None
        if change.unit_class == "percent":
            expected = (b.value - a.value) / a.value * 100
            slack = (tolerance(a) / a.value + tolerance(b) / b.value) * 100 + tolerance(change)
            shown = f"{format_vi(change.value)}%"
            fits = abs(abs(expected) - change.value) <= slack
            exp_text = f"{format_vi(expected.quantize(Decimal('0.1')))}%"
        elif change.unit_class == a.unit_class:
            expected = b.value - a.value
            slack = tolerance(a) + tolerance(b) + tolerance(change)
            shown = format_vi(change.value)
            fits = abs(abs(expected) - change.value) <= slack
            exp_text = format_vi(expected)
        else:
            return None
        message = (
            f"change {shown} {'fits' if fits else 'does not fit'} "
            f"{format_vi(a.value)} → {format_vi(b.value)} ({exp_text})"
        )
        return Check(
            "change",
            fits,
            (change.id, a.id, b.id),
            message,
            (change.value, a.value, b.value),
            expected,
            change.unit or "",
        )
    return None
