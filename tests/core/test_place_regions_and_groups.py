"""Regions, groups of provinces and the agencies that report them (GUIDELINE §8 "place").

An article whose headline and lead are about a region is the region's, even when a
national agency is its source; a bare `vùng` (`toàn vùng`, `các tỉnh trong vùng`) is
that region; provinces listed as examples of a group (`các tỉnh khác như …`) are no
figure's place, as a group of provinces belongs to the country.
"""

from __future__ import annotations

from solieu.extract.document import extract_document
from solieu.extract.gazetteer import find_places
from solieu.extract.place_pronouns import region_spans
from solieu.extract.scope import document_place


def _places(text: str) -> dict[str, str | None]:
    got = extract_document(text, with_place=True)
    return {" ".join(f.text.split()): f.place or got.place for f in got.figures}


def _roles(text: str) -> dict[str, str]:
    return {m.text: m.role for m in find_places(text)}


_HIGHLANDS = (
    "Tây Nguyên: Giá cà phê tăng mạnh\n\n"
    "Theo Bộ Nông nghiệp và Môi trường, niên vụ 2024-2025, toàn vùng Tây Nguyên có 640.000 "
    "ha cà phê.\n\n"
    "Giá cà phê nhân xô dao động quanh 120.000 đồng/kg. Theo Bộ Công Thương, cả nước xuất "
    "khẩu 1,3 triệu tấn cà phê; giá cà phê của Việt Nam cao hơn Brazil.\n\n"
    "Các địa phương trong vùng dự kiến tái canh 15.000 ha."
)


def test_a_national_agency_reporting_a_region_makes_it_no_national_article():
    assert document_place(_HIGHLANDS) == "Tây Nguyên"
    got = _places(_HIGHLANDS)
    assert got["640.000 ha"] == "Tây Nguyên"
    assert got["120.000 đồng/kg"] == "Tây Nguyên"
    assert got["1,3 triệu tấn"] == "Việt Nam"  # `cả nước` in its sentence
    assert got["15.000 ha"] == "Tây Nguyên"  # `các địa phương trong vùng`


def test_a_national_agency_reporting_a_province_speaks_for_the_province():
    text = (
        "Theo Bộ Công Thương, 9 tháng năm 2025 xuất khẩu của Bắc Giang đạt 30 tỷ USD.\n\n"
        "Theo Tổng cục Hải quan, nhập khẩu đạt 20 tỷ USD."
    )
    assert document_place(text) == "Bắc Giang"


def test_a_national_agency_reporting_the_country_still_makes_a_national_article():
    text = (
        "Theo Tổng cục Thống kê, quý I/2025 GDP cả nước tăng 6,9%.\n\n"
        "Tại Hà Nội, GRDP tăng 7,2%.\n\nTại Đà Nẵng, GRDP tăng 8%."
    )
    assert document_place(text) == "Việt Nam"


def test_a_breakdown_after_an_agency_leaves_its_report_national():
    text = (
        "Theo Ban Chỉ đạo quốc gia, bão làm 9 người chết tại Quảng Bình 4 người, Quảng Trị 3 người."
    )
    assert document_place(text) == "Việt Nam"


def test_a_bare_vung_is_the_region_named_before():
    got = _places(
        "Năm 2025, diện tích lúa của Đồng bằng sông Hồng đạt 950.000 ha.\n\n"
        "Theo Bộ Công Thương, cả nước xuất khẩu 8 triệu tấn gạo.\n\n"
        "Toàn vùng có 120 hợp tác xã."
    )
    assert got["120 hợp tác xã"] == "Đồng bằng sông Hồng"


def test_a_bare_vung_in_a_national_article_is_the_region_it_turned_to():
    got = _places(
        "Theo Tổng cục Thống kê, năm 2025 cả nước gieo cấy 7,1 triệu ha lúa.\n\n"
        "Tại Đồng bằng sông Cửu Long, diện tích lúa đạt 3,8 triệu ha.\n\n"
        "Theo Bộ Công Thương, cả nước xuất khẩu 8 triệu tấn gạo.\n\n"
        "Năm 2026, các tỉnh trong vùng dự kiến giảm 50.000 ha lúa."
    )
    assert got["8 triệu tấn"] == "Việt Nam"
    assert got["50.000 ha"] == "Đồng bằng sông Cửu Long"


def test_a_growing_area_or_a_named_region_is_no_bare_vung():
    text = (
        "toàn vùng nguyên liệu đạt 5.000 ha; các tỉnh trong vùng Tây Nguyên có; cả vùng, "
        "toàn vùng 3; các địa phương thuộc vùng dự án"
    )
    found = [text[a:b] for a, b in region_spans(text)]
    assert found == ["cả vùng", "toàn vùng"]


def test_a_bare_vung_with_no_region_in_the_text_names_no_place():
    got = _places("Năm 2025, Lâm Đồng có 20.000 ha chè. Toàn vùng có 300 hộ trồng chè mới.")
    assert got["300 hộ"] == "Lâm Đồng"


def test_provinces_listed_as_examples_of_a_group_are_no_place():
    text = (
        "Tại Đồng Nai, năm 2024 các doanh nghiệp tuyển 50.000 lao động; lao động từ các tỉnh "
        "khác như Thanh Hóa, Nghệ An, Hà Tĩnh chiếm 30%."
    )
    roles = _roles(text)
    assert roles["Thanh Hóa"] == roles["Nghệ An"] == roles["Hà Tĩnh"] == "example"
    assert _places(text)["30%"] == "Đồng Nai"


def test_a_group_of_provinces_belongs_to_the_country():
    got = _places(
        "Năm 2024, nhiều địa phương như Bắc Giang, Thái Nguyên có mức tăng trưởng trên 10%.\n\n"
        "Theo Cục Thống kê, GDP cả nước tăng 7,1%."
    )
    assert got["10%"] == "Việt Nam"


def test_a_breakdown_after_a_group_names_each_item():
    for text in (
        "Năm 2024, bão làm 9 người chết ở các tỉnh gồm Quảng Bình 5 người, Quảng Trị 4 người.",
        "Năm 2024, bão làm 9 người chết, nhiều nhất ở các tỉnh như Quảng Bình với 5 người, "
        "Quảng Trị với 4 người.",
    ):
        assert _roles(text)["Quảng Bình"] == "subject"
        got = _places(text)
        assert got["5 người"] == "Quảng Bình" and got["4 người"] == "Quảng Trị"


def test_a_foreign_market_listed_after_nhu_stays_a_partner():
    roles = _roles("Năm 2024, Bình Dương xuất khẩu sang các thị trường như Hoa Kỳ, Nhật Bản.")
    assert roles["Hoa Kỳ"] == roles["Nhật Bản"] == "partner"


def test_an_agency_whose_sentence_names_the_country_first_reports_for_the_country():
    text = (
        "Theo Tổng cục Thống kê, năm 2024 GDP cả nước tăng 7%, trong đó Hà Nội tăng 8%.\n\n"
        "Tại Hà Nội, vốn FDI đạt 3 tỷ USD.\n\nTại Bắc Ninh, vốn FDI đạt 2 tỷ USD."
    )
    assert document_place(text) == "Việt Nam"
