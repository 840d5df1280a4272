"""After an import: what came in and how it was read, what was skipped and what could not be read.

Each imported file shows the encoding or format the loader detected
(`Document.encoding`): a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI)
is a guess from the bytes, so it is marked for the reviewer to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

# guessed from the bytes (no BOM, no declaration): the reviewer should look at the text
LEGACY = frozenset({"cp1258", "tcvn3", "vni"})

_LABELS = {
    "utf-8": QT_TRANSLATE_NOOP("ImportReportDialog", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportReportDialog", "UTF-8 with BOM"),
    "utf-16": QT_TRANSLATE_NOOP("ImportReportDialog", "UTF-16"),
    "cp1258": QT_TRANSLATE_NOOP("ImportReportDialog", "Windows-1258 (detected)"),
    "tcvn3": QT_TRANSLATE_NOOP("ImportReportDialog", "TCVN3 / ABC (detected)"),
    "vni": QT_TRANSLATE_NOOP("ImportReportDialog", "VNI (detected)"),
    "docx": QT_TRANSLATE_NOOP("ImportReportDialog", "Word document (.docx)"),
    "pdf": QT_TRANSLATE_NOOP("ImportReportDialog", "PDF text layer"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReportDialog", text)


def encoding_label(name: str, encoding: str | None) -> str:
    """How a file was read, in words: `UTF-16`, `Windows-1258 (detected)`, `Web page, utf-8`."""
    if not encoding:
        return ""
    if Path(name).suffix.lower() in (".html", ".htm"):
        return QCoreApplication.translate("ImportReportDialog", "Web page, {charset}").format(
            charset=encoding
        )
    label = _LABELS.get(encoding)
    return _tr(label) if label else encoding


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """One imported file as stored: its document and the encoding the loader detected."""

    name: str
    document_id: int | None
    encoding: str | None
    figures: int | None = None


def imported_files(project, report, before: set[int]) -> list[ImportedFile]:
    """The report's imported files with their stored documents (those not in `before`).

    The store's report names the files only; the encoding is read back from the
    documents the import added (matched by name, in import order).
    """
    new: dict[str, list[int]] = {}
    for d in sorted(project.documents(), key=lambda d: d.id):
        if d.id not in before:
            new.setdefault(d.name, []).append(d.id)
    counts = list(getattr(report, "imported_figures", []))
    out = []
    for i, name in enumerate(report.imported):
        ids = new.get(str(name), [])
        doc_id = ids.pop(0) if ids else None
        encoding = None
        if doc_id is not None:
            try:
                encoding = project.document(doc_id).encoding
            except Exception:  # the document went meanwhile: show the file without it
                doc_id = None
        out.append(
            ImportedFile(str(name), doc_id, encoding, counts[i] if i < len(counts) else None)
        )
    return out


def needs_review(report, files: list[ImportedFile]) -> bool:
    """Open the report at once: something was not imported, or an encoding was guessed."""
    return bool(
        report.failed
        or report.skipped
        or getattr(report, "cancelled", False)
        or any(f.encoding in LEGACY for f in files)
    )


class ImportReportDialog(QDialog):
    """A per-file report; a small static list, so an item widget is fine here."""

    COLUMNS = ("file", "result", "encoding")

    def __init__(self, report, files: list[ImportedFile] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import report"))
        self.resize(820, 420)
        if files is None:
            counts = list(getattr(report, "imported_figures", []))
            files = [
                ImportedFile(str(n), None, None, counts[i] if i < len(counts) else None)
                for i, n in enumerate(report.imported)
            ]
        self.files = files
        layout = QVBoxLayout(self)
        summary = self.tr(
            "{imported} imported, {skipped} already in the project, {failed} could not be read."
        )
        text = summary.format(
            imported=len(report.imported), skipped=len(report.skipped), failed=len(report.failed)
        )
        if getattr(report, "cancelled", False):
            text += " " + self.tr("The import was cancelled; the files imported so far are kept.")
        guessed = [f for f in files if f.encoding in LEGACY]
        if guessed:
            text += " " + self.tr(
                "The encoding of {n} file(s) was recognised from the bytes (an old Vietnamese "
                "encoding): check that their text reads right."
            ).format(n=len(guessed))
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Read as")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        warn = QBrush(QColor("#cf222e"))
        check = QBrush(QColor("#9a6700"))
        for name, reason in report.failed:
            item = QTreeWidgetItem(
                self.tree, [str(name), self.tr("Not read: {reason}").format(reason=reason), ""]
            )
            item.setForeground(1, warn)
            item.setToolTip(1, str(reason))
        for name, reason in report.skipped:
            item = QTreeWidgetItem(
                self.tree, [str(name), self.tr("Skipped: {reason}").format(reason=reason), ""]
            )
            item.setToolTip(1, str(reason))
        for f in files:
            result = (
                self.tr("Imported")
                if f.figures is None
                else self.tr("Imported, {n} figures").format(n=f.figures)
            )
            item = QTreeWidgetItem(self.tree, [f.name, result, encoding_label(f.name, f.encoding)])
            item.setData(0, Qt.ItemDataRole.UserRole, f.document_id)
            if f.encoding:
                item.setToolTip(2, f.encoding)
            if f.encoding in LEGACY:
                item.setForeground(2, check)
                item.setToolTip(
                    2,
                    self.tr(
                        "{encoding}: recognised from the bytes, not declared by the file. "
                        "Check that the text reads right."
                    ).format(encoding=f.encoding),
                )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 12, 320))
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def encoding_of(self, name: str) -> str | None:
        """The label shown for a file (tests, and a glance at the report)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(0) == name:
                return item.text(2)
        return None
