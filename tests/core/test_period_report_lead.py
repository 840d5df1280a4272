"""The report's period, as a reader takes it (GUIDELINE §8 "period", §9; scope.py).

A report states its period in its lead (up front or inside the lead sentence) or
in its headline; its later figures that give no time are read in that period. A
"now" statement, one day or last year's same period is said in passing: it holds
for its sentence (its paragraph when up front, and what continues it), not for the
paragraphs after it. Another period or a target stated up front ends the report's.
Every sentence is invented for the test.
"""

from __future__ import annotations

from solieu.extract import extract_figures


def _periods(text: str, doc_date: str | None = None) -> dict[str, str | None]:
    return {" ".join(f.text.split()): f.period for f in extract_figures(text, doc_date=doc_date)}


def test_the_lead_sentence_states_the_reports_period_inside_it() -> None:
    text = (
        " date 2025-10-06\n"
        "Kinh tế Nghệ An khởi sắc\n\n"
        "Theo Cục Thống kê tỉnh, tổng thu ngân sách 9 tháng năm 2025 của Nghệ An ước đạt "
        "21.300 tỷ đồng, tăng 18%.\n\n"
        "Kim ngạch xuất khẩu đạt 2,4 tỷ USD, tăng 12,5%.\n\n"
        "Vốn đầu tư công giải ngân 5.600 tỷ đồng.\n"
    )
    got = _periods(text)
    for fig in ("21.300 tỷ đồng", "2,4 tỷ USD", "12,5%", "5.600 tỷ đồng"):
        assert got[fig] == "2025-01/2025-09", fig


def test_a_to_date_in_the_lead_sentence_governs_the_report() -> None:
    text = (
        " date 2025-08-03\n"
        "Thu hút vốn FDI tiếp tục tăng\n\n"
        "Theo Cục Đầu tư nước ngoài, vốn FDI thực hiện tính đến ngày 31/7/2025 ước đạt "
        "13,6 tỷ USD.\n\n"
        "Vốn đăng ký cấp mới đạt 9,3 tỷ USD.\n"
    )
    got = _periods(text)
    assert got["13,6 tỷ USD"] == got["9,3 tỷ USD"] == "2025-01/2025-07"


def test_a_now_statement_holds_for_its_paragraph_only() -> None:
    text = (
        " date 2025-07-05\n"
        "Bình Dương thu hút đầu tư\n\n"
        "Trong 6 tháng đầu năm 2025, Bình Dương thu hút 1,2 tỷ USD vốn FDI.\n\n"
        "Hiện nay, toàn tỉnh có 4.300 dự án FDI còn hiệu lực. Trong số này, 1.200 dự án "
        "của nhà đầu tư Hàn Quốc.\n\n"
        "Về thương mại, kim ngạch xuất khẩu đạt 19,5 tỷ USD.\n"
    )
    got = _periods(text)
    assert got["4.300 dự án"] is None and got["1.200 dự án"] is None
    assert got["19,5 tỷ USD"] == "2025-01/2025-06"


def test_what_continues_a_now_statement_is_now_too() -> None:
    text = (
        " date 2025-07-05\n"
        "Trong 6 tháng đầu năm 2025, Lạng Sơn thu hút 5 dự án mới.\n"
        "Tỉnh hiện có 40 dự án còn hiệu lực.\n"
        "Ngoài ra, tỉnh đã tiếp nhận 9 dự án viện trợ.\n"
    )
    assert _periods(text)["9 dự án"] is None


def test_last_years_same_period_up_front_does_not_end_the_report() -> None:
    text = (
        " date 2025-07-02\n"
        "Giải ngân vốn đầu tư công\n\n"
        "Theo Sở Tài chính, giải ngân vốn đầu tư công 6 tháng đầu năm 2025 đạt 3.100 tỷ "
        "đồng. Cùng kỳ năm 2024, tỷ lệ giải ngân chỉ đạt 21%.\n\n"
        "Có 14 dự án giải ngân trên 50%.\n"
    )
    got = _periods(text)
    assert got["21%"] == "2024-01/2024-06"
    assert got["14 dự án"] == "2025-01/2025-06"


def test_a_target_or_another_period_up_front_ends_the_report() -> None:
    text = (
        " date 2025-07-02\n"
        "Xuất khẩu tăng mạnh\n\n"
        "Theo Sở Công Thương, kim ngạch xuất khẩu 6 tháng đầu năm 2025 đạt 900 triệu USD.\n\n"
        "Đến năm 2030, tỉnh phấn đấu xuất khẩu 3 tỷ USD.\n\n"
        "Tỉnh có 60 doanh nghiệp xuất khẩu.\n\n"
        "Năm 2024, tỉnh xuất khẩu 1,6 tỷ USD.\n\n"
        "Có 12 thị trường chính.\n"
    )
    got = _periods(text)
    assert got["60 doanh nghiệp"] is None
    assert got["12 thị trường"] == "2024"


def test_a_lead_with_no_period_gives_none() -> None:
    text = (
        " date 2025-07-02\n"
        "Làng nghề gốm phát triển\n\n"
        "Làng gốm Bát Tràng có hơn 1.000 hộ làm nghề.\n\n"
        "Mỗi hộ thuê khoảng 10 lao động.\n"
    )
    got = _periods(text)
    assert got["1.000 hộ"] is None and got["10 lao động"] is None


def test_a_paragraph_that_points_back_to_a_now_statement_stays_in_the_present() -> None:
    text = (
        " date 2025-04-03\n"
        "Quý I/2025, Đồng Nai thu hút 600 triệu USD vốn FDI.\n\n"
        "Hiện tỉnh có 32 khu công nghiệp.\n\n"
        "Những khu công nghiệp này sử dụng 650.000 lao động.\n\n"
        "Về xuất khẩu, tỉnh đạt 6,1 tỷ USD.\n"
    )
    got = _periods(text)
    assert got["32 khu công nghiệp"] is None and got["650.000 lao động"] is None
    assert got["6,1 tỷ USD"] == "2025-01/2025-03"


def test_a_year_inside_the_lead_sentence_dates_its_figure_only() -> None:
    text = (
        " date 2025-04-03\n"
        "Sản lượng cà phê năm 2024 của Gia Lai đạt 280.000 tấn.\n\n"
        "Tỉnh có 95.000 ha cà phê.\n"
    )
    got = _periods(text)
    assert got["280.000 tấn"] == "2024" and got["95.000 ha"] is None


def test_what_is_under_way_or_to_come_is_not_in_the_reports_period() -> None:
    text = (
        " date 2025-07-08\n"
        "Cảng Cái Mép tăng trưởng\n\n"
        "Trong 6 tháng đầu năm 2025, cảng Cái Mép đón 2,1 triệu TEU.\n\n"
        "Tỉnh đang xây dựng thêm hai bến với tổng vốn 9.000 tỷ đồng.\n\n"
        "Các bến mới sẽ nâng công suất thêm 1,5 triệu TEU.\n\n"
        "Doanh thu khai thác cảng đạt 3.200 tỷ đồng.\n"
    )
    got = _periods(text)
    assert got["9.000 tỷ đồng"] is None and got["1,5 triệu TEU"] is None
    assert got["3.200 tỷ đồng"] == "2025-01/2025-06"


def test_under_way_in_a_paragraph_with_its_own_period_keeps_that_period() -> None:
    text = (
        " date 2025-07-08\n"
        "Trong 6 tháng đầu năm 2025, tỉnh đang triển khai 14 dự án trọng điểm; giải ngân "
        "đạt 1.100 tỷ đồng.\n"
    )
    got = _periods(text)
    assert got["14 dự án"] == got["1.100 tỷ đồng"] == "2025-01/2025-06"
