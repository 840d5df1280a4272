"""The figure table's cell editors.

The value editor accepts what a reviewer types the Vietnamese way
(`1.800 triệu`, `76,2`, `25,1%`) through the core's `parse_value`; the period
editor what a reviewer writes of a period (`6 tháng đầu 2025`, `quý 3/2025`,
`2025-H1`) through `normalise_period`, stored as ISO 8601; the place editor
completes from the gazetteer and stores its canonical name; qualifier and unit
class get a list of the allowed codes.

Text that does not parse is a slip, not an event: the editor stays open with
the text, framed in red, and a note under the cell says what is wrong with
examples. Esc gives up, fixing it and Enter saves. No message box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
)

from solieu.extract.gazetteer import canonical_place, place_names
from solieu.extract.numbers import parse_value
from solieu.extract.period_typed import normalise_period

CONTEXT = "FigureTable"
VALUE_EXAMPLES = ("1.800", "3,5", "2 tỷ 500 triệu", "76,2 triệu")
PERIOD_EXAMPLES = ("2025", "quý 3/2025", "6 tháng đầu năm 2025", "2025-01/2025-06")
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_BAD_FRAME = "QLineEdit { border: 2px solid #cf222e; border-radius: 2px; }"
_NOTE_STYLE = (
    "QLabel { background: #ffebe9; color: #82071e; border: 1px solid #cf222e; "
    "border-radius: 3px; padding: 3px 6px; }"
)


def _examples(examples: tuple[str, ...]) -> str:
    return " · ".join(examples)


class CellEditor(QLineEdit):
    """A line editor that can say, under its cell, why its text was refused."""

    def __init__(self, parent, index) -> None:
        super().__init__(parent)
        self.cell = QPersistentModelIndex(index)
        self.problem: str | None = None  # the message shown now, if any
        self.reported: str | None = None  # the last message sent as `invalid`
        self.note = QLabel(parent)  # a sibling: the editor clips its own children
        self.note.setObjectName("cellProblem")
        self.note.setStyleSheet(_NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        self.destroyed.connect(self.note.deleteLater)

    def show_problem(self, message: str) -> None:
        self.problem = message
        self.setStyleSheet(_BAD_FRAME)
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        note = self.note
        note.setText(message)
        area = note.parentWidget().rect()
        width = max(self.width(), min(420, area.width()))
        note.setFixedWidth(width)
        note.adjustSize()
        x = max(0, min(self.x(), area.width() - width))
        below = self.geometry().bottom() + 2
        y = below if below + note.height() <= area.height() else self.y() - note.height() - 2
        note.move(QPoint(x, max(0, y)))
        note.show()
        note.raise_()

    def clear_problem(self) -> None:
        self.problem = None
        self.setStyleSheet("")
        self.setToolTip("")
        self.setAccessibleDescription("")
        self.note.hide()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.note.hide()
        super().hideEvent(event)


class LineDelegate(QStyledItemDelegate):
    """A line editor holding the cell's text, selected, with example input as its hint.

    Subclasses say what is wrong with a text in `problem`; Enter (or Tab) on such a
    text keeps the editor open and shows why, Esc cancels. `invalid(message)` is
    emitted for each refusal, for whoever wants to log or echo it.
    """

    invalid = Signal(str)
    PLACEHOLDER = ""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = CellEditor(parent, index)
        editor.setPlaceholderText(self.PLACEHOLDER)
        editor.textEdited.connect(lambda _text, e=editor: self._recheck(e))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def problem(self, text: str, index) -> str | None:
        """Why `text` cannot be saved in the cell at `index`, with examples; None if it can."""
        return None

    def _recheck(self, editor: CellEditor) -> None:
        """While a refusal is shown, follow the typing: clear it once the text reads."""
        if editor.problem is None:
            return
        message = self.problem(editor.text(), editor.cell)
        if message is None:
            editor.clear_problem()
        else:
            editor.show_problem(message)

    def _refuse(self, editor, message: str) -> None:
        if isinstance(editor, CellEditor):
            editor.show_problem(message)
            if editor.reported == message:
                return  # said already (a focus change after Enter must not say it twice)
            editor.reported = message
        self.invalid.emit(message)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt's name
        if (
            isinstance(editor, CellEditor)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _COMMIT_KEYS
        ):
            message = self.problem(editor.text(), editor.cell)
            if message is not None:
                self._refuse(editor, message)
                return True  # the editor stays open with the text
        return super().eventFilter(editor, event)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        message = self.problem(editor.text(), index)
        if message is not None:  # the editor is closing (focus left): nothing is saved
            self._refuse(editor, message)
            return
        self.save(editor.text(), model, index)

    def save(self, text: str, model, index) -> None:
        model.setData(index, text, Qt.ItemDataRole.EditRole)


class ValueDelegate(LineDelegate):
    """Edits the value column; refuses (and says why) what parse_value cannot read."""

    PLACEHOLDER = "1.800 triệu, 76,2, 25,1%"

    def problem(self, text: str, index) -> str | None:
        text = text.strip()
        if parse_value(text) is not None:
            return None
        return QCoreApplication.translate(
            CONTEXT, "Not a number: “{text}”. Examples: {examples}"
        ).format(text=text, examples=_examples(VALUE_EXAMPLES))

    def save(self, text: str, model, index) -> None:
        model.setData(index, parse_value(text.strip()), Qt.ItemDataRole.EditRole)


class PeriodDelegate(LineDelegate):
    """Edits the period: reads what the reviewer typed into ISO 8601, or says why not.

    An empty text clears the period. The year of `6 tháng đầu năm` without one is
    taken from the figure's current period, so a reviewer fixing the months of a
    known year need not type it again.
    """

    PLACEHOLDER = "2025-01/2025-06, quý 3/2025, 6 tháng đầu 2025"

    @staticmethod
    def _read(text: str, index) -> tuple[str, str | None]:
        text = " ".join(text.split())
        if not text:
            return text, None
        current = index.data(Qt.ItemDataRole.EditRole) or ""
        year = int(current[:4]) if current[:4].isdigit() else None
        return text, normalise_period(text, year)

    def problem(self, text: str, index) -> str | None:
        text, iso = self._read(text, index)
        if not text or iso is not None:
            return None
        return QCoreApplication.translate(
            CONTEXT, "Not a period: “{text}”. Examples: {examples}"
        ).format(text=text, examples=_examples(PERIOD_EXAMPLES))

    def save(self, text: str, model, index) -> None:
        text, iso = self._read(text, index)
        model.setData(index, iso if text else None, Qt.ItemDataRole.EditRole)


class PlaceDelegate(LineDelegate):
    """Edits the place with completion from the gazetteer; any spelling (`TP.HCM`)
    is stored as its canonical name, an unknown one as typed."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        completer = QCompleter(place_names(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor

    def save(self, text: str, model, index) -> None:
        text = " ".join(text.split())
        place = (canonical_place(text) or text) if text else None
        model.setData(index, place, Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over fixed codes (qualifier, unit class), shown with their labels."""

    def __init__(self, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for code, label in self._choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        code = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setCurrentIndex(max(0, editor.findData(code)))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
