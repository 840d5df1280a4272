"""Words a measure keeps and drops around its number (GUIDELINE §8: no value words, no
qualifier or linking verb; the modifiers that tell the quantity apart).

- an age or a number of years goes with its words: `từ 15 tuổi trở lên`, `trên 5 năm`;
- a modal before the linking verb (`có thể đạt`) is no part of the measure;
- a verb of completion right before a count tells counts apart (`hoàn thành 8 dự án`),
  while before a percentage it is the link of an attainment (`hoàn thành 105% dự toán`).

The sentences are invented.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def measure(text: str, span: str) -> str | None:
    (f,) = [f for f in extract_figures(text) if f.text == span]
    return f.measure


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        (
            "Lực lượng lao động từ 15 tuổi trở lên của tỉnh ước đạt 1,2 triệu người.",
            "1,2 triệu người",
            "lực lượng lao động",
        ),
        (
            "Số người cao tuổi trên 80 tuổi được nhận trợ cấp là 4.500 người.",
            "4.500 người",
            "số người cao tuổi được nhận trợ cấp",
        ),
        ("Doanh nghiệp hoạt động trên 5 năm đạt 320 đơn vị.", "320 đơn vị", None),
        # a number that counts something else stays out, its noun stays in
        ("Giá xăng RON 95 tăng 500 đồng/lít.", "500 đồng/lít", "tăng giá xăng RON 95"),
    ],
)
def test_an_age_or_a_duration_goes_with_its_words(sentence, span, expected):
    got = measure(sentence, span)
    if expected is None:  # only that no word of the value is left
        assert got is not None and not {"trên", "năm"} & set(got.split())
    else:
        assert got == expected


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        ("Dự kiến cả năm, thu nội địa có thể đạt 12.000 tỷ đồng.", "12.000 tỷ đồng", "thu nội địa"),
        (
            "Sản lượng cà phê có khả năng đạt 1,8 triệu tấn.",
            "1,8 triệu tấn",
            "sản lượng cà phê",
        ),
    ],
)
def test_a_modal_is_no_part_of_a_measure(sentence, span, expected):
    assert measure(sentence, span) == expected


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        ("Đến nay tỉnh mới hoàn thành 12 công trình.", "12 công trình", "số công trình hoàn thành"),
        ("Huyện đã hoàn thành 45 căn nhà cho hộ nghèo.", "45 căn nhà", "số căn nhà hoàn thành"),
        (
            "Tổng thu ngân sách hoàn thành 105% dự toán.",
            "105%",
            "tổng thu ngân sách so với dự toán",
        ),
    ],
)  # fmt: skip
def test_completion_tells_counts_apart_but_links_an_attainment(sentence, span, expected):
    assert measure(sentence, span) == expected
