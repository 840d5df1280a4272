"""Time expressions (guideline §8 "period", §9): finding, year inference, typed input.

Every sentence here is invented for the test (provincial and national news).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solieu.extract.period_typed import normalise_period
from solieu.extract.periods import (
    IGNORABLE,
    canonical_period,
    document_date,
    find_periods,
    format_period,
    is_level_context,
    period_bounds,
    resolve_periods,
)


def _norm(s: str) -> str:
    return " ".join(s.split())


def mention(text: str, expr: str, doc_date: str | None = None):
    """The resolved mention whose words are `expr` (exactly one must be)."""
    found = [
        m for m in resolve_periods(text, doc_date=doc_date) if _norm(m.text).lower() == expr.lower()
    ]
    assert len(found) == 1, [(m.text, m.kind) for m in resolve_periods(text, doc_date=doc_date)]
    return found[0]


def period_of(text: str, expr: str, doc_date: str | None = None, level: bool = False):
    return mention(text, expr, doc_date).reading(level)


# -- every row of the §8 table ---------------------------------------------------------
TABLE = [
    ("Năm 2024, tỉnh thu hút 35 dự án FDI.", "năm 2024", None, False, "2024"),
    ("Cả năm 2024, kim ngạch xuất khẩu đạt 2,1 tỷ USD.", "cả năm 2024", None, False, "2024"),
    ("6 tháng đầu năm 2025, du lịch đón 4 triệu lượt khách.", "6 tháng đầu năm 2025", None,
     False, "2025-01/2025-06"),
    ("Trong nửa đầu năm 2025, giá lúa tăng 12%.", "nửa đầu năm 2025", None, False,
     "2025-01/2025-06"),
    ("Dự báo 6 tháng cuối năm 2025 sản lượng điện tăng 9%.", "6 tháng cuối năm 2025", None,
     False, "2025-07/2025-12"),
    ("10 tháng năm 2025, thu ngân sách đạt 18.000 tỷ đồng.", "10 tháng năm 2025", None, False,
     "2025-01/2025-10"),
    ("10 tháng đầu năm 2025, CPI tăng 3,2%.", "10 tháng đầu năm 2025", None, False,
     "2025-01/2025-10"),
    ("Quý III/2025, tai nạn giao thông giảm 8 vụ.", "quý III/2025", None, False,
     "2025-07/2025-09"),
    ("Tháng 10/2025, giá xăng tăng 3%.", "tháng 10/2025", None, False, "2025-10"),
    ("Năm 2025 là năm bản lề. Tháng 10, giá thép giảm 2%.", "tháng 10", None, False, "2025-10"),
    ("Tính đến ngày 30/6/2025, tỉnh cấp mới 42 dự án.", "tính đến ngày 30/6/2025", None, False,
     "2025-01/2025-06"),
    ("Năm 2025, lũy kế đến hết tháng 6 xuất khẩu đạt 900 triệu USD.", "lũy kế đến hết tháng 6",
     None, False, "2025-01/2025-06"),
    ("Tính đến ngày 30/6/2025, tỉnh có 240 dự án còn hiệu lực.", "tính đến ngày 30/6/2025", None,
     True, "2025-06-30"),
    ("Năm 2025, từ đầu năm đến ngày 15/9 mưa lũ làm 12 người chết.", "từ đầu năm đến ngày 15/9",
     None, False, "2025-01-01/2025-09-15"),
    ("Vụ hè thu 2012, năng suất lúa đạt 5,8 tấn/ha.", "vụ hè thu 2012", None, False, "2012"),
    ("Giai đoạn 2021 - 2025, tỉnh xây 468 km đường.", "giai đoạn 2021 - 2025", None, False,
     "2021/2025"),
    ("Nhiệm kỳ 2020 - 2025, thu hút 120 dự án.", "nhiệm kỳ 2020 - 2025", None, False,
     "2020/2025"),
    ("Phấn đấu đến năm 2030, thu nhập bình quân đạt 8.000 USD.", "đến năm 2030", None, False,
     "2030"),
    ("Mục tiêu năm 2030 đón 10 triệu lượt khách.", "năm 2030", "2025-05-02", False, "2030"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expr", "doc", "level", "iso"), TABLE)
def test_table_rows(text, expr, doc, level, iso):
    assert period_of(text, expr, doc, level) == iso


def test_equivalent_forms_are_one_canonical_form():
    assert canonical_period("2025-01-01/2025-06-30") == "2025-01/2025-06"
    assert canonical_period("2024-01/2024-12") == "2024"
    assert canonical_period("2025-10/2025-10") == "2025-10"
    assert canonical_period("2025-02-30") is None


# -- what a reader meets beyond the table ----------------------------------------------
SPELLINGS = [
    ("quý I", "2025-01/2025-03"), ("quý IV", "2025-10/2025-12"), ("quý 1", "2025-01/2025-03"),
    ("quý 4", "2025-10/2025-12"), ("quý 3/2025", "2025-07/2025-09"),
    ("quý III năm 2025", "2025-07/2025-09"), ("nửa cuối năm", "2025-07/2025-12"),
    ("6 tháng đầu năm", "2025-01/2025-06"), ("6 tháng cuối năm", "2025-07/2025-12"),
    ("sáu tháng đầu năm 2025", "2025-01/2025-06"), ("chín tháng năm 2025", "2025-01/2025-09"),
    ("mười tháng đầu năm", "2025-01/2025-10"), ("10 tháng đầu năm", "2025-01/2025-10"),
    ("9 tháng qua", "2025-01/2025-09"), ("6 tháng năm 2025", "2025-01/2025-06"),
    ("06 tháng đầu năm", "2025-01/2025-06"), ("tháng 10 năm 2025", "2025-10"),
    ("tháng mười", "2025-10"), ("tháng Giêng", "2025-01"), ("tháng 1-9", "2025-01/2025-09"),
    ("từ tháng 3 đến tháng 5", "2025-03/2025-05"),
    ("từ tháng 3 đến hết tháng 5/2025", "2025-03/2025-05"),
    ("tính đến hết tháng 6", "2025-01/2025-06"), ("đến ngày 30/6/2025", "2025-01/2025-06"),
    ("vụ đông xuân 2024-2025", "2024/2025"), ("vụ hè thu", "2025"), ("niên vụ 2024-2025", "2024/2025"),
    ("niên vụ 2024/2025", "2024/2025"), ("giai đoạn 2021-2025", "2021/2025"), ("đến 2030", "2030"),
    ("từ ngày 1/1 đến ngày 30/6/2025", "2025-01/2025-06"), ("ngày 22/7", "2025-07-22"),
    ("ngày 15 tháng 9 năm 2025", "2025-09-15"), ("từ năm 2021 đến năm 2024", "2021/2024"),
    ("2 quý đầu năm", "2025-01/2025-06"), ("quý II-2025", "2025-04/2025-06"),
]  # fmt: skip


@pytest.mark.parametrize(("expr", "iso"), SPELLINGS)
def test_spellings_in_a_sentence(expr, iso):
    text = f"Theo báo cáo của UBND tỉnh năm 2025, {expr}, tỉnh xuất khẩu 300 triệu USD."
    assert period_of(text, expr) == iso


def test_what_the_expression_itself_fixes():
    (m,) = find_periods("Tháng 10, giá điện tăng 4,8%.")
    assert (m.kind, m.iso, m.needs_year) == ("month", None, True)
    (m,) = find_periods("Quý III/2025, giá điện tăng 4,8%.")
    assert (m.kind, m.iso, m.needs_year) == ("quarter", "2025-07/2025-09", False)
    for expr, kind in [("6 tháng đầu năm", "months"), ("quý III", "quarter"),
                       ("từ đầu năm đến ngày 15/9", "since-start"), ("vụ hè thu", "season")]:  # fmt: skip
        (m,) = find_periods(f"Trong {expr}, tỉnh trồng mới 1.200 ha rừng.")
        assert (m.kind, m.needs_year, m.iso) == (kind, True, None)


def test_now_has_no_value():
    text = (
        "Hiện nay, tỉnh có 1.200 doanh nghiệp. Đến nay, 30 dự án đã khởi công. Tỉnh hiện có 5 KCN."
    )
    for expr in ("hiện nay", "đến nay", "hiện có"):
        m = mention(text, expr, "2025-07-01")
        assert (m.kind, m.iso, m.level_iso) == ("now", None, None)


def test_hien_inside_a_word_is_not_now():
    assert find_periods("Tỉnh thực hiện có hiệu quả chương trình, phát hiện nay đã xử lý.") == []


def test_since_the_start_of_the_year_to_now_takes_the_document_date():
    text = "Từ đầu năm đến nay, Quảng Ninh đón 12 triệu lượt khách."
    assert period_of(text, "từ đầu năm đến nay", "2025-07-14") == "2025-01-01/2025-07-14"
    assert period_of(text, "từ đầu năm đến nay") is None
    dated = "Quảng Ninh, ngày 30/6/2025\n" + text
    assert period_of(dated, "từ đầu năm đến nay") == "2025-01/2025-06"


def test_label_given_as_dates_is_the_dates_and_holds_for_later_mentions():
    text = (
        "6 tháng đầu năm (từ 16/12/2023 đến 15/6/2024), Cục Hải quan thu 9.000 tỷ đồng.\n"
        "Trong 6 tháng, số tờ khai tăng 8%. 6 tháng đầu năm, kim ngạch đạt 1 tỷ USD."
    )
    ms = [m for m in resolve_periods(text) if m.kind not in IGNORABLE]
    assert [m.iso for m in ms] == ["2023-12-16/2024-06-15"] * 3
    assert ms[0].text == "6 tháng đầu năm (từ 16/12/2023 đến 15/6/2024)"


def test_bare_months_after_a_label_mean_the_same_interval():
    text = "6 tháng đầu năm 2025, tỉnh cấp 20 dự án. Trong 6 tháng, vốn đăng ký đạt 1 tỷ USD."
    assert period_of(text, "6 tháng") == "2025-01/2025-06"
    lone = "Dự án đã thi công 6 tháng, nay hoàn thành 80% khối lượng."
    (m,) = find_periods(lone)
    assert m.kind == "duration" and resolve_periods(lone)[0].iso is None


def test_year_to_date_words_before_bare_months():
    text = "Năm 2025 kinh tế phục hồi. Lũy kế 9 tháng, xuất khẩu đạt 2 tỷ USD."
    assert period_of(text, "9 tháng") == "2025-01/2025-09"


def test_spans_are_exact_and_survive_hard_line_breaks():
    text = "Sáu tháng đầu năm\n2025, tỉnh thu hút 20\ndự án; dự kiến quý\nIII/2025 tăng."
    ms = find_periods(text)
    assert [text[m.start : m.end] for m in ms] == [m.text for m in ms]
    assert [(m.text, m.iso) for m in ms] == [
        ("Sáu tháng đầu năm\n2025", "2025-01/2025-06"),
        ("quý\nIII/2025", "2025-07/2025-09"),
    ]


# -- not periods -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mưa lớn kéo dài trong 3 ngày làm sạt lở 5 km đường.",
        "Công trình kéo dài 21 năm mới hoàn thành.",
        "Tỉnh triển khai năm dự án trọng điểm.",
        "Theo Nghị định 123/2020/NĐ-CP, doanh nghiệp phải xuất hóa đơn điện tử.",
        "Cụ bà 95 tuổi được tặng quà.",
        "Tàu chạy mỗi tháng 2 lần, mỗi lần chở 300 khách.",
        "Tỉnh đã thực hiện tốt kỳ họp thứ 10.",
    ],
)
def test_not_periods(text):
    assert [m for m in find_periods(text) if m.kind not in IGNORABLE] == []


def test_names_and_ages_are_marked_to_ignore():
    assert [m.kind for m in find_periods("Theo Luật Đầu tư năm 2020, nhà đầu tư được ưu đãi.")] == [
        "name"
    ]
    assert [
        m.kind for m in find_periods("Ông Nguyễn Văn A, sinh năm 1975, trú tại xã Hưng Lộc.")
    ] == ["age"]


def test_three_years_past_is_a_period():
    text = "Trong 3 năm qua, tỉnh giải quyết việc làm cho 90.000 lao động."
    assert period_of(text, "3 năm qua", "2025-08-01") == "2023/2025"
    assert period_of(text, "3 năm qua") is None


# -- comparison bases ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("6 tháng đầu năm 2025, xuất khẩu tăng 12% so với cùng kỳ năm 2024.", "cùng kỳ năm 2024"),
        ("Năm 2025, thu ngân sách tăng 9% so với năm 2024.", "năm 2024"),
        ("Quý II/2025, giá gạo tăng 4% so cùng kỳ năm trước.", "cùng kỳ năm trước"),
        ("Năm 2024 số ca mắc sốt xuất huyết nhiều hơn năm 2023.", "năm 2023"),
        ("Năm 2025 ký 253 thỏa thuận, gấp đôi năm 2020.", "năm 2020"),
        ("Năm 2025 doanh thu gấp 2,5 lần năm 2020.", "năm 2020"),
        ("Dư nợ tăng 6% so với cuối năm 2024.", "năm 2024"),
    ],
)
def test_comparison_bases(text, expr):
    assert mention(text, expr).base


def test_same_period_base_takes_the_figures_months_of_the_earlier_year():
    text = "9 tháng năm 2025, xuất khẩu tăng 10% so với cùng kỳ."
    assert period_of(text, "cùng kỳ") == "2024-01/2024-09"
    text = "Cùng kỳ năm 2024 đạt 900 tỷ đồng; 6 tháng đầu năm 2025 đạt 1.000 tỷ đồng."
    assert not mention(text, "cùng kỳ năm 2024").base


def test_a_base_never_lends_its_year():
    text = "Xuất khẩu tăng 8% so với năm 2023. Trong tháng 10, giá cà phê giảm."
    assert period_of(text, "tháng 10") is None
    text = "Phấn đấu đến năm 2030 có 50 KCN. Trong quý III, thu hút 5 dự án."
    assert period_of(text, "quý III") is None


# -- tháng 10 against 10 tháng -----------------------------------------------------------
def test_month_against_ten_months():
    text = "Năm 2025, tháng 10 xuất khẩu đạt 200 triệu USD, 10 tháng đạt 1,8 tỷ USD."
    ms = [m for m in resolve_periods(text) if m.kind not in IGNORABLE]
    assert [(m.text, m.iso) for m in ms] == [("Năm 2025", "2025"), ("tháng 10", "2025-10")]
    text = "Năm 2025, tháng 10 đạt 200 triệu USD, 10 tháng năm 2025 đạt 1,8 tỷ USD."
    assert period_of(text, "10 tháng năm 2025") == "2025-01/2025-10"


# -- year inference --------------------------------------------------------------------
def test_year_from_an_earlier_period():
    text = "Quý II/2024, tỉnh đón 1 triệu khách.\n\nTháng 6, lượng khách quốc tế tăng 20%."
    m = mention(text, "tháng 6")
    assert (m.iso, m.year_from) == ("2024-06", "context")


def test_year_from_a_later_period_of_the_paragraph():
    text = "Trong quý III, giá thép giảm, riêng tháng 7/2025 giảm 3%."
    assert period_of(text, "quý III") == "2025-07/2025-09"
    other = "Trong quý III, giá thép giảm.\nNgày 5/8/2025, Bộ Công Thương họp báo."
    assert period_of(other, "quý III") is None


def test_year_from_the_document_date():
    text = "Tháng 10, giá lợn hơi tăng 5.000 đồng/kg."
    m = mention(text, "tháng 10", "2025-11-03")
    assert (m.iso, m.year_from) == ("2025-10", "doc_date")
    assert period_of("Tháng 12, giá lợn hơi giảm.", "tháng 12", "2026-01-09") == "2025-12"


@pytest.mark.parametrize(
    "head",
    [
        " date 2025-07-14 Kinh tế\n",
        "Thứ Hai, 14/7/2025 08:30\n",
        "(ngày 14/7/2025)\n",
        "Nghệ An, ngày 14/7/2025\n",
        "Hà Tĩnh, ngày 14 tháng 7 năm 2025\n",
        "14/07/2025 08:30 GMT+7\n",
        "Cập nhật: 14/07/2025\n",
    ],
)
def test_year_from_a_dateline(head):
    text = head + "Quý II, sản lượng thủy sản đạt 50 nghìn tấn."
    assert document_date(text) == "2025-07-14"
    assert period_of(text, "quý II") == "2025-04/2025-06"


def test_document_date_prefers_the_page_metadata():
    assert document_date("Nghệ An, ngày 14/7/2025\n...", "2025-07-15") == "2025-07-15"
    assert document_date("Nghệ An, ngày 14/7/2025\n...", "not a date") == "2025-07-14"
    assert document_date("Không có ngày tháng nào ở đây.") is None


def test_no_year_when_nothing_tells():
    assert (
        period_of("6 tháng đầu năm, kim ngạch xuất khẩu đạt 1,8 tỷ USD.", "6 tháng đầu năm") is None
    )


def test_relative_years_from_the_document_date():
    text = "Năm nay, tỉnh thu ngân sách 20.000 tỷ đồng, năm ngoái đạt 18.000 tỷ đồng."
    assert period_of(text, "năm nay", "2025-03-01") == "2025"
    assert period_of(text, "năm ngoái", "2025-03-01") == "2024"
    assert period_of(text, "năm ngoái") is None


def test_resolve_accepts_found_mentions():
    text = "Năm 2025 tăng trưởng 8%. Quý I, thu hút 4 dự án."
    assert resolve_periods(text, find_periods(text)) == resolve_periods(text)


# -- flow and level --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("clause", "level"),
    [
        ("tổng số dự án còn hiệu lực là", True),
        ("toàn tỉnh hiện có", True),
        ("số doanh nghiệp đang hoạt động", True),
        ("tổng vốn đầu tư lũy kế đạt", True),
        ("dư nợ tín dụng đạt", True),
        ("lượng gạo tồn kho", True),
        ("dân số toàn tỉnh", True),
        ("tỉnh cấp mới", False),
        ("vốn đăng ký đạt", False),
        ("kim ngạch xuất khẩu đạt", False),
        ("ngành du lịch đón", False),
        ("lũy kế đến hết tháng 6, xuất khẩu đạt", False),
    ],
)
def test_is_level_context(clause, level):
    assert is_level_context(clause) is level


def test_to_date_carries_both_readings():
    (m,) = find_periods("Tính đến hết tháng 6/2025, dư nợ đạt 90.000 tỷ đồng.")
    assert (m.iso, m.level_iso, m.reading(level=True)) == (
        "2025-01/2025-06",
        "2025-06-30",
        "2025-06-30",
    )


# -- display and bounds ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("iso", "vi", "en"),
    [
        ("2024", "năm 2024", "2024"),
        ("2025-10", "tháng 10/2025", "Oct 2025"),
        ("2025-06-30", "ngày 30/6/2025", "30 Jun 2025"),
        ("2025-01/2025-06", "6 tháng đầu năm 2025", "H1 2025"),
        ("2025-07/2025-12", "6 tháng cuối năm 2025", "H2 2025"),
        ("2025-07/2025-09", "quý III/2025", "Q3 2025"),
        ("2025-01/2025-10", "10 tháng đầu năm 2025", "Jan–Oct 2025"),
        ("2025-03/2025-05", "tháng 3-5/2025", "Mar–May 2025"),
        ("2024-10/2025-03", "từ tháng 10/2024 đến tháng 3/2025", "Oct 2024–Mar 2025"),
        ("2025-01-01/2025-09-15", "từ đầu năm đến ngày 15/9/2025", "1 Jan–15 Sep 2025"),
        (
            "2023-12-16/2024-06-15",
            "từ ngày 16/12/2023 đến ngày 15/6/2024",
            "16 Dec 2023–15 Jun 2024",
        ),
        ("2021/2025", "giai đoạn 2021-2025", "2021–2025"),
    ],
)
def test_format_period(iso, vi, en):
    assert format_period(iso) == vi
    assert format_period(iso, "en") == en
    assert normalise_period(vi) == iso  # what is shown reads back


def test_format_leaves_what_is_not_iso():
    assert format_period("không rõ") == "không rõ"


def test_period_bounds():
    assert period_bounds("2025-01/2025-06") == (date(2025, 1, 1), date(2025, 6, 30))
    assert period_bounds("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_bounds("2021/2025") == (date(2021, 1, 1), date(2025, 12, 31))
    assert period_bounds("2025-06-30") == (date(2025, 6, 30), date(2025, 6, 30))
    assert period_bounds("2025-06/2025-01") is None
    assert period_bounds("quý 3") is None


# -- what a reviewer types -------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "year", "iso"),
    [
        ("6 tháng đầu 2025", None, "2025-01/2025-06"),
        ("quý 3/2025", None, "2025-07/2025-09"),
        ("2025-H1", None, "2025-01/2025-06"),
        ("2025-Q3", None, "2025-07/2025-09"),
        ("Q3/2025", None, "2025-07/2025-09"),
        ("H1 2025", None, "2025-01/2025-06"),
        ("T10/2025", None, "2025-10"),
        ("2025-01/2025-06", None, "2025-01/2025-06"),
        ("2025-01-01/2025-06-30", None, "2025-01/2025-06"),
        ("2025", None, "2025"),
        ("10/2025", None, "2025-10"),
        ("6 tháng 2025", None, "2025-01/2025-06"),
        ("30/6/2025", None, "2025-06-30"),
        ("2021-2025", None, "2021/2025"),
        ("quý III", 2024, "2024-07/2024-09"),
        ("Q2", 2024, "2024-04/2024-06"),
        ("tháng 10", 2025, "2025-10"),
        ("6 tháng", 2025, "2025-01/2025-06"),
        ("  trong 9 tháng đầu năm 2025 ", None, "2025-01/2025-09"),
        ("tháng 10", None, None),
        ("Q5/2025", None, None),
        ("2025-13", None, None),
        ("H3 2025", None, None),
        ("xuất khẩu tăng 5%", None, None),
        ("hiện nay", None, None),
        ("", None, None),
    ],
)
def test_normalise_typed(typed, year, iso):
    assert normalise_period(typed, year) == iso


def test_normalise_level_reading():
    assert normalise_period("tính đến ngày 30/6/2025") == "2025-01/2025-06"
    assert normalise_period("tính đến ngày 30/6/2025", level=True) == "2025-06-30"


# -- round trip: a random period, spelled the way Vietnamese news spells it ---------------
NUMBER_WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám",
                9: "chín", 10: "mười", 11: "mười một", 12: "mười hai"}  # fmt: skip
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@st.composite
def spelled(draw):
    """(canonical ISO, the words of a news report for it)."""
    y = draw(st.integers(1995, 2035))
    of_year = draw(st.sampled_from([f"/{y}", f" năm {y}", f"-{y}"]))
    kind = draw(
        st.sampled_from(
            [
                "year",
                "quarter",
                "half",
                "first",
                "month",
                "range",
                "date",
                "todate",
                "term",
                "target",
                "dates",
            ]  # fmt: skip
        )
    )
    if kind == "year":
        return str(y), draw(st.sampled_from([f"năm {y}", f"cả năm {y}"]))
    if kind == "quarter":
        q = draw(st.integers(1, 4))
        name = draw(st.sampled_from([ROMAN[q], str(q)]))
        return canonical_period(f"{y}-{3 * q - 2:02d}/{y}-{3 * q:02d}"), f"quý {name}{of_year}"
    if kind == "half":
        second = draw(st.booleans())
        word = "cuối" if second else "đầu"
        six = draw(st.sampled_from(["6", "sáu", "06"]))
        text = draw(st.sampled_from([f"{six} tháng {word} năm {y}", f"nửa {word} năm {y}"]))
        return (f"{y}-07/{y}-12" if second else f"{y}-01/{y}-06"), text
    if kind == "first":
        n = draw(st.integers(2, 11))
        num = draw(st.sampled_from([str(n), NUMBER_WORDS[n]]))
        text = draw(st.sampled_from([f"{num} tháng năm {y}", f"{num} tháng đầu năm {y}"]))
        return f"{y}-01/{y}-{n:02d}", text
    if kind == "month":
        m = draw(st.integers(1, 12))
        num = draw(st.sampled_from([str(m), f"{m:02d}"]))
        return f"{y}-{m:02d}", f"tháng {num}{of_year}"
    if kind == "range":
        a = draw(st.integers(1, 11))
        b = draw(st.integers(a + 1, 12))
        text = draw(
            st.sampled_from(
                [f"tháng {a}-{b}/{y}", f"từ tháng {a} đến tháng {b}/{y}",
                 f"từ tháng {a} đến hết tháng {b}{of_year}", f"từ tháng {a}/{y} đến tháng {b}/{y}"]
            )
        )  # fmt: skip
        return canonical_period(f"{y}-{a:02d}/{y}-{b:02d}"), text
    day = draw(st.dates(date(y, 1, 1), date(y, 12, 31)))
    dm = f"{day.day}/{day.month}"
    if kind == "date":
        text = draw(
            st.sampled_from([f"ngày {dm}/{y}", f"ngày {day.day} tháng {day.month} năm {y}"])
        )
        return day.isoformat(), text
    if kind == "todate":
        pre = draw(st.sampled_from(["tính đến", "tính đến hết", "lũy kế đến", "đến"]))
        text = f"{pre} ngày {dm}/{y}"
        return canonical_period(f"{y}-01-01/{day.isoformat()}"), text
    if kind == "dates":
        first = draw(st.dates(date(y, 1, 1), day))
        text = f"từ ngày {first.day}/{first.month} đến ngày {dm}/{y}"
        return canonical_period(f"{first.isoformat()}/{day.isoformat()}"), text
    if kind == "term":
        b = draw(st.integers(y + 1, 2040))
        word = draw(st.sampled_from(["giai đoạn", "nhiệm kỳ", "thời kỳ"]))
        dash = draw(st.sampled_from(["-", " - ", " – "]))
        return f"{y}/{b}", f"{word} {y}{dash}{b}"
    text = draw(st.sampled_from([f"đến năm {y}", f"đến {y}", f"tới năm {y}"]))
    return str(y), text


@settings(max_examples=400, deadline=None)
@given(spelled(), st.lists(st.sampled_from([" ", "\n", "  "]), min_size=12, max_size=12))
def test_round_trip(case, gaps):
    iso, words = case
    parts = words.split(" ")
    expr = parts[0] + "".join(gaps[i % len(gaps)] + w for i, w in enumerate(parts[1:]))
    text = f"Theo báo cáo, {expr}, tỉnh xuất khẩu 1,8 tỷ USD, tăng 5% so với cùng kỳ."
    found = [m for m in resolve_periods(text) if not m.base and m.kind not in IGNORABLE]
    assert [(m.text, canonical_period(m.iso)) for m in found] == [(expr, iso)]
    assert normalise_period(words) == iso
    assert normalise_period(format_period(iso)) == iso


# -- more of what a reader meets -------------------------------------------------------
def test_durations_that_no_reporting_period_makes_a_period():
    text = (
        "6 tháng đầu năm 2025, tỉnh cấp 20 dự án. Trẻ dưới 6 tháng tuổi được tiêm miễn phí. "
        "Sau 6 tháng, cầu Bến Thủy 3 thông xe. Trong 6 tháng tới, tỉnh khởi công 5 dự án. "
        "Trong 6 tháng, vốn đăng ký đạt 1 tỷ USD."
    )
    ms = [m for m in resolve_periods(text) if m.text == "6 tháng"]
    assert [(m.kind, m.iso) for m in ms] == [("duration", None)] * 3 + [
        ("months", "2025-01/2025-06")
    ]


def test_date_of_a_document_is_a_name_not_a_period():
    text = "Thực hiện Chỉ thị 15-CT/TW ngày 10/8/2022 và Nghị quyết 59-NQ/TW (ngày 24/01/2025)."
    assert [m.kind for m in find_periods(text)] == ["name", "name"]
    assert document_date("Nghị quyết 59-NQ/TW (ngày 24/01/2025) về hội nhập.") is None


def test_since_a_year():
    text = "Từ năm 2020, Hà Tĩnh đã trồng mới 5.000 ha rừng."
    assert period_of(text, "từ năm 2020", "2025-06-30") == "2020-01/2025-06"
    assert period_of(text, "từ năm 2020") is None


def test_year_label_with_dates_in_brackets_takes_its_year():
    text = "Năm 2025 (tính từ 1/12/2024 đến 30/11), thu ngân sách đạt 10.000 tỷ đồng."
    assert period_of(text, "năm 2025 (tính từ 1/12/2024 đến 30/11)") == "2024-12/2025-11"


def test_same_period_opening_its_clause_is_the_figures_period():
    text = "6 tháng đầu năm 2025, dư nợ đạt 90.000 tỷ đồng. Cùng thời điểm năm 2024, dư nợ đạt 80.000 tỷ."
    m = mention(text, "cùng thời điểm năm 2024")
    assert (m.base, m.iso) == (False, "2024-01/2024-06")


def test_crop_and_marketing_years():
    text = (
        "Niên vụ cà phê 2024/25, giá đạt 120.000 đồng/kg; vụ mùa năm nay thấp hơn vụ mùa năm 2024."
    )
    assert period_of(text, "niên vụ cà phê 2024/25") == "2024/2025"
    assert period_of(text, "vụ mùa năm nay", "2025-10-01") == "2025"
    assert mention(text, "vụ mùa năm 2024").base


def test_relative_this_year_follows_the_article_without_a_date():
    text = "6 tháng đầu năm 2025, GRDP tăng 7%. Dự báo năm nay tăng trưởng đạt 8%."
    m = mention(text, "năm nay")
    assert (m.iso, m.year_from) == ("2025", "context")


def test_text_whose_lower_case_changes_length():
    text = "İstanbul. Quý III/2025, xuất khẩu sang Thổ Nhĩ Kỳ tăng 12%."
    (m,) = [m for m in find_periods(text) if m.kind == "quarter"]
    assert (text[m.start : m.end], m.iso) == ("Quý III/2025", "2025-07/2025-09")


VOCAB = [
    "tháng",
    "năm",
    "quý",
    "đến",
    "từ",
    "tới",
    "hết",
    "cuối",
    "đầu",
    "ngày",
    "nay",
    "hiện",
    "có",
    "tính",
    "lũy",
    "kế",
    "vụ",
    "hè",
    "thu",
    "đông",
    "xuân",
    "niên",
    "giai",
    "đoạn",
    "nhiệm",
    "kỳ",
    "cùng",
    "so",
    "với",
    "hơn",
    "gấp",
    "đôi",
    "6",
    "10",
    "12",
    "13",
    "2025",
    "2024",
    "1/1",
    "30/6",
    "30/6/2025",
    "III",
    "IV",
    "-",
    "(",
    ")",
    ",",
    ".",
    "mười",
    "hai",
    "sáu",
    "qua",
    "trước",
    "ngoái",
    "giêng",
    "2024-2025",
    "tuổi",
    "sau",
    "lần",
    "mỗi",
    "Tháng",
    "Quý",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(VOCAB), min_size=1, max_size=16), st.sampled_from([None, "2025-07-01"])
)
def test_any_text_gives_exact_ordered_spans_and_canonical_values(words, doc):
    text = " ".join(words)
    found = find_periods(text)
    ends = [0] + [m.end for m in found]
    assert all(m.start >= e for m, e in zip(found, ends, strict=False))
    assert all(text[m.start : m.end] == m.text for m in found)
    for m in resolve_periods(text, found, doc):
        for value in (m.iso, m.level_iso):
            assert value is None or canonical_period(value) == value


def test_from_now_to_a_point_is_a_target():
    text = "Năm 2025 nhiều khó khăn. Từ nay đến cuối năm, tỉnh phấn đấu thu hút thêm 5 dự án."
    m = mention(text, "từ nay đến cuối năm")
    assert (m.kind, m.iso) == ("target", "2025")
    assert period_of("Từ nay đến năm 2030, tỉnh có 50 KCN.", "từ nay đến năm 2030") == "2030"
