"""What every small list model of the window shares: rows from a list, named columns,
translated headers. Subclasses keep their own `data` (the cells) and say where their
rows are (`rows()`) and what their headers read (`headers()`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

_ROOT = QModelIndex()


class ListTableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def rows(self) -> list:
        raise NotImplementedError

    def headers(self) -> dict[str, str]:
        """Each column's header, translated (called when the view asks)."""
        raise NotImplementedError

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.headers()[self.COLUMNS[section]]
