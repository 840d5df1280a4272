"""The article text, read-only, with every figure highlighted in its status colour.

Offsets from the store are Python string indices (code points); Qt counts
UTF-16 units, so characters outside the BMP are mapped both ways.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from solieu.model import Status
from solieu.ui.views.colors import CURRENT, HIGHLIGHT


class ArticleView(QPlainTextEdit):
    """Shows one document; emits `figureClicked(id)` when a highlight is clicked."""

    figureClicked = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self._text = ""
        self._astral: list[int] = []  # code-point offsets of non-BMP characters
        self._figures: list = []  # sorted by start
        self._starts: list[int] = []
        self._current: int | None = None

    # --- content -----------------------------------------------------------------------

    def set_document(self, text: str, figures: list) -> None:
        self._text = text
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self.setPlainText(text)
        self._current = None
        self.set_figures(figures)

    def set_figures(self, figures: list) -> None:
        self._figures = sorted(figures, key=lambda f: (f.start, f.end))
        self._starts = [f.start for f in self._figures]
        self._paint()

    def set_current(self, figure_id: int | None, scroll: bool = True) -> None:
        self._current = figure_id
        self._paint()
        fig = self._figure(figure_id)
        if fig is not None and scroll:
            cursor = self.textCursor()
            cursor.setPosition(self.to_qt(fig.start))
            self.setTextCursor(cursor)
            self.centerCursor()

    def text(self) -> str:
        return self._text

    def current(self) -> int | None:
        return self._current

    # --- offsets --------------------------------------------------------------------------

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def from_qt(self, position: int) -> int:
        if not self._astral:
            return position
        offset = position
        for a in self._astral:  # few in practice
            if self.to_qt(a) < position:
                offset -= 1
        return offset

    def selection(self) -> tuple[int, int] | None:
        """The selected span as document offsets, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())

    def figure_at(self, offset: int):
        last = bisect.bisect_right(self._starts, offset)
        for f in reversed(self._figures[:last]):
            if f.start <= offset < f.end:
                return f
        return None

    def _figure(self, figure_id: int | None):
        if figure_id is None:
            return None
        return next((f for f in self._figures if f.id == figure_id), None)

    # --- painting ---------------------------------------------------------------------

    def _paint(self) -> None:
        selections = []
        doc = self.document()
        for f in self._figures:
            status = Status(f.status)
            current = f.id == self._current
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground((CURRENT if current else HIGHLIGHT)[status])
            if status == Status.REJECTED:
                fmt.setFontStrikeOut(True)
            if current:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setProperty(QTextFormat.Property.UserProperty, f.id)
            sel.format = fmt
            cursor = QTextCursor(doc)
            cursor.setPosition(self.to_qt(f.start))
            cursor.setPosition(self.to_qt(f.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)

    # --- clicks ------------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        fig = self.figure_at(self.from_qt(position))
        if fig is not None:
            self.figureClicked.emit(fig.id)
