"""What, where and when in the window: periods and places as a reviewer types them,
document properties by keyboard, and a place inherited from the document shown as such."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from solieu.store import SetField
from solieu.ui.models.figures_model import FIELDS
from solieu.ui.views.figure_editors import CellEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def _edit_cell(qtbot, window, field: str, text: str, type_text) -> None:
    table = window.table
    row = table.currentIndex().row()
    table.setCurrentIndex(window.figures_model.index(row, FIELDS.index(field)))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _current(window):
    return window.figures_model.record(window.table.currentIndex().row())


def test_a_typed_period_is_stored_as_iso(qtbot, window, type_text):
    record = _current(window)
    _edit_cell(qtbot, window, "period", "quý 3/2025", type_text)
    assert window.project.figure(record.id).period == "2025-07/2025-09"
    _edit_cell(qtbot, window, "period", "6 tháng đầu 2025", type_text)
    assert window.project.figure(record.id).period == "2025-01/2025-06"
    _edit_cell(qtbot, window, "period", "2025-H2", type_text)
    assert window.project.figure(record.id).period == "2025-07/2025-12"


def test_a_period_that_cannot_be_read_is_refused_inline_with_examples(
    qtbot, window, monkeypatch, type_text
):
    monkeypatch.setattr(window, "show_problem", lambda message: None)  # not asserted
    record = _current(window)
    _edit_cell(qtbot, window, "period", "hồi đó", type_text)
    editor = QApplication.focusWidget()
    assert isinstance(editor, CellEditor)  # still open, with the text
    assert editor.text() == "hồi đó"
    assert editor.note.isVisible()
    assert "hồi đó" in editor.note.text() and "quý 3/2025" in editor.note.text()
    assert window.project.figure(record.id).period == record.period
    editor.clear()
    type_text(editor, "quý 3/2025")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.project.figure(record.id).period == "2025-07/2025-09"


def test_a_typed_place_is_stored_by_its_canonical_name(qtbot, window, type_text):
    record = _current(window)
    _edit_cell(qtbot, window, "place", "TP.HCM", type_text)
    assert window.project.figure(record.id).place == "Hồ Chí Minh"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    assert window.project.figure(record.id).place == record.place


def test_document_properties_by_keyboard_are_one_undo_step(qtbot, window, type_text):
    doc_id = window.doc_id
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    dialog = window.imports.properties_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.edits["outlet"], "Báo Nghệ An")
    dialog.edits["published"].setFocus()
    type_text(dialog.edits["published"], "2025-07-14")
    place = dialog.edits["place"]
    place.clear()
    type_text(place, "tp hồ chí minh")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    QApplication.processEvents()
    doc = window.project.document(doc_id)
    assert (doc.outlet, doc.published, doc.place) == ("Báo Nghệ An", "2025-07-14", "Hồ Chí Minh")
    assert window.edits.stack.count() == 1  # the three properties are one step
    window.activateWindow()  # the offscreen platform does not hand activation back itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    doc = window.project.document(doc_id)
    assert (doc.outlet, doc.published) == (None, None)


def test_a_figure_with_no_place_shows_its_documents_as_inherited(qtbot, window):
    record = _current(window)
    window.project.apply(SetField(record.id, "place", record.place, None))
    QApplication.processEvents()
    model = window.figures_model
    row = window.table.currentIndex().row()
    index = model.index(row, FIELDS.index("place"))
    doc_place = window.project.document(window.doc_id).place
    assert doc_place and model.data(index) == doc_place
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "document" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.EditRole) == ""
