"""A week as a figure's time: `trong tuần`, `tuần qua`, `tuần 32`, `tuần thứ 32/2025`.

Weekly reports (an epidemic's new cases, a market's prices, a week's traffic
accidents) give a week's count next to the year's: `Trong tuần, toàn thành phố ghi
nhận 450 ca; từ đầu năm đến nay 8.200 ca`. Read without the week, the week's count
would take the year-to-date period of the sentence before: a wrong period, worse
than none. So the week is found as a period of its own, and it governs its sentence
the way one day does (scope `_EPISODES`). Its ISO form (§8 lists no week):
- a numbered week with its year (`tuần 32 năm 2025`, `tuần thứ 32/2025`) is the
  Monday-to-Sunday days of that ISO week (`2025-08-04/2025-08-10`), the weeks the
  health agencies number;
- a week the text does not fix (`tuần qua`, `tuần này`, `trong tuần`, `tuần 32`
  with no year) is null: which seven days are meant cannot be told from the words.
`so với tuần trước` is a comparison's base, as any period after `so với` is.

Not a week: a rate or a repetition (`mỗi tuần`, `hằng tuần`, `3 lần/tuần`, `các
tuần`), a length of time (`2 tuần qua`, `trong 3 tuần`), `tuần lễ`/`tuần tra`
(`Tuần lễ Văn hóa`, a patrol).
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

# the alternative, in `period_words` grammar tokens (expanded there)
PATTERN = (
    r"(?<!(?:mỗi|hằng|hàng|mọi|từng|các|những|vài|mấy|\d)<S>)(?<!/)"
    r"(?:trong<S>)?tuần(?:<S>(?:qua|vừa<S>qua|này|trước|rồi|tới|sau)(?![\p{L}\p{N}])"
    r"|<S>(?:thứ<S>)?\d{1,2}(?![\d,.]\d|[\p{L}])(?:<S>năm<S><Y>|<O>/<O><Y>)?(?![\p{N}])"
    r"|(?=<O>,))"
)
_NUMBERED = regex.compile(r"tuần (?:thứ )?(\d{1,2})(?:(?: năm |/)((?:19|20)\d\d))?")


def week_bounds(s: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The first and last day of a numbered week with its year (`tuần 32 năm 2025`);
    None for a week the words do not fix. `s`: lower-cased, single-spaced."""
    m = _NUMBERED.search(s.replace(" / ", "/"))
    if m is None or m.group(2) is None:
        return None
    try:
        d0 = date.fromisocalendar(int(m.group(2)), int(m.group(1)), 1)
    except ValueError:  # `tuần 60`: no such week
        return None
    d1 = d0 + timedelta(days=6)
    return (d0.year, d0.month, d0.day), (d1.year, d1.month, d1.day)
