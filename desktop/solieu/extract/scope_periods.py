"""Reading rules of `scope.period_at` that look past one pattern (GUIDELINE §8 period).

* **A frame phrase states its period up front.** A sentence that opens with a
  prepositional frame holding a period (`Trong mức tăng 0,42% của CPI tháng 9 so với
  tháng trước, có 9/11 nhóm …`, `Đối với vốn FDI 6 tháng đầu năm, …`) sets the time
  of what follows as much as `Trong tháng 9, …` does: the period is up front.
* **A cause phrase keeps its time to its clause.** A period in a cause or purpose
  phrase that trails an earlier figure (`tăng 2,97% do các trường thu học phí năm học
  2025-2026; tại TP.HCM, học phí tăng 10%`) says when the cause happens; after a
  `;` the next clause's figure does not take it.
* **A compared value has its base's time.** A figure that is itself the base of a
  comparison (`cao hơn mức tăng 5,5% của cùng kỳ năm trước`, `so với 128,4 tỷ kWh
  cùng kỳ năm 2024`) describes that earlier period: the base right after it is its
  own time. A base after a figure that is compared (`tăng 10% so với cùng kỳ`, `bằng
  110% cùng kỳ`) stays what it is, never the figure's period.
* **`hiện` is "now" before a verb or a preposition** (`Giá gạo hiện ở mức 397
  USD/tấn`, `hiện chiếm 30%`, `hiện là`): not in a word that ends in `hiện`
  (`thực hiện`, `phát hiện`) nor one it begins (`hiện đại`, `hiện tượng`), which are
  told apart by the word before it and by the word after it (a verb or preposition).
"""

from __future__ import annotations

import regex

from solieu.extract.period_words import HIEN_COMPOUNDS
from solieu.extract.periods import PeriodMention
from solieu.extract.scope_hints import ANAPHORA_HINTS, may_match

# A period that opens its sentence or its first clause (`Cụ thể, trong 6 tháng đầu năm
# 2025, …`) governs the paragraph; one inside a noun phrase governs its sentence only.
_FRONT = regex.compile(
    r"(?i)(?:^|[,:])\s*(?:cụ\s+thể\s+)?(?:cũng\s+)?(?:trong|tính\s+đến|từ|đến|vào|riêng|sau|lũy\s+kế"
    r"|bình\s+quân|tính\s+chung|cộng\s+dồn|chung)?\s*$"
)

# the frame's preposition opens the sentence; the frame runs, with no clause break (a
# comma or point inside a number is none), to the period
_FRAME_OPEN = regex.compile(
    r"(?i)\s*(?:cụ\s+thể,?\s+)?(?:trong|về|đối\s+với|riêng|với)"
    r"(?!\s+(?:khi|lúc|đó|đấy|số\s+đó|thời\s+gian|những\s+năm)(?!\p{L}))"
    r"\s(?:[^,;:.!?()\n]|[,.](?=\d))*"
)
_FRAME_CLOSE = regex.compile(r"(?:[^,;:.!?()\n]|[,.](?=\d)){0,80},")


def fronted(text: str, s0: int, m: PeriodMention) -> bool:
    """Whether m, in the sentence that begins at s0, is stated up front: it opens the
    sentence or its first clause, or lies in the frame phrase that opens the sentence
    (`Trong mức tăng … của CPI tháng 9, …`; the phrase closes with a comma after it)."""
    if _FRONT.search(text[s0 : m.start]):
        return True
    return (
        m.start - s0 <= 160
        and _FRAME_OPEN.fullmatch(text, s0, m.start) is not None
        and _FRAME_CLOSE.match(text, m.end) is not None
    )


# (words before the cause in its clause: not a cause that opens the sentence)
_CAUSE_TRAIL = regex.compile(r"(?i)\s*\S[^;]*?\s(?<!tự\s)(?:do|vì|nhờ|bởi|để)\s[^;]*\Z")


def in_earlier_cause(text: str, s0: int, start: int, end: int, pos: int) -> bool:
    """Whether the period at start..end, before a figure at pos, lies in a cause
    phrase that trails an earlier clause of the sentence, a `;` before the figure."""
    if text.find(";", end, pos) < 0:
        return False
    a = text.rfind(";", s0, start) + 1 or s0
    return _CAUSE_TRAIL.match(text, max(a, start - 200), start) is not None


# `hiện` before what says "now" of a figure: a verb, a linking word or a preposition
NOW_ADVERB = (
    rf"(?<!(?:{HIEN_COMPOUNDS})\s+)(?<!\p{{L}})hiện\s+(?:ở|là|chiếm|đạt|giữ|đứng|nằm|vẫn|còn"
    r"|chỉ|mới|cũng|được|khoảng|duy\s+trì|dao\s+động|ước|đã|có|đang|nay|tại)(?!\p{L})"
)


# `trong quý`, `trong tháng`, `vụ này`: the quarter, month or season the text named last
# (`trong kỳ họp`, `trong kỳ nghỉ`: a session or a holiday, not the reporting period)
ANAPHORA = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:trong|của)\s+(quý|tháng|kỳ)(?!\s*(?:\d|[IVX]+\b|này|tới|sau|trước"
    r"|qua|đầu|cuối|báo\s+cáo|họp|thi|nghỉ|lễ|hạn|bầu\s+cử|đại\s+hội)(?!\p{L}))|(vụ)\s+này)"
    r"(?!\p{L})"
)
_ANAPHORA_KINDS = {
    "quý": {"quarter"},
    "tháng": {"month"},
    "kỳ": {"quarter", "month", "months"},
    "vụ": {"season"},
}


def referent(periods: list[PeriodMention], back, lo: int) -> PeriodMention | None:
    """The period an anaphora match refers to: the last of its kind before periods[lo],
    unless it is a comparison's base."""
    kinds = _ANAPHORA_KINDS[(back.group(1) or back.group(2)).lower()]
    named = next((periods[j] for j in range(lo - 1, -1, -1) if periods[j].kind in kinds), None)
    return named if named is not None and not named.base else None


def last_anaphora(text: str, a: int, b: int):
    """The last anaphora in text[a:b], None if none (a stdlib look for its words first)."""
    seg = text[a:b]
    low = None if "İ" in seg or "ſ" in seg else seg.lower()
    if not may_match(low, ANAPHORA_HINTS):
        return None
    found = list(ANAPHORA.finditer(text, a, b))
    return found[-1] if found else None


# what opens a comparison's base right before a figure: the figure is the value compared
# with (`so với 128,4 tỷ kWh …`, `cao hơn mức tăng 5,5% …`); `bằng`, `gấp` are ratios of
# the figure's own time to the base (`bằng 110% cùng kỳ`), not the base's value
_COMPARED = regex.compile(
    r"(?i)(?<!\p{L})(?:so\s+với|(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn|vượt)"
    r"(?:\s+(?:mức|con\s+số|giá\s+trị))?(?:\s+(?:tăng|giảm))?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|chỉ|là))?\s*\Z"
)
# between the compared figure and its base: nothing, or `của`, `trong`, `vào`
_BASE_LINK = regex.compile(r"(?i)\s*(?:(?:của|trong|vào)\s+)?")


def compared_value(text: str, s0: int, pos: int, end: int, m: PeriodMention) -> bool:
    """Whether the figure at pos..end is the value a comparison compares with, and the
    base m right after it is that value's time."""
    return (
        m.base
        and m.start - end < 12
        and _BASE_LINK.fullmatch(text, end, m.start) is not None
        and _COMPARED.search(text, max(s0, pos - 40), pos) is not None
    )
