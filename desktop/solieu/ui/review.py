"""The review actions behind the keys: confirm, reject, move, add, jump to pending.

Each action reads the window's current selection, builds a plain-data edit and
pushes it on the edit stack; the store's notification refreshes the views.
Confirm, reject and back-to-pending act on every selected row (Shift+↓ selects
more), then move past the last of them.

The keyboard lives in the figure table; Ctrl+J lends it to the article to select
a missed figure (Shift+arrows, A adds it), and the article hands it back on Esc,
after A, or after a click on a highlight.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from solieu.extract import figure_at
from solieu.model import Status
from solieu.store.edits import EDITABLE_FIELDS, AddFigure, DeleteFigure, SetStatus
from solieu.ui.context_menus import install_article_menu, install_documents_menu, install_table_menu
from solieu.ui.models.figures_model import FIELDS
from solieu.ui.shell import Shell

# what an added figure takes from the extractor's reading of it in its document: every
# editable field but the reviewer's own (its status and note)
ADD_FIELDS = tuple(f for f in EDITABLE_FIELDS if f not in ("status", "note", "entry_id"))

# View ▸ Reflow paragraphs, remembered across sessions (a UI preference, not project data)
REFLOW_KEY = "article/reflowParagraphs"


def reflow_setting(settings) -> bool:
    """The remembered View ▸ Reflow paragraphs (off until the reviewer turns it on)."""
    raw = settings.qsettings.value(REFLOW_KEY, False)
    return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")


class Review(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.menus: dict = {}  # the context menus `attach` installed, by pane

    def attach(self, reread: Callable | None = None) -> None:
        """Wire the Review page's widgets once the window has built them and its
        actions: the article hands the keyboard back to the table, the reflow toggle
        follows the document and the settings, and the three context menus.
        `reread(document_id, encoding, *, whole_page=False)` re-reads a document
        (the import flow's); without it the document menu offers no re-read."""
        if self.menus:
            return
        w = self.w
        actions = w.actions_by_name
        w.article.backToTable.connect(self.return_to_table)
        reflow = actions.get("reflow_paragraphs")
        on = reflow_setting(w.settings)
        if reflow is not None:
            reflow.setChecked(on)
            reflow.setEnabled(w.article.reflow_available())
            w.article.reflowAvailable.connect(reflow.setEnabled)
        w.article.set_reflow(on)
        self.menus = {
            "table": install_table_menu(w.table, w, actions),
            "documents": install_documents_menu(w.documents_view, w, actions, reread),
            "article": install_article_menu(w.article, w, actions),
        }

    # --- helpers ---------------------------------------------------------------------------

    def _current(self):
        index = self.w.table.currentIndex()
        return self.w.figures_model.record(index.row()) if index.isValid() else None

    def _selected(self) -> list:
        model = self.w.figures_model
        rows = self._selected_rows()
        return [r for r in (model.record(row) for row in rows) if r is not None]

    def _selected_rows(self) -> list[int]:
        """The selected rows, when the current row is one of them; else the current row
        alone (Ctrl+Home moves the current row without selecting: the key must act on
        the row the reviewer sees as current, never on a selection left behind)."""
        table = self.w.table
        current = table.currentIndex().row() if table.currentIndex().isValid() else -1
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        if current >= 0 and current not in rows:
            return [current]
        return rows

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
        """The next pending figure after the current one, across documents (wrapping).

        Within a document, figures that resemble rejected ones (their confidence fell:
        learn/rejections.py) come after the others, where Shift+X clears them."""
        project = self.w.project
        pending = project.figures(status=Status.PENDING)
        if not pending:
            self.w.notify(QCoreApplication.translate("Review", "Every figure has been reviewed"))
            return
        order = {d.id: i for i, d in enumerate(project.documents())}
        by_doc: dict[int, list] = {}
        for f in pending:
            by_doc.setdefault(f.document_id, []).append(f)
        docs = sorted(by_doc, key=lambda d: order.get(d, 0))
        lowered = self.w.learning.lowered

        def in_order(doc_id: int) -> list:
            return sorted(by_doc[doc_id], key=lambda f: (lowered(f), f.start, f.id))

        current = self._current()
        target = None
        if current is not None and current.document_id in by_doc:
            here = (lowered(current), current.start, current.id)
            target = next(
                (f for f in in_order(current.document_id) if (lowered(f), f.start, f.id) > here),
                None,
            )
        if target is None:
            at = order.get(current.document_id, -1) if current is not None else -1
            later = [d for d in docs if order.get(d, 0) > at] or docs
            target = in_order(later[0])[0]
        self.w.select_figure(target.id)
        self.w.table.setFocus()

    # --- the keyboard between table and article ---------------------------------------

    def focus_article(self) -> None:
        """Ctrl+J: the keyboard goes into the article to select a missed figure (and back
        to the table when it is there already)."""
        if self.w.article.hasFocus():
            self.return_to_table()
            return
        if self.w.doc_id is None:
            self.w.notify(QCoreApplication.translate("Review", "Choose a document first"))
            return
        self.w.article.enter_from_keyboard()
        self.w.notify(
            QCoreApplication.translate(
                "Review",
                "Shift+arrows select (Ctrl+Shift+→ a word), A adds the figure, Esc goes back",
            ),
            8000,
        )

    def return_to_table(self) -> None:
        """The article is done with the keyboard (Esc, a click on a highlight)."""
        self.w.table.setFocus()

    def set_reflow(self, on: bool) -> None:
        """View ▸ Reflow paragraphs: show hard-wrapped articles as paragraphs."""
        self.w.article.set_reflow(bool(on))
        self.w.settings.qsettings.setValue(REFLOW_KEY, bool(on))

    # --- status -------------------------------------------------------------------------------

    def _set_status(self, status: Status, advance: bool) -> None:
        """Set the status of every selected row (the current one if none), then move to
        the row after the last of them."""
        records = self._selected()
        if not records:
            return
        model = self.w.figures_model
        rows = self._selected_rows()
        after = model.record(max(rows) + 1)
        changed = [r for r in records if r.status != status]
        if changed:
            n = len(changed)
            if n == 1:
                label = {
                    Status.CONFIRMED: QCoreApplication.translate("Review", "Confirm figure"),
                    Status.REJECTED: QCoreApplication.translate("Review", "Reject figure"),
                    Status.PENDING: QCoreApplication.translate("Review", "Back to pending"),
                }[status]
            else:
                label = {
                    Status.CONFIRMED: QCoreApplication.translate(
                        "Review", "Confirm %n figure(s)", "", n
                    ),
                    Status.REJECTED: QCoreApplication.translate(
                        "Review", "Reject %n figure(s)", "", n
                    ),
                    Status.PENDING: QCoreApplication.translate(
                        "Review", "%n figure(s) back to pending", "", n
                    ),
                }[status]
            if status == Status.CONFIRMED:  # and linked to the codebook (ui/learning.py)
                edit = self.w.learning.confirm_edit(changed)
            else:
                edit = SetStatus(
                    tuple(r.id for r in changed), status, tuple(r.status for r in changed)
                )
            if self.w.edits.push(edit, label) is None:
                return
        if not advance:
            return
        if after is None:  # the rows stay as they are
            self.w.notify(
                QCoreApplication.translate(
                    "Review", "Last figure of the list; N goes to the next pending figure"
                )
            )
            return
        self.w.select_figure(after.id)

    def confirm_next(self) -> None:
        self._set_status(Status.CONFIRMED, advance=True)

    def reject_next(self) -> None:
        self._set_status(Status.REJECTED, advance=True)

    def reject_like(self) -> None:
        """Reject the current figure and every pending one that looks like it (the same
        kind, counted noun and words before the number: learn/rejections.py), one step."""
        record = self._current()
        if record is None:
            return
        ids = self.w.learning.like(record)
        if record.status == Status.PENDING and record.id not in ids:
            ids.insert(0, record.id)
        if not ids:
            self.w.notify(
                QCoreApplication.translate("Review", "No pending figure looks like this one")
            )
            return
        records = {r.id: r for r in self.w.figures_model.loaded_records()}
        olds = tuple(records[i].status if i in records else Status.PENDING for i in ids)
        edit = SetStatus(tuple(ids), Status.REJECTED, olds)
        label = QCoreApplication.translate("Review", "Reject %n like this", "", len(ids))
        if self.w.edits.push(edit, label) is not None:
            self.w.notify(label)

    def set_pending(self) -> None:
        self._set_status(Status.PENDING, advance=False)

    def bulk_confirm(self) -> None:
        records = [r for r in self._selected() if r.status != Status.CONFIRMED]
        if not records:
            return
        edit = self.w.learning.confirm_edit(records)
        self.w.edits.push(
            edit, QCoreApplication.translate("Review", "Confirm %n figure(s)", "", len(records))
        )

    # --- editing ------------------------------------------------------------------------------

    def edit_current(self) -> None:
        index = self.w.table.currentIndex()
        if index.isValid():
            self.w.table.setFocus()
            self.w.table.edit(index)

    def delete_current(self) -> None:
        if self.w.article.hasFocus():  # Del while selecting text must not delete a figure
            self.w.notify(
                QCoreApplication.translate(
                    "Review", "Esc goes back to the table; Del there deletes the figure"
                )
            )
            return
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
