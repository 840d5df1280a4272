"""Import formats: legacy encodings, web pages, Word, PDF, and files that must fail clearly.

Every odd input is made here from a seed article: Windows-1258, NFD, UTF-16,
TCVN3 and VNI bytes from our own encoders, a news page with boilerplate, a
generated .docx and .pdf, empty, binary and damaged files.
"""

from __future__ import annotations

import html
import io
import json
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from solieu.extract import extract_figures
from solieu.text import TextLoadError, load_document, read_text
from solieu.text.legacy import (
    decode_tcvn3,
    decode_vni,
    detect_legacy,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
)
from solieu.text.load import iter_article_paths

SEED = "000_bb360f3340be8578.txt"


@pytest.fixture(scope="module")
def seed_text(seeds_dir) -> str:
    return load_document(seeds_dir / SEED).text


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def figures(text: str) -> list[tuple]:
    return [(f.text, f.value, f.start, f.end) for f in extract_figures(text)]


def values(text: str) -> list:
    return sorted((f.value, f.unit) for f in extract_figures(text))


# --- the corpus ---------------------------------------------------------------------------

BOILERPLATE = [
    "Giá vàng hôm nay tăng 500.000 đồng",  # sidebar, most read
    "Giảm 50% phí mở thẻ",  # ads, also one inside the article
    "Bình luận (12)",  # comment header
    "Tôi nghĩ phải đầu tư 2.000 tỷ đồng",  # a long reader comment
    "Bản quyền thuộc Báo Kinh tế Nghệ An",  # footer
    "Thời sự",  # navigation
    "Đăng ký nhận bản tin",  # newsletter box and promo link
    "Xuất khẩu gạo đạt 4,5 triệu tấn",  # related articles
]
LONG_COMMENT = (
    "Theo tôi, các địa phương cần phải có chính sách rõ ràng hơn để thu hút đầu tư, vì hiện "
    "nay thủ tục vẫn còn rất nhiều và doanh nghiệp thì gặp khó khăn khi muốn mở rộng sản "
    "xuất, nhất là trong bối cảnh kinh tế thế giới có nhiều biến động. Tôi nghĩ phải đầu tư "
    "2.000 tỷ đồng mới đủ cho hạ tầng khu công nghiệp."
)
TITLE = "Ngoại giao kinh tế 6 tháng đầu năm 2025: nhiều kết quả quan trọng"
DATE = "2025-07-08"


def news_page(title: str, date: str, paras: list[str], *, hard: bool = False) -> str:
    """A Vietnamese news page as CMSs write them: nav, ads, sidebar, comments, footer.

    `hard`: the body as <div> blocks and <br> breaks with an ad and a
    "Xem thêm" box inside the article.
    """
    e = html.escape
    if hard:
        half = len(paras) // 2
        body = (
            "<div class='content'>" + "<br><br>\n".join(e(p) for p in paras[:half]) + "</div>\n"
            "<div class='ads in-article'>Giảm 50% phí mở thẻ cho khách hàng mới</div>\n"
            "<div class='box-related'><b>Xem thêm:</b> "
            "<a href='/x'>Đăng ký nhận bản tin kinh tế</a></div>\n"
            + "\n".join(f"<div class='para'>{e(p)}</div>" for p in paras[half:])
            + "\n<figure><img src='a.jpg'><figcaption>Quang cảnh hội nghị.</figcaption></figure>"
        )
    else:
        body = "\n".join(f"<p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{e(title)} - Báo Kinh tế Nghệ An</title>
<meta property="og:title" content="{e(title)}">
<meta property="article:published_time" content="{date}T08:30:00+07:00">
<script>var ads = {{slot: "top", price: 1.800}};</script><style>.nav{{color:red}}</style>
</head><body>
<header class="header"><a href="/" class="logo">Báo Kinh tế Nghệ An</a>
<nav class="main-nav"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a>
</li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
<div class="search"><form><input name="q" placeholder="Tìm kiếm"></form></div></header>
<div class="banner ads" id="ad-top"><a href="https://ads.example/1">Giảm 50% phí mở thẻ
tín dụng - đăng ký ngay</a></div>
<div class="container"><main class="main-col">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te">Kinh tế</a></div>
<article class="fck_detail article-detail">
<h1 class="title-detail">{e(title)}</h1>
<div class="meta"><span class="author">Thanh Hà</span>
<time datetime="{date}">{date[8:10]}/{date[5:7]}/{date[0:4]}</time></div>
<div class="share"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="article-body">
{body}
</div>
<div class="tags"><a href="/tag/ngoai-giao">Ngoại giao kinh tế</a> <a href="/tag/fdi">FDI</a></div>
</article>
<div class="newsletter"><p>Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ tin tức kinh tế.</p></div>
<section class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/a1">Xuất khẩu gạo đạt 4,5 triệu tấn trong 6 tháng</a></li>
<li><a href="/a2">Nghệ An thu hút 1,2 tỷ USD vốn FDI</a></li></ul></section>
<section class="comments" id="comments"><h3>Bình luận (12)</h3>
<div class="comment"><b>Nguyễn Văn A</b><p>{LONG_COMMENT}</p>
<span>2 giờ trước · Thích · Trả lời</span></div>
<div class="comment"><b>Trần B</b><p>Bài viết rất hay, cảm ơn tác giả đã tổng hợp số liệu.</p></div>
</section>
</main>
<aside class="sidebar"><div class="box most-read"><h3>Đọc nhiều</h3><ol>
<li><a href="/g">Giá vàng hôm nay tăng 500.000 đồng mỗi lượng</a></li>
<li><a href="/h">Hơn 30 nghìn người dự lễ hội pháo hoa</a></li>
<li><a href="/i">Lãi suất tiết kiệm cao nhất 7,2%/năm</a></li></ol></div>
<div class="ads ad-right"><a href="https://ads.example/2">Mua nhà trả góp 0% lãi suất</a></div>
</aside></div>
<footer class="footer"><p>Bản quyền thuộc Báo Kinh tế Nghệ An. Giấy phép số 123/GP-BTTTT.</p>
<p>Địa chỉ: 15 Lê Lợi, TP Vinh. Điện thoại: 0238 3844 555</p></footer>
</body></html>"""


def make_docx(paras: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = TITLE
    half = len(paras) // 2
    for p in paras[:half]:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    for p in paras[half:]:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def vietnamese_font(tmp_dir: Path) -> Path:
    """A TTF with Vietnamese glyphs: the system's DejaVu Sans, matplotlib's, or one we build.

    The fallback is drawn with fontTools (installed with fpdf2): a box per
    character, enough for a text layer, so the test never depends on the OS.
    """
    for candidate in (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    ):
        if candidate.exists():
            return candidate
    try:
        import matplotlib

        found = Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf"
        if found.exists():
            return found
    except ImportError:
        pass
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars = sorted(
        {chr(c) for c in range(0x20, 0x7F)}
        | set("ĂÂĐÊÔƠƯăâđêôơư…“”–")
        | {chr(c) for c in range(0xC0, 0x180)}
        | {chr(c) for c in range(0x1EA0, 0x1EFA)}
    )
    names = [".notdef"] + [f"u{ord(c):04X}" for c in chars]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"u{ord(c):04X}" for c in chars})
    glyphs = {}
    for n in names:
        pen = TTGlyphPen(None)
        if n not in (".notdef", "u0020"):
            pen.moveTo((50, 0))
            pen.lineTo((50, 700))
            pen.lineTo((450, 700))
            pen.lineTo((450, 0))
            pen.closePath()
        glyphs[n] = pen.glyph()
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({n: (500, 50) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Boxes", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    out = tmp_dir / "boxes.ttf"
    fb.save(str(out))
    return out


def make_pdf(paras: list[str], font: Path, *, columns: int = 1, text_layer: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_title(TITLE)
    pdf.add_font("VN", fname=str(font))
    pdf.set_font("VN", size=10)
    if not text_layer:  # a scan: only a drawing on the page
        pdf.rect(20, 20, 100, 50, style="F")
        return bytes(pdf.output())
    if columns == 1:
        for p in paras:
            pdf.multi_cell(0, 5, p)
            pdf.ln(3)
    else:
        half, top = len(paras) // 2, pdf.get_y()
        for x, part in ((10, paras[:half]), (110, paras[half:])):
            pdf.set_y(top)
            for p in part:
                pdf.set_x(x)
                pdf.multi_cell(90, 5, p)
                pdf.ln(3)
    return bytes(pdf.output())


# --- plain text encodings ------------------------------------------------------------------

ENCODED = {
    "utf8-bom": (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
    "utf16": (lambda t: t.encode("utf-16"), "utf-16"),
    "nfd-crlf": (
        lambda t: unicodedata.normalize("NFD", t).replace("\n", "\r\n").encode("utf-8"),
        "utf-8",
    ),
    "cp1258": (encode_cp1258, "cp1258"),
    "tcvn3": (encode_tcvn3, "tcvn3"),
    "vni": (encode_vni, "vni"),
}


@pytest.mark.parametrize("variant", sorted(ENCODED))
def test_encoded_seed_gives_exactly_the_figures_of_the_original(tmp_path, seed_text, variant):
    encode, expected_encoding = ENCODED[variant]
    p = tmp_path / f"{variant}.txt"
    p.write_bytes(encode(seed_text))
    doc = load_document(p)
    assert doc.encoding == expected_encoding
    assert unicodedata.is_normalized("NFC", doc.text) and "\r" not in doc.text
    assert figures(doc.text) == figures(seed_text)
    if variant != "tcvn3":
        assert doc.text == seed_text


def test_tcvn3_loses_only_capitals_it_cannot_write(seed_text):
    """TCVN3 has no capital with a tone: the sentence-start and all-caps ones come back."""
    back = decode_tcvn3(encode_tcvn3(seed_text))
    assert len(back) == len(seed_text)
    diff = {(a, b) for a, b in zip(seed_text, back, strict=True) if a != b}
    assert diff == {("Ủ", "ủ")}  # "… Sơn - Ủy viên …": mid-sentence, cannot be known
    assert decode_tcvn3(encode_tcvn3("BÁO CÁO TỔNG KẾT\nỦy ban. Ủy ban VIỆT NAM")) == (
        "BÁO CÁO TỔNG KẾT\nỦy ban. Ủy ban VIỆT NAM"
    )


def test_legacy_tables_round_trip_every_vietnamese_letter():
    letters = "".join(
        unicodedata.normalize("NFC", b + m + t)
        for b, ms in {
            "a": "\u0302\u0306",
            "e": "\u0302",
            "o": "\u0302\u031b",
            "u": "\u031b",
        }.items()
        for m in ("", *ms)
        for t in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
    )
    letters += "".join(
        unicodedata.normalize("NFC", b + t) for b in "iy" for t in "\u0301\u0300\u0309\u0303\u0323"
    )
    letters += "đ"
    assert decode_vni(encode_vni(letters)) == letters
    assert decode_vni(encode_vni(letters.upper())) == letters.upper()
    assert decode_tcvn3(encode_tcvn3(letters)) == letters
    assert decode_vni(encode_vni("Việt Nam")) == "Việt Nam"
    assert encode_vni("Việt") == "Vieät".encode("cp1252")
    assert encode_tcvn3("Việt Nam đạt") == b"Vi\xd6t Nam \xae\xb9t"


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII text, 1.800 million USD.\n",
        "Kim ngạch xuất khẩu đạt 1.800 triệu USD, tăng 25,1%.\n",
        "Giá ở mức cao: ÀÁÂÃ ơư đĐ “trích dẫn” … – em dash\n",
    ],
)
def test_detection_never_misfires_on_utf8(tmp_path, text):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    assert doc.encoding == "utf-8" and doc.text == text


def test_undecodable_bytes_that_are_not_vietnamese_fail_clearly(tmp_path):
    assert detect_legacy(b"\x81\x8d\x8f\x90\x9d" * 20) is None
    p = tmp_path / "noise.txt"
    p.write_bytes(b"Kim ngach \xfa\xfb not utf8 \xc3")
    with pytest.raises(TextLoadError, match="noise.txt: the text is not UTF-8"):
        load_document(p)


def test_encoding_override(tmp_path, seed_text):
    p = tmp_path / "old.txt"
    p.write_bytes(encode_vni(seed_text))
    assert load_document(p, encoding="vni").text == seed_text
    assert load_document(p, encoding="VNI").encoding == "vni"
    forced = load_document(p, encoding="cp1258")  # the reviewer's choice is obeyed
    assert forced.encoding == "cp1258" and forced.text != seed_text
    assert read_text(p, encoding="vni")[1] == "vni"
    with pytest.raises(TextLoadError, match="unknown encoding 'klingon'"):
        load_document(p, encoding="klingon")
    with pytest.raises(TextLoadError, match="not utf-8"):
        load_document(p, encoding="utf-8")


def test_solieu_extract_on_a_legacy_variant(tmp_path, seeds_dir, seed_text):
    p = tmp_path / "vni.txt"
    p.write_bytes(encode_vni(seed_text))

    def run(path):
        r = subprocess.run(
            [sys.executable, "-m", "solieu.cli", "extract", str(path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        assert r.returncode == 0, r.stderr
        recs = [json.loads(line) for line in r.stdout.splitlines()]
        return [(x["text"], x["value"], x["start"], x["end"]) for x in recs]

    assert run(p) == run(seeds_dir / SEED)


def test_a_few_megabytes_load(tmp_path, seed_text):
    p = tmp_path / "big.txt"
    p.write_bytes((seed_text + "\n\n").encode("utf-8") * 800)  # ~3.5 MB
    doc = load_document(p)
    assert len(doc.text) == (len(seed_text) + 2) * 800
    big_vni = tmp_path / "big-vni.txt"
    big_vni.write_bytes(encode_vni(seed_text + "\n\n") * 300)
    assert load_document(big_vni).encoding == "vni"


# --- web pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("hard", [False, True], ids=["p-tags", "div-br-inline-ad"])
def test_news_page_keeps_the_article_and_drops_the_boilerplate(tmp_path, seed_text, hard):
    paras = paragraphs(seed_text)
    p = tmp_path / "bai-viet.html"
    p.write_text(news_page(TITLE, DATE, paras, hard=hard), encoding="utf-8")
    doc = load_document(p)
    assert doc.title == TITLE and doc.meta["date"] == DATE
    got = paragraphs(doc.text)
    assert got[0] == TITLE and got[1:] == paras
    for junk in BOILERPLATE:
        assert junk not in doc.text
    seed_values = values(seed_text)
    assert values(doc.text) == sorted(seed_values + values(TITLE))


def test_page_in_a_declared_legacy_charset_and_without_metadata(tmp_path, seed_text):
    paras = paragraphs(seed_text)[:4]
    body = "".join(f"<p>{html.escape(x)}</p>" for x in paras)
    page = f'<html><head><meta charset="windows-1258"><title>Tin - Báo X</title></head><body>{body}'
    p = tmp_path / "old.htm"
    p.write_bytes(encode_cp1258(page))
    doc = load_document(p)
    assert doc.encoding == "windows-1258" and doc.title == "Tin" and "date" not in doc.meta
    assert paragraphs(doc.text)[1:] == paras


# --- Word ----------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_cells_in_order(tmp_path, seed_text):
    paras = paragraphs(seed_text)
    table = [["Chỉ tiêu", "Giá trị"], ["Kim ngạch xuất khẩu", "1.800 triệu USD"]]
    p = tmp_path / "bao-cao.docx"
    p.write_bytes(make_docx(paras, table))
    doc = load_document(p)
    assert doc.encoding == "docx" and doc.title == TITLE
    half = len(paras) // 2
    blocks = paragraphs(doc.text)
    assert blocks[:half] == paras[:half]
    assert blocks[half] == "Chỉ tiêu\tGiá trị\nKim ngạch xuất khẩu\t1.800 triệu USD"
    assert blocks[half + 1 :] == paras[half:]
    assert values(doc.text) == sorted(values(seed_text) + values("1.800 triệu USD"))


# --- PDF -----------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [1, 2])
def test_pdf_text_layer_keeps_diacritics_and_reading_order(tmp_path, seed_text, columns):
    p = tmp_path / "van-ban.pdf"
    p.write_bytes(make_pdf(paragraphs(seed_text), vietnamese_font(tmp_path), columns=columns))
    doc = load_document(p)
    assert doc.encoding == "pdf" and doc.title == TITLE
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.text.split() == seed_text.split()  # every word, accents and order
    assert values(doc.text) == values(seed_text)


# --- failures, one clear line each ---------------------------------------------------------


def _docx_bytes():
    return make_docx(["Kim ngạch đạt 1.800 triệu USD."])


BROKEN = {
    "empty.txt": (b"", "the file is empty"),
    "blank.html": (b"  \n\t ", "the file is empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    "truncated.docx": (lambda: _docx_bytes()[:2000], "the Word file is damaged"),
    "text.docx": (b"this is not a zip", "the Word file is damaged or not a .docx"),
    "old.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old Word .doc file"),
    "notpdf.pdf": (b"<html>hello</html>", "not a PDF file"),
    "truncated.pdf": (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "the PDF is damaged"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_get_one_clear_line(tmp_path, name):
    data, reason = BROKEN[name]
    p = tmp_path / name
    p.write_bytes(data() if callable(data) else data)
    with pytest.raises(TextLoadError) as e:
        load_document(p)
    msg = str(e.value)
    assert msg.startswith(f"{name}: ") and reason in msg and "\n" not in msg
    assert e.value.path == str(p) and e.value.reason in msg


def test_scanned_pdf_says_there_is_no_text_layer(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([], vietnamese_font(tmp_path), text_layer=False))
    with pytest.raises(TextLoadError, match=r"scan.pdf: scanned PDF: no text layer; OCR is not"):
        load_document(p)


def test_unreadable_file(tmp_path, monkeypatch):
    """Tests run as root, where chmod 000 still reads: the denial is simulated."""
    p = tmp_path / "secret.txt"
    p.write_text("Kim ngạch đạt 1.800 triệu USD.", encoding="utf-8")

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(TextLoadError, match="secret.txt: permission denied"):
        load_document(p)


# --- folders -------------------------------------------------------------------------------


def test_folders_list_every_article_format(tmp_path):
    for name in ["a.txt", "b.md", "c.html", "d.htm", "e.DOCX", "f.pdf", "README.md", "x.png"]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "~$e.docx").write_bytes(b"lock")
    (tmp_path / ".hidden.txt").write_bytes(b"x")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "g.txt").write_bytes(b"x")
    names = [p.name for p in iter_article_paths([tmp_path])]
    assert names == ["a.txt", "b.md", "c.html", "d.htm", "e.DOCX", "f.pdf", "g.txt"]


@pytest.mark.parametrize("hard", [False, True], ids=["p-tags", "div-br-inline-ad"])
def test_news_page_counts_what_it_kept_and_is_not_partial(tmp_path, seed_text, hard):
    p = tmp_path / "bai-viet.html"
    p.write_text(news_page(TITLE, DATE, paragraphs(seed_text), hard=hard), encoding="utf-8")
    meta = load_document(p).meta
    kept, visible = int(meta["kept_chars"]), int(meta["visible_chars"])
    assert 0 < kept <= int(meta["content_chars"]) <= visible
    assert "partial" not in meta and "whole_page" not in meta
    whole = load_document(p, whole_page=True)
    for junk in ("Bình luận (12)", "Thời sự", "Bản quyền thuộc Báo Kinh tế Nghệ An"):
        assert junk in whole.text
    missing = Counter(values(seed_text)) - Counter(values(whole.text))
    assert not missing  # the whole page holds every figure of the article, and more
