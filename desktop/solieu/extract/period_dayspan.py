"""A run of days whose month is written once (GUIDELINE §8 "period", §9).

Vietnamese news dates an event that lasts a few days by writing the month only
after the last day: `Từ ngày 15 đến 19/3`, `từ 8 - 13/6`, `ngày 20 và 21/5`,
`các ngày 20, 21 và 22/5`, `từ ngày 3 đến ngày 5 tháng 9 năm 2025`. The first
number is a day of that same month, so the period is those days
(`2025-03-15/2025-03-19`); read piecewise, `đến 19/3` alone would be a to-date
from January (`2025-01-01/2025-03-19`), which is wrong.

Not a run of days: a first number that is not a day before the last one
(`từ 25 đến 3/4` is no run within April), and a bare `15 - 19/3` with neither
`từ` nor `ngày` before it (a ratio or a range of values can be written so), nor a
`từ` without `ngày` after a word of quantity (`giảm từ 5 - 7/10 số hộ`, `tỷ lệ từ
1 - 2/3`: values, not days).
"""

from __future__ import annotations

import regex

# the alternative, in `period_words` grammar tokens (expanded there): `từ [ngày]` or
# `ngày` (`các ngày`, `hai ngày` read from `ngày`), a day, more days after commas, a
# dash / `đến` / `và`, then the last day with its month (and maybe a year)
PATTERN = (
    r"(?:(?:<PRE><S>)?từ<S>ngày<S>|ngày<S>|(?<!(?:tăng|giảm|động|khoảng|chiếm|đạt|mức|lên"
    r"|xuống|còn|lệ|số)<S>)(?:<PRE><S>)?từ<S>)<DAY>(?![\d/]|[.,]\d)"
    r"(?:<O>,<O><DAY>(?![\d/]|[.,]\d))*"
    r"<O>(?:[-–]|<S>(?:đến|tới|và)<S>)<O>(?:ngày<S>)?"
    r"(?:<DAY>/<MON>(?:/<Y>)?(?![/\d])|<DAY><S>tháng<S><MONX>(?:<S>năm<S><Y>)?)"
)
# the need (period_needs) of each start word: a day and a joiner after it
NEED_TU = r"từ[ \t\n]+(?:ngày[ \t\n]+)?[^ \t\n]{1,2}[ \t\n]*(?:[-–,]|đến|tới|và)"
NEED_NGAY = r"ngày[ \t\n]+[^ \t\n]{1,2}[ \t\n]*(?:[-–,]|đến|tới|và)"

_DAYS = regex.compile(r"(?<![\d/])(\d{1,2})(?![\d/])")
_LAST = regex.compile(
    r"(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}))?| tháng (\S+(?: một| hai)?)(?: năm (\d{4}))?)$"
)


def dayspan_bounds(s: str, month_number) -> tuple[tuple, tuple] | None:
    """((year, month, first day), (year, month, last day)) of a matched run (lowered,
    single-spaced); None when the first day does not come before the last one.
    `month_number` reads a month word (`period_words.number`)."""
    last = _LAST.search(s)
    if last is None:
        return None
    head = s[: last.start()]
    firsts = [int(d) for d in _DAYS.findall(head)]
    if not firsts:
        return None
    d1 = int(last.group(1))
    if last.group(2):
        mon, year = int(last.group(2)), last.group(3)
    else:
        mon, year = month_number(last.group(4)), last.group(5)
    d0 = firsts[0]
    if not 1 <= d0 < d1 or any(b <= a for a, b in zip(firsts, [*firsts[1:], d1], strict=True)):
        return None
    y = int(year) if year else None
    return (y, mon, d0), (y, mon, d1)
