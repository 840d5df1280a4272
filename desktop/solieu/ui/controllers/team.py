"""Working beside other reviewers: who I am in the review log, and what to do when
someone else saved the same field first.

- **Reviewer name** (Edit ▸ Reviewer name…): the review log names each edit's reviewer:
  by default the OS login (`transactions.default_reviewer`); the name set here is kept
  in the settings and given to every project this window opens.
- **Stale edits**: the store refuses an edit whose `old` value is no longer the stored
  one (`store.stale.StaleEdit`) and the edit stack asks here: keep theirs, or apply
  mine (`dialogs.stale_edit`). A run that may not block (screenshots, the self-test)
  keeps theirs and says so in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from solieu.store import Change, ProjectError
from solieu.ui.shell import Shell


class Team(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        shell.edits.stale_resolver = self.resolve_stale
        shell.projectChanged.connect(self.name_reviewer)

    def name_reviewer(self) -> None:
        """Give the open project the name the settings hold (the login if none)."""
        name = self.shell.settings.reviewer.strip()
        project = self.shell.project
        if name and project is not None and project.reviewer != name:
            project.reviewer = name
            self._reread()

    def _reread(self) -> None:
        """What the reviewer sees depends on who they are (a document they review blind
        shows their own decisions: store/double_review.py): every page reads again."""
        self.shell.project.deliver(Change(structural=True, codebook=True))

    def ask_reviewer_name(self) -> None:
        project = self.shell.project
        name, ok = QInputDialog.getText(
            self.shell,
            self.tr("Reviewer name"),
            self.tr("The review log and the exported workbook name your edits as:"),
            QLineEdit.EchoMode.Normal,
            project.reviewer,
        )
        name = name.strip()
        if not ok or not name or name == project.reviewer:
            return
        self.shell.settings.reviewer = name
        project.reviewer = name
        self._reread()
        self.shell.notify(self.tr("Your edits are now logged as {name}.").format(name=name))

    def resolve_stale(self, exc) -> bool:
        """True applies mine over theirs; False keeps theirs."""
        from solieu.ui.dialogs.stale_edit import ask_keep_or_apply, stale_text

        try:
            words = self.shell.project.figure(exc.figure_id).text
        except ProjectError:
            words = ""
        app = QApplication.instance()
        if app is not None and app.property("noninteractive"):
            self.shell.notify(stale_text(exc, words) + " " + self.tr("Kept theirs."), 10000)
            return False
        mine = ask_keep_or_apply(exc, self.shell, words)
        if not mine:
            self.shell.notify(self.tr("Kept the other reviewer's change."), 8000)
        return mine
