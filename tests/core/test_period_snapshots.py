"""To-date periods that are snapshots at their date (GUIDELINE §8 "period").

`tính đến ngày X` is a flow since 1 January for what is counted through the year
and a level at X for a stock. A to-date with a time of day (`tính đến 17h ngày
21/9`), and the toll of one ongoing event (a storm, a flood, a landslide, a fire),
are what stands at that date: their figures' period is the date, also in the
report's later paragraphs. A year's count of incidents (traffic accidents, fires,
disasters in general) stays a flow since January. Every sentence is invented.
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
        ("tính đến 17h ngày 21/9", "2024-09-21"),
        ("tính đến 7 giờ sáng ngày 14/8", "2024-08-14"),
        ("tính đến 16h30 ngày 3/10/2023", "2023-10-03"),
        ("đến 20 giờ 15 phút ngày 2 tháng 9", "2024-09-02"),
        ("tính đến 6h, ngày 19/9", "2024-09-19"),
    ],
)
def test_a_time_of_day_makes_a_to_date_a_snapshot(expr: str, iso: str) -> None:
    text = f"Theo Ban Chỉ huy, {expr}, toàn tỉnh có 12 hộ phải di dời."
    (m,) = resolve_periods(text, doc_date="2024-10-05")
    assert (m.kind, m.iso, m.level_iso) == ("to-date", iso, iso)


def test_a_storms_toll_to_a_time_of_day_holds_for_the_whole_report() -> None:
    text = (
        " date 2024-09-12\nBão số 3 gây thiệt hại nặng\n\n"
        "Theo Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Ninh, tính đến 7 giờ sáng ngày "
        "11/9, bão số 3 đã làm 14 người chết, 2.300 ngôi nhà bị tốc mái.\n\n"
        "Về nông nghiệp, 1.800 ha lúa bị ngập.\n\n"
        "Ngày 10/9, tại thành phố Hạ Long, lượng mưa đạt 300 mm.\n\n"
        "Tổng thiệt hại ước khoảng 5.000 tỷ đồng."
    )
    got = _periods(text)
    assert got["14 người"] == got["2.300 ngôi nhà"] == "2024-09-11"
    assert got["1.800 ha"] == "2024-09-11"  # the report's period, in another paragraph
    assert got["300 mm"] == "2024-09-10"  # one day up front: an episode
    assert got["5.000 tỷ đồng"] == "2024-09-11"  # after it, the report's period again


@pytest.mark.parametrize(
    "event",
    ["bão số 4", "mưa lũ", "đợt mưa lũ", "sạt lở đất", "vụ cháy rừng", "lũ quét", "cơn bão"],
)
def test_an_events_toll_to_a_date_is_a_level_at_that_date(event: str) -> None:
    text = f"Tính đến ngày 21/9/2024, {event} đã làm 7 người chết, 120 ngôi nhà bị hư hỏng."
    got = _periods(text)
    assert got["7 người"] == got["120 ngôi nhà"] == "2024-09-21"


def test_a_years_count_of_incidents_to_a_date_stays_a_flow() -> None:
    text = (
        "Tính đến ngày 15/9/2025, toàn tỉnh Nghệ An xảy ra 120 vụ tai nạn giao thông, làm "
        "chết 45 người.\n\n"
        "Tính đến ngày 15/9/2025, thiên tai đã làm 30 người chết.\n\n"
        "Tính đến ngày 30/9/2025, toàn tỉnh xảy ra 18 vụ cháy, thiệt hại 20 tỷ đồng."
    )
    got = _periods(text)
    assert got["120 vụ"] == got["45 người"] == "2025-01-01/2025-09-15"
    assert got["30 người"] == "2025-01-01/2025-09-15"  # disasters in general
    assert got["18 vụ"] == got["20 tỷ đồng"] == "2025-01/2025-09"  # fires counted


def test_a_to_date_flow_and_stock_keep_their_readings() -> None:
    text = (
        "Tính đến ngày 30/6/2025, Bình Dương cấp mới 45 dự án FDI. Tính đến ngày 30/6/2025, "
        "tỉnh có 4.200 dự án còn hiệu lực."
    )
    got = _periods(text)
    assert got["45 dự án"] == "2025-01/2025-06"
    assert got["4.200 dự án"] == "2025-06-30"
