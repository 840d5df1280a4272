"""The scope's fast paths against their plain definitions."""

from __future__ import annotations

import random

import regex

from solieu.extract import scope as sc
from solieu.extract import scope_hints as sh


def test_lowering_maps_every_letter_of_the_hints_as_the_case_insensitive_search() -> None:
    hints = (*sh.NOW_HINTS, *sh.ANAPHORA_HINTS, "năm")
    letters = {c for h in hints for c in h}
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    odd = set()
    for v in letters:
        odd |= {x for x in regex.findall(regex.escape(v), every, regex.I) if x.lower() != v}
    assert odd <= {"İ", "ſ"}


def test_a_sentence_without_the_hints_matches_none_of_the_patterns() -> None:
    rng, hits = random.Random(5), 0
    pieces = ["hiện", "Hiện", "HIỆN", "nay", "Nay", "đến", "tới", "thời", "điểm", "ĐIỂM", "này",
              "tại", "có", "đang", "trong", "của", "quý", "Quý", "tháng", "THÁNG", "kỳ", "Kỳ", "vụ",
              "Vụ", "mỗi", "hằng", "hàng", "bình", "quân", "năm", "NĂM", "3", "I", "İ", "ſ", "ς",
              "x", ",", ";", ":", "\n", "tăng"]  # fmt: skip
    cases = (
        (sc._NOW, sh.NOW_HINTS),
        (sc._PER_YEAR, ("năm",)),
        (sc._ANAPHORA, sh.ANAPHORA_HINTS),
    )
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "  ")) for _ in range(6))
        low = None if "İ" in text or "ſ" in text else text.lower()
        for pattern, hints in cases:
            if pattern.search(text):
                hits += 1
                assert sh.may_match(low, hints), text
    assert hits > 1000


def test_bare_province_heads_before_a_capital_are_skipped_safely() -> None:
    from solieu.extract.led import char_starts, led_spans

    rng, hits = random.Random(9), 0
    pieces = ["tỉnh", "Tỉnh", "toàn", "Toàn", "các", "Nghệ", "An", "Đồng", "Ân", "bạn", "ta", "x",
              "3", ",", "\n", "\t", "  ", "Ủy", "ủy", "lân", "nhà", "Thành"]  # fmt: skip
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "\n")) for _ in range(7))
        heads = char_starts(text, "Tt", "ỉ", "nh")
        fast = (h for h in heads if not sh.named_after(text, h + 4))
        got = led_spans(text, sc._BARE_PROVINCE, fast, ("toàn", "Toàn"))
        assert got == [m.span() for m in sc._BARE_PROVINCE.finditer(text)], text
        hits += len(got)
    assert hits > 1000
