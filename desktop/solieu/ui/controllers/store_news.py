"""The store's news on the Review page: what a committed change (the window's own, an
import's, or another reviewer's on a server project) means for the lists, the article
and the counts. `ChangeBridge` carries the notifications, which the store sends on the
thread that committed, onto the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from solieu.store import ProjectError
from solieu.ui.shell import Shell


class ChangeBridge(QObject):
    """Carries the store's notifications (from any thread) onto the UI thread."""

    changed = Signal(object)

    def __call__(self, change) -> None:
        self.changed.emit(change)


class StoreNews(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell

    def on_change(self, change) -> None:
        w = self.shell
        w.documents_model.on_change(change)
        w.figures_model.on_change(change)
        if w.doc_id is not None and change.structural and w.doc_id in change.document_ids:
            self.refresh_document()  # re-read with another encoding: its text changed too
        elif w.doc_id is not None and (
            change.structural or w.doc_id in change.document_ids or change.figure_ids
        ):
            w.article.set_figures(w.project.figures(document_id=w.doc_id))
        gone = w.doc_id is not None and w.documents_model.row_of(w.doc_id) < 0
        if gone and change.structural and not w.doc_filter.text():
            w.doc_id = w.figure_id = None  # its document was removed: none is shown
            w.doc_title.setText("")
            w.article.set_document("", [])
        w.status_line.update_counts()

    def refresh_document(self) -> None:
        w = self.shell
        try:
            record = w.project.document(w.doc_id)
        except ProjectError:
            return
        figures = w.project.figures(document_id=w.doc_id)
        if record.text == w.article.text():
            w.article.set_figures(figures)
            return
        w.show_title(record)
        w.article.set_document(record.text, figures)
