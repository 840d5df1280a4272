"""Flow or level: whether the words around a figure name a stock at a date.

Guideline §8: "a level at that date (projects still valid, accumulated capital, a
stock)" against "a flow counted since the start of the year (projects licensed,
capital registered, exports)". The lexicons are patterns of `period_words.grammar`,
matched case-insensitively.

`LEVEL_STRONG` is searched in every clause of a to-date period and rarely matches;
searched by the `regex` engine it cost ~25 µs a clause, the largest cost of the flow
or level question. A stdlib search of the lowered clause for what each of its
alternatives holds (its words, or `lũy kế` for the accumulated-capital one) rules
most clauses out first. That search finds every clause the full pattern finds:
`str.lower` maps every character that matches one of its letters case-insensitively
to that letter, but for `İ` and `ſ` (`period_words.HINT_UNSAFE`; tests/core/
test_period_speed.py checks every code point): a clause holding one skips the prefilter.
"""

from __future__ import annotations

import functools
import re

import regex

from solieu.extract.period_words import grammar

# the alternatives made of words only, before and after the accumulated-capital one
_STRONG_WORDS = (
    r"còn<S>hiệu<S>lực|đang<S>hoạt<S>động|hiện<S>có|hiện<S>đang|đang<S>có"
    r"|còn<S>lại|dư<S>nợ|số<S>dư|tồn<S>kho|tồn<S>đọng|dân<S>số|tổng<S>đàn"
    r"|đàn<S>(?:trâu|bò|lợn|heo|gia<S>cầm)|quy<S>mô|nợ<S>(?:xấu|công|đọng)|dự<S>trữ"
    r"|tổng<S>tài<S>sản|vốn<S>điều<S>lệ|thuê<S>bao|hộ<S>nghèo|tỷ<S>lệ<S>(?:hộ|bao<S>phủ"
    r"|che<S>phủ|đô<S>thị<S>hóa)|(?:lũy|luỹ)<S>kế<S>(?:có|còn|đạt)"
    r"|dung<S>tích|mực<S>nước"  # what a reservoir holds at a date: a stock
)
_STRONG_ACCUMULATED = (
    r"(?:vốn|dự<S>án|đầu<S>tư|doanh<S>nghiệp)(?:<S>[\p{L}]+){0,2}<S>(?:lũy|luỹ)<S>kế"
    r"(?!<S>(?:từ|đến|tới|trong|\d|\p{L}+<S>tháng))"
)
_STRONG_WORDS_AFTER = (
    r"đang<S>(?:triển<S>khai|thực<S>hiện|sinh<S>sống|điều<S>trị|làm<S>việc|lưu<S>hành)"
)
LEVEL_STRONG_SOURCE = grammar(
    rf"(?<![\p{{L}}])(?:{_STRONG_WORDS}|{_STRONG_ACCUMULATED}|{_STRONG_WORDS_AFTER})(?![\p{{L}}])"
)
# what a match of LEVEL_STRONG holds, lowered; the accumulated one holds `lũy kế`
LEVEL_STRONG_HINT = re.compile(grammar(rf"{_STRONG_WORDS}|(?:lũy|luỹ)<S>kế|{_STRONG_WORDS_AFTER}"))


@functools.cache
def level_strong() -> regex.Pattern[str]:
    """The full pattern, compiled the first time a clause passes the prefilter."""
    return regex.compile(LEVEL_STRONG_SOURCE, regex.IGNORECASE)


FLOW = regex.compile(
    grammar(
        r"(?<![\p{L}])(?:cấp<S>mới|cấp<S>phép|được<S>cấp|cấp<S>giấy|đăng<S>ký|thành<S>lập"
        r"|điều<S>chỉnh|tăng<S>thêm|góp<S>vốn|mua<S>cổ<S>phần|thu<S>hút|xuất<S>khẩu|nhập<S>khẩu"
        r"|kim<S>ngạch|doanh<S>thu|thu<S>ngân<S>sách|thu<S>nội<S>địa|chi<S>ngân<S>sách"
        r"|giải<S>ngân|vốn<S>thực<S>hiện|đón|lượt<S>khách|du<S>khách|khách<S>du<S>lịch"
        r"|sản<S>lượng|sản<S>xuất|tiêu<S>thụ|bán<S>ra|tai<S>nạn|làm<S>chết|tử<S>vong"
        r"|bị<S>thương|thiệt<S>hại|phát<S>sinh|tạo<S>việc<S>làm|giải<S>quyết<S>việc<S>làm"
        r"|đi<S>làm<S>việc|ký<S>kết|tổ<S>chức|bắt<S>giữ|xử<S>lý|xử<S>phạt|phát<S>hiện"
        r"|khởi<S>công|hoàn<S>thành|trồng<S>mới|gieo<S>trồng|thu<S>hoạch|tăng|giảm)(?![\p{L}])"
    ),
    regex.IGNORECASE,
)
LEVEL_WEAK = regex.compile(grammar(r"(?<![\p{L}])(?:có|tổng<S>số|tổng<S>cộng)(?![\p{L}])"), regex.I)


def strong_level(clause: str) -> bool:
    """Whether LEVEL_STRONG finds its words in `clause` (the prefilter first)."""
    if "İ" not in clause and "ſ" not in clause and not LEVEL_STRONG_HINT.search(clause.lower()):
        return False  # (`period_words.HINT_UNSAFE`: İ and ſ)
    return level_strong().search(clause) is not None


def is_level_context(clause: str) -> bool:
    """True when the words around a figure name a level at a date (a stock: projects
    still valid, accumulated capital, debt outstanding, population), False for a flow
    counted since the start of the year (licensed, registered, exported, arrived)."""
    if strong_level(clause):
        return True
    if FLOW.search(clause):
        return False
    return LEVEL_WEAK.search(clause) is not None
