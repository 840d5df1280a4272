"""Which pane of the Reconcile page has the keyboard is seen at once, and Tab / Shift+Tab
go between the two panes only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def frame_colour(view):
    """The colour of the view's left edge, half-way down (where its frame is painted)."""
    image = view.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def pane(view) -> str | None:
    """Which pane has the keyboard, by what the widgets say."""
    focused = QApplication.focusWidget()
    return {view.groups: "groups", view.members: "members"}.get(focused)


def highlight(view):
    return view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def test_the_pane_with_the_keyboard_wears_a_highlight_frame(qtbot, window):
    qtbot.keyClick(window.table, Qt.Key.Key_2, CTRL)
    view = window.reconcile_view
    groups, members = view.groups, view.members
    assert groups.hasFocus() and pane(view) == view.pane_with_keyboard() == "groups"
    colour = window.palette().color(QPalette.ColorRole.Highlight)
    assert frame_colour(groups) == colour
    assert frame_colour(members) != colour
    # only the pane with the keyboard shows its current row in the highlight colour
    assert highlight(groups) == colour and highlight(members) != colour

    qtbot.keyClick(groups, Qt.Key.Key_Tab)
    assert members.hasFocus() and pane(view) == "members"
    assert frame_colour(members) == colour and frame_colour(groups) != colour
    assert highlight(members) == colour and highlight(groups) != colour


def test_tab_and_shift_tab_go_between_the_two_panes_only(qtbot, window):
    qtbot.keyClick(window.table, Qt.Key.Key_2, CTRL)
    view = window.reconcile_view
    seen = []
    for key, modifier in (
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backtab, SHIFT),
        (Qt.Key.Key_Backtab, SHIFT),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        seen.append(pane(view))
    assert seen == ["members", "groups", "members", "groups", "members"]
