"""Guideline §9, the settled cases, on invented sentences of the topics users curate:
traffic accidents, floods, prices, CPI, tourism, budgets, housing, agriculture.

Each rule has sentences it must read and near-misses it must leave as they were.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures
from solieu.model import decimal_str


def rows(text: str) -> list[tuple]:
    return [
        (f.text, decimal_str(f.value), f.unit, f.unit_class, f.qualifier, f.change)
        for f in extract_figures(text)
    ]


def texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text)]


def by_text(text: str, span: str):
    (f,) = [f for f in extract_figures(text) if f.text == span]
    return f


# -- counts in a breakdown after place names -------------------------------------------
@pytest.mark.parametrize(
    "sentence, counts",
    [
        (
            "Mưa lũ làm 6 người chết (Hà Tĩnh 3 người, Quảng Bình 2 người, Quảng Trị 1 người).",
            [("6", "người"), ("3", "người"), ("2", "người"), ("1", "người")],
        ),
        (
            "Lũ quét làm sập 65 ngôi nhà, trong đó Yên Bái 40 nhà, Lào Cai 25 nhà.",
            [("65", "ngôi nhà"), ("40", "nhà"), ("25", "nhà")],
        ),
        (
            "Số ca mắc sốt xuất huyết tăng: Đắk Lắk 320 ca, Gia Lai 210 ca, Kon Tum 95 ca.",
            [("320", "ca"), ("210", "ca"), ("95", "ca")],
        ),
        (
            "Tai nạn làm 8 người chết, Hải Phòng 3 người mất tích, Bà Rịa - Vũng Tàu 2 người.",
            [("8", "người"), ("3", "người"), ("2", "người")],
        ),
        (
            "Các tỉnh thu hút nhiều dự án gồm Bắc Ninh 120 dự án, Hải Dương 85 dự án.",
            [("120", "dự án"), ("85", "dự án")],
        ),
    ],
)
def test_counts_in_a_breakdown_after_place_names(sentence, counts):
    got = [(value, unit, cls) for _, value, unit, cls, _, _ in rows(sentence)]
    assert got == [(v, u, "count") for v, u in counts]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chương trình GREAT 2 hỗ trợ 50 doanh nghiệp.", ["50 doanh nghiệp"]),
        ("Đoạn Quốc lộ 1 đoạn qua tỉnh dài 20 km.", ["20 km"]),
        ("Bão số 3 làm 8 người chết.", ["8 người"]),
        ("Cơn bão số 9 gây thiệt hại nặng.", []),
        ("Phòng 3 có 5 người trực.", ["5 người"]),
        ("Giống lúa Đài Thơm 8 cho năng suất 7 tấn/ha.", ["7 tấn/ha"]),
        ("Tổng số 50 người tham gia, con số 120 dự án.", ["50 người", "120 dự án"]),
    ],
)
def test_names_with_numbers_stay_names(sentence, expected):
    assert texts(sentence) == expected


# -- a number word with a scale counts what follows -----------------------------------
@pytest.mark.parametrize(
    "sentence, span, value, unit, qualifier",
    [
        (
            "Tỉnh đón gần ba triệu lượt khách.",
            "ba triệu lượt khách",
            "3000000",
            "lượt khách",
            "nearly",
        ),
        ("Cả nước có hơn hai triệu hộ nghèo.", "hai triệu hộ nghèo", "2000000", "hộ nghèo", "over"),
        (
            "Dự án tạo việc làm cho năm nghìn lao động.",
            "năm nghìn lao động",
            "5000",
            "lao động",
            None,
        ),
        ("Huyện trồng mới ba triệu cây xanh.", "ba triệu cây xanh", "3000000", "cây xanh", None),
    ],
)
def test_a_number_word_with_a_scale_counts_what_follows(sentence, span, value, unit, qualifier):
    assert rows(sentence) == [(span, value, unit, "count", qualifier, False)]


def test_a_number_word_with_a_scale_and_no_noun_still_has_a_class():
    assert rows("Tỉnh có chừng ba triệu.") == [
        ("ba triệu", "3000000", None, "count", "approx", False)
    ]
    assert rows("Doanh thu đạt hai nghìn tỷ.") == [
        ("hai nghìn tỷ", "2000000000000", "đồng", "VND", None, False)
    ]
    assert texts("Một số hộ dân được hỗ trợ hai trăm người.") == ["hai trăm người"]


# -- an amount whose currency was left out --------------------------------------------
@pytest.mark.parametrize(
    "text, span, value, unit, unit_class",
    [
        (
            "Tổng thu ngân sách đạt 120.000 tỷ đồng, trong đó thu nội địa 45.000 tỷ.",
            "45.000 tỷ",
            "45000000000000",
            "đồng",
            "VND",
        ),
        ("Giá căn hộ chung cư ở mức 60 triệu/m2.", "60 triệu/m2", "60000000", "đồng/m2", "VND"),
        (
            "Giá đất nền 35 triệu đồng/m2, có nơi 60 triệu/m2.",
            "60 triệu/m2",
            "60000000",
            "đồng/m2",
            "VND",
        ),
        ("Doanh thu du lịch ước đạt 12 tỷ.", "12 tỷ", "12000000000", "đồng", "VND"),
        ("Thiệt hại do lũ ước tính 1.200 tỷ.", "1.200 tỷ", "1200000000000", "đồng", "VND"),
        (
            "Vốn FDI đăng ký đạt 1,2 tỷ USD. Vốn cấp mới 800 triệu.",
            "800 triệu",
            "800000000",
            "USD",
            "USD",
        ),
        ("Xuất khẩu đạt 1,8 tỷ USD; nhập khẩu 1,2 tỷ.", "1,2 tỷ", "1200000000", "USD", "USD"),
        (
            "Lương bình quân 8,5 triệu/người/tháng.",
            "8,5 triệu/người/tháng",
            "8500000",
            "đồng/người/tháng",
            "VND",
        ),
        ("Kinh phí hỗ trợ mỗi hộ 2 triệu, tổng cộng 5 tỷ.", "5 tỷ", "5000000000", "đồng", "VND"),
    ],
)
def test_the_currency_the_writer_left_out(text, span, value, unit, unit_class):
    f = by_text(text, span)
    assert (decimal_str(f.value), f.unit, f.unit_class) == (value, unit, unit_class)
    assert f.kind == "unit-from-context" and f.confidence < 0.9


WRAPPED = (  # a hard-wrapped text: a paragraph ends at a blank line, not at a line end
    "Theo Sở Tài chính, năm nay tổng thu ngân sách trên địa bàn\n"
    "đạt 12.500 tỷ đồng, tăng 8% so với năm trước, trong đó\n"
    "thu nội địa đạt 9.800 tỷ, thu từ hoạt động xuất nhập\n"
    "khẩu đạt 2.700 tỷ; chi ngân sách địa phương ước đạt\n"
    "14.000 tỷ đồng theo báo cáo gửi Hội đồng nhân dân\n"
    "\n"
    "Dân số của tỉnh đạt 1,3 triệu vào cuối năm, trong\n"
    "đó khu vực thành thị chiếm 35%, nông thôn chiếm\n"
    "65% dân số toàn tỉnh theo số liệu của Cục Thống kê\n"
)


def test_the_paragraph_of_a_hard_wrapped_text():
    assert [(r[0], r[2], r[3]) for r in rows(WRAPPED)] == [
        ("12.500 tỷ đồng", "đồng", "VND"),
        ("8%", "%", "percent"),
        ("9.800 tỷ", "đồng", "VND"),
        ("2.700 tỷ", "đồng", "VND"),
        ("14.000 tỷ đồng", "đồng", "VND"),
        ("1,3 triệu", None, "count"),
        ("35%", "%", "percent"),
        ("65%", "%", "percent"),
    ]


@pytest.mark.parametrize(
    "text, span",
    [
        ("Dân số tỉnh khoảng 1,2 triệu.", "1,2 triệu"),
        ("Kim ngạch xuất khẩu đạt 1,8 tỷ.", "1,8 tỷ"),
        (
            "Tỉnh đón 3 triệu lượt khách, doanh thu 5.000 tỷ đồng. Khách quốc tế đạt 1,2 triệu.",
            "1,2 triệu",
        ),
        (
            "Tỉnh đón 3 triệu lượt khách, doanh thu 5.000 tỷ đồng, khách quốc tế 1,2 triệu.",
            "1,2 triệu",
        ),
        ("Doanh thu đạt 500 tỷ đồng.\nSản lượng điện đạt 2 tỷ.", "2 tỷ"),
        ("Xuất khẩu đạt 1,8 tỷ USD. Sản lượng 1,2 triệu.", "1,2 triệu"),
    ],
)
def test_no_currency_where_the_context_gives_none(text, span):
    f = by_text(text, span)
    assert (f.unit, f.unit_class) == (None, "count")


def test_a_stated_currency_is_left_as_written():
    assert rows("Giá lúa 7.500 đồng/kg, giá vàng 80 triệu đồng/lượng.") == [
        ("7.500 đồng/kg", "7500", "đồng/kg", "VND", None, False),
        ("80 triệu đồng/lượng", "80000000", "đồng/lượng", "VND", None, False),
    ]


# -- grades inside product names -----------------------------------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Giá gạo 5% tấm xuất khẩu ở mức 560 USD/tấn.", ["560 USD/tấn"]),
        ("Gạo 25% tấm được chào bán 530 USD/tấn.", ["530 USD/tấn"]),
        ("Giống lúa OM 18 cho năng suất 7 tấn/ha.", ["7 tấn/ha"]),
        ("Giá xăng RON 95 tăng 500 đồng/lít.", ["500 đồng/lít"]),
        ("Xăng E5 RON 92 giảm 450 đồng/lít.", ["450 đồng/lít"]),
        ("Giá dầu DO 0,05S giảm 200 đồng/lít.", ["200 đồng/lít"]),
        ("Phân urê 46% đạm có giá 12.000 đồng/kg.", ["12.000 đồng/kg"]),
        # near-misses: a percentage that is a figure
        ("Tỷ lệ gạo tấm chiếm 5% sản lượng.", ["5%"]),
        ("Giá gạo tăng 5%, tấm giảm 2%.", ["5%", "2%"]),
    ],
)
def test_grades_in_product_names_are_not_figures(sentence, expected):
    assert texts(sentence) == expected


# -- a date stamp with only year and month ------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        (" date 2022-08 Tổng cục Thống kê cho biết CPI tăng 3,2%.", ["3,2%"]),
        ("2022-08\nCPI tháng 8 tăng 0,5%.", ["0,5%"]),
        ("Cập nhật 2024-12: giá điện tăng 4,8%.", ["4,8%"]),
        # near-misses
        ("Giai đoạn 2021-2025 tăng 5%.", ["5%"]),
        (" date 2025-09-25 Xuất khẩu đạt 2 tỷ USD.", ["2 tỷ USD"]),
        ("Sản lượng đạt 1.990-2.010 tấn.", ["1.990", "2.010 tấn"]),
        ("Giá tăng 2.000-3.000 đồng/kg.", ["2.000", "3.000 đồng/kg"]),
    ],
)
def test_a_year_month_stamp_is_not_a_figure(text, expected):
    assert texts(text) == expected


# -- a change restated in brackets after a change -----------------------------------
@pytest.mark.parametrize(
    "sentence, span, unit_class",
    [
        ("Số vụ tai nạn giảm 150 vụ (11,2%) so với cùng kỳ.", "11,2%", "percent"),
        ("Thu ngân sách tăng 2.300 tỷ đồng (tăng 8%) so với năm trước.", "8%", "percent"),
        ("Số người chết giảm 25 người, tương ứng 9,5%.", "9,5%", "percent"),
        ("Giá thuê tăng 15% (tương ứng 2 triệu đồng).", "2 triệu đồng", "VND"),
        ("Số vụ cháy giảm 12 vụ ( 20% ).", "20%", "percent"),
    ],
)
def test_a_change_in_brackets_after_a_change_is_a_change(sentence, span, unit_class):
    f = by_text(sentence, span)
    assert (f.unit_class, f.change) == (unit_class, True)


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Khách quốc tế đạt 1,2 triệu lượt (chiếm 30%).", "30%"),
        ("Xuất khẩu đạt 1,8 tỷ USD (25%).", "25%"),
        ("Số vụ tai nạn giảm 150 vụ. (11,2%) là tỷ lệ cũ.", "11,2%"),
    ],
)
def test_a_bracket_after_a_level_is_not_a_change(sentence, span):
    assert by_text(sentence, span).change is False


# -- percentage points -----------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, span, unit",
    [
        ("CPI bình quân tăng 0,4 điểm phần trăm.", "0,4 điểm phần trăm", "điểm phần trăm"),
        ("Tỷ lệ hộ nghèo giảm 3 điểm %.", "3 điểm %", "điểm %"),
        ("Lạm phát cơ bản thấp hơn 0,2 điểm phần trăm.", "0,2 điểm phần trăm", "điểm phần trăm"),
        (
            "Lãi suất bình quân 0,5 điểm phần trăm so với đầu năm.",
            "0,5 điểm phần trăm",
            "điểm phần trăm",
        ),
        ("Tỷ lệ thất nghiệp giảm 0,1 điểm\nphần trăm.", "0,1 điểm\nphần trăm", "điểm phần trăm"),
    ],
)
def test_percentage_points(sentence, span, unit):
    f = by_text(sentence, span)
    assert (f.unit, f.unit_class, f.change) == (unit, "percent", True)


def test_points_that_are_not_percentage_points():
    f = by_text("Học sinh đạt 8,5 điểm.", "8,5 điểm")
    assert (f.unit_class, f.change) == ("other", False)


# -- a space inside a unit ----------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, span, unit, unit_class",
    [
        ("Giá cà phê bình quân 2.500 USD/ tấn.", "2.500 USD/ tấn", "USD/tấn", "USD"),
        ("Giá lợn hơi 60.000 đồng /kg.", "60.000 đồng /kg", "đồng/kg", "VND"),
        ("Năng suất lúa đạt 6,2 tấn/ ha.", "6,2 tấn/ ha", "tấn/ha", "other"),
        ("Mật độ 200 người/ km2.", "200 người/ km2", "người/km2", "other"),
    ],
)
def test_a_space_inside_a_unit_is_normalised(sentence, span, unit, unit_class):
    f = by_text(sentence, span)
    assert (f.unit, f.unit_class) == (unit, unit_class)


def test_a_slash_between_two_figures_is_not_a_unit():
    assert [(r[0], r[2]) for r in rows("Xuất khẩu 5 tỷ USD / nhập khẩu 3 tỷ USD.")] == [
        ("5 tỷ USD", "USD"),
        ("3 tỷ USD", "USD"),
    ]


# -- a qualifier (or a change verb) before a range -----------------------------------
@pytest.mark.parametrize(
    "sentence, qualifier, change",
    [
        ("Chi phí vận chuyển khoảng 5-8 USD/tấn.", "approx", False),
        ("Giá lợn hơi khoảng 25.000 – 27.000 đồng/kg.", "approx", False),
        ("Giá phòng tăng 5-6% so với cùng kỳ.", None, True),
        ("Lũ làm ngập gần 300 - 400 ha lúa.", "nearly", False),
        ("Giá vé 50-70 nghìn đồng.", None, False),
    ],
)
def test_a_qualifier_before_a_range_qualifies_both_bounds(sentence, qualifier, change):
    low, high = extract_figures(sentence)
    assert low.kind == "range-low" and high.kind != "range-low"
    assert (low.qualifier, low.change) == (high.qualifier, high.change) == (qualifier, change)


def test_a_change_verb_with_a_qualifier():
    f = by_text("Lượng khách tăng khoảng 5% so với cùng kỳ.", "5%")
    assert (f.qualifier, f.change) == ("approx", True)
