"""A value or a period that does not parse is said at the cell, with examples: the
editor stays open with the text, Esc gives up, fixing it and Enter saves."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.ui.models.figures_model import FIELDS
from solieu.ui.views.figure_editors import CellEditor


@pytest.fixture
def boxes(window, monkeypatch):
    """What the window would show in a message box (the lead drops that wiring)."""
    said: list[str] = []
    monkeypatch.setattr(window, "show_problem", said.append)
    return said


def open_editor(qtbot, window, field: str, text: str, type_text) -> CellEditor:
    table = window.table
    row = table.currentIndex().row()
    table.setCurrentIndex(window.figures_model.index(row, FIELDS.index(field)))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, CellEditor)
    editor.clear()
    type_text(editor, text)
    return editor


def current(window):
    return window.figures_model.record(window.table.currentIndex().row())


def test_a_value_that_is_not_a_number_is_shown_at_the_cell(qtbot, window, boxes, type_text):
    record = current(window)
    editor = open_editor(qtbot, window, "value", "12,3,4", type_text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert QApplication.focusWidget() is editor and editor.isVisible()
    assert editor.text() == "12,3,4"
    note = editor.note
    assert note.isVisible()
    assert note.text() == (
        "Not a number: “12,3,4”. Examples: 1.800 · 3,5 · 2 tỷ 500 triệu · 76,2 triệu"
    )
    assert "cf222e" in editor.styleSheet()  # the red frame
    assert editor.toolTip() == note.text()
    assert note.geometry().top() >= editor.geometry().bottom()  # under the cell
    assert window.project.figure(record.id).value == record.value

    editor.clear()  # fixing it: the note goes as soon as the text reads
    type_text(editor, "12,3")
    assert not note.isVisible() and editor.styleSheet() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert not editor.isVisible()
    assert window.project.figure(record.id).value == Decimal("12.3")


def test_escape_gives_up_a_refused_value(qtbot, window, boxes, type_text):
    record = current(window)
    editor = open_editor(qtbot, window, "value", "nhiều", type_text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.note.isVisible() and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not editor.isVisible()
    assert window.table.hasFocus()
    assert window.project.figure(record.id).value == record.value
    assert window.edits.stack.count() == 0


def test_tab_does_not_leave_a_refused_value_either(qtbot, window, boxes, type_text):
    editor = open_editor(qtbot, window, "value", "abc", type_text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor and editor.note.isVisible()


def test_each_refusal_is_still_emitted_once(qtbot, window, boxes, type_text):
    said = []
    window.table.value_delegate.invalid.connect(said.append)
    editor = open_editor(qtbot, window, "value", "abc", type_text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the same text again: said once
    window.table.setFocus()  # focus leaves: the editor closes, nothing is saved
    QApplication.processEvents()
    assert said == [editor_text_message("abc")]
    assert window.edits.stack.count() == 0


def editor_text_message(text: str) -> str:
    return f"Not a number: “{text}”. Examples: 1.800 · 3,5 · 2 tỷ 500 triệu · 76,2 triệu"


def test_an_empty_period_clears_it_and_is_no_error(qtbot, window, boxes, type_text):
    model = window.figures_model
    row = next(r for r in range(model.rowCount()) if model.record(r).period)
    window.select_row(row)
    record = current(window)
    editor = open_editor(qtbot, window, "period", "", type_text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert not editor.isVisible()
    assert window.project.figure(record.id).period is None
