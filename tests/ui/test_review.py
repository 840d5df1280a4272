"""A keyboard-only review of a seed article, each decision checked in the reopened file."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from solieu.model import Origin, Status
from solieu.store import DeleteFigure, Project
from solieu.ui.models.figures_model import FIELDS

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def stored(path):
    """The figures as the file holds them (a second, read-only connection)."""
    with Project.open(path, read_only=True) as project:
        return {f.id: f for f in project.figures()}


def commit(qtbot, editor) -> None:
    """Enter in a cell editor; the delegate commits on the next event loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def current_record(win):
    return win.figures_model.record(win.table.currentIndex().row())


def select_with_keys(qtbot, win, start: int, end: int) -> None:
    """Put the caret at `start` in the article and extend it with Shift+→, as a reviewer would."""
    win.article.setFocus()
    cursor = win.article.textCursor()
    cursor.setPosition(win.article.to_qt(start))
    win.article.setTextCursor(cursor)
    for _ in range(end - start):
        qtbot.keyClick(win.article, Qt.Key.Key_Right, SHIFT)
    assert win.article.selection() == (start, end)


def test_keyboard_review_end_to_end(qtbot, project_path, type_text, open_window):
    # one figure the extractor "missed": removed before the window opens
    with Project.open(project_path) as project:
        doc = project.documents()[0]
        missed = project.figures(document_id=doc.id)[-1]
        project.apply(DeleteFigure(missed.id))

    win = open_window(project_path)
    table = win.table
    assert win.doc_id == doc.id
    first, second, third = (win.figures_model.record(r) for r in range(3))
    assert current_record(win).id == first.id

    qtbot.keyClick(table, Qt.Key.Key_Space)  # confirm, next
    assert current_record(win).id == second.id
    qtbot.keyClick(table, Qt.Key.Key_X)  # reject, next
    assert current_record(win).id == third.id
    qtbot.keyClick(table, Qt.Key.Key_K)  # back up, then down again with J
    assert current_record(win).id == second.id
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert win.article.current() == third.id

    # F2 on the value cell, type the Vietnamese way, Enter
    assert table.currentIndex().column() == FIELDS.index("value")
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    type_text(editor, "76,5 triệu")
    commit(qtbot, editor)
    assert win.figures_model.record(2).value == Decimal("76500000")

    figures = stored(project_path)
    assert figures[first.id].status == Status.CONFIRMED
    assert figures[second.id].status == Status.REJECTED
    assert figures[third.id].value == Decimal("76500000")
    assert missed.id not in figures

    # add the missed figure from a keyboard selection in the article
    select_with_keys(qtbot, win, missed.start, missed.end)
    qtbot.keyClick(win.article, Qt.Key.Key_A)
    added = [f for f in stored(project_path).values() if f.origin == Origin.MANUAL]
    assert len(added) == 1
    new = added[0]
    assert (new.start, new.end, new.value) == (missed.start, missed.end, missed.value)
    assert current_record(win).id == new.id

    # undo the add, redo it (same id), undo the value edit
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert new.id not in stored(project_path)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert new.id in stored(project_path)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert stored(project_path)[third.id].value == third.value
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(project_path)[third.id].value == Decimal("76500000")
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert new.id in stored(project_path)
    win.close()

    # reopening the project shows every decision
    win2 = open_window(project_path)
    model = win2.figures_model
    by_id = {model.record(r).id: model.record(r) for r in range(model.rowCount())}
    assert by_id[first.id].status == Status.CONFIRMED
    assert by_id[second.id].status == Status.REJECTED
    assert by_id[third.id].value == Decimal("76500000")
    assert by_id[new.id].origin == Origin.MANUAL


def test_value_edits_of_one_cell_merge_into_one_undo_step(qtbot, window):
    table = window.table
    record = current_record(window)
    for text in ("1", "2", "3"):
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.clear()
        qtbot.keyClicks(editor, text)
        commit(qtbot, editor)
    assert window.edits.stack.count() == 1
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert window.project.figure(record.id).value == record.value


def test_bulk_confirm_and_next_pending_across_documents(qtbot, window):
    table = window.table
    n = window.figures_model.rowCount()
    table.selectAll()
    qtbot.keyClick(table, Qt.Key.Key_Return, CTRL)
    assert window.project.figures(document_id=window.doc_id, status=Status.PENDING) == []
    first_doc = window.doc_id
    qtbot.keyClick(table, Qt.Key.Key_N)
    assert window.doc_id != first_doc
    assert current_record(window).status == Status.PENDING
    # undo survives switching documents: the bulk confirm comes back in the first one
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert len(window.project.figures(document_id=first_doc, status=Status.PENDING)) == n


def test_value_editor_refuses_what_is_not_a_number(qtbot, window, monkeypatch, type_text):
    problems = []
    monkeypatch.setattr(window, "show_problem", problems.append)
    record = current_record(window)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter edits too
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    type_text(editor, "nhiều")
    commit(qtbot, editor)
    assert problems == []  # no message box: the cell says it, with examples
    assert "nhiều" in editor.note.text() and editor.note.isVisible()
    assert window.project.figure(record.id).value == record.value


def test_sorting_by_a_column_and_back_to_document_order(qtbot, window):
    model = window.figures_model
    natural = [model.record(r).id for r in range(model.rowCount())]
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1 or not header.isSortIndicatorShown()
    window.table.sortByColumn(FIELDS.index("value"), Qt.SortOrder.AscendingOrder)
    values = [model.record(r).value for r in range(model.rowCount())]
    assert values == sorted(values)
    window.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert [model.record(r).id for r in range(model.rowCount())] == natural


def test_selecting_an_existing_figure_and_pressing_a_selects_it_instead(
    qtbot, window, project_path
):
    win = window
    before = stored(project_path)
    target = win.figures_model.record(2)
    win.table.setFocus()
    select_with_keys(qtbot, win, target.start, target.end)
    qtbot.keyClick(win.article, Qt.Key.Key_A)
    assert stored(project_path).keys() == before.keys()  # nothing added
    assert current_record(win).id == target.id
    assert "already a figure" in win.statusBar().currentMessage()
