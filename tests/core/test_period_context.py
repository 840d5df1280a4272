"""What the article around a figure tells of its period (GUIDELINE §8 "period", §9).

A frame phrase that opens a sentence states its period up front; a cause phrase
keeps its period to its clause; an anaphora (`trong quý`) carries through its
paragraph as a stated period does; one day up front is an episode of the report;
the plan's year of an attainment ratio is a base; a headline's omitted year is the
lead's; a bare `N tháng` is the first N months the article states, before or after
it. Every sentence is invented for the test.
"""

from __future__ import annotations

from solieu.extract import extract_figures


def _periods(text: str, doc_date: str | None = None) -> dict[str, str | None]:
    return {" ".join(f.text.split()): f.period for f in extract_figures(text, doc_date=doc_date)}


def test_a_frame_phrase_that_opens_a_sentence_states_its_period_up_front() -> None:
    text = (
        "CPI tháng 8 của Hải Phòng tăng 0,5%\n\n"
        "Hải Phòng, ngày 5/9/2025 - Theo Cục Thống kê thành phố, CPI tháng 8 tăng 0,5% so "
        "với tháng trước.\n\n"
        "Tính chung 8 tháng năm 2025, CPI tăng 3,1%.\n\n"
        "Trong mức tăng 0,5% của CPI tháng 8, có 7 nhóm hàng tăng giá.\n\n"
        "Nhóm nhà ở tăng 1,2%, nhóm giao thông giảm 0,3%."
    )
    got = _periods(text)
    assert got["3,1%"] == "2025-01/2025-08"
    assert got["1,2%"] == got["0,3%"] == "2025-08"  # the month's breakdown


def test_a_frame_that_is_a_conjunction_states_nothing_up_front() -> None:
    text = (
        "Trong 9 tháng năm 2025, Long An xuất khẩu 6 tỷ USD.\n\n"
        "Trong khi nhập khẩu tháng 9 giảm, xuất khẩu tăng 4%.\n\n"
        "Tỉnh đón 120 đoàn doanh nghiệp."
    )
    got = _periods(text)
    assert got["4%"] == "2025-09"
    assert got["120 đoàn"] == "2025-01/2025-09"  # the report's period, not the aside's


def test_a_period_in_a_trailing_cause_stays_in_its_clause() -> None:
    text = (
        "Tháng 9/2025, nhóm giáo dục của Cần Thơ tăng 3,1% do các trường thu học phí năm học "
        "2025-2026; học phí đại học tăng 12%."
    )
    got = _periods(text)
    assert got["3,1%"] == got["12%"] == "2025-09"
    # a cause that opens the sentence is the sentence's own time
    text = "Do mưa lớn trong tháng 9/2025, sản lượng lúa của tỉnh giảm 5%; giá lúa tăng 3%."
    assert _periods(text)["3%"] == "2025-09"


def test_an_anaphora_carries_through_its_paragraph() -> None:
    text = (
        "Trong quý II/2025, Bình Phước xảy ra 85 vụ tai nạn giao thông. Tính chung 6 tháng "
        "năm 2025, tỉnh xảy ra 160 vụ.\n\n"
        "Đáng chú ý, ngày 14/5, một xe khách gặp nạn làm 4 người bị thương.\n\n"
        "Trong quý, lực lượng chức năng xử lý 9.000 trường hợp vi phạm. Trong đó, vi phạm "
        "nồng độ cồn chiếm 41%."
    )
    got = _periods(text)
    assert got["9.000 trường hợp"] == got["41%"] == "2025-04/2025-06"


def test_a_period_stated_after_an_anaphora_in_the_paragraph_wins() -> None:
    text = (
        "Trong quý III/2025, Hà Nam thu hút 12 dự án.\n\n"
        "Trong quý, tỉnh cấp phép 5 dự án mới. Năm 2024, tỉnh thu hút 30 dự án. Tổng vốn "
        "đạt 900 triệu USD."
    )
    got = _periods(text)
    assert got["5 dự án"] == "2025-07/2025-09"
    assert got["900 triệu USD"] == "2024"


def test_a_session_is_not_an_anaphora_of_the_period() -> None:
    text = (
        "Trong quý III/2025, Hà Nam thu hút 12 dự án.\n\n"
        "Năm 2024, tỉnh tổ chức 3 hội nghị. Trong kỳ họp, HĐND thông qua 14 nghị quyết."
    )
    assert _periods(text)["14 nghị"] == "2024"


def test_one_day_up_front_is_an_episode_of_the_report() -> None:
    text = (
        "Trong 6 tháng đầu năm 2025, Hà Tĩnh thu hút 14 dự án.\n\n"
        "Ngày 12/6, tỉnh trao chứng nhận đầu tư cho 3 dự án.\n\n"
        "Tổng vốn đăng ký của tỉnh đạt 1.200 tỷ đồng."
    )
    got = _periods(text)
    assert got["3 dự án"] == "2025-06-12"
    assert got["1.200 tỷ đồng"] == "2025-01/2025-06"


def test_the_plans_year_of_an_attainment_ratio_is_no_figures_period() -> None:
    text = (
        "9 tháng đầu năm 2025, thu ngân sách của Phú Thọ đạt 6.800 tỷ đồng, bằng 81% dự toán "
        "năm 2025 và tăng 11% so với cùng kỳ."
    )
    got = _periods(text)
    assert got["81%"] == got["11%"] == "2025-01/2025-09"
    text = "Kế hoạch năm 2026, tỉnh phấn đấu thu ngân sách 9.000 tỷ đồng."
    assert _periods(text)["9.000 tỷ đồng"] == "2026"  # a plan's own period stays


def test_a_headline_takes_the_year_its_lead_states() -> None:
    text = (
        "Xuất khẩu thủy sản quý II đạt 2,6 tỷ USD\n\n"
        "Theo Hiệp hội, trong quý II/2025, xuất khẩu thủy sản đạt 2,6 tỷ USD.\n\n"
        "Riêng tôm đạt 1,1 tỷ USD."
    )
    headline = extract_figures(text)[0]
    assert (headline.start, headline.period) == (text.index("2,6"), "2025-04/2025-06")
    # a year named only further on is not the headline's
    text = "Giá lúa tháng 8 tăng 3%\n\nGiá lúa tăng mạnh.\n\nNăm 2025, tỉnh xuất khẩu 20 tấn gạo."
    assert _periods(text)["3%"] is None


def test_a_bare_months_count_is_the_first_months_stated_before_or_after_it() -> None:
    text = (
        "Thu ngân sách 9 tháng của Lạng Sơn đạt 78% dự toán. Theo Sở Tài chính, tính đến "
        "ngày 30/9/2025, thu ngân sách đạt 5.400 tỷ đồng.\n\n"
        "Riêng tháng 9, tỉnh thu 600 tỷ đồng.\n\n"
        "Thu từ hoạt động xuất nhập khẩu 9 tháng đạt 3.100 tỷ đồng."
    )
    got = _periods(text)
    assert got["78%"] == "2025-01/2025-09"  # from the to-date stated after it
    assert got["600 tỷ đồng"] == "2025-09"
    assert got["3.100 tỷ đồng"] == "2025-01/2025-09"  # the nine months, not the month
    # a length of time is no period
    text = "Năm 2025, tỉnh thu hút 20 dự án. Sau 9 tháng, dự án đạt 40% tiến độ."
    assert _periods(text)["40%"] == "2025"
