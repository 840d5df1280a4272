"""After an import: what came in and how it was read, what was skipped and what could not be read.

Each imported file shows the encoding or format the loader detected
(`Document.encoding`): a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI)
is a guess from the bytes, so it is marked for the reviewer to check. Given a
`reread(document_id, encoding)` (the window's, which runs `Project.reread` in
the background), a plain-text file's "Read as" cell is a combo: choosing another
encoding reads the file again, and the row (and the window's last-import list,
the same list object) follows once the store has done it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from solieu.text.load import TEXT_SUFFIXES
from solieu.ui import i18n

# guessed from the bytes (no BOM, no declaration): the reviewer should look at the text
LEGACY = frozenset({"cp1258", "tcvn3", "vni"})
# what a reviewer may choose for a plain-text file (solieu.text.load.ENCODINGS, undeclared)
CHOICES = ("utf-8", "cp1258", "tcvn3", "vni")

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
# an encoding the reviewer chose rather than the loader's guess
_PLAIN = {
    "utf-8": QT_TRANSLATE_NOOP("ImportReportDialog", "UTF-8"),
    "cp1258": QT_TRANSLATE_NOOP("ImportReportDialog", "Windows-1258"),
    "tcvn3": QT_TRANSLATE_NOOP("ImportReportDialog", "TCVN3 / ABC"),
    "vni": QT_TRANSLATE_NOOP("ImportReportDialog", "VNI"),
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


def choice_label(name: str, encoding: str, detected: str | None) -> str:
    """An encoding in the re-read combo: the loader's guess as the report names it
    (`VNI (detected)`), any other plainly (`Windows-1258`)."""
    if encoding == detected:
        return encoding_label(name, encoding)
    label = _PLAIN.get(encoding)
    return _tr(label) if label else encoding_label(name, encoding)


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """One imported file as stored: its document and the encoding the loader detected."""

    name: str
    document_id: int | None
    encoding: str | None
    figures: int | None = None
    detected: str | None = None  # the loader's guess, once a reviewer chose another encoding

    @property
    def guess(self) -> str | None:
        """What the loader detected at import."""
        return self.detected or self.encoding

    @property
    def rereadable(self) -> bool:
        """A stored plain-text file (.txt, .md): its encoding can be chosen again."""
        return (
            self.document_id is not None
            and self.encoding is not None
            and Path(self.name).suffix.lower() in TEXT_SUFFIXES
        )


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
        or getattr(report, "warnings", None)
        or getattr(report, "partial", None)
        or getattr(report, "cancelled", False)
        or any(f.encoding in LEGACY for f in files)
    )


class ImportReportDialog(QDialog):
    """A per-file report; a small static list, so an item widget is fine here."""

    COLUMNS = ("file", "result", "encoding")

    def __init__(
        self,
        report,
        files: list[ImportedFile] | None = None,
        parent=None,
        reread: Callable[[int, str], object] | None = None,
    ) -> None:
        """`reread(document_id, encoding)` starts a re-read and returns its Task (with
        `finished(int)` / `failed(str)`), or None when it cannot start now."""
        super().__init__(parent)
        self._reread = reread
        self._restored = set(getattr(report, "restored", []))  # removed, imported again
        self._running: tuple[int, str] | None = None  # (file index, encoding) being re-read
        self.combos: dict[int, QComboBox] = {}  # file index → its "Read as" combo
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
                "The encoding of %n file(s) was recognised from the bytes (an old Vietnamese "
                "encoding): check that their text reads right.",
                "",
                len(guessed),
            )
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
                self.tree,
                [str(name), self.tr("Not read: {reason}").format(reason=i18n.tr_error(reason)), ""],
            )
            item.setForeground(1, warn)
            item.setToolTip(1, i18n.tr_error(reason))
        for name, reason in report.skipped:
            item = QTreeWidgetItem(
                self.tree,
                [str(name), self.tr("Skipped: {reason}").format(reason=i18n.tr_error(reason)), ""],
            )
            item.setToolTip(1, i18n.tr_error(reason))
        for name, reason in getattr(report, "warnings", []):
            item = QTreeWidgetItem(
                self.tree,
                [
                    str(name),
                    self.tr("Figure left out or corrected: {reason}").format(
                        reason=i18n.tr_error(reason)
                    ),
                    "",
                ],
            )
            item.setForeground(1, check)
            item.setToolTip(1, i18n.tr_error(reason))
        self._check = check
        self.whole_buttons: dict[str, QPushButton] = {}  # document name → its button
        self._partial = list(getattr(report, "partial", []))
        self.items: dict[int, QTreeWidgetItem] = {}  # file index → its row
        for i, f in enumerate(files):
            item = QTreeWidgetItem(self.tree, [f.name, "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, f.document_id)
            self.items[i] = item
            if reread is not None and f.rereadable:
                self.combos[i] = self._make_combo(i, item)
            self._show_file(i)
        for name, _path, kept, visible in self._partial:
            self._add_partial_row(str(name), kept, visible)
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

    # --- one row ------------------------------------------------------------------------------

    def _show_file(self, i: int) -> None:
        """Fill row `i` from `self.files[i]`: result, how it was read, the hint."""
        f, item = self.files[i], self.items[i]
        if f.name in self._restored:  # the document had been removed: it is back
            result = self.tr("Restored (it had been removed), %n figure(s)", "", f.figures or 0)
        elif f.figures is None:
            result = self.tr("Imported")
        else:
            result = self.tr("Imported, %n figure(s)", "", f.figures)
        item.setText(1, result)
        chosen = f.detected is not None and f.encoding != f.detected
        if chosen:
            label = self.tr("{encoding} (chosen)").format(
                encoding=choice_label(f.name, f.encoding, None)
            )
            tip = self.tr(
                "{encoding}: chosen by you; the loader had recognised {detected}. "
                "The text and its figures were read again."
            ).format(encoding=f.encoding, detected=f.detected)
        else:
            label = encoding_label(f.name, f.encoding)
            tip = f.encoding or ""
            if f.encoding in LEGACY:
                tip = self.tr(
                    "{encoding}: recognised from the bytes, not declared by the file. "
                    "Check that the text reads right."
                ).format(encoding=f.encoding)
        item.setText(2, label)
        item.setToolTip(2, tip)
        guessed = f.encoding in LEGACY and not chosen
        item.setForeground(2, self._check if guessed else QBrush())
        combo = self.combos.get(i)
        if combo is not None:
            combo.blockSignals(True)
            current = max(combo.findData(f.encoding), 0)
            for j in range(combo.count()):  # the current one reads like the cell it covers
                other = choice_label(f.name, combo.itemData(j), f.guess)
                combo.setItemText(j, label if j == current else other)
            combo.setCurrentIndex(current)
            combo.blockSignals(False)
            combo.setToolTip(
                tip + "\n" + self.tr("Choose another encoding to read the file again.")
            )
            combo.setStyleSheet("QComboBox { color: #9a6700; }" if guessed else "")
            item.setSizeHint(2, combo.sizeHint())

    def _add_partial_row(self, name: str, kept: int, visible: int) -> None:
        """A web page whose marked article is much shorter than the page: say so, and
        offer to read the whole page instead (a short article may have lost text)."""
        item = QTreeWidgetItem(
            self.tree,
            [
                name,
                self.tr(
                    "Only {kept} of the page's {visible} visible characters were kept as its "
                    "article"
                ).format(kept=kept, visible=visible),
                "",
            ],
        )
        item.setForeground(1, self._check)
        doc_id = next((f.document_id for f in self.files if f.name == name), None)
        if self._reread is None or doc_id is None:
            return
        button = QPushButton(self.tr("Import the whole page"), self.tree)
        button.setObjectName(f"wholePage{len(self.whole_buttons)}")
        button.clicked.connect(lambda _=False, d=doc_id, n=name: self.read_whole_page(d, n))
        self.tree.setItemWidget(item, 2, button)
        self.whole_buttons[name] = button

    def read_whole_page(self, document_id: int, name: str):
        """Read the page again with all its visible text; returns the Task or None."""
        if self._reread is None or self._running is not None:
            return None
        task = self._reread(document_id, None, whole_page=True)
        if task is not None:
            button = self.whole_buttons.get(name)
            if button is not None:
                button.setEnabled(False)
                task.finished.connect(
                    lambda n: button.setText(self.tr("Whole page read: %n figure(s)", "", n))
                )
                task.failed.connect(lambda _m: button.setEnabled(True))
        return task

    def _make_combo(self, i: int, item: QTreeWidgetItem) -> QComboBox:
        f = self.files[i]
        combo = QComboBox(self.tree)
        combo.setObjectName(f"readAs{i}")
        combo.setAccessibleName(self.tr("Read {name} as").format(name=f.name))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        encodings = list(CHOICES)
        if f.encoding not in encodings:  # declared by a BOM (utf-8-sig, utf-16): keep it shown
            encodings.insert(0, f.encoding)
        for encoding in encodings:
            combo.addItem(choice_label(f.name, encoding, f.guess), encoding)
        combo.currentIndexChanged.connect(lambda _=0, i=i: self._choose(i))
        self.tree.setItemWidget(item, 2, combo)
        return combo

    # --- re-reading -----------------------------------------------------------------------

    def _choose(self, i: int) -> None:
        encoding = self.combos[i].currentData()
        if encoding != self.files[i].encoding:
            self.reread_file(i, encoding)

    def reread_file(self, i: int, encoding: str):
        """Read file `i` again as `encoding` in the background; returns the Task or None."""
        f = self.files[i]
        task = None
        if self._reread is not None and self._running is None and f.rereadable:
            task = self._reread(f.document_id, encoding)
        if task is None:
            self._show_file(i)  # nothing started: the combo goes back
            return None
        self._running = (i, encoding)
        self._set_busy(True)
        task.finished.connect(self._reread_done)
        task.failed.connect(self._reread_failed)
        return task

    def _set_busy(self, busy: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(not busy)

    def _reread_done(self, figures) -> None:
        if self._running is None:
            return
        i, encoding = self._running
        self._running = None
        f = self.files[i]
        self.files[i] = replace(
            f, encoding=encoding, figures=int(figures), detected=f.guess
        )  # the window's last_import holds this list: reopening the report shows it too
        self._show_file(i)
        self._set_busy(False)

    def _reread_failed(self, _message: str) -> None:
        if self._running is None:
            return
        i, _encoding = self._running
        self._running = None
        self._show_file(i)  # the window said why; the row shows what is stored
        self._set_busy(False)

    def encoding_of(self, name: str) -> str | None:
        """The label shown for a file (tests, and a glance at the report)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(0) == name:
                return item.text(2)
        return None
