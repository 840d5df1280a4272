"""The stdlib needs before an alternative (period_needs) never rule out a match.

Each need must match wherever its alternative matches at the word; the texts are
made of the words, gaps and digits the alternatives are written with, and the
finding with the needs is compared with the finding without them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solieu.extract import period_words as pw
from solieu.extract import periods
from solieu.extract.period_needs import NEEDS

_PIECES = (
    " ", "  ", "\n", " \n ", "\t", ",", ".", "/", "-", "–", "(", ")", "1", "2", "3", "9", "0",
    "12", "30", "2024", "2025", "19", "20", "٣", "năm", "tháng", "quý", "học", "từ", "đến", "tới",
    "hết", "cuối", "đầu", "nay", "qua", "vừa", "ngoái", "trước", "kỳ", "đoạn", "hoạch", "lược",
    "trình", "độ", "vụ", "lúa", "sản", "xuất", "đông", "xuân", "hè", "thu", "chiêm", "mùa",
    "hiện", "tại", "có", "đang", "vẫn", "còn", "giêng", "chạp", "mười", "một", "hai", "ba", "tư",
    "bốn", "sáu", "tám", "chín", "cả", "tài", "chính", "ngày", "cho", "nhiệm", "giai", "thời",
    "kế", "chiến", "chương", "niên", "điểm", "gần", "đây", "lần", "x", "h",
)  # fmt: skip


_GAPS = (" ", " ", " ", "\n", " \n ", "\t")


def _word_text(rng: random.Random, word: str) -> str:
    out = [rng.choice(("1", "12", "9", "٣1", "3")) if word == "#" else word]
    for _ in range(rng.randint(0, 10)):
        out.append(rng.choice(_GAPS) if rng.random() < 0.7 else "")
        out.append(rng.choice(_PIECES))
    return "".join(out)


def _alternative(word: str, kind: str):
    return next(p for p in pw.patterns_for(word) if next(iter(p.groupindex)) == kind)


@pytest.mark.parametrize("word,kind", sorted(NEEDS))
def test_need_holds_wherever_its_alternative_matches(word: str, kind: str) -> None:
    pat, need = _alternative(word, kind), NEEDS[(word, kind)]
    rng = random.Random(f"{word}/{kind}")
    matched = 0
    for _ in range(5000):
        text = _word_text(rng, word)
        if pat.match(text, 0) is not None:
            matched += 1
            assert need.match(text, 0) is not None, text
    for text in _EXAMPLES.get((word, kind), ()):
        assert pat.match(text, 0) is not None, text
        assert need.match(text, 0) is not None, text
        matched += 1
    assert matched, "no text matches the alternative"


_NUMBERS = ("một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín")
_TERMS = ("giai đoạn", "nhiệm kỳ", "kế hoạch", "chiến lược", "chương trình")
_EXAMPLES = {
    ("#", "date"): ("12 tháng 5 năm 2024", "3 \n tháng mười năm 2024"),
    ("#", "recent"): ("5 năm qua", "10\tnăm gần đây"),
    ("#", "term"): ("5 năm 2021-2025",),
    ("năm", "recent"): ("năm năm vừa qua",),
    ("thời", "term"): ("thời kỳ 2021 - 2030",),
    ("cho", "todate"): ("cho đến tháng 6", "cho tới hết năm"),
    ("ngày", "range"): ("ngày 1/6 - 30/6", "ngày 15/12/2023\nđến 15/6/2024"),
    ("năm", "term"): ("năm học 2024-2025", "năm 2021-2025", "năm 2021 \n đến năm 2025", "năm từ 2021 đến 2025"),
    ("đến", "todate"): ("đến ngày 30/6", "đến hết tháng 9", "đến cuối năm", "đến 30/6/2025"),
    ("tới", "todate"): ("tới thời điểm ngày 30/6",),
    ("đến", "now"): ("đến nay", "đến thời điểm hiện tại"),
    ("tới", "now"): ("tới hiện nay",),
    ("đến", "target"): ("đến năm 2030", "đến 2030"),
    ("#", "months"): ("6 tháng đầu năm 2025", "3 quý đầu năm", "9 tháng qua", "5 tháng 2024"),
    ("ba", "months"): ("ba tháng vừa qua", "ba quý cuối năm nay"),
    ("giai", "term"): ("giai đoạn từ 2021 đến 2025", "giai đoạn năm 2021 - 2025"),
    ("tháng", "months"): ("tháng 1-3 năm 2024", "tháng giêng đến tháng ba"),
    ("vụ", "season"): ("vụ đông xuân 2024-2025", "vụ lúa hè thu"),
    ("niên", "season"): ("niên vụ 2024/2025",),
    ("niên", "term"): ("niên độ 2024-2025",),
    ("ngày", "dayspan"): ("ngày 20 và 21/5", "ngày 20, 21 và 22/5", "ngày 8 - 13/6"),
    ("từ", "dayspan"): ("từ ngày 15 đến 19/3", "từ 8 - 13/6", "từ ngày 3 đến ngày 5 tháng 9"),
    **{(w, "recent"): (f"{w} năm qua",) for w in _NUMBERS},
    **{(w, "term"): (f"{w} năm 2021-2025",) for w in _NUMBERS},
    **{(w.split()[0], "term"): (f"{w} 2021 - 2025",) for w in _TERMS if w != "giai đoạn"},
}  # fmt: skip


def test_every_need_is_of_an_alternative_its_word_begins() -> None:
    for word, kind in NEEDS:
        assert any(next(iter(p.groupindex)) == kind for p in pw.patterns_for(word))


def _without_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = {k: tuple((None, p) for _, p in v) for k, v in periods._PATTERNS.items()}
    monkeypatch.setattr(periods, "_PATTERNS", plain)
    monkeypatch.setattr(periods, "needed", lambda w: tuple((None, p) for p in pw.patterns_for(w)))


def _corpus() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from extract import build_corpus

    return build_corpus(0.3, seed=5)


def test_same_periods_as_without_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _corpus()
    with_needs = [periods.find_periods(d) for d in docs]
    _without_needs(monkeypatch)
    assert [periods.find_periods(d) for d in docs] == with_needs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ("Năm", "THÁNG", "İ", "ς")), max_size=30))
def test_same_periods_on_made_up_texts(pieces: list[str]) -> None:
    text = " ".join(pieces)
    got = periods.find_periods(text)
    with pytest.MonkeyPatch.context() as mp:
        _without_needs(mp)
        assert periods.find_periods(text) == got
