"""The Codebook page's table: a thin model over the store's `list[Entry]`.

It only shows entries and carries drags: dropping entries onto an entry emits
`mergeRequested(target_id, source_ids)`, and the page builds and pushes the edit
(no business logic here). A refresh resets the model; the page remembers which
entries were current and selected and reselects them by id (`row_of`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from solieu.learn.model import Entry
from solieu.learn.model import fold as fold_marks
from solieu.text.sentences import Sentence, sentence_at
from solieu.ui.models.table_base import ListTableModel

COLUMNS = ("name", "code", "name_en", "unit_class", "change", "figures", "synonyms")
MIME_TYPE = "application/x-solieu-entry-ids"
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2  # name, synonyms and code, folded (`fold`)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # figures as a number, text folded
CONTEXT = 80  # characters either side of a figure when its sentence is not found
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("CodebookModel", text)


def fold(text: str) -> str:
    """Case and diacritics dropped (`Đ` too): a reviewer typing `kim ngach` without a
    Vietnamese keyboard still finds `kim ngạch`."""
    return fold_marks(text.casefold())


def example(text: str, sentences: list[Sentence], start: int, end: int) -> tuple[str, str]:
    """A figure `text[start:end]` inside its sentence: (rich text with the figure in bold,
    plain text). A figure the sentence splitter cut across gets ±CONTEXT characters."""
    sentence = sentence_at(sentences, start)
    if sentence is None or sentence.end < end:
        lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    else:
        lo, hi = sentence.start, sentence.end
    before, span, after = text[lo:start].lstrip(), text[start:end], text[end:hi]
    rich = f"{html.escape(before)}<b>{html.escape(span)}</b>{html.escape(after)}"
    return " ".join(rich.split()), " ".join((before + span + after).split())


def change_label(change: bool | None) -> str:
    if change is None:
        return ""
    return _tr("change") if change else _tr("level")


def encode_ids(ids: list[int]) -> QByteArray:
    return QByteArray(",".join(str(i) for i in ids).encode("ascii"))


def decode_ids(data: QMimeData | None) -> list[int]:
    """The entry ids a drag carries (none for another application's data)."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    raw = bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace")
    return [int(p) for p in raw.split(",") if p.strip().isdigit()]


class CodebookModel(ListTableModel):
    COLUMNS = COLUMNS
    """Rows are entries in the store's order (by name); a proxy sorts and filters."""

    mergeRequested = Signal(int, list)  # noqa: N815 - (target entry id, source entry ids)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self._folded: list[str] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._folded = [
            fold(" ".join([*e.state.names(), e.state.code or "", e.state.name_en or ""]))
            for e in self.entries
        ]
        self.endResetModel()

    def entry_at(self, row: int) -> Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: int | None) -> int:
        for row, e in enumerate(self.entries):
            if e.id == entry_id:
                return row
        return -1

    def entry_by_id(self, entry_id: int | None) -> Entry | None:
        return self.entry_at(self.row_of(entry_id))

    # --- the table ------------------------------------------------------------------------

    def rows(self) -> list:
        return self.entries

    def headers(self) -> dict[str, str]:
        return {
            "name": _tr("Name"),
            "code": _tr("Code"),
            "name_en": _tr("English name"),
            "unit_class": _tr("Unit class"),
            "change": _tr("Change"),
            "figures": _tr("Figures"),
            "synonyms": _tr("Synonyms"),
        }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == FILTER_ROLE:
            return self._folded[index.row()]
        if role == SORT_ROLE:
            return entry.figures if column == "figures" else fold(self._text(entry, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "figures":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "synonyms" and entry.state.synonyms:
            return "\n".join(entry.state.synonyms)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        return None

    @staticmethod
    def _text(entry: Entry, column: str) -> str:
        s = entry.state
        if column == "figures":
            return str(entry.figures)
        if column == "change":
            return change_label(s.change)
        if column == "synonyms":
            return "; ".join(s.synonyms)
        return getattr(s, column) or ""

    # --- drag and drop: entries onto an entry ask for a merge --------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids: list[int] = []
        for index in indexes:
            entry = self.entry_at(index.row()) if index.isValid() else None
            if entry is not None and entry.id not in ids:
                ids.append(entry.id)
        data = QMimeData()
        data.setData(MIME_TYPE, encode_ids(ids))
        return data

    def _drop_target(self, row: int, parent: QModelIndex) -> Entry | None:
        # onto an item: the view passes the item as parent (row -1); between rows: no target
        if parent.isValid():
            return self.entry_at(parent.row())
        return None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        target = self._drop_target(row, parent)
        if target is None:
            return False
        return any(i != target.id for i in decode_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._drop_target(row, parent)
        if target is None:
            return False
        sources = [i for i in decode_ids(data) if i != target.id]
        if not sources:
            return False
        self.mergeRequested.emit(target.id, sources)
        # False: the merge is the page's, through the store; the view must not remove rows
        return False


class EntryFilter(QSortFilterProxyModel):
    """Keeps the entries whose name, synonyms or code hold every typed word (folded);
    sorts by `SORT_ROLE` (figures as numbers, text without diacritics)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt's name
        if not self.words:
            return True
        text = self.sourceModel().index(row, 0, parent).data(FILTER_ROLE) or ""
        return all(w in text for w in self.words)
