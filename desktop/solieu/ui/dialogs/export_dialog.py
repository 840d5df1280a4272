"""File ▸ Export (Ctrl+E): where the workbook goes, what it holds, which language.

The dialog only gathers `ExportOptions`; the window runs the export in the
background (`MainWindow.start_export`) with `run_export`, `problem_text` turns
the core's refusal into words for the reviewer, and `show_export_done` offers to
open what was written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from solieu.ui import file_dialogs, i18n


@dataclass(frozen=True)
class ExportOptions:
    path: Path
    status: str = "confirmed"  # "confirmed" | "all"
    lang: str = "en"  # language of headers and coded values: "en" | "vi"
    csv_path: Path | None = None


@dataclass(frozen=True)
class ExportOutcome:
    """What a background export ended with: the files written, or why nothing was."""

    options: ExportOptions
    written: tuple[Path, ...] = ()
    cancelled: bool = False
    error: str | None = None  # the core's message (English), None on success


def csv_path_for(path: Path) -> Path:
    return path.with_suffix(".csv")


def with_suffix(text: str) -> Path | None:
    """The workbook path a typed text names (`.xlsx` added), or None without a file name."""
    text = text.strip()
    if not text or text.endswith(("/", os.sep)):
        return None  # no file name (yet)
    path = Path(text).expanduser()
    if not path.name or path.name in (".", ".."):
        return None
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def default_export_folder(settings) -> Path:
    """Where a workbook goes unless the reviewer says otherwise.

    The folder of the last export while it exists, else the user's documents
    folder: never the project's own folder by default, which for the demo project
    is the hidden application data folder nobody would look in.
    """
    if settings.export_folder and Path(settings.export_folder).is_dir():
        return Path(settings.export_folder)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def run_export(project, options: ExportOptions, progress, cancelled) -> ExportOutcome:
    """The background part: tables, workbook, CSV. Never raises an ExportError."""
    from solieu.export import ExportError, build_tables, export_workbook
    from solieu.export.atomic import Cancelled
    from solieu.export.xlsx import write_tables_csv

    label = QCoreApplication.translate("ExportDialog", "Exporting to {name}").format(
        name=options.path.name
    )
    progress(0, 0, label)
    written: list[Path] = []
    try:
        tables = build_tables(project, status=options.status)
        if cancelled():
            raise Cancelled()
        export_workbook(
            tables,
            options.path,
            lang=options.lang,
            title=Path(project.path).stem,
            progress=lambda done, total: progress(done, total, label),
            cancelled=cancelled,
        )
        written.append(options.path)
        if options.csv_path is not None:
            if cancelled():
                raise Cancelled()
            write_tables_csv(tables[0], options.csv_path, lang=options.lang)
            written.append(options.csv_path)
    except Cancelled:
        return ExportOutcome(options, tuple(written), cancelled=True)
    except ExportError as exc:
        return ExportOutcome(options, tuple(written), error=str(exc))
    return ExportOutcome(options, tuple(written))


def problem_text(outcome: ExportOutcome) -> str:
    """The reason an export wrote nothing, in the reviewer's language where it is known."""
    from solieu.export.atomic import lock_files

    options = outcome.options
    target = options.path
    failed = target if not outcome.written else options.csv_path
    assert failed is not None
    if lock_files(failed):
        text = QCoreApplication.translate(
            "ExportDialog",
            "{name} is open in another program (a spreadsheet). Close it there and export "
            "again; the existing file is unchanged.",
        ).format(name=failed.name)
    elif not failed.parent.exists():
        text = QCoreApplication.translate(
            "ExportDialog", "The folder {folder} does not exist."
        ).format(folder=failed.parent)
    elif not os.access(failed.parent, os.W_OK):
        text = QCoreApplication.translate(
            "ExportDialog",
            "The folder {folder} is read-only; choose another folder. The existing file is "
            "unchanged.",
        ).format(folder=failed.parent)
    elif failed.is_dir():
        text = QCoreApplication.translate(
            "ExportDialog", "{path} is a folder; choose a file name."
        ).format(path=failed)
    else:
        text = QCoreApplication.translate(
            "ExportDialog", "{name} could not be written: {reason}"
        ).format(name=failed.name, reason=outcome.error)
    if outcome.written:
        text += " " + QCoreApplication.translate(
            "ExportDialog", "The workbook {name} was written."
        ).format(name=target.name)
    return text


class ExportDialog(QDialog):
    """The choices of one export; `options()` once accepted."""

    def __init__(self, settings, project_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to Excel"))
        self.settings = settings
        self.chosen: ExportOptions | None = None  # set when accepted
        project_path = Path(project_path)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(380)
        self.path_edit.setPlaceholderText(self.tr("Choose where the workbook goes"))
        folder = default_export_folder(settings)
        self.path_edit.setText(str(folder / f"{project_path.stem}.xlsx"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)

        self.confirmed_only = QRadioButton(self.tr("&Confirmed statistics only"), self)
        self.not_rejected = QRadioButton(self.tr("Everything not re&jected"), self)
        self.statuses = QButtonGroup(self)
        self.statuses.addButton(self.confirmed_only)
        self.statuses.addButton(self.not_rejected)
        (self.not_rejected if settings.export_status == "all" else self.confirmed_only).setChecked(
            True
        )
        status_box = QVBoxLayout()
        status_box.setSpacing(2)
        status_box.addWidget(self.confirmed_only)
        status_box.addWidget(self.not_rejected)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("English (column names for scripts)"), "en")
        self.language.addItem(self.tr("Vietnamese (column names and values for readers)"), "vi")
        current = i18n.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        header_note = QLabel(
            self.tr(
                "Sheet names stay in English, so formulas that read the workbook keep working."
            ),
            self,
        )
        header_note.setStyleSheet("color: palette(placeholder-text);")

        self.write_csv = QCheckBox(self.tr("Also write the &Statistics sheet as CSV"), self)
        self.write_csv.setChecked(settings.export_csv)
        self.csv_label = QLabel(self)
        self.csv_label.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        file_label = QLabel(self.tr("&Workbook:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Include:"), status_box)
        lang_label = QLabel(self.tr("&Language:"), self)
        lang_label.setBuddy(self.language)
        form.addRow(lang_label, self.language)
        form.addRow("", header_note)
        form.addRow("", self.write_csv)
        form.addRow("", self.csv_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.path_edit.textChanged.connect(self._update)
        self.write_csv.toggled.connect(self._update)
        self._update()
        self.path_edit.setFocus()
        self._select_name()

    def _select_name(self) -> None:
        """Select the file name without folder and suffix, ready to be typed over."""
        text = self.path_edit.text()
        stem = Path(text).stem
        start = text.rfind(stem) if stem else -1
        if start >= 0:
            self.path_edit.setSelection(start, len(stem))
        else:
            self.path_edit.selectAll()

    def _browse(self) -> None:
        path = file_dialogs.save_file(
            self,
            self.tr("Export to Excel"),
            self.path_edit.text(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.path_edit.setText(str(with_suffix(path)))

    def _update(self) -> None:
        path = with_suffix(self.path_edit.text())
        self.ok.setEnabled(path is not None)
        self.csv_label.setVisible(self.write_csv.isChecked() and path is not None)
        if path is not None:
            csv = csv_path_for(path)
            self.csv_label.setText(
                self.tr("{name} next to the workbook (UTF-8, opens in Excel)").format(name=csv.name)
            )
            self.csv_label.setToolTip(str(csv))

    def options(self) -> ExportOptions | None:
        path = with_suffix(self.path_edit.text())
        if path is None:
            return None
        return ExportOptions(
            path=path,
            status="all" if self.not_rejected.isChecked() else "confirmed",
            lang=self.language.currentData(),
            csv_path=csv_path_for(path) if self.write_csv.isChecked() else None,
        )

    def accept(self) -> None:
        options = self.options()
        if options is None:
            return
        s = self.settings
        s.export_folder = str(options.path.parent)
        s.export_status = options.status
        s.export_csv = options.csv_path is not None
        self.chosen = options
        super().accept()


class ExportDoneDialog(QDialog):
    """An export's result, with the two things one does next: open it, or find it.

    Not modal: the reviewer may go on working and come back to it. Open (the
    default, so Enter opens the workbook) and Show in folder hand the file to the
    desktop (`QDesktopServices.openUrl`) and close the message.
    """

    def __init__(self, outcome: ExportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDoneDialog")
        self.setWindowTitle(self.tr("Export finished"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workbook = outcome.written[0]
        lines = [self.tr("The workbook is written:"), str(self.workbook)]
        if len(outcome.written) > 1:
            lines += [self.tr("and the Statistics sheet as CSV:"), str(outcome.written[1])]
        self.message = QLabel("\n".join(lines), self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.folder_button = self.buttons.addButton(
            self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_workbook)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def open_workbook(self) -> None:
        """The workbook in the program the desktop opens .xlsx files with."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workbook)))
        self.accept()

    def show_folder(self) -> None:
        """The folder that holds the workbook, in the desktop's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workbook.parent)))
        self.accept()


def show_export_done(parent: QWidget, outcome: ExportOutcome) -> ExportDoneDialog | None:
    """After a successful export: the message with Open and Show in folder (one at a time).

    Returns None, showing nothing, for an export that was cancelled, failed or
    wrote nothing; the window tells those in its own way.
    """
    if outcome.cancelled or outcome.error is not None or not outcome.written:
        return None
    for old in parent.findChildren(ExportDoneDialog):
        old.close()
    dialog = ExportDoneDialog(outcome, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.open_button.setFocus()
    return dialog
