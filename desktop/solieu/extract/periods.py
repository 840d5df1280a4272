"""Time expressions of Vietnamese news, found with their spans and read as ISO 8601.

Guideline §8 "period" and §9 are the specification. `find_periods` lists every
expression of a document with what the words themselves fix; `resolve_periods`
then reads the article the way a reader does to supply the years the text
omits. A period that cannot be told stays None: a wrong year is worse than none.

ISO forms are the shortest equivalent ones: `2024`, `2025-10`, `2025-06-30`,
`2025-01/2025-06`, `2025-01-01/2025-09-15`, `2021/2025`.

Decisions the guideline leaves open:
- a crop season written with a range of years spans them (`vụ đông xuân 2024-2025`
  → `2024/2025`, as `giai đoạn 2021 - 2025` → `2021/2025` and `niên vụ 2024-2025`
  → `2024/2025`): the season runs from the first year's winter into the second's
  spring, and naming the second alone would drop the first; a season with one year
  is that year (`vụ hè thu 2012` → `2012`);
- `3 năm qua` is the three calendar years up to the document's year;
- `từ nay đến cuối năm` / `từ nay đến năm 2030` is a target: its end (`2025`, `2030`);
- a date right after a document number (`Chỉ thị 15-CT/TW ngày 10/8/2022`) is part
  of the document's name (§2), kind `name`, like `Luật Đầu tư năm 2020`;
- `hiện nay`, `đến nay`, `hiện có` stay None even when the document date is known
  (§8: "with no date in the text: null"); `từ đầu năm đến nay` does take the date.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from datetime import date

import regex

from solieu.extract import period_words as pw
from solieu.extract.period_context import (
    headline_paragraph,
    label_forward,
    months_label,
    paragraph_starts,
)
from solieu.extract.period_dates import _dateline, _meta, document_date
from solieu.extract.period_format import format_period
from solieu.extract.period_level import is_level_context
from solieu.extract.period_needs import Need, needed
from solieu.extract.period_sincejoin import join_since_start
from solieu.extract.period_snapshot import is_event_toll
from solieu.extract.period_windows import Shifted as _Shifted
from solieu.extract.period_windows import lowered as _lowered
from solieu.extract.period_windows import windows as _windows
from solieu.extract.period_words import (
    Bound,
    canonical_period,
    dates_of,
    fill_years,
    period_bounds,
    render,
)

# kinds that are not a figure's time: a caller skips them
IGNORABLE = frozenset({"duration", "name", "age"})
# kinds whose written year a later expression without one inherits
_SOURCE_KINDS = frozenset(
    {"year", "months", "quarter", "month", "date", "dates", "to-date", "since-start", "season"}
)


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """One time expression: `text == doc[start:end]`; `iso` is its flow reading.

    `level_iso` is the other reading of a to-date expression (`tính đến ngày
    30/6/2025`: the flow is `2025-01/2025-06`, a level at the date `2025-06-30`).
    `lo`/`hi` are the bounds as written (a None year is one the text omits);
    `year_from` tells where `resolve_periods` found the year.
    """

    start: int
    end: int
    text: str
    kind: str
    iso: str | None = None
    needs_year: bool = False
    base: bool = False
    level_iso: str | None = None
    lo: Bound | None = None
    hi: Bound | None = None
    rel: tuple[int, int] | None = None
    to_now: bool = False
    label: str | None = None
    dated: bool = False  # a label whose dates were given in brackets after it
    year_from: str | None = None

    def reading(self, level: bool = False) -> str | None:
        """The period of a figure: the level reading when the figure is a level."""
        return self.level_iso if level and self.level_iso else self.iso


@functools.lru_cache(maxsize=4096)  # few distinct bounds; the ISO strings are immutable
def _readings(lo: Bound | None, hi: Bound | None, level: bool) -> tuple[str | None, str | None]:
    if lo is None or hi is None or lo[0] is None or hi[0] is None:
        return None, None
    d = dates_of(lo, hi)
    if d is None:
        return None, None
    return render(*d), (render(d[1], d[1]) if level else None)


# -- finding ---------------------------------------------------------------------------
_START = re.compile(pw.STARTS_GROUPED)
_START_I = re.compile(pw.STARTS, re.IGNORECASE)


def _mention(text: str, m) -> PeriodMention | None:
    start, end = m.span()
    try:
        spec = pw.parse(m.lastgroup, " ".join(m.group().lower().split()))
    except (KeyError, ValueError, AttributeError, TypeError):  # words the parse cannot read
        spec = None
    if spec is None:
        return None
    kind, lo, hi, rel, dated = spec.kind, spec.lo, spec.hi, spec.rel, False
    if kind in ("months", "quarter", "year", "recent", "season") and (
        p := pw.PAREN_DATES.match(text, end)
    ):
        a = pw.point(" ".join(p.group("a").lower().split()).removeprefix("ngày "))
        b = pw.point(" ".join(p.group("b").lower().split()).removeprefix("ngày "))
        if a and b:
            plo, phi = fill_years(a[0], b[1], hi[0] if hi else None)
            if plo[0] is not None and dates_of(plo, phi):
                lo, hi, rel, end, dated = plo, phi, None, p.end(), True
    if kind == "year" and lo[0] and pw.LAW_BEFORE.search(text, max(0, start - 60), start):
        kind = "name"  # `Luật Đầu tư năm 2020`
    elif kind == "date" and pw.DOC_ID_BEFORE.search(text, max(0, start - 40), start):
        kind = "name"  # `Chỉ thị 15-CT/TW ngày 10/8/2022`
    elif kind == "year" and pw.BIRTH_BEFORE.search(text, max(0, start - 8), start):
        kind = "age"  # `sinh năm 1990`
    label = spec.label
    if kind == "duration" and pw.YTD_BEFORE.search(text, max(0, start - 20), start):
        kind, lo, hi = "months", (None, 1, None), (None, int(label.split(":")[1]), None)
    elif kind == "duration" and (
        pw.DURATION_BEFORE.search(text, max(0, start - 20), start)
        or pw.DURATION_AFTER.match(text, end)
    ):
        label = None  # a length of time that no reporting period makes a period
    if kind == "to-date" and hi and hi[2] and lo != hi and is_event_toll(text, start, end):
        lo = hi  # one storm's toll by that date: a snapshot (period_snapshot)
    if lo is not None and hi is not None and not dated:
        lo, hi = fill_years(lo, hi)
    base = _base_before(text, start) or (
        kind == "same-period"
        and not pw.LINK_AFTER.match(text, end)
        and not pw.CLAUSE_OPEN.search(text, max(0, start - 20), start)
    )
    needs = (
        kind not in IGNORABLE
        and kind != "now"
        and (
            rel is not None or spec.to_now or (lo is not None and (lo[0] is None or hi[0] is None))
        )
    )
    iso, level = (None, None) if kind == "same-period" else _readings(lo, hi, spec.level)
    if kind != "same-period" and lo and hi and hi[0] is not None and iso is None and not needs:
        return None  # an impossible date (`ngày 31/2`)
    return PeriodMention(
        start, end, text[start:end], kind, iso, needs, base, level, lo, hi, rel,
        spec.to_now, label, dated, "text" if iso else None,
    )  # fmt: skip


def _base_before(text: str, start: int) -> bool:
    """Whether the words before `start` make the period a comparison's base."""
    if "%" in text[max(0, start - 60) : start] and pw.PLAN_RATIO_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return True  # `bằng 76,8% kế hoạch năm 2024`
    a = max(0, start - 40)
    seg = text[a:start]
    if "İ" not in seg and "ſ" not in seg and pw.BASE_HINT.search(seg.lower()) is None:
        return False  # (`pw.HINT_UNSAFE`: İ and ſ)
    return pw.BASE_BEFORE.search(text, a, start) is not None


def find_periods(text: str) -> list[PeriodMention]:
    """Every time expression of `text` (NFC, LF), in order, with exact spans.

    Linear in the text: a stdlib search for the key words every expression holds,
    then, in the windows around them, for the words an expression begins with; the
    full pattern is only tried at those, in the window lowered with its margins
    (`_MARGIN` before, `_REACH` after: the patterns' look-arounds and the longest
    expression fit in them, and a match that comes near the end reads a wider one).
    """
    out: list[PeriodMention] = []
    last = 0  # where the last mention ended: a match never starts inside one
    size = len(text)
    pieces: list[tuple[int, int, str | None]] = []
    for a, b in _windows(text, pieces):
        reach = _REACH
        while True:
            r0, r1 = max(0, a - _MARGIN), min(size, b + reach)
            found = _in_window(text, _lowered(text, pieces, r0, r1), r0, r1, a, b, last)
            if found is not None:
                break
            reach *= 4  # an expression ran near the window's end: read on
        for p, end in found:
            last = end
            if p is not None:
                out.append(p)
    return out


_MARGIN = 64  # characters lowered before a window: the look-behinds see the text
_REACH = 256  # characters lowered after a window's last key, at first
# a word's alternatives for lowered windows, each with its stdlib need (period_needs)
_PATTERNS: dict[str, tuple[tuple[Need, regex.Pattern[str]], ...]] = {}


def _in_window(
    text: str, low: str | None, r0: int, r1: int, a: int, b: int, last: int
) -> list[tuple[PeriodMention | None, int]] | None:
    """(mention or None, where the next match may start) for each match in the window
    [a, b), searched in `low`, text[r0:r1] lowered (the text itself, case-insensitively,
    where lowering would move offsets: `low` None); None when a match runs to within
    `_MARGIN` of r1 before the text's end, so that a wider stretch must be read."""
    fold = low is None
    src, off = (text, 0) if fold else (low, r0)
    starts = _START_I if fold else _START
    got: list[tuple[PeriodMention | None, int]] = []
    for s in starts.finditer(src, max(a, last) - off, b - off):
        at = s.start()
        if at + off < last:
            continue
        w = s.group()
        if fold:
            pats = [(None, p) for p in pw.patterns_for("#" if w.isdigit() else w.lower(), True)]
        else:  # one of pw.STARTING_WORDS as written (lower case), or a digit
            key = "#" if w.isdigit() else w
            pats = _PATTERNS.get(key) or _PATTERNS.setdefault(key, needed(key))
        for need, pat in pats:  # an alternative whose need fails would fail
            if (need is None or need(src, at)) and (m := pat.match(src, at)) is not None:
                break
        else:
            continue
        if not fold and r1 < len(text) and m.end() + _MARGIN > len(src):
            return None
        p = _mention(text, _Shifted(m, off) if off else m)
        last = max(m.end() + off, p.end if p else 0)
        got.append((p, last))
    return got


# -- resolving -------------------------------------------------------------------------
def _shift(d: date, years: int) -> date:
    y = d.year + years
    return date(y, d.month, min(d.day, pw.last_day(y, d.month)))


def _written_year(m: PeriodMention, ref: date | None) -> int | None:
    """The year a mention states, when a later one without a year may inherit it."""
    if m.base or m.kind not in _SOURCE_KINDS or m.needs_year or m.hi is None:
        return None
    y = m.hi[0]
    return None if y is None or (ref is not None and m.kind == "year" and y > ref.year) else y


def resolve_periods(
    text: str, mentions: list[PeriodMention] | None = None, doc_date: str | None = None
) -> list[PeriodMention]:
    """The mentions with the years the text omits supplied, as a reader does.

    A year comes from the last stated year of a period before it (not a comparison
    base, target or term), else the next one in its paragraph (in the lead, for the
    headline), else the document's date (`doc_date`, from the page metadata), else a
    date stamp or dateline in the text; when none tells, `iso` stays None. A year taken
    from the date that would put the period after that date is the year before
    (`tháng 12` in a January report). A bare `N tháng` is the interval of the first N
    months stated before it, else after it (period_context).
    """
    ms = find_periods(text) if mentions is None else mentions
    meta = _meta(doc_date)
    stamp = None if meta else _dateline(text)
    ref, ref_from = (meta, "doc_date") if meta else (stamp, "dateline")
    paras = paragraph_starts(text)
    head = headline_paragraph(text, paras)
    written = [_written_year(m, ref) for m in ms]
    nxt: list[int | None] = [None] * len(ms)
    j = None
    for i in range(len(ms) - 1, -1, -1):
        nxt[i] = j
        if written[i] is not None:
            j = i
    last_year: int | None = None
    last_flow: tuple[date, date] | None = None
    labels: dict[str, tuple[str, int]] = {}  # label → (iso, year) of its last mention
    dated: dict[str, tuple[str, int]] = {}  # the same for labels given with dates
    out: list[PeriodMention] = []
    for i, m in enumerate(ms):
        year_ctx, src = last_year, "context"
        if year_ctx is None and nxt[i] is not None:
            k = nxt[i]
            pk, pm = bisect.bisect_right(paras, ms[k].start), bisect.bisect_right(paras, m.start)
            if pk == pm or (head is not None and pm == head + 1 and pk == head + 2):
                year_ctx = written[k]
        r = _resolve(m, year_ctx, src, ref, ref_from, last_flow, labels, dated)
        out.append(r)
        if written[i] is not None:
            last_year = written[i]
        if not r.base and r.iso and r.kind in _SOURCE_KINDS:
            last_flow = period_bounds(r.iso)
            if label := r.label or months_label(r.kind, last_flow):
                labels[label] = (r.iso, last_flow[1].year)
                if r.dated and r.label:
                    dated[r.label] = (r.iso, last_flow[1].year)
    if any(r.kind == "duration" and r.label for r in out):
        label_forward(out, _SOURCE_KINDS)
    if any(r.kind == "since-start" and r.to_now for r in out):
        join_since_start(text, out)
    return out


def _resolve(m, year_ctx, src, ref, ref_from, last_flow, labels, dated) -> PeriodMention:
    if m.kind == "same-period":
        if last_flow is None:
            return m
        shift = m.lo[0] - last_flow[1].year if m.lo[0] else (m.rel[1] if m.rel else -1)
        iso = render(_shift(last_flow[0], shift), _shift(last_flow[1], shift))
        return replace(m, iso=iso, year_from="context")
    if m.kind == "duration":  # a bare `6 tháng` after `6 tháng đầu năm …` (§9)
        if m.label in labels:
            return replace(m, kind="months", iso=labels[m.label][0], year_from="label")
        return m
    if m.label in dated and not m.dated and (m.hi[0] is None or m.hi[0] == dated[m.label][1]):
        return replace(m, iso=dated[m.label][0], year_from="label")
    if m.kind == "year" and m.hi and m.hi[0] and ref and m.hi[0] > ref.year and not m.needs_year:
        return replace(m, kind="target")
    if not m.needs_year:
        return m
    if m.to_now:
        if ref is None:
            return m
        y = m.lo[0] if m.lo[0] is not None else ref.year + (m.rel[0] if m.rel else 0)
        d = dates_of((y, m.lo[1], m.lo[2]), (ref.year, ref.month, ref.day))
        return replace(m, iso=render(*d), year_from=ref_from) if d else m
    if m.rel is not None:
        if ref is not None:
            y, src = ref.year, ref_from
        elif m.rel == (0, 0) and year_ctx is not None:  # `năm nay` in an article about 2025
            y = year_ctx
        else:
            return m
        lo, hi = (y + m.rel[0], *m.lo[1:]), (y + m.rel[1], *m.hi[1:])
        iso, level = _readings(lo, hi, m.kind == "to-date")
        return replace(m, iso=iso, level_iso=level, lo=lo, hi=hi, year_from=src)
    y = year_ctx
    if y is None and ref is not None:
        y, src = ref.year, ref_from
    if y is None:
        return m
    lo, hi = fill_years(m.lo, m.hi, y)
    d = dates_of(lo, hi)
    if d and src != "context" and d[0] > ref:  # `tháng 12` read in January
        lo, hi = fill_years(m.lo, m.hi, y - 1)
    iso, level = _readings(lo, hi, m.kind == "to-date")
    return replace(m, iso=iso, level_iso=level, lo=lo, hi=hi, year_from=src)


__all__ = [
    "IGNORABLE",
    "PeriodMention",
    "canonical_period",
    "document_date",
    "find_periods",
    "format_period",
    "is_level_context",
    "period_bounds",
    "resolve_periods",
]
