"""Selection follows both ways between the figure table and the article text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from solieu.ui.models.figures_model import FIELDS


def test_table_row_scrolls_the_article_to_its_span(qtbot, window):
    model = window.figures_model
    last = model.rowCount() - 1
    window.select_row(last)
    record = model.record(last)
    assert window.article.current() == record.id
    cursor = window.article.textCursor()
    assert cursor.position() == window.article.to_qt(record.start)
    rect = window.article.cursorRect(cursor)
    assert window.article.viewport().rect().intersects(rect)  # scrolled into view


def test_clicking_a_highlight_selects_its_row(qtbot, window):
    model = window.figures_model
    target = model.record(3)
    article = window.article
    article.set_current(target.id)  # scroll it into view
    cursor = article.textCursor()
    cursor.setPosition(article.to_qt(target.start + 1))
    point = article.cursorRect(cursor).center()
    window.select_row(0)
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.table.currentIndex().row() == 3
    assert window.figure_id == target.id


def test_all_documents_mode_follows_the_row_into_its_document(qtbot, window):
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.all_docs.isChecked()
    assert not window.table.isColumnHidden(FIELDS.index("document"))
    model = window.figures_model
    last = model.record(model.rowCount() - 1)
    window.select_row(model.rowCount() - 1)
    assert window.doc_id == last.document_id
    assert window.documents_view.currentIndex().row() == window.documents_model.row_of(
        last.document_id
    )
    assert window.article.current() == last.id
