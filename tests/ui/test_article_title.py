"""The document title above the article: one line, elided, whatever the width."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from solieu.ui.views.elided_label import ElidedLabel

TITLE = (
    "Kim ngạch xuất khẩu nông sản của tỉnh Đồng Tháp 9 tháng đầu năm 2025 ước đạt 1,2 tỷ "
    "USD, tăng 18% so với cùng kỳ, dẫn đầu khu vực Đồng bằng sông Cửu Long"
)


def _pane(qtbot, label_type):
    pane = QWidget()
    layout = QVBoxLayout(pane)
    label = label_type(pane)
    label.setText(TITLE)
    layout.addWidget(label)
    layout.addWidget(QWidget(pane), 1)  # the article below
    qtbot.addWidget(pane)
    pane.resize(180, 300)
    pane.show()
    qtbot.waitExposed(pane)
    return pane, label


def test_a_long_title_takes_one_line_in_a_narrow_pane(qtbot):
    pane, label = _pane(qtbot, ElidedLabel)
    line = label.fontMetrics().height()
    assert label.height() < 2 * line
    assert label.width() <= pane.width()
    assert label.text() == TITLE  # the whole title, for the tooltip and the tests
    shown = label.shown_text()
    assert shown.endswith("…") and label.is_elided()
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    label.grab()  # paints


def test_the_title_does_not_hold_the_pane_wide(qtbot):
    label = ElidedLabel()
    label.setText(TITLE)
    label.setWordWrap(True)  # asked to wrap: still one line
    assert not label.wordWrap()
    assert label.minimumSizeHint().width() < 40
    assert label.sizeHint().width() > 300  # room for the whole title when there is room


def test_a_short_title_is_shown_whole(qtbot):
    pane, label = _pane(qtbot, ElidedLabel)
    label.setText("Giá lúa tăng")
    assert label.shown_text() == "Giá lúa tăng" and not label.is_elided()


def test_a_wrapping_label_would_grow_instead(qtbot):
    """Why the window needs this label: a word-wrapped QLabel takes several lines."""

    def wrapping(parent):
        label = QLabel(parent)
        label.setWordWrap(True)
        return label

    _pane_, label = _pane(qtbot, wrapping)
    assert label.height() >= 3 * label.fontMetrics().height()
