"""The store's and the extractor's errors, raised for real, shown in Vietnamese by tr_error.

Each test provokes the error the way a reviewer meets it (a project another window
holds, a file from a newer Solieu, an edit that lost a race, a damaged file, an
article with a number no figure can have) and checks the translated text word for
word, with the values the error was raised with in their places.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from solieu.messages import Message, message_of
from solieu.store import EditConflict, Project, ProjectError, ProjectLockedError, SetField, schema
from solieu.ui import i18n

HOLDER = """
import sys
from solieu.store import Project
project = Project.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()  # until the test closes the pipe (or kills the process)
"""

ARTICLE = (
    "Bình Dương: xuất khẩu 6 tháng tăng mạnh\n\n"
    "Theo Cục Thống kê tỉnh Bình Dương, 6 tháng đầu năm 2025 kim ngạch xuất khẩu "
    "của tỉnh đạt 18,6 tỷ USD, tăng 12,4% so với cùng kỳ năm trước.\n"
)


@pytest.fixture
def vietnamese(qapp):
    assert i18n.install(qapp, "vi") == "vi"
    yield qapp
    i18n.install(qapp, "en")


def test_a_project_another_window_holds_is_refused_in_vietnamese(vietnamese, tmp_path):
    path = tmp_path / "xuat-khau.solieu"
    Project.create(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(ProjectLockedError) as caught:
            Project.open(path)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert str(caught.value) == (
        f"xuat-khau.solieu is open in another Solieu window (pid {holder.pid}); "
        "close it there first, or open this one read-only"
    )
    assert i18n.tr_error(caught.value) == (
        f"xuat-khau.solieu đang được mở trong một cửa sổ Solieu khác (pid {holder.pid}); "
        "hãy đóng nó ở đó trước, hoặc mở tệp này ở chế độ chỉ đọc"
    )


def test_the_same_window_opening_it_twice_is_told_so(vietnamese, tmp_path):
    path = tmp_path / "ngan-sach.solieu"
    with Project.create(path), pytest.raises(ProjectLockedError) as caught:
        Project.open(path)
    assert i18n.tr_error(caught.value) == "ngan-sach.solieu đang được mở trong cửa sổ này"


def test_a_file_from_a_newer_solieu_names_both_formats(vietnamese, tmp_path):
    path = tmp_path / "du-lich.solieu"
    Project.create(path).close()
    newer = schema.SCHEMA_VERSION + 3
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(newer),))
    conn.close()
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    error = message_of(caught.value)
    assert isinstance(error, Message)
    assert error.params == {
        "file": "du-lich.solieu",
        "version": newer,
        "known": schema.SCHEMA_VERSION,
    }
    assert i18n.tr_error(caught.value) == (
        f"du-lich.solieu được lưu bởi một phiên bản Solieu mới hơn (định dạng dự án {newer}; "
        f"phiên bản này chỉ đọc được đến định dạng {schema.SCHEMA_VERSION}); "
        "hãy cập nhật Solieu để mở"
    )


def test_a_stale_edit_is_a_conflict_in_vietnamese(vietnamese, tmp_path):
    article = tmp_path / "binh-duong.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([article])
        assert report.imported == ["binh-duong.txt"], report.failed
        figure = project.figures()[0]
        project.apply(SetField(figure.id, "place", figure.place, "Bình Dương"))
        with pytest.raises(EditConflict) as caught:  # a second view still thinks it is the old
            project.apply(SetField(figure.id, "place", "Đồng Nai", "Bình Phước"))
    assert str(caught.value) == (
        f"figure {figure.id}: place is now 'Bình Dương', not 'Đồng Nai' "
        "(changed elsewhere); reload and try again"
    )
    assert i18n.tr_error(caught.value) == (
        f"số liệu {figure.id}: place hiện là 'Bình Dương', không phải 'Đồng Nai' "
        "(đã bị sửa ở nơi khác); hãy tải lại rồi thử lại"
    )


def test_a_bad_value_from_the_reviewer_is_explained_in_vietnamese(vietnamese, tmp_path):
    article = tmp_path / "gia-lua.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as project:
        project.import_paths([article])
        figure = project.figures()[0]
        with pytest.raises(ProjectError) as caught:
            project.apply(SetField(figure.id, "value", figure.value, "18,6 tỷ"))
    assert i18n.tr_error(caught.value) == (
        "value phải là một số viết như 76200000 hoặc 76.2, không phải '18,6 tỷ'"
    )


def test_a_damaged_file_translates_its_reason_inside_the_summary(vietnamese, tmp_path):
    path = tmp_path / "hong.solieu"
    path.write_bytes(b"")
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    assert i18n.tr_error(caught.value) == (
        "hong.solieu không phải dự án Solieu hoặc đã bị hỏng (tệp trống); "
        "không tìm thấy bản sao lưu nào của nó"
    )
    assert i18n.tr_error(caught.value.summary) == (
        "hong.solieu không phải dự án Solieu hoặc đã bị hỏng (tệp trống)"
    )
    path.write_bytes(b"PK\x03\x04 not a database at all" * 40)
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    assert i18n.tr_error(caught.value).startswith(
        "hong.solieu không phải dự án Solieu hoặc đã bị hỏng (đây không phải tệp dự án)"
    )


def test_an_import_warning_says_where_and_why_in_vietnamese(vietnamese, tmp_path):
    article = tmp_path / "so-dai.txt"
    digits = "9" * 45
    article.write_text(f"Tổng thu ngân sách năm 2024 đạt {digits} đồng.\n", encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([article])
    assert report.imported == ["so-dai.txt"]
    shown = [i18n.tr_error(reason) for name, reason in report.warnings if name == "so-dai.txt"]
    position = article.read_text(encoding="utf-8").index(digits)
    assert f"tại vị trí {position}: một con số có 45 chữ số không thể là số liệu; đã bỏ qua" in (
        shown
    )


def test_english_keeps_the_english_text(qapp, tmp_path):
    i18n.install(qapp, "en")
    path = tmp_path / "p.solieu"
    with Project.create(path), pytest.raises(ProjectLockedError) as caught:
        Project.open(path)
    assert (
        i18n.tr_error(caught.value)
        == str(caught.value)
        == "p.solieu is already open in this window"
    )
