"""The workbook printed: A4 landscape, one page wide, the header row and a title on every
page; checked in the file and on LibreOffice's PDF of it."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest

from solieu.export import build_tables, export_workbook
from solieu.export.xlsx import wrapped_lines
from solieu.model import Status
from solieu.store import Project, SetStatus

# A4 landscape less the side margins, in the width unit of a column (a digit of
# 11 pt Calibri is 7 px = 5.25 pt, plus 5 px of padding per column).
PRINTABLE_PT = (11.69 - 0.8) * 72
LEGIBLE_SCALE = 0.6  # below this, 11 pt text prints smaller than 6.6 pt


@pytest.fixture
def seed_project(tmp_path, seeds_dir):
    with Project.create(tmp_path / "Xuất khẩu & FDI.solieu") as p:
        p.import_paths(sorted(seeds_dir.glob("*.txt")))
        p.apply(SetStatus(tuple(f.id for f in p.figures()[:20]), Status.CONFIRMED))
        yield p


def _scale(widths: list[float]) -> float:
    """The scale at which columns of these widths fill the page's width."""
    return PRINTABLE_PT / sum((w * 7 + 5) * 0.75 for w in widths)


def test_every_sheet_is_set_up_for_printing(seed_project, tmp_path):
    out = tmp_path / "print.xlsx"
    tables = build_tables(seed_project, status="all")
    export_workbook(tables, out, title="Xuất khẩu & FDI")
    wb = openpyxl.load_workbook(out)
    for table in tables:
        ws = wb[table.name]
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9, table.name
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)  # absent width means 1
        assert ws.print_title_rows == "$1:$1"  # the header row on every page
        # the page header: project and sheet on the left, page of pages on the right
        assert ws.oddHeader.left.text == f"Xuất khẩu && FDI — {table.name}"
        assert ws.oddHeader.right.text == "&P / &N"


def test_the_statistics_sheet_prints_its_reading_columns_legibly(seed_project, tmp_path):
    out = tmp_path / "stats.xlsx"
    stats = build_tables(seed_project, status="all")[0]
    export_workbook([stats], out)
    ws = openpyxl.load_workbook(out)["Statistics"]
    head = [c.value for c in ws[1]]
    printed = head[: stats.printed]
    assert (
        ws.print_area
        == f"'Statistics'!$A$1:${chr(ord('A') + stats.printed - 1)}${stats.n_rows + 1}"
    )
    assert {"statistic", "measure", "place", "period", "value", "unit", "source"} <= set(printed)
    assert {"qualifier_code", "place_code", "period_start"}.isdisjoint(printed)  # for scripts
    widths = [ws.column_dimensions[chr(ord("A") + i)].width for i in range(len(printed))]
    assert _scale(widths) >= LEGIBLE_SCALE, widths
    assert max(widths) <= 40
    # long text wraps in its column, and its row is tall enough to show it
    source = head.index("source")
    tall = 0
    for r, row in enumerate(ws.iter_rows(min_row=2), start=2):
        cell = row[source]
        width = ws.column_dimensions[chr(ord("A") + source)].width
        if len(cell.value) > width * 1.2:
            assert cell.alignment.wrap_text
            lines = wrapped_lines(cell.value, width)
            assert ws.row_dimensions[r].height >= 15 * min(lines, 27) > 15
            tall += 1
    assert tall  # the seeds' sources are long enough to wrap


def test_wrapped_lines_breaks_at_words_and_long_words_across_lines():
    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("kim ngạch", 10) == 1
    # 10 wide holds 10 characters (1.1 per width, less one): `kim ngạch` fits, `xuất` does not
    assert wrapped_lines("kim ngạch xuất khẩu", 10) == 2
    assert wrapped_lines("a" * 25, 10) == 3
    assert wrapped_lines("một\nhai\nba", 10) == 3


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_libreoffice_prints_the_statistics_one_page_wide_in_landscape(seed_project, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "seed.xlsx"
    stats = build_tables(seed_project, status="all")[0]
    keys = [row[0] for row in stats.rows]
    export_workbook([stats], out, title="seed project")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",  # not another run's profile
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = PdfReader(tmp_path / "seed.pdf")
    assert len(pdf.pages) >= 1
    seen: list[str] = []
    for page in pdf.pages:
        assert page.mediabox.width > page.mediabox.height  # landscape
        assert round(float(page.mediabox.width)) == 842  # A4
        text = page.extract_text()
        assert "seed project — Statistics" in text
        # one page wide: every page has the first and the last printed column's header
        assert "statistic" in text and "note" in text and "source" in text
        seen += re.findall(r"^(?:[psf]\d+)\b", text, flags=re.M)
    assert sorted(seen) == sorted(keys)  # each statistic printed once, none lost
    # as many pages as the rows need, not that many times the page width
    assert len(pdf.pages) <= len(keys) // 5 + 1
