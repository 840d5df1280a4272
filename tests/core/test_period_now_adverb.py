"""`hiện` as the adverb "now" (GUIDELINE §8: `hiện nay`, `hiện có` with no date: null).

Before a verb or a preposition (`hiện ở mức`, `hiện chiếm`, `hiện là`) `hiện` says
the figure is the present's: an older period of the paragraph is not its time. In
a word (`thực hiện`, `phát hiện`, `xuất hiện`, `thể hiện`, `hiện đại`, `hiện tượng`,
`hiện hành`) it says nothing of time. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def _periods(text: str) -> dict[str, str | None]:
    return {" ".join(f.text.split()): f.period for f in extract_figures(text)}


@pytest.mark.parametrize(
    "clause",
    [
        "Giá cá tra nguyên liệu hiện ở mức 29.000 đồng/kg",
        "Thủy sản hiện chiếm 42% kim ngạch của tỉnh",
        "Tỷ lệ hộ nghèo hiện là 2,1%",
        "Dư nợ tín dụng hiện đạt 95.000 tỷ đồng",
        "Giá tiêu hiện dao động 140.000 đồng/kg",
    ],
)
def test_hien_before_a_verb_or_preposition_says_now(clause: str) -> None:
    text = f"Trong 6 tháng đầu năm 2025, Cà Mau xuất khẩu 600 triệu USD. {clause}."
    got = _periods(text)
    assert got["600 triệu USD"] == "2025-01/2025-06"
    assert [p for t, p in got.items() if t != "600 triệu USD"] == [None]


@pytest.mark.parametrize(
    "clause",
    [
        "Tỉnh thực hiện được 15 dự án",
        "Tỉnh thực hiện có hiệu quả 15 dự án",
        "Lực lượng chức năng phát hiện là 15 vụ vi phạm",
        "Trên địa bàn xuất hiện đã 15 mô hình mới",
        "Kết quả thể hiện ở mức 15%",
        "Tỉnh có 15 nhà máy hiện đại",
        "Tỉnh ghi nhận 15 hiện tượng sạt lở",
    ],
)
def test_hien_inside_a_word_says_nothing_of_time(clause: str) -> None:
    text = f"Năm 2024, Quảng Ngãi thu hút 20 dự án. {clause}."
    got = _periods(text)
    assert set(got.values()) == {"2024"}, got


def test_a_period_in_the_sentence_still_wins_over_hien() -> None:
    text = "Năm 2024, Quảng Ngãi thu hút 20 dự án. Giá đất hiện ở mức 12 triệu đồng/m2 năm 2025."
    assert _periods(text)["12 triệu đồng/m2"] == "2025"
