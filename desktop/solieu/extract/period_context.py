"""What the article around a time expression supplies to it (guideline §8, §9).

`periods.resolve_periods` reads a document's expressions in order; these are the
pieces of that reading that look beyond one expression:

* **paragraphs**, and the **headline** among them: a headline is the article's
  summary, so a year it omits (`Xuất khẩu quý III đạt 41,6 tỷ USD`) is the one its
  lead states (`trong quý III/2025, …`), as a year omitted in a paragraph is the one
  stated later in that paragraph;
* **the interval a bare `N tháng` names**: §9 reads a later `6 tháng` as the
  interval `6 tháng đầu năm …` gave; a headline's `Thu ngân sách 9 tháng đạt …` is
  likewise the body's `9 tháng năm 2025`, stated after it, and `tính đến ngày
  30/9/2025` (a flow from 1 January to the end of September) gives the same nine
  months as `9 tháng đầu năm 2025` does (§8: `10 tháng` is the ten months from January).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

import regex

from solieu.extract.period_words import period_bounds
from solieu.text.sentences import is_hard_wrapped

_BLANK_LINE, _LINE = regex.compile(r"\n[ \t]*\n\s*"), regex.compile(r"\n\s*")
# a corpus date stamp line before the headline (` date 2024-09-22`)
STAMP = regex.compile(r"\s*(?:date\s+)?\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.+Z-]*)?\s*")
_HEADLINE_MAX = 220  # a first paragraph this short, with no sentence end, is a headline
# kinds whose flow from 1 January to a month's end is the first N months
_FROM_JANUARY = frozenset({"months", "to-date", "since-start", "dates"})


def paragraph_starts(text: str) -> list[int]:
    """Paragraph starts: blank lines separate them in hard-wrapped text, else lines do."""
    sep = _BLANK_LINE if is_hard_wrapped(text) else _LINE
    return [0] + [m.end() for m in sep.finditer(text)]


def headline_at(text: str, bounds: Sequence[int]) -> int:
    """The index in `bounds` (paragraph starts, then the text's end) where a headline
    would start: after a date stamp line, if the text opens with one."""
    return 1 if len(bounds) > 2 and STAMP.fullmatch(text, bounds[0], bounds[1]) else 0


def is_headline(text: str, p0: int, p1: int) -> bool:
    """Whether the paragraph p0..p1 reads as a headline: short, with no sentence end."""
    body = text[p0:p1].strip()
    return 0 < len(body) <= _HEADLINE_MAX and body[-1:] not in ".!?…:;"


def headline_paragraph(text: str, paras: list[int]) -> int | None:
    """The index in `paras` of the headline (after a date stamp line), None if none."""
    bounds = [*paras, len(text)]
    i = headline_at(text, bounds)
    if i + 1 >= len(bounds):
        return None
    ok = is_headline(text, bounds[i], bounds[i + 1])
    return i if ok and i + 2 < len(bounds) else None  # (a text of one line is no headline)


def months_label(kind: str, bounds: tuple[date, date] | None) -> str | None:
    """`first:N` when a flow runs from 1 January to the end of month N < 12 of its year."""
    if kind not in _FROM_JANUARY or bounds is None:
        return None
    d0, d1 = bounds
    if (d0.month, d0.day) != (1, 1) or d0.year != d1.year or d1.month == 12:
        return None
    nxt = date(d1.year, d1.month + 1, 1)
    return f"first:{d1.month}" if (nxt - d1).days == 1 else None


def label_forward(out: list, source_kinds: Collection[str]) -> None:
    """Each bare `N tháng` (a `periods.PeriodMention` of kind `duration` with a label)
    that no earlier interval named takes the next one with its label, in place
    (`Thu ngân sách 9 tháng đạt …` in a headline, `9 tháng năm 2025` in the body)."""
    after: dict[str, str] = {}  # label → iso of its next mention
    for i in range(len(out) - 1, -1, -1):
        r = out[i]
        if r.kind == "duration" and r.label in after:
            out[i] = r = replace(r, kind="months", iso=after[r.label], year_from="label")
        if (
            not r.base
            and r.iso
            and r.kind in source_kinds
            and (label := r.label or months_label(r.kind, period_bounds(r.iso)))
        ):
            after[label] = r.iso
