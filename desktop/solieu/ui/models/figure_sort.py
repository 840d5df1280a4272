"""Sorting the figure table's rows: one function, and a way to run it off the UI thread.

Sorting 1,000,000 figures by a column takes seconds in Python (reading the column,
then the sort), too long to hold the window. `BackgroundSort` does it on a thread
with its own read-only connection, so neither the store's lock nor the UI thread
waits; the result comes back as a queued signal and the model applies it only if
the rows are still the ones it sorted.
"""

from __future__ import annotations

import heapq
import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from solieu.ui import collector, courier
from solieu.ui.models.figure_cells import COLUMNS, FIELDS

log = logging.getLogger(__name__)

BACKGROUND_SORT_MIN = 50_000  # rows above which an all-documents sort runs on a thread
SORT_CHUNK = 20_000  # values one list.sort call sorts (each holds the GIL till it ends)
READ_FIGURES = 20_000  # figures one read of a column aims at, likewise
FIRST_READ_DOCUMENTS = 100


def sort_ids(ids: list[int], pairs: list[tuple], *, descending: bool) -> list[int]:
    """`ids` ordered by the values in `pairs` ((id, value) in article order, maybe of
    more figures than `ids`): text case-insensitively, empty cells last either way,
    equal values in article order (a stable sort, descending too).

    Many values are sorted in chunks and merged: one `list.sort` call holds the GIL
    till it returns, which on a worker thread would freeze the window meanwhile.
    """
    if len(ids) != len(pairs):
        wanted = set(ids)
        pairs = [p for p in pairs if p[0] in wanted]
    present = [p for p in pairs if p[1] is not None]
    empty = [p[0] for p in pairs if p[1] is None]
    if present and isinstance(present[0][1], str):
        present = [(i, v.casefold()) for i, v in present]
    if len(present) <= SORT_CHUNK:
        present.sort(key=_second, reverse=descending)
        return [p[0] for p in present] + empty
    chunks = []
    for start in range(0, len(present), SORT_CHUNK):
        chunk = present[start : start + SORT_CHUNK]
        chunk.sort(key=_second, reverse=descending)  # stable, in article order
        chunks.append(chunk)
    merged = heapq.merge(*chunks, key=_second, reverse=descending)  # stable as well
    return [p[0] for p in merged] + empty


def _second(pair: tuple) -> Any:
    return pair[1]


def read_column(project, name: str) -> list[tuple]:
    """`(id, value)` of every live figure in article order, read a slice of documents at
    a time, so no one call holds the GIL long (the store converts values in bulk)."""
    low, high = project.document_id_range()
    pairs: list[tuple] = []
    width = FIRST_READ_DOCUMENTS  # documents per read, adjusted to about READ_FIGURES figures
    first = low
    while first <= high:
        last = min(high, first + width - 1)
        part = project.figure_columns([name], documents=(first, last))
        pairs += part
        width = max(1, min(2 * width, width * READ_FIGURES // max(1, len(part))))
        first = last + 1
    return pairs


class BackgroundSort(QObject):
    """Sorts ids by a column on a worker thread; `done(job, ids)` on the UI thread
    (ids None when it failed: the rows then stay as they are)."""

    done = Signal(int, object)

    def start(self, job: int, opener, name: str, ids: list[int], descending: bool) -> None:
        """Sort on a thread over a connection `opener()` gives (`Project.open_reader`)."""
        courier.ready()
        worker = threading.Thread(
            target=self._run,
            args=(job, opener, name, ids, descending),
            name="solieu-sort",
            daemon=True,  # nothing to save: a sort cut short at exit is just dropped
        )
        worker.start()

    def _run(self, job: int, opener, name: str, ids: list[int], descending: bool) -> None:
        result: list[int] | None = None
        try:
            with collector.paused(), opener() as project:
                pairs = read_column(project, name)
                result = sort_ids(ids, pairs, descending=descending)
        except Exception:  # a closed or moved file: the view keeps its order
            log.exception("sorting the figures by %s failed", name)
        courier.carry(self, "_finished", job, result)  # dropped if the model went away

    def _finished(self, job: int, result: list[int] | None) -> None:
        self.done.emit(job, result)


class RowOrder:
    """The sorting half of `FiguresModel`: by a column, on a thread when the rows are
    many, back to article order. Expects the model's `_ids`, `_sort`, `_sorter` …"""

    def _drop_sort(self) -> None:
        self._cancel_sort()
        if self._sort is not None:
            self._sort = None
            self.sortChanged.emit()

    def sorting(self) -> bool:
        """True while a background sort has not come back yet."""
        return self._sorting is not None

    def _cancel_sort(self) -> None:
        self._sort_job += 1  # a result still on its way is dropped
        if self._sorting is not None:
            self._sorting = None
            self.sortingChanged.emit(False)

    def _sort_later(self, column: int, order: Qt.SortOrder) -> bool:
        """Sort the rows on a thread when they are many; False: sort them now."""
        if not self.all_documents or len(self._ids) < BACKGROUND_SORT_MIN:
            return False
        self._cancel_sort()
        self._sorting = self._ids
        descending = order == Qt.SortOrder.DescendingOrder
        opener = self._project.open_reader
        self._sorter.start(self._sort_job, opener, FIELDS[column], self._ids, descending)
        self.sortingChanged.emit(True)
        return True

    def _sorted_in_background(self, job: int, ids: list[int] | None) -> None:
        if job != self._sort_job or self._sorting is not self._ids:
            return  # the rows changed meanwhile (a reload sorts them again)
        self._sorting = None
        if ids is not None:
            self._reorder(ids)
        self.sortingChanged.emit(False)

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """(column, order) of the sort, or None in article order."""
        return self._sort

    def _sorted(self, ids: list[int], column: int, order: Qt.SortOrder) -> list[int]:
        name = FIELDS[column]
        if self.all_documents:
            pairs = self._project.figure_columns([name])  # (id, value), document order
        else:
            pairs = [(i, getattr(self._records[i], name)) for i in ids]
        return sort_ids(ids, pairs, descending=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; a column out of range (-1) returns to article order."""
        if not 0 <= column < len(COLUMNS):
            if self._sort is not None:
                self._sort = None
                self.reload()  # back to article order
                self.sortChanged.emit()
            return
        state = (column, Qt.SortOrder(order))
        if state == self._sort and any(
            self._ids is rows for rows in (self._sorted_rows, self._sorting)
        ):
            return  # sorted so already, or on its way (QTableView.sortByColumn asks twice)
        self._sort = state
        if self._searching is not None:
            self.sortChanged.emit()  # the rows are still coming: sorted once all are in
            return
        if not self._sort_later(column, state[1]):
            self._reorder(self._sorted(self._ids, column, order))
        self.sortChanged.emit()

    def _reorder(self, ids: list[int]) -> None:
        """Show the same rows in another order; the current row and selection follow."""
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._set_ids(ids)
        persistent = [i for i in self.persistentIndexList() if 0 <= i.row() < len(old_ids)]
        if persistent:
            moved = {old_ids[i.row()] for i in persistent}
            if len(moved) <= 8:  # the current row, a small selection: a scan each
                row_of = {fid: ids.index(fid) for fid in moved}
            else:
                row_of = {fid: i for i, fid in enumerate(ids)}
                self._row_map = row_of
            for idx in persistent:
                new_row = row_of[old_ids[idx.row()]]
                self.changePersistentIndex(idx, self.index(new_row, idx.column()))
        self._sorted_rows = self._ids
        self.layoutChanged.emit()
