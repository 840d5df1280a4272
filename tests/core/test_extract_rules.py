"""Extractor rules from the guideline, on made-up sentences (not the seeds)."""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures, parse_selection
from solieu.model import decimal_str


def one(sentence: str):
    figs = extract_figures(sentence)
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


def texts(sentence: str) -> list[str]:
    return [f.text for f in extract_figures(sentence)]


@pytest.mark.parametrize(
    "sentence, text, value, unit, unit_class",
    [
        ("Giá gạo đạt 1.700 USD/tấn.", "1.700 USD/tấn", "1700", "USD/tấn", "USD"),
        ("Năng suất đạt 6 tấn/ha.", "6 tấn/ha", "6", "tấn/ha", "other"),
        ("Giá lợn 25.000 đồng/kg.", "25.000 đồng/kg", "25000", "đồng/kg", "VND"),
        ("Đường bờ biển dài 82km.", "82km", "82", "km", "length"),
        ("Trữ lượng 2,5 triệu m 3 nước.", "2,5 triệu m 3", "2500000", "m3", "volume"),
        ("Diện tích 15 km 2 rừng.", "15 km 2", "15", "km2", "area"),
        ("Vốn 3 ngàn tỷ đồng.", "3 ngàn tỷ đồng", "3000000000000", "đồng", "VND"),
        ("Sản lượng 500 nghìn tấn.", "500 nghìn tấn", "500000", "tấn", "mass"),
        ("Có 120 lượt dự án.", "120 lượt dự án", "120", "lượt dự án", "count"),
        ("Có 1.200 DN mới.", "1.200 DN", "1200", "DN", "count"),
        ("Tỉnh thu hút tám dự án.", "tám dự án", "8", "dự án", "count"),
        ("Kim ngạch 2 tỷ euro.", "2 tỷ euro", "2000000000", "euro", "EUR"),
        ("Tăng 3,5 lần.", "3,5 lần", "3.5", "lần", "other"),
        ("Có 9.000 lao\nđộng đi làm.", "9.000 lao\nđộng", "9000", "lao động", "count"),
        ("Kinh phí 2 tỷ 500 triệu đồng.", "2 tỷ 500 triệu đồng", "2500000000", "đồng", "VND"),
        (
            "Lương 5 triệu 500 nghìn đồng/tháng.",
            "5 triệu 500 nghìn đồng/tháng",
            "5500000",
            "đồng/tháng",
            "VND",
        ),
    ],
)
def test_units_and_values(sentence, text, value, unit, unit_class):
    f = one(sentence)
    assert (f.text, decimal_str(f.value), f.unit, f.unit_class) == (text, value, unit, unit_class)


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("Xuất khẩu đạt khoảng 1,56 tỷ USD.", "approx"),
        ("Có xấp xỉ 200 dự án.", "approx"),
        ("Triển khai gần 300 hoạt động.", "nearly"),
        ("Tổ chức hơn 150 hoạt động.", "over"),
        ("Ký kết trên 20 văn bản.", "over"),
        ("Lỗ dưới 5 tỷ đồng.", "under"),
        ("Xuất khẩu ước đạt 1.800 triệu USD.", "estimated"),
        ("Tổng mức đầu tư dự kiến 3.190,732 tỷ đồng.", "target"),
        ("Xuất khẩu dự kiến cán mốc 4 tỷ USD.", "target"),
        ("Sản lượng dự kiến khoảng 2 triệu tấn.", "approx"),
        ("Theo Bộ ước tính, sản lượng tháng 3 đạt 50 nghìn tấn.", None),
        ("Xuất khẩu tăng mạnh 20%.", None),
        ("Doanh thu đạt 12 tỷ đồng.", None),
    ],
)
def test_qualifier_scope_is_local(sentence, qualifier):
    assert one(sentence).qualifier == qualifier


@pytest.mark.parametrize(
    "sentence, change",
    [
        ("Xuất khẩu tăng 25,1% so với cùng kỳ.", True),
        ("Nhập khẩu giảm 2%.", True),
        ("Vốn điều chỉnh tăng 215,9 triệu USD.", True),
        ("Vốn tăng thêm đạt 10 tỷ đồng.", True),
        ("Doanh thu gấp 3 lần cùng kỳ.", True),
        ("Doanh thu tăng hơn 3 lần.", True),
        ("Năng suất ít hơn cùng kỳ 1,4 tạ/ha.", True),
        ("Mục tiêu tăng trưởng trên 8%.", True),
        ("Khu vực FDI chiếm 50% tổng vốn.", False),
        ("Thu ngân sách đạt 105% dự toán.", False),
        ("Sản lượng bằng 80% so với cùng kỳ.", False),
        ("Giải ngân đạt 60% kế hoạch.", False),
        ("Kim ngạch đạt 1.800 triệu USD.", False),
        ("Tỷ lệ hộ nghèo giảm còn 2,5%.", False),
        ("Vốn tăng lên 500 tỷ đồng.", False),
        ("Lạm phát giảm xuống còn 3%.", False),
    ],
)
def test_change(sentence, change):
    assert one(sentence).change is change


def test_growth_target_takes_the_nearest_qualifier():
    f = one("Mục tiêu năm 2025 là đảm bảo tăng trưởng trên 8%.")
    assert (f.qualifier, f.change) == ("over", True)


def test_number_before_noun_bare_span():
    f = one("Số dự án còn hiệu lực là 240.")
    assert (f.text, f.unit, f.unit_class) == ("240", "dự án", "count")


def test_range_lower_bound_is_marked_borderline():
    figs = extract_figures("Lạm phát dự báo 5-6%.")
    assert [(f.text, f.kind) for f in figs] == [("5", "range-low"), ("6%", "figure")]
    assert figs[0].confidence < figs[1].confidence


def test_gap_doi_is_a_multiple_and_a_change():
    f = one("Ký kết 253 thỏa thuận, gấp đôi năm trước.".replace("253 thỏa thuận, ", ""))
    assert (f.text, decimal_str(f.value), f.unit, f.change) == ("gấp đôi", "2", "lần", True)


def test_place_and_period_from_context():
    text = (
        "Tại tỉnh Lào Cai, 6 tháng đầu năm 2025, kim ngạch đạt 1,56 tỷ USD.\n\n"
        "Tỉnh hiện có 69 dự án FDI."
    )
    a, b = extract_figures(text)
    assert (a.place, a.period, a.period_text) == (
        "Lào Cai",
        "2025-01/2025-06",
        "6 tháng đầu năm 2025",
    )
    assert (b.place, b.period) == ("Lào Cai", None)  # `hiện có`: now, with no date


def test_parse_selection_reads_a_selected_span():
    f = parse_selection("1.800\ntriệu USD")
    assert (decimal_str(f.value), f.unit_class, f.text) == ("1800000000", "USD", "1.800\ntriệu USD")
    g = parse_selection("240")
    assert decimal_str(g.value) == "240"
    assert parse_selection("không có số") is None


def test_a_unit_said_once_for_a_list_of_numbers():
    figs = extract_figures("Xuất khẩu và nhập khẩu lần lượt đạt 1,8 và 1,3 tỷ USD.")
    assert [(f.text, decimal_str(f.value), f.unit_class) for f in figs] == [
        ("1,8", "1800000000", "USD"),
        ("1,3 tỷ USD", "1300000000", "USD"),
    ]
    assert figs[0].kind == "shared-unit" and figs[0].confidence < figs[1].confidence
    assert [f.text for f in extract_figures("Năm 2024 và 2025 đạt 3 tỷ USD.")] == ["3 tỷ USD"]
