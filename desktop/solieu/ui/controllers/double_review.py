"""Review ▸ Double review… and Reconcile ▸ Agreement and adjudication…: naming a
document's second reviewer, who then decides it blind (store/double_review.py), and the
lead's view of how far the two agree and of each figure they differ on
(`dialogs/agreement.py`). Every decision is an edit on the window's undo stack."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit

from solieu.store import AssignReview, ProjectError
from solieu.ui import i18n
from solieu.ui.shell import Shell


class DoubleReview(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.dialog = None
        shell.bridge.changed.connect(self._on_change)
        shell.projectChanged.connect(self._on_change)

    def assign(self) -> None:
        """Name the current document's second reviewer (empty: no double review)."""
        shell = self.shell
        doc = shell.doc_id
        if doc is None:
            return
        try:
            old = shell.project.assignments().get(doc)
        except ProjectError as exc:
            shell.show_problem(i18n.tr_error(exc))
            return
        name, ok = QInputDialog.getText(
            shell,
            self.tr("Double review"),
            self.tr(
                "The second reviewer decides this document's figures blind: they see the "
                "extractor's proposals, not the first reviewer's decisions.\n"
                "Second reviewer (empty: no double review):"
            ),
            QLineEdit.EchoMode.Normal,
            old or "",
        )
        new = name.strip() or None
        if not ok or new == old:
            return
        text = (self.tr("double review by {name}").format(name=new) if new
                else self.tr("no double review"))  # fmt: skip
        if shell.edits.push(AssignReview(doc, new, old), text) is not None:
            shell.notify(
                self.tr("{name} reviews this document blind now.").format(name=new)
                if new
                else self.tr("This document has no second reviewer now.")
            )

    def show_agreement(self) -> None:
        from solieu.ui.dialogs.agreement import AgreementDialog

        if self.dialog is None:
            self.dialog = AgreementDialog(self.shell)
            self.dialog.decided.connect(self.shell.edits.push)
        try:
            self.dialog.refresh()
        except ProjectError as exc:
            self.shell.show_problem(i18n.tr_error(exc))
            return
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _on_change(self, *_args) -> None:
        project = self.shell.project
        if project is not None and not project.closed:
            with suppress(ProjectError):
                me = project.reviewer
                self.shell.documents_model.set_seconds(
                    {d: (s, s == me) for d, s in project.assignments().items()}
                )
        if self.dialog is not None and self.dialog.isVisible():
            with suppress(ProjectError):  # a server gone away: the connection watch says so
                self.dialog.refresh()
