"""The dialogs beside the pages: near-duplicate documents, history, keys, about.

Each is kept once and raised again, so its place and scroll survive reopening.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from solieu.ui.shell import Shell


class SideDialogs(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.duplicates = None
        self.history = None
        self.rules = None

    def show_duplicates(self) -> None:
        """Reconcile ▸ Near-duplicate documents: the pairs with their scores."""
        from solieu.ui.dialogs.duplicates import DuplicatesDialog

        reconcile = self.shell.reconcile
        dialog = self.duplicates
        if dialog is None:
            dialog = DuplicatesDialog(self.shell)
            dialog.documentChosen.connect(self._open_duplicate)
            reconcile.duplicatesChanged.connect(lambda: dialog.set_pairs(reconcile.duplicate_rows))
            dialog.set_pairs(reconcile.duplicate_rows)
            self.duplicates = dialog
        self._raise(dialog)

    def _open_duplicate(self, document_id: int) -> None:
        shell = self.shell
        shell.show_page("review")
        shell.select_document(document_id)
        if self.duplicates is not None:
            self.duplicates.hide()
        shell.activateWindow()
        shell.table.setFocus()

    def show_history(self) -> None:
        """Edit ▸ History: every edit from the review log, newest first (undo up to one)."""
        from solieu.ui.dialogs.history import HistoryDialog

        if self.history is None:
            self.history = HistoryDialog(self.shell)
        self.history.refresh()
        self._raise(self.history)

    def show_rules(self) -> None:
        """Edit ▸ Rules: the project rules learned from repeated corrections."""
        from solieu.ui.dialogs.rules import RulesDialog

        shell = self.shell
        if self.rules is None or self.rules.project is not shell.project:
            if self.rules is not None:
                self.rules.deleteLater()
            self.rules = RulesDialog(shell, shell.project, shell.edits)
        self.rules.refresh()
        self._raise(self.rules)

    @staticmethod
    def _raise(dialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_shortcuts(self) -> None:
        from solieu.ui.dialogs.shortcut_sheet import ShortcutSheet

        ShortcutSheet(self.shell).open()

    def show_about(self) -> None:
        from solieu import __version__

        QMessageBox.about(
            self.shell,
            self.tr("About Solieu"),
            self.tr("Solieu {version}\nReview the statistics that news articles report.").format(
                version=__version__
            ),
        )
