"""Context menus of the Review page, opened and driven from the keyboard (Menu, Shift+F10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from solieu.model import Origin, Status
from solieu.store import Project
from solieu.ui.models.figures_model import FIELDS

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def review(window):
    from test_keyboard_review import wire  # the same wiring the report asks of the window

    wire(window)
    return window


def texts(menu) -> list[str]:
    return [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]


def open_menu(qtbot, win, pane: str, widget, key=Qt.Key.Key_Menu, modifiers=None):
    """The Menu key (or Shift+F10) on `widget`: the pane's menu opens at its current item."""
    if modifiers is None:
        qtbot.keyClick(widget, key)
    else:
        qtbot.keyClick(widget, key, modifiers)
    menu = win.review.menus[pane].menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    return menu


def choose(qtbot, menu, text: str) -> None:
    """↓ until `text` is the active entry, then Enter, as a reviewer does."""
    for _ in range(len(menu.actions()) + 1):
        active = menu.activeAction()
        if active is not None and active.text().split("\t")[0].replace("&", "") == text:
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            if active.menu() is None:  # an entry, not a submenu: the menu closes
                qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in {texts(menu)}")


def stored(path):
    with Project.open(path, read_only=True) as project:
        return {f.id: f for f in project.figures()}


# --- the figure table ----------------------------------------------------------------------


def test_table_menu_copies_the_value(qtbot, review):
    win = review
    win.select_row(2)
    menu = open_menu(qtbot, win, "table", win.table)
    names = texts(menu)
    for name in ("Confirm and next", "Reject and next", "Edit cell", "Copy value",
                 "Show in the article", "Filter to this measure"):  # fmt: skip
        assert name in names
    choose(qtbot, menu, "Copy value")
    shown = win.figures_model.index(2, FIELDS.index("value")).data()
    assert shown and QGuiApplication.clipboard().text() == shown


def test_table_menu_from_shift_f10_confirms_the_current_figure(qtbot, review, project_path):
    win = review
    record = win.figures_model.record(1)
    win.select_row(1)
    menu = open_menu(qtbot, win, "table", win.table, Qt.Key.Key_F10, SHIFT)
    choose(qtbot, menu, "Confirm and next")
    assert stored(project_path)[record.id].status == Status.CONFIRMED
    assert win.table.currentIndex().row() == 2


def test_table_menu_filters_to_the_measure(qtbot, review):
    win = review
    row = next(
        r for r in range(win.figures_model.rowCount()) if win.figures_model.record(r).measure
    )
    record = win.figures_model.record(row)
    before = win.figures_model.rowCount()
    win.select_row(row)
    choose(qtbot, open_menu(qtbot, win, "table", win.table), "Filter to this measure")
    assert win.text_filter.text() == record.measure
    model = win.figures_model
    assert model.row_of(record.id) >= 0  # the figure is among those shown
    assert model.rowCount() < before or before == 1


def test_table_menu_shows_the_figure_in_the_article(qtbot, review):
    win, article = review, review.article
    last = win.figures_model.rowCount() - 1
    record = win.figures_model.record(last)
    win.select_row(last)
    article.verticalScrollBar().setValue(0)
    choose(qtbot, open_menu(qtbot, win, "table", win.table), "Show in the article")
    assert article.flashing() == record.id
    cursor = article.textCursor()
    cursor.setPosition(article.to_qt(record.start))
    assert article.viewport().rect().intersects(article.cursorRect(cursor))
    qtbot.waitUntil(lambda: article.flashing() is None, timeout=3000)


def test_a_right_click_on_another_row_makes_it_current_first(qtbot, review):
    win, table = review, review.table
    win.select_row(0)
    rect = table.visualRect(win.figures_model.index(3, FIELDS.index("value")))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    menu = win.review.menus["table"].menu
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert table.currentIndex().row() == 3
    menu.close()


# --- the document list ----------------------------------------------------------------------


def test_document_menu_reads_the_file_again_with_another_encoding(qtbot, review):
    win = review
    view = win.documents_view
    view.setFocus()
    doc_id = win.doc_id
    assert win.project.document(doc_id).encoding == "utf-8"
    menu = open_menu(qtbot, win, "documents", view)
    assert texts(menu)[0] == "Document properties…"
    choose(qtbot, menu, "Read again as")
    sub = menu.activeAction().menu()
    qtbot.waitUntil(sub.isVisible, timeout=2000)
    labels = texts(sub)
    assert len(labels) == 4 and "Windows-1258" in labels
    checked = [a for a in sub.actions() if a.isChecked()]
    assert len(checked) == 1 and not checked[0].isEnabled()  # how it is read now
    qtbot.keyClick(sub, Qt.Key.Key_Down)
    while sub.activeAction().text().replace("&", "") != "Windows-1258":
        qtbot.keyClick(sub, Qt.Key.Key_Down)
    qtbot.keyClick(sub, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.project.document(doc_id).encoding == "cp1258", timeout=20000)


def test_document_menu_opens_the_properties(qtbot, review, monkeypatch):
    win = review
    opened = []
    action = win.actions_by_name["document_properties"]
    action.triggered.disconnect()
    action.triggered.connect(lambda: opened.append(win.doc_id))
    win.documents_view.setFocus()
    win.select_document_row(1)
    choose(qtbot, open_menu(qtbot, win, "documents", win.documents_view), "Document properties…")
    assert opened == [win.documents_model.summary(1).id]


# --- the article -------------------------------------------------------------------------


def test_article_menu_adds_the_selection(qtbot, review, project_path):
    win, article = review, review.article
    target = win.project.figures(document_id=win.doc_id)[2]
    win.review.focus_article()
    menu = open_menu(qtbot, win, "article", article)
    add = next(a for a in menu.actions() if a.text().startswith("&Add"))
    assert not add.isEnabled()  # nothing selected yet
    assert add.text().endswith("\t" + QKeySequence("A").toString())
    menu.close()
    # the figure is already there: delete it, then select it again and add it from the menu
    win.select_figure(target.id)
    win.review.return_to_table()  # Del in the article never deletes a figure
    qtbot.waitUntil(win.table.hasFocus)
    qtbot.keyClick(win.table, Qt.Key.Key_Delete)
    assert target.id not in stored(project_path)
    cursor = article.textCursor()
    cursor.setPosition(article.to_qt(target.start))
    cursor.setPosition(article.to_qt(target.end), cursor.MoveMode.KeepAnchor)
    article.setTextCursor(cursor)
    article.setFocus()
    menu = open_menu(qtbot, win, "article", article, Qt.Key.Key_F10, SHIFT)
    assert texts(menu)[:2] == ["Add the selection as a figure", "Copy"]
    choose(qtbot, menu, "Add the selection as a figure")
    added = [f for f in stored(project_path).values() if f.origin == Origin.MANUAL]
    assert [(f.start, f.end) for f in added] == [(target.start, target.end)]
    assert QApplication.focusWidget() is win.table


def test_menu_key_twice_opens_one_menu(qtbot, review):
    win = review
    holder = win.review.menus["table"]
    first = open_menu(qtbot, win, "table", win.table)
    assert holder.open(QPoint(4, 4), True) is first  # the platform's second report of the key
    first.close()
