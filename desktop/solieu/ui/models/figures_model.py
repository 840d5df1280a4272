"""The figure table: a thin QAbstractTableModel adapter over `project.figures()`.

Filtering and sorting happen in plain Python over the store's records
followed by a model reset (no QSortFilterProxyModel). `setData` only builds a
`SetField` edit and hands it to the edit stack; the store's change
notification then refreshes the rows.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from solieu.extract.numbers import format_vi
from solieu.model import Status
from solieu.store.edits import SetField

CONTEXT = "FiguresModel"
FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

# (record attribute, header) in display order
COLUMNS: tuple[tuple[str, str], ...] = (
    ("value", QT_TRANSLATE_NOOP("FiguresModel", "Value")),
    ("unit", QT_TRANSLATE_NOOP("FiguresModel", "Unit")),
    ("status", QT_TRANSLATE_NOOP("FiguresModel", "Status")),
    ("measure", QT_TRANSLATE_NOOP("FiguresModel", "Measure")),
    ("qualifier", QT_TRANSLATE_NOOP("FiguresModel", "Qualifier")),
    ("change", QT_TRANSLATE_NOOP("FiguresModel", "Change")),
    ("place", QT_TRANSLATE_NOOP("FiguresModel", "Place")),
    ("period", QT_TRANSLATE_NOOP("FiguresModel", "Period")),
    ("text", QT_TRANSLATE_NOOP("FiguresModel", "Text")),
    ("unit_class", QT_TRANSLATE_NOOP("FiguresModel", "Class")),
    ("confidence", QT_TRANSLATE_NOOP("FiguresModel", "Confidence")),
    ("document", QT_TRANSLATE_NOOP("FiguresModel", "Document")),
)
FIELDS = tuple(name for name, _ in COLUMNS)
EDITABLE = frozenset(
    {"value", "unit", "unit_class", "qualifier", "measure", "place", "period", "change"}
)
TEXT_FILTER_FIELDS = ("text", "unit", "measure", "place", "period", "document", "note")

STATUS_LABELS = {
    Status.PENDING: QT_TRANSLATE_NOOP("FiguresModel", "pending"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("FiguresModel", "confirmed"),
    Status.REJECTED: QT_TRANSLATE_NOOP("FiguresModel", "rejected"),
}
QUALIFIER_LABELS = {
    "approx": QT_TRANSLATE_NOOP("FiguresModel", "about"),
    "nearly": QT_TRANSLATE_NOOP("FiguresModel", "nearly"),
    "over": QT_TRANSLATE_NOOP("FiguresModel", "over"),
    "under": QT_TRANSLATE_NOOP("FiguresModel", "under"),
    "estimated": QT_TRANSLATE_NOOP("FiguresModel", "estimated"),
    "target": QT_TRANSLATE_NOOP("FiguresModel", "target"),
}
# text colour of the status column; highlight colours live in views.colors
STATUS_COLORS = {
    Status.PENDING: QColor("#9a6700"),
    Status.CONFIRMED: QColor("#1a7f37"),
    Status.REJECTED: QColor("#6e7781"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: Status) -> str:
    return tr(STATUS_LABELS[Status(status)])


def _sort_key(name: str) -> Callable[[Any], tuple]:
    def key(record: Any) -> tuple:
        v = getattr(record, name)
        if v is None:
            return (1, "")
        if isinstance(v, str):
            return (0, v.casefold())
        return (0, v)

    return key


class FiguresModel(QAbstractTableModel):
    """Rows are FigureRecords of one document (or all), filtered and sorted in Python."""

    def __init__(self, project, submit: Callable[[Any, str], bool], parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._submit = submit
        self._rows: list[Any] = []
        self._row_of: dict[int, int] = {}
        self.document_id: int | None = None
        self.all_documents = False
        self.status_filter: Status | None = None
        self.text_filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- loading -----------------------------------------------------------------

    def set_project(self, project) -> None:
        self._project = project
        self.document_id = None
        self.reload()

    def set_scope(self, document_id: int | None, all_documents: bool) -> None:
        self.document_id = document_id
        self.all_documents = all_documents
        self.reload()

    def set_filters(self, status: Status | None, text: str) -> None:
        self.status_filter = status
        self.text_filter = text
        self.reload()

    def _fetch(self) -> list[Any]:
        if self._project is None or (not self.all_documents and self.document_id is None):
            return []
        doc = None if self.all_documents else self.document_id
        rows = list(self._project.figures(document_id=doc, status=self.status_filter))
        needle = self.text_filter.strip().casefold()
        if needle:
            rows = [r for r in rows if needle in _haystack(r)]
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=_sort_key(FIELDS[column]), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def reload(self) -> None:
        rows = self._fetch()
        self.beginResetModel()
        self._rows = rows
        self._row_of = {r.id: i for i, r in enumerate(rows)}
        self.endResetModel()

    def on_change(self, change) -> None:
        """Refresh from a store notification: changed rows in place, or a reset."""
        if change.structural:
            self.reload()
            return
        last = len(FIELDS) - 1
        for fid in change.figure_ids:
            row = self._row_of.get(fid)
            if row is None:
                continue
            record = self._project.figure(fid)
            if record is None:
                self.reload()
                return
            self._rows[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # --- lookups for the window ----------------------------------------------------

    def record(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, figure_id: int | None) -> int:
        return -1 if figure_id is None else self._row_of.get(figure_id, -1)

    def records(self) -> list[Any]:
        return list(self._rows)

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][1])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name = FIELDS[index.column()]
        if name == "change":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif name in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        rec = self._rows[index.row()]
        name = FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, name)
        if role == Qt.ItemDataRole.EditRole:
            if name == "value":
                return format_vi(rec.value)
            if name == "change":
                return bool(rec.change)
            v = getattr(rec, name)
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.CheckStateRole and name == "change":
            return Qt.CheckState.Checked if rec.change else Qt.CheckState.Unchecked
        if role == FIGURE_ID_ROLE:
            return rec.id
        if role == STATUS_ROLE:
            return str(rec.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "status":
                return QBrush(STATUS_COLORS[Status(rec.status)])
            if rec.status == Status.REJECTED:
                return QBrush(STATUS_COLORS[Status.REJECTED])
            return None
        if role == Qt.ItemDataRole.FontRole and rec.status == Status.REJECTED:
            font = QFont()
            font.setStrikeOut(name != "status")
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("value", "confidence"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return rec.note or rec.text
        return None

    def _display(self, rec, name: str) -> str | None:
        if name == "value":
            return format_vi(rec.value)
        if name == "status":
            return status_label(rec.status)
        if name == "qualifier":
            return tr(QUALIFIER_LABELS.get(rec.qualifier, rec.qualifier or ""))
        if name == "confidence":
            return f"{round(rec.confidence * 100)}%"
        if name == "change":
            return None
        v = getattr(rec, name)
        return "" if v is None else str(v)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        rec = self._rows[index.row()]
        name = FIELDS[index.column()]
        if name == "change" and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif name in EDITABLE and role == Qt.ItemDataRole.EditRole:
            new = value
            if name == "value" and not isinstance(value, Decimal):
                return False  # the delegate parses what the reviewer typed
            if isinstance(new, str):
                new = new.strip() or None
        else:
            return False
        old = getattr(rec, name)
        if new == old:
            return False
        label = QCoreApplication.translate("FiguresModel", "Edit {field}").format(
            field=tr(COLUMNS[index.column()][1]).lower()
        )
        return bool(self._submit(SetField(rec.id, name, old, new), label))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            if self._sort is not None:
                self._sort = None
                self.reload()  # back to document order
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._rows]
        if self._sort is not None:
            self._rows.sort(
                key=_sort_key(FIELDS[column]), reverse=order == Qt.SortOrder.DescendingOrder
            )
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        # persistent indexes (the current row, the selection) follow their record
        for idx in self.persistentIndexList():
            if 0 <= idx.row() < len(old_ids):
                new_row = self._row_of[old_ids[idx.row()]]
                self.changePersistentIndex(idx, self.index(new_row, idx.column()))
        self.layoutChanged.emit()


def _haystack(record: Any) -> str:
    return " ".join(str(getattr(record, f, "") or "") for f in TEXT_FILTER_FIELDS).casefold()


__all__ = ["FiguresModel", "FIGURE_ID_ROLE", "STATUS_ROLE", "COLUMNS", "FIELDS", "EDITABLE"]
