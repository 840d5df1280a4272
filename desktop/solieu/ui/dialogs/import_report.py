"""After an import: what came in, what was skipped and what could not be read, and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


class ImportReportDialog(QDialog):
    """A per-file report; a small static list, so an item widget is fine here."""

    def __init__(self, report, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        summary = self.tr(
            "{imported} imported, {skipped} already in the project, {failed} could not be read."
        )
        text = summary.format(
            imported=len(report.imported), skipped=len(report.skipped), failed=len(report.failed)
        )
        if getattr(report, "cancelled", False):
            text += " " + self.tr("The import was cancelled; the files imported so far are kept.")
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.tree.setRootIsDecorated(False)
        for name, reason in report.failed:
            QTreeWidgetItem(
                self.tree, [str(name), self.tr("Not read: {reason}").format(reason=reason)]
            )
        for name, reason in report.skipped:
            QTreeWidgetItem(
                self.tree, [str(name), self.tr("Skipped: {reason}").format(reason=reason)]
            )
        counts = list(getattr(report, "imported_figures", []))
        for i, name in enumerate(report.imported):
            n = counts[i] if i < len(counts) else None
            result = (
                self.tr("Imported") if n is None else self.tr("Imported, {n} figures").format(n=n)
            )
            QTreeWidgetItem(self.tree, [str(name), result])
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
