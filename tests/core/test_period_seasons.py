"""Crop seasons as periods (GUIDELINE §8 "period"): their years, and their reach.

A season written with a range of years is that range, like a `giai đoạn`; with one
year it is that year. A season stated up front in a report about it governs the
report's later figures, as a report's quarter or year does, until another period
is stated. Every sentence is invented for the test.
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
        ("vụ đông xuân 2024-2025", "2024/2025"),
        ("vụ đông xuân 2023 - 2024", "2023/2024"),
        ("vụ lúa đông xuân 2025-26", "2025/2026"),
        ("niên vụ 2023/2024", "2023/2024"),
        ("niên vụ cà phê 2024-2025", "2024/2025"),
        ("vụ hè thu 2025", "2025"),
        ("vụ mùa năm 2024", "2024"),
        ("vụ thu đông năm nay", "2025"),
    ],
)
def test_a_season_is_the_years_it_is_written_with(expr: str, iso: str) -> None:
    text = f"Theo Sở Nông nghiệp, {expr}, nông dân gieo trồng 12.000 ha."
    (m,) = [m for m in resolve_periods(text, doc_date="2025-06-01") if m.kind == "season"]
    assert m.iso == iso


def test_a_season_stated_up_front_governs_the_reports_later_paragraphs() -> None:
    text = (
        "Theo Sở Nông nghiệp tỉnh Kiên Giang, vụ đông xuân 2024-2025, toàn tỉnh gieo sạ "
        "280.000 ha lúa, năng suất đạt 7,3 tấn/ha.\n\n"
        "Tại huyện Giồng Riềng, nông dân xuống giống 40.000 ha.\n\n"
        "Giá lúa vụ này dao động 6.500 đồng/kg. Với giá này, nông dân lãi 22 triệu đồng/ha.\n\n"
        "Vụ hè thu 2025, tỉnh dự kiến gieo sạ 260.000 ha.\n\n"
        "Tại huyện Hòn Đất, nông dân đã xuống giống 15.000 ha."
    )
    got = _periods(text)
    assert got["280.000 ha"] == "2024/2025"
    assert got["40.000 ha"] == "2024/2025"  # another paragraph: the season holds
    assert got["6.500 đồng/kg"] == "2024/2025"  # `vụ này`
    assert got["22 triệu đồng/ha"] == "2024/2025"
    assert got["260.000 ha"] == "2025"
    assert got["15.000 ha"] == "2025"  # the season stated last holds now


def test_this_season_after_a_later_season_is_the_later_one() -> None:
    text = (
        "Vụ đông xuân 2024-2025, Đồng Tháp gieo sạ 200.000 ha.\n\n"
        "Vụ hè thu 2025, tỉnh xuống giống 180.000 ha.\n\n"
        "Giá lúa vụ này đạt 7.000 đồng/kg."
    )
    assert _periods(text)["7.000 đồng/kg"] == "2025"


def test_a_season_inside_a_noun_phrase_governs_its_sentence_only() -> None:
    text = (
        "Năng suất lúa vụ đông xuân 2024-2025 của An Giang đạt 7,4 tấn/ha.\n\n"
        "Tỉnh có 120 hợp tác xã nông nghiệp."
    )
    got = _periods(text)
    assert got["7,4 tấn/ha"] == "2024/2025"
    assert got["120 hợp tác xã"] is None


def test_a_season_that_is_a_comparison_base_does_not_govern() -> None:
    text = "Năm 2025, Hậu Giang gieo sạ 75.000 ha lúa, giảm 2.000 ha so với vụ đông xuân 2023-2024."
    assert _periods(text)["2.000 ha"] == "2025"
