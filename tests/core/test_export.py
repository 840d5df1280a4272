"""The Excel export read back: typed cells, provenance, injection-safe, atomic."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal

import openpyxl
import pandas as pd
import pytest

from solieu.export import ExportError, build_tables, export_workbook
from solieu.export.xlsx import write_tables_csv
from solieu.model import Status
from solieu.reconcile import decisions
from solieu.reconcile.session import reconcile_project
from solieu.store import Project, SetField, SetStatus

SHEETS = ["Statistics", "Mentions", "Documents", "Conflicts", "Checks", "Review log", "About"]
INJECTIONS = ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.fixture
def project(tmp_path, seeds_dir):
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths(sorted(seeds_dir.glob("*.txt")))
        figs = p.figures()
        p.apply(SetStatus(tuple(f.id for f in figs[:30]), Status.CONFIRMED))
        for f, text in zip(figs[:6], INJECTIONS, strict=True):
            p.apply(SetField(f.id, "note", None, text))
        rec = reconcile_project(p)
        p.apply(decisions.accept(rec.listed()[0], rec.states))
        yield p


def test_workbook_read_back_matches_the_store(project, tmp_path):
    out = tmp_path / "out.xlsx"
    export_workbook(build_tables(project, status="all"), out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS
    ws = wb["Mentions"]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["figure", "statistic", "document", "sentence", "text"]
    rows = {
        r[0]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)
    }
    figs = {f.id: f for f in project.figures()}
    assert set(rows) == set(figs)
    for fid, f in figs.items():
        row = rows[fid]
        assert Decimal(str(row["value"])) == f.value
        assert row["text"] == f.text and row["document"] == f.document
        assert (row["start"], row["end"]) == (f.start, f.end)
        assert row["status"] == f.status.value and row["unit_class"] == f.unit_class
        assert row["change"] == ("yes" if f.change else "no")
        assert row["qualifier_code"] == f.qualifier
        assert f.text.replace("\n", " ") in row["sentence"]
    value = header.index("value")
    for cell in list(ws.columns)[value][1:]:  # value column: real numbers, never text
        assert cell.data_type == "n"
    # pandas sees numeric columns as numbers and Vietnamese text intact
    df = pd.read_excel(out, sheet_name="Statistics")
    assert pd.api.types.is_numeric_dtype(df["value"])
    assert "Nghệ An" in set(df["place"])
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert wb["Statistics"]["A1"].font.bold


def test_statistics_sheet_has_one_row_per_statistic(project, tmp_path):
    out = tmp_path / "out.xlsx"
    export_workbook(build_tables(project, status="all"), out)
    df = pd.read_excel(out, sheet_name="Statistics")
    fdi = df[(df["value"] == 292100000) & (df["sources"] == 2)]
    assert len(fdi) == 1
    assert fdi.iloc[0]["documents"] == "000_bb360f3340be8578.txt; 001_3b1331e3538a6ad7.txt"
    assert df["statistic"].is_unique
    accepted = df[df["status"] == "accepted"]
    assert len(accepted) == 1


def test_confirmed_only_by_default(project, tmp_path):
    out = tmp_path / "c.xlsx"
    export_workbook(build_tables(project), out)
    figs = {f.id: f for f in project.figures()}
    confirmed = {i for i, f in figs.items() if f.status == Status.CONFIRMED}
    mentions = pd.read_excel(out, sheet_name="Mentions")
    stats = pd.read_excel(out, sheet_name="Statistics")
    assert confirmed <= set(mentions["figure"])
    # every other mention is a source of a statistic that has a confirmed or accepted report
    by_stat = mentions.groupby("statistic")["figure"].apply(set)
    for stat, members in by_stat.items():
        row = stats[stats["statistic"] == stat].iloc[0]
        assert members & confirmed or row["status"] == "accepted"
    assert not (
        {i for i, f in figs.items() if f.status == Status.REJECTED} & set(mentions["figure"])
    )
    about = dict(pd.read_excel(out, sheet_name="About").values.tolist())
    assert about["included"] == "confirmed figures"


def test_injection_strings_stay_literal(project, tmp_path):
    out = tmp_path / "inj.xlsx"
    export_workbook(build_tables(project, status="all"), out)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode("utf-8")
    sheet = openpyxl.load_workbook(out)["Mentions"]
    column = [c.value for c in sheet[1]].index("note") + 1
    notes = [r[0] for r in sheet.iter_rows(min_row=2, min_col=column, values_only=True)]
    for text in INJECTIONS:
        assert text in notes or text.replace("\r", "_x000D_") in notes  # CR escaped, literal
    csv_out = tmp_path / "s.csv"
    tables = build_tables(project, status="all")
    write_tables_csv(tables[1], csv_out)
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    cells = {c for row in csv.reader(csv_out.read_text("utf-8-sig").splitlines()) for c in row}
    assert '\'=HYPERLINK("http://x","y")' in cells and "'+1+2" in cells and "'@SUM(A1)" in cells


def test_vietnamese_headers_on_request(project, tmp_path):
    out = tmp_path / "vi.xlsx"
    export_workbook(build_tables(project), out, lang="vi")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS
    head = [c.value for c in wb["Statistics"][1]]
    assert head[:5] == ["thống kê", "chỉ tiêu", "địa phương", "thời kỳ", "giá trị"]
    assert {"mã tỉnh", "tỉnh (từ 1/7/2025)", "từ ngày", "đến ngày"} <= set(head)


def test_locked_or_unwritable_target_leaves_the_old_file(project, tmp_path):
    out = tmp_path / "book.xlsx"
    out.write_bytes(b"previous export")
    (tmp_path / ".~lock.book.xlsx#").write_text("someone,host")
    with pytest.raises(ExportError, match="open in another program"):
        export_workbook(build_tables(project), out)
    assert out.read_bytes() == b"previous export"
    with pytest.raises(ExportError, match="does not exist"):
        export_workbook(build_tables(project), tmp_path / "missing" / "x.xlsx")
    (tmp_path / "adir.xlsx").mkdir()
    with pytest.raises(ExportError, match="folder"):
        export_workbook(build_tables(project), tmp_path / "adir.xlsx")


def test_a_cancelled_export_leaves_the_old_file(project, tmp_path):
    out = tmp_path / "book.xlsx"
    out.write_bytes(b"previous export")
    tables = build_tables(project, status="all")
    tables[1].rows = list(tables[1].rows) * 100  # long enough to be cancelled midway
    tables[1].n_rows = len(tables[1].rows)
    with pytest.raises(ExportError, match="cancelled"):
        export_workbook(tables, out, cancelled=lambda: True)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".book")] == []


def test_export_cli(project, tmp_path):
    out = tmp_path / "cli.xlsx"
    project.close()
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "solieu.cli",
            "export",
            str(tmp_path / "p.solieu"),
            "-o",
            str(out),
            "--status",
            "all",
            "--csv",
            str(tmp_path / "cli.csv"),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert openpyxl.load_workbook(out).sheetnames == SHEETS
    assert (tmp_path / "cli.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_libreoffice_reads_values_and_vietnamese(project, tmp_path):
    out = tmp_path / "lo.xlsx"
    export_workbook(build_tables(project, status="all"), out)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",  # not another run's profile
            "--headless",
            # CSV filter: comma, double quote, UTF-8 (76), values as stored, not as shown
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = (tmp_path / "lo.csv").read_text("utf-8")
    assert "Nghệ An" in text and "292100000" in text


def test_the_workbook_is_readable_by_others_and_old_temporaries_go(project, tmp_path):
    import os
    import time

    stale = tmp_path / ".book.xlsx.abc123.tmp"
    stale.write_bytes(b"left by a killed export")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".book.xlsx.def456.tmp"
    fresh.write_bytes(b"another export running now")
    out = tmp_path / "book.xlsx"
    export_workbook(build_tables(project), out)
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    assert not stale.exists() and fresh.exists()


def test_identity_columns_are_typed_cells_with_codes_and_sources(tmp_path):
    import datetime

    from solieu.store import SetDocumentField

    article = tmp_path / "a.txt"
    article.write_text(
        "Quý III/2025, kim ngạch xuất khẩu của tỉnh Hà Giang đạt 120 triệu USD.", encoding="utf-8"
    )
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([article])
        doc = p.documents()[0]
        for field, value in (("outlet", "Báo Hà Giang"), ("published", "2025-10-05")):
            p.apply(SetDocumentField(doc.id, field, None, value))
        out = tmp_path / "id.xlsx"
        export_workbook(build_tables(p, status="all"), out)
    wb = openpyxl.load_workbook(out)
    sheet = wb["Statistics"]
    head = [c.value for c in sheet[1]]
    (row,) = [
        dict(zip(head, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)
    ]
    assert row["place"] == "Hà Giang" and row["place_code"] == "02"
    assert row["province_2025"] == "Tuyên Quang"
    assert row["period"] == "2025-07/2025-09"
    assert row["period_start"] == datetime.datetime(2025, 7, 1)
    assert row["period_end"] == datetime.datetime(2025, 9, 30)
    assert "Báo Hà Giang, 2025-10-05" in row["source"] and row["documents"] == "a.txt"
    docs = wb["Documents"]
    head = [c.value for c in docs[1]]
    (drow,) = [
        dict(zip(head, (c.value for c in r), strict=True)) for r in docs.iter_rows(min_row=2)
    ]
    assert drow["outlet"] == "Báo Hà Giang" and drow["published"] == datetime.datetime(2025, 10, 5)
