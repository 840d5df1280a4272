"""View ▸ options of the Review page: all documents, table below, key hints, article order.

Each is remembered in the settings; the window restores them at start
(`SessionState.restore_layout`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from solieu.ui.models.figures_model import FIELDS
from solieu.ui.shell import Shell


class ViewOptions(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell

    def on_all_documents(self, checked: bool) -> None:
        w = self.shell
        w.actions_by_name["toggle_all"].setChecked(checked)
        self.show_document_column(checked)
        w.figures_model.set_scope(w.doc_id, checked)
        w.settings.all_documents = checked

    def show_document_column(self, shown: bool) -> None:
        self.shell.table.setColumnHidden(FIELDS.index("document"), not shown)

    def toggle_all(self) -> None:
        self.shell.all_docs.setChecked(not self.shell.all_docs.isChecked())

    def set_table_below(self, below: bool) -> None:
        orientation = Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal
        self.shell.review_splitter.setOrientation(orientation)
        self.shell.settings.table_below = below

    def set_hints_shown(self, shown: bool) -> None:
        """View ▸ Key hints: the key line under the figure table and the group list."""
        self.shell.review_page.hint.setVisible(shown)
        self.shell.reconcile_view.hint.setVisible(shown)
        self.shell.codebook_page.hint.setVisible(shown)
        self.shell.settings.show_hints = shown

    def article_order(self) -> None:
        """View ▸ Article order: undo a sort by column (also the header's third click)."""
        self.shell.table.restore_article_order()
        self.shell.table.setFocus()
