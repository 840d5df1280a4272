"""Reconcile ▸ Agreement and adjudication…: how far the two reviewers of each
double-reviewed document agree, and the lead's decision on each figure they differ on.

The upper table is the agreement per document and per field (percent of the figures
both decided, Cohen's kappa, how many); the lower one lists the selected document's
disagreements not yet adjudicated, with both reviewers' values. *Take first* (F or 1) keeps
the first reviewer's decision, *Take second* (S or 2) writes the second's into the figure;
either is one undoable edit (`Adjudicate`, with the `SetField`s it takes) and the
figure leaves the list. The dialog is read from the store anew after every change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from solieu.reconcile.agreement import FIELDS, Agreement
from solieu.ui.models.figure_cells import decision_text, review_field_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def cell(a: Agreement) -> str:
    parts = a.parts()
    return " · ".join(parts) if parts is not None else "–"


class AgreementDialog(QDialog):
    """Built once per window; `refresh()` reads the project again."""

    decided = Signal(object, str)  # (edit, undo text): the window pushes it

    def __init__(self, shell, parent: QWidget | None = None) -> None:
        super().__init__(parent or shell)
        self.shell = shell
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement and adjudication"))
        self.resize(1120, 640)
        self.documents = QTableWidget(0, 2 + len(FIELDS), self)
        self.documents.setObjectName("agreementTable")
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Second reviewer"), *self._field_names()]
        )
        self.differences = QTableWidget(0, 4, self)
        self.differences.setObjectName("disagreements")
        self.differences.setHorizontalHeaderLabels(
            [self.tr("Figure"), self.tr("Field"), self.tr("First reviewer"),
             self.tr("Second reviewer")]
        )  # fmt: skip
        for table in (self.documents, self.differences):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
            table.setWordWrap(False)
        for table, width in ((self.documents, 260), (self.differences, 260)):
            # a long headline or figure is elided (its tooltip is whole): the columns
            # of numbers stay in sight
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(0, width)
        self.sentence = QTextBrowser(self)  # the selected figure in its sentence
        self.sentence.setObjectName("disagreementSentence")
        self.sentence.setMaximumHeight(70)
        self.summary = QLabel(self)
        self.take_first = QPushButton(self.tr("Take &first (F)"), self)
        self.take_second = QPushButton(self.tr("Take &second (S)"), self)
        self.take_first.clicked.connect(lambda: self._decide(second=False))
        self.take_second.clicked.connect(lambda: self._decide(second=True))
        # F/S, or 1/2 as on the Reconcile page (a digit makes that member win)
        for keys, second in ((("F", "1"), False), (("S", "2"), True)):
            for key in keys:
                QShortcut(QKeySequence(key), self.differences,
                          lambda second=second: self._decide(second=second))  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.take_first)
        buttons.addWidget(self.take_second)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Percent of the figures both decided, Cohen's kappa "
                                        "(1 perfect, 0 chance), how many:")))  # fmt: skip
        layout.addWidget(self.documents, 2)
        layout.addWidget(QLabel(self.tr("Disagreements of the selected document:")))
        layout.addWidget(self.differences, 3)
        layout.addWidget(self.sentence)
        layout.addLayout(buttons)
        self.documents.currentCellChanged.connect(lambda *_: self._show_differences())
        self.differences.currentCellChanged.connect(lambda *_: self._show_sentence())
        self._open: dict = {}  # figure → store.double_review.Disagreement, of the document
        self._texts: dict[int, str] = {}
        self._chosen = False  # a row was made current once (then it is kept)
        self._spans: dict[int, tuple[int, int, int]] = {}

    def _field_names(self) -> list[str]:
        return [review_field_label(f) for f in FIELDS]

    def refresh(self) -> None:
        project = self.shell.project
        current = self.current_document()
        overall, per_document = project.double_review_agreement()
        assigned = project.assignments()
        names = {d.id: d.title or d.name for d in project.documents(assigned)}
        rows = [(None, self.tr("(all documents)"), "", overall)]
        rows += [(d, names.get(d, str(d)), assigned[d], per_document[d]) for d in per_document]
        table = self.documents
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, (doc, name, second, fields) in enumerate(rows):
            first_item = QTableWidgetItem(name)
            first_item.setToolTip(name)
            first_item.setData(ID_ROLE, doc)
            table.setItem(r, 0, first_item)
            table.setItem(r, 1, QTableWidgetItem(second))
            for c, f in enumerate(FIELDS, start=2):
                table.setItem(r, c, QTableWidgetItem(cell(fields[f])))
        wanted = next((r for r, row in enumerate(rows) if row[0] == current), None)
        if wanted is None or not self._chosen:  # first shown: the first document
            wanted = 1 if len(rows) > 1 else 0
        self._chosen = True
        table.setCurrentCell(wanted, 0)
        table.blockSignals(False)
        self._show_differences()

    def current_document(self) -> int | None:
        item = self.documents.item(self.documents.currentRow(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def _show_differences(self) -> None:
        doc = self.current_document()
        table = self.differences
        row_before = table.currentRow()
        table.setRowCount(0)
        if doc is None:
            self.summary.setText(self.tr("Select a document to adjudicate its disagreements."))
            self._buttons()
            return
        first, second, adjudicated = self.shell.project.double_review(doc)
        open_ = self._open = self.shell.project.open_disagreements(set(first) & set(second))
        records = self.shell.project.figures_by_id(open_)
        self._texts = {r.id: r.text for r in records}
        self._spans = {r.id: (r.document_id, r.start, r.end) for r in records}
        for fid, found in open_.items():
            fields, entries = found.fields, found.entries
            r = table.rowCount()
            table.insertRow(r)
            item = QTableWidgetItem(self._texts.get(fid, str(fid)))
            item.setToolTip(item.text())
            item.setData(ID_ROLE, fid)
            table.setItem(r, 0, item)
            labels = dict(zip(FIELDS, self._field_names(), strict=True))
            table.setItem(r, 1, QTableWidgetItem(", ".join(labels[f] for f in fields)))
            table.setItem(
                r,
                2,
                QTableWidgetItem(
                    "; ".join(decision_text(f, found.first[f], entries) for f in fields)
                ),
            )
            table.setItem(
                r,
                3,
                QTableWidgetItem(
                    "; ".join(decision_text(f, found.second[f], entries) for f in fields)
                ),
            )
        if table.rowCount():
            table.setCurrentCell(min(max(row_before, 0), table.rowCount() - 1), 0)
        self._show_sentence()
        self.summary.setText(
            self.tr("{n} to adjudicate; {done} adjudicated").format(
                n=len(open_), done=len(adjudicated)
            )
        )
        self._buttons()

    def _show_sentence(self) -> None:
        from solieu.text import split_sentences
        from solieu.ui.group_rows import sentence_html

        fid = self.current_figure()
        span = self._spans.get(fid) if fid is not None else None
        if span is None:
            self.sentence.clear()
            return
        doc, start, end = span
        text = self.shell.project.document(doc).text
        self.sentence.setHtml(sentence_html(text, start, end, split_sentences(text))[1])

    def _buttons(self) -> None:
        has = self.differences.currentRow() >= 0 and self.differences.rowCount() > 0
        self.take_first.setEnabled(has)
        self.take_second.setEnabled(has)

    def current_figure(self) -> int | None:
        item = self.differences.item(self.differences.currentRow(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def _decide(self, *, second: bool) -> None:
        from solieu.store.double_review import adjudication

        fid = self.current_figure()
        if fid is None:
            return
        found = self._open[fid]
        edit = adjudication(fid, found.first, found.second, take_second=second)
        what = self._texts.get(fid, str(fid))
        text = (self.tr("take the second reviewer's “{what}”") if second
                else self.tr("keep the first reviewer's “{what}”")).format(what=what)  # fmt: skip
        self.decided.emit(edit, text)
