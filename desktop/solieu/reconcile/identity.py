"""The canonical identity of a mention: one place name, one ISO period, one measure wording.

Two outlets tell the same statistic in different words: `6 tháng đầu năm` and
`nửa đầu năm` (both `2025-01/2025-06` once normalised), `TP.HCM` and `Thành phố
Hồ Chí Minh`, `kim ngạch xuất khẩu` and `trị giá xuất khẩu`. Grouping blocks and
compares on these canonical forms, so the wording never splits a statistic,
while two places or two periods still never mix.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from solieu.extract.gazetteer import canonical_place
from solieu.extract.period_typed import normalise_period
from solieu.extract.period_words import canonical_period

# Head nouns that name the same quantity in news prose (GUIDELINE §8: the measure is
# the article's own words, so two outlets' words differ). Each maps to one wording.
_SYNONYMS = [
    (
        r"(?:trị giá|giá trị|tổng kim ngạch|kim ngạch)(?= (?:hàng hóa |hàng hoá )?(?:xuất|nhập))",
        "kim ngạch",
    ),
    (
        r"vốn đầu tư trực tiếp nước ngoài|vốn đầu tư nước ngoài|vốn fdi|đầu tư trực tiếp nước ngoài",
        "vốn fdi",
    ),
    (r"tổng vốn đăng ký|vốn đăng ký", "vốn đăng ký"),
    (r"lượt du khách|lượt khách du lịch|du khách", "lượt khách"),
    (r"khách quốc tế|khách nước ngoài", "khách quốc tế"),
    (r"tổng sản phẩm trên địa bàn|tổng sản phẩm trong nước|grdp|gdp", "gdp"),
    (r"chỉ số giá tiêu dùng|cpi", "cpi"),
    (r"thu ngân sách nhà nước|thu ngân sách|tổng thu ngân sách", "thu ngân sách"),
    (r"hàng hóa|hàng hoá", "hàng hóa"),
    (r"ước đạt|đạt|khoảng|ước tính", ""),
]
_SYNONYM_RES = [(regex.compile(rf"(?<!\p{{L}})(?:{p})(?!\p{{L}})"), r) for p, r in _SYNONYMS]


@lru_cache(maxsize=65536)
def measure_key(measure: str | None) -> str | None:
    """The measure in one wording for comparison (lower case, synonyms merged)."""
    if not measure:
        return None
    text = " ".join(measure.lower().split())
    for pattern, repl in _SYNONYM_RES:
        text = pattern.sub(repl, text)
    text = " ".join(text.split())
    return text or None


@lru_cache(maxsize=65536)
def place_key(place: str | None) -> str:
    if not place:
        return ""
    return canonical_place(place) or " ".join(place.split())


@lru_cache(maxsize=65536)
def period_key(period: str | None) -> str:
    """ISO periods in their shortest form; a period kept as words (an older project, a
    reviewer's note) is read by the same normaliser, else compared as written."""
    if not period:
        return ""
    iso = canonical_period(period)
    if iso and regex.fullmatch(r"\d{4}(?:-\d{2}){0,2}(?:/\d{4}(?:-\d{2}){0,2})?", iso):
        return iso
    read = normalise_period(period)
    return canonical_period(read) if read else " ".join(period.lower().split())
