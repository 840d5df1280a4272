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
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from solieu.extract.numbers import format_vi
from solieu.model import Status
from solieu.store.edits import SetField

CONTEXT = "FiguresModel"
FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

# (record attribute, header) in display order: what, where and when right after the
# value, so a reviewer sees the whole identity of a figure without scrolling
COLUMNS: tuple[tuple[str, str], ...] = (
    ("value", QT_TRANSLATE_NOOP("FiguresModel", "Value")),
    ("unit", QT_TRANSLATE_NOOP("FiguresModel", "Unit")),
    ("status", QT_TRANSLATE_NOOP("FiguresModel", "Status")),
    ("measure", QT_TRANSLATE_NOOP("FiguresModel", "Measure")),
    ("place", QT_TRANSLATE_NOOP("FiguresModel", "Place")),
    ("period", QT_TRANSLATE_NOOP("FiguresModel", "Period")),
    ("qualifier", QT_TRANSLATE_NOOP("FiguresModel", "Qualifier")),
    ("change", QT_TRANSLATE_NOOP("FiguresModel", "Change")),
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


def _value_key(v: Any) -> tuple:
    """Sort key of one cell value: text case-insensitively, empty cells last."""
    if v is None:
        return (1, "")
    if isinstance(v, str):
        return (0, v.casefold())
    return (0, v)


def _sort_key(name: str) -> Callable[[Any], tuple]:
    def key(record: Any) -> tuple:
        return _value_key(getattr(record, name))

    return key


PAGE = 200  # records fetched at once when a row that is not loaded yet is shown
SLICE_DOCUMENTS = 100  # documents read per idle step of the all-documents index
WARM_UP_DELAY_MS = 300


class FiguresModel(QAbstractTableModel):
    """Rows are the figures of one document (or all), filtered and sorted in Python.

    The model holds the row order as figure ids. One document's records are
    loaded at once; in all-documents mode (100,000 rows and more) only the
    columns a filter or sort needs are read, and records are fetched a page
    at a time as rows are shown.
    """

    def __init__(self, project, submit: Callable[[Any, str], bool], parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._submit = submit
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._records: dict[int, Any] = {}  # loaded records by id
        self._statuses: dict[int, Any] | None = None  # all documents: id → status, in order
        self._haystacks: dict[int, str] | None = None  # all documents: id → filter text
        self._warm_timer = QTimer(self)
        self._warm_timer.timeout.connect(self._warm_step)
        self._forget()
        self.document_id: int | None = None
        self.all_documents = False
        self.status_filter: Status | None = None
        self.text_filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- loading -----------------------------------------------------------------

    def set_project(self, project) -> None:
        self._project = project
        self.document_id = None
        self._forget()
        self.reload()

    def set_scope(self, document_id: int | None, all_documents: bool) -> None:
        self.document_id = document_id
        self.all_documents = all_documents
        self.reload()

    def set_filters(self, status: Status | None, text: str) -> None:
        self.status_filter = status
        self.text_filter = text
        self.reload()

    def _forget(self) -> None:
        """Drop what was read for the all-documents mode (figures came or went)."""
        self._statuses = None
        self._haystacks = None
        self._slices: list[tuple[int, int]] | None = None
        self._warm_rows: list[dict] = []  # statuses and haystacks read so far
        if self._project is not None:
            self._warm_timer.start(WARM_UP_DELAY_MS)  # after the window has painted

    def _warm_step(self) -> None:
        self._warm_timer.setInterval(0)
        project = self._project
        if project is None or getattr(project, "closed", False) or not self.warm_up():
            self._warm_timer.stop()

    # The all-documents mode needs every figure's status and filter text. They are
    # read in slices of ids while the window is idle (`warm_up`), so toggling the
    # mode or typing a filter does not wait for 100,000 rows; whatever is still
    # missing when it is needed is read at once.

    def warm_up(self) -> bool:
        """Read one more slice of the all-documents index; False once it is complete."""
        if self._project is None or self._haystacks is not None:
            return False
        if self._slices is None:
            low, high = self._project.document_id_range()
            step = SLICE_DOCUMENTS
            self._slices = [(a, min(a + step - 1, high)) for a in range(low, high + 1, step)]
            self._warm_rows = [{}, {}]
        statuses, haystacks = self._warm_rows
        if self._slices:
            fields = ["status", *TEXT_FILTER_FIELDS]
            for r in self._project.figure_columns(fields, documents=self._slices.pop(0)):
                statuses[r[0]] = r[1]
                haystacks[r[0]] = _join(r[2:])
        if self._slices:
            return True
        if self._statuses is None:
            self._statuses = statuses
        self._haystacks = haystacks
        self._warm_rows = []
        return False

    def _index(self) -> dict[int, Any]:
        """Every figure's status; read at once, status only, when the warm-up is not done."""
        if self._statuses is None:
            self._statuses = dict(self._project.figure_columns(["status"]))
        return self._statuses

    def _filter_texts(self) -> dict[int, str]:
        while self.warm_up():
            pass
        return self._haystacks or {}

    def _fetch(self) -> list[int]:
        """The row order (figure ids); one document's records are loaded on the way."""
        if self._project is None or (not self.all_documents and self.document_id is None):
            self._records = {}
            return []
        needle = self.text_filter.strip().casefold()
        if not self.all_documents:
            rows = list(
                self._project.figures(document_id=self.document_id, status=self.status_filter)
            )
            if needle:
                rows = [r for r in rows if needle in _haystack(r)]
            if self._sort is not None:
                column, order = self._sort
                descending = order == Qt.SortOrder.DescendingOrder
                rows.sort(key=_sort_key(FIELDS[column]), reverse=descending)
            self._records = {r.id: r for r in rows}
            return [r.id for r in rows]
        self._records = {}
        if self.status_filter is None and self._statuses is None:
            # every figure, unfiltered: the ids alone (in document order) are enough
            ids = [r[0] for r in self._project.figure_columns([])]
        elif self.status_filter is None:
            ids = list(self._index())
        else:
            wanted = self.status_filter
            ids = [i for i, s in self._index().items() if s == wanted]
        if needle:
            hay = self._filter_texts()
            ids = [i for i in ids if needle in hay.get(i, "")]
        if self._sort is not None:
            ids = self._sorted(ids, *self._sort)
        return ids

    def _sorted(self, ids: list[int], column: int, order: Qt.SortOrder) -> list[int]:
        name = FIELDS[column]
        if not self.all_documents:
            key = _sort_key(name)
            records = self._records
            keys = {i: key(records[i]) for i in ids}
        else:
            keys = {r[0]: _value_key(r[1]) for r in self._project.figure_columns([name])}
        return sorted(ids, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        ids = self._fetch()
        self.beginResetModel()
        self._ids = ids
        self._row_of = {fid: i for i, fid in enumerate(ids)}
        self.endResetModel()

    def on_change(self, change) -> None:
        """Refresh from a store notification: changed rows in place, or a reset."""
        if change.structural:
            self._forget()
            self.reload()
            return
        if self._slices is not None and self._haystacks is None:
            self._forget()  # an edit during the warm-up: start it again, never serve stale
        last = len(FIELDS) - 1
        for fid in change.figure_ids:
            row = self._row_of.get(fid)
            cached = self._statuses is not None or self._haystacks is not None
            if row is None and not cached:
                continue
            record = self._project.figure(fid)
            if record is None:
                self._forget()
                self.reload()
                return
            self._remember(record)
            if row is not None:
                self._records[fid] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _remember(self, record) -> None:
        """Keep the all-documents filter data of a changed figure current."""
        if self._haystacks is not None:
            self._haystacks[record.id] = _haystack(record)
        if self._statuses is not None and record.id in self._statuses:
            self._statuses[record.id] = record.status

    # --- lookups for the window ----------------------------------------------------

    def record(self, row: int):
        if not 0 <= row < len(self._ids):
            return None
        fid = self._ids[row]
        rec = self._records.get(fid)
        if rec is None:
            self._load_page(row)
            rec = self._records.get(fid)
        return rec

    def _load_page(self, row: int) -> None:
        """Fetch the records around `row` (a view shows neighbours next)."""
        first = max(0, row - PAGE // 4)
        wanted = [i for i in self._ids[first : first + PAGE] if i not in self._records]
        if len(self._records) > 50 * PAGE:  # scrolling through 100,000 rows: keep memory flat
            self._records = {}
            wanted = self._ids[first : first + PAGE]
        for rec in self._project.figures_by_id(wanted):
            self._records[rec.id] = rec

    def row_of(self, figure_id: int | None) -> int:
        return -1 if figure_id is None else self._row_of.get(figure_id, -1)

    def records(self) -> list[Any]:
        return [self.record(r) for r in range(len(self._ids))]

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid():
            return None
        rec = self.record(index.row())
        if rec is None:
            return None
        name = FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, name)
        inherited = name == "place" and getattr(rec, "place_inherited", False)
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
            if rec.status == Status.REJECTED or inherited:
                return QBrush(STATUS_COLORS[Status.REJECTED])
            return None
        if role == Qt.ItemDataRole.FontRole and (rec.status == Status.REJECTED or inherited):
            font = QFont()
            font.setStrikeOut(rec.status == Status.REJECTED and name != "status")
            font.setItalic(inherited)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("value", "confidence"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if inherited:
                return QCoreApplication.translate(
                    "FiguresModel",
                    "{place}: the document's place (the text names none for this figure)",
                ).format(place=rec.document_place)
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
        if name == "place":
            return getattr(rec, "effective_place", rec.place) or ""
        v = getattr(rec, name)
        return "" if v is None else str(v)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        rec = self.record(index.row())
        if rec is None:
            return False
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
        old_ids = self._ids
        self._ids = self._sorted(old_ids, column, order)
        self._row_of = {fid: i for i, fid in enumerate(self._ids)}
        # persistent indexes (the current row, the selection) follow their record
        for idx in self.persistentIndexList():
            if 0 <= idx.row() < len(old_ids):
                new_row = self._row_of[old_ids[idx.row()]]
                self.changePersistentIndex(idx, self.index(new_row, idx.column()))
        self.layoutChanged.emit()


def _haystack(record: Any) -> str:
    return _join(getattr(record, f, "") for f in TEXT_FILTER_FIELDS)


def _join(values) -> str:
    """The text a filter searches: the fields joined, case-folded."""
    return " ".join(str(v or "") for v in values).casefold()


__all__ = ["FiguresModel", "FIGURE_ID_ROLE", "STATUS_ROLE", "COLUMNS", "FIELDS", "EDITABLE"]
