"""A count right after a place name is a figure wherever the place stands in its clause
(guideline §9), while a name that carries a number (`Quốc lộ 9`, `Nghị định 15`) is not.

The sentences are invented: other provinces, other topics, other numbers.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures
from solieu.model import decimal_str


def counts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, decimal_str(f.value), f.place) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Địa phương có nhiều ca mắc nhất là Gia Lai với 310 ca, tiếp đến là Đắk Lắk "
            "240 ca và Kon Tum 95 ca.",
            [
                ("310 ca", "310", "Gia Lai"),
                ("240 ca", "240", "Đắk Lắk"),
                ("95 ca", "95", "Kon Tum"),
            ],
        ),
        (
            "Lũ làm 1.245 căn nhà bị hư hỏng, trong đó tỉnh Quảng Bình 620 căn, Quảng Trị 410 căn.",
            [
                ("1.245 căn nhà", "1245", None),
                ("620 căn", "620", "Quảng Bình"),
                ("410 căn", "410", "Quảng Trị"),
            ],
        ),
        (
            "Nhiều học sinh nhất thuộc về Thanh Hóa 1.820 em, sau đó là Nghệ An 1.530 em.",
            [("1.820 em", "1820", "Thanh Hóa"), ("1.530 em", "1530", "Nghệ An")],
        ),
        (
            "Số vụ cháy rừng tập trung ở tỉnh Lâm Đồng 14 vụ và Sơn La 9 vụ.",
            [("14 vụ", "14", "Lâm Đồng"), ("9 vụ", "9", "Sơn La")],
        ),
    ],
)
def test_a_count_after_a_place_name_is_a_figure(sentence, expected):
    got = counts(sentence)
    assert [g[:2] for g in got] == [e[:2] for e in expected]
    for (_, _, place), (_, _, want) in zip(got, expected, strict=True):
        if want is not None:
            assert place == want


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("Xe khách lao xuống vực trên Quốc lộ 9 làm 5 người tử vong.", ["5 người"]),
        ("Bão số 4 làm 3 người chết.", ["3 người"]),
        ("Nghị định 15 quy định rõ trách nhiệm của 12 cơ quan.", ["12 cơ quan"]),
        ("Theo Thông tư 02 hướng dẫn, tỉnh có 30 xã đạt chuẩn.", ["30 xã"]),
        ("Đoạn Tỉnh lộ 8 qua huyện dài 12 km.", ["12 km"]),
        ("Phường Vinh 2 có 300 hộ dân.", ["300 hộ dân"]),
        ("Nhà máy Nhiệt điện Quảng Trạch 1 công suất 1.200 MW.", ["1.200 MW"]),
    ],
)
def test_a_name_with_a_number_is_not_a_count(sentence, figures):
    assert [f.text for f in extract_figures(sentence)] == figures
