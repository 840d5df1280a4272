"""The workbook as a statistician reads it: words not codes, reading order, sheets named
for what they hold, whole titles."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from solieu.export import build_tables, export_workbook
from solieu.export.labels import (
    VOCABULARIES,
    bool_label,
    label,
    qualifier_label,
    status_label,
)
from solieu.export.sheet import Table
from solieu.export.xlsx import write_tables_csv
from solieu.model import QUALIFIERS, UNIT_CLASSES, Status
from solieu.reconcile import decisions
from solieu.reconcile.session import reconcile_project
from solieu.store import AddFigure, Project, SetStatus

# Two invented provincial reports of the same half-year export figure, with different
# values (a conflict), a total and its parts (a check), a qualifier and a change.
LATE = """Xuất khẩu của Nghệ An tăng mạnh trong nửa đầu năm

Trong 6 tháng đầu năm 2025, kim ngạch xuất khẩu của tỉnh Nghệ An đạt 1.250 triệu USD, \
tăng 12% so với cùng kỳ. Tổng vốn đầu tư trực tiếp nước ngoài đạt khoảng 300 triệu USD, \
gồm 120 triệu USD vốn cấp mới và 180 triệu USD vốn điều chỉnh.
"""
EARLY = """Nghệ An: 2 tháng liền xuất khẩu vượt kế hoạch

Trong 6 tháng đầu năm 2025, kim ngạch xuất khẩu của tỉnh Nghệ An đạt 1.310 triệu USD. \
Sản lượng lúa ước đạt hơn 450 nghìn tấn. Toàn tỉnh hiện có mười hai khu công nghiệp đang \
hoạt động.
"""
BOOL_KINDS = {"bool"}


@pytest.fixture
def project(tmp_path):
    """`b_early.txt` imported before `a_late.txt` (the list shows them the other way
    round), and a figure added by hand at the top of a text after all the others."""
    (tmp_path / "a_late.txt").write_text(LATE, encoding="utf-8")
    (tmp_path / "b_early.txt").write_text(EARLY, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([tmp_path / "b_early.txt"])
        p.import_paths([tmp_path / "a_late.txt"])
        early = next(d for d in p.documents() if d.name == "b_early.txt")
        at = EARLY.index("2 tháng")
        p.apply(AddFigure(early.id, at, at + 1, {"value": "2", "unit_class": "count"}))
        p.apply(SetStatus(tuple(f.id for f in p.figures()), Status.CONFIRMED))
        rec = reconcile_project(p)
        (conflict,) = [g for g in rec.listed() if g.conflict]
        late_mention = next(i for i in conflict.members if rec.figures[i].document == "a_late.txt")
        p.apply(decisions.choose_winner(conflict, late_mention, rec.states))
        yield p


def sheet_rows(path, name) -> list[dict]:
    ws = openpyxl.load_workbook(path)[name]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]


def bool_columns(table: Table, lang: str) -> list[str]:
    return [
        h
        for h, (_, kind) in zip(table.headers(lang), table.columns, strict=True)
        if kind in BOOL_KINDS
    ]


def test_a_vietnamese_export_words_every_coded_value(project, tmp_path):
    out = tmp_path / "vi.xlsx"
    tables = build_tables(project, status="all")
    export_workbook(tables, out, lang="vi")
    stats = sheet_rows(out, "Statistics")
    by_measure = {r["chỉ tiêu"]: r for r in stats}
    assert by_measure["tổng vốn đầu tư trực tiếp nước ngoài"]["mức độ"] == "khoảng"
    assert by_measure["tổng vốn đầu tư trực tiếp nước ngoài"]["mã mức độ"] == "approx"
    assert by_measure["sản lượng lúa"]["mức độ"] == "hơn"
    assert by_measure["sản lượng lúa"]["loại đơn vị"] == "khối lượng"
    assert by_measure["tăng kim ngạch xuất khẩu"]["là mức thay đổi"] == "có"
    assert by_measure["tăng kim ngạch xuất khẩu"]["loại đơn vị"] == "phần trăm"
    assert {r["trạng thái"] for r in stats} == {"đã xác nhận", "đã chấp nhận"}
    # every yes/no column of every sheet holds có/không, never TRUE/FALSE or 0/1
    workbook = openpyxl.load_workbook(out)
    for table in tables:
        ws = workbook[table.name]
        head = [c.value for c in ws[1]]
        for name in bool_columns(table, "vi"):
            column = list(ws.columns)[head.index(name)][1:]
            assert column and {c.value for c in column} <= {"có", "không"}, (table.name, name)
            assert all(c.data_type == "s" for c in column)
    mentions = sheet_rows(out, "Mentions")
    (manual,) = [r for r in mentions if r["nguồn gốc"] == "thủ công"]
    # a figure the reviewer added says so in its kind, not "figure"
    assert manual["nguyên văn"] == "2" and manual["loại"] == "người duyệt thêm"
    assert {r["loại"] for r in mentions} == {"số liệu", "số viết bằng chữ", "người duyệt thêm"}
    assert {r["nguồn gốc"] for r in mentions} == {"thủ công", "tự động"}
    conflicts = sheet_rows(out, "Conflicts")
    assert {r["cách giải quyết"] for r in conflicts} == {"đã chọn giá trị"}
    assert [r["giá trị được chọn"] for r in conflicts] == ["có", "không"]  # a_late's is chosen
    (check,) = sheet_rows(out, "Checks")
    assert check["loại"] == "tổng" and check["hợp lệ"] == "có"
    assert check["nội dung"] == "Tổng khớp: 120.000.000 + 180.000.000 = 300.000.000 USD"
    log = sheet_rows(out, "Review log")
    assert {r["thao tác"] for r in log} == {"thêm", "sửa", "thống kê"}
    assert "trạng thái" in {r["trường"] for r in log}  # the field, named as its column is
    about = {r["mục"]: r["giá trị"] for r in sheet_rows(out, "About")}
    assert about["phạm vi"] == "mọi số liệu chưa bị loại"
    # the CSV says what the workbook says
    csv_out = tmp_path / "vi.csv"
    write_tables_csv(tables[0], csv_out, lang="vi")
    rows = list(csv.DictReader(csv_out.read_text("utf-8-sig").splitlines()))
    assert {r["là mức thay đổi"] for r in rows} == {"có", "không"}
    assert {r["mức độ"] for r in rows} == {"", "khoảng", "hơn"}


def test_an_english_export_says_yes_no_and_the_windows_qualifier_words(project, tmp_path):
    out = tmp_path / "en.xlsx"
    tables = build_tables(project, status="all")
    export_workbook(tables, out)
    stats = sheet_rows(out, "Statistics")
    fdi = next(r for r in stats if r["measure"] == "tổng vốn đầu tư trực tiếp nước ngoài")
    assert fdi["qualifier"] == "about" == qualifier_label("approx", "en")
    assert fdi["qualifier_code"] == "approx"  # the guideline's code, for scripts
    assert {r["change"] for r in stats} == {"yes", "no"}
    assert {r["conflict"] for r in stats} == {"no"}  # the one conflict is settled
    workbook = openpyxl.load_workbook(out)
    for table in tables:
        head = [c.value for c in workbook[table.name][1]]
        for name in bool_columns(table, "en"):
            column = list(workbook[table.name].columns)[head.index(name)][1:]
            assert {c.value for c in column} <= {"yes", "no"}, (table.name, name)
    csv_out = tmp_path / "en.csv"
    write_tables_csv(tables[0], csv_out)
    text = csv_out.read_text("utf-8-sig")
    assert "TRUE" not in text and "FALSE" not in text
    assert {r["change"] for r in csv.DictReader(text.splitlines())} == {"yes", "no"}


def test_the_label_table_covers_every_code_in_both_languages():
    for q in QUALIFIERS:
        en, vi = qualifier_label(q, "en"), qualifier_label(q, "vi")
        assert en and vi and en != vi, q
    assert qualifier_label("approx") == "about" and qualifier_label(None) == ""
    for s in Status:
        assert status_label(s, "vi") != s.value and status_label(s) == s.value
    assert (
        status_label("proposed") == "unreviewed" and status_label("proposed", "vi") == "chưa duyệt"
    )
    for c in UNIT_CLASSES:
        assert label("unit_class", c, "vi")
    assert {label("unit_class", c, "vi") for c in ("count", "percent")} == {"số đếm", "phần trăm"}
    assert (bool_label(True), bool_label(False)) == ("yes", "no")
    assert (bool_label(True, "vi"), bool_label(False, "vi")) == ("có", "không")
    # an unknown code (a future extractor kind) is shown as itself, not lost
    assert label("figure_kind", "some-new-kind", "vi") == "some-new-kind"
    assert label("status", None, "vi") is None
    with pytest.raises(ValueError, match="unknown language"):
        label("status", "pending", "fr")
    assert all(len(words) == 2 for vocab in VOCABULARIES.values() for words in vocab.values())


def test_every_sheet_is_in_document_then_text_order(project, tmp_path):
    out = tmp_path / "order.xlsx"
    export_workbook(build_tables(project, status="all"), out)
    names = [d.name for d in project.documents()]
    assert names == ["a_late.txt", "b_early.txt"]
    figures = {f.id: f for f in project.figures()}
    reading = sorted(figures, key=lambda i: (names.index(figures[i].document), figures[i].start))
    assert reading != sorted(figures)  # imported and added out of order: the test means something

    mentions = sheet_rows(out, "Mentions")
    assert [r["figure"] for r in mentions] == reading
    first_read = {}
    for r in mentions:
        first_read.setdefault(r["statistic"], reading.index(r["figure"]))
    statistics = [r["statistic"] for r in sheet_rows(out, "Statistics")]
    assert statistics == sorted(statistics, key=first_read.__getitem__)
    assert [r["name"] for r in sheet_rows(out, "Documents")] == names
    for sheet in ("Conflicts", "Checks"):
        rows = sheet_rows(out, sheet)
        where = [(names.index(r["document"]), r["start"]) for r in rows]
        assert rows and where == sorted(where), sheet
    log = [r["id"] for r in sheet_rows(out, "Review log")]
    assert log == sorted(log)  # a log stays in the order things happened


def test_conflicts_hold_disagreements_and_checks_hold_the_consistency_checks(project, tmp_path):
    out = tmp_path / "sheets.xlsx"
    export_workbook(build_tables(project, status="all"), out)
    assert openpyxl.load_workbook(out).sheetnames == [
        "Statistics",
        "Mentions",
        "Documents",
        "Conflicts",
        "Checks",
        "Review log",
        "About",
    ]
    conflicts = sheet_rows(out, "Conflicts")
    assert [(r["document"], r["value"], r["chosen"]) for r in conflicts] == [
        ("a_late.txt", 1250000000, "yes"),
        ("b_early.txt", 1310000000, "no"),
    ]
    assert {r["resolution"] for r in conflicts} == {"winner chosen"}
    assert {r["statistic_value"] for r in conflicts} == {1250000000}  # the chosen value
    assert {r["measure"] for r in conflicts} == {"kim ngạch xuất khẩu"}
    stats = {r["statistic"]: r for r in sheet_rows(out, "Statistics")}
    (key,) = {r["statistic"] for r in conflicts}
    assert stats[key]["value"] == 1250000000
    assert stats[key]["conflict"] == "no"  # settled: as the window shows it
    (check,) = sheet_rows(out, "Checks")
    assert (check["kind"], check["ok"]) == ("sum", "yes")
    assert check["message"] == "120.000.000 + 180.000.000 = 300.000.000 USD"
    assert "kind" not in {c for r in conflicts for c in r}  # no check leaks into Conflicts

    # an open conflict says so
    rec = reconcile_project(project)
    (group,) = [g for g in rec.listed() if g.winner is not None]
    project.apply(decisions.reopen(group, rec.states))
    export_workbook(build_tables(project, status="all"), out)
    conflicts = sheet_rows(out, "Conflicts")
    assert {r["resolution"] for r in conflicts} == {"open"}
    assert {r["chosen"] for r in conflicts} == {"no"}
    key = conflicts[0]["statistic"]
    assert {r["statistic"]: r for r in sheet_rows(out, "Statistics")}[key]["conflict"] == "yes"


def test_a_long_headline_is_whole_in_the_workbook(tmp_path):
    headline = (
        "Kim ngạch xuất khẩu nông sản của tỉnh Đồng Tháp trong 9 tháng đầu năm 2025 tăng "
        "mạnh nhờ giá lúa gạo, trái cây và thủy sản cùng tăng, mở ra triển vọng hoàn thành "
        "sớm kế hoạch cả năm"
    )
    article = tmp_path / "dong_thap.txt"
    article.write_text(
        f"{headline}\n\nTrong 9 tháng đầu năm 2025, kim ngạch xuất khẩu của tỉnh Đồng Tháp "
        "đạt 1.450 triệu USD.\n",
        encoding="utf-8",
    )
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([article])
        stored = p.documents()[0].title
        assert len(headline) > 120 and stored == headline  # the importer keeps it whole
        out = tmp_path / "t.xlsx"
        export_workbook(build_tables(p, status="all"), out)
    (doc,) = sheet_rows(out, "Documents")
    assert doc["title"] == headline
    (stat,) = sheet_rows(out, "Statistics")
    assert stat["source"] == headline
