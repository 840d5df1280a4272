"""A count followed by what the counted things do (guideline §8: the modifiers that tell
it apart): `số doanh nghiệp đưa sản phẩm lên sàn thương mại điện tử`. Invented
sentences, not the seeds."""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def _measure(sentence: str, text: str) -> str | None:
    found = {f.text: f.measure for f in extract_figures(sentence)}
    assert text in found, (text, list(found))
    return found[text]


RELATIVE = [
    (  # an action verb with its object and a direction
        "Năm 2025, tỉnh hỗ trợ 35 hợp tác xã đưa nông sản lên sàn thương mại điện tử.",
        "35 hợp tác xã",
        "số hợp tác xã đưa nông sản lên sàn thương mại điện tử",
    ),
    (  # `vào`, a preposition elsewhere, is the direction of the action here
        "Có 18 doanh nghiệp đưa sản phẩm OCOP vào siêu thị, tăng 4 doanh nghiệp.",
        "18 doanh nghiệp",
        "số doanh nghiệp đưa sản phẩm OCOP vào siêu thị",
    ),
    (  # `tạo`: the clause stops at the preposition of its adjunct
        "Toàn tỉnh có 40 làng nghề tạo việc làm thường xuyên cho lao động nông thôn.",
        "40 làng nghề",
        "số làng nghề tạo việc làm thường xuyên",
    ),
]

NOT_RELATIVE = [
    # a number later in the clause: the verb is the predicate of that figure
    ("Năm 2025 có 12 dự án đưa tổng vốn lên 5 tỷ USD.", "12 dự án", "số dự án"),
    # a purpose, not a kind of the counted things
    ("Tỉnh huy động 900 chiến sĩ giúp người dân sửa nhà.", "900 chiến sĩ", "số chiến sĩ"),
    # a verb with no noun after it
    ("Có 7 nhà máy đưa vào, 3 nhà máy dừng.", "7 nhà máy", "số nhà máy"),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), RELATIVE)
def test_what_the_counted_do_is_in_the_measure(sentence: str, text: str, expected: str) -> None:
    assert _measure(sentence, text) == expected


@pytest.mark.parametrize(("sentence", "text", "expected"), NOT_RELATIVE)
def test_no_relative_clause(sentence: str, text: str, expected: str) -> None:
    assert _measure(sentence, text) == expected
