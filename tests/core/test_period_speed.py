"""The shortcuts `periods`/`period_words` take for speed find what the plain forms find.

Each shortcut rests on a property of the grammar (no key begins another; every digit
alternative begins with one or two digits and a gap; every dateline holds a date; the
alternatives hold no groups of their own): these tests pin the properties, so that an
edit of the grammar that breaks one fails here rather than changing output quietly.
"""

from __future__ import annotations

import random
import re

import regex

from solieu.extract import period_dates as D
from solieu.extract import period_words as pw
from solieu.extract import periods as P

_SAMPLE = (
    "Trong 6 tháng đầu năm 2025, kim ngạch đạt 12 tỷ USD, tăng 5% so với cùng kỳ năm 2024. "
    "Tính đến ngày 30/6/2025, giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025, vụ đông xuân "
    "2024-2025, niên vụ 2023/2024, hiện nay, từ nay đến cuối năm, quý III/2025, 3 năm qua, "
    "kế hoạch, chiến lược, chương trình, ngày 1.2.2024, 12 tháng 9 năm 2023, nửa đầu năm. "
)


def _texts(n: int = 300) -> list[str]:
    rng = random.Random(7)
    words = _SAMPLE.split(" ") + ["\n", "NĂM", "Tháng", "THÁNG", "12", "1", "2024", "x1", "năm1"]
    return [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 60))) for _ in range(n)]


def test_no_key_begins_another_and_the_grouped_keys_are_the_keys():
    keys = pw.KEYS.split("|")
    assert not [(a, b) for a in keys for b in keys if a != b and b.startswith(a)]
    grouped = re.compile(pw.KEYS_GROUPED)
    assert all(grouped.fullmatch(k) for k in keys)
    plain = re.compile(pw.KEYS)
    for t in [_SAMPLE.lower(), *(t.lower() for t in _texts())]:
        assert [m.span() for m in grouped.finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_no_starting_word_begins_another_and_the_grouped_starts_find_the_same():
    words = pw.STARTING_WORDS
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    grouped, plain = re.compile(pw.STARTS_GROUPED), re.compile(pw.STARTS)
    assert all(grouped.fullmatch(w) for w in words)
    for t in [_SAMPLE.lower(), *(t.lower() for t in _texts())]:
        assert [m.span() for m in grouped.finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_the_alternatives_hold_no_groups_so_the_first_that_matches_is_the_combined_match():
    for k in pw._ALTERNATIVES:
        for fold in (False, True):
            assert pw._alternative(k, fold).groups == 1
    for word in [*pw.STARTING_WORDS, "#", "ſáu"]:
        for fold in (False, True):
            kinds = [k for k in pw._ALTERNATIVES if word in pw._FIRST[k].split()]
            body = "|".join(f"(?P<{k}>{pw._ALTERNATIVES[k]})" for k in kinds)
            combined = regex.compile(
                pw.grammar(r"(?<![\p{L}\p{N}])(?:" + body + ")"), regex.I if fold else 0
            )
            for t in [_SAMPLE, *_texts(12)]:
                src = t if fold else t.lower()
                for pos in range(len(src)):
                    want = combined.match(src, pos)
                    got = next(
                        (m for p in pw.patterns_for(word, fold) if (m := p.match(src, pos))),
                        None,
                    )
                    assert (want and (want.span(), want.lastgroup)) == (
                        got and (got.span(), got.lastgroup)
                    )


def test_the_starting_words_are_written_in_lower_case():
    assert all(w == w.lower() and not w.isdigit() for w in pw.STARTING_WORDS)


def test_every_digit_alternative_begins_with_one_or_two_digits_and_a_gap():
    gap = regex.compile(r"\d{1,2}[ \t\n]")
    for fold in (False, True):
        for p in pw.patterns_for("#", fold):
            for t in [_SAMPLE, *_texts()]:
                for m in regex.finditer(r"\d", t):
                    if p.match(t, m.start()):
                        assert gap.match(t, m.start())


def test_a_head_without_a_date_has_no_dateline():
    heads = [
        "Hà Nội, ngày 14/7/2025 - Tin",
        "Thứ Hai, 14/7/2025",
        "(Ngày 5 tháng 6 năm 2023)",
        "date 2025-07-14",
        "Nghệ An, ngày 1 tháng 2 năm 2024",
        "(NGÀY 1 THÁNG 2 NĂM 2024)",
        "Cập nhật: 09:15, 14/07/2025",
    ]
    for h in heads:
        assert D._dateline(h) is not None
        assert D._ANY_DATE.search(h)
    for t in _texts():
        if D._ANY_DATE.search(t[: D._HEAD]) is None:
            assert all(p.search(t[: D._HEAD]) is None for p in D._DATELINES)


def test_lowering_maps_every_letter_of_the_hints_as_the_case_insensitive_search():
    from solieu.extract import period_level as L

    letters = {c for h in (L.LEVEL_STRONG_HINT, pw.BASE_HINT) for c in h.pattern if c.isalpha()}
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    odd = set()
    for v in letters:
        odd |= {x for x in regex.findall(regex.escape(v), every, regex.I) if x.lower() != v}
    assert odd <= set(pw.HINT_UNSAFE)


def test_every_base_alternative_begins_with_a_hint_word():
    src = pw.BASE_BEFORE.pattern
    body, depth, alts, cur = src[src.index("(?:") + 3 :], 0, [], ""
    for c in body:
        if c == ")" and depth == 0:
            break
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            alts.append(cur)
            cur = ""
        else:
            cur += c
    alts.append(cur)
    words = pw.BASE_HINT.pattern.split("|")
    assert len(alts) == 8 and all(any(a.startswith(w) for w in words) for a in alts)
    for t in [
        _SAMPLE,
        *_texts(),
        "CÒN HƠN 5",
        "ſO VỚI năm 2024",
        "gấp đôi năm ngoái",
        "NHƯ năm 2024",
    ]:
        for end in range(len(t) + 1):
            want = pw.BASE_BEFORE.search(t, max(0, end - 40), end) is not None
            assert P._base_before(t, end) == want


def test_the_prefilter_never_hides_a_strong_level_word():
    from solieu.extract import period_level as L

    full = regex.compile(L.LEVEL_STRONG_SOURCE, regex.I)
    clauses = [
        "CÒN LẠİ 5 tỷ",
        "còn lại",
        "dân ſố 3 triệu",
        "DÂN SỐ",
        "vốn đầu tư nước ngoài lũy kế đạt 5 tỷ USD",
        "Vốn FDI lũy kế từ đầu năm",
        "DƯ NỢ tín dụng",
        "đang\nhoạt  động",
        "tổng tài sản",
        "có 5 dự án",
        "Tỷ lệ che phủ rừng",
        "hiện có",
    ]
    for c in clauses + _texts():
        assert L.strong_level(c) == bool(full.search(c))


def _greek_texts(n: int = 300) -> list[str]:
    greek = ["ΟΔΟΣ", "ΣΣΣ", "ΑΣ.", "Σ", "ΟΣ'", "σΣ", "ΆΣΣ..", "ΣΊΣΥΦΟΣ"]
    periods = [
        "năm 2024",
        "niên vụ ΟΔΟΣ 2024-2025",
        "vụ ΣΟΣ mùa 2024",
        "niên vụ ΑΣ ΟΣ 2023/24",
        "tháng 6/2025",
        "từ ngày 1/1 đến ngày 30/6/2025",
    ]
    out = []
    for i in range(n):
        rng = random.Random(i)
        parts = []
        for _ in range(rng.randrange(3, 40)):
            x = rng.random()
            pick = greek if x < 0.4 else periods if x < 0.7 else None
            parts.append(rng.choice(pick) if pick else "x" * rng.randrange(1, 300))
        out.append(rng.choice([" ", "", "\n", ". "]).join(parts))
    return out


def test_a_window_sliced_from_its_lowered_piece_finds_what_it_finds_lowered_alone(monkeypatch):
    from solieu.extract.lowering import lower_region

    texts = _greek_texts() + ["\n\n".join(_greek_texts(60))]
    sliced = [P.find_periods(t) for t in texts]
    differ = 0
    for t in texts:
        pieces: list = []
        for a, b in P._windows(t, pieces):
            r0, r1 = max(0, a - P._MARGIN), min(len(t), b + P._REACH)
            differ += P._lowered(t, pieces, r0, r1) != lower_region(t, r0, r1)
    assert differ  # some windows do end inside a Greek word
    monkeypatch.setattr(P, "_lowered", lambda text, pieces, r0, r1: lower_region(text, r0, r1))
    assert [P.find_periods(t) for t in texts] == sliced
