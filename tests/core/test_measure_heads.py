"""Head nouns a reader supplies to a measure (guideline §8, `measure_heads.py`): the
quantity of an energy or container unit (`sản lượng điện`, `sản lượng hàng container`),
the goods noun of a trade flow (`khối lượng hàng xuất khẩu`), and an extreme that is part
of the quantity's name (`nhiệt độ cao nhất`). Invented sentences, not the seeds."""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures


def _measure(sentence: str, text: str) -> str | None:
    found = {f.text: f.measure for f in extract_figures(sentence)}
    assert text in found, (text, list(found))
    return found[text]


CASES = [
    # an energy amount whose sentence names only who made or used it
    ("Các nhà máy thủy điện huy động 2,1 tỷ kWh trong tháng.", "2,1 tỷ kWh",
     "sản lượng điện nhà máy thủy điện huy động"),
    ("Năm 2024, điện tiêu thụ của tỉnh Nghệ An đạt 5,6 tỷ kWh.", "5,6 tỷ kWh",
     "sản lượng điện tiêu thụ"),
    # its change carries the head too
    ("Các nguồn điện gió phát 820 triệu kWh, tăng 14%.", "14%", "tăng sản lượng điện nguồn điện gió phát"),
    # a container amount names container throughput
    ("Năm 2024, hàng container qua cảng Quy Nhơn đạt 650.000 TEU.", "650.000 TEU",
     "sản lượng hàng container qua cảng"),
    ("Năm 2024, cảng Chu Lai đón 900 lượt tàu và 120.000 TEU.", "120.000 TEU", "sản lượng hàng container"),
    # goods named by their flow keep `hàng`
    ("Năm 2024, hàng xuất khẩu qua cảng Quy Nhơn đạt 3,4 triệu tấn.", "3,4 triệu tấn",
     "khối lượng hàng xuất khẩu qua cảng"),
    ("Năm 2024, hàng hóa nhập khẩu qua cửa khẩu Móng Cái đạt 1,2 triệu tấn.", "1,2 triệu tấn",
     "khối lượng hàng hóa nhập khẩu qua cửa khẩu"),
    # an extreme right after the quantity's name
    ("Ngày 12/6, Nghệ An nắng nóng với nhiệt độ cao nhất 40 độ C.", "40 độ C", "nhiệt độ cao nhất"),
    ("Ngày 3/1, nhiệt độ thấp nhất tại Mẫu Sơn là 1 độ C.", "1 độ C", "nhiệt độ thấp nhất"),
    ("Ngày 10/9, lượng mưa lớn nhất đo được 310 mm.", "310 mm", "lượng mưa lớn nhất"),
    ("Ngày 11/9, mực nước cao nhất trên sông Thao là 9,5 m.", "9,5 m", "mực nước cao nhất trên sông Thao"),
]  # fmt: skip

NOT_FIRED = [
    # a quantity already named: nothing supplied
    ("Năm 2024, sản lượng điện thương phẩm đạt 24,5 tỷ kWh.", "24,5 tỷ kWh", "sản lượng điện thương phẩm"),
    ("Năm 2024, điện năng tiêu thụ đạt 3,2 tỷ kWh.", "3,2 tỷ kWh", "điện năng tiêu thụ"),
    # a capacity per year is not a throughput
    ("Công suất thiết kế của cảng là 1 triệu TEU/năm.", "1 triệu TEU/năm", "công suất thiết kế của cảng"),
    # a trade flow without a goods noun, and one whose goods follow it
    ("Năm 2024, xuất khẩu gạo đạt 2 triệu tấn.", "2 triệu tấn", "khối lượng xuất khẩu gạo"),
    ("Năm 2024, kim ngạch xuất khẩu hàng dệt may đạt 3 tỷ USD.", "3 tỷ USD", "kim ngạch xuất khẩu hàng dệt may"),
    # a ranking of an owner: the extreme places the owner, it is not the quantity's name
    ("Năm 2024, Bắc Ninh có tổng vốn cao nhất với 2 tỷ USD.", "2 tỷ USD", "tổng vốn"),
    ("Năm 2024, Hà Nội dẫn đầu với tổng vốn 2 tỷ USD.", "2 tỷ USD", "tổng vốn"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "measure"), CASES)
def test_head_supplied(sentence: str, text: str, measure: str) -> None:
    assert _measure(sentence, text) == measure


@pytest.mark.parametrize(("sentence", "text", "measure"), NOT_FIRED)
def test_head_not_supplied(sentence: str, text: str, measure: str) -> None:
    assert _measure(sentence, text) == measure
