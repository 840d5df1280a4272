"""Hostile input never costs the other figures of a text.

Each case inserts a bad part (a 100,000-digit numeral, a 40-digit amount, NUL
bytes, lone surrogates, thousands of brackets, a 50 MB line …) into a valid
article and checks that the figures outside it are exactly those of the article
alone, shifted by the inserted length; numerals too long to be figures are
reported as warnings, never raised.
"""

from __future__ import annotations

import base64
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solieu.extract import extract_document, extract_figures
from solieu.model import UNIT_CLASSES, decimal_str

P1 = (
    "Theo Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Bình, mưa lũ làm 6 người chết "
    "(Tuyên Hóa 3 người, Minh Hóa 2 người, Lệ Thủy 1 người) và 12 người bị thương. "
    "Lũ quét làm sập 65 ngôi nhà, hơn 1.200 ha lúa bị ngập."
)
P2 = "Tổng thiệt hại ước tính khoảng 320 tỷ đồng, tăng 15% so với năm 2023."
P3 = (
    "Trong 9 tháng năm 2024, tỉnh đón gần ba triệu lượt khách, doanh thu du lịch đạt "
    "4.500 tỷ đồng; giá phòng khách sạn bình quân 850.000 đồng/đêm."
)
ARTICLE = "\n".join([P1, P2, P3])
EXPECTED = extract_figures(ARTICLE)
# where a bad part goes: between two sentences of a paragraph, or as a line of its own
INSIDE = P1.index("Lũ quét")
BETWEEN = len(P1) + 1 + len(P2) + 1


def key(f):
    return (f.text, decimal_str(f.value), f.unit_class, f.qualifier, f.change)


def assert_unchanged(bad: str, at: int):
    """The figures of ARTICLE with `bad` inserted at `at`, outside `bad`, are ARTICLE's."""
    inserted = bad + (" " if at == INSIDE else "\n")
    doc = ARTICLE[:at] + inserted + ARTICLE[at:]
    result = extract_document(doc)
    lo, hi = at, at + len(inserted)
    outside = []
    for f in result.figures:
        assert f.text == doc[f.start : f.end]
        assert f.unit_class in UNIT_CLASSES
        if f.end <= lo:
            outside.append((f.start, *key(f)))
        elif f.start >= hi:
            outside.append((f.start - len(inserted), *key(f)))
    assert outside == [(f.start, *key(f)) for f in extract_figures(ARTICLE)]
    assert len(outside) == 12
    return result


def test_the_article_reads_as_expected():
    assert [key(f)[:3] for f in extract_figures(ARTICLE)] == [
        ("6 người", "6", "count"),
        ("3 người", "3", "count"),
        ("2 người", "2", "count"),
        ("1 người", "1", "count"),
        ("12 người", "12", "count"),
        ("65 ngôi nhà", "65", "count"),
        ("1.200 ha", "1200", "area"),
        ("320 tỷ đồng", "320000000000", "VND"),
        ("15%", "15", "percent"),
        ("ba triệu lượt khách", "3000000", "count"),
        ("4.500 tỷ đồng", "4500000000000", "VND"),
        ("850.000 đồng/đêm", "850000", "VND"),
    ]


LONG_NUMERALS = {
    "100k digits": ("9" * 100_000, "100000 digits"),
    "100k digits with a scale": ("7" * 100_000 + " tỷ đồng", "100000 digits"),
    "29 digits": ("12345678901234567890123456789 người", "29 digits"),
    "30 digits, decimal, scale": ("12345678901234567890123456789,5 tỷ USD", "30 digits"),
    "30 digits grouped": ("100.000.000.000.000.000.000.000.000.000 đồng", "30 digits"),
    "40 digits": ("1234567890123456789012345678901234567890 đồng", "40 digits"),
    "40 decimals": ("0," + "1" * 40 + "%", "41 digits"),
    "a value of 32 digits": ("12345678901234567890 nghìn tỷ đồng", "32 digits"),
}


@pytest.mark.parametrize("at", [INSIDE, BETWEEN], ids=["inside", "between"])
@pytest.mark.parametrize("name", list(LONG_NUMERALS))
def test_numerals_too_long_for_a_figure_are_warnings(name, at):
    bad, said = LONG_NUMERALS[name]
    result = assert_unchanged(bad, at)
    (w,) = [w for w in result.warnings if at <= w.start < at + len(bad)]
    assert said in w.reason and w.reason.endswith("skipped")
    assert w.start == at and w.text == bad[: w.end - w.start]


def test_the_widest_real_figure_is_exact():
    # `nghìn tỷ` of a 15-digit numeral: 27 digits, exactly
    f = extract_document("Tổng tài sản đạt 123.456.789.012.345 nghìn tỷ đồng.").figures[0]
    assert decimal_str(f.value) == "123456789012345000000000000"
    g = extract_figures("Dự án 2.000.000.000.000.000 tỷ 999 triệu đồng.")[0]
    assert decimal_str(g.value) == "2000000000000000999000000"


OTHER_BAD = {
    "nested brackets": "(" * 5000 + ")" * 5000,
    "brackets around a count": "(" * 3000 + "7 người" + ")" * 3000,
    "unbalanced brackets": "((((" * 2000 + " 5 tỷ đồng " + "]]" * 3000,
    "NUL bytes": "Số liệu\x00 tạm\x00 tính \x00\x00 5\x00 người, 3 tỷ\x00đồng \x00",
    "lone surrogates": "\ud800 lỗi \udcff 5 \udc80người \ud800 7\udfff tỷ đồng \udbff",
    "control characters": "\x01\x02\x1b[31m 4 \x7f\x85 người\x0b\x0c 9\u2028 tấn",
    "mixed scripts": (
        "Привет 5 мир, 北京 3 人 ２０２４ 年, مرحبا ٣ ١٢٫٥ 😀 7 👍🏽 e\u0301\u0301\u0301 9 "
        "\u202e8 đồng\u202c ק 10 ש"
    ),
    "a number every two characters": " ".join(str(i % 10) for i in range(60_000)),
    "digits and separators": "1.2,3.4,5" * 5000 + " 1.000.000" * 2000,
}


@pytest.mark.parametrize("at", [INSIDE, BETWEEN], ids=["inside", "between"])
@pytest.mark.parametrize("name", list(OTHER_BAD))
def test_bad_parts_leave_the_other_figures_alone(name, at):
    assert_unchanged(OTHER_BAD[name], at)


@pytest.mark.slow
def test_a_50_mb_line():
    # a pasted blob (an inline image, a binary) as one line: digits glued to codes
    blob = base64.b64encode(random.Random(5).randbytes(37_500_000)).decode()
    assert len(blob) == 50_000_000
    result = assert_unchanged(blob, BETWEEN)  # its speed is bench/extract.py's to measure
    assert all(not (BETWEEN <= f.start < BETWEEN + len(blob)) for f in result.figures)


VALID = [
    ("Tỉnh đón 120 lượt khách quốc tế.", ["120 lượt khách"]),
    ("Giá cà phê đạt 2.500 USD/tấn.", ["2.500 USD/tấn"]),
    ("Mưa lũ làm hư hỏng khoảng 1.300 ha lúa.", ["1.300 ha"]),
    ("Thu ngân sách tăng 8,5% so với cùng kỳ.", ["8,5%"]),
    ("Dự án có tổng vốn 3.190,732 tỷ đồng.", ["3.190,732 tỷ đồng"]),
]
_HOSTILE_CHARS = st.characters(
    categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cs", "Co", "Cf"]
) | st.sampled_from(["\x00", "\ud800", "\udfff", "(", ")", "[", "]", ".", ",", "\n", " "])
_HOSTILE = st.lists(
    st.one_of(
        st.text(_HOSTILE_CHARS, max_size=40),
        st.text("0123456789", min_size=25, max_size=120),
        st.text("0123456789.,", min_size=1, max_size=60),
        st.integers(1, 400).map(lambda n: "(" * n + ")" * (n // 2)),
        st.sampled_from(["tỷ", "triệu", "nghìn tỷ", "đồng", "USD", "%", "tăng", "gần", "ba"]),
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.tuples(_HOSTILE, st.sampled_from(range(len(VALID)))), max_size=4),
    tail=_HOSTILE,
)
def test_hostile_text_around_valid_figures(parts, tail):
    doc, expected = "", []
    for junk, i in parts:
        sentence, figs = VALID[i]
        doc += junk + "\n\n"
        base = len(doc)
        for f in extract_figures(sentence):
            expected.append((base + f.start, *key(f)))
        assert [f.text for f in extract_figures(sentence)] == figs
        doc += sentence + "\n\n"
    doc += tail
    result = extract_document(doc)  # never raises
    for f in result.figures:
        assert f.text == doc[f.start : f.end]
        assert f.unit_class in UNIT_CLASSES
        assert decimal_str(f.value) is not None
    found = {(f.start, *key(f)) for f in result.figures}
    assert set(expected) <= found
    for w in result.warnings:
        assert w.text == doc[w.start : w.end] and w.reason


def test_a_rule_that_fails_on_one_candidate_costs_only_that_one(monkeypatch, caplog):
    import solieu.extract.figures as figures

    bad_at = ARTICLE.index("65 ngôi nhà")
    read = figures.Scanner.digits

    def digits(self, m):
        if m.start() == bad_at:
            raise RuntimeError("a bug in one rule")
        return read(self, m)

    monkeypatch.setattr(figures.Scanner, "digits", digits)
    with caplog.at_level("WARNING", logger="solieu.extract"):
        result = extract_document(ARTICLE)
    assert [f.text for f in result.figures] == [
        f.text for f in extract_figures(ARTICLE.replace("65 ngôi nhà", "xx ngôi nhà"))
    ]
    (w,) = result.warnings
    assert (w.start, w.text) == (bad_at, "65")
    assert "RuntimeError: a bug in one rule" in w.reason and w.reason.endswith("skipped")
    assert [r.getMessage() for r in caplog.records] == [f"offset {bad_at}: {w.reason}"]


def test_a_context_that_fails_keeps_the_figures(monkeypatch):
    import solieu.extract.figures as figures

    def describe(self, *args):
        raise ValueError("no context")

    monkeypatch.setattr(figures.Context, "describe", describe)
    result = extract_document(ARTICLE)
    assert [key(f) for f in result.figures] == [key(f) for f in EXPECTED]
    assert all(f.measure is None and f.place is None for f in result.figures)
    assert len(result.warnings) == 12 and "no context" in result.warnings[0].reason
