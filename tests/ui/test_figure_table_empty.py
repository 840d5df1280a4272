"""An empty figure table says why: the filters hide N figures (with the way out, by
keyboard too), or the document has none (and how to add one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.model import Status
from solieu.store import DeleteFigure, SetStatus


def cleared_by(window) -> list[int]:
    """Count the table's clear requests, and do what the window does with them."""
    asked: list[int] = []
    window.table.clearFilterRequested.connect(lambda: asked.append(1))
    window.table.clearFilterRequested.connect(window.clear_filters)
    return asked


def test_a_filter_hiding_every_row_says_how_many_and_clears_by_keyboard(qtbot, window, type_text):
    asked = cleared_by(window)
    total = window.figures_model.rowCount()
    assert total > 1 and window.table.notice_text() is None
    window.focus_filter()
    type_text(window.text_filter, "zzqx không có")
    QApplication.processEvents()
    model = window.figures_model
    assert model.rowCount() == 0 and model.hidden_count() == total
    assert window.table.notice_text() == f"{total} figures hidden by the filter"
    assert window.table.notice.button.isVisible()

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)  # the way out is reachable by Tab
    assert window.table.notice.button.hasFocus()
    qtbot.keyClick(window.table.notice.button, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert asked == [1]
    assert window.text_filter.text() == "" and model.rowCount() == total
    assert window.table.notice_text() is None


def test_enter_in_the_empty_filtered_table_clears_the_filter(qtbot, window):
    asked = cleared_by(window)
    confirmed = window.status_filter.findData(Status.CONFIRMED.value)
    window.status_filter.setCurrentIndex(confirmed)  # nothing is confirmed yet
    QApplication.processEvents()
    model = window.figures_model
    total = len(window.project.figures(document_id=window.doc_id))
    assert model.rowCount() == 0 and model.hidden_count() == total
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert asked == [1]
    assert window.status_filter.currentIndex() == 0 and model.rowCount() == total


def test_the_hidden_count_follows_the_status_filter(qtbot, window):
    model = window.figures_model
    first = model.record(0)
    window.project.apply(SetStatus((first.id,), Status.CONFIRMED, (first.status,)))
    QApplication.processEvents()
    total = len(window.project.figures(document_id=window.doc_id))
    window.status_filter.setCurrentIndex(window.status_filter.findData(Status.CONFIRMED.value))
    assert model.rowCount() == 1 and model.hidden_count() == total - 1
    assert window.table.notice_text() is None  # a row is shown: nothing to explain
    window.all_docs.setChecked(True)
    every = window.project.figures()
    assert model.rowCount() == 1 and model.hidden_count() == len(every) - 1
    assert model.scope_count() == len(every)


def test_a_document_without_figures_says_how_to_add_one(qtbot, window):
    for figure in window.project.figures(document_id=window.doc_id):
        window.project.apply(DeleteFigure(figure.id))
    QApplication.processEvents()
    assert window.figures_model.rowCount() == 0
    assert window.figures_model.hidden_count() == 0
    text = window.table.notice_text()
    assert text is not None and text.startswith("No figures in this document")
    assert "press A" in text
    assert not window.table.notice.button.isVisible()


def test_model_passes_the_model_tester_with_every_row_hidden(qtmodeltester, window):
    window.all_docs.setChecked(True)
    window.text_filter.setText("zzqx không có")
    model = window.figures_model
    assert model.rowCount() == 0 and model.hidden_count() == len(window.project.figures())
    qtmodeltester.check(model)
