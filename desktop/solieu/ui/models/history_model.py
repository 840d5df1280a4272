"""Edit ▸ History as a table model: the review log's entries, newest first.

A thin adapter over `Project.history` pages; what an entry means and whether it
can still be undone is the store's (`HistoryEntry.current`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from solieu.ui.models.table_base import ListTableModel

COLUMNS = ("at", "action", "document", "figure", "change")
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 500  # entries read per page
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


def action_label(action: str) -> str:
    labels = {
        "set": QCoreApplication.translate("HistoryModel", "edited"),
        "add": QCoreApplication.translate("HistoryModel", "added"),
        "delete": QCoreApplication.translate("HistoryModel", "deleted"),
        "restore": QCoreApplication.translate("HistoryModel", "restored"),
        "document": QCoreApplication.translate("HistoryModel", "document"),
        "statistic": QCoreApplication.translate("HistoryModel", "group decision"),
        "reread": QCoreApplication.translate("HistoryModel", "read again"),
        "remove_document": QCoreApplication.translate("HistoryModel", "document removed"),
        "restore_document": QCoreApplication.translate("HistoryModel", "document restored"),
        "entry": QCoreApplication.translate("HistoryModel", "codebook"),
        "rule": QCoreApplication.translate("HistoryModel", "rule"),
        "assign": QCoreApplication.translate("HistoryModel", "double review"),
        "second": QCoreApplication.translate("HistoryModel", "second review"),
        "adjudicate": QCoreApplication.translate("HistoryModel", "adjudicated"),
    }
    return labels.get(action, action)


def change_text(entry) -> str:
    if entry.action == "assign":  # the document's second reviewer, from → to
        old, new = entry.old or "∅", entry.new or "∅"
        return QCoreApplication.translate("HistoryModel", "second reviewer: {old} → {new}").format(
            old=old, new=new
        )
    if entry.action == "adjudicate":
        return (QCoreApplication.translate("HistoryModel", "decided by the lead")
                if entry.new == "1"
                else QCoreApplication.translate("HistoryModel", "open again"))  # fmt: skip
    if entry.field is None:
        return ""
    old = entry.old if entry.old not in (None, "") else "∅"
    new = entry.new if entry.new not in (None, "") else "∅"
    return f"{entry.field}: {old} → {new}"


def when(at: str) -> str:
    """The log's UTC stamp, shortened to what a reviewer reads (date and time)."""
    return at.replace("T", " ")[:19] if at else ""


class HistoryModel(ListTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list = []
        self.more = False

    def set_entries(self, entries: list, more: bool) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.more = more
        self.endResetModel()

    def append(self, entries: list, more: bool) -> None:
        if entries:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self.entries.extend(entries)
            self.endInsertRows()
        self.more = more

    def entry(self, row: int):
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rows(self) -> list:
        return self.entries

    def headers(self) -> dict[str, str]:
        return {
            "at": _tr("When (UTC)"),
            "action": _tr("What"),
            "document": _tr("Document"),
            "figure": _tr("Figure"),
            "change": _tr("Change"),
        }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and not entry.current:
            return QBrush(QColor("#8c959f"))  # no longer current: shown, not undoable
        if role == Qt.ItemDataRole.ToolTipRole and not entry.current:
            return _tr("Changed again since, or no longer in the project: cannot be undone")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[index.column()]
        if column == "at":
            return when(entry.at)
        if column == "action":
            return action_label(entry.action)
        if column == "document":
            return entry.document or ""
        if column == "figure":
            return entry.figure_text or ""
        return change_text(entry)
