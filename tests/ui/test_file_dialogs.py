"""File dialogs speak the window's language: Qt's own when the desktop speaks another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from solieu.ui import file_dialogs, i18n


@pytest.fixture
def vietnamese(qapp):
    i18n.install(qapp, "vi")
    yield qapp
    i18n.install(qapp, "en")


def test_a_vietnamese_window_on_an_english_desktop_uses_qts_translated_dialog(
    vietnamese, monkeypatch
):
    monkeypatch.setattr(file_dialogs, "desktop_language", lambda: "en")
    assert file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog


def test_the_native_dialog_when_window_and_desktop_agree(vietnamese, monkeypatch):
    monkeypatch.setattr(file_dialogs, "desktop_language", lambda: "vi")
    assert not file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog
    i18n.install(vietnamese, "en")
    monkeypatch.setattr(file_dialogs, "desktop_language", lambda: "en")
    assert not file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog


def test_every_dialog_helper_passes_the_options(vietnamese, monkeypatch):
    monkeypatch.setattr(file_dialogs, "desktop_language", lambda: "fr")
    seen = []

    def fake(result):
        return staticmethod(lambda *a, **k: (seen.append(k.get("options", a[-1])), result)[1])

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake(("a.xlsx", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake(("b.solieu", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake((["c.txt"], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake("/d"))
    parent = QWidget()
    assert file_dialogs.save_file(parent, "t", "", "*") == "a.xlsx"
    assert file_dialogs.open_file(parent, "t", "", "*") == "b.solieu"
    assert file_dialogs.open_files(parent, "t", "", "*") == ["c.txt"]
    assert file_dialogs.folder(parent, "t") == "/d"
    assert len(seen) == 4
    assert all(o & QFileDialog.Option.DontUseNativeDialog for o in seen)
    assert seen[-1] & QFileDialog.Option.ShowDirsOnly


def test_the_dialog_shown_is_vietnamese(vietnamese, monkeypatch, qtbot, tmp_path):
    monkeypatch.setattr(file_dialogs, "desktop_language", lambda: "en")
    texts: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read_and_close)
            return
        texts.extend(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())
        dialog.reject()

    QTimer.singleShot(20, read_and_close)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert file_dialogs.save_file(parent, "Xuất ra Excel", str(tmp_path), "*.xlsx") == ""
    assert "Tê&n tệp:" in texts and "&Loại tệp:" in texts
