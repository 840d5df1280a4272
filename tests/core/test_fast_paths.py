"""The extractor's faster paths give what the plain ones did: led.py finds what
`finditer` finds for the look-behind patterns of scope.py, tried only at their head
words (invented texts with leads, white space of every kind, letters glued before,
matches that cover the next head); the number words' trie key finds what their plain
alternation finds."""

from __future__ import annotations

import random

import pytest
import regex

from solieu.extract import candidates, doc_place, scope
from solieu.extract.led import char_starts, led_spans, literal_starts
from solieu.extract.numbers import parse_matched, parse_numeral
from solieu.text.sentences import WHITESPACE

PIECES = [
    "theo",
    "của",
    "Theo",
    "xtheo",
    "toàn",
    "Toàn",
    "tỉnh",
    "Tỉnh",
    "các",
    "số",
    "5",
    "Bộ",
    "Tài chính",
    "Y tế",
    "Lao động - Thương binh và Xã hội",
    "Cục",
    "Thống kê",
    "Tổng cục",
    "Hải quan",
    "Chính phủ",
    "Quốc hội",
    "Ngân hàng Nhà nước",
    "Ủy ban",
    "An toàn giao thông Quốc gia",
    "Ban Chỉ đạo",
    "quốc gia",
    "thành phố",
    "Nghệ An",
    "bạn",
    ",",
    ".",
    "(",
    "ta",
    "x",
]
SPACES = [" ", "  ", "\n", "\t", "\xa0", "\u3000", "\x1c", "", "\u2028 "]


def _texts(n: int = 3000) -> list[str]:
    rnd = random.Random(11)
    out = ["", " ", "tỉnh", "ỉnh", "Tỉnh", "toàn tỉnh", "theo Bộ Y tế", "Bộ Y tế,"]
    for _ in range(n):
        parts = [rnd.choice(PIECES) + rnd.choice(SPACES) for _ in range(rnd.randrange(1, 12))]
        out.append("".join(parts))
    return out


def test_agencies_and_bare_provinces_are_what_finditer_finds() -> None:
    for text in _texts():
        want = [m.span() for m in doc_place._NATIONAL_AGENCY.finditer(text)]
        assert [(m.start, m.end) for m in doc_place.agencies(text)] == want, text
        want = [m.span() for m in scope._BARE_PROVINCE.finditer(text)]
        heads = char_starts(text, "Tt", "ỉ", "nh")
        assert led_spans(text, scope._BARE_PROVINCE, heads, ("toàn", "Toàn")) == want, text


def test_whitespace_is_what_regex_calls_white_space() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    spaces = set(regex.findall(r"\s", every))
    assert spaces == set(WHITESPACE)


def test_a_head_inside_another_is_refused() -> None:
    with pytest.raises(ValueError):
        literal_starts(["Tổng Cục", "Cục"])
    starts = literal_starts(["Bộ", "Cục"])
    assert list(starts("Bộ Cục xBộ")) == [0, 3, 8]


def test_the_number_words_found_through_the_key_are_the_plain_scan() -> None:
    # the key (a trie after an allowed character) only says where to try _WORDS
    words = candidates._WORD_LIST + [w.capitalize() for w in candidates._WORD_LIST]
    rnd = random.Random(5)
    pieces = [*words, "bao", "khai", "mườii", "_", "5", "Ba", "BA", "một_", " ", "\n", "(", "x"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 10)))
        got = [m.span() for m in candidates.number_words(text)]
        assert got == [m.span() for m in candidates._WORDS.finditer(text)], text


def _skip_by_patterns(text: str, pos: int) -> int | None:
    """`not_a_figure_at` as the two patterns alone say it."""
    skip = candidates.SKIP_AT.match(text, pos)
    if skip:
        return skip.end()
    day = candidates.DAY_MONTH.match(text, pos)
    if day and candidates.DAY_WORD_BEFORE.search(text, max(0, pos - 12), pos):
        return day.end()
    return None


def test_a_number_is_settled_by_the_character_after_it_as_the_patterns_say() -> None:
    rnd = random.Random(3)
    pieces = ["0", "1", "19", "20", "2025", "5", "12", "٣", "-", "–", "/", ".", ",", ":", "h"]
    pieces += ["H", " ", "\t", "\n", "CP", "NĐ", "ngày ", "tối ", "x", "%", "a", "0912", "345"]
    pieces += [".5", ".234", ".12", ".٣٣٣", "-9", "/2025", ".500,5", "6", "07"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 9)))
        for pos in range(len(text)):
            assert candidates.not_a_figure_at(text, pos) == _skip_by_patterns(text, pos), text


def test_a_matched_numeral_reads_as_parse_numeral_reads_it() -> None:
    rnd = random.Random(8)
    pieces = ["0", "1", "12", "123", "٣", "১", ".", ",", " ", "a", "_", "-", "000", "9"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 9)))
        for m in candidates._DIGITS.finditer(text):
            assert parse_matched(m.group()) == parse_numeral(m.group()), text
