"""A region or the nation named only as a ranking frame (GUIDELINE §8 "place").

A province's report that ranks its figures within its region or the country (`đứng
thứ 7 cả nước và thứ 3 vùng …`, `cao nhất khu vực …`, `thấp hơn mức bình quân của
vùng …`) keeps the province for them and for the figures after them: a place named
only as a comparison does not carry. A figure that is the region's own (`toàn vùng …
tăng 7%`, `Nhiệt độ cao nhất Hà Nội đạt …`) takes that place, and `trên cả nước`
("nationwide") is the nation's, not a comparison.
"""

from __future__ import annotations

from solieu.extract.document import extract_document
from solieu.extract.gazetteer import find_places


def _places(text: str) -> dict[str, str | None]:
    got = extract_document(text, with_place=True)
    return {" ".join(f.text.split()): f.place or got.place for f in got.figures}


def _roles(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_places(text)]


_HEAD = "Thái Bình: kinh tế 6 tháng tăng trưởng khá\n\n"


def test_a_second_rank_without_its_verb_is_a_frame():
    got = _places(
        _HEAD + "GRDP 6 tháng đầu năm 2024 của tỉnh Thái Bình tăng 8,1%, đứng thứ 7 cả nước và "
        "thứ 3 vùng Đồng bằng sông Hồng. Trong đó, khu vực dịch vụ tăng 6,5%."
    )
    assert got["8,1%"] == "Thái Bình" and got["6,5%"] == "Thái Bình"


def test_a_superlative_closing_its_clause_is_a_frame():
    got = _places(
        _HEAD + "Tỉnh Thái Bình thu ngân sách 4.000 tỷ đồng, cao nhất khu vực Tây Nguyên. "
        "Chỉ số IIP tăng 12%.\n\nNăng suất lúa của tỉnh đạt 65 tạ/ha, lớn nhất cả nước. "
        "Sản lượng đạt 500.000 tấn."
    )
    assert got["4.000 tỷ đồng"] == "Thái Bình" and got["12%"] == "Thái Bình"
    assert got["65 tạ/ha"] == "Thái Bình" and got["500.000 tấn"] == "Thái Bình"
    assert _roles("tăng 9%, cao nhất trong vùng Đồng bằng sông Cửu Long.") == [
        ("Đồng bằng sông Cửu Long", "comparison")
    ]


def test_a_superlative_heading_a_figure_names_its_place():
    assert _roles("Nhiệt độ cao nhất Hà Nội đạt 40 độ C.") == [("Hà Nội", "subject")]
    assert _roles("Lượng mưa lớn nhất tại Tây Nguyên là 200 mm.") == [("Tây Nguyên", "subject")]


def test_the_regions_own_figure_takes_the_region():
    got = _places(
        _HEAD + "Tỉnh Thái Bình có tỷ lệ hộ nghèo 1,2%, thấp hơn mức bình quân của vùng "
        "Đồng bằng sông Hồng.\n\nToàn vùng Đồng bằng sông Hồng tăng 7,4%."
    )
    assert got["1,2%"] == "Thái Bình"
    assert got["7,4%"] == "Đồng bằng sông Hồng"


def test_nationwide_is_no_comparison():
    assert _roles("Trên cả nước có 120 ca mắc.") == [("Việt Nam", "subject")]
    assert _roles("Trên toàn vùng Tây Nguyên có 500.000 ha cà phê.") == [("Tây Nguyên", "subject")]
    assert _roles("tăng 9%, trên mức bình quân của cả nước.") == [("Việt Nam", "comparison")]
