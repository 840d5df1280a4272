"""A compound name with a comma or a dash inside it is one noun phrase (GUIDELINE §8).

Vietnamese news names a sector pair with a dash (`công nghiệp - xây dựng`, `dệt may -
da giày`), a partner pair or a province with one (`Việt Nam - Hàn Quốc`, `Bà Rịa - Vũng
Tàu`), and a sector list with commas (`nông, lâm nghiệp và thủy sản`): the measure is not
cut there. A comma that closes an adjunct (`Theo Cục Thống kê tỉnh, …`) is no list, and
a dash that opens an aside (`- một con số kỷ lục`, `Hà Nội - nơi …`) is no compound.
A proper name inside a measure keeps its capitals (`Nhật Bản`, `Hàn Quốc`).
"""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def measure(sentence: str, figure: str) -> str | None:
    found = {f.text: f.measure for f in extract_figures(sentence)}
    assert figure in found, (figure, list(found))
    return found[figure]


JOINED = [
    # a sector pair joined by a dash
    ("Khu vực công nghiệp - xây dựng tăng 8,7%.", "8,7%", "tăng khu vực công nghiệp - xây dựng"),
    ("Ngành dệt may - da giày đạt 3,4 tỷ USD.", "3,4 tỷ USD", "ngành dệt may - da giày"),
    ("Nhóm nông - lâm - thủy sản tăng 2,6%.", "2,6%", "tăng nhóm nông - lâm - thủy sản"),
    # a list of sectors whose last item is longer than a word
    (
        "Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,3%.",
        "3,3%",
        "tăng khu vực nông, lâm nghiệp và thủy sản",
    ),
    (
        "Nhóm hàng dệt may, giày dép và túi xách tăng 1,9%.",
        "1,9%",
        "tăng nhóm hàng dệt may, giày dép và túi xách",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), JOINED)
def test_a_joined_name_is_not_cut(sentence: str, figure: str, expected: str) -> None:
    assert measure(sentence, figure) == expected


def test_a_pair_of_partners_keeps_the_head() -> None:
    """`Việt Nam - Hàn Quốc`: the two places are removed, the quantity before them stays."""
    m = measure("Thương mại song phương Việt Nam - Hàn Quốc đạt 76 tỷ USD.", "76 tỷ USD")
    assert m is not None and m.startswith("thương mại song phương")


ADJUNCTS = [
    # the comma closes a source or a frame, not a list
    (
        "Theo Cục Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) của Gia Lai tăng 5,9%.",
        "5,9%",
        "tăng GRDP",
    ),
    ("Theo Sở Nông nghiệp, sản lượng lúa đạt 1,1 triệu tấn.", "1,1 triệu tấn", "sản lượng lúa"),
    ("Theo Chi cục Thủy lợi, ngô đạt 40.000 tấn.", "40.000 tấn", "khối lượng ngô"),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), ADJUNCTS)
def test_a_source_is_not_a_list_item(sentence: str, figure: str, expected: str) -> None:
    assert measure(sentence, figure) == expected


ASIDES = [
    # a dash before a number word or a clause of its own: an aside, no compound
    ("Tỉnh thu hút 25 dự án - một con số kỷ lục.", "25 dự án", "số dự án thu hút"),
    # a dash before a verb whose object is the figure: the verb is the predicate
    ("Hà Nội - nơi có nhiều khu công nghiệp - thu hút 2 tỷ USD.", "2 tỷ USD", "thu hút"),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), ASIDES)
def test_an_aside_dash_is_not_joined(sentence: str, figure: str, expected: str) -> None:
    assert measure(sentence, figure) == expected


CAPITALS = [
    ("Hội nghị có 150 doanh nghiệp Hàn Quốc tham dự.", "150 doanh nghiệp", "Hàn Quốc"),
    ("Kim ngạch xuất khẩu sang Nhật Bản đạt 410 triệu USD.", "410 triệu USD", "Nhật Bản"),
    ("Tỉnh đón 9.000 lượt khách Nhật Bản.", "9.000 lượt khách", "Nhật Bản"),
]


@pytest.mark.parametrize(("sentence", "figure", "name"), CAPITALS)
def test_a_proper_name_keeps_its_capitals(sentence: str, figure: str, name: str) -> None:
    m = measure(sentence, figure)
    assert m is not None and name in m, m


def test_a_word_first_in_its_sentence_is_lowered() -> None:
    """Only a capital that goes on a name is kept: the sentence's first word is lowered."""
    assert measure("Kim ngạch xuất khẩu đạt 2 tỷ USD.", "2 tỷ USD") == "kim ngạch xuất khẩu"
