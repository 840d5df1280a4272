"""The words and grammar of Vietnamese time expressions (guideline §8 "period").

`periods.py` finds and resolves the expressions; this module holds what they are
made of: number and month words, the pattern of every expression (written in lower
case, matched on the lower-cased text), the parse of one matched expression into
its bounds (the lexicons that tell a level at a date from a flow: `period_level`).

A bound is `(year, month, day)`, each part None when the text omits it: a start
bound's missing month/day is the first, an end bound's the last. A missing year is
what the reader infers from the article.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from typing import NamedTuple

import regex

from solieu.extract.period_dayspan import PATTERN as DAYSPAN
from solieu.extract.period_dayspan import dayspan_bounds

Bound = tuple[int | None, int | None, int | None]

NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
    "giêng": 1, "chạp": 12,
}  # fmt: skip
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# `hiện` ends these words (`thực hiện có hiệu quả` is not `hiện có`)
HIEN_COMPOUNDS = "thực|thể|xuất|phát|biểu|hiển|ẩn|tái|trình|biến|minh|lộ|hiện"
# a count or quantifier before `tháng`/`năm` makes it a length of time, not a name
_COUNT = (
    r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|mỗi|hằng|hàng|mọi|từng"
    r"|nhiều|vài|mấy)"
)
_TOKENS = {
    "<S>": r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)",  # one gap between words, at most one line break
    "<O>": r"[ \t]*\n?[ \t]*",  # an optional gap (around `/`, `-`, `(`)
    "<Y>": r"(?:19|20)\d\d(?!\d)",
    "<MON>": r"(?:1[0-2]|0?[1-9])(?!\d)",
    "<DAY>": r"(?:3[01]|[12]\d|0?[1-9])",
    "<N>": r"(?:(?:1[0-2]|0?[1-9])(?![\d.,]\d)|mười<S>một|mười<S>hai|mười|một|hai|ba|bốn|năm"
    r"|sáu|bảy|tám|chín)",
    "<MONW>": r"(?:giêng|chạp|mười<S>một|mười<S>hai|mười|một|hai|ba|tư|bốn|sáu|bảy|tám|chín)"
    r"(?![\p{L}\p{N}])",
    "<QN>": r"(?:iv|iii|ii|i|[1-4]|một|hai|ba|bốn|tư)(?![\p{L}\p{N}])",
    "<REL>": r"(?:nay|ngoái|trước|qua)(?![\p{L}])",
    "<NOTCOUNT>": rf"(?<!{_COUNT}<S>)",
    "<PRE>": r"(?:tính|lũy<S>kế|luỹ<S>kế|cộng<S>dồn|kể)",
}


def grammar(src: str) -> str:
    """Expand the `<TOKEN>`s of a pattern written with them (tokens nest)."""
    for _ in range(4):
        for k, v in _TOKENS.items():
            src = src.replace(k, v)
    return src


_TOKENS["<MONX>"] = r"(?:<MON>(?!<O>[-–]<O>\d{1,2}(?!\d))|<MONW>)"
_TOKENS["<YS>"] = r"(?:<O>[/-]<O><Y>|<S>năm<S>(?:<Y>|<REL>))"
_TOKENS["<DATE>"] = r"(?:<DAY>/<MON>(?:/<Y>)?)(?![/\d])"
_TOKENS["<YR>"] = r"<Y>(?:<O>[-–/]<O>(?:<Y>|\d\d(?!\d)))?"
_TOKENS["<POINT>"] = (
    r"(?:(?:ngày<S>|thời<S>điểm<S>(?:ngày<S>)?)?<DATE>"
    r"|(?:ngày<S>)?<DAY><S>tháng<S><MONX>(?:<S>năm<S><Y>)?"
    r"|đầu<S>(?:năm(?:<S>(?:<Y>|nay))?|tháng<S><MONX>(?:<YS>)?)"
    r"|tháng<S><MONX>(?:<YS>)?|quý<S><QN>(?:<YS>)?|năm<S>(?:<Y>|nay)|<Y>|năm)"
)
# a time of day before the date of a to-date (`đến 17h ngày 21/9`, `tới 7 giờ sáng ngày
# 14/8`): a snapshot at that date, the way an ongoing event's toll is reported
_TOKENS["<TOD>"] = (
    r"(?:(?:2[0-4]|[01]?\d)<O>(?:h|giờ)(?:<O>[0-5]\d(?:<O>phút)?)?(?![\p{L}\p{N}])"
    r"(?:<S>(?:sáng|trưa|chiều|tối|đêm)(?![\p{L}]))?<O>,?<S>)"
)
_NOW_END = r"(?:nay|hiện<S>(?:nay|tại)|thời<S>điểm<S>(?:này|hiện<S>tại|hiện<S>nay))(?![\p{L}])"
_UPTO = r"(?:cho<S>)?(?:đến|tới)(?:<S>(?:hết|cuối))?<S>"

# One named group per kind; at one start the first alternative that matches wins.
_ALTERNATIVES = {
    "dayspan": DAYSPAN,  # `từ ngày 15 đến 19/3`: days of one month (period_dayspan)
    "range": rf"(?:<PRE><S>)?từ<S><POINT><S>{_UPTO}(?:{_NOW_END}|<POINT>)"
    r"|ngày<S><DATE><O>(?:[-–]|<S>(?:đến|tới)<S>)<O>(?:ngày<S>)?<DATE>"
    r"|(?:<PRE><S>)?từ<S>(?:đầu<S>năm(?:<S>(?:<Y>|nay))?|(?:năm<S>)?<Y>(?!<O>[-–/]<O>\d))",
    "todate": rf"(?:<PRE><S>)?{_UPTO}(?:<TOD>?(?:ngày<S>|thời<S>điểm<S>(?:ngày<S>)?)?<DATE>"
    r"|<TOD>?ngày<S><DAY><S>tháng<S><MONX>(?:<S>năm<S><Y>)?|tháng<S><MONX>(?:<YS>)?"
    r"|quý<S><QN>(?:<YS>)?)"
    rf"|<PRE><S>{_UPTO}năm<S><Y>"
    r"|(?:<PRE><S>)?(?:cho<S>)?(?:đến|tới)<S>(?:hết|cuối)<S>năm(?:<S>(?:<Y>|nay))?",
    "now": rf"(?:(?:tính|cho|kể)<S>)?(?:đến|tới)<S>{_NOW_END}"
    rf"|từ<S>(?:nay|bây<S>giờ)<S>{_UPTO}<POINT>"  # `từ nay đến năm 2030`: a target
    rf"|(?<!(?:{HIEN_COMPOUNDS})<S>)hiện(?:<S>(?:nay|tại|có|đang|vẫn|còn)(?![\p{{L}}])|(?=<O>,))",
    "same": r"cùng<S>(?:kỳ|thời<S>điểm|thời<S>gian)(?:<S>(?:của<S>)?năm<S>(?:<Y>|trước|ngoái))?",
    "season": r"niên<S>vụ<S>(?:\p{L}+<S>){0,2}?<Y><O>[-–/]<O>(?:<Y>|\d\d(?!\d))"
    r"|(?<!(?:nhiệm|dịch|phục|nghĩa|chức|công|quân|nghiệp)<S>)vụ<S>(?:lúa<S>|sản<S>xuất<S>)?"
    r"(?:(?:đông<S>xuân|hè<S>thu|thu<S>đông|xuân<S>hè|chiêm<S>xuân)(?![\p{L}])"
    r"(?:<S>(?:năm<S>)?(?:<YR>|nay))?|(?:mùa|chiêm|đông|xuân|hè)<S>(?:(?:năm<S>)?<YR>|năm<S>nay(?![\p{L}])))",
    "term": r"(?:giai<S>đoạn|nhiệm<S>kỳ|thời<S>kỳ|kế<S>hoạch|chiến<S>lược|chương<S>trình"
    r"|niên<S>độ|năm<S>học|năm|(?:\d{1,2}|<N>)<S>năm)(?:<S>từ)?(?:<S>năm)?<S><Y><O>"
    r"(?:[-–—/]|<S>(?:đến|tới)(?:<S>năm)?<S>)<O><Y>",
    "recent": r"(?:\d{1,2}|<N>)<S>năm<S>(?:qua|vừa<S>qua|gần<S>đây|trở<S>lại<S>đây)(?![\p{L}])",
    "date": r"ngày<S>(?:<DAY>/<MON>(?:/<Y>)?|<DAY>-<MON>(?:-<Y>)?|<DAY>\.<MON>(?:\.<Y>)?)"
    r"(?![/.\-]?\d)|(?:ngày<S>)?<DAY><S>tháng<S><MONX><S>năm<S><Y>|ngày<S><DAY><S>tháng<S><MONX>",
    "months": r"<N><S>(?:tháng|quý)(?:<S>(?:đầu|cuối))?(?:<S>năm(?:<S>(?:<Y>|<REL>))?|<S><Y>)"
    r"|<N><S>tháng<S>(?:qua|vừa<S>qua|gần<S>đây|đã<S>qua)(?![\p{L}])"
    r"|nửa<S>(?:đầu|cuối)<S>(?:năm(?:<S>(?:<Y>|<REL>))?|<Y>)"
    r"|nửa<S>năm<S>(?:đầu|cuối)(?:<S>(?:năm<S>)?<Y>)?"
    r"|(?:từ<S>)?tháng<S><MON><O>[-–]<O><MON>(?:<YS>)?"
    rf"|tháng<S><MONX>(?:<YS>)?<S>{_UPTO}tháng<S><MONX>(?:<YS>)?",
    "quarter": r"quý<S><QN>(?:<YS>)?|quý<S>(?:đầu|cuối)<S>năm(?:<S>(?:<Y>|<REL>))?",
    "month": r"(?<!(?:mỗi|hằng|hàng|mọi|từng|các|những)<S>)"
    r"(?:tháng<S><MON>(?:<YS>)?|<NOTCOUNT>tháng<S><MONW>(?:<YS>)?)"
    r"(?!<O>(?:lần|lượt|đợt|buổi|ngày|tuần|người)(?![\p{L}]))",
    "year": r"(?:cả<S>)?năm<S>(?:tài<S>chính<S>)?<Y>"
    r"|<NOTCOUNT>(?:cả<S>)?năm<S>(?:nay|ngoái|trước|tới|qua)(?![\p{L}])"
    r"|cả<S>năm(?![\p{L}\p{N}])",
    "target": r"(?:đến|tới)<S>(?:năm<S>)?<Y>",
    "duration": r"<N><S>tháng(?![\p{L}\p{N}]|<O>[/\d])",
}
# The words each alternative can begin with (`#`: a digit). At a word, only the
# alternatives that can begin there are tried, in the order above.
_NUMW = "một hai ba bốn năm sáu bảy tám chín mười"
_FIRST = {
    "dayspan": "tính lũy luỹ cộng kể từ ngày",
    "range": "tính lũy luỹ cộng kể từ ngày",
    "todate": "tính lũy luỹ cộng kể cho đến tới",
    "now": "tính cho kể đến tới hiện từ",
    "same": "cùng",
    "season": "niên vụ",
    "term": f"giai nhiệm thời kế chiến chương niên năm # {_NUMW}",
    "recent": f"# {_NUMW}",
    "date": "ngày #",
    "months": f"# nửa từ tháng {_NUMW}",
    "quarter": "quý",
    "month": "tháng",
    "year": "cả năm",
    "target": "đến tới",
    "duration": f"# {_NUMW}",
}
_WORDS = sorted({w for v in _FIRST.values() for w in v.split()} - {"#"}, key=len, reverse=True)
STARTING_WORDS = tuple(_WORDS)  # what `patterns_for` is asked for (and "#", a digit)
# Every expression holds one of these (the cheap prefilter, on the lower-cased text) ...
KEYS = "tháng|năm|quý|giai|nhiệm|đến|tới|vụ|hiện|nay|kỳ|ngày|hoạch|lược|trình|niên|từ"
# ... the same, grouped by first letter for the stdlib engine (a fifth faster): no key
# begins another, so at any place at most one matches and both find the same keys
KEYS_GROUPED = "t(?:háng|ới|rình|ừ)|n(?:ăm|hiệm|ay|gày|iên)|quý|giai|đến|vụ|h(?:iện|oạch)|kỳ|lược"
# ... and begins with one of these words, at most 40 characters before its first key,
# or with a number of one or two digits and a gap (`<N><S>`, `<DAY><S>`, `\d{1,2}<S>`:
# the digit starts of every "#" alternative), which passes over most numbers untried
STARTS = r"(?<!\w)(?:" + "|".join(_WORDS) + r"|\d(?=[^ \t\n]?[ \t\n]))"
# ... the same, the words grouped by first letter (for lower-cased text, as KEYS_GROUPED)
_BY_FIRST: dict[str, list[str]] = {}
for _w in _WORDS:
    _BY_FIRST.setdefault(_w[0], []).append(_w[1:])
STARTS_GROUPED = STARTS.replace(
    "|".join(_WORDS), "|".join(f"{k}(?:{'|'.join(v)})" for k, v in _BY_FIRST.items())
)


@functools.cache
def patterns_for(word: str, fold: bool = False) -> tuple[regex.Pattern[str], ...]:
    """The alternatives that can begin with `word` (lower case, `#` for a digit), in
    order, each its own pattern: the first that matches at a start is what one pattern
    of them all would match (the alternatives hold no groups of their own, and nothing
    follows them). Compiled apart, each once, they cost a sixth of the combinations'
    compile time per process. A word no alternative begins with gets the empty one."""
    alts = [k for k in _ALTERNATIVES if word in _FIRST[k].split()]
    return tuple(_alternative(k, fold) for k in alts) or (_alternative("", fold),)


@functools.cache
def _alternative(kind: str, fold: bool) -> regex.Pattern[str]:
    """One alternative as a pattern, its group named by its kind (`lastgroup`)."""
    body = f"(?P<{kind}>{_ALTERNATIVES[kind]})" if kind else ""
    src = grammar(r"(?<![\p{L}\p{N}])(?:" + body + ")")
    return regex.compile(src, regex.IGNORECASE if fold else 0)


# `(từ 16/12/2023 đến 15/6/2024)` right after a label gives its dates (guideline §9)
_PART = r"(?:ngày<S>)?(?:<DATE>|tháng<S><MON>(?:<YS>)?|<MON>/<Y>|<Y>)"
PAREN_DATES = regex.compile(
    grammar(
        rf"<O>\(<O>(?:tính<S>)?(?:từ<S>)?(?P<a>{_PART})<O>(?:[-–—]|(?:<S>|<O>)(?:đến|tới)(?:<S>hết)?<S>)<O>"
        rf"(?P<b>{_PART})<O>\)"
    ),
    regex.IGNORECASE,
)
# the words before a period that make it the base of a comparison
BASE_BEFORE = regex.compile(
    grammar(
        r"(?<![\p{L}])(?:so<S>với|so|hơn|gấp(?:<S>(?:đôi|rưỡi|ba|bốn|năm|\d+(?:,\d+)?))?"
        r"(?:<S>lần)?|bằng|kém|như|tương<S>đương(?:<S>với)?)(?:<S>(?:cùng<S>kỳ"
        r"|cùng<S>thời<S>điểm|thời<S>điểm|kế<S>hoạch|mức|của|với|đầu|cuối|trong"
        r"|(?:cao|thấp)<S>nhất|kỷ<S>lục|đỉnh))*<S>$"  # `so với mức cao nhất của năm 2024`
    ),
    regex.IGNORECASE,
)
# an attainment ratio's base names its plan's year (`bằng 76,8% kế hoạch năm 2024`,
# `đạt 82% dự toán Trung ương giao năm 2025`): the plan's period, as a base's, is no
# figure's, the ratio's nor the next one's (`… và tăng 9,2% so với cùng kỳ`)
PLAN_RATIO_BEFORE = regex.compile(
    grammar(
        r"\d<O>%<O>(?:so<S>với<S>)?(?:kế<S>hoạch|dự<S>toán|chỉ<S>tiêu|mục<S>tiêu)"
        r"(?:<S>[\p{L}]+){0,4}?<S>$"
    ),
    regex.IGNORECASE,
)
# the words a BASE_BEFORE match begins with, lowered: a stdlib search of the lowered
# stretch for them rules out most stretches first (as `period_level` does for levels;
# lowering maps every letter that matches one of theirs case-insensitively to it, but
# the HINT_UNSAFE ones, whose stretches skip the prefilter)
BASE_HINT = re.compile("so|hơn|gấp|bằng|kém|như|tương")
HINT_UNSAFE = "İſ"  # letters that match case-insensitively what they do not lower to
# `cùng kỳ năm 2024 đạt 100 tỷ`: a figure of the earlier period, not a base
LINK_AFTER = regex.compile(grammar(r"<O>,?<O>(?:đạt|là|chỉ|mới|có|ước)(?![\p{L}])"), regex.I)
# ... and so is one that opens its clause (`Cùng thời điểm năm 2024, dư nợ đạt …`)
CLAUSE_OPEN = regex.compile(
    r"(?:^|[.;:,(!?\n])[ \t]*(?:(?:trong|vào|cũng|còn|riêng)[ \t]+)*$", regex.I
)
# `Chỉ thị 15-CT/TW ngày 10/8/2022`: the date of a document (§2), not a period
DOC_ID_BEFORE = regex.compile(
    r"(?<![\p{L}\d])\d+[-/][\p{L}\d./-]*\p{Lu}[\p{L}\d./-]*[ \t]*\n?[ \t]*\(?$"
)
LAW_BEFORE = regex.compile(r"(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)[^\n,;.:()]{0,40}$")
BIRTH_BEFORE = regex.compile(r"(?i)(?:sinh|\(sn)[ \t\n]*$")
# `sau 6 tháng`, `6 tháng tuổi`, `6 tháng tới`: a length of time, never the reporting period
DURATION_BEFORE = regex.compile(
    grammar(r"(?<![\p{L}])(?:sau|kéo<S>dài|vòng|mất|hơn|gần|khoảng|hạn|mỗi|kỳ|trên|dưới)<S>$"),
    regex.I,
)
DURATION_AFTER = regex.compile(
    grammar(r"<S>(?:tuổi|một<S>lần|tới|tiếp<S>theo|liên<S>tiếp|sau|nữa|trước|kể<S>từ)(?![\p{L}])"),
    regex.I,
)
YTD_BEFORE = regex.compile(grammar(r"(?:lũy<S>kế|luỹ<S>kế|tính<S>chung|cộng<S>dồn)<S>$"), regex.I)


class Spec(NamedTuple):
    """What one expression says: its kind, its bounds and how to finish them."""

    kind: str
    lo: Bound | None
    hi: Bound | None
    rel: tuple[int, int] | None = None  # (start, end) year offsets from the document's
    to_now: bool = False  # the interval ends at the document date
    label: str | None = None  # `first:6`: the same label later means the same interval
    level: bool = False  # to-date: a level at the end date is the other reading


_NUM_RE = regex.compile(r"\d+|mười một|mười hai|mười|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín")
_YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_REL_RE = regex.compile(r"năm (nay|ngoái|trước|qua|tới)(?!\w)")
_REL = {"nay": 0, "qua": 0, "ngoái": -1, "trước": -1, "tới": 1}
_MW = r"(\d+|mười một|mười hai|[^\W\d]+)"
_P_WDATE = regex.compile(rf"(\d{{1,2}}) tháng {_MW}(?: năm (\d{{4}}))?")
_P_DATE = regex.compile(r"(\d{1,2})[/.\-](\d{1,2})(?!\d)")
_P_MY = regex.compile(r"^(\d{1,2})/(\d{4})$")
_P_MONTH = regex.compile(rf"tháng {_MW}")
_P_QUARTER = regex.compile(r"quý (\w+)")
_P_CLOCK = regex.compile(
    r"\d{1,2} ?(?:h|giờ)(?: ?\d\d(?: ?phút)?)?(?: (?:sáng|trưa|chiều|tối|đêm))? ?,? "
)
_UPTO_SPLIT = regex.compile(r" (?:cho )?(?:đến|tới) (?:(?:hết|cuối) )?")


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _year_of(s: str) -> tuple[int | None, tuple[int, int] | None]:
    """(written year, relative years) of a phrase: `năm 2025` → (2025, None)."""
    ys = _YEAR_RE.findall(s)
    if ys:
        return int(ys[-1]), None
    m = _REL_RE.search(s)
    return (None, (_REL[m.group(1)],) * 2) if m else (None, None)


def point(s: str) -> tuple[Bound, Bound, tuple[int, int] | None] | None:
    """(start, end, relative years) of one point of a range (`tháng 6/2025`, `30/6`)."""
    s = s.strip()
    if s.startswith(("nay", "hiện", "thời điểm này")):
        return None
    year, rel = _year_of(s)
    if m := _P_WDATE.search(s):
        b = (year, number(m.group(2)), int(m.group(1)))
        return b, b, rel
    if m := _P_MY.match(s):
        return (year, int(m.group(1)), None), (year, int(m.group(1)), None), rel
    if m := _P_DATE.search(s):
        b = (year, int(m.group(2)), int(m.group(1)))
        return b, b, rel
    if s.startswith("đầu năm"):
        return (year, 1, 1), (year, 1, 1), rel
    if m := _P_MONTH.search(s):
        b = (year, number(m.group(1)), 1 if s.startswith("đầu") else None)
        return b, b, rel
    if m := _P_QUARTER.search(s):
        q = ROMAN.get(m.group(1)) or number(m.group(1))
        return (year, 3 * q - 2, None), (year, 3 * q, None), rel
    if year is not None or rel is not None or s == "năm":
        return (year, None, None), (year, None, None), rel
    return None


def _range(s: str) -> Spec | None:
    """`từ A đến B` (B may be `nay`), `tháng 3 đến tháng 5`, `ngày 1/1 - 30/6/2025`."""
    body = regex.sub(r"^(?:(?:tính|lũy kế|luỹ kế|cộng dồn|kể) )?(?:từ )?", "", s)
    parts = _UPTO_SPLIT.split(body, maxsplit=1)
    if len(parts) == 1:
        parts = regex.split(r" ?[-–] ?", body.removeprefix("ngày "), maxsplit=1)
    if len(parts) == 1:  # `từ đầu năm`, `từ năm 2020`: to the document date
        a = point(body)
        kind = "since-start" if body.startswith("đầu năm") else "dates"
        return Spec(kind, a[0], None, a[2], to_now=True) if a else None
    a, b = point(parts[0]), point(parts[1])
    if a is None:
        return None
    since = parts[0].startswith("đầu năm")
    if b is None:  # `... đến nay`
        return Spec("since-start" if since else "dates", a[0], None, a[2], to_now=True)
    lo, hi, rel = a[0], b[1], a[2] or b[2]
    if since:
        kind = "since-start"
    elif lo[1] is None and hi[1] is None:
        kind = "term"
    else:
        kind = "dates" if lo[2] is not None or hi[2] is not None else "months"
    return Spec(kind, lo, hi, rel)


def _months(s: str) -> Spec:
    """A run of whole months of one year: first/last N, halves, `tháng 1-9`."""
    year, rel = _year_of(s)
    if s.startswith(("từ tháng", "tháng")):
        if m := regex.match(r"(?:từ )?tháng (\d+) ?[-–] ?(\d+)", s):
            a, b = int(m.group(1)), int(m.group(2))
            return Spec("months", (year, a, None), (year, b, None), rel)
        return _range(s)
    n = 6 if s.startswith("nửa") else number(_NUM_RE.match(s).group()) * (3 if " quý" in s else 1)
    last = "cuối" in s
    lo, hi = (13 - n, 12) if last else (1, n)
    label = f"{'last' if last else 'first'}:{n}"
    return Spec("months", (year, lo, None), (year, hi, None), rel, label=label)


@functools.lru_cache(maxsize=4096)
def parse(kind: str, s: str) -> Spec | None:
    """The spec of one matched expression; `s` is its lower-cased text, single-spaced.
    Cached: a text repeats few distinct expressions (`năm 2024`), and a Spec is immutable."""
    year, rel = _year_of(s)
    if kind == "year":
        return Spec("year", (year, None, None), (year, None, None), rel)
    if kind == "months":
        return _months(s)
    if kind == "quarter":
        w = _P_QUARTER.match(s).group(1)
        q = {"đầu": 1, "cuối": 4}.get(w) or ROMAN.get(w) or number(w)
        return Spec("quarter", (year, 3 * q - 2, None), (year, 3 * q, None), rel, label=f"q:{q}")
    if kind == "month":
        mon = number(_P_MONTH.match(s).group(1))
        return Spec("month", (year, mon, None), (year, mon, None), rel)
    if kind == "date":
        p = point(s.removeprefix("ngày "))
        return Spec("date", p[0], p[1], p[2]) if p else None
    if kind == "range":
        return _range(s)
    if kind == "dayspan":
        b = dayspan_bounds(s, number)
        return Spec("dates", *b) if b else None
    if kind == "todate":
        at = _UPTO_SPLIT.split(" " + s, maxsplit=1)[-1]
        clock = _P_CLOCK.match(at)  # `đến 17h ngày 21/9`: a snapshot, no one counts a
        p = point(at[clock.end() :] if clock else at)  # year's flow to the hour
        if p is None:
            return None
        return Spec("to-date", p[1] if clock else (p[1][0], 1, 1), p[1], p[2], level=True)
    if kind == "now" and s.startswith("từ"):  # `từ nay đến cuối năm`: the end is the target
        p = point(_UPTO_SPLIT.split(s, maxsplit=1)[-1])
        return Spec("target", p[1], p[1], p[2]) if p else None
    if kind == "now":
        return Spec("now", None, None)
    if kind == "same":
        return Spec("same-period", (year, None, None), (year, None, None), rel)
    if kind == "season":
        ys = [int(y) for y in _YEAR_RE.findall(s)]
        if (two := regex.search(r"(\d{4}) ?[-–/] ?(\d\d)(?!\d)", s)) and len(ys) == 1:
            ys.append(ys[0] // 100 * 100 + int(two.group(2)))
        if ys:  # `vụ đông xuân 2024-2025`, `niên vụ 2023/2024`: the years it spans
            return Spec("season", (min(ys), None, None), (max(ys), None, None))
        return Spec("season", (None, None, None), (None, None, None), rel)
    if kind == "term":
        a, b = (int(y) for y in _YEAR_RE.findall(s)[-2:])
        return Spec("term", (a, None, None), (b, None, None)) if a <= b else None
    if kind == "recent":  # `3 năm qua`: the three calendar years up to the document's
        n = number(_NUM_RE.match(s).group())
        return Spec("recent", (None, None, None), (None, None, None), (1 - n, 0))
    if kind == "target":
        return Spec("target", (year, None, None), (year, None, None))
    if kind == "duration":
        return Spec("duration", None, None, label=f"first:{number(_NUM_RE.match(s).group())}")
    return None


# -- ISO forms -------------------------------------------------------------------------
def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def render(d0: date, d1: date) -> str | None:
    """The shortest ISO 8601 form of the days d0..d1 (None when d0 is after d1)."""
    if d0 > d1:
        return None
    if (d0.month, d0.day, d1.month, d1.day) == (1, 1, 12, 31):
        return str(d0.year) if d0.year == d1.year else f"{d0.year}/{d1.year}"
    if d0.day == 1 and d1.day == last_day(d1.year, d1.month):
        a, b = f"{d0.year}-{d0.month:02d}", f"{d1.year}-{d1.month:02d}"
        return a if a == b else f"{a}/{b}"
    a, b = d0.isoformat(), d1.isoformat()
    return a if a == b else f"{a}/{b}"


_ISO_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _iso_part(s: str) -> tuple[date, date] | None:
    m = _ISO_PART.fullmatch(s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if mo is None:
            return date(y, 1, 1), date(y, 12, 31)
        if d is None:
            return date(y, int(mo), 1), date(y, int(mo), last_day(y, int(mo)))
        return date(y, int(mo), int(d)), date(y, int(mo), int(d))
    except ValueError:
        return None


def period_bounds(iso: str) -> tuple[date, date] | None:
    """First and last day of an ISO period (`2025-01/2025-06` → 1 Jan, 30 Jun 2025)."""
    return _bounds(iso) if type(iso) is str else _bounds.__wrapped__(iso)


@functools.lru_cache(maxsize=4096)  # few distinct periods, and dates are immutable
def _bounds(iso: str) -> tuple[date, date] | None:
    parts = iso.strip().split("/")
    if len(parts) > 2:
        return None
    ends = [_iso_part(p) for p in parts]
    if None in ends:
        return None
    d0, d1 = ends[0][0], ends[-1][1]
    return (d0, d1) if d0 <= d1 else None


def canonical_period(iso: str | None) -> str | None:
    """The shortest equivalent form (`2024-01/2024-12` → `2024`), None if not ISO."""
    b = period_bounds(iso) if iso else None
    return render(*b) if b else None


def dates_of(lo: Bound, hi: Bound) -> tuple[date, date] | None:
    """The days from bound lo to bound hi (both with their years)."""
    try:
        d0 = date(lo[0], lo[1] or 1, lo[2] or 1)
        hm = hi[1] or 12
        d1 = date(hi[0], hm, hi[2] or last_day(hi[0], hm))
    except (ValueError, TypeError):
        return None
    return (d0, d1) if d0 <= d1 else None


def fill_years(lo: Bound, hi: Bound, year: int | None = None) -> tuple[Bound, Bound]:
    """Give the bounds the years they omit: the end takes `year`, the start the end's
    year unless it comes later in the calendar (`từ 16/12 đến 15/6/2024` → 2023)."""
    (ly, lm, ld), (hy, hm, hd) = lo, hi
    if hy is None:
        if ly is not None:
            hy = ly if ((hm or 12), (hd or 31)) >= ((lm or 1), (ld or 1)) else ly + 1
        else:
            hy = year
    if ly is None and hy is not None:
        ly = hy if ((lm or 1), (ld or 1)) <= ((hm or 12), (hd or 31)) else hy - 1
    return (ly, lm, ld), (hy, hm, hd)
