"""Which place and period a figure takes (GUIDELINE §8 scope), on invented articles.

Each test is one rule of the guideline's scope: the sentence first, then the
paragraph, then (places only) the document; comparison bases, partners,
comparisons and headlines never carry; "now" gives no period.
"""

from __future__ import annotations

from solieu.extract import extract_figures


class _Figures(dict):
    """(place, period) by figure text; a key may be the start of the figure's text."""

    def __getitem__(self, key: str) -> tuple:
        for text, value in self.items():
            if text == key or text.startswith(key + " "):
                return value
        raise KeyError(f"{key!r} not among {list(self)}")


def _by_text(text: str, doc_date: str | None = None) -> dict[str, tuple]:
    figs = extract_figures(text, doc_date=doc_date)
    return _Figures({" ".join(f.text.split()): (f.place, f.period) for f in figs})


def test_a_period_in_the_sentence_wins_and_one_right_after_the_figure_first():
    got = _by_text(
        "Năm 2024, doanh thu du lịch của Đà Nẵng đạt 30.000 tỷ đồng và dự kiến đạt "
        "35.000 tỷ đồng vào năm 2025."
    )
    assert got["30.000 tỷ đồng"] == ("Đà Nẵng", "2024")
    assert got["35.000 tỷ đồng"] == ("Đà Nẵng", "2025")


def test_a_comparison_base_is_never_the_period():
    got = _by_text(
        "Quý III/2025, chỉ số giá tiêu dùng của Hà Nội tăng 3,2% so với cùng kỳ năm 2024."
    )
    assert got["3,2%"] == ("Hà Nội", "2025-07/2025-09")


def test_a_reports_period_stated_up_front_carries_until_now_is_said():
    text = (
        "Trong 9 tháng đầu năm 2025, Cần Thơ thu hút 12 dự án mới. Tổng vốn đăng ký đạt "
        "250 triệu USD.\n\nVốn giải ngân ước đạt 180 triệu USD.\n\n"
        "Hiện nay, thành phố có 8 khu công nghiệp.\n\nCác khu này thu hút 40.000 lao động."
    )
    got = _by_text(text)
    assert got["12 dự án"] == ("Cần Thơ", "2025-01/2025-09")
    assert got["250 triệu USD"] == ("Cần Thơ", "2025-01/2025-09")
    # another paragraph: the report's period holds; its place is the article's (None
    # here: the figure inherits its document's place)
    assert got["180 triệu USD"] == (None, "2025-01/2025-09")
    assert got["8 khu công nghiệp"][1] is None  # `hiện nay`: the present
    assert got["40.000 lao động"][1] is None  # and the text stays in the present


def test_a_term_stated_up_front_governs_its_paragraph_only():
    text = "Giai đoạn 2021 - 2025, Bắc Giang thu hút 120 dự án FDI.\n\nTỉnh có 29 khu công nghiệp."
    got = _by_text(text)
    assert got["120 dự án"] == ("Bắc Giang", "2021/2025")
    assert got["29 khu công nghiệp"] == ("Bắc Giang", None)


def test_a_paragraph_framed_by_a_place_carries_it_and_a_ranking_does_not():
    text = (
        "Theo Cục Thống kê, năm 2024 cả nước thu hút 38 tỷ USD vốn FDI.\n\n"
        "Tại tỉnh Thái Bình, năm 2024 thu hút 1,2 tỷ USD.\n\n"
        "Năm 2024, vốn thực hiện đạt 900 triệu USD.\n\n"
        "Theo Bộ Tài chính, năm 2025 Hà Nội dẫn đầu với 3 tỷ USD, Bắc Ninh đứng thứ hai.\n\n"
        "Năm 2025, vốn giải ngân đạt 25 tỷ USD."
    )
    got = _by_text(text)
    assert got["38 tỷ USD"] == ("Việt Nam", "2024")
    assert got["900 triệu USD"] == ("Thái Bình", "2024")  # the frame holds
    assert got["3 tỷ USD"][0] == "Hà Nội"
    # the ranking named other provinces: the frame has ended, and no province of the
    # ranking carries either; the figure takes the article's own place
    assert got["25 tỷ USD"][0] is None


def test_a_dateline_and_a_breakdown_do_not_make_the_place():
    from solieu.extract.scope import document_place

    text = (
        "Hà Nội, ngày 6/10/2025 - Theo Cục Thống kê, CPI tháng 9/2025 tăng 0,42%.\n\n"
        "Bão làm 7 người chết (Hà Tĩnh 4 người, Quảng Bình 2 người, Quảng Trị 1 người)."
    )
    got = _by_text(text)
    assert got["0,42%"][0] == "Việt Nam"
    assert got["4 người"][0] == "Hà Tĩnh" and got["2 người"][0] == "Quảng Bình"
    assert got["1 người"][0] == "Quảng Trị"
    assert got["7 người"][0] != "Hà Tĩnh"  # the total is not its first part's
    assert document_place(text) == "Việt Nam"


def test_a_continuing_paragraph_keeps_the_fronted_period_of_the_one_before():
    text = (
        "Riêng với Campuchia, giai đoạn 2021 - 2025, An Giang đón 40 đoàn công tác.\n\n"
        "An Giang cũng ký kết 12 văn bản hợp tác với các đối tác.\n\n"
        "Tỉnh có 95 km đường biên giới."
    )
    got = _by_text(text)
    assert got["40 đoàn"][1] == "2021/2025"
    assert got["12 văn bản"] == ("An Giang", "2021/2025")
    assert got["95 km"] == ("An Giang", None)


def test_a_period_inside_a_noun_phrase_does_not_govern_the_next_paragraph():
    text = (
        "Kim ngạch xuất khẩu năm 2024 của Bình Dương đạt 35 tỷ USD.\n\n"
        "Bên cạnh đó, tỉnh có 29 khu công nghiệp."
    )
    got = _by_text(text)
    assert got["35 tỷ USD"] == ("Bình Dương", "2024")
    assert got["29 khu công nghiệp"] == ("Bình Dương", None)


def test_now_gives_no_period_even_inside_a_dated_paragraph():
    text = (
        "Tính đến ngày 30/9/2025, Hải Phòng cấp mới 20 dự án FDI. Hiện nay, thành phố có "
        "1.100 dự án còn hiệu lực."
    )
    got = _by_text(text)
    assert got["20 dự án"] == ("Hải Phòng", "2025-01/2025-09")
    assert got["1.100 dự án"] == ("Hải Phòng", None)


def test_to_date_is_a_flow_for_registrations_and_a_level_for_a_stock():
    text = (
        "Tính đến ngày 30/6/2025, Long An có 1.200 dự án FDI còn hiệu lực.\n\n"
        "Tính đến ngày 30/6/2025, Long An cấp mới 45 dự án FDI."
    )
    got = _by_text(text)
    assert got["1.200 dự án"] == ("Long An", "2025-06-30")
    assert got["45 dự án"] == ("Long An", "2025-01/2025-06")


def test_a_year_the_text_omits_comes_from_the_document_date_or_stays_unknown():
    text = "Trong tháng 10, Quảng Ninh đón 1,2 triệu lượt khách."
    assert _by_text(text, doc_date="2025-11-03")["1,2 triệu lượt khách"] == (
        "Quảng Ninh",
        "2025-10",
    )
    assert _by_text(text)["1,2 triệu lượt khách"] == ("Quảng Ninh", None)


def test_a_headline_figure_takes_the_article_period_and_the_headline_place_does_not_carry():
    text = (
        "Hà Nội vượt TP.HCM về thu hút 3 tỷ USD vốn FDI\n\n"
        "Trong 6 tháng đầu năm 2025, cả nước thu hút 21,5 tỷ USD vốn FDI."
    )
    got = _by_text(text)
    assert got["3 tỷ USD"] == ("Hà Nội", "2025-01/2025-06")
    assert got["21,5 tỷ USD"] == ("Việt Nam", "2025-01/2025-06")


def test_a_partner_or_a_comparison_never_becomes_the_place():
    text = (
        "Năm 2024, Đồng Nai xuất khẩu sang Hoa Kỳ 6,5 tỷ USD. Thu ngân sách của tỉnh vượt "
        "Bình Dương với 60.000 tỷ đồng."
    )
    got = _by_text(text)
    assert got["6,5 tỷ USD"] == ("Đồng Nai", "2024")
    assert got["60.000 tỷ đồng"] == ("Đồng Nai", "2024")


def test_national_agencies_and_the_whole_country_give_viet_nam():
    text = (
        "Theo Tổng cục Thống kê, trong quý I/2025 GDP tăng 6,9%.\n\n"
        "Cả nước có 5.000 doanh nghiệp thành lập mới trong tháng 3/2025."
    )
    got = _by_text(text)
    assert got["6,9%"] == ("Việt Nam", "2025-01/2025-03")
    assert got["5.000 doanh nghiệp"] == ("Việt Nam", "2025-03")


def test_a_bare_tinh_is_the_province_last_named_but_cac_tinh_is_not():
    text = (
        "Năm 2025, Nghệ An đón 30 đoàn khách quốc tế. Tỉnh ký 15 thỏa thuận.\n\n"
        "Theo Bộ Ngoại giao, các tỉnh đã ký 300 thỏa thuận trong năm 2025."
    )
    got = _by_text(text)
    assert got["15 thỏa thuận"] == ("Nghệ An", "2025")
    assert got["300 thỏa thuận"] == ("Việt Nam", "2025")


def test_a_foreign_country_is_the_place_only_as_the_topic_of_its_clause():
    text = (
        "Tại Lào, năm 2024 GDP tăng 4,2%. Quảng Trị có 206 km đường biên giáp 2 tỉnh của "
        "Lào và 75 km bờ biển."
    )
    got = _by_text(text)
    assert got["4,2%"] == ("Lào", "2024")
    assert got["75 km"][0] == "Quảng Trị"


def test_the_last_province_does_not_carry_into_a_paragraph_about_the_country():
    text = (
        "Tại điểm cầu Thái Nguyên, lãnh đạo tỉnh dự hội nghị.\n\n"
        "Theo báo cáo của Bộ Công Thương, năm 2024 cả nước xuất khẩu 405 tỷ USD."
    )
    got = _by_text(text)
    assert got["405 tỷ USD"] == ("Việt Nam", "2024")


def test_a_selected_figure_is_read_with_its_context():
    from solieu.extract import figure_at

    text = (
        "Trong 6 tháng đầu năm 2025, tỉnh Nghệ An xuất khẩu 1.800 triệu USD. Toàn tỉnh có "
        "khoảng 9000 lao động đi làm việc ở nước ngoài."
    )
    start = text.index("9000")
    fig = figure_at(text, start - 8, start + 13)  # `khoảng 9000 lao động`, as selected
    assert (fig.text, fig.qualifier, fig.unit_class) == ("9000 lao động", "approx", "count")
    assert (fig.place, fig.period, fig.period_text) == (
        "Nghệ An",
        "2025-01/2025-06",
        "6 tháng đầu năm 2025",
    )
    assert fig.measure and fig.measure.startswith("số lao động")
    assert figure_at(text, 0, 5) is None


def test_a_bare_tinh_is_not_the_province_of_a_comparison_or_a_breakdown():
    text = (
        "Tại Thái Nguyên, 9 tháng năm 2025 xuất khẩu đạt 21,5 tỷ USD.\n\n"
        "Bắc Giang dẫn đầu vùng với 30 tỷ USD.\n\n"
        "Để bám đuổi, tỉnh đặt mục tiêu xuất khẩu 28 tỷ USD năm 2026."
    )
    got = _by_text(text)
    assert got["30 tỷ USD"][0] == "Bắc Giang"
    assert got["28 tỷ USD"] == ("Thái Nguyên", "2026")  # the frame, not the last name


def test_a_breakdown_item_names_its_own_figure_only():
    text = (
        "Năm 2024, bão làm hư hỏng 1.245 căn nhà, trong đó Quảng Bình 620 căn, Quảng Trị "
        "410 căn. Hơn 2.000 ha lúa bị ngập."
    )
    got = _by_text(text)
    assert got["620 căn"][0] == "Quảng Bình" and got["410 căn"][0] == "Quảng Trị"
    assert got["2.000 ha"][0] is None  # the article's place, not the last item's


def test_a_headline_period_is_the_articles_when_the_body_fronts_none():
    text = (
        "Giá lúa tháng 8 tăng 3%\n\n"
        "Cần Thơ, ngày 3/9/2025 - Theo Sở Nông nghiệp, giá lúa tháng 8 tăng 3% so với tháng "
        "trước.\n\n"
        "Giá gạo xuất khẩu tăng 2,1%, giá phân bón giảm 0,8%."
    )
    got = _by_text(text)
    assert got["2,1%"][1] == "2025-08" and got["0,8%"][1] == "2025-08"


def test_a_period_in_a_cause_after_the_figure_is_not_its_time():
    text = "Tháng 9/2025, nhóm giáo dục tăng 2,9% do các trường thu học phí năm học 2025-2026."
    assert _by_text(text)["2,9%"][1] == "2025-09"


def test_in_the_quarter_refers_to_the_quarter_named_before():
    text = (
        "Trong quý II/2025, tỉnh xảy ra 120 vụ tai nạn. Tính chung 6 tháng năm 2025, xảy ra "
        "230 vụ.\n\nTrong quý, lực lượng chức năng xử lý 15.000 trường hợp vi phạm."
    )
    got = _by_text(text)
    assert got["230 vụ"][1] == "2025-01/2025-06"
    assert got["15.000 trường hợp"][1] == "2025-04/2025-06"


def test_the_year_of_a_plan_after_an_attainment_ratio_is_the_plans():
    text = "9 tháng năm 2024, thu ngân sách đạt 8.200 tỷ đồng, bằng 76% kế hoạch năm 2024."
    got = _by_text(text)
    assert got["76%"][1] == "2024-01/2024-09"


def test_the_date_of_a_dateline_is_not_a_figures_period():
    text = (
        "Hà Nội, ngày 12/10/2025 - Năm 2025, các doanh nghiệp đưa 114.000 lao động đi làm việc "
        "ở nước ngoài.\n\nMức lương bình quân là 8,4 triệu đồng."
    )
    got = _by_text(text)
    assert got["114.000 lao động"][1] == "2025"


def test_a_frame_ends_when_the_text_names_another_place():
    text = (
        "Theo Cục Trồng trọt, vụ hè thu 2025 toàn vùng Đồng bằng sông Cửu Long gieo sạ 1,5 "
        "triệu ha lúa.\n\n"
        "Tại An Giang, địa phương có diện tích lớn nhất vùng, nông dân xuống giống 225.000 ha. "
        "Ở huyện Cờ Đỏ, thành phố Cần Thơ, năng suất đạt 8 tấn/ha.\n\n"
        "Giá lúa tươi dao động 6.800 đồng/kg."
    )
    got = _by_text(text)
    assert got["225.000 ha"][0] == "An Giang"
    assert got["6.800 đồng/kg"][0] is None  # the article's, not the example's


def test_a_date_stamp_line_before_the_headline_is_not_the_headline():
    from solieu.extract.scope import document_place

    text = (
        " date 2024-09-22\n\nBão làm 7 người chết, 2.000 ha lúa bị ngập\n\n"
        "Theo Ban Chỉ đạo quốc gia về phòng, chống thiên tai, bão làm 7 người chết (Hà Tĩnh 4 "
        "người, Quảng Bình 3 người).\n\nTại Quảng Bình, 620 căn nhà bị tốc mái.\n\n"
        "Tại Quảng Bình, 300 ha hoa màu bị ngập."
    )
    assert document_place(text) == "Việt Nam"


def test_this_season_refers_back_and_a_yearly_rate_has_no_period():
    text = (
        "Vụ hè thu 2025, tỉnh gieo sạ 80.000 ha lúa.\n\n"
        "Giá lúa tươi vụ này đạt 7.200 đồng/kg.\n\n"
        "Theo Cục, mỗi năm kiều hối gửi về khoảng 2 tỷ USD."
    )
    got = _by_text(text)
    assert got["7.200 đồng/kg"][1] == "2025"
    assert got["2 tỷ USD"][1] is None
