"""`solieu extract` and `solieu --version` as a script would call them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from solieu import __version__
from solieu.model import decimal_str


def solieu(*args, **kw):
    return subprocess.run(
        [sys.executable, "-m", "solieu.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        **kw,
    )


def test_version():
    r = solieu("--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_extract_jsonl_over_a_folder(seeds_dir):
    r = solieu("extract", str(seeds_dir))
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert {rec["document"] for rec in recs} == {p.name for p in seeds_dir.glob("*.txt")}
    keys = {
        "document",
        "start",
        "end",
        "text",
        "number",
        "scale",
        "value",
        "unit",
        "unit_class",
        "qualifier",
        "change",
        "measure",
        "place",
        "period",
    }
    assert all(keys <= rec.keys() for rec in recs)
    rec = next(r for r in recs if r["text"] == "3.190,732 tỷ đồng")
    assert (rec["value"], rec["number"], rec["scale"]) == ("3190732000000", "3190.732", "tỷ")


def test_extract_csv_to_a_file(seeds_dir, tmp_path):
    out = tmp_path / "figs.csv"
    r = solieu(
        "extract", str(seeds_dir / "000_bb360f3340be8578.txt"), "--format", "csv", "-o", str(out)
    )
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert any(row["text"] == "76,2 triệu USD" and row["value"] == "76200000" for row in rows)


def test_errors_are_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    r = solieu("extract", str(bad), str(tmp_path / "missing.txt"))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert "bad.txt" in r.stderr and "missing.txt" in r.stderr
    r = solieu("extract", str(tmp_path / "x.txt"), "-o", str(tmp_path / "no" / "dir.jsonl"))
    assert r.returncode != 0 and "Traceback" not in r.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path, seeds_dir):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Kim ngach \xfa\xfb not utf8 \xc3")
    r = solieu("extract", str(bad), str(seeds_dir / "002_02943c04bd1a60f2.txt"))
    assert r.returncode != 0
    assert len(r.stdout.splitlines()) >= 10


def test_the_window_command_explains_instead_of_crashing(tmp_path):
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    r = subprocess.run(
        [sys.executable, "-m", "solieu.cli", str(tmp_path / "typo")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 2 and "does not exist" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "typo").exists()
    if sys.platform.startswith("linux"):
        r = subprocess.run(
            [sys.executable, "-m", "solieu.cli"], capture_output=True, text=True, env=env
        )
        assert r.returncode == 2 and "no graphical display" in r.stderr


def test_a_token_too_long_for_a_figure_is_a_warning_not_an_error(tmp_path):
    from solieu.extract import extract_figures

    head = "Năm 2024, tỉnh đón 3,2 triệu lượt khách, doanh thu đạt 12.500 tỷ đồng.\n"
    tail = "\nGiá phòng bình quân 850.000 đồng/đêm, tăng 12% so với cùng kỳ.\n"
    numeral = "4" * 100_000
    art = tmp_path / "long.txt"
    art.write_text(head + numeral + tail, encoding="utf-8")
    r = solieu("extract", str(art))
    assert r.returncode == 0, r.stderr
    assert "unexpected error" not in r.stderr and "Traceback" not in r.stderr
    got = [(rec["text"], rec["value"]) for rec in map(json.loads, r.stdout.splitlines())]
    clean = head + tail
    want = [(f.text, str(decimal_str(f.value))) for f in extract_figures(clean)]
    assert got == want and len(got) == 4
    assert r.stderr.splitlines() == [
        f"warning {art}:{len(head)}: a numeral of 100000 digits cannot be a figure; skipped"
    ]
