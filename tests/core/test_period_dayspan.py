"""A run of days with the month written once (GUIDELINE §8 "period"; period_dayspan).

`Từ ngày 15 đến 19/3` is the days 15 to 19 March, not a to-date from January;
an event (a trip, a fair, a conference) stated up front with its days governs
the figures of its paragraphs. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures
from solieu.extract.periods import resolve_periods


def _periods(text: str, doc_date: str | None = None) -> dict[str, str | None]:
    return {" ".join(f.text.split()): f.period for f in extract_figures(text, doc_date=doc_date)}


@pytest.mark.parametrize(
    ("expr", "iso"),
    [
        ("Từ ngày 15 đến 19/3", "2025-03-15/2025-03-19"),
        ("Từ 8 - 13/6", "2025-06-08/2025-06-13"),
        ("Từ ngày 2-4/10", "2025-10-02/2025-10-04"),
        ("Trong hai ngày 20 và 21/5", "2025-05-20/2025-05-21"),
        ("Các ngày 20, 21 và 22/11", "2025-11-20/2025-11-22"),
        ("Từ ngày 3 đến ngày 5 tháng 9 năm 2024", "2024-09-03/2024-09-05"),
        ("Từ ngày 27 tới 30/12/2024", "2024-12-27/2024-12-30"),
    ],
)
def test_a_run_of_days_is_those_days(expr: str, iso: str) -> None:
    text = f"{expr}, hội chợ nông sản ở Cần Thơ đón 12.000 lượt khách."
    assert _periods(text, "2025-12-31")["12.000 lượt khách"] == iso


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hộ nghèo giảm từ 5 - 7/10 số hộ được khảo sát, còn 40 hộ.",
        "Từ 25 đến 3/4, có 40 hộ được hỗ trợ.",  # no run within one month
    ],
)
def test_values_or_days_out_of_order_are_no_run_of_days(text: str) -> None:
    assert not [m for m in resolve_periods(text, doc_date="2025-05-01") if m.kind == "dates"]


def test_the_days_of_a_range_with_both_months_stay_as_they_were() -> None:
    text = "Từ ngày 28/2 đến 3/3, cảng Quy Nhơn đón 14 chuyến tàu."
    assert _periods(text, "2025-03-10")["14 chuyến tàu"] == "2025-02-28/2025-03-03"


def test_an_event_stated_up_front_governs_its_paragraphs() -> None:
    text = (
        " date 2025-09-30\n"
        "Bình Định xúc tiến du lịch tại Hàn Quốc\n\n"
        "Từ ngày 22 đến 26/9, đoàn công tác tỉnh Bình Định đã làm việc tại Seoul và "
        "Busan. Đoàn có 30 thành viên.\n\n"
        "Tại hội chợ du lịch quốc tế, hơn 150 doanh nghiệp lữ hành đã đến gian hàng "
        "của tỉnh; tỉnh ký 4 thỏa thuận hợp tác.\n\n"
        "Năm 2024, Bình Định đón 120.000 lượt khách Hàn Quốc.\n"
    )
    got = _periods(text)
    for fig in ("30 thành viên", "150 doanh nghiệp", "4 thỏa thuận"):
        assert got[fig] == "2025-09-22/2025-09-26", fig
    assert got["120.000 lượt khách"] == "2024"
