"""How far a place named in the text carries (GUIDELINE §8 "place"), on invented articles.

A ranking gives each place the figures of its own sentence; a frame that is an aside
(`Riêng tại …`, another province than a provincial article's, one of a run of framed
paragraphs, or followed by a new breakdown `Xét theo …`) holds its paragraph only; a
figure in brackets right after a place is that place's value; a country in a list is
read where the list starts.
"""

from __future__ import annotations

from solieu.extract.document import extract_document


class _Places(dict):
    """The place a reader sees for each figure (its own, else the document's), by text;
    a key may be the start of the figure's text."""

    def __getitem__(self, key: str) -> str | None:
        for text, value in self.items():
            if text == key or text.startswith(key + " "):
                return value
        raise KeyError(f"{key!r} not among {list(self)}")


def _places(text: str) -> _Places:
    got = extract_document(text, with_place=True)
    return _Places({" ".join(f.text.split()): f.place or got.place for f in got.figures})


# -- a ranking does not carry past its sentence ------------------------------------------


def test_a_ranked_place_gives_its_own_sentence_only():
    got = _places(
        "Theo Cục Thống kê, năm 2024 cả nước xuất khẩu 405 tỷ USD. Đồng Nai dẫn đầu với 25 "
        "tỷ USD, tiếp theo là Long An với 12 tỷ USD. Hàng dệt may chiếm 10% tổng kim ngạch."
    )
    assert got["25 tỷ USD"] == "Đồng Nai" and got["12 tỷ USD"] == "Long An"
    assert got["10%"] == "Việt Nam"


def test_a_place_in_second_rank_does_not_carry_either():
    got = _places(
        "Theo Cục Thống kê, năm 2024 cả nước thu hút 38 tỷ USD vốn FDI.\n\n"
        "Quảng Ninh đứng thứ hai cả nước với 3,2 tỷ USD. Vốn thực hiện của các dự án đạt 20 "
        "tỷ USD."
    )
    assert got["3,2 tỷ USD"] == "Quảng Ninh"
    assert got["20 tỷ USD"] == "Việt Nam"


def test_a_sentence_that_goes_on_with_the_ranked_figure_keeps_its_place():
    got = _places(
        "Theo Cục Thống kê, năm 2024 cả nước thu hút 38 tỷ USD vốn FDI. Hải Phòng dẫn đầu "
        "với 5 tỷ USD. Trong đó, vốn đăng ký mới đạt 3 tỷ USD."
    )
    assert got["3 tỷ USD"] == "Hải Phòng"


def test_a_place_that_does_not_rank_still_carries_in_its_paragraph():
    got = _places(
        "Theo Cục Thống kê, năm 2024 cả nước thu hút 38 tỷ USD vốn FDI.\n\n"
        "Năm 2024, Hải Phòng thu hút 5 tỷ USD vốn FDI. Vốn đăng ký mới đạt 3 tỷ USD."
    )
    assert got["3 tỷ USD"] == "Hải Phòng"


# -- a frame that is an aside holds its own paragraph only ---------------------------------


def test_a_frame_singled_out_with_rieng_holds_its_paragraph_only():
    got = _places(
        "Theo Bộ Tài chính, 6 tháng đầu năm 2025 cả nước thu hút 15 tỷ USD vốn FDI.\n\n"
        "Riêng tại Hải Phòng, vốn FDI đạt 2 tỷ USD. Thành phố đặt mục tiêu thu hút 4 tỷ "
        "USD.\n\nVốn thực hiện ước đạt 10 tỷ USD."
    )
    assert got["2 tỷ USD"] == "Hải Phòng" and got["4 tỷ USD"] == "Hải Phòng"
    assert got["10 tỷ USD"] == "Việt Nam"


def test_a_plain_frame_still_carries_to_the_next_paragraph():
    got = _places(
        "Theo Bộ Tài chính, 6 tháng đầu năm 2025 cả nước thu hút 15 tỷ USD vốn FDI.\n\n"
        "Tại Hải Phòng, vốn FDI đạt 2 tỷ USD.\n\nVốn thực hiện ước đạt 1,2 tỷ USD."
    )
    assert got["1,2 tỷ USD"] == "Hải Phòng"


def test_a_new_breakdown_of_the_whole_ends_a_frame():
    got = _places(
        "Theo Bộ Tài chính, 6 tháng đầu năm 2025 cả nước thu hút 15 tỷ USD vốn FDI.\n\n"
        "Tại Đà Nẵng, vốn FDI đạt 300 triệu USD.\n\n"
        "Xét theo lĩnh vực, công nghiệp chế biến, chế tạo chiếm 60% tổng vốn."
    )
    assert got["300 triệu USD"] == "Đà Nẵng"
    assert got["60%"] == "Việt Nam"


def test_another_province_in_a_provincial_article_does_not_carry():
    got = _places(
        "Nghệ An: Xuất khẩu 9 tháng đạt 3 tỷ USD\n\n"
        "Theo Sở Công Thương, 9 tháng năm 2025, kim ngạch xuất khẩu của Nghệ An đạt 3 tỷ "
        "USD.\n\nTại Hà Tĩnh, tỉnh láng giềng, xuất khẩu đạt 2 tỷ USD.\n\n"
        "Kim ngạch nhập khẩu đạt 1,5 tỷ USD. Tỉnh phấn đấu cả năm xuất khẩu 4 tỷ USD."
    )
    assert got["2 tỷ USD"] == "Hà Tĩnh"
    assert got["1,5 tỷ USD"] == "Nghệ An"
    assert got["4 tỷ USD"] == "Nghệ An"  # the bare `tỉnh` too


def test_a_run_of_framed_paragraphs_is_a_breakdown_and_the_text_returns_to_the_whole():
    got = _places(
        "Theo Tổng cục Du lịch, năm 2024 cả nước đón 17 triệu lượt khách quốc tế.\n\n"
        "Tại Hà Nội, lượng khách đạt 6 triệu lượt.\n\n"
        "Tại Đà Nẵng, lượng khách đạt 3 triệu lượt.\n\n"
        "Tổng thu từ khách du lịch đạt 840.000 tỷ đồng."
    )
    assert got["6 triệu lượt"] == "Hà Nội" and got["3 triệu lượt"] == "Đà Nẵng"
    assert got["840.000 tỷ đồng"] == "Việt Nam"


# -- a bracket after a place is that place's value ------------------------------------------


def test_a_figure_in_brackets_after_the_whole_country_is_the_countrys():
    got = _places(
        "Năm 2024, tỷ lệ hộ nghèo của tỉnh Điện Biên là 20%, gấp nhiều lần mức bình quân cả "
        "nước (khoảng 2%)."
    )
    assert got["20%"] == "Điện Biên"
    assert got["2%"] == "Việt Nam"


def test_a_figure_in_brackets_after_a_country_compared_is_that_countrys():
    got = _places(
        "Năm 2024, giá gạo xuất khẩu của Việt Nam đạt 520 USD/tấn, cao hơn Thái Lan (505 USD/tấn)."
    )
    assert got["520 USD/tấn"] == "Việt Nam"
    assert got["505 USD/tấn"] == "Thái Lan"


def test_a_figure_in_brackets_after_a_partner_stays_the_vietnamese_sides():
    got = _places(
        "Năm 2024, Long An xuất khẩu sang Hoa Kỳ (2,1 tỷ USD) và Nhật Bản (800 triệu USD)."
    )
    assert got["2,1 tỷ USD"] == "Long An" and got["800 triệu USD"] == "Long An"


# -- a list of countries is read where it starts --------------------------------------------


def test_the_last_country_of_a_list_of_destinations_is_no_topic():
    got = _places(
        "Năm 2025, tỉnh Quảng Nam tổ chức 4 đoàn xúc tiến đầu tư tại Nhật Bản, Hàn Quốc, Ấn "
        "Độ và ký 9 thỏa thuận hợp tác."
    )
    assert got["4 đoàn"] == "Quảng Nam" and got["9 thỏa thuận"] == "Quảng Nam"


def test_a_country_opening_its_clause_is_still_its_topic():
    got = _places("Tại Lào, năm 2024 GDP tăng 4,2%. Tại Thái Lan, lượng khách giảm 5%.")
    assert got["4,2%"] == "Lào" and got["5%"] == "Thái Lan"


def test_a_breakdown_item_after_a_total_is_not_the_totals_place():
    got = _places(
        "Theo Ban Chỉ đạo quốc gia, bão làm 9 người chết tại Quảng Bình 4 người, Quảng Trị 3 người."
    )
    assert got["9 người"] == "Việt Nam"
    assert got["4 người"] == "Quảng Bình" and got["3 người"] == "Quảng Trị"


def test_this_province_points_back_to_the_province_named_last():
    got = _places(
        "Nghệ An: Xuất khẩu 9 tháng đạt 3 tỷ USD\n\n"
        "Theo Sở Công Thương, 9 tháng năm 2025, kim ngạch xuất khẩu của Nghệ An đạt 3 tỷ "
        "USD.\n\nTại Hà Tĩnh, xuất khẩu đạt 2 tỷ USD.\n\n"
        "Tỉnh này đặt mục tiêu cả năm đạt 2,8 tỷ USD. Tỉnh cũng có 5 khu công nghiệp."
    )
    assert got["2,8 tỷ USD"] == "Hà Tĩnh"
    assert got["5 khu công nghiệp"] == "Hà Tĩnh"  # the bare `tỉnh` after it, in a chain


def test_a_country_that_owns_what_the_figure_measures_is_its_place():
    got = _places(
        "Năm 2024, GDP của Hàn Quốc tăng 2,2%. Quảng Trị có 206 km đường biên giáp 2 tỉnh "
        "của Lào và 75 km bờ biển. Năm 2024, vốn đầu tư của Nhật Bản đạt 400 triệu USD."
    )
    assert got["2,2%"] == "Hàn Quốc"  # the country itself
    assert got["75 km"] == "Quảng Trị"  # `của Lào` modifies another figure's noun
    assert got["400 triệu USD"] == "Quảng Trị"  # a partner's capital: the Vietnamese side
