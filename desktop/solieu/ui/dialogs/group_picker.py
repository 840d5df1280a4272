"""M in the Reconcile view: pick the group a mention moves to, from a filterable list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from solieu.ui.group_rows import GroupRow
from solieu.ui.models.groups_model import GROUP_FIELDS, KEY_ROLE, GroupsModel


class _Search(QSortFilterProxyModel):
    """Keeps the groups whose value, unit, measure, place or period hold every typed word."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt's name
        r = self.sourceModel().row(row)
        if r is None:
            return False
        hay = r.search_text()
        return all(w in hay for w in self._words)


class GroupPicker(QDialog):
    picked = Signal(str)  # the chosen group's key

    def __init__(self, rows: list[GroupRow], what: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPicker")
        self.setWindowTitle(self.tr("Move to another group"))
        self.resize(720, 420)
        self.model = GroupsModel(self)
        self.model.set_rows(rows)
        self.proxy = _Search(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Move “{what}” to the group:").format(what=" ".join(what.split())))
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter: value, measure, place, period"))
        self.filter.setClearButtonEnabled(True)
        self.list = QTableView(self)
        self.list.setModel(self.proxy)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setColumnWidth(GROUP_FIELDS.index("conflict"), 28)
        self.list.setColumnWidth(GROUP_FIELDS.index("measure"), 200)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        self._select(0)
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select(0)

    def _select(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            index = self.proxy.index(row, 1)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """↓/↑ in the filter move in the list, so the keyboard never leaves the filter."""
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step:
                current = self.list.currentIndex()
                self._select((current.row() if current.isValid() else -1) + step)
                return True
        return super().eventFilter(obj, event)

    def chosen_key(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def accept(self) -> None:
        key = self.chosen_key()
        super().accept()
        if key:
            self.picked.emit(key)
