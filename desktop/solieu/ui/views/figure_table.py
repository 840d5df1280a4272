"""The figure table view and its editors.

The value editor accepts what a reviewer types the Vietnamese way
(`1.800 triệu`, `76,2`, `25,1%`) through the core's `parse_value`; the period
editor what a reviewer writes of a period (`6 tháng đầu 2025`, `quý 3/2025`,
`2025-H1`) through `normalise_period`, stored as ISO 8601; the place editor
completes from the gazetteer and stores its canonical name; qualifier and unit
class get a list of the allowed codes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
)

from solieu.extract.gazetteer import canonical_place, place_names
from solieu.extract.numbers import parse_value
from solieu.extract.periods import normalise_period
from solieu.model import QUALIFIERS, UNIT_CLASSES
from solieu.ui.models.figures_model import FIELDS, QUALIFIER_LABELS


class LineDelegate(QStyledItemDelegate):
    """A line editor holding the cell's text, selected, with example input as its hint."""

    invalid = Signal(str)
    PLACEHOLDER = ""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.PLACEHOLDER)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()


class ValueDelegate(LineDelegate):
    """Edits the value column; refuses (and says why) what parse_value cannot read."""

    PLACEHOLDER = "1.800 triệu, 76,2, 25,1%"

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        text = editor.text().strip()
        value = parse_value(text)
        if value is None:
            self.invalid.emit(
                QCoreApplication.translate(
                    "FigureTable", "“{text}” is not a number (try 1.800 triệu, 76,2 or 25,1%)"
                ).format(text=text)
            )
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class PeriodDelegate(LineDelegate):
    """Edits the period: reads what the reviewer typed into ISO 8601, or says why not.

    An empty text clears the period. The year of `6 tháng đầu năm` without one is
    taken from the figure's current period, so a reviewer fixing the months of a
    known year need not type it again.
    """

    PLACEHOLDER = "2025-01/2025-06, quý 3/2025, 6 tháng đầu 2025"

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        text = " ".join(editor.text().split())
        if not text:
            model.setData(index, None, Qt.ItemDataRole.EditRole)
            return
        current = index.data(Qt.ItemDataRole.EditRole) or ""
        year = int(current[:4]) if current[:4].isdigit() else None
        iso = normalise_period(text, year)
        if iso is None:
            self.invalid.emit(
                QCoreApplication.translate(
                    "FigureTable",
                    "“{text}” is not a period (try 2025, 6 tháng đầu năm 2025, quý 3/2025 or "
                    "2025-01/2025-06)",
                ).format(text=text)
            )
            return
        model.setData(index, iso, Qt.ItemDataRole.EditRole)


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

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        text = " ".join(editor.text().split())
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


class FigureTable(QTableView):
    """The table; Enter edits the current cell (F2 too), like a spreadsheet."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("figures")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.value_delegate = ValueDelegate(self)
        self.setItemDelegateForColumn(FIELDS.index("value"), self.value_delegate)
        self.period_delegate = PeriodDelegate(self)
        self.setItemDelegateForColumn(FIELDS.index("period"), self.period_delegate)
        self.setItemDelegateForColumn(FIELDS.index("place"), PlaceDelegate(self))
        qualifiers = [("", "—")] + [
            (q, QCoreApplication.translate("FiguresModel", QUALIFIER_LABELS[q])) for q in QUALIFIERS
        ]
        self.setItemDelegateForColumn(FIELDS.index("qualifier"), ChoiceDelegate(qualifiers, self))
        classes = [(c, c) for c in UNIT_CLASSES]
        self.setItemDelegateForColumn(FIELDS.index("unit_class"), ChoiceDelegate(classes, self))

    def default_widths(self) -> None:
        widths = {
            "text": 160,
            "value": 120,
            "unit": 70,
            "status": 72,
            "measure": 170,
            "qualifier": 80,
            "change": 60,
            "place": 95,
            "period": 115,
            "unit_class": 70,
            "confidence": 70,
            "document": 160,
        }
        for i, name in enumerate(FIELDS):
            self.setColumnWidth(i, widths.get(name, 100))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if (
            plain
            and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != self.State.EditingState
        ):
            index = self.currentIndex()
            if index.isValid() and self.edit(
                index, QAbstractItemView.EditTrigger.EditKeyPressed, event
            ):
                return
        super().keyPressEvent(event)
