"""Numbers inside product, grade or equipment names are no figures (GUIDELINE §2, §9).

A size grade a product is sold by (`tôm sú cỡ 30 con/kg`, `loại 40 con/kg`, `xe loại 16
chỗ`) and the voltage class of a grid work (`đường dây 500 kV`, `trạm biến áp 220 kV`)
name a thing; the figures of the sentence are its price, its count. The grade is no word
of the measure either, but the point a price is paid at is (`giá tôm tại ao`).
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def texts(sentence: str) -> list[str]:
    return [f.text for f in extract_figures(sentence)]


def measure(sentence: str, figure: str) -> str | None:
    found = {f.text: f.measure for f in extract_figures(sentence)}
    assert figure in found, (figure, list(found))
    return found[figure]


NOT_FIGURES = [
    ("Tôm sú cỡ 30 con/kg được thương lái mua 260.000 đồng/kg.", "30"),
    ("Giá tôm thẻ loại 40 con/kg tăng lên 120.000 đồng/kg.", "40"),
    ("Huyện mua thêm 5 xe loại 16 chỗ.", "16"),
    ("Tỉnh đã khởi công đường dây 220 kV Thanh Hóa - Nghi Sơn.", "220"),
    ("Trạm biến áp 110kV được đóng điện trong tháng.", "110"),
    ("Ngành điện hoàn thành nâng cấp lưới điện 22 kV cho 3 xã.", "22"),
]


@pytest.mark.parametrize(("sentence", "number"), NOT_FIGURES)
def test_a_grade_or_a_class_is_no_figure(sentence: str, number: str) -> None:
    assert not any(t.startswith(number + " ") or t == number for t in texts(sentence))


FIGURES = [
    # the figures around a grade are still read
    ("Tôm sú cỡ 30 con/kg được thương lái mua 260.000 đồng/kg.", "260.000 đồng/kg"),
    ("Huyện mua thêm 5 xe loại 16 chỗ.", "5 xe"),
    ("Ngành điện hoàn thành nâng cấp lưới điện 22 kV cho 3 xã.", "3 xã"),
    # no grade word before it: a figure
    ("Tỉnh có 12 xe cứu thương.", "12 xe"),
    ("Các loại cây trồng đạt 45.000 tấn.", "45.000 tấn"),
]


@pytest.mark.parametrize(("sentence", "figure"), FIGURES)
def test_the_figures_around_it_are_read(sentence: str, figure: str) -> None:
    assert figure in texts(sentence)


MEASURES = [
    ("Giá tôm sú cỡ 20 con/kg tại ao đạt 300.000 đồng/kg.", "300.000 đồng/kg", "giá tôm sú tại ao"),
    ("Giá lúa tươi tại ruộng ở mức 7.300 đồng/kg.", "7.300 đồng/kg", "giá lúa tươi tại ruộng"),
    ("Giá heo hơi tại trại đạt 62.000 đồng/kg.", "62.000 đồng/kg", "giá heo hơi tại trại"),
    # a place after `tại` is the place, not the measure
    ("Giá cà phê tại Gia Lai đạt 110.000 đồng/kg.", "110.000 đồng/kg", "giá cà phê"),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), MEASURES)
def test_a_price_keeps_its_point_of_sale_not_its_grade(
    sentence: str, figure: str, expected: str
) -> None:
    assert measure(sentence, figure) == expected
