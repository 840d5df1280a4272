"""A web page keeps its article: short ones, unmarked ones, and the whole page on request.

Every page here is invented: a short provincial trade/weather story of three
short paragraphs holding ten figures, put in the markup news CMSs use, with
or without the menus, ads, teasers, comments and footer around it. Each test
reads the figures back with `extract_figures` from what the reader kept.
"""

from __future__ import annotations

import html
from pathlib import Path

import justext
import pytest

from solieu.extract import extract_figures
from solieu.text import load_document
from solieu.text.formats import read_format
from solieu.text.formats.html import PARTIAL_RATIO, read_html

TITLE = "Nghệ An: xuất khẩu 6 tháng tăng mạnh"
SHORT = [
    "Xuất khẩu tăng 12%. Kim ngạch đạt 1,2 tỷ USD.",
    "Nhập khẩu giảm 3,5%, còn 640 triệu USD. Xuất siêu 560 triệu USD.",
    "Có 215 doanh nghiệp xuất khẩu. Giá lúa lên 7.200 đồng/kg; lũ làm 3 người chết, "
    "1.250 ha lúa bị ngập.",
]
PLANTED = {
    "12%",
    "1,2 tỷ USD",
    "3,5%",
    "640 triệu USD",
    "560 triệu USD",
    "215 doanh nghiệp",
    "7.200 đồng/kg",
    "3 người",
    "1.250 ha",
}
LONG = [  # an invented article long enough for jusText to judge
    "Theo báo cáo của Sở Công Thương, trong 6 tháng đầu năm, kim ngạch xuất khẩu hàng hóa "
    "trên địa bàn tỉnh ước đạt 1.850 triệu USD, tăng 18,4% so với cùng kỳ năm trước và bằng "
    "52% kế hoạch năm. Các mặt hàng chủ lực như dệt may, gỗ và sản phẩm từ gỗ, nông sản chế "
    "biến đều có mức tăng trưởng khá, trong đó dệt may tăng 22% nhờ các đơn hàng mới.",
    "Về thu hút đầu tư, tỉnh đã cấp mới giấy chứng nhận đầu tư cho 45 dự án với tổng vốn "
    "đăng ký 1.320 tỷ đồng; điều chỉnh tăng vốn cho 18 dự án. Vốn đầu tư trực tiếp nước ngoài "
    "giải ngân đạt 410 triệu USD, phần lớn tập trung vào các khu công nghiệp ở phía Nam tỉnh, "
    "nơi hạ tầng giao thông và điện nước đã được hoàn thiện trong những năm gần đây.",
    "Ngành du lịch cũng ghi nhận kết quả tích cực khi tổng lượt khách đến tỉnh đạt 4,2 triệu "
    "lượt, tăng 11% so với cùng kỳ; doanh thu từ hoạt động du lịch ước đạt 6.500 tỷ đồng. "
    "Tuy vậy, lãnh đạo Sở cho rằng sản phẩm du lịch còn đơn điệu, chưa giữ chân được du khách "
    "và cần có thêm các khu vui chơi, mua sắm để kéo dài thời gian lưu trú của khách.",
    "Trong lĩnh vực nông nghiệp, tổng diện tích gieo trồng vụ xuân đạt 92.000 ha, năng suất "
    "lúa bình quân ước đạt 68 tạ/ha; sản lượng lương thực cả vụ đạt khoảng 620.000 tấn. "
    "Giá lúa thu mua tại ruộng dao động quanh mức 7.500 đồng/kg, cao hơn vụ trước, giúp người "
    "nông dân có lãi và yên tâm đầu tư cho sản xuất ở vụ hè thu sắp tới trên toàn địa bàn.",
    "Thu ngân sách nhà nước trên địa bàn ước đạt 9.800 tỷ đồng, bằng 56% dự toán năm, trong "
    "đó thu nội địa chiếm phần lớn. Chỉ số giá tiêu dùng bình quân tăng 3,1% so với cùng kỳ, "
    "chủ yếu do giá nhóm nhà ở, điện nước và vật liệu xây dựng tăng theo giá thế giới, còn giá "
    "lương thực, thực phẩm nhìn chung ổn định nhờ nguồn cung trong tỉnh dồi dào suốt quý.",
]
JUNK = {  # texts of the chrome: none may reach the article
    "Trang chủ",
    "Giá vàng hôm nay tăng 500.000 đồng mỗi lượng",
    "Vay mua nhà lãi suất 0%",
    "Xuất khẩu gạo đạt 4,5 triệu tấn",
    "Bình luận (4)",
    "Bản quyền thuộc Báo Kinh tế Miền Trung",
    "Chia sẻ",
}


def found(text: str) -> set[str]:
    return {f.text for f in extract_figures(text)}


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def chrome(body: str) -> str:
    """Menus, ads, teasers, comments and footer around an article's markup."""
    return f"""<header class="site-header"><div class="topbar">Thứ ba, 22/7/2025</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/kt">Kinh tế</a></li>
<li><a href="/xh">Xã hội</a></li></ul></nav></header>
<div class="banner ads"><a href="https://ads.example/1">Vay mua nhà lãi suất 0%</a></div>
<div class="container"><div class="col-main">
{body}
<section class="related"><h3>Tin liên quan</h3>
<article class="item-news"><h3><a href="/a">Xuất khẩu gạo đạt 4,5 triệu tấn</a></h3></article>
</section>
<section class="comments"><h3>Bình luận (4)</h3><p>Bài viết hay, cảm ơn tác giả.</p></section>
</div>
<aside class="col-right"><h3>Đọc nhiều</h3><ul>
<li><a href="/g">Giá vàng hôm nay tăng 500.000 đồng mỗi lượng</a></li></ul></aside></div>
<footer><p>Bản quyền thuộc Báo Kinh tế Miền Trung. Giấy phép số 56/GP-BTTTT.</p></footer>"""


def page(body: str, *, with_chrome: bool = True, head: str = "") -> bytes:
    inner = chrome(body) if with_chrome else body
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)} - Báo Kinh tế Miền Trung</title>{head}"
        f"<script>var price = 1.800;</script><style>p{{color:#333}}</style></head>"
        f"<body>{inner}</body></html>"
    ).encode()


def ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)


def assert_short_article_kept(text: str) -> None:
    got = paragraphs(text)
    assert got[0] == TITLE
    assert [p for p in got if p in SHORT] == SHORT, got
    assert found(text) >= PLANTED


MARKERS = {
    "article-tag": ("<article>", "</article>"),
    "itemprop": ('<div itemprop="articleBody">', "</div>"),
    **{
        name: (f'<div class="{name} clearfix">', "</div>")
        for name in (
            "detail-content",
            "article-content",
            "content-detail",
            "fck_detail",
            "detail__content",
            "singular-content",
            "entry-content",
            "post-content",
            "news-content",
            "cms-body",
            "the-article-body",
            "knc-content",
            "content_detail",
            "detail-cmain",
            "td-post-content",
        )
    },
    "id-maincontent": ('<div id="maincontent">', "</div>"),
}


@pytest.mark.parametrize("with_chrome", [True, False], ids=["boilerplate", "bare"])
@pytest.mark.parametrize("marker", sorted(MARKERS))
def test_a_short_marked_article_keeps_every_paragraph(marker, with_chrome):
    """The bug: jusText took three short paragraphs for boilerplate and kept the title only."""
    start, end = MARKERS[marker]
    body = f"<h1>{html.escape(TITLE)}</h1>{start}{ps(SHORT)}{end}"
    got = read_html(page(body, with_chrome=with_chrome))
    assert_short_article_kept(got.text)
    assert paragraphs(got.text) == [TITLE, *SHORT]
    for junk in JUNK:
        assert junk not in got.text


def test_jusText_alone_drops_the_short_article():
    """Why the marker comes first: the classifier on its own loses these paragraphs."""
    data = page(f"<h1>{html.escape(TITLE)}</h1>{ps(SHORT)}", with_chrome=False)
    paras = justext.justext(data, justext.get_stoplist("Vietnamese"))
    assert {" ".join(p.text.split()) for p in paras if not p.is_boilerplate}.isdisjoint(SHORT)


@pytest.mark.parametrize("with_chrome", [True, False], ids=["boilerplate", "bare"])
def test_a_short_unmarked_article_falls_back_to_the_page_paragraphs(with_chrome):
    body = f"<div class='box'><h1>{html.escape(TITLE)}</h1>{ps(SHORT)}</div>"
    got = read_html(page(body, with_chrome=with_chrome))
    assert_short_article_kept(got.text)
    for junk in JUNK:
        assert junk not in got.text


def test_a_short_article_in_div_and_br_blocks_without_any_p():
    body = "<div class='box'>" + "<br><br>".join(html.escape(p) for p in SHORT) + "</div>"
    got = read_html(page(f"<h1>{html.escape(TITLE)}</h1>{body}", with_chrome=False))
    assert_short_article_kept(got.text)


def test_a_long_article_without_a_marker_goes_through_jusText():
    body = f"<div class='wrap'><h1>{html.escape(TITLE)}</h1>{ps(LONG)}</div>"
    got = read_html(page(body))
    assert paragraphs(got.text) == [TITLE, *LONG]
    assert {"1.850 triệu USD", "18,4%", "1.320 tỷ đồng", "4,2 triệu lượt"} <= found(got.text)
    for junk in JUNK:
        assert junk not in got.text
    assert "partial" not in got.meta


def test_blocks_inside_the_article_keep_their_layout():
    body = (
        "<div class='detail-content'>"
        "<h2>Xuất khẩu</h2>"
        "<div>Kim ngạch đạt 1,2 tỷ USD<br>tăng 12% so với cùng kỳ</div>"
        "<ul><li>Gạo: 640 triệu USD</li><li>Cà phê: 560 triệu USD</li></ul>"
        "<table><tr><th>Chỉ tiêu</th><th>Giá trị</th></tr>"
        "<tr><td>Doanh nghiệp</td><td>215 doanh nghiệp</td></tr></table>"
        "<div class='box-share'><a>Chia sẻ</a></div>"
        "<div class='ads'>Vay mua nhà lãi suất 0%</div>"
        "<figure><img src='a.jpg'><figcaption>Cảng Cửa Lò, ảnh: Thanh Hà</figcaption></figure>"
        "<p>Lũ làm 3 người chết, 1.250 ha lúa bị ngập.</p>"
        "</div>"
    )
    got = read_html(page(f"<h1>{html.escape(TITLE)}</h1>{body}"))
    assert paragraphs(got.text) == [
        TITLE,
        "Xuất khẩu",
        "Kim ngạch đạt 1,2 tỷ USD\ntăng 12% so với cùng kỳ",
        "Gạo: 640 triệu USD",
        "Cà phê: 560 triệu USD",
        "Chỉ tiêu\tGiá trị\nDoanh nghiệp\t215 doanh nghiệp",
        "Lũ làm 3 người chết, 1.250 ha lúa bị ngập.",
    ]
    assert {"1,2 tỷ USD", "12%", "640 triệu USD", "215 doanh nghiệp", "1.250 ha"} <= found(got.text)


def test_the_lead_outside_the_article_block_and_a_main_column_named_like_chrome():
    """A CMS that puts headline, date and sapo beside the body, in a column whose class
    reads like a sidebar, with teaser <article>s in the other column."""
    teasers = "".join(
        f"<article class='item'><h3><a href='/t{i}'>Giá vàng hôm nay tăng 500.000 đồng mỗi lượng"
        f"</a></h3><p>Thị trường vàng trong nước tiếp tục biến động mạnh trong phiên sáng.</p>"
        "</article>"
        for i in range(3)
    )
    body = (
        "<div class='sidebar-1'><span class='date'>Thứ hai, 14/7/2025, 08:30 (GMT+7)</span>"
        f"<h1 class='title-detail'>{html.escape(TITLE)}</h1>"
        "<p class='description'>Kim ngạch xuất khẩu 6 tháng đạt 2.300 triệu USD.</p>"
        f"<article class='fck_detail'>{ps(SHORT)}</article></div>"
        f"<div class='sidebar-2'>{teasers}</div>"
    )
    got = read_html(page(body, with_chrome=False))
    assert paragraphs(got.text) == [
        TITLE,
        "Kim ngạch xuất khẩu 6 tháng đạt 2.300 triệu USD.",
        *SHORT,
    ]
    assert PLANTED | {"2.300 triệu USD"} <= found(got.text)
    assert got.meta["date"] == "2025-07-14"


def test_a_cut_article_is_flagged_partial_and_the_whole_page_gets_it_back():
    """The page marks only its sapo as the article; the body sits in a plain div after it."""
    body = (
        f"<article><h1>{html.escape(TITLE)}</h1>"
        "<p>Kim ngạch xuất khẩu 6 tháng đạt 2.300 triệu USD.</p></article>"
        f"<div class='wrap'>{ps(LONG)}</div>"
    )
    data = page(body)
    cut = read_html(data)
    kept, visible = int(cut.meta["kept_chars"]), int(cut.meta["visible_chars"])
    content = int(cut.meta["content_chars"])
    assert cut.meta["partial"] == "1"
    assert kept < PARTIAL_RATIO * content <= PARTIAL_RATIO * visible
    assert "1.850 triệu USD" not in found(cut.text)

    whole = read_html(data, whole_page=True)
    assert "partial" not in whole.meta and whole.meta["whole_page"] == "1"
    assert "date" not in whole.meta and "date" not in cut.meta  # the top bar's is today's
    got = paragraphs(whole.text)
    assert [p for p in got if p in LONG] == LONG
    assert {"2.300 triệu USD", "1.850 triệu USD", "410 triệu USD", "6.500 tỷ đồng"} <= found(
        whole.text
    )
    assert int(whole.meta["kept_chars"]) >= int(whole.meta["visible_chars"]) * 0.95
    assert "var price" not in whole.text and "color:#333" not in whole.text
    # whole page: the menu and the footer are in it, in page order
    assert (
        got.index("Trang chủ")
        < got.index(LONG[0])
        < got.index("Bản quyền thuộc Báo Kinh tế Miền Trung. Giấy phép số 56/GP-BTTTT.")
    )


def test_a_short_article_wholly_kept_is_not_flagged_on_a_page_full_of_menus():
    menu = "".join(
        f"<li><a href='/m{i}'>Chuyên mục tin tức địa phương số {i}</a></li>" for i in range(60)
    )
    body = f"<nav><ul>{menu}</ul></nav><h1>{html.escape(TITLE)}</h1><article>{ps(SHORT)}</article>"
    got = read_html(page(body))
    kept, visible = int(got.meta["kept_chars"]), int(got.meta["visible_chars"])
    assert visible > 1500 and kept < PARTIAL_RATIO * visible  # the naive ratio would flag it
    assert "partial" not in got.meta
    assert_short_article_kept(got.text)


def test_whole_page_threads_through_read_format_and_load_document(tmp_path: Path):
    body = (
        f"<h1>{html.escape(TITLE)}</h1><div class='detail-content'>{ps(SHORT)}"
        "<figure><img src='a.jpg'><figcaption>Lũ làm 27 người chết</figcaption></figure></div>"
    )
    data = page(body)
    p = tmp_path / "bai.html"
    p.write_bytes(data)
    article = load_document(p)
    assert "27 người" not in found(article.text) and "whole_page" not in article.meta
    for got in (read_format(".html", data, whole_page=True), load_document(p, whole_page=True)):
        text = got.text
        assert PLANTED | {"27 người"} <= found(text)
        assert "Trang chủ" in text and got.meta["whole_page"] == "1"
    assert read_format(".html", data).text == article.text
