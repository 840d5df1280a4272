"""Pairs of near-duplicate documents with their scores: a thin table model."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers as numbers, names case-folded
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the id of the document in the cell's column

COLUMNS = ("a", "b", "score", "containment")
_HEADERS = {
    "a": QT_TRANSLATE_NOOP("DuplicatesModel", "Document A"),
    "b": QT_TRANSLATE_NOOP("DuplicatesModel", "Document B"),
    "score": QT_TRANSLATE_NOOP("DuplicatesModel", "Similarity"),
    "containment": QT_TRANSLATE_NOOP("DuplicatesModel", "Shared"),
}
_TIPS = {
    "score": QT_TRANSLATE_NOOP(
        "DuplicatesModel",
        "Jaccard similarity of the two texts: the passages they share over all their passages",
    ),
    "containment": QT_TRANSLATE_NOOP(
        "DuplicatesModel", "Share of the shorter document's passages found in the other"
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesModel", text)


@dataclass(frozen=True, slots=True)
class DuplicateRow:
    a: int
    a_name: str
    b: int
    b_name: str
    score: float  # Jaccard, 0..1
    containment: float  # 0..1
    a_title: str | None = None
    b_title: str | None = None


def percent(x: float) -> str:
    return f"{round(x * 100)} %"


class DuplicatesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DuplicateRow] = []

    def set_rows(self, rows: list[DuplicateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[DuplicateRow]:
        return list(self._rows)

    def row(self, row: int) -> DuplicateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[key])
        if role == Qt.ItemDataRole.ToolTipRole and key in _TIPS:
            return tr(_TIPS[key])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row(index.row())
        if r is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "a":
                return r.a_name
            if key == "b":
                return r.b_name
            return percent(getattr(r, key))
        if role == SORT_ROLE:
            if key == "a":
                return r.a_name.casefold()
            if key == "b":
                return r.b_name.casefold()
            return float(getattr(r, key))
        if role == DOCUMENT_ID_ROLE:
            return r.b if key == "b" else r.a
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("a", "b"):
                name, title = (r.a_name, r.a_title) if key == "a" else (r.b_name, r.b_title)
                return f"{name}\n{title}" if title else name
            return tr(_TIPS[key])
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("score", "containment"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
