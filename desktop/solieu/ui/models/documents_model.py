"""The documents list: a thin QAbstractListModel over `project.documents()`.

A document is done when none of its figures is pending: a rejected figure is as
decided as a confirmed one, so any mix of the two finishes it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (confirmed, rejected, total)
DUPLICATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the near-duplicates, in words, or None
DONE_ROLE = Qt.ItemDataRole.UserRole + 4  # True once no figure is pending (and there is one)
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 5  # (reviewer, mine) of a live claim, or None
SECOND_ROLE = Qt.ItemDataRole.UserRole + 6  # (second reviewer, it is me) under double review


def is_done(summary) -> bool:
    """Every figure decided, confirmed or rejected; a document without figures is not
    done (an empty text is more often a file read wrong than an article without numbers)."""
    return summary.total > 0 and summary.pending == 0


def claim_words(reviewer: str, mine: bool) -> str:
    if mine:
        return QCoreApplication.translate("DocumentsModel", "Being reviewed by you")
    return QCoreApplication.translate("DocumentsModel", "Being reviewed by {reviewer}").format(
        reviewer=reviewer
    )


def second_words(reviewer: str, me: bool) -> str:
    if me:
        return QCoreApplication.translate(
            "DocumentsModel", "Double review: you decide it blind (your own decisions)"
        )
    return QCoreApplication.translate(
        "DocumentsModel", "Double review: {reviewer} decides it blind"
    ).format(reviewer=reviewer)


class DocumentsModel(QAbstractListModel):
    """One row per document, filtered by a name/title substring in Python."""

    def __init__(self, project, parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._rows: list = []
        self._all: list = []
        self.filter_text = ""
        self.duplicates: dict[int, str] = {}
        self.claims: dict[int, tuple[str, bool]] = {}  # document → (reviewer, mine)
        self.seconds: dict[int, tuple[str, bool]] = {}  # document → (second reviewer, me)

    def set_project(self, project) -> None:
        self._project = project
        self.reload()

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.reload()

    def _fetch(self) -> list:
        self._all = list(self._project.documents()) if self._project is not None else []
        needle = self.filter_text.strip().casefold()
        if not needle:
            return list(self._all)
        return [d for d in self._all if needle in f"{d.name} {d.title or ''}".casefold()]

    def reload(self) -> None:
        rows = self._fetch()
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def on_change(self, change) -> None:
        """Refresh the progress of the documents an edit touched in place; reset when
        documents came or went (re-reading every document costs ~50 ms at 100,000 figures)."""
        if not change.structural and change.document_ids and self._project is not None:
            fresh = {d.id: d for d in self._project.documents(change.document_ids)}
            known = {d.id for d in self._all}
            if set(fresh) <= known and len(fresh) == len(change.document_ids):
                self._all = [fresh.get(d.id, d) for d in self._all]
                for i, d in enumerate(self._rows):
                    if d.id in fresh and fresh[d.id] != d:
                        self._rows[i] = fresh[d.id]
                        self.dataChanged.emit(self.index(i), self.index(i))
                return
        rows = self._fetch()
        if change.structural or [d.id for d in rows] != [d.id for d in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        old = self._rows
        self._rows = rows
        for i, (a, b) in enumerate(zip(old, rows, strict=True)):
            if a != b:
                self.dataChanged.emit(self.index(i), self.index(i))

    def counts(self) -> tuple[int, int, int]:
        """(confirmed, rejected, pending) over every document, from the summaries held."""
        return (
            sum(d.confirmed for d in self._all),
            sum(d.rejected for d in self._all),
            sum(d.pending for d in self._all),
        )

    def set_duplicates(self, duplicates: dict[int, str]) -> None:
        """Document id → its near-duplicates in words (from the reconciliation), for the ≈ badge."""
        if duplicates == self.duplicates:
            return
        self.duplicates = dict(duplicates)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def set_claims(self, claims: dict[int, tuple[str, bool]]) -> None:
        """Document id → (reviewer, held by this window) of the live claims (store/claims)."""
        if claims == self.claims:
            return
        changed = set(claims) ^ set(self.claims) | {
            d for d in claims if self.claims.get(d) != claims[d]
        }
        self.claims = dict(claims)
        for d in changed:
            row = self.row_of(d)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def set_seconds(self, seconds: dict[int, tuple[str, bool]]) -> None:
        """Document id → (its second reviewer, that is this window's reviewer)."""
        if seconds == self.seconds:
            return
        self.seconds = dict(seconds)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def summary(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, document_id: int | None) -> int:
        for i, d in enumerate(self._rows):
            if d.id == document_id:
                return i
        return -1

    def all_documents(self) -> list:
        """Every document in list order, ignoring the filter."""
        return list(self._all)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        d = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return d.title or d.name
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{d.name}\n{d.title}" if d.title else d.name
            progress = QCoreApplication.translate(
                "DocumentsModel", "{confirmed} confirmed, {rejected} rejected, {pending} pending"
            ).format(confirmed=d.confirmed, rejected=d.rejected, pending=d.pending)
            tip = f"{tip}\n{progress}"
            claim = self.claims.get(d.id)
            if claim is not None:
                tip += "\n" + claim_words(*claim)
            second = self.seconds.get(d.id)
            if second is not None:
                tip += "\n" + second_words(*second)
            badge = self.duplicates.get(d.id)
            return f"{tip}\n{badge}" if badge else tip
        if role == DOCUMENT_ID_ROLE:
            return d.id
        if role == PROGRESS_ROLE:
            return (d.confirmed, d.rejected, d.total)
        if role == DUPLICATE_ROLE:
            return self.duplicates.get(d.id)
        if role == DONE_ROLE:
            return is_done(d)
        if role == CLAIM_ROLE:
            return self.claims.get(d.id)
        if role == SECOND_ROLE:
            return self.seconds.get(d.id)
        return None
