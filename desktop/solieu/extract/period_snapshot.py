"""A to-date that reports an ongoing event's toll: a snapshot at its date, not a flow.

Guideline §8 reads `tính đến ngày 30/6/2025` as a flow since 1 January for what is
counted through the year (projects licensed, exports) and as a level at the date
for a stock. The toll of one storm, flood, landslide or fire (`tính đến ngày 21/9,
bão số 4 đã làm 7 người chết`, `… 1.245 căn nhà bị hư hỏng`) is neither counted
since January nor through the year: it is what the event has done by that date,
the way the daily reports of the disaster agencies are read. Its verbs (`làm chết`,
`thiệt hại`, `tử vong`) are the flow words of other figures (a year's traffic
accidents, `tính đến 15/9, toàn tỉnh xảy ra 120 vụ tai nạn`, are a flow since
January), so the cue is the event the sentence names, not the figure's words.

What counts as one event: a storm or depression (`bão số 4`, `cơn bão`, `bão Yagi`,
`áp thấp nhiệt đới`, `hoàn lưu`), a flood or a landslide (`mưa lũ`, `lũ quét`,
`trận lũ`, `sạt lở`), an earthquake, a forest fire or one fire (`vụ cháy`, `đám
cháy`). Not: disasters in general (`thiên tai`), a count of incidents (`xảy ra 30
vụ cháy`, `các trận lũ`), an epidemic (its cases are counted through the year), nor
a sentence that says the count runs from the year's start (`từ đầu năm`).
"""

from __future__ import annotations

import regex

_EVENT = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?<!(?:\d|các|những|nhiều|mấy|vài)\s)(?:"
    r"(?:cơn|siêu)\s+bão|bão\s+(?:số\s+\d+|\p{Lu})|bão(?=\s+(?:và|đã|làm|gây|cùng)(?!\p{L}))"
    r"|áp\s+thấp\s+nhiệt\s+đới|hoàn\s+lưu|(?:trận|đợt|cơn)\s+(?:mưa\s+)?(?:lũ|lụt|mưa|dông|lốc)"
    r"|mưa\s+lũ|lũ\s+(?:quét|ống|lụt)|ngập\s+lụt|sạt\s+lở|lốc\s+xoáy|động\s+đất|sóng\s+thần"
    r"|cháy\s+rừng|(?:vụ|đám)\s+(?:cháy|hỏa\s+hoạn|hoả\s+hoạn)|hỏa\s+hoạn|hoả\s+hoạn"
    r")(?![\p{L}])"
)
# the count runs from the start of the year, or over many events: a flow after all
_YEAR_LONG = regex.compile(r"(?i)(?<!\p{L})(?:từ\s+đầu\s+năm|thiên\s+tai)(?!\p{L})")
_BEFORE, _AFTER = 200, 300  # how far the sentence around a to-date is read
_HINTS = ("bão", "lũ", "lụt", "lở", "lốc", "động đất", "thần", "cháy", "hoạn", "hoàn lưu")


def _sentence(text: str, start: int, end: int) -> str:
    a = max(0, start - _BEFORE)
    cut = max(text.rfind(".", a, start), text.rfind("\n", a, start), text.rfind("!", a, start))
    b = min(len(text), end + _AFTER)
    stops = [i for i in (text.find(".", end, b), text.find("\n", end, b)) if i >= 0]
    return text[(cut + 1 if cut >= 0 else a) : min(stops) if stops else b]


def is_event_toll(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the to-date at start..end reports one event's toll."""
    around = _sentence(text, start, end)
    low = around.lower()  # (the hints' letters are all a match can lower to, but for
    if "İ" not in around and "ſ" not in around and not any(h in low for h in _HINTS):
        return False  # `İ` and `ſ`: `period_words.HINT_UNSAFE`)
    return _EVENT.search(around) is not None and _YEAR_LONG.search(around) is None
