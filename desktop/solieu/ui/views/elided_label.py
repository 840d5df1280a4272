"""A one-line label that elides its text to the width it is given.

The document title above the article: a long title must not wrap into lines that
push the article down in a small window, nor hold the pane wider than the window.
`text()` stays the whole text; the tooltip shows it when it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QStyleOption, QToolTip


class ElidedLabel(QLabel):
    """A QLabel on one line, its text elided (…) when it does not fit.

    Built like a QLabel: `ElidedLabel(parent)` or `ElidedLabel(text, parent)`."""

    def __init__(self, *args, mode=Qt.TextElideMode.ElideRight) -> None:
        text = args[0] if args and isinstance(args[0], str) else ""
        rest = args[1:] if args and isinstance(args[0], str) else args
        super().__init__(text, *rest)
        self._mode = mode
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt's name
        super().setWordWrap(False)  # one line, always: that is the point of this label

    def shown_text(self) -> str:
        """The text as painted now (elided to the label's width)."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), self._mode, max(0, width))

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        m = self.contentsMargins()
        ellipsis = self.fontMetrics().horizontalAdvance("…")
        return QSize(ellipsis + m.left() + m.right(), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self.contentsMargins()
        height = self.fontMetrics().height() + m.top() + m.bottom()
        return QSize(super().sizeHint().width(), height)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.is_elided():
            QToolTip.showText(event.globalPos(), self.text(), self)
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        self.drawFrame(painter)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
