"""The North and the South as news names them (GUIDELINE §8 "place": regions by full name).

`miền Bắc` / `Bắc Bộ` is `Miền Bắc`, `miền Nam` / `Nam Bộ` is `Miền Nam` (neither is one
socio-economic region); `miền Trung` stays the region it coincides with. A figure its
sentence or paragraph places there takes it; the article's own place is never one of
them (a national story that tells of its northern part stays national). `các tỉnh phía
Bắc` is a group with no name of its own, and `vịnh Bắc Bộ` a sea.
"""

from __future__ import annotations

import pytest

from solieu.extract.document import extract_document
from solieu.extract.gazetteer import canonical_place, find_places


def _places(text: str) -> dict[str, str | None]:
    got = extract_document(text, with_place=True)
    return {" ".join(f.text.split()): f.place or got.place for f in got.figures}


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("miền Bắc", "Miền Bắc"),
        ("Bắc Bộ", "Miền Bắc"),
        ("miền Nam", "Miền Nam"),
        ("Nam Bộ", "Miền Nam"),
        ("miền Trung", "Bắc Trung Bộ và Duyên hải miền Trung"),
        ("Đông Nam Bộ", "Đông Nam Bộ"),
        ("Tây Nam Bộ", "Đồng bằng sông Cửu Long"),
        ("đồng bằng Bắc Bộ", "Đồng bằng sông Hồng"),
        ("Tây Nguyên", "Tây Nguyên"),
    ],
)
def test_the_names(surface, name):
    assert canonical_place(surface) == name


def test_longer_names_that_hold_them_keep_their_own():
    found = [m.name for m in find_places("vùng Đông Nam Bộ, Trung du và miền núi Bắc Bộ")]
    assert found == ["Đông Nam Bộ", "Trung du và miền núi phía Bắc"]
    assert [m.name for m in find_places("Tàu cá khai thác ở vịnh Bắc Bộ.")] == []
    assert [m.name for m in find_places("Giá lợn hơi tại các tỉnh phía Bắc giảm.")] == []


def test_a_figure_placed_in_the_north_takes_it_and_the_article_stays_national():
    got = _places(
        "Rét đậm ở miền Bắc, giá rau tăng 20%\n\n"
        "Theo Cục Thống kê, chỉ số giá tiêu dùng tháng 1 của cả nước tăng 0,9%.\n\n"
        "Tại Bắc Bộ, nhiệt độ thấp nhất phổ biến 6 - 9 độ C. Giá rau xanh ở miền Bắc "
        "tăng 20%.\n\nMiền Nam nắng ráo, giá rau giảm 5%."
    )
    assert got["0,9%"] == "Việt Nam"
    assert got["9 độ C"] == "Miền Bắc" and got["20%"] == "Miền Bắc"
    assert got["5%"] == "Miền Nam"
