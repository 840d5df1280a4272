"""The figure table: a thin QAbstractTableModel adapter over `project.figures()`.

Filtering and sorting happen in plain Python over the store's records
followed by a model reset (no QSortFilterProxyModel). `setData` only builds a
`SetField` edit and hands it to the edit stack; the store's change
notification then refreshes the rows.

A sort belongs to the view of one document (or of all): changing the scope
returns to article order. Painting a cell costs one Python call (`multiData`),
not one per role, because every call from the view must take the GIL, which a
busy worker thread may hold.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal

from solieu.model import Status
from solieu.store import ProjectError
from solieu.store.edits import SetField
from solieu.ui import collector
from solieu.ui.models import figure_sort
from solieu.ui.models.figure_cells import (  # noqa: F401 - the names callers import from here
    COLUMN_FLAGS,
    COLUMNS,
    EDITABLE,
    FIELDS,
    FIGURE_ID_ROLE,
    QUALIFIER_LABELS,
    STATUS_COLORS,
    STATUS_LABELS,
    STATUS_ROLE,
    cell_value,
    status_label,
    tr,
)
from solieu.ui.models.figure_index import TEXT_FILTER_FIELDS, FigureIndex, haystack
from solieu.ui.models.figure_sort import BackgroundSort, RowOrder

log = logging.getLogger(__name__)

PAGE = 200  # records fetched at once when a row that is not loaded yet is shown
WARM_UP_DELAY_MS = 300
SETTLE_EVERY = 64  # idle-time index slices between two `collector.settle()`
ROW_OF_SCANS = 2  # lookups answered by a scan before the id → row map is built
PROGRESSIVE_MIN = 20_000  # unread figures above which a filter shows its rows as found


class FiguresModel(RowOrder, QAbstractTableModel):
    """Rows are the figures of one document (or all), filtered and sorted in Python.

    The model holds the row order as figure ids. One document's records are
    loaded at once; in all-documents mode (100,000 rows and more) only the
    columns a filter or sort needs are read (`FigureIndex`), and records are
    fetched a page at a time as rows are shown.
    """

    sortChanged = Signal()  # noqa: N815 - the sort column or order changed, or was dropped
    searchingChanged = Signal(bool)  # noqa: N815 - filtered rows are still being found
    sortingChanged = Signal(bool)  # noqa: N815 - a sort runs in the background

    def __init__(self, project, submit: Callable[[Any, str], bool], parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._submit = submit
        self._ids: list[int] = []
        self._row_map: dict[int, int] | None = None
        self._scans = 0
        self._records: dict[int, Any] = {}  # loaded records by id
        # what the project learned, by figure id (learn.session.Hint; set by ui/learning.py)
        self.hints: dict[int, Any] = {}
        self._index = FigureIndex(project)
        self._scope_total: int | None = 0  # figures in the scope, before the filters
        self._searching: tuple | None = None  # (status, needle) while rows still arrive
        self._warm_timer = QTimer(self)
        self._warm_steps = 0
        self._warm_timer.timeout.connect(self._warm_step)
        self.document_id: int | None = None
        self.all_documents = False
        self.status_filter: Status | None = None
        self.text_filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sorted_rows: list[int] | None = None  # the rows as the last sort left them
        self._sort_job = 0  # the background sort whose result is still wanted
        self._sorting: list[int] | None = None  # the rows a background sort is sorting
        self._resort = False
        self._sorter = BackgroundSort(self)
        self._sorter.done.connect(self._sorted_in_background)
        self._forget()

    # --- loading -----------------------------------------------------------------

    def set_project(self, project) -> None:
        self._project = project
        self._index = FigureIndex(project)
        self.document_id = None
        self._drop_sort()
        self._forget()
        self.reload()

    def set_scope(self, document_id: int | None, all_documents: bool) -> None:
        """Show one document's figures or all; another scope starts in article order."""
        changed = (document_id, all_documents) != (self.document_id, self.all_documents)
        self.document_id = document_id
        self.all_documents = all_documents
        if changed:
            self._drop_sort()
        self.reload()

    def set_filters(self, status: Status | None, text: str) -> None:
        self.status_filter = status
        self.text_filter = text
        self.reload()

    def set_hints(self, hints: dict[int, Any]) -> None:
        """Show what the project learned for these figures (the measure and confidence
        cells of the rows whose hint changed repaint)."""
        changed = {i for i in hints.keys() | self.hints.keys() if hints.get(i) != self.hints.get(i)}
        self.hints = dict(hints)
        if not changed or not self._ids:
            return
        rows = [r for r in (self.row_of(i) for i in changed) if r is not None and r >= 0]
        if rows:
            left, right = FIELDS.index("measure"), FIELDS.index("confidence")
            self.dataChanged.emit(self.index(min(rows), left), self.index(max(rows), right))

    def loaded_records(self) -> list:
        """The records of the rows read so far (one document: all of them)."""
        return [self._records[i] for i in self._ids if i in self._records]

    def hidden_count(self) -> int:
        """Figures of the scope that the status and text filters hide now."""
        return max(0, self.scope_count() - len(self._ids))

    def scope_count(self) -> int:
        """Figures of the scope (one document or all), whatever the filters."""
        if self._scope_total is None:  # all documents: one count, when first asked
            self._scope_total = self._index.total()
        return self._scope_total

    def has_scope(self) -> bool:
        return self._project is not None and (self.all_documents or self.document_id is not None)

    def _forget(self) -> None:
        """Drop what was read for the all-documents mode (figures came or went)."""
        self._index.reset()
        if self._project is not None:
            self._warm_timer.start(WARM_UP_DELAY_MS)  # after the window has painted

    def _warm_step(self) -> None:
        self._warm_timer.setInterval(0)
        try:
            more = self.warm_up()
        except ProjectError as exc:  # a server gone away: read again on the next reset
            log.warning("reading the figures in the background stopped: %s", exc)
            more = False
        if not more:
            self._warm_timer.stop()

    def warm_up(self) -> bool:
        """Read one more slice of the all-documents index; False once it is complete."""
        if self._project is None:
            return False
        index = self._index
        if self._searching == (None, ""):  # every figure shown: the ids alone will do
            index.step_ids()
            self._search_on(index.last_ids_read, index.ids_complete)
            return True
        more = index.step()
        self._warm_steps += 1
        if not more or self._warm_steps % SETTLE_EVERY == 0:
            collector.settle()  # the index lives as long as the project: see collector.py
        if self._searching is not None:
            status, needle = self._searching
            self._search_on(index.matches(index.last_read, status, needle), index.complete)
        return more

    def _fetch(self) -> list[int]:
        """The row order (figure ids); one document's records are loaded on the way."""
        self._scope_total = 0
        if self._searching is not None:
            self._searching = None
            self.searchingChanged.emit(False)
        if not self.has_scope():
            self._records = {}
            return []
        needle = self.text_filter.strip().casefold()
        if not self.all_documents:
            rows = self._project.figures(document_id=self.document_id)
            self._scope_total = len(rows)
            if self.status_filter is not None:
                rows = [r for r in rows if r.status == self.status_filter]
            if needle:
                rows = [r for r in rows if needle in haystack(r)]
            self._records = {r.id: r for r in rows}
            ids = [r.id for r in rows]
        else:
            self._records = {}
            ids = self._all_documents_ids(needle)
        if self._sort is not None:
            if self.all_documents and len(ids) >= figure_sort.BACKGROUND_SORT_MIN:
                self._resort = True  # after the reset, on a thread
            else:
                ids = self._sorted(ids, *self._sort)
        return ids

    def _all_documents_ids(self, needle: str) -> list[int]:
        index = self._index
        status = self.status_filter
        self._scope_total = None  # counted when asked (`hidden_count`)
        unfiltered = status is None and not needle
        if self._sort is None:
            unread = index.unread_ids() if unfiltered else index.unread()
            if unread > PROGRESSIVE_MIN:
                # most figures are not read yet: show those read now, and the rest as
                # the idle-time reading reaches them (`warm_up`); nothing waits
                self._searching = (status, needle)
                self._warm_timer.start(0)
                self.searchingChanged.emit(True)
                if unfiltered:
                    return list(index.read_id_list())
                return index.matches(index.read_ids(), status, needle)
        if unfiltered:
            return index.ids()
        return index.filtered(status, needle)

    def searching(self) -> bool:
        """True while the filtered all-documents rows still grow with the idle reading."""
        return self._searching is not None

    def _search_on(self, found: list[int], done: bool) -> None:
        """Append the rows the idle reading just found (rows grow at the end)."""
        if found:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._ids.extend(found)
            if self._row_map is not None:
                self._row_map.update((fid, first + k) for k, fid in enumerate(found))
            self.endInsertRows()
        if done:
            status, needle = self._searching
            self._index.remember(status, needle, self._ids)  # typing on narrows this
            self._searching = None
            self.searchingChanged.emit(False)
            if self._sort is not None and not self._sort_later(*self._sort):
                self._reorder(self._sorted(self._ids, *self._sort))

    def reload(self) -> None:
        self._cancel_sort()
        ids = self._fetch()
        self.beginResetModel()
        self._set_ids(ids)
        self.endResetModel()
        if self._resort:
            self._resort = False
            self._sort_later(*self._sort)

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._row_map = None  # built when lookups repeat: 1,000,000 rows take a while
        self._scans = 0

    def on_change(self, change) -> None:
        """Refresh from a store notification: changed rows in place, or a reset."""
        if change.structural:
            self._forget()
            self.reload()
            return
        last = len(FIELDS) - 1
        self._sorted_rows = None  # values changed: the same sort asked again must re-sort
        for fid in change.figure_ids:
            row = self.row_of(fid)
            if row < 0 and not self._index.holds(fid):
                continue
            try:
                record = self._project.figure(fid)
            except ProjectError:  # gone meanwhile: read everything again
                self._forget()
                self.reload()
                return
            self._index.update(record)
            if row >= 0:
                self._records[fid] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

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
        if figure_id is None:
            return -1
        if self._row_map is None and self._scans < ROW_OF_SCANS:
            self._scans += 1  # one lookup after a reset: a scan is cheaper than a map
            try:
                return self._ids.index(figure_id)
            except ValueError:
                return -1
        if self._row_map is None:
            self._row_map = {fid: i for i, fid in enumerate(self._ids)}
        return self._row_map.get(figure_id, -1)

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
        return COLUMN_FLAGS[index.column()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rec = self.record(index.row())
        if rec is None:
            return None
        return cell_value(rec, FIELDS[index.column()], role, self.hints.get(rec.id))

    def multiData(self, index, span) -> None:  # noqa: N802 - Qt's name
        """Every role a delegate asks for in one call (one GIL acquisition per cell)."""
        if not index.isValid():
            return
        rec = self.record(index.row())
        if rec is None:
            return
        name = FIELDS[index.column()]
        hint = self.hints.get(rec.id)
        for k in range(span.size()):
            role_data = span[k]
            value = cell_value(rec, name, role_data.role(), hint)
            if value is None:
                role_data.clearData()  # the delegate reuses its buffer from cell to cell
            else:
                role_data.setData(value)

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


_haystack = haystack  # the name older callers import

__all__ = [
    "FiguresModel",
    "QUALIFIER_LABELS",
    "STATUS_COLORS",
    "STATUS_LABELS",
    "status_label",
    "tr",
    "FIGURE_ID_ROLE",
    "STATUS_ROLE",
    "COLUMNS",
    "FIELDS",
    "EDITABLE",
    "TEXT_FILTER_FIELDS",
]
