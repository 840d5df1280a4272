"""`điểm` after a number: a count of spots when a word it classifies follows (`45 điểm
giao thông`), a score otherwise (`8,5 điểm`), percentage points as `điểm phần trăm`; and
a star grade inside a name is no figure (guideline §9: numbers inside grade names).

The sentences are invented.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def one(text: str, span: str):
    (f,) = [f for f in extract_figures(text) if f.text == span]
    return f


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Mưa lớn khiến 45 điểm giao thông bị sạt lở.", "45 điểm"),
        ("Huyện có 12 điểm sạt lở nguy hiểm cần di dời dân.", "12 điểm"),
        ("Lũ làm 30 điểm trường bị ngập sâu.", "30 điểm"),
        ("Thành phố bố trí 18 điểm tiêm chủng lưu động.", "18 điểm"),
    ],
)
def test_a_count_of_spots(sentence, span):
    f = one(sentence, span)
    assert (f.unit, f.unit_class) == ("điểm", "count")


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Thí sinh đạt 8,5 điểm trung bình.", "8,5 điểm"),
        ("VN-Index giảm 15 điểm xuống 1.250 điểm.", "15 điểm"),
        ("VN-Index giảm 15 điểm xuống 1.250 điểm.", "1.250 điểm"),
        ("Em đạt 27 điểm, cao nhất khối.", "27 điểm"),
        ("Điểm chuẩn năm nay là 24 điểm trở lên.", "24 điểm"),
        ("Em được 9 điểm Toán.", "9 điểm"),
        ("Thí sinh được cộng 2 điểm ưu tiên.", "2 điểm"),
    ],
)
def test_a_score_stays_a_score(sentence, span):
    f = one(sentence, span)
    assert (f.unit, f.unit_class) == ("điểm", "other")


def test_percentage_points_stay_percent():
    f = one("Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm.", "1,2 điểm phần trăm")
    assert (f.unit_class, f.change) == ("percent", True)


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("Công suất phòng khách sạn từ 3 đến 5 sao đạt 75%.", ["75%"]),
        ("Tỉnh có 12 khách sạn 4-5 sao.", ["12 khách sạn"]),
        ("Đà Lạt có thêm một khách sạn 5 sao.", []),
        ("Tỉnh có 120 sản phẩm OCOP đạt 3 sao trở lên.", ["120 sản phẩm"]),
        ("Khu nghỉ dưỡng ba sao mới khai trương.", []),
    ],
)
def test_a_star_grade_is_not_a_figure(sentence, figures):
    assert [f.text for f in extract_figures(sentence)] == figures


def test_stars_counted_with_a_classifier_are_a_count():
    f = one("Lá cờ có 5 ngôi sao.", "5 ngôi sao")
    assert f.unit_class == "count"


@pytest.mark.parametrize(
    "sentence, span, measure",
    [
        (
            "Công suất phòng bình quân đạt 62%, riêng khách sạn 4 - 5 sao đạt 71%.",
            "71%",
            "công suất phòng bình quân của khách sạn 4 - 5 sao",
        ),
        (
            "Giá phòng bình quân 1,2 triệu đồng, riêng khách sạn 5 sao 3,5 triệu đồng.",
            "3,5 triệu đồng",
            "giá phòng bình quân của khách sạn 5 sao",
        ),
        ("Tỉnh có 12 khách sạn 4-5 sao.", "12 khách sạn", "số khách sạn 4-5 sao"),
    ],
)
def test_a_grade_stays_in_the_measure_as_part_of_a_name(sentence, span, measure):
    assert one(sentence, span).measure == measure
