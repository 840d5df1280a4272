"""A foreign partner as the subject of a flow with Việt Nam (GUIDELINE §8 "place").

Flows between Việt Nam and a partner belong to the Vietnamese side, also when the
partner is the grammatical subject (`Nhật Bản có 5.000 dự án tại Việt Nam`): the figure
takes the host the sentence names, else the article's place. A figure about the
country itself keeps the country. And an agency is a place only as its sentence's
source: not a decision's author mid-clause, not a foreign government.
"""

from __future__ import annotations

from solieu.extract.doc_place import source_agencies
from solieu.extract.document import extract_document


def _places(text: str) -> dict[str, str | None]:
    got = extract_document(text, with_place=True)
    return {" ".join(f.text.split()): f.place or got.place for f in got.figures}


_PROVINCE = (
    "Long An thu hút đầu tư\n\n"
    "Theo Sở Tài chính tỉnh Long An, 9 tháng đầu năm 2025 tỉnh thu hút 800 triệu USD vốn FDI.\n\n"
)


def test_a_partner_with_projects_in_the_province_gives_the_province():
    got = _places(
        _PROVINCE + "Singapore có 45 dự án còn hiệu lực trên địa bàn tỉnh, tổng vốn 2,3 tỷ USD.\n\n"
        "Đài Loan đã đầu tư 17 dự án vào tỉnh.\n\n"
        "Hoa Kỳ nhập khẩu 260 triệu USD hàng dệt may của tỉnh."
    )
    assert got["45 dự án"] == "Long An"
    assert got["2,3 tỷ USD"] == "Long An"
    assert got["17 dự án"] == "Long An"
    assert got["260 triệu USD"] == "Long An"


def test_the_host_the_sentence_names_wins():
    got = _places(
        _PROVINCE + "Hàn Quốc hiện có hơn 10.000 dự án đầu tư tại Việt Nam.\n\n"
        "Tại Việt Nam, Singapore có 3.800 dự án đầu tư."
    )
    assert got["10.000 dự án"] == "Việt Nam"
    assert got["3.800 dự án"] == "Việt Nam"


def test_an_investment_stock_with_no_host_is_the_articles():
    got = _places(_PROVINCE + "Thái Lan có 12 dự án FDI với vốn đăng ký 95 triệu USD.")
    assert got["12 dự án"] == "Long An"
    assert got["95 triệu USD"] == "Long An"


def test_a_figure_about_the_country_itself_keeps_it():
    got = _places(
        _PROVINCE + "GDP của Hàn Quốc tăng 2,2%.\n\nIndonesia có 280 triệu dân.\n\n"
        "Trung Quốc nhập khẩu 4 triệu tấn gạo mỗi năm.\n\n"
        "Nhật Bản có 1.200 dự án đầu tư tại Thái Lan.\n\n"
        "Hàn Quốc đầu tư 470 tỷ USD vào ngành bán dẫn."
    )
    assert got["2,2%"] == "Hàn Quốc"
    assert got["280 triệu dân"] == "Indonesia"
    assert got["4 triệu tấn"] == "Trung Quốc"
    assert got["1.200 dự án"] == "Nhật Bản"
    assert got["470 tỷ USD"] == "Hàn Quốc"


def test_a_flow_the_country_receives_or_a_clause_of_its_own_keeps_it():
    got = _places(
        _PROVINCE + "Mỹ thu hút 300 tỷ USD vốn FDI trong năm 2024.\n\n"
        "Thái Lan xuất khẩu 9 triệu tấn gạo, trong khi Việt Nam xuất khẩu 8 triệu tấn."
    )
    assert got["300 tỷ USD"] == "Hoa Kỳ"
    assert got["9 triệu tấn"] == "Thái Lan" and got["8 triệu tấn"] == "Việt Nam"


def test_a_partner_named_as_such_stays_a_partner():
    got = _places(_PROVINCE + "Nhật Bản là nhà đầu tư lớn nhất của tỉnh với 64 dự án.")
    assert got["64 dự án"] == "Long An"


def _sources(text: str) -> list[str]:
    return [
        text[a.start : a.end].removeprefix("theo ").removeprefix("của ")
        for a in source_agencies(text)
    ]


def test_an_agency_is_a_source_at_its_clauses_start():
    assert _sources("Theo Tổng cục Thống kê, GDP tăng 7%.") == ["Tổng cục Thống kê"]
    assert _sources("Bộ Y tế cho biết có 120 ca.") == ["Bộ Y tế"]
    assert _sources("Theo số liệu mới nhất của Tổng cục Hải quan, xuất khẩu tăng.") == [
        "Tổng cục Hải quan"
    ]
    assert _sources("Tại họp báo, đại diện Bộ Tài chính cho biết thu ngân sách tăng.") == [
        "Bộ Tài chính"
    ]


def test_an_agency_mid_clause_or_foreign_is_no_source():
    assert _sources("Tỉnh giải ngân 900 tỷ đồng, bằng 40% kế hoạch Thủ tướng Chính phủ giao.") == []
    assert _sources("Dự án thực hiện theo Nghị quyết của Quốc hội về chủ trương đầu tư.") == []
    assert _sources("Tỉnh tiếp nhận 5 dự án dùng vốn vay của Chính phủ Hàn Quốc.") == []


def test_a_plan_an_agency_assigned_keeps_the_province():
    got = _places(
        "Bình Định giải ngân đầu tư công\n\n"
        "Đến ngày 30/9, tỉnh Bình Định giải ngân 3.100 tỷ đồng, bằng 52,4% kế hoạch vốn "
        "Thủ tướng Chính phủ giao, cao hơn mức bình quân cả nước.\n\n"
        "Tỉnh đã tiếp nhận 4 dự án sử dụng vốn ODA của Chính phủ Đức với tổng vốn 1.200 tỷ đồng."
    )
    assert got["52,4%"] == "Bình Định"
    assert got["1.200 tỷ đồng"] == "Bình Định"
