"""Remembered state, the first run, and undo that shows what it changed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from solieu.model import Status


def test_reopening_returns_to_the_document_figure_page_and_scroll(qtbot, open_window, project_path):
    win = open_window(project_path)
    qtbot.keyClick(win.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    doc = win.doc_id
    for _ in range(3):
        qtbot.keyClick(win.table, Qt.Key.Key_Down)
    figure = win.figure_id
    win.article.verticalScrollBar().setValue(120)
    top = win.article.cursorForPosition(QPoint(0, 0)).position()
    assert top > 0
    qtbot.keyClick(win.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "reconcile"
    win.close()

    again = open_window(project_path)
    assert (again.doc_id, again.figure_id) == (doc, figure)
    assert again.current_page() == "reconcile"
    assert again.figures_model.record(again.table.currentIndex().row()).id == figure
    # the article scrolls back once its page is shown and laid out
    qtbot.keyClick(again.reconcile_view.groups, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)

    def top_line_shows_it() -> bool:  # the same text in view, whatever the wrapping
        cursor = QTextCursor(again.article.document())
        cursor.setPosition(top)
        y = again.article.cursorRect(cursor).top()
        return 0 <= y < again.article.viewport().height() // 2

    qtbot.waitUntil(top_line_shows_it)


def test_a_project_never_opened_starts_at_its_first_document(qtbot, open_window, project_path):
    win = open_window(project_path)
    first = win.project.documents()[0]
    assert win.doc_id == first.id and win.current_page() == "review"


def test_the_welcome_shows_once_and_the_key_hints_can_be_hidden(qtbot, open_window, project_path):
    win = open_window(project_path)
    assert win.welcome.isVisible()  # first start: what the demo is, how to import a folder
    assert "Import" in win.welcome.import_button.text()
    assert win.review_page.hint.isVisible() and "Space" in win.review_page.hint.text()
    qtbot.mouseClick(win.welcome.close_button, Qt.MouseButton.LeftButton)
    assert not win.welcome.isVisible()
    win.actions_by_name["show_hint"].trigger()  # View ▸ Key hints off
    assert not win.review_page.hint.isVisible() and not win.reconcile_view.hint.isVisible()
    win.close()
    again = open_window(project_path)
    assert not again.welcome.isVisible() and not again.review_page.hint.isVisible()


def test_undo_shows_the_page_and_what_it_changed(qtbot, window):
    first = window.figures_model.record(0).id
    qtbot.keyClick(window.table, Qt.Key.Key_Space)  # confirm on the Review page
    qtbot.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.reconcile_view
    qtbot.waitUntil(lambda: window.reconcile._task is None and view.groups.hasFocus())
    qtbot.keyClick(view.groups, Qt.Key.Key_Space)  # accept a group on the Reconcile page
    assert len(window.project.statistics()) == 1
    qtbot.keyClick(view.groups, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.statistics() == {}  # the acceptance, undone where it was made
    assert "Undone" in window.statusBar().currentMessage()
    assert window.current_page() == "reconcile"
    qtbot.waitUntil(view.groups.hasFocus)
    qtbot.keyClick(view.groups, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # the confirmation was made on the Review page: the window goes there and selects it
    qtbot.waitUntil(lambda: window.current_page() == "review")
    assert window.project.figure(first).status == Status.PENDING
    qtbot.waitUntil(lambda: window.figure_id == first)
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone") and "Confirm" in message
    assert QApplication.focusWidget() is window.table


def test_view_article_order_undoes_a_sort(qtbot, window):
    from solieu.ui.models.figures_model import FIELDS

    model = window.figures_model
    natural = [model.record(r).id for r in range(model.rowCount())]
    window.table.sortByColumn(FIELDS.index("value"), Qt.SortOrder.DescendingOrder)
    assert [model.record(r).id for r in range(model.rowCount())] != natural
    window.actions_by_name["article_order"].trigger()
    assert [model.record(r).id for r in range(model.rowCount())] == natural
    assert window.table.hasFocus()
