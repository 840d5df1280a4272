"""The status bar's permanent part: the review counts and whether the last edit is saved.

"Saved" is shown only after the store committed: the window never says saved
for an edit a crash could lose.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from solieu.model import Status
from solieu.ui.models.figures_model import status_label
from solieu.ui.shell import Shell


class StatusLine(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.counts_label = QLabel(shell)
        self.save_label = QLabel(shell)
        self.save_label.setObjectName("saveState")
        self.learned_label = QLabel(shell)  # what the project learned (ui/learning.py)
        self.learned_label.setObjectName("learned")
        self.learned_label.setStyleSheet("color: #57606a; padding: 0 8px;")
        bar = shell.statusBar()
        bar.addPermanentWidget(self.learned_label)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.save_label)

    def update_counts(self) -> None:
        # from the documents' summaries the list already holds: no scan of every figure
        confirmed, rejected, pending = self.shell.documents_model.counts()
        counts = {Status.CONFIRMED: confirmed, Status.REJECTED: rejected, Status.PENDING: pending}
        parts = [f"{status_label(s)}: {counts[s]}" for s in Status]
        self.counts_label.setText("  ·  ".join(parts))

    def show_learned(self, text: str) -> None:
        self.learned_label.setText(text)

    def show_saved(self) -> None:
        self.save_label.setText("✓ " + self.tr("Saved"))
        self.save_label.setStyleSheet("color: #1a7f37; padding: 0 8px;")
        self.save_label.setToolTip(self.shell.project.location)

    def show_failed(self, message: str) -> None:
        self.save_label.setText("⚠ " + self.tr("Not saved"))
        self.save_label.setStyleSheet("color: #cf222e; padding: 0 8px; font-weight: bold;")
        self.save_label.setToolTip(message)
        self.shell.show_problem(
            self.tr("The change was not saved: {message}").format(message=message)
        )
