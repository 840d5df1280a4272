"""The measure editor continues the words being typed from the codebook, by keys:
Ctrl+→ takes a word, Tab all of it (and saves), Enter saves only what was typed,
Backspace takes the continuation away; the entry list still works beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.learn import codebook_edits as cb
from solieu.learn.model import EntryState
from solieu.store import Project
from solieu.ui.models.figure_cells import FIELDS
from solieu.ui.views.measure_editor import MeasureEditor

ARTICLE = "Năm 2025, tỉnh cần thêm 4.000 lao động cho các khu công nghiệp."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def win(open_window, tmp_path, qtbot):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "m.solieu"
    with Project.create(path) as p:
        p.import_paths([folder])
        for name in ("nhu cầu nhà ở xã hội", "số lao động", "kim ngạch xuất khẩu"):
            p.apply(cb.create(p, EntryState(name)))
    w = open_window(path)
    qtbot.waitUntil(lambda: w.learning.learner is not None, timeout=5000)
    qtbot.waitUntil(lambda: w.figures_model.rowCount() > 0)
    return w


def open_editor(win, qtbot) -> MeasureEditor:
    win.select_row(0, FIELDS.index("measure"))
    qtbot.keyClick(win.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, MeasureEditor)
    return editor


def measure(win) -> str:
    return win.figures_model.record(0).measure


def test_typing_shows_the_rest_selected_and_ctrl_right_takes_a_word(win, qtbot, type_text):
    editor = open_editor(win, qtbot)
    type_text(editor, "nh")
    assert editor.text() == "nhu cầu nhà ở xã hội"
    assert editor.selectedText() == "u cầu nhà ở xã hội"  # typing on replaces it
    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL)
    assert editor.typed() == "nhu cầu "
    assert editor.selectedText() == "nhà ở xã hội"
    type_text(editor, "tuyển dụng l")  # a measure the codebook does not hold …
    assert editor.selectedText() == "ao động"  # … with words it does
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # takes all of it and saves
    QApplication.processEvents()
    assert measure(win) == "nhu cầu tuyển dụng lao động"


def test_enter_saves_only_what_was_typed(win, qtbot, type_text):
    editor = open_editor(win, qtbot)
    type_text(editor, "kim")
    assert editor.selectedText() == " ngạch xuất khẩu"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert measure(win) == "kim"


def test_backspace_takes_the_continuation_away_and_brings_none_back(win, qtbot, type_text):
    editor = open_editor(win, qtbot)
    type_text(editor, "số")
    assert editor.text() == "số lao động"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "số" and not editor.hasSelectedText()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "s"  # deleting: no continuation comes back
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_a_chosen_entry_in_the_list_wins_over_the_continuation(win, qtbot, type_text):
    editor = open_editor(win, qtbot)
    type_text(editor, "lao")  # the list: entries containing "lao"
    completer = editor.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert measure(win) == "số lao động"
