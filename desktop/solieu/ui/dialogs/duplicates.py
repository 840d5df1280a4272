"""Reconcile ▸ Near-duplicate documents: every pair the reconciliation found, with its scores.

Sortable by any column (the most shared first by default); Enter or a
double-click opens document A of the pair in the review page (Shift+Enter:
document B). The list follows the reconciliation as it is recomputed.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from solieu.ui.models.duplicates_model import (
    COLUMNS,
    SORT_ROLE,
    DuplicateRow,
    DuplicatesModel,
)


class _PairTable(QTableView):
    """Enter opens the pair's document A, Shift+Enter its document B (and no dialog button)."""

    opened = Signal(int, bool)  # proxy row, document B?

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.opened.emit(index.row(), shift)
            event.accept()
            return
        super().keyPressEvent(event)


class DuplicatesDialog(QDialog):
    """Not modal: the reviewer can come back to it (the window keeps one)."""

    documentChosen = Signal(int)  # noqa: N815 - a document id to show in the review page

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Near-duplicate documents"))
        self.resize(760, 420)
        self.model = DuplicatesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = _PairTable(self)
        self.table.setObjectName("duplicatePairs")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (COLUMNS.index("a"), COLUMNS.index("b")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMNS.index("score"), COLUMNS.index("containment")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(COLUMNS.index("containment"), Qt.SortOrder.DescendingOrder)
        hint = QLabel(
            self.tr(
                "Enter or double-click: open document A in the review. Shift+Enter: document B. "
                "Shared: how much of the shorter document the other repeats; similarity: "
                "the passages both share over all of theirs."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.table.opened.connect(self._open)
        self.table.doubleClicked.connect(lambda index: self._open(index.row(), False))
        self.set_pairs(None)

    def set_pairs(self, rows: list[DuplicateRow] | None) -> None:
        """The pairs to list; None while the documents are still being compared."""
        current = self.current_pair()
        self.model.set_rows(rows or [])
        if rows is None:
            self.summary.setText(self.tr("Comparing the documents…"))
        elif not rows:
            self.summary.setText(self.tr("No two documents of the project share passages."))
        else:
            self.summary.setText(
                self.tr("{n} pairs of documents share passages.").format(n=len(rows))
                if len(rows) != 1
                else self.tr("One pair of documents shares passages.")
            )
        target = 0
        if current is not None:
            for row in range(self.proxy.rowCount()):
                pair = self.pair_at(row)
                if pair is not None and (pair.a, pair.b) == (current.a, current.b):
                    target = row
                    break
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(target, 0))

    def pair_at(self, row: int) -> DuplicateRow | None:
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        return self.model.row(source.row()) if source.isValid() else None

    def current_pair(self) -> DuplicateRow | None:
        index = self.table.currentIndex()
        return self.pair_at(index.row()) if index.isValid() else None

    def _open(self, row: int, document_b: bool) -> None:
        pair = self.pair_at(row)
        if pair is not None:
            self.documentChosen.emit(pair.b if document_b else pair.a)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.setFocus()
