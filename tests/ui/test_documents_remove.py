"""Removing a document from the document list's context menu, by keyboard, and undoing it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from solieu.store import Project


def _texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _open_menu(qtbot, win):
    view = win.documents_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    menu = win.review.menus["documents"].menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    return menu


def _choose(qtbot, menu, text: str) -> None:
    for _ in range(len(menu.actions()) + 1):
        active = menu.activeAction()
        if active is not None and active.text().replace("&", "") == text:
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in {_texts(menu)}")


def _names(win) -> list[str]:
    model = win.documents_model
    return [model.summary(r).name for r in range(model.rowCount())]


def _refocus(qtbot, win) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)


def test_remove_a_document_by_keyboard_then_undo_brings_it_back(
    qtbot, qtmodeltester, window, project_path, monkeypatch
):
    win = window
    asked = []

    def yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    win.select_document_row(1)
    victim = win.documents_model.summary(1)
    after = win.documents_model.summary(2)
    before = _names(win)
    menu = _open_menu(qtbot, win)
    assert "Remove document" in _texts(menu)
    assert _texts(menu).index("Remove document") > _texts(menu).index("Document properties…")
    _choose(qtbot, menu, "Remove document")

    assert len(asked) == 1 and victim.name in asked[0]
    qtbot.waitUntil(lambda: victim.name not in _names(win), timeout=5000)
    assert _names(win) == [n for n in before if n != victim.name]
    qtmodeltester.check(win.documents_model)
    assert win.doc_id == after.id  # its neighbour took its place, and the article follows
    assert all(f.document_id != victim.id for f in win.project.figures())
    with Project.open(project_path, read_only=True) as stored:
        assert victim.id not in {d.id for d in stored.documents()}

    _refocus(qtbot, win)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(win) == before, timeout=5000)
    qtbot.waitUntil(lambda: win.doc_id == victim.id, timeout=5000)
    assert win.documents_view.currentIndex().row() == 1
    qtmodeltester.check(win.documents_model)
    with Project.open(project_path, read_only=True) as stored:
        assert victim.id in {d.id for d in stored.documents()}


def test_answering_no_keeps_the_document(qtbot, window, monkeypatch):
    win = window
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = _names(win)
    count = win.edits.stack.count()
    _choose(qtbot, _open_menu(qtbot, win), "Remove document")
    assert _names(win) == before
    assert win.edits.stack.count() == count
    assert "remove_document" not in {e.action for e in win.project.review_log()}


def test_importing_a_removed_document_again_restores_it_and_says_so(
    qtbot, window, project_path, monkeypatch
):
    from pathlib import Path

    from solieu.store.edits import RemoveDocument

    win = window
    doc = win.project.documents()[1]
    win.edits.push(RemoveDocument(doc.id), "remove")
    assert doc.name not in _names(win)
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    monkeypatch.setattr(win.imports, "show_report", lambda: None)  # opened below, by hand
    task = win.imports.import_paths([str(seeds / doc.name)])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert doc.name in _names(win)
    from solieu.ui.dialogs.import_report import ImportReportDialog

    report, files = win.imports.last_import
    dialog = ImportReportDialog(report, files, win)
    qtbot.addWidget(dialog)
    (row,) = [i for i, f in enumerate(dialog.files) if f.name == doc.name]
    assert dialog.items[row].text(1).startswith("Restored (it had been removed)")
