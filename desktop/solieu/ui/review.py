"""The review actions behind the keys: confirm, reject, move, add, jump to pending.

Each action reads the window's current selection, builds a plain-data edit and
pushes it on the edit stack; the store's notification refreshes the views.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from solieu.extract import figure_at
from solieu.model import Status
from solieu.store.edits import EDITABLE_FIELDS, AddFigure, DeleteFigure, SetStatus
from solieu.ui.models.figures_model import FIELDS

if TYPE_CHECKING:
    from solieu.ui.main_window import MainWindow

# what an added figure takes from the extractor's reading of it in its document: every
# editable field but the reviewer's own (its status and note)
ADD_FIELDS = tuple(f for f in EDITABLE_FIELDS if f not in ("status", "note"))


class Review(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    # --- helpers ---------------------------------------------------------------------------

    def _current(self):
        index = self.w.table.currentIndex()
        return self.w.figures_model.record(index.row()) if index.isValid() else None

    def _selected(self) -> list:
        model = self.w.figures_model
        rows = sorted({i.row() for i in self.w.table.selectionModel().selectedRows()})
        records = [model.record(r) for r in rows]
        current = self._current()
        if not records and current is not None:
            records = [current]
        return [r for r in records if r is not None]

    # --- moving ------------------------------------------------------------------------------

    def move(self, delta: int) -> None:
        model = self.w.figures_model
        if not model.rowCount():
            return
        index = self.w.table.currentIndex()
        row = index.row() + delta if index.isValid() else 0
        if not 0 <= row < model.rowCount():
            if delta > 0:
                self.w.notify(
                    QCoreApplication.translate(
                        "Review", "Last figure of the list; N goes to the next pending figure"
                    )
                )
            return
        self.w.select_row(row)

    def move_document(self, delta: int) -> None:
        view = self.w.documents_view
        model = self.w.documents_model
        row = view.currentIndex().row() + delta if view.currentIndex().isValid() else 0
        if 0 <= row < model.rowCount():
            self.w.select_document_row(row)
            self.w.table.setFocus()

    def next_pending(self) -> None:
        """The next pending figure after the current one, across documents (wrapping)."""
        project = self.w.project
        pending = project.figures(status=Status.PENDING)
        if not pending:
            self.w.notify(QCoreApplication.translate("Review", "Every figure has been reviewed"))
            return
        order = {d.id: i for i, d in enumerate(project.documents())}
        pending.sort(key=lambda f: (order.get(f.document_id, 0), f.start, f.id))
        current = self._current()
        if current is None:
            target = pending[0]
        else:
            here = (order.get(current.document_id, 0), current.start, current.id)
            target = next(
                (f for f in pending if (order.get(f.document_id, 0), f.start, f.id) > here),
                pending[0],
            )
        self.w.select_figure(target.id)
        self.w.table.setFocus()

    # --- status -------------------------------------------------------------------------------

    def _set_status(self, status: Status, advance: bool) -> None:
        record = self._current()
        if record is None:
            return
        if record.status != status:
            label = {
                Status.CONFIRMED: QCoreApplication.translate("Review", "Confirm figure"),
                Status.REJECTED: QCoreApplication.translate("Review", "Reject figure"),
                Status.PENDING: QCoreApplication.translate("Review", "Back to pending"),
            }[status]
            edit = SetStatus((record.id,), status, (record.status,))
            if self.w.edits.push(edit, label) is None:
                return
        if advance:
            self.move(1)

    def confirm_next(self) -> None:
        self._set_status(Status.CONFIRMED, advance=True)

    def reject_next(self) -> None:
        self._set_status(Status.REJECTED, advance=True)

    def set_pending(self) -> None:
        self._set_status(Status.PENDING, advance=False)

    def bulk_confirm(self) -> None:
        records = [r for r in self._selected() if r.status != Status.CONFIRMED]
        if not records:
            return
        edit = SetStatus(
            tuple(r.id for r in records), Status.CONFIRMED, tuple(r.status for r in records)
        )
        self.w.edits.push(
            edit, QCoreApplication.translate("Review", "Confirm {n} figures").format(n=len(records))
        )

    # --- editing ------------------------------------------------------------------------------

    def edit_current(self) -> None:
        index = self.w.table.currentIndex()
        if index.isValid():
            self.w.table.setFocus()
            self.w.table.edit(index)

    def delete_current(self) -> None:
        record = self._current()
        if record is None:
            return
        row = self.w.table.currentIndex().row()
        if (
            self.w.edits.push(
                DeleteFigure(record.id), QCoreApplication.translate("Review", "Delete figure")
            )
            is not None
        ):
            self.w.select_row(min(row, self.w.figures_model.rowCount() - 1))

    def add_from_selection(self) -> None:
        """Add the figure selected in the article; its value is parsed, then editable."""
        w = self.w
        span = w.article.selection()
        if span is None or w.doc_id is None:
            w.notify(
                QCoreApplication.translate(
                    "Review", "Select the missed figure in the article text first, then press A"
                )
            )
            return
        start, end = span
        full = w.article.text()
        text = full[start:end]
        figure = figure_at(full, start, end, doc_date=w.project.document(w.doc_id).published)
        if figure is None:
            w.show_problem(
                QCoreApplication.translate("Review", "There is no number in “{text}”.").format(
                    text=text.strip()
                )
            )
            return
        start, end = figure.start, figure.end
        same = [f for f in w.project.figures(w.doc_id) if (f.start, f.end) == (start, end)]
        if same:  # already a figure: adding it again would count the statistic twice
            w.select_figure(same[0].id, FIELDS.index("value"))
            w.table.setFocus()
            w.notify(
                QCoreApplication.translate(
                    "Review", "“{text}” is already a figure; it is selected now"
                ).format(text=same[0].text)
            )
            return
        fields = {name: getattr(figure, name) for name in ADD_FIELDS}
        fields = {k: v for k, v in fields.items() if v is not None}
        inverse = w.edits.push(
            AddFigure(w.doc_id, start, end, fields),
            QCoreApplication.translate("Review", "Add figure"),
        )
        if inverse is None:
            return
        w.article.setFocus()
        w.select_figure(inverse.figure_id, FIELDS.index("value"))
        w.table.setFocus()
        w.notify(QCoreApplication.translate("Review", "Figure added; F2 corrects its value"))
