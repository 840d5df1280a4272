"""The base of a comparison and the figure compared with it (GUIDELINE §8 "period").

A comparison's base (`so với cùng kỳ năm 2024`) is never the period of the figure
that is compared; but a figure that is itself the value compared with (`cao hơn
mức tăng 5,5% của cùng kỳ năm trước`, `so với 96 tỷ kWh cùng kỳ năm 2024`)
describes that earlier period, which is its own time. A stock at a date (a
reservoir's volume) takes the level reading of a to-date. Every sentence is
invented for the test.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def _periods(text: str, doc_date: str | None = "2025-10-06") -> dict[str, str | None]:
    return {" ".join(f.text.split()): f.period for f in extract_figures(text, doc_date=doc_date)}


@pytest.mark.parametrize(
    ("sentence", "fig", "iso"),
    [
        (
            "9 tháng năm 2025, GRDP của Bắc Ninh tăng 7,1%, cao hơn mức tăng 6,4% của cùng "
            "kỳ năm trước.",
            "6,4%",
            "2024-01/2024-09",
        ),
        (
            "6 tháng đầu năm 2025, sản lượng điện đạt 110 tỷ kWh, tăng 9% so với 101 tỷ kWh "
            "cùng kỳ năm 2024.",
            "101 tỷ kWh",
            "2024-01/2024-06",
        ),
        (
            "Quý III/2025, thu ngân sách đạt 4.100 tỷ đồng, thấp hơn con số 4.300 tỷ đồng của "
            "quý II/2025.",
            "4.300 tỷ đồng",
            "2025-04/2025-06",
        ),
    ],
)
def test_the_value_compared_with_has_its_bases_time(sentence: str, fig: str, iso: str) -> None:
    assert _periods(sentence)[fig] == iso


@pytest.mark.parametrize(
    ("sentence", "fig", "iso"),
    [
        (
            "6 tháng đầu năm 2025, doanh thu tăng 12% so với cùng kỳ năm 2024.",
            "12%",
            "2025-01/2025-06",
        ),
        (
            "6 tháng đầu năm 2025, doanh thu đạt 900 tỷ đồng, bằng 110% cùng kỳ.",
            "110%",
            "2025-01/2025-06",
        ),
        (
            "6 tháng đầu năm 2025, thu hút 30 dự án, cao hơn 8 dự án so với cùng kỳ năm 2024.",
            "8 dự án",
            "2025-01/2025-06",
        ),
        (
            "Ngày 14/7, phụ tải đạt 51.000 MW, tăng 6% so với mức cao nhất của năm 2024.",
            "6%",
            "2025-07-14",
        ),
    ],
)
def test_a_compared_figure_keeps_its_own_time(sentence: str, fig: str, iso: str) -> None:
    assert _periods(sentence)[fig] == iso


def test_a_reservoirs_volume_at_a_date_is_a_level() -> None:
    text = "Tính đến ngày 30/9, dung tích các hồ chứa thủy lợi còn khoảng 2,3 tỷ m3."
    assert _periods(text)["2,3 tỷ m3"] == "2025-09-30"
