"""A quantity named by the subject or topic of its sentence, away from the number
(guideline §8 `measure`; `measure_subject.py`), on invented sentences.

A copula's predicate (`là điểm sáng`) is not the quantity, the trade flow the sentence
opens with is; a bare head later in the sentence (`kim ngạch`) is that flow's; a topic
frame (`Về …,`, `Riêng …,`) completes a bare head; an earlier mention completes a bare
head the text has named before. None of it fires on an agency, a firm or a place that
opens the sentence, on a measure already complete, or on a time singled out by `Riêng`.
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def measure(text: str, figure: str) -> str | None:
    found = {f.text: f.measure for f in extract_figures(text)}
    hit = next((t for t in found if t == figure or t.startswith(figure + " ")), None)
    assert hit is not None, (figure, list(found))
    return found[hit]


COPULA_SUBJECT = [
    # the subject names the quantity; the predicate says how it ranks
    (
        "Xuất khẩu hạt điều tiếp tục là điểm sáng với 95.000 tấn, kim ngạch 620 triệu USD, tăng 21%.",
        {
            "95.000 tấn": "khối lượng xuất khẩu hạt điều",
            "620 triệu USD": "kim ngạch xuất khẩu hạt điều",
            "21%": "tăng kim ngạch xuất khẩu hạt điều",
        },
    ),
    (
        "Xuất khẩu rau quả là điểm sáng với 410 triệu USD, tăng 15%.",
        {"410 triệu USD": "kim ngạch xuất khẩu rau quả", "15%": "tăng kim ngạch xuất khẩu rau quả"},
    ),
    (
        "Nhập khẩu xăng dầu vẫn là gánh nặng với 2,3 triệu tấn, trị giá 1,8 tỷ USD.",
        {
            "2,3 triệu tấn": "khối lượng nhập khẩu xăng dầu",
            "1,8 tỷ USD": "kim ngạch nhập khẩu xăng dầu",
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), COPULA_SUBJECT)
def test_copula_predicate_is_not_the_quantity(text: str, want: dict[str, str]) -> None:
    for figure, m in want.items():
        assert measure(text, figure) == m, figure


SUBJECT_COMPLETES = [
    # a bare head later in the sentence is the opening trade flow's
    (
        "Xuất khẩu hồ tiêu đạt 52.000 tấn, kim ngạch 310 triệu USD.",
        {
            "52.000 tấn": "khối lượng xuất khẩu hồ tiêu",
            "310 triệu USD": "kim ngạch xuất khẩu hồ tiêu",
        },
    ),
    (
        "Nhập khẩu phân bón tăng mạnh, khối lượng đạt 1,1 triệu tấn.",
        {"1,1 triệu tấn": "khối lượng nhập khẩu phân bón"},
    ),
]


@pytest.mark.parametrize(("text", "want"), SUBJECT_COMPLETES)
def test_bare_head_takes_the_sentence_subject(text: str, want: dict[str, str]) -> None:
    for figure, m in want.items():
        assert measure(text, figure) == m, figure


TOPICS = [
    (
        "Về xuất khẩu gỗ, khối lượng đạt 800.000 m3, kim ngạch 450 triệu USD.",
        {"800.000 m3": "khối lượng xuất khẩu gỗ", "450 triệu USD": "kim ngạch xuất khẩu gỗ"},
    ),
    (
        "Riêng mặt hàng cá ngừ, giá trị xuất khẩu đạt 95 triệu USD, tăng 7%.",
        {"95 triệu USD": "giá trị xuất khẩu mặt hàng cá ngừ"},
    ),
]


@pytest.mark.parametrize(("text", "want"), TOPICS)
def test_topic_frame_completes_a_bare_head(text: str, want: dict[str, str]) -> None:
    for figure, m in want.items():
        assert measure(text, figure) == m, figure


def test_earlier_mention_completes_a_bare_rate() -> None:
    text = (
        "Có 9 sở, ngành có tỷ lệ tiêm chủng trên mức bình quân. "
        "Nhiều xã đạt tỷ lệ cao như Tân Phú (96,5%), An Bình (94,1%)."
    )
    assert measure(text, "96,5%") == "tỷ lệ tiêm chủng"
    assert measure(text, "94,1%") == "tỷ lệ tiêm chủng"


MUST_NOT_FIRE = [
    # an agency or a firm as subject: it does, it is not measured
    ("Doanh nghiệp đạt doanh thu 5 tỷ đồng.", "5 tỷ đồng", "doanh thu"),
    (
        "Sở Công Thương là đơn vị đầu mối với 12 cán bộ chuyên trách.",
        "12 cán bộ",
        "số cán bộ chuyên trách",
    ),
    # a measure already complete keeps its own words
    (
        "Xuất khẩu thủy sản đạt 1,2 tỷ USD, kim ngạch nhập khẩu 300 triệu USD.",
        "300 triệu USD",
        "kim ngạch nhập khẩu",
    ),
    # the predicate IS the quantity
    ("Xuất khẩu cà phê là 1,5 tỷ USD.", "1,5 tỷ USD", "kim ngạch xuất khẩu cà phê"),
]


@pytest.mark.parametrize(("text", "figure", "want"), MUST_NOT_FIRE)
def test_not_fired(text: str, figure: str, want: str) -> None:
    assert measure(text, figure) == want


def test_riêng_singles_out_a_time_not_a_topic() -> None:
    text = "Riêng dịp lễ 30/4 kéo dài 5 ngày, các khu du lịch đón 800.000 lượt khách, doanh thu đạt 900 tỷ đồng."
    assert "dịp" not in (measure(text, "900 tỷ đồng") or "")


BREAKDOWN_BY_GOOD = [
    # one good of a trade flow is that flow of the good, not `… của <good>`
    (
        "Xuất khẩu nông sản đạt 3,4 tỷ USD, tăng 12%; trong đó gạo đạt 1,1 tỷ USD, cà phê 900 triệu USD.",
        {"1,1 tỷ USD": "kim ngạch xuất khẩu gạo", "900 triệu USD": "kim ngạch xuất khẩu cà phê"},
    ),
    # a harvest's way stays after the good
    (
        "Sản lượng khai thác đạt 40.000 tấn, riêng cá ngừ đạt 9.000 tấn.",
        {"9.000 tấn": "sản lượng cá ngừ khai thác"},
    ),
    # not a good: an item that is a group of people keeps `của`
    (
        "Thu nhập bình quân đạt 8,2 triệu đồng, trong đó lao động nam 9,5 triệu đồng.",
        {"9,5 triệu đồng": "thu nhập bình quân của lao động nam"},
    ),
]


@pytest.mark.parametrize(("text", "want"), BREAKDOWN_BY_GOOD)
def test_item_of_a_breakdown_by_good(text: str, want: dict[str, str]) -> None:
    for figure, m in want.items():
        assert measure(text, figure) == m, figure


PARTNER_OWNERS = [
    # the partner's investors or firms as the subject own the figures of their clause
    (
        "Riêng quý I, nhà đầu tư Hàn Quốc đăng ký mới 5 dự án với số vốn 210 triệu USD.",
        {"5 dự án": "số dự án đăng ký mới của nhà đầu tư Hàn Quốc"},
    ),
    (
        "Các doanh nghiệp Đài Loan đã tuyển dụng 3.000 lao động.",
        {"3.000 lao động": "số lao động tuyển dụng của doanh nghiệp Đài Loan"},
    ),
    (
        "Du khách Hàn Quốc chi tiêu bình quân 1.200 USD mỗi chuyến.",
        {"1.200 USD": "chi tiêu bình quân của du khách Hàn Quốc"},
    ),
]


@pytest.mark.parametrize(("text", "want"), PARTNER_OWNERS)
def test_partner_actor_owns_its_figures(text: str, want: dict[str, str]) -> None:
    for figure, m in want.items():
        assert measure(text, figure) == m, figure


def test_partner_as_object_owns_nothing() -> None:
    # `với doanh nghiệp Nhật Bản`, `thu hút nhà đầu tư Singapore`: the partner is no subject
    text = "Tỉnh thu hút nhà đầu tư Singapore với 7 dự án."
    assert "của" not in (measure(text, "7 dự án") or "")
    text = "Tỉnh đã ký kết với doanh nghiệp Nhật Bản 4 bản ghi nhớ với tổng vốn 200 triệu USD."
    assert "của" not in (measure(text, "200 triệu USD") or "")
