"""What the lowered text right after a start word must hold for one alternative to match.

`periods._in_window` tries, at each start word, the alternatives that can begin with
it (`period_words.patterns_for`), each a large `regex` pattern whose call costs a few
microseconds even when it fails at once; most starts fail (`chín` in `chính`, `vụ`
in `dịch vụ`, a digit not before `năm`/`tháng`). A stdlib match of what follows the
word, read off the alternative, rules those out first: every string the alternative
matches at the word also matches its need (each need is how the alternative's
branches that begin with the word begin, with their digit classes widened to "not a
gap" and their gaps to any run of gaps), so the first alternative that matches is
the same. The needs are for
the lowered windows, matched case-sensitively, as the alternatives are there.

Each entry is (word, kind) → the need, matched at the word's start; a pair with no
entry is tried as before. `tests/core/test_period_needs.py` checks every need
against its alternative on the starts of a corpus and of made-up texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from solieu.extract import period_words as pw
from solieu.extract.period_dayspan import NEED_NGAY, NEED_TU

_S = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # `<S>` of period_words: one gap, ASCII classes
_NG = r"[^ \t\n]"  # a character that is not a gap (as any `\d` is)
_GAPS = r"[ \t\n]*"  # `<O>`, `<O><S>`: any run of gaps
_D2 = r"[^ \t\n]{1,2}"  # the one or two digits of `<N>`, `<DAY>`, `\d{1,2}` before a gap

# what follows a term's head (`giai đoạn`, `5 năm`): `(?:<S>từ)?(?:<S>năm)?<S><Y>`
_TERM_YEAR = "(?:từ|năm|19|20)"
# what follows `<N><S>(?:tháng|quý)` in `months`: `đầu`/`cuối`, `năm`, `<Y>`, `qua` ...
_COUNTED = "(?:đầu|cuối|năm|19|20|qua|vừa|gần|đã)"

# the number words `<N>` is alone (`mười` begins `mười một`, `năm` other alternatives)
_NUMBERS = ("một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín")


def _number_needs(word: str) -> dict[tuple[str, str], str]:
    """The alternatives a number begins, `<N><S>` or `(?:\\d{1,2}|<N>)<S>`, then a word."""
    return {
        (word, "term"): rf"{word}{_S}năm{_S}{_TERM_YEAR}",
        (word, "recent"): rf"{word}{_S}năm",
        (word, "months"): rf"{word}{_S}(?:tháng|quý){_S}{_COUNTED}",
        (word, "duration"): rf"{word}{_S}tháng",
    }


# what `<MON>`, `<MONX>` and `<MONW>` begin with
_MONTH = "(?:[0-9]|giêng|chạp|mười|một|hai|ba|tư|bốn|sáu|bảy|tám|chín)"

_SOURCES: dict[tuple[str, str], str] = {}
for _w in _NUMBERS:
    _SOURCES.update(_number_needs(_w))
_SOURCES.update(
    {
        ("#", "term"): rf"{_D2}{_S}năm{_S}{_TERM_YEAR}",
        ("#", "recent"): rf"{_D2}{_S}năm",
        ("#", "date"): rf"{_D2}{_S}tháng{_S}{_MONTH}",  # `<DAY><S>tháng<S><MONX>`
        ("#", "months"): rf"{_D2}{_S}(?:tháng|quý){_S}{_COUNTED}",
        ("#", "duration"): rf"{_D2}{_S}tháng",
        # `năm` as a number, as `năm học`, or `năm [từ] [năm] <Y>` (`<Y>` begins 19 or 20)
        # ... and `<Y><O>` then a dash or `<S>đến` (`<O><S>`: gaps; `\d` not a gap)
        ("năm", "term"): rf"năm{_S}(?:học|từ|năm|(?:19|20){_NG}{{2}}{_GAPS}(?:[-–—/]|đến|tới))",
        ("năm", "recent"): rf"năm{_S}năm",
        ("năm", "months"): rf"năm{_S}(?:tháng|quý){_S}{_COUNTED}",
        ("năm", "duration"): rf"năm{_S}tháng",
        # `tháng <MON>` / `tháng <MONX>` / `tháng <MONW>`: a digit or a month's word
        ("tháng", "months"): rf"tháng{_S}{_MONTH}",
        ("tháng", "month"): rf"tháng{_S}{_MONTH}",
        # `ngày <DATE><O>` then a dash or `đến`: `<DAY>/<MON>(?:/<Y>)?`
        ("ngày", "range"): rf"ngày{_S}[0-9][^ \t\n/]?/[0-9]{{1,2}}(?:/(?:19|20){_NG}{{2}})?"
        rf"{_GAPS}(?:[-–]|đến|tới)",
        ("ngày", "date"): rf"ngày{_S}[0-9]",
        ("ngày", "dayspan"): NEED_NGAY,
        ("từ", "dayspan"): NEED_TU,
        ("hiện", "now"): rf"hiện(?:{_S}(?:nay|tại|có|đang|vẫn|còn)|[ \t]*\n?[ \t]*,)",
        ("vụ", "season"): rf"vụ{_S}(?:lúa|sản|đông|hè|thu|xuân|chiêm|mùa)",
        ("niên", "season"): rf"niên{_S}vụ",
        ("niên", "term"): rf"niên{_S}độ{_S}{_TERM_YEAR}",
        ("nhiệm", "term"): rf"nhiệm{_S}kỳ{_S}{_TERM_YEAR}",
        ("giai", "term"): rf"giai{_S}đoạn{_S}{_TERM_YEAR}",
        ("thời", "term"): rf"thời{_S}kỳ{_S}{_TERM_YEAR}",
        ("kế", "term"): rf"kế{_S}hoạch{_S}{_TERM_YEAR}",
        ("chiến", "term"): rf"chiến{_S}lược{_S}{_TERM_YEAR}",
        ("chương", "term"): rf"chương{_S}trình{_S}{_TERM_YEAR}",
        ("cho", "todate"): rf"cho{_S}(?:đến|tới)",
        ("cho", "now"): rf"cho{_S}(?:đến|tới)",
        ("cả", "year"): rf"cả{_S}năm",
    }
)
_to = r"(?:ngày|thời|[0-9]|tháng|quý)"  # what a point after `_UPTO` begins with
for _w in ("đến", "tới"):  # `_UPTO` then a point, `hết`/`cuối năm`, "now", or a year
    _SOURCES[(_w, "todate")] = rf"{_w}{_S}(?:{_to}|(?:hết|cuối){_S}(?:{_to}|năm))"
    _SOURCES[(_w, "now")] = rf"{_w}{_S}(?:nay|hiện|thời)"
    _SOURCES[(_w, "target")] = rf"{_w}{_S}(?:năm|19|20)"

NEEDS: dict[tuple[str, str], re.Pattern[str]] = {k: re.compile(v) for k, v in _SOURCES.items()}

Need = Callable[[str, int], object] | None  # a need's `match`, None: no need


def needed(word: str) -> tuple[tuple[Need, regex.Pattern[str]], ...]:
    """`period_words.patterns_for(word)`, each alternative with its need's `match`."""
    out = []
    for p in pw.patterns_for(word):
        need = NEEDS.get((word, next(iter(p.groupindex), "")))
        out.append((need.match if need is not None else None, p))
    return tuple(out)
