"""Compare article extractors for web pages and PDF readers, as chosen in solieu.text.formats.

Web pages: the news page of tests/core/test_text_formats.py (and its harder
variant) through trafilatura, readability-lxml, jusText, BeautifulSoup <p>
tags and solieu's reader: share of article paragraphs kept, boilerplate
leaked, median time. PDFs: the seed article in one and two columns through
pypdf, pdfplumber and pdfminer.six: words kept (diacritics) and a
reading-order ratio. Alternatives that are not installed are skipped.
Run by hand: `python bench/text_formats.py`.
"""

from __future__ import annotations

import difflib
import io
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core"))
import test_text_formats as T  # noqa: E402

SEED = (ROOT / "seeds" / T.SEED).read_text(encoding="utf-8")


def html_extractors():
    def trafilatura_(h):
        import trafilatura

        return trafilatura.extract(h, include_comments=False) or ""

    def readability_(h):
        import lxml.html
        from readability import Document

        tree = lxml.html.fromstring(Document(h).summary())
        return "\n\n".join(e.text_content().strip() for e in tree.iter("p", "div", "li"))

    def justext_(h):
        import justext

        ps = justext.justext(h.encode(), justext.get_stoplist("Vietnamese"))
        return "\n\n".join(p.text for p in ps if not p.is_boilerplate)

    def bs4_(h):
        from bs4 import BeautifulSoup

        s = BeautifulSoup(h, "lxml")
        for t in s(["script", "style", "nav", "header", "footer", "aside", "form"]):
            t.decompose()
        return "\n\n".join(p.get_text(" ", strip=True) for p in s.find_all("p"))

    def solieu_(h):
        from solieu.text.formats.html import read_html

        return read_html(h.encode()).text

    return {
        "trafilatura": trafilatura_,
        "readability-lxml": readability_,
        "jusText": justext_,
        "bs4 <p>": bs4_,
        "solieu (pre-pass+jusText)": solieu_,
    }


def words(s: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", s))


def pdf_readers():
    def pypdf_(d):
        import pypdf

        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(d)).pages)

    def plumber_(d):
        import pdfplumber

        with pdfplumber.open(io.BytesIO(d)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)

    def miner_(d):
        from pdfminer.high_level import extract_text

        return extract_text(io.BytesIO(d))

    return {"pypdf": pypdf_, "pdfplumber": plumber_, "pdfminer.six": miner_}


def median_ms(fn, arg, n=10) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    paras = T.paragraphs(SEED)
    for hard in (False, True):
        page = T.news_page(T.TITLE, T.DATE, paras, hard=hard)
        print(f"\nweb page ({'div/br, in-article ad' if hard else '<p> body'})")
        for name, fn in html_extractors().items():
            try:
                out = fn(page)
            except ImportError:
                print(f"  {name:26s} not installed")
                continue
            norm = " ".join(out.split())
            kept = sum(" ".join(p.split()) in norm for p in paras) / len(paras)
            leaked = [b for b in T.BOILERPLATE if b in norm]
            print(
                f"  {name:26s} kept {kept:4.0%}  leaked {len(leaked)} {leaked}  "
                f"{median_ms(fn, page):5.1f} ms"
            )
    ref = words(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        font = T.vietnamese_font(Path(tmp))
        for columns in (1, 2):
            data = T.make_pdf(paras, font, columns=columns)
            print(f"\nPDF, {columns} column(s), font {font.name}")
            for name, fn in pdf_readers().items():
                try:
                    out = fn(data)
                except ImportError:
                    print(f"  {name:14s} not installed")
                    continue
                got = words(out)
                ratio = difflib.SequenceMatcher(a=ref, b=got, autojunk=False).ratio()
                print(
                    f"  {name:14s} words {len(set(got) & set(ref))}/{len(set(ref))} distinct, "
                    f"order ratio {ratio:.3f}  {median_ms(fn, data, 5):6.1f} ms"
                )


if __name__ == "__main__":
    main()
