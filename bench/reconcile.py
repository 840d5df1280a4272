"""Reconciliation at scale: 10,000 and 100,000 synthetic mentions with realistic duplication.

Each synthetic statistic (measure, place, period, value) is reported by one to
four documents, some in another precision (`1,8 tỷ` against `1.800 triệu`) and
a few with a conflicting value. Times grouping (+ conflicts) and the sum checks,
against a floor measured in the same run: one pass that buckets the mentions by
exact (unit class, place, period, value). Goal: 100k grouped in under 10 s and
the 100k run under 15x the 10k run. Run by hand: `python bench/reconcile.py`.
"""

from __future__ import annotations

import gc
import random
import time
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from solieu.extract.gazetteer import place_info, place_names
from solieu.reconcile import consistency_checks, group_mentions

MEASURES = [
    "kim ngạch xuất khẩu",
    "kim ngạch nhập khẩu",
    "vốn FDI đăng ký cấp mới",
    "vốn FDI điều chỉnh tăng",
    "tổng vốn đầu tư",
    "thu ngân sách nhà nước",
    "tổng mức đầu tư dự án ODA",
    "doanh thu du lịch",
    "giá trị sản xuất công nghiệp",
    "vốn đầu tư công giải ngân",
]
PERIODS = ["2025-01/2025-06", "2024", "2025-01/2025-09", "2025-01/2025-03", None]
PROVINCES = [n for n in place_names() if place_info(n).kind == "province"]
COUNT_NOUNS = ["dự án", "doanh nghiệp", "lao động", "hoạt động", "thỏa thuận"]


@dataclass(slots=True)
class Mention:
    id: int
    document_id: int
    value: Decimal
    number: Decimal
    scale: str | None
    unit: str | None
    unit_class: str
    measure: str | None
    place: str | None
    period: str | None
    qualifier: str | None = None
    change: bool = False
    confidence: float = 0.95
    kind: str = "figure"
    status: str = "pending"
    start: int = 0


def synthetic(n: int, seed: int = 11) -> list[Mention]:
    rng = random.Random(seed)
    out: list[Mention] = []
    n_docs = max(10, n // 20)
    next_id = 1
    while len(out) < n:
        measure = rng.choice(MEASURES)
        place = rng.choice(PROVINCES)
        period = rng.choice(PERIOD_CHOICES)
        if rng.random() < 0.3:
            unit_class, unit, scale, power = "count", rng.choice(COUNT_NOUNS), None, 0
            number = Decimal(rng.randint(1, 500))
            measure = "số " + unit
        else:
            unit_class, unit = rng.choice([("USD", "USD"), ("VND", "đồng")])
            scale, power = ("triệu", 6) if unit_class == "USD" else ("tỷ", 9)
            number = Decimal(rng.randint(10, 99999)) / 10
        value = number.scaleb(power)
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            num, sc = number, scale
            if scale == "triệu" and number >= 1000 and rng.random() < 0.3:
                num, sc = (number / 1000).quantize(Decimal("0.1")), "tỷ"  # rounded report
            if rng.random() < 0.02:
                num = num + Decimal("0.3")  # a conflicting report
            out.append(
                Mention(
                    next_id,
                    rng.randrange(n_docs),
                    num.scaleb({"triệu": 6, "tỷ": 9}.get(sc or "", 0)),
                    num,
                    sc,
                    unit,
                    unit_class,
                    measure,
                    place,
                    period,
                    start=rng.randrange(10_000),
                )
            )
            next_id += 1
    del value
    return out[:n]


PERIOD_CHOICES = PERIODS


def floor(mentions: list[Mention]) -> float:
    t0 = time.perf_counter()
    buckets = defaultdict(list)
    for m in mentions:
        buckets[(m.unit_class, m.place, m.period, m.value)].append(m.id)
    return time.perf_counter() - t0


def timed(mentions: list[Mention]) -> tuple[float, float, int, int]:
    gc.collect()
    gc.freeze()  # the synthetic mentions are long-lived: keep the collector off them
    t0 = time.perf_counter()
    groups = group_mentions(mentions)
    t1 = time.perf_counter()
    checks = consistency_checks(mentions)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, len(groups), len(checks)


def main() -> None:
    results = {}
    for n in (10_000, 100_000):
        ms = synthetic(n)
        f = floor(ms)
        g, c, ng, nc = timed(ms)
        results[n] = g + c
        print(
            f"{n:>7} mentions: grouping {g:6.2f} s ({ng} groups), checks {c:5.2f} s "
            f"({nc} checks); floor {f * 1000:6.1f} ms; grouping+checks / floor = "
            f"{(g + c) / f:6.0f}x"
        )
    print(f"100k / 10k time ratio: {results[100_000] / results[10_000]:.1f}x (goal < 15x)")
    print(f"100k under 10 s: {'yes' if results[100_000] < 10 else 'no'} ({results[100_000]:.2f} s)")


if __name__ == "__main__":
    main()
