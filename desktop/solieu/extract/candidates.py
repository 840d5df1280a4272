"""Where a figure can start: digit numerals and number words, minus the dates and codes.

Digit numerals are found with one `regex` pass, number words with the stdlib
engine (several times faster for a literal alternation). At each digit
candidate an anchored pattern first rejects what looks like a number but is not
a figure (guideline §2): dates, document numbers, clock times, year ranges,
phone numbers, the corpus date stamp.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import regex

from solieu.extract.numbers import NUMERAL
from solieu.extract.place_forms import trie_pattern

SP = r"[ \t]*\n?[ \t]*"  # spaces with at most one line break (hard-wrapped text)
_UPPER = r"[\p{Lu}Đ]"

_SKIP = "|".join(
    [
        r"\d{4}-\d{1,2}-\d{1,2}(?!\d)",  # ISO date (page date stamps)
        # a date stamp with only year and month (` date 2022-08 Tổng …`, §2 and §9)
        r"(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])(?![\p{N}]|[-.,/:]\p{N})",
        # document identifiers: 15-CT/TW, 21/NQ-CP, 123/2020/NĐ-CP, 01/2024/TT-BTC
        rf"\d+(?:/\d+)*[-/]{_UPPER}[\p{{Lu}}Đ\d]*(?:[-/.][\p{{Lu}}Đ\d]+)*",
        r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])",  # 30/6/2025, 22/7
        r"\d{1,2}/\d{4}(?!\d)",  # 9/2025
        r"\d{1,2}-\d{1,2}-\d{2,4}(?!\d)",  # 12-4-2024
        r"\d{1,2}[:hH]\d{2}(?![\d%])",  # 08:30, 14h05
        r"(?:19|20)\d{2}[ \t]*[-–—][ \t]*(?:19|20)\d{2}(?!\d)",  # 2020 - 2025
        r"0\d{2,3}[ .]\d{3,4}[ .]\d{3,4}(?!\d)",  # phone numbers
        r"0\d{9,10}(?!\d)",
    ]
)
SKIP_AT = regex.compile(rf"(?:{_SKIP})")
DAY_MONTH = regex.compile(r"\d{1,2}[-.]\d{1,2}(?![\d.,]*\d)")
DAY_WORD_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|mùng|mồng|từ ngày)[ \t]+$"
)

# not after `+` or `/` glued to a code (`p0+86mm`, `H9//9m/`: base64, serials): the
# cheapest place to drop the thousands of such digit runs a pasted blob holds
_DIGITS = regex.compile(rf"(?=\d)(?<![\p{{L}}\p{{N}}+/][+/]){NUMERAL}")
# number words, scanned with the stdlib engine: a literal alternation bounded by
# spaces runs several times faster there than in `regex` (measured in bench/extract.py)
_WORD_LIST = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "đôi"]
_WORD_TAIL = "mươi|mười|trăm|linh|lẻ|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín"
_WORDS = re.compile(
    r"(?:(?<=[\s(\"“'])|^)(?:"
    + "|".join(_WORD_LIST + [w.capitalize() for w in _WORD_LIST])
    + rf")(?:[ \t]+(?:{_WORD_TAIL}))*(?!\w)"
)
# Where _WORDS can match after the text's start: a first number word not followed by a
# word character, after one of the characters its lookbehind allows, listed (`\s` of the
# stdlib engine is str.isspace). The stdlib engine skips to these fast (a set of first
# characters, spaces mostly, rarer than the words' first letters); _WORDS itself starts
# with a lookbehind, which makes it try every position. No key spans another match start,
# as a match only starts after a space, a bracket or a quote, and a word holds none.
# (as a trie, `b(?:a|ảy|ốn)`: one branch tried per letter; no word is the start of
# another, so it matches where the plain alternation does)
# (the str.isspace characters: a test checks every code point)
SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WORDS_KEY = re.compile(
    f"[{SPACES}(\"“']("
    + trie_pattern(_WORD_LIST + [w.capitalize() for w in _WORD_LIST])
    + r")(?!\w)"
)

DIGIT, WORD = 0, 1


def number_words(text: str) -> Iterator[re.Match[str]]:
    """`_WORDS.finditer(text)`, trying the pattern only where _WORDS_KEY finds a word."""
    last = 0
    m = _WORDS.match(text)  # at the start, where `^` stands for the lookbehind
    if m:
        last = m.end()
        yield m
    for k in _WORDS_KEY.finditer(text):
        pos = k.start(1)
        if pos < last:
            continue
        m = _WORDS.match(text, pos)
        if m:
            last = m.end()
            yield m


def candidates(text: str) -> Iterator[tuple[int, int, Any]]:
    """(start, DIGIT or WORD, match) of every place a figure can start, in text order
    (at one start, the digits first); the match is a `regex` one for digits, a stdlib
    `re` one for words. Merged as found, not listed: a long document's matches held
    at once cost more than its figures."""
    return _merge(_DIGITS.finditer(text), number_words(text))


def _merge(digits: Iterator[Any], words: Iterator[Any]) -> Iterator[tuple[int, int, Any]]:
    """`heapq.merge` of the two by start, digits first at one start, without its heap."""
    d, w = next(digits, None), next(words, None)
    while d is not None:
        if w is not None and w.start() < d.start():
            yield w.start(), WORD, w
            w = next(words, None)
        else:
            yield d.start(), DIGIT, d
            d = next(digits, None)
    while w is not None:
        yield w.start(), WORD, w
        w = next(words, None)


# What can follow the first run of digits of a match of SKIP_AT or DAY_MONTH (a phone
# number starts with 0): `-` `/` `.` `:` `h` for dates, codes and times; a space or a tab
# only after a year that opens a range (`2020 - 2025`); a dash `–—` (not ASCII).
_SEPARATORS = frozenset("-/.:hH")
_ASCII_DIGITS = frozenset("0123456789")


def _settled(text: str, pos: int, k: int, c: str) -> bool:
    r"""Whether no skip pattern can match at `pos`, from `c`, the ASCII character (or "")
    after its digits text[pos:k]: a space only follows a year of a range; a dot only
    follows a day (one or two digits) and not before three digits (`1.234`, `12.500`:
    thousands, where `(?![\d.,]*\d)` of DAY_MONTH fails)."""
    if c in (" ", "\t"):
        return k - pos != 4 or text[pos : pos + 2] not in ("19", "20")
    if c == ".":
        after = text[k + 1 : k + 4]
        return k - pos > 2 or (len(after) == 3 and all(d in _ASCII_DIGITS for d in after))
    return c not in _SEPARATORS


def not_a_figure_at(text: str, pos: int) -> int | None:
    """End of the date, code or time that starts at `pos`, or None when there is none."""
    if text[pos : pos + 1] != "0":  # most numbers: settled by the character after them
        k, n = pos, len(text)
        while k < n and text[k] in _ASCII_DIGITS:
            k += 1
        c = text[k : k + 1]
        if c < "\x80" and _settled(text, pos, k, c):  # ASCII (or the end): not a digit
            return None
    skip = SKIP_AT.match(text, pos)
    if skip:  # a date, a document number, a time ...: not a figure
        return skip.end()
    day = DAY_MONTH.match(text, pos)
    if day and DAY_WORD_BEFORE.search(text, max(0, pos - 12), pos):
        return day.end()  # `tối 25-9`, `ngày 5.3`: a date written with - or .
    return None
