"""Number grammar: Vietnamese separators, leading zeros, words, scales, and round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solieu.extract import extract_figures
from solieu.extract.numbers import (
    FIGURE_DIGITS,
    add_exact,
    apply_scale,
    format_vi,
    parse_number_words,
    parse_numeral,
    parse_value,
    plain_digits,
    scale_of,
)
from solieu.model import decimal_str


@pytest.mark.parametrize(
    "token, expected",
    [
        ("2.345", "2345"),
        ("3.190,732", "3190.732"),
        ("12,34", "12.34"),
        ("1.234.567", "1234567"),
        ("08", "8"),
        ("01", "1"),
        ("0,5", "0.5"),
        ("100", "100"),
    ],
)
def test_numeral(token, expected):
    assert decimal_str(parse_numeral(token)) == expected


@pytest.mark.parametrize("token", ["4.0", "12.3000", "1.23", "abc", "1,", ".5"])
def test_malformed_numerals_are_not_numbers(token):
    assert parse_numeral(token) is None


@pytest.mark.parametrize(
    "words, expected",
    [
        ("tám", 8),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("ba mươi tư", 34),
        ("một trăm", 100),
        ("hai trăm linh năm", 205),
        ("đôi", 2),
    ],
)
def test_number_words(words, expected):
    assert parse_number_words(words.split()) == expected


@pytest.mark.parametrize("words", ["mươi", "lăm", "hai ba", "trăm", "mười mười"])
def test_ill_formed_number_words(words):
    assert parse_number_words(words.split()) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("1.800 triệu", "1800000000"),
        ("76,2", "76.2"),
        ("25,1%", "25.1"),
        ("1,8 tỷ USD", "1800000000"),
        ("3 nghìn tỷ", "3000000000000"),
        ("12,5 ngàn", "12500"),
        ("2 tỉ", "2000000000"),
    ],
)
def test_parse_value_as_a_reviewer_types_it(text, value):
    assert decimal_str(parse_value(text)) == value


def test_format_vi():
    assert format_vi(Decimal("76200000")) == "76.200.000"
    assert format_vi(Decimal("3190.732")) == "3.190,732"
    assert format_vi(Decimal("25.1")) == "25,1"
    assert format_vi(Decimal("1E+3")) == "1.000"


SCALES = {None: 0, "nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9, "nghìn tỷ": 12}
UNITS = {
    "USD": "USD",
    "tỷ đồng": None,
    "đồng": "VND",
    "%": "percent",
    "km": "length",
    "ha": "area",
    "tấn": "mass",
    "dự án": "count",
    "lao động": "count",
}


def vi_format(number: Decimal, leading_zero: bool) -> str:
    text = format_vi(number)
    if leading_zero and number < 10 and number == number.to_integral_value():
        text = "0" + text
    return text


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**12),
    frac=st.one_of(st.none(), st.integers(min_value=1, max_value=999)),
    scale=st.sampled_from(list(SCALES)),
    unit=st.sampled_from(["USD", "đồng", "%", "km", "ha", "tấn", "dự án", "lao động"]),
    leading_zero=st.booleans(),
    glue=st.sampled_from([" ", "\n"]),
)
def test_round_trip_through_the_extractor(whole, frac, scale, unit, leading_zero, glue):
    """Any value written the Vietnamese way is read back exactly, in a sentence."""
    number = Decimal(whole) + (Decimal(frac) / 1000 if frac else 0)
    if unit == "%":
        scale = None
    if unit in ("dự án", "lao động") and scale is None and 1900 <= number <= 2100:
        number += 10000  # a bare four-digit count reads as a year; not this test's subject
    numeral = vi_format(number, leading_zero)
    parts = [numeral] + ([scale] if scale else []) + [unit]
    written = glue.join(parts) if unit != "%" else numeral + "%"
    sentence = f"Theo báo cáo, tỉnh đạt {written} trong kỳ."
    figs = extract_figures(sentence)
    assert len(figs) == 1, (sentence, figs)
    fig = figs[0]
    expected = number.scaleb(SCALES[scale]) if scale else number
    assert fig.value == expected
    assert fig.number == number
    assert sentence[fig.start : fig.end] == fig.text
    assert fig.text.startswith(numeral)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False))
def test_parse_value_inverts_format_vi(value):
    assert parse_value(format_vi(value)) == value


_ALPHABET = st.sampled_from(
    list("0123456789.,;:%/-–() \n\t")
    + [
        "tỷ",
        "triệu",
        "nghìn",
        "ngàn",
        "USD",
        "đồng",
        "dự",
        "án",
        "tăng",
        "giảm",
        "hơn",
        "gần",
        "khoảng",
        "năm",
        "tháng",
        "ngày",
        "thứ",
    ]
    + ["ĐƯỢC", "Việt Nam", "Nghệ An", "km 2", "m3", "gấp", "đôi", "hai", "một", "ſ", "İ", "²"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_yields_verbatim_spans_and_never_raises(text):
    """Whatever the input, every figure is a real span with a consistent value."""
    for f in extract_figures(text):
        assert text[f.start : f.end] == f.text
        assert f.start < f.end
        assert 0.0 <= f.confidence <= 1.0
        power = {None: 0, "nghìn": 3, "triệu": 6, "tỷ": 9, "nghìn tỷ": 12}[f.scale]
        assert f.value == f.number.scaleb(power)


def test_scale_arithmetic_is_exact_past_the_default_precision():
    # `nghìn tỷ` of a 15-digit numeral: 27 digits; the default context keeps 28
    assert decimal_str(apply_scale(Decimal("123456789012345"), 12)) == "123456789012345" + "0" * 12
    wide = Decimal("1234567890123456789012345678901234567890")
    assert apply_scale(wide, 12) == Decimal("1234567890123456789012345678901234567890E12")
    assert add_exact(wide, Decimal("0.5")) == Decimal("1234567890123456789012345678901234567890.5")
    with pytest.raises(ArithmeticError):  # never silently rounded
        add_exact(Decimal("1" * 61), Decimal("0.1"))


@pytest.mark.parametrize(
    "value, digits",
    [("1E+40", 41), ("1234.5", 5), ("0.0005", 1), ("2.500E+9", 10), ("100.0", 3), ("0", 1)],
)
def test_plain_digits_is_what_decimal_str_must_write(value, digits):
    assert plain_digits(Decimal(value)) == digits


def test_every_value_within_figure_digits_can_be_written():
    assert decimal_str(Decimal("9" * FIGURE_DIGITS)) == "9" * FIGURE_DIGITS
    assert decimal_str(Decimal("0." + "1" * FIGURE_DIGITS)) == "0." + "1" * FIGURE_DIGITS


def test_format_and_parse_of_wide_values_never_raise():
    assert format_vi(Decimal("1E+40")) == "10" + ".000" * 13
    assert format_vi(Decimal("1" * 30 + ".5")).endswith(".111,5")
    assert parse_value("123.456.789.012.345 nghìn tỷ") == Decimal("123456789012345E12")
    assert parse_value("1" * 20 + " nghìn tỷ") is None  # 32 digits: no figure holds it
    assert parse_value("9" * 100_000) is None


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2 tỷ 500 triệu", Decimal("2500000000")),
        ("2 tỷ 500 triệu đồng", Decimal("2500000000")),
        ("3 triệu 200 nghìn", Decimal("3200000")),
        ("1 nghìn tỷ 200 tỷ", Decimal("1200000000000")),
        ("2 tỷ 500", None),  # a bare number where the unit should be: not a value
        ("500 triệu 2 tỷ", None),  # the second scale must be the smaller
    ],
)
def test_a_typed_amount_in_two_scales_adds_up(typed, value):
    assert parse_value(typed) == value


def test_a_compound_scale_run_together_is_read_as_the_compound():
    # the scale pattern lets "nghìn tỷ" run together; the reading must follow it
    assert scale_of("nghìntỷ") == scale_of("nghìn tỷ") == ("nghìn tỷ", 12)
    assert scale_of("Triệu") == scale_of("triệu")
    assert scale_of("tỷtỷ") is None  # not a compound the lexicon holds
    figs = extract_figures("Tổng vốn đạt 5 nghìntỷ đồng trong năm 2024.")
    assert [(f.text, f.value, f.unit) for f in figs] == [
        ("5 nghìntỷ đồng", Decimal("5E+12"), "đồng")
    ]


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [("Vốn đạt 3 triệuUSD.", "Vốn đạt 3 triệu USD."), ("Vốn 5 tỷĐồng.", "Vốn 5 tỷ Đồng.")],
)
def test_a_scale_run_into_a_capital_reads_as_if_spaced(glued, spaced):
    # a typo of the press: the unit's capital tells where the scale ends
    def read(text):
        return [(f.value, f.scale, f.unit, f.unit_class) for f in extract_figures(text)]

    assert read(glued) == read(spaced) and read(glued)[0][0] >= 10**6
