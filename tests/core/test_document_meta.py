"""Every document keeps what it says about itself: title, outlet, address, date.

Keys of `Document.meta`: title, outlet, url, date (ISO, a real calendar
date), author. Each file here is invented: web pages with Open Graph,
microdata, JSON-LD (clean, in a @graph, and broken), a browser's "saved from"
comment, a date line only; Word and PDF files with their properties; plain
text with a header, a stored page's date stamp, and without anything.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import unicodedata
from pathlib import Path

import pytest
from test_text_formats import vietnamese_font  # a TTF with Vietnamese glyphs

from solieu.text import load_document
from solieu.text.formats import date_line, iso_date, parse_date, pdf_date
from solieu.text.load import text_meta

TITLE = "Quảng Bình: giá lúa tăng lên 7.500 đồng/kg"
BODY = [
    "Theo Sở Nông nghiệp, giá lúa thu mua tại ruộng tăng lên 7.500 đồng/kg, cao hơn 300 đồng "
    "so với vụ trước; diện tích lúa hè thu đạt 28.000 ha.",
    "Lũ cuối tháng làm 1.250 ha lúa bị ngập, thiệt hại ước 45 tỷ đồng.",
]
URL = "https://www.baokinhte.example.vn/kinh-te/gia-lua-tang-12345.html"


def web_page(head: str = "", top: str = "", title_tag: str = TITLE) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in BODY)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{html.escape(title_tag)} - Báo Kinh tế</title>{head}</head><body>"
        f"<header><div class='top'>Thứ ba, 22/7/2025</div><nav><a href='/'>Trang chủ</a></nav>"
        f"</header><main>{top}<article><div class='detail-content'>{paras}</div></article></main>"
        "<footer>Bản quyền Báo Kinh tế</footer></body></html>"
    ).encode()


def load_page(tmp_path: Path, data: bytes, name: str = "bai.html"):
    p = tmp_path / name
    p.write_bytes(data)
    return load_document(p)


def source_meta(doc) -> dict[str, str]:
    return {k: v for k, v in doc.meta.items() if k in ("title", "outlet", "url", "date", "author")}


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2025-07-14T08:30:00+07:00", "2025-07-14"),
        ("2025/7/4", "2025-07-04"),
        ("14/07/2025 08:30", "2025-07-14"),
        ("4-7-2025", "2025-07-04"),
        ("ngày 14 tháng 7 năm 2025", "2025-07-14"),
        ("Mon, 14 Jul 2025 01:30:00 GMT", "2025-07-14"),
        ("July 14, 2025", "2025-07-14"),
        ("2024-02-29", "2024-02-29"),
        ("2025-02-29", None),
        ("31/04/2025", None),
        ("2025-13-01", None),
        ("0001-01-01", None),
        ("hôm qua", None),
        ("", None),
    ],
)
def test_dates_are_read_and_validated(raw, iso):
    assert parse_date(raw) == iso


def test_date_lines_and_pdf_dates():
    assert date_line("Thứ hai, 14/7/2025 08:30") == "2025-07-14"
    assert date_line("Chủ nhật, 13/7/2025, 20:15 (GMT+7)") == "2025-07-13"
    assert date_line("14/07/2025") == "2025-07-14"
    assert date_line("08:30 14/07/2025") == "2025-07-14"
    assert date_line("Chiều 14/7/2025, UBND tỉnh họp bàn giá lúa") is None
    assert date_line("Thứ hai, 30/2/2025") is None
    assert pdf_date("D:20250714083000+07'00'") == "2025-07-14"
    assert pdf_date("D:20251332") is None
    assert iso_date(2025, 7, 14) == "2025-07-14" and iso_date("2025", "2", "30") is None


# --- web pages ------------------------------------------------------------------------------


def test_open_graph_and_article_tags(tmp_path):
    head = (
        f'<meta property="og:title" content="{html.escape(TITLE)}">'
        '<meta property="og:site_name" content="Báo Kinh tế Miền Trung">'
        f'<meta property="og:url" content="{URL}">'
        '<meta property="article:published_time" content="2025-07-14T06:00:00+07:00">'
        '<meta name="author" content="Thanh Hà">'
    )
    doc = load_page(tmp_path, web_page(head))
    assert source_meta(doc) == {
        "title": TITLE,
        "outlet": "Báo Kinh tế Miền Trung",
        "url": URL,
        "date": "2025-07-14",
        "author": "Thanh Hà",
    }
    assert doc.title == TITLE


def test_json_ld_news_article_in_a_graph_with_junk_around(tmp_path):
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsMediaOrganization", "@id": "#org", "name": "Báo Nông nghiệp"},
            {
                "@type": ["NewsArticle"],
                "headline": TITLE,
                "datePublished": "2025-07-15T09:00:00+07:00",
                "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
                "publisher": {"@id": "#org"},
                "author": [{"@type": "Person", "name": "Minh Châu"}],
            },
        ],
    }
    text = json.dumps(graph, ensure_ascii=False)
    broken = '{"@type": "BreadcrumbList", "itemListElement": [ {"name": "Kinh tế",}, ],}'
    head = (
        f'<script type="application/ld+json">{broken}</script>'
        '<script type="application/ld+json">{ this is not json </script>'
        f'<script type="application/ld+json">\n<!--\n{text}\n-->\n</script>'
    )
    doc = load_page(tmp_path, web_page(head, title_tag="Trang tin"))
    assert source_meta(doc) == {
        "title": TITLE,  # no og:title nor <h1>: the headline goes before <title>
        "outlet": "Báo Nông nghiệp",
        "url": URL,
        "date": "2025-07-15",
        "author": "Minh Châu",
    }


def test_microdata_canonical_and_application_name(tmp_path):
    head = (
        '<meta name="application-name" content="Thời báo Tài chính">'
        f'<link rel="canonical" href="{URL}">'
        '<meta itemprop="datePublished" content="2025-07-16">'
    )
    doc = load_page(tmp_path, web_page(head))
    meta = source_meta(doc)
    assert meta["outlet"] == "Thời báo Tài chính" and meta["url"] == URL
    assert meta["date"] == "2025-07-16"


def test_the_outlet_falls_back_to_the_host_and_a_saved_page_names_its_address(tmp_path):
    saved = f"<!-- saved from url=(0066){URL} -->\n".encode()
    doc = load_page(tmp_path, saved + web_page())
    assert doc.meta["url"] == URL and doc.meta["outlet"] == "baokinhte.example.vn"


def test_a_bad_date_falls_through_to_the_next_source(tmp_path):
    head = '<meta property="article:published_time" content="2025-02-30T08:00:00">'
    top = '<time datetime="2025-07-17T10:00">17/07/2025</time>'
    assert load_page(tmp_path, web_page(head, top)).meta["date"] == "2025-07-17"
    head += '<meta name="pubdate" content="2025-07-18">'
    assert load_page(tmp_path, web_page(head), "b.html").meta["date"] == "2025-07-18"


def test_a_date_line_next_to_the_headline_is_the_last_resort(tmp_path):
    top = f"<h1>{html.escape(TITLE)}</h1><div class='byline'>Thanh Hà - Thứ hai, 14/7/2025 08:30</div>"
    assert load_page(tmp_path, web_page(top=top)).meta["date"] == "2025-07-14"


def test_no_date_is_invented_from_the_site_header(tmp_path):
    """The top bar's 'Thứ ba, 22/7/2025' is today's date, not the article's."""
    doc = load_page(tmp_path, web_page(top=f"<h1>{html.escape(TITLE)}</h1>"))
    assert "date" not in doc.meta and "url" not in doc.meta and "outlet" not in doc.meta
    assert doc.meta["title"] == TITLE


# --- Word -----------------------------------------------------------------------------------


def docx_bytes(*, title: str = "", heading: str | None = None, created=None, author=None) -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    if created is not None:
        d.core_properties.created = created
    if author is not None:
        d.core_properties.author = author
    if heading:
        d.add_paragraph("Báo cáo nhanh")
        d.add_heading(heading, level=1)
    for p in BODY:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_core_properties(tmp_path):
    p = tmp_path / "bao-cao.docx"
    title = unicodedata.normalize("NFD", TITLE)  # Word on macOS may store decomposed text
    p.write_bytes(docx_bytes(title=title, created=dt.datetime(2025, 7, 14, 9, 0), author="Sở NN"))
    doc = load_document(p)
    assert source_meta(doc) == {"title": TITLE, "date": "2025-07-14", "author": "Sở NN"}
    assert doc.title == TITLE


def test_docx_without_a_title_takes_its_first_heading_and_never_the_template_date(tmp_path):
    p = tmp_path / "tin.docx"
    p.write_bytes(docx_bytes(heading=TITLE))
    doc = load_document(p)
    assert source_meta(doc) == {"title": TITLE}  # python-docx's own 2013 stamp is not a date
    assert doc.title == TITLE


# --- PDF ------------------------------------------------------------------------------------


def pdf_bytes(tmp_path: Path, **info) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("VN", fname=str(vietnamese_font(tmp_path)))
    pdf.set_font("VN", size=10)
    if "title" in info:
        pdf.set_title(info["title"])
    if "author" in info:
        pdf.set_author(info["author"])
    if "created" in info:
        pdf.set_creation_date(info["created"])
    for p in BODY:
        pdf.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_document_information(tmp_path):
    data = pdf_bytes(
        tmp_path, title=TITLE, author="Cục Thống kê", created=dt.datetime(2025, 7, 14, 8, 30)
    )
    p = tmp_path / "van-ban.pdf"
    p.write_bytes(data)
    doc = load_document(p)
    assert source_meta(doc) == {"title": TITLE, "date": "2025-07-14", "author": "Cục Thống kê"}


def test_pdf_with_an_impossible_creation_date_uses_the_modification_date(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes(tmp_path))))
    writer.add_metadata({"/CreationDate": "D:20250230120000", "/ModDate": "D:20250715"})
    buf = io.BytesIO()
    writer.write(buf)
    p = tmp_path / "sua.pdf"
    p.write_bytes(buf.getvalue())
    assert source_meta(load_document(p)) == {"date": "2025-07-15"}


# --- plain text -----------------------------------------------------------------------------


def test_front_matter(tmp_path):
    text = (
        f'---\ntitle: "{TITLE}"\ndate: 2025-07-14\nurl: {URL}\nsource: Báo Kinh tế\n---\n\n'
        + "\n\n".join(BODY)
    )
    p = tmp_path / "bai.md"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    assert source_meta(doc) == {
        "title": TITLE,
        "date": "2025-07-14",
        "url": URL,
        "outlet": "Báo Kinh tế",
    }
    assert doc.title == TITLE and doc.text == text  # the text itself is never cut


def test_a_vietnamese_header_without_fences():
    text = "Tiêu đề: Giá lúa tăng\nNgày đăng: 14/7/2025\nNguồn: " + URL + "\n\n" + BODY[0]
    assert text_meta(text) == {
        "title": "Giá lúa tăng",
        "date": "2025-07-14",
        "url": URL,
        "outlet": "baokinhte.example.vn",
    }


def test_a_stored_pages_date_stamp_and_a_date_line():
    assert text_meta(" date 2025-07-14 Kinh tế " + BODY[0]) == {"date": "2025-07-14"}
    assert text_meta("Thứ hai, 14/7/2025 08:30\n" + BODY[0]) == {"date": "2025-07-14"}
    pasted = f"{TITLE}\nThứ hai, 14/7/2025 08:30\n\n{BODY[0]}"
    assert text_meta(pasted) == {"date": "2025-07-14"}
    assert text_meta(" date 2025-02-30 Kinh tế " + BODY[0]) == {}


def test_plain_text_without_a_header_says_nothing(tmp_path):
    p = tmp_path / "bai.txt"
    p.write_text("Chiều 14/7/2025, UBND tỉnh họp bàn giá lúa.\n\n" + BODY[1], encoding="utf-8")
    doc = load_document(p)
    assert doc.meta == {}
    assert doc.title == "Chiều 14/7/2025, UBND tỉnh họp bàn giá lúa."
    assert text_meta("Ngày: 31/4/2025\n\n" + BODY[0]) == {}
