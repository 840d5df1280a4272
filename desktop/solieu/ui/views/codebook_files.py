"""The Codebook page's files: import a statistician's list of indicators, export ours.

A mixin of `CodebookPage` (views/codebook_view.py): its texts are in the page's
translation context, and every import is one edit on the window's undo stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from solieu.learn import codebook_edits
from solieu.learn.codebook_io import CodebookFileError, read_codebook, write_codebook
from solieu.store import ProjectError
from solieu.ui import file_dialogs, i18n

MAX_PROBLEMS = 30  # import problems listed in the message box


class CodebookFiles:
    """Import… and Export… of the Codebook page."""

    def _folder(self) -> str:
        folder = getattr(self.shell.settings, "export_folder", "") or ""
        return folder or str(Path(self.shell.project.path).parent)

    def import_codebook(self) -> None:
        path = file_dialogs.open_file(
            self,
            QCoreApplication.translate("CodebookPage", "Import a codebook"),
            self._folder(),
            QCoreApplication.translate("CodebookPage", "Codebooks (*.xlsx *.csv)"),
        )
        if not path:
            return
        try:
            read = read_codebook(Path(path))
        except CodebookFileError as exc:
            self.shell.show_problem(i18n.tr_error(exc))
            return
        edit, new, updated = codebook_edits.import_states(self.shell.project, read.entries)
        text = QCoreApplication.translate("CodebookPage", "Import codebook {file}").format(
            file=Path(path).name
        )
        if edit.edits and not self._push(edit, text):
            return
        self.shell.notify(
            QCoreApplication.translate(
                "CodebookPage", "{imported} ({new} new, {updated} updated); {skipped}"
            ).format(
                imported=QCoreApplication.translate(
                    "CodebookPage", "Imported %n entry(s)", "", len(read.entries)
                ),
                new=new,
                updated=updated,
                skipped=QCoreApplication.translate(
                    "CodebookPage", "%n row(s) skipped", "", len(read.problems)
                ),
            ),
            10000,
        )
        if read.problems:
            lines = [i18n.tr_error(p) for p in read.problems[:MAX_PROBLEMS]]
            if len(read.problems) > MAX_PROBLEMS:
                lines.append(
                    QCoreApplication.translate(
                        "CodebookPage", "… and %n more", "", len(read.problems) - MAX_PROBLEMS
                    )
                )
            head = QCoreApplication.translate(
                "CodebookPage", "Some rows of {file} were skipped or merged:"
            ).format(file=Path(path).name)
            self.shell.show_problem("\n".join([head, *lines]))

    def export_codebook(self) -> None:
        start = str(Path(self._folder()) / "codebook.xlsx")
        path = file_dialogs.save_file(
            self,
            QCoreApplication.translate("CodebookPage", "Export the codebook"),
            start,
            QCoreApplication.translate("CodebookPage", "Codebooks (*.xlsx *.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        try:
            entries = self.shell.project.codebook()
            language = "vi" if i18n.current_language() == "vi" else "en"
            write_codebook([(e.state, e.figures) for e in entries], target, language=language)
        except (CodebookFileError, ProjectError) as exc:
            self.shell.show_problem(i18n.tr_error(exc))
            return
        self.shell.notify(
            QCoreApplication.translate(
                "CodebookPage", "Exported %n entry(s) to {file}", "", len(entries)
            ).format(file=target.name),
            10000,
        )
