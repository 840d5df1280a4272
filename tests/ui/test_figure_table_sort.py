"""Sorting the figure table is a view of one page: a third click, the menu action,
another document and a restart all return to article order (the text's order)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from solieu.ui.models.figures_model import FIELDS

VALUE = FIELDS.index("value")


def ids(window) -> list[int]:
    model = window.figures_model
    return [model.record(r).id for r in range(model.rowCount())]


def values(window) -> list:
    model = window.figures_model
    return [model.record(r).value for r in range(model.rowCount())]


def click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    QApplication.processEvents()


def test_third_click_on_a_header_returns_to_article_order(qtbot, window):
    natural = ids(window)
    assert values(window) != sorted(values(window))  # the seed's first article is not sorted
    seen = []
    window.table.sortedChanged.connect(seen.append)
    header = window.table.horizontalHeader()

    click_header(qtbot, window, VALUE)
    assert values(window) == sorted(values(window))
    assert header.sortIndicatorSection() == VALUE
    click_header(qtbot, window, VALUE)
    assert values(window) == sorted(values(window), reverse=True)
    click_header(qtbot, window, VALUE)
    assert ids(window) == natural
    assert header.sortIndicatorSection() == -1
    assert window.figures_model.sort_state() is None
    assert seen == [True, False]


def test_restore_article_order_keeps_the_current_figure(qtbot, window):
    natural = ids(window)
    window.table.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
    window.select_row(0)
    current = window.figures_model.record(window.table.currentIndex().row()).id
    assert window.table.is_sorted()
    window.table.restore_article_order()
    QApplication.processEvents()
    assert ids(window) == natural
    assert not window.table.is_sorted()
    assert window.table.horizontalHeader().sortIndicatorSection() == -1
    # the reviewer's figure is still the current one, now at its place in the text
    assert window.figures_model.record(window.table.currentIndex().row()).id == current


def test_another_document_opens_in_article_order(qtbot, window):
    first = window.doc_id
    window.table.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    window.select_document_row(1)
    QApplication.processEvents()
    assert window.doc_id != first
    assert window.figures_model.sort_state() is None
    assert window.table.horizontalHeader().sortIndicatorSection() == -1
    expected = [f.id for f in window.project.figures(document_id=window.doc_id)]
    assert ids(window) == expected
    assert not window.table.is_sorted()


def test_all_documents_is_another_page_and_opens_in_article_order(qtbot, window):
    window.table.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    window.all_docs.setChecked(True)
    QApplication.processEvents()
    assert window.figures_model.sort_state() is None
    assert ids(window) == [f.id for f in window.project.figures()]


def test_a_restart_keeps_the_column_widths_but_not_the_sort(qtbot, open_window, project_path):
    window = open_window(project_path)
    window.table.setColumnWidth(FIELDS.index("measure"), 233)
    window.table.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
    assert window.table.horizontalHeader().sortIndicatorSection() == VALUE
    window.close()
    again = open_window(project_path)
    header = again.table.horizontalHeader()
    assert header.sectionSize(FIELDS.index("measure")) == 233
    assert header.sortIndicatorSection() == -1
    assert again.figures_model.sort_state() is None
    expected = [f.id for f in again.project.figures(document_id=again.doc_id)]
    assert ids(again) == expected


def test_model_passes_the_model_tester_sorted(qtmodeltester, window):
    window.all_docs.setChecked(True)
    window.table.sortByColumn(FIELDS.index("measure"), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(window.figures_model)
    measures = [(m or "").casefold() for m in (r.measure for r in window.figures_model.records())]
    present = [m for m in measures if m]
    assert present == sorted(present)


def test_sorting_all_documents_reads_the_column_once(qtbot, window, monkeypatch):
    """QTableView.sortByColumn asks the model twice; the second time is free."""
    window.all_docs.setChecked(True)
    reads = []
    real = window.project.figure_columns
    monkeypatch.setattr(
        window.project,
        "figure_columns",
        lambda fields, **kw: reads.append(fields) or real(fields, **kw),
    )
    window.table.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
    assert reads == [["value"]]
    assert values(window) == sorted(values(window), reverse=True)
