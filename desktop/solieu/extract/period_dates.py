"""The article's own date, read from its page metadata or from the top of its text.

A period the text gives without its year takes the document's (periods.py); this
is where that date comes from: a corpus stamp, a dateline (`Nghệ An, ngày
14/7/2025`, `Thứ Hai, 14/7/2025`, `(ngày 14/7/2025)`) or a publication line.
"""

from __future__ import annotations

import re
from datetime import date

import regex

from solieu.extract import period_words as pw

_D = r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)"
_DW = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)"
_DATELINES = [
    regex.compile(r"(?<![\p{L}])date\s+((?:19|20)\d\d)-(\d\d)-(\d\d)"),  # corpus stamp (y, m, d)
    regex.compile(
        rf"(?i)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?{_D}"
    ),
    regex.compile(rf"(?i)\(\s*ngày\s+{_D}\s*\)"),
    regex.compile(rf"(?i)\(\s*ngày\s+{_DW}\s*\)"),
    regex.compile(
        rf"\p{{Lu}}[\p{{L}}.]*(?:[ \t]+\p{{Lu}}[\p{{L}}.]*){{0,4}}[ \t]*,[ \t]*ngày\s+{_D}"
    ),
    regex.compile(
        rf"\p{{Lu}}[\p{{L}}.]*(?:[ \t]+\p{{Lu}}[\p{{L}}.]*){{0,4}}[ \t]*,[ \t]*ngày\s+{_DW}"
    ),
    regex.compile(rf"{_D}[ \t]*[-,|]?[ \t]*\d{{1,2}}:\d\d(?!\d)"),
    regex.compile(rf"(?<!\d)\d{{1,2}}:\d\d[ \t]*(?:\(GMT\+7\))?[ \t]*[-,|]?[ \t]*(?:ngày\s+)?{_D}"),
    regex.compile(
        rf"(?i)(?:cập\s+nhật|ngày\s+đăng|đăng\s+(?:lúc|ngày)|xuất\s+bản|published|updated)"
        rf"\s*:?\s*(?:lúc\s+)?(?:\d{{1,2}}:\d\d\s*,?\s*)?(?:ngày\s+)?{_D}"
    ),
]
_HEAD = 600  # a dateline or a date stamp opens the text
# what every match of a _DATELINES pattern holds (each holds `_D`, `_DW` or the stamp's
# date), case-insensitively: a head without it has no dateline, nine searches spared
_ANY_DATE = regex.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d"
    r"|date\s+(?:19|20)\d\d-\d\d-\d\d",
    regex.IGNORECASE,
)


def _valid(y: str | int, m: str | int, d: str | int) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _dateline(text: str) -> date | None:
    head = text[:_HEAD]
    if _ANY_DATE.search(head) is None:
        return None
    found: list[tuple[int, date]] = []
    for i, pat in enumerate(_DATELINES):
        for m in pat.finditer(head):
            g = m.groups()[-3:]
            d = _valid(*g) if i == 0 else _valid(g[2], g[1], g[0])
            if d and not pw.DOC_ID_BEFORE.search(head, max(0, m.start() - 40), m.start()):
                found.append((m.start(), d))
                break
    return min(found)[1] if found else None


def _meta(meta_date: str | None) -> date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", meta_date or "")
    return _valid(*m.groups()) if m else None


def document_date(text: str, meta_date: str | None = None) -> str | None:
    """The article's date (ISO): the page metadata's, else a date stamp or dateline
    at the top of the text (`date 2025-07-14`, `Thứ Hai, 14/7/2025`, `Nghệ An, ngày
    14/7/2025`, `(ngày 14/7/2025)`)."""
    d = _meta(meta_date) or _dateline(text)
    return d.isoformat() if d else None
