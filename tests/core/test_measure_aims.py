"""Words before a value that change which quantity it is (GUIDELINE §8, measure_aims.py):
a need is a demand (`nhu cầu`), a remainder is what is left (`còn phải`), a purpose names
its plan, a profit said as a percentage is its rate; and a registration document the
count was granted is no part of the verb that tells counts apart.

The sentences are invented; each rule has near-misses it must leave as they were.
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
            "Các nhà máy da giày cần tuyển khoảng 6.500 công nhân trong quý I.",
            "6.500 công nhân",
            "nhu cầu tuyển công nhân",
        ),
        (
            "Mỗi năm tỉnh cần khoảng 3.000 căn hộ giá thấp cho công nhân.",
            "3.000 căn hộ",
            "nhu cầu căn hộ giá thấp",
        ),
        (
            "Các khu công nghiệp có nhu cầu tuyển dụng 20.000 lao động phổ thông.",
            "20.000 lao động",
            "nhu cầu tuyển dụng lao động phổ thông",
        ),
        (
            "Ngành y tế cần phải bổ sung 450 bác sĩ cho tuyến huyện.",
            "450 bác sĩ",
            "nhu cầu bổ sung bác sĩ",
        ),
        (
            "Tỉnh cần khoảng 12.000 tỷ đồng vốn đầu tư cho hạ tầng giao thông.",
            "12.000 tỷ đồng",
            "nhu cầu vốn đầu tư",
        ),
        ("Huyện cần đầu tư 500 tỷ đồng cho trường học.", "500 tỷ đồng", "nhu cầu đầu tư"),
    ],
)
def test_a_need_is_a_demand(sentence, span, expected):
    assert measure(sentence, span) == expected


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        (
            "Đến cuối năm, thành phố còn phải thu khoảng 2.100 tỷ đồng.",
            "2.100 tỷ đồng",
            "số còn phải thu",
        ),
        ("Huyện còn phải giải ngân 700 tỷ đồng.", "700 tỷ đồng", "số còn phải giải ngân"),
        (
            "Xã còn phải di dời 300 hộ dân khỏi vùng sạt lở.",
            "300 hộ dân",
            "số hộ dân còn phải di dời khỏi vùng sạt lở",
        ),
        ("Công trình còn thiếu 45 tỷ đồng.", "45 tỷ đồng", "số còn thiếu"),
    ],
)
def test_a_remainder_is_what_is_left(sentence, span, expected):
    assert measure(sentence, span) == expected


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        # `còn` as `while`: a new subject, no remainder
        ("Hà Nội đón 5 triệu lượt khách, còn Đà Nẵng đón 3 triệu lượt khách.",
         "3 triệu lượt khách", "số lượt khách đón"),
        ("Xã còn 120 hộ nghèo.", "120 hộ nghèo", "số hộ nghèo"),
        ("Tỉnh phấn đấu tăng trưởng 10%.", "10%", "tăng trưởng kinh tế"),
        # a change is no need
        ("Tỉnh cần giảm 30 vụ tai nạn giao thông.", "30 vụ", "giảm số vụ tai nạn giao thông"),
    ],
)  # fmt: skip
def test_no_need_or_remainder_without_its_modal(sentence, span, expected):
    assert measure(sentence, span) == expected


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        (
            "Thu ngân sách 9 tháng đạt 9.850 tỷ đồng. Để hoàn thành dự toán năm 2025 là "
            "13.000 tỷ đồng, quý IV tỉnh phải thu thêm.",
            "13.000 tỷ đồng",
            "dự toán thu ngân sách",
        ),
        (
            "Để đạt kế hoạch năm là 2.000 tỷ đồng, huyện đẩy nhanh giải ngân.",
            "2.000 tỷ đồng",
            "kế hoạch năm",
        ),
    ],
)
def test_a_purpose_names_its_plan(sentence, span, expected):
    assert measure(sentence, span) == expected


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        ("Với giá này, nông dân trồng cà phê có lãi 35%.", "35%", "tỷ suất lãi"),
        (
            "Lợi nhuận gộp của ngành tôm đạt 18%.",
            "18%",
            "tỷ suất lợi nhuận gộp của ngành tôm",
        ),
        # not a rate: a rate already, a change, a share, an attainment
        ("Lãi suất cho vay bình quân 6,5%.", "6,5%", "lãi suất cho vay bình quân"),
        ("Lợi nhuận của doanh nghiệp tăng 20%.", "20%", "tăng lợi nhuận của doanh nghiệp"),
        ("Lợi nhuận chiếm 15% doanh thu.", "15%", "tỷ trọng lợi nhuận trong doanh thu"),
        ("Lợi nhuận đạt 110% kế hoạch.", "110%", "lợi nhuận so với kế hoạch"),
    ],
)
def test_a_profit_as_a_percentage_is_its_rate(sentence, span, expected):
    assert measure(sentence, span) == expected


@pytest.mark.parametrize(
    "sentence, span, expected",
    [
        (
            "Tỉnh đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 21 dự án FDI với tổng vốn "
            "đăng ký 430 triệu USD.",
            "21 dự án",
            "số dự án FDI cấp mới",
        ),
        (
            "Tỉnh điều chỉnh Giấy chứng nhận đầu tư cho 9 dự án.",
            "9 dự án",
            "số dự án điều chỉnh",
        ),
        # a permit that is not a registration tells what was granted
        (
            "Sở Xây dựng đã cấp giấy phép xây dựng cho 230 công trình.",
            "230 công trình",
            "số công trình cấp giấy phép xây dựng",
        ),
    ],
)
def test_a_registration_is_not_the_verb_of_a_count(sentence, span, expected):
    assert measure(sentence, span) == expected
