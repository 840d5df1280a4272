"""One period as a reviewer types it in the period box, read as ISO 8601.

The box takes the article's words (`6 tháng đầu 2025`, `quý 3/2025`), which the
extractor's own grammar reads (periods.py), and the shorthands reviewers use
(`2025-H1`, `Q3/2025`, `T10/2025`, `10/2025`), which only this module knows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

import regex

from solieu.extract import period_words as pw
from solieu.extract.period_words import canonical_period, render
from solieu.extract.periods import _resolve, find_periods

_TYPED = [  # (pattern, kind) over the whole input, case folded
    (re.compile(r"(\d{4}) ?[-/ ]? ?([hq])([1-4])"), "yq"),
    (re.compile(r"([hq])([1-4]) ?[-/ ]? ?(\d{4})?"), "qy"),
    (re.compile(r"(\d{4}) ?[-–] ?(\d{4})"), "years"),
    (re.compile(r"t(\d{1,2})(?: ?[-/ ] ?(\d{4}))?"), "month"),
    (re.compile(r"(\d{1,2}) ?[/-] ?(\d{4})"), "month"),
    (re.compile(r"(\d{1,2})t(?: ?[-/ ] ?(\d{4}))?"), "first"),
    (re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?"), "date"),
]
_FILLERS = frozenset({"trong", "vào", "tại", "thời", "kỳ", "là", "của", "suốt"})
_NO = object()


def _typed(s: str, year: int | None):
    """The ISO value of a typed shorthand (`2025-H1`, `Q3/2025`, `T10/2025`, `10/2025`)."""
    if (c := canonical_period(s)) is not None:
        return c
    for pat, kind in _TYPED:
        m = pat.fullmatch(s)
        if not m:
            continue
        g = m.groups()
        if kind in ("yq", "qy"):
            y, hq, n = (g[0], g[1], g[2]) if kind == "yq" else (g[2], g[0], g[1])
            y = int(y) if y else year
            if y is None or (hq == "h" and int(n) > 2):
                return None
            a, b = (6 * int(n) - 5, 6 * int(n)) if hq == "h" else (3 * int(n) - 2, 3 * int(n))
            return render(date(y, a, 1), date(y, b, 1).replace(day=pw.last_day(y, b)))
        if kind == "years":
            return canonical_period(f"{g[0]}/{g[1]}")
        y = int(g[-1]) if g[-1] and kind != "date" else year
        if kind == "date":
            y = int(g[2]) if g[2] else year
            return canonical_period(f"{y}-{int(g[1]):02d}-{int(g[0]):02d}") if y else None
        if y is None or not 1 <= int(g[0]) <= 12:
            return None
        if kind == "month":
            return canonical_period(f"{y}-{int(g[0]):02d}")
        return canonical_period(f"{y}-01/{y}-{int(g[0]):02d}")
    return _NO


def normalise_period(expr: str, year: int | None = None, *, level: bool = False) -> str | None:
    """The ISO value of one period as a reviewer types it (`6 tháng đầu 2025`,
    `quý 3/2025`, `2025-H1`, `Q3/2025`, `T10/2025`, `2025-01/2025-06`) or as an article
    writes it; `year` supplies an omitted year, `level` picks the level reading of a
    to-date expression. None for what cannot be read."""
    s = " ".join(unicodedata.normalize("NFC", expr).split()).strip(" .,;:")
    if not s:
        return None
    t = _typed(s.lower(), year)
    if t is not _NO:
        return t
    found = [m for m in find_periods(s) if m.kind not in ("name", "age")]
    if len(found) != 1:
        return None
    m = found[0]
    rest = regex.findall(r"[\p{L}\p{N}]+", s[: m.start] + " " + s[m.end :])
    if any(w.lower() not in _FILLERS for w in rest) or m.kind in ("now", "same-period"):
        return None
    if m.kind == "duration":  # typed in the period box, `6 tháng` is the first six months
        if m.label is None:
            return None
        n = int(m.label.split(":")[1])
        m = replace(m, kind="months", lo=(None, 1, None), hi=(None, n, None), needs_year=True)
    if m.needs_year:
        if year is None or m.to_now:
            return None
        ref = date(year, 12, 31)
        m = _resolve(m, year, "context", ref, "context", None, {}, {})
    return m.reading(level)
