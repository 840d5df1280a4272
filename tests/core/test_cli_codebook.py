"""`solieu codebook`: a statistician's list in, the project's codebook out, via processes."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl

from solieu.resources import seed_articles


def solieu(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "solieu.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_import_list_export_and_a_bad_file(tmp_path):
    project = tmp_path / "p.solieu"
    assert solieu("new", str(project), str(seed_articles()[0])).returncode == 0
    listing = tmp_path / "chi_tieu.csv"
    listing.write_text(
        "tên chỉ tiêu;mã;đơn vị;từ đồng nghĩa\n"
        "kim ngạch xuất khẩu;XK01;USD;giá trị xuất khẩu|trị giá xuất khẩu\n"
        "vốn FDI đăng ký;FDI02;USD;\n"
        ";;;\n",
        encoding="utf-8",
    )
    done = solieu("codebook", str(project), "--import", str(listing))
    assert done.returncode == 0, done.stderr
    assert "2 new entries" in done.stderr
    shown = solieu("codebook", str(project))
    entries = [json.loads(line) for line in shown.stdout.splitlines()]
    assert [(e["name"], e["code"]) for e in entries] == [
        ("kim ngạch xuất khẩu", "XK01"),
        ("vốn FDI đăng ký", "FDI02"),
    ]
    assert entries[0]["synonyms"] == ["giá trị xuất khẩu", "trị giá xuất khẩu"]
    out = tmp_path / "codebook.xlsx"
    assert solieu("codebook", str(project), "--export", str(out), "--lang", "vi").returncode == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert "kim ngạch xuất khẩu" in [r[0] for r in rows[1:]]
    again = solieu("codebook", str(project), "--import", str(listing))
    assert again.returncode == 0 and "0 new entries" in again.stderr  # nothing twice
    missing = solieu("codebook", str(project), "--import", str(tmp_path / "none.csv"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert "none.csv" in missing.stderr
