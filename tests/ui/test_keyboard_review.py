"""The Review page from the keyboard: table ↔ article, multi-row decisions, reflow, F1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextFormat
from PySide6.QtWidgets import QApplication

from solieu.model import Origin, Status
from solieu.store import DeleteFigure, Project
from solieu.ui.review import REFLOW_KEY, reflow_setting
from solieu.ui.settings import Settings
from solieu.ui.shortcuts import BY_ACTION
from solieu.ui.shortcuts import tr as tr_shortcut
from solieu.ui.views.article_view import reflowed

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def wire(win) -> None:
    """What the window is asked to do for this part (see the report), unless it does it
    already: build the two actions, then `review.attach(reread)`."""
    r = win.review
    for name, text, slot, checkable in (
        ("focus_article", "Select text in the &article", r.focus_article, False),
        ("reflow_paragraphs", "Re&flow paragraphs", r.set_reflow, True),
    ):
        if name in win.actions_by_name:
            continue
        action = QAction(text, win)
        action.setObjectName(name)
        binding = BY_ACTION.get(name)
        if binding is not None:
            action.setShortcuts([QKeySequence(k) for k in binding.keys])
            action.setStatusTip(tr_shortcut(binding.text))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        win.addAction(action)
        win.actions_by_name[name] = action
    imports = getattr(win, "imports", None)
    reread = getattr(imports, "reread_document", None) or getattr(win, "reread_document", None)
    r.attach(reread)


@pytest.fixture
def review(window):
    wire(window)
    return window


def current_record(win):
    return win.figures_model.record(win.table.currentIndex().row())


def stored(path):
    with Project.open(path, read_only=True) as project:
        return {f.id: f for f in project.figures()}


def focused():
    return QApplication.focusWidget()


# --- 1. a click on a highlight ----------------------------------------------------------


def test_clicking_a_highlight_selects_it_and_gives_the_keyboard_back(qtbot, review):
    win, article = review, review.article
    bar = article.verticalScrollBar()
    bar.setValue(0)
    half = article.viewport().height() // 2
    target = None
    for row in range(
        win.figures_model.rowCount() - 1
    ):  # one in the lower half: centring would move it
        record = win.figures_model.record(row)
        cursor = article.textCursor()
        cursor.setPosition(article.to_qt(record.start + 1))
        rect = article.cursorRect(cursor)
        if half + 20 < rect.center().y() < article.viewport().height() - 10:
            target, point = (row, record), rect.center()
            break
    assert target is not None and bar.maximum() > 0
    row, record = target
    win.select_row(0)
    bar.setValue(0)
    article.setFocus()
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert current_record(win).id == record.id
    assert bar.value() == 0  # the text stayed under the pointer
    assert focused() is win.table
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # ↓ moves in the table, not in the text
    assert win.table.currentIndex().row() == row + 1


# --- 2. into the article and back, to add a missed figure --------------------------------


def test_a_missed_figure_is_added_with_the_keyboard_alone(qtbot, project_path, open_window):
    with Project.open(project_path) as project:
        doc = project.documents()[0]
        figures = project.figures(document_id=doc.id)
        # a figure with a unit, well inside the text: the one "missed"
        missed = next(f for f in figures[3:] if f.unit and f.text.split()[0][0].isdigit())
        before = max((f for f in figures if f.end <= missed.start), key=lambda f: f.start)
        project.apply(DeleteFigure(missed.id))
    win = open_window(project_path)
    wire(win)
    win.select_figure(before.id)
    table, article = win.table, win.article
    assert focused() is table

    qtbot.keyClick(table, Qt.Key.Key_J, CTRL)
    assert focused() is article
    assert article.textCursor().position() == article.to_qt(before.start)  # at the figure
    while article.from_qt(article.textCursor().position()) < missed.start:
        qtbot.keyClick(article, Qt.Key.Key_Right, CTRL)  # word by word to the number
    assert article.from_qt(article.textCursor().position()) == missed.start
    while (article.selection() or (0, 0))[1] < missed.end:
        qtbot.keyClick(article, Qt.Key.Key_Right, CTRL | SHIFT)  # select it and its unit
    qtbot.keyClick(article, Qt.Key.Key_A)

    added = [f for f in stored(project_path).values() if f.origin == Origin.MANUAL]
    assert [(f.start, f.end, f.value) for f in added] == [(missed.start, missed.end, missed.value)]
    assert current_record(win).id == added[0].id
    assert focused() is table


def test_esc_in_the_article_goes_back_to_the_table(qtbot, review):
    win = review
    record = current_record(win)
    qtbot.keyClick(win.table, Qt.Key.Key_J, CTRL)
    assert focused() is win.article
    qtbot.keyClick(win.article, Qt.Key.Key_Right, SHIFT)
    assert win.article.selection() is not None
    qtbot.keyClick(win.article, Qt.Key.Key_Escape)
    assert focused() is win.table
    assert win.article.selection() is None  # nothing left for A to add by mistake
    assert current_record(win).id == record.id
    qtbot.keyClick(win.table, Qt.Key.Key_J, CTRL)  # Ctrl+J toggles too
    assert focused() is win.article
    qtbot.keyClick(win.article, Qt.Key.Key_J, CTRL)
    assert focused() is win.table


def test_ctrl_j_without_a_current_figure_starts_at_the_top_of_the_shown_text(qtbot, review):
    win, article = review, review.article
    article.set_current(None)
    article.verticalScrollBar().setValue(article.verticalScrollBar().maximum())
    top = article.cursorForPosition(QPoint(0, 0)).position()
    assert top > 0
    qtbot.keyClick(win.table, Qt.Key.Key_J, CTRL)
    assert focused() is article
    assert article.textCursor().position() == top


# --- 3. several rows at once --------------------------------------------------------------


def test_shift_down_selects_rows_and_space_confirms_them_all(qtbot, review, project_path):
    win, table = review, review.table
    rows = [win.figures_model.record(r) for r in range(4)]
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == [0, 1, 2]
    qtbot.keyClick(table, Qt.Key.Key_Space)
    figures = stored(project_path)
    assert [figures[r.id].status for r in rows[:3]] == [Status.CONFIRMED] * 3
    assert figures[rows[3].id].status == Status.PENDING
    assert current_record(win).id == rows[3].id  # past the block
    assert [i.row() for i in table.selectionModel().selectedRows()] == [3]
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # one step undoes the three
    assert [stored(project_path)[r.id].status for r in rows[:3]] == [Status.PENDING] * 3


def test_shift_up_then_x_rejects_the_block_and_p_brings_it_back(qtbot, review, project_path):
    win, table = review, review.table
    win.select_row(3)
    ids = [win.figures_model.record(r).id for r in (1, 2, 3)]
    qtbot.keyClick(table, Qt.Key.Key_Up, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Up, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_X)
    assert [stored(project_path)[i].status for i in ids] == [Status.REJECTED] * 3
    assert table.currentIndex().row() == 4
    win.select_row(1)
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert [stored(project_path)[i].status for i in ids] == [Status.PENDING] * 3


# --- 6. reflowed paragraphs ------------------------------------------------------------


def _open_wrapped(win):
    for row in range(win.documents_model.rowCount()):
        win.select_document_row(row)
        if win.article.reflow_available():
            return
    raise AssertionError("no hard-wrapped seed article")


def test_reflow_paragraphs_keeps_every_highlight_on_its_figure(qtbot, review):
    win, article = review, review.article
    _open_wrapped(win)
    action = win.actions_by_name["reflow_paragraphs"]
    assert action.isEnabled() and not action.isChecked()
    blocks = article.document().blockCount()
    action.trigger()
    assert article.reflowing()
    assert article.document().blockCount() < blocks / 2
    shown = article.toPlainText()
    assert shown == reflowed(article.text()) and len(shown) == len(article.text())
    figures = win.project.figures(document_id=win.doc_id)
    user = QTextFormat.Property.UserProperty
    painted = {
        sel.format.property(user): sel.cursor.selectedText() for sel in article.extraSelections()
    }
    assert len(painted) == len(figures)
    for f in figures:  # the span shows the figure's words (a line break in it as a space)
        assert painted[f.id].replace("\u2029", "\n") in (f.text, f.text.replace("\n", " "))
    assert reflow_setting(Settings()) is True
    assert Settings().qsettings.value(REFLOW_KEY) in (True, "true")


def test_reflow_is_offered_only_for_a_hard_wrapped_article(qtbot, review):
    win = review
    action = win.actions_by_name["reflow_paragraphs"]
    seen = set()
    for row in range(win.documents_model.rowCount()):
        win.select_document_row(row)
        seen.add(win.article.reflow_available())
        assert action.isEnabled() == win.article.reflow_available()
    assert seen == {True, False}


def test_reflow_setting_is_restored_in_a_new_window(qtbot, project_path, open_window):
    Settings().qsettings.setValue(REFLOW_KEY, True)
    win = open_window(project_path)
    wire(win)
    assert win.actions_by_name["reflow_paragraphs"].isChecked()
    _open_wrapped(win)
    assert win.article.reflowing()


# --- 8. the F1 sheet ------------------------------------------------------------------------


def test_the_shortcut_sheet_lists_the_new_keys(qtbot):
    from solieu.ui.dialogs.shortcut_sheet import key_label, sheet_html

    html = sheet_html()
    for key in ("Ctrl+J", "Esc", "Shift+Down", "Shift+Right", "Ctrl+Shift+Right", "Menu",
                "Shift+F10"):  # fmt: skip
        assert key_label(key) in html, key
    assert key_label("Shift+Down").endswith("↓")
    assert key_label("Ctrl+PgDown").endswith("PgDown")
    assert BY_ACTION["focus_article"].page == "review"


# --- 7. a small window --------------------------------------------------------------------


def test_at_640_by_420_every_pane_is_usable_from_the_keyboard(qtbot, review):
    win = review
    win.resize(640, 420)
    qtbot.waitUntil(lambda: win.width() <= 640 and win.height() <= 420, timeout=2000)
    QApplication.processEvents()
    for pane in (win.documents_view, win.article, win.table):
        assert pane.isVisible() and pane.width() >= 60 and pane.height() >= 60, pane
    title = win.doc_title
    assert title.height() < 2 * title.fontMetrics().height() + 8  # one line
    record = current_record(win)
    qtbot.keyClick(win.table, Qt.Key.Key_J, CTRL)
    assert focused() is win.article
    qtbot.keyClick(win.article, Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert current_record(win).id != record.id
