"""File ▸ Export (Ctrl+E): the dialog, the background export, a locked target, cancel."""

from __future__ import annotations

import csv
import threading

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton

import solieu.export
import solieu.ui.dialogs.export_dialog as export_dialog
from solieu.export.tables import VI_HEADERS

CTRL = Qt.KeyboardModifier.ControlModifier
SHEETS = ["Statistics", "Mentions", "Documents", "Conflicts", "Checks", "Review log", "About"]


@pytest.fixture
def problems(window, monkeypatch):
    """What the window would tell the reviewer in a message box."""
    said: list[str] = []
    monkeypatch.setattr(window, "show_problem", said.append)
    return said


@pytest.fixture
def worker_threads(monkeypatch):
    """The threads the export ran on (it must never be the UI thread)."""
    seen: list[threading.Thread] = []
    real = export_dialog.run_export

    def spy(*args, **kwargs):
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "run_export", spy)
    return seen


def open_export(qtbot, win):
    qtbot.keyClick(win.table, Qt.Key.Key_E, CTRL)
    dialog = win.exports.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.path_edit.hasFocus, timeout=2000)  # the name is ready to type over
    return dialog


def back_to_window(qtbot, win):
    win.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    win.table.setFocus()


def export_to(qtbot, win, path, **choices):
    """Ctrl+E, type the target, make the choices, Enter; wait for the background task."""
    dialog = open_export(qtbot, win)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    if choices.get("lang"):
        dialog.language.setCurrentIndex(dialog.language.findData(choices["lang"]))
    if choices.get("all"):
        dialog.not_rejected.setChecked(True)
    if choices.get("csv"):
        dialog.write_csv.setChecked(True)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    task = win.tasks.current
    assert task is not None
    qtbot.waitUntil(lambda: win.tasks.current is None, timeout=30000)
    back_to_window(qtbot, win)
    return task


def test_export_by_keyboard_writes_the_seven_sheets_in_the_background(
    qtbot, window, tmp_path, worker_threads, problems
):
    target = tmp_path / "out" / "curated.xlsx"
    target.parent.mkdir()
    dialog = open_export(qtbot, window)
    assert dialog.path_edit.text().endswith("review.xlsx")  # the project's name by default
    assert dialog.language.currentData() == "en"  # the UI language (English in the tests)
    assert dialog.confirmed_only.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.tasks.current is None
    back_to_window(qtbot, window)

    export_to(qtbot, window, target.with_suffix(""), all=True)  # .xlsx is added
    assert problems == []
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert workbook.sheetnames == SHEETS
    header = next(workbook["Statistics"].iter_rows(max_row=1, values_only=True))
    assert header[:4] == ("statistic", "measure", "place", "period")
    values = [
        r[header.index("value")]
        for r in workbook["Statistics"].iter_rows(min_row=2, values_only=True)
    ]
    assert values and all(isinstance(v, (int, float)) for v in values if v is not None)
    workbook.close()
    assert str(target) in window.statusBar().currentMessage()
    assert window.settings.export_folder == str(target.parent)
    done = window.exports.done_dialog  # "Open" and "Show in folder" are offered
    assert done is not None and done.isVisible()
    done.close()
    back_to_window(qtbot, window)

    # the next export starts in the last folder, with the last choices
    dialog = open_export(qtbot, window)
    assert dialog.path_edit.text() == str(target.parent / "review.xlsx")
    assert dialog.not_rejected.isChecked()
    dialog.reject()


def test_vietnamese_headers_and_the_statistics_csv(qtbot, window, tmp_path, problems):
    target = tmp_path / "vi.xlsx"
    export_to(qtbot, window, target, lang="vi", all=True, csv=True)
    assert problems == []
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert workbook.sheetnames == SHEETS  # sheet names stay English
    header = next(workbook["Statistics"].iter_rows(max_row=1, values_only=True))
    assert VI_HEADERS["value"] in header and "value" not in header
    changes = {
        r[header.index(VI_HEADERS["change"])]
        for r in workbook["Statistics"].iter_rows(min_row=2, values_only=True)
    }
    assert changes == {"có", "không"}  # values in Vietnamese too, never TRUE/FALSE
    workbook.close()
    data = target.with_suffix(".csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert VI_HEADERS["measure"] in rows[0] and len(rows) > 1
    message = window.statusBar().currentMessage()
    assert str(target) in message and str(target.with_suffix(".csv")) in message


def test_a_target_open_in_a_spreadsheet_is_refused_in_words(qtbot, window, tmp_path, problems):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the old workbook")
    lock = tmp_path / ".~lock.report.xlsx#"
    lock.write_text("someone,host,01.01.2026 10:00,")
    export_to(qtbot, window, target)
    assert len(problems) == 1
    assert "report.xlsx is open in another program" in problems[0]
    assert "unchanged" in problems[0]
    assert target.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []

    # once the spreadsheet is closed, the same export goes through
    lock.unlink()
    export_to(qtbot, window, target)
    assert len(problems) == 1
    assert openpyxl.load_workbook(target, read_only=True).sheetnames == SHEETS


def test_a_read_only_folder_is_refused(qtbot, window, tmp_path, problems, monkeypatch):
    import os

    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access

    def access(path, mode, *args, **kwargs):  # as if the folder were read-only, even for root
        if mode & os.W_OK and os.path.realpath(path) == str(folder):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    export_to(qtbot, window, folder / "out.xlsx")
    assert len(problems) == 1 and "read-only" in problems[0]
    assert str(folder) in problems[0]
    assert list(folder.iterdir()) == []


def test_cancel_leaves_the_old_file(qtbot, window, tmp_path, problems, monkeypatch):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "kept.xlsx"
    target.write_bytes(b"the old workbook")
    started = threading.Event()
    real = solieu.export.build_tables

    def slow_tables(*args, **kwargs):
        started.set()
        # a "long" export: it waits for the Cancel button
        window.tasks.current.cancel_event.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(solieu.export, "build_tables", slow_tables)
    task = window.exports.start_export(export_dialog.ExportOptions(target))
    assert started.wait(10)
    assert window.tasks.current is task
    task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: window.tasks.current is None, timeout=30000)
    assert problems == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert target.read_bytes() == b"the old workbook"
    assert [p.name for p in target.parent.iterdir()] == ["kept.xlsx"]


def test_one_background_task_at_a_time(qtbot, window, tmp_path, monkeypatch):
    release = threading.Event()
    real = solieu.export.build_tables

    def waiting(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(solieu.export, "build_tables", waiting)
    task = window.exports.start_export(export_dialog.ExportOptions(tmp_path / "a.xlsx"))
    qtbot.keyClick(window.table, Qt.Key.Key_E, CTRL)
    assert window.exports.dialog is None
    assert "Wait until" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: window.tasks.current is None, timeout=30000)
    assert task is not None and (tmp_path / "a.xlsx").exists()


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of the test's own, with no XDG user-dirs file to redirect Documents."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def test_the_first_export_goes_to_the_documents_folder(qtbot, window, home, tmp_path):
    (home / "Documents").mkdir()
    assert window.settings.export_folder == ""  # never exported
    assert window.project.path.parent != home / "Documents"
    dialog = open_export(qtbot, window)
    assert dialog.path_edit.text() == str(home / "Documents" / "review.xlsx")
    assert dialog.path_edit.selectedText() == "review"  # ready to be typed over
    dialog.reject()
    back_to_window(qtbot, window)

    # without a documents folder: the home folder, still not the project's (data) folder
    (home / "Documents").rmdir()
    assert export_dialog.default_export_folder(window.settings) == home
    # once the reviewer exported somewhere, that folder comes back while it exists
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    window.settings.export_folder = str(elsewhere)
    assert export_dialog.default_export_folder(window.settings) == elsewhere
    elsewhere.rmdir()
    assert export_dialog.default_export_folder(window.settings) == home


@pytest.fixture
def opened(monkeypatch):
    """The URLs handed to the desktop (no program is started in a test)."""
    urls: list[QUrl] = []

    def open_url(url):
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def finished_export(window, target, **kwargs):
    options = export_dialog.ExportOptions(target, status="all", **kwargs)
    outcome = export_dialog.run_export(window.project, options, lambda *a: None, lambda: False)
    assert outcome.error is None and target.exists()
    return outcome


def closed(dialog) -> bool:
    """Closed, and so deleted (the message deletes itself on close)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def show_done(qtbot, window, outcome):
    dialog = export_dialog.show_export_done(window, outcome)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_a_finished_export_offers_to_open_the_workbook_or_its_folder(
    qtbot, window, tmp_path, opened
):
    target = tmp_path / "out" / "curated.xlsx"
    target.parent.mkdir()
    outcome = finished_export(window, target, csv_path=target.with_suffix(".csv"))

    dialog = show_done(qtbot, window, outcome)
    assert not dialog.isModal()  # the reviewer may go on working
    assert str(target) in dialog.message.text() and str(target.with_suffix(".csv")) in (
        dialog.message.text()
    )
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)  # Open is the default button
    assert opened == [QUrl.fromLocalFile(str(target))]
    qtbot.waitUntil(lambda: closed(dialog), timeout=2000)
    back_to_window(qtbot, window)

    dialog = show_done(qtbot, window, outcome)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Show in &folder
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=2000)  # a mnemonic clicks after a moment
    assert opened[1:] == [QUrl.fromLocalFile(str(target.parent))]
    qtbot.waitUntil(lambda: closed(dialog), timeout=2000)
    back_to_window(qtbot, window)

    # Escape only closes the message; a second export replaces the first message
    first = show_done(qtbot, window, outcome)
    second = show_done(qtbot, window, outcome)
    qtbot.waitUntil(lambda: closed(first), timeout=2000)
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(second), timeout=2000)
    assert len(opened) == 2
    back_to_window(qtbot, window)


def test_nothing_to_open_after_a_failed_or_cancelled_export(qtbot, window, tmp_path, opened):
    options = export_dialog.ExportOptions(tmp_path / "missing" / "x.xlsx")
    failed = export_dialog.run_export(window.project, options, lambda *a: None, lambda: False)
    assert failed.error is not None
    assert export_dialog.show_export_done(window, failed) is None
    cancelled = export_dialog.ExportOutcome(options, cancelled=True)
    assert export_dialog.show_export_done(window, cancelled) is None
    assert window.findChildren(export_dialog.ExportDoneDialog) == [] and opened == []
