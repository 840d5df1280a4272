"""File ▸ Export: the dialog, the background write, and what is said when it ends."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from solieu.ui.controllers.tasks import TaskSlot
from solieu.ui.shell import Shell


class ExportFlow(QObject):
    def __init__(self, shell: Shell, tasks: TaskSlot) -> None:
        super().__init__(shell)
        self.shell = shell
        self.tasks = tasks
        self.dialog = None
        self.done_dialog = None  # "Open" / "Show in folder" after a finished export

    def export(self) -> None:
        """Choose the target and what goes in; the export runs in the background."""
        from solieu.ui.dialogs.export_dialog import ExportDialog

        if self.tasks.busy():
            return
        dialog = ExportDialog(self.shell.settings, self.shell.project.path, self.shell)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_export(dialog.chosen))
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def start_export(self, options):
        """Write the workbook (and CSV) described by `options` in a background Task."""
        from solieu.ui.dialogs.export_dialog import run_export

        if options is None:
            return None
        project = self.shell.project

        def work(progress, cancelled):
            return run_export(project, options, progress, cancelled)

        return self.tasks.start(work, self.tr("Exporting to Excel"), self._done, self._failed)

    def _done(self, outcome) -> None:
        from solieu.ui.dialogs.export_dialog import problem_text

        if outcome.cancelled:
            self.shell.notify(self.tr("Export cancelled; the existing file is unchanged."), 8000)
        elif outcome.error is not None:
            self.shell.show_problem(problem_text(outcome))
        else:
            from solieu.ui.dialogs.export_dialog import show_export_done

            paths = " · ".join(str(p) for p in outcome.written)
            self.shell.notify(self.tr("Exported to {paths}").format(paths=paths), 15000)
            self.done_dialog = show_export_done(self.shell, outcome)

    def _failed(self, message: str) -> None:
        self.shell.show_problem(self.tr("The export stopped: {message}").format(message=message))
