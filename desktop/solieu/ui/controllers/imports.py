"""Importing articles, the last import's report, re-reading a file, document properties.

Everything here runs through the shared `TaskSlot`, so the window never freezes
and a second import waits for the first; the store's notifications refresh the views.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from solieu.extract.pool_workers import prestart_workers
from solieu.ui import file_dialogs
from solieu.ui.controllers.tasks import TaskSlot
from solieu.ui.shell import Shell


class ImportFlow(QObject):
    def __init__(self, shell: Shell, tasks: TaskSlot) -> None:
        super().__init__(shell)
        self.shell = shell
        self.tasks = tasks
        self.last_import = None  # (report, [ImportedFile]) of the last import, for its report
        self.report_dialog = None
        self.properties_dialog = None

    def forget(self) -> None:
        """Another project was opened: the last report names the old one's documents."""
        self.last_import = None
        self.shell.actions_by_name["import_report"].setEnabled(False)
        if self.report_dialog is not None:
            self.report_dialog.close()

    def warm_up(self) -> None:
        """Files are about to come (a dialog opens, files are dragged in): the
        extraction processes start and warm up meanwhile, so the import starts at once."""
        prestart_workers()

    def import_files(self) -> None:
        self.warm_up()
        paths = file_dialogs.open_files(
            self.shell,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"),
        )
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        self.warm_up()
        path = file_dialogs.folder(self.shell, self.tr("Import a folder of articles"))
        if path:
            self.import_paths([path])

    def import_paths(self, paths: list[str]):
        from solieu.extract.pool import default_jobs
        from solieu.ui.dialogs.import_report import imported_files

        project = self.shell.project
        files: list = []

        def work(progress, cancelled):
            before = {d.id for d in project.documents()}
            # every core reads and extracts; this thread stores, in the files' order
            report = project.import_paths(
                paths, progress=progress, cancelled=cancelled, jobs=default_jobs()
            )
            files.extend(imported_files(project, report, before))  # encodings, off the UI thread
            return report

        return self.tasks.start(
            work,
            self.tr("Importing articles"),
            lambda report: self._done(report, files),
            self._failed,
        )

    def _done(self, report, files: list) -> None:
        from solieu.ui.dialogs.import_report import needs_review

        shell = self.shell
        self.last_import = (report, list(files))
        shell.actions_by_name["import_report"].setEnabled(True)
        n = len(report.imported)
        shell.notify(self.tr("%n document(s) imported", "", n))
        if needs_review(report, self.last_import[1]):
            self.show_report()
        if shell.doc_id is None and shell.documents_model.rowCount():
            shell.select_document_row(0)

    def _failed(self, message: str) -> None:
        self.shell.show_problem(self.tr("The import stopped: {message}").format(message=message))

    def show_report(self) -> None:
        """The last import's per-file report: results, and how each file was read."""
        from solieu.ui.dialogs.import_report import ImportReportDialog

        if self.last_import is None:
            return
        report, files = self.last_import
        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = ImportReportDialog(report, files, self.shell, reread=self.reread_document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget_dialog("report_dialog", d))
        self.report_dialog = dialog
        dialog.open()

    def reread_document(self, document_id: int, encoding: str | None, *, whole_page: bool = False):
        """Read a document's file again as `encoding` (the import report's override), or
        a web page with all its visible text, in the background."""
        project = self.shell.project
        replaced: set[int] = set()

        def work(progress, cancelled):
            replaced.update(f.id for f in project.figures(document_id=document_id))
            return project.reread(document_id, encoding, whole_page=whole_page)

        return self.tasks.start(
            work,
            self.tr("Reading the file again"),
            lambda figures: self._reread_done(figures, replaced),
            self._reread_failed,
        )

    def _reread_done(self, figures: int, replaced: set[int]) -> None:
        self.shell.edits.drop_redo(replaced)  # a redo of a replaced figure could only fail
        self.shell.notify(self.tr("Read again: %n figure(s)", "", figures))

    def _reread_failed(self, message: str) -> None:
        self.shell.show_problem(
            self.tr("The file was not read again: {message}").format(message=message)
        )

    def show_document_properties(self) -> None:
        """Edit ▸ Document properties (Alt+Enter): the current document's source and defaults;
        the changes are one undoable step."""
        from solieu.extract.gazetteer import canonical_place, place_names
        from solieu.ui.dialogs.document_properties import DocumentPropertiesDialog

        shell = self.shell
        if shell.doc_id is None:
            shell.notify(self.tr("Choose a document first"))
            return
        record = shell.project.document(shell.doc_id)
        dialog = DocumentPropertiesDialog(record, place_names(), shell)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            batch = dialog.edit(canonical_place)
            if batch is not None:
                shell.edits.push(batch, self.tr("Document properties"))

        dialog.accepted.connect(save)
        self.properties_dialog = dialog
        dialog.open()

    def _forget_dialog(self, attribute: str, dialog) -> None:
        """A closed dialog is deleted; forget it unless another one took its place."""
        if getattr(self, attribute) is dialog:
            setattr(self, attribute, None)
