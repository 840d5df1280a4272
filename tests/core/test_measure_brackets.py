"""Brackets and the clause a figure's measure is read from (GUIDELINE §8).

- a list inside brackets (`năng lượng tái tạo (điện gió, điện mặt trời)`) is an aside:
  its commas do not end the clause, so the phrase before it still names the figure;
- a value in brackets after each item of a list (`đạt tỷ lệ cao như Lào Cai (68,5%),
  Phú Thọ (61,7%)`) measures the quantity named before the list, not nothing; a list
  opened by a noun that names no quantity (`các thị trường lớn như Mỹ (…)`) gives none.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def measures(sentence: str) -> dict[str, str | None]:
    return {f.text: f.measure for f in extract_figures(sentence)}


INSIDE = [
    (
        "Sản lượng các loại cây ăn quả (xoài, bưởi, cam) đạt 120.000 tấn.",
        "120.000 tấn",
        "sản lượng các loại cây ăn quả",
    ),
    (
        "Kim ngạch nhập khẩu nguyên liệu (bông, sợi, vải) đạt 900 triệu USD.",
        "900 triệu USD",
        "kim ngạch nhập khẩu nguyên liệu",
    ),
    (
        "Năng lượng tái tạo (điện gió, điện mặt trời) huy động 2,2 tỷ kWh.",
        "2,2 tỷ kWh",
        # the kWh names the quantity the source produced (guideline §8, measure_heads.py)
        "sản lượng điện năng lượng tái tạo huy động",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), INSIDE)
def test_a_list_in_brackets_does_not_end_the_clause(
    sentence: str, figure: str, expected: str
) -> None:
    assert measures(sentence)[figure] == expected


def test_a_value_after_each_list_item_takes_the_listed_quantity() -> None:
    found = measures(
        "Nhiều địa phương có tốc độ tăng trưởng cao như Bắc Giang (13,8%), Hải Phòng (10,3%)."
    )
    assert found["13,8%"] == found["10,3%"] == "tốc độ tăng trưởng"


def test_a_rate_list_keeps_its_head() -> None:
    found = measures("Một số tỉnh đạt tỷ lệ tiêm chủng cao như Nam Định (98%), Thái Bình (97%).")
    assert found["98%"] == found["97%"] == "tỷ lệ tiêm chủng"


def test_a_list_of_things_names_no_quantity() -> None:
    found = measures("Các thị trường lớn như Mỹ (2,1 tỷ USD), EU (1,5 tỷ USD) đều tăng.")
    assert found["2,1 tỷ USD"] is None


def test_brackets_with_no_list_are_removed() -> None:
    """`(STC)` after a name, or a bracket the figure is inside, still read as before."""
    found = measures("Theo Sở Tài chính (STC), kim ngạch xuất khẩu đạt 5 tỷ USD.")
    assert found["5 tỷ USD"] == "kim ngạch xuất khẩu"
