"""A count whose subject is an area below the province (guideline §8): the area is part
of the measure, the place stays the province. Invented sentences, not the seeds."""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures

AREA_COUNTS = [
    (  # an industrial park's count, beside the province's count of the same noun
        "Năm 2025, tỉnh Hà Tĩnh thu hút 18 dự án. Trong đó, các khu công nghiệp thu hút 9 dự án.",
        "9 dự án",
        "số dự án thu hút vào các khu công nghiệp",
    ),
    (  # two areas joined by `và`, the first a zone named after a town
        "Khu kinh tế Vũng Áng và các cụm công nghiệp thu hút 7 dự án mới.",
        "7 dự án",
        "số dự án mới thu hút vào Khu kinh tế Vũng Áng và các cụm công nghiệp",
    ),
    (  # a district's visitors: `đón` reads `đến`
        "Trong quý I/2025, huyện Mộc Châu đón 900.000 lượt khách.",
        "900.000 lượt khách",
        "số lượt khách đến huyện Mộc Châu",
    ),
    (  # a district after a framing phrase
        "Ở khu vực miền núi, huyện Mộc Châu đón 1,5 triệu lượt khách.",
        "1,5 triệu lượt khách",
        "số lượt khách đến huyện Mộc Châu",
    ),
    (  # any other counting verb: `tại` the area, an auxiliary before the verb allowed
        "Năm 2024, các khu chế xuất đã tuyển dụng 12.000 lao động.",
        "12.000 lao động",
        "số lao động tuyển dụng tại các khu chế xuất",
    ),
    (  # a period between the area and its verb stays out
        "Các khu công nghiệp 9 tháng qua đã thu hút 25 dự án.",
        "25 dự án",
        "số dự án thu hút vào các khu công nghiệp",
    ),
    (  # a zone whose name ends with its province
        "Khu kinh tế Nam Phú Yên đã cấp mới 6 dự án.",
        "6 dự án",
        "số dự án cấp mới tại Khu kinh tế Nam Phú Yên",
    ),
]

NOT_AREAS = [
    # the province itself is the place, never the measure
    ("Năm 2025, tỉnh Hà Tĩnh thu hút 18 dự án.", "18 dự án", "số dự án thu hút"),
    # a subject that is not an area
    ("Các doanh nghiệp đã tuyển dụng 3.000 lao động.", "3.000 lao động", "số lao động tuyển dụng"),
    # an area that is only the object of an earlier verb, not the counting verb's subject
    (
        "Tỉnh mở rộng các khu công nghiệp, thu hút 40 dự án.",
        "40 dự án",
        "số dự án thu hút",
    ),
]


def _figure(sentence: str, text: str):
    found = [f for f in extract_figures(sentence) if f.text == text]
    assert found, (text, [f.text for f in extract_figures(sentence)])
    return found[0]


@pytest.mark.parametrize(("sentence", "text", "expected"), AREA_COUNTS)
def test_an_area_subject_is_in_the_measure(sentence: str, text: str, expected: str) -> None:
    assert _figure(sentence, text).measure == expected


@pytest.mark.parametrize(("sentence", "text", "expected"), NOT_AREAS)
def test_no_area_no_change(sentence: str, text: str, expected: str) -> None:
    assert _figure(sentence, text).measure == expected


def test_the_place_stays_the_province() -> None:
    f = _figure("Khu kinh tế Nam Phú Yên đã cấp mới 6 dự án.", "6 dự án")
    assert f.place == "Phú Yên"
    g = _figure(
        "Trong quý I/2025, huyện Mộc Châu thuộc tỉnh Sơn La đón 9.000 lượt khách.",
        "9.000 lượt khách",
    )
    assert g.place == "Sơn La"


def test_a_head_inside_a_longer_word_is_no_area() -> None:
    f = _figure("Các tổ chức xã hội đã thu hút 200 tình nguyện viên.", "200 tình nguyện viên")
    assert f.measure == "số tình nguyện viên thu hút"
    g = _figure("Năm 2025, quận 7 đón 80.000 lượt khách.", "80.000 lượt khách")
    assert g.measure == "số lượt khách đến quận 7"
