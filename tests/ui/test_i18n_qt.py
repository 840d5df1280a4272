"""Qt's own strings in the Vietnamese window (resources/translations/qt_vi.ts).

A message is found by its exact context and source text, so the catalogue is checked
against Qt itself: a recording translator notes every lookup Qt makes while it
builds the widgets the app shows, and each widget's visible texts must come out in
Vietnamese.
"""

from __future__ import annotations

import re
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLibraryInfo, QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollBar,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QUndoView,
    QWidget,
)

from solieu.ui import i18n, i18n_update

QT_TS = i18n.translations_dir() / "qt_vi.ts"


MESSAGES = list(i18n_update.messages(i18n_update.read(QT_TS)))
CATALOGUE = {(c, m.findtext("source")): i18n_update.forms(m)[0] for c, m in MESSAGES}
COMMENTS = {(c, m.findtext("source")): m.findtext("comment") or "" for c, m in MESSAGES}
ENGLISH = {source for _, source in CATALOGUE}


class Recorder(QTranslator):
    """Translates nothing; notes what Qt asks for (installed last, so asked first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked: list[tuple[str, str, str]] = []

    def translate(self, context, source_text, disambiguation=None, n=-1):
        self.asked.append((context, source_text, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def vietnamese(qapp):
    assert i18n.install(qapp, "vi") == "vi"
    yield qapp
    i18n.install(qapp, "en")


def plain(text: str) -> str:
    """A menu entry as a person reads it: no shortcut column."""
    return text.split("\t")[0]


def close_popups():
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


def file_dialog(qtbot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    (folder / "bao-cao.txt").write_text("Kim ngạch xuất khẩu tăng 12%.", encoding="utf-8")
    (folder / "2025").mkdir(exist_ok=True)
    dialog = QFileDialog(None, "", str(folder), "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView)
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 2)
    return dialog


def visible_texts(widget: QWidget) -> list[str]:
    """Labels, buttons, tool tips, actions and column titles of a widget's children."""
    texts = [w.text() for w in widget.findChildren(QLabel) if w.text()]
    for button in widget.findChildren(QAbstractButton):
        texts += [t for t in (button.text(), button.toolTip()) if t]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [plain(a.text()) for a in child.actions() if a.text()]
    for view in widget.findChildren(QTreeView):
        model = view.model()
        texts += [str(model.headerData(c, view.header().orientation())) for c in range(4)]
    return texts


def tour(qtbot, folder: Path) -> None:
    """Build every Qt widget whose own strings the app shows."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    box = QMessageBox(QMessageBox.Icon.Warning, "Solieu", "?")
    box.setDetailedText("chi tiết")
    box.addButton(QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        file_dialog(qtbot, folder, mode).close()
    stack = QUndoStack()
    undo, redo = stack.createUndoAction(None), stack.createRedoAction(None)
    stack.push(QUndoCommand("Xác nhận số liệu"))
    stack.undo()
    view = QUndoView(stack)
    qtbot.addWidget(view)
    view.show()
    view.model().data(view.model().index(0, 0))
    for editor in (QLineEdit("Hà Nội"), QPlainTextEdit("Hà Nội")):
        qtbot.addWidget(editor)
        editor.createStandardContextMenu()
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml("<p><a href='https://baochinhphu.vn'>baochinhphu.vn baochinhphu.vn</a></p>")
    browser.resize(300, 100)
    browser.show()
    browser.createStandardContextMenu(QPoint(20, 10))
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    progress.show()
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for name in ("Duyệt", "Đối chiếu"):
        tabs.addTab(QWidget(), name)
    tabs.show()
    bar = QScrollBar()
    qtbot.addWidget(bar)
    bar.resize(20, 200)
    bar.show()
    closer = QTimer()
    closer.timeout.connect(close_popups)
    closer.start(20)  # the scroll bar's menu runs its own loop: close it
    at = QPoint(5, 50)
    QApplication.sendEvent(bar, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, at))
    closer.stop()
    QApplication.processEvents()
    del undo, redo


def not_text(context: str, source: str) -> bool:
    """Lookups that are no words: key names and key sequences, a percent pattern."""
    return (
        context == "QShortcut"
        or not re.search(r"[A-Za-z]{2}", source)
        or re.fullmatch(r"(Ctrl|Alt|Shift|Meta)\+\w+", source) is not None
    )


def test_the_catalogue_has_every_string_qt_asks_for_and_no_context_qt_does_not_use(
    vietnamese, qtbot, tmp_path
):
    recorder = Recorder(vietnamese)
    vietnamese.installTranslator(recorder)
    try:
        tour(qtbot, tmp_path)
    finally:
        vietnamese.removeTranslator(recorder)
    asked = {(c, s) for c, s, _ in recorder.asked}
    wanted = {(c, s) for c, s in asked if not not_text(c, s) and c.startswith("Q")}
    assert wanted - set(CATALOGUE) == set()
    assert len(wanted) >= 70
    contexts = {c for c, _ in CATALOGUE}
    assert contexts - {c for c, _ in asked} == set(), "a context Qt never asked for"
    # a disambiguated lookup ("Folder", "All other platforms") carries the same comment
    assert {(c, s, d) for c, s, d in recorder.asked if (c, s) in COMMENTS and d} <= {
        (c, s, d) for (c, s), d in COMMENTS.items()
    }


def qt_libraries() -> list[Path]:
    folders = {
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)),
        Path(PySide6.__file__).parent,  # where the Qt DLLs sit on Windows
    }
    found = []
    for module in ("Core", "Gui", "Widgets"):
        hits = [
            p
            for folder in folders
            for pattern in (f"*Qt6{module}.*", f"*Qt6{module}.so*", f"Qt{module}.framework/Qt*")
            for p in folder.glob(pattern)
            if p.is_file()
        ]
        assert hits, f"Qt6{module} not found in {folders}"
        found.append(hits[0])
    return found


def test_every_source_and_comment_is_a_string_of_this_qt():
    """Each message's source (and disambiguation) is a literal in Qt's libraries."""
    data = b"".join(p.read_bytes() for p in qt_libraries())
    root = i18n_update.read(QT_TS)
    missing = []
    for context, m in i18n_update.messages(root):
        for text in (context, m.findtext("source"), m.findtext("comment")):
            if text and text.encode() + b"\0" not in data:
                missing.append((context, text))
    assert missing == []


def test_standard_buttons_are_vietnamese(vietnamese, qtbot):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    texts = sorted(b.text() for b in box.buttons())
    assert texts == sorted(CATALOGUE[("QPlatformTheme", s)] for s in ("OK", "Cancel", "Close"))
    assert texts == ["Huỷ", "Đóng", "Đồng ý"]
    message = QMessageBox(QMessageBox.Icon.Question, "Solieu", "Xoá?")
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    message.setDetailedText("chi tiết")
    qtbot.addWidget(message)
    message.show()
    shown = {b.text() for b in message.findChildren(QPushButton) if b.isVisible()}
    assert shown == {"&Có", "&Không", "Xem chi tiết..."}


@pytest.mark.parametrize("mode", ["open", "save"])
def test_the_file_dialog_is_vietnamese(vietnamese, qtbot, tmp_path, mode):
    accept = {"open": QFileDialog.AcceptMode.AcceptOpen, "save": QFileDialog.AcceptMode.AcceptSave}
    dialog = file_dialog(qtbot, tmp_path, accept[mode])
    texts = visible_texts(dialog)
    assert len(set(texts)) >= 15
    assert [t for t in texts if t in ENGLISH] == []
    for expected in ("&Tìm trong:", "Tê&n tệp:", "&Loại tệp:", "Tên", "Kích thước", "Ngày sửa"):
        assert expected in texts
    assert ("&Mở" if mode == "open" else "&Lưu") in texts and "Huỷ" in texts


def test_undo_texts_are_vietnamese(vietnamese, qtbot):
    stack = QUndoStack()
    undo, redo = stack.createUndoAction(None), stack.createRedoAction(None)
    assert (undo.text(), redo.text()) == ("Hoàn tác", "Làm lại")
    stack.push(QUndoCommand("Chấp nhận nhóm"))
    assert undo.text() == "Hoàn tác Chấp nhận nhóm"
    stack.undo()
    assert redo.text() == "Làm lại Chấp nhận nhóm"
    view = QUndoView(stack)
    qtbot.addWidget(view)
    assert view.model().data(view.model().index(0, 0)) == "<trống>"


def test_text_context_menus_are_vietnamese(vietnamese, qtbot):
    line = QLineEdit("Quảng Ninh")
    qtbot.addWidget(line)
    entries = [plain(a.text()) for a in line.createStandardContextMenu().actions() if a.text()]
    assert entries == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xoá", "Chọn tất cả"]
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml("<p><a href='https://vnexpress.net'>vnexpress.net vnexpress.net</a></p>")
    browser.resize(300, 100)
    browser.show()
    assert browser.anchorAt(QPoint(20, 10))
    menu = browser.createStandardContextMenu(QPoint(20, 10))
    entries = [plain(a.text()) for a in menu.actions() if a.text()]
    assert entries == ["&Sao chép", "Sao chép địa chỉ &liên kết", "Chọn tất cả"]


def test_progress_dialog_and_key_names_are_vietnamese(vietnamese, qtbot):
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    assert [b.text() for b in progress.findChildren(QPushButton)] == ["Huỷ"]
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Space").toString(native) == "Phím cách"
    assert QKeySequence("Ctrl+Shift+Left").toString(native) == "Ctrl+Shift+←"
    assert QKeySequence("Ctrl+PgDown").toString(native) == "Ctrl+PgDown"


def test_english_is_back_after_switching(qapp, qtbot):
    i18n.install(qapp, "vi")
    i18n.install(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["Cancel"]
