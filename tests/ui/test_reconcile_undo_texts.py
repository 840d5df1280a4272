"""Every decision of the Reconcile page is undone by name: its undo text is translatable and
names the group it acted on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def synchronous_regrouping(monkeypatch):
    import solieu.ui.regrouping

    monkeypatch.setattr(solieu.ui.regrouping, "SLOW_S", 60.0)


class Marking(QTranslator):
    """A translation that marks every "Reconcile" string, to see which texts go through it."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"«{source}»" if context == "Reconcile" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def undo_text(win) -> str:
    return win.edits.stack.undoText()


def go_to_group(qtbot, view, measure: str) -> int:
    qtbot.keyClick(view.groups, Qt.Key.Key_Home, CTRL)
    for _ in range(view.groups_model.rowCount()):
        if view.groups_model.row(view.current_group_row()).measure == measure:
            return view.current_group_row()
        qtbot.keyClick(view.groups, Qt.Key.Key_Down)
    raise AssertionError(f"no group measures {measure}")


def pick(qtbot, win, type_text, words: str) -> None:
    picker = win.reconcile.picker
    type_text(picker.filter, words)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_each_decision_is_undone_by_the_name_of_its_group(qtbot, window, type_text):
    qtbot.keyClick(window.table, Qt.Key.Key_2, CTRL)
    view = window.reconcile_view

    go_to_group(qtbot, view, "kim ngạch xuất khẩu")
    qtbot.keyClick(view.groups, Qt.Key.Key_Space)
    assert undo_text(window) == "Accept group ‘kim ngạch xuất khẩu’"

    go_to_group(qtbot, view, "kim ngạch nhập khẩu")
    second = view.members_model.row(1)
    qtbot.keyClick(view.groups, Qt.Key.Key_2)
    assert undo_text(window) == (
        f"Choose 1.324 triệu USD ({second.document}) for ‘kim ngạch nhập khẩu’"
    )

    go_to_group(qtbot, view, "kim ngạch nhập khẩu")
    qtbot.keyClick(view.groups, Qt.Key.Key_O)
    assert undo_text(window) == "Reopen group ‘kim ngạch nhập khẩu’"

    go_to_group(qtbot, view, "số lao động đi làm việc ở nước ngoài")
    qtbot.keyClick(view.groups, Qt.Key.Key_Tab)
    member = view.members_model.row(view.current_member_row())
    qtbot.keyClick(view.members, Qt.Key.Key_S)
    assert undo_text(window) == (
        f"Split 9.000 lao động ({member.document}) out of ‘số lao động đi làm việc ở nước ngoài’"
    )

    go_to_group(qtbot, view, "số dự án FDI cấp mới")
    qtbot.keyClick(view.groups, Qt.Key.Key_Tab)
    member = view.members_model.row(view.current_member_row())
    qtbot.keyClick(view.members, Qt.Key.Key_M)
    pick(qtbot, window, type_text, "điều chỉnh vốn")
    assert undo_text(window) == (
        f"Move 8 dự án ({member.document}) from ‘số dự án FDI cấp mới’ to ‘số dự án điều chỉnh vốn’"
    )

    go_to_group(qtbot, view, "tăng kim ngạch nhập khẩu")
    qtbot.keyClick(view.groups, Qt.Key.Key_G)
    pick(qtbot, window, type_text, "tăng kim ngạch xuất khẩu")
    assert undo_text(window) == "Merge ‘tăng kim ngạch nhập khẩu’ into ‘tăng kim ngạch xuất khẩu’"


def test_the_undo_texts_are_translated(qtbot, window):
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        qtbot.keyClick(window.table, Qt.Key.Key_2, CTRL)
        view = window.reconcile_view
        go_to_group(qtbot, view, "kim ngạch xuất khẩu")
        qtbot.keyClick(view.groups, Qt.Key.Key_Space)
        assert undo_text(window) == "«Accept group ‘kim ngạch xuất khẩu’»"
        go_to_group(qtbot, view, "kim ngạch xuất khẩu")
        qtbot.keyClick(view.groups, Qt.Key.Key_O)
        assert undo_text(window) == "«Reopen group ‘kim ngạch xuất khẩu’»"
    finally:
        QCoreApplication.removeTranslator(marking)
