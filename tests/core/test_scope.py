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


def test_a_paragraph_period_carries_to_later_sentences_but_not_past_the_paragraph():
    text = (
        "Trong 9 tháng đầu năm 2025, Cần Thơ thu hút 12 dự án mới. Tổng vốn đăng ký đạt "
        "250 triệu USD.\n\nThành phố có 8 khu công nghiệp."
    )
    got = _by_text(text)
    assert got["12 dự án"] == ("Cần Thơ", "2025-01/2025-09")
    assert got["250 triệu USD"] == ("Cần Thơ", "2025-01/2025-09")
    assert got["8 khu công nghiệp"] == ("Cần Thơ", None)


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
