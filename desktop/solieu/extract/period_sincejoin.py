"""`từ đầu năm` without its end, in a sentence whose to-date gives the end.

Vietnamese reports often split "from the start of the year to date X" in two: the
date opens the sentence and the start of the year sits next to the figures
(`Tính đến ngày 2/8, thiên tai từ đầu năm làm 30 người chết`, `Đến hết ngày 15/9,
từ đầu năm toàn tỉnh ghi nhận 1.200 ca sốt xuất huyết`). Read alone, `từ đầu năm`
runs to the document's date (periods.py); but the sentence has said where it stops,
so its end is the to-date's date (§8: `từ đầu năm đến ngày 15/9` →
`2025-01-01/2025-09-15`). Only within one sentence and one year: a to-date in the
sentence before, or one of another year, says nothing of this count.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from solieu.extract.period_words import period_bounds, render

if TYPE_CHECKING:
    from solieu.extract.periods import PeriodMention

_STOPS = ".!?\n;"
_REACH = 300  # a sentence is shorter than this


def _one_sentence(text: str, a: int, b: int) -> bool:
    return not any(c in _STOPS for c in text[a:b])


def join_since_start(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """`out` with each open `từ đầu năm` ended at its sentence's to-date date."""
    for i, m in enumerate(out):
        if m.kind != "since-start" or not m.to_now or m.base or not m.iso:
            continue
        best = None
        for j, t in enumerate(out):
            if j == i or t.kind != "to-date" or t.base or not t.iso:
                continue
            if abs(t.start - m.start) > _REACH:
                continue
            a, b = sorted((m.end, t.start)) if t.start >= m.end else sorted((t.end, m.start))
            if _one_sentence(text, a, b) and (best is None or abs(t.start - m.start) < best[0]):
                best = (abs(t.start - m.start), t)
        if best is None:
            continue
        try:
            lo, _ = period_bounds(m.iso)
            _, hi = period_bounds(best[1].iso)
        except (ValueError, TypeError):
            continue
        if lo.year == hi.year and lo <= hi:
            out[i] = replace(m, iso=render(lo, hi), to_now=False)
    return out
