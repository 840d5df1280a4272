"""The Codebook page's details pane: the current entry's fields and its example
sentences (up to EXAMPLES linked figures, the figure's words in bold).

A mixin of `CodebookPage` (views/codebook_view.py): its texts are in the page's
translation context.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from solieu.model import UNIT_CLASSES
from solieu.store import ProjectError
from solieu.text.sentences import split_sentences
from solieu.ui import i18n
from solieu.ui.models.codebook_model import example
from solieu.ui.models.groups_model import HTML_ROLE
from solieu.ui.views.reconcile_view import HtmlDelegate

EXAMPLES = 20  # linked figures shown in the details pane
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1


class CodebookDetails:
    """The right-hand pane of the Codebook page."""

    def _build_details(self) -> QScrollArea:
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 6, 6, 6)
        self.title = QLabel(right)
        self.title.setObjectName("codebookTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        self.code_edit = QLineEdit(right)
        self.name_en_edit = QLineEdit(right)
        self.synonyms_edit = QLineEdit(right)
        self.synonyms_edit.setObjectName("codebookSynonyms")
        self.synonyms_edit.setPlaceholderText(
            QCoreApplication.translate("CodebookPage", "other names, separated by “; ”")
        )
        for edit in (self.code_edit, self.name_en_edit, self.synonyms_edit):
            edit.returnPressed.connect(self.apply_details)
        self.unit_combo = QComboBox(right)
        self.unit_combo.addItem(QCoreApplication.translate("CodebookPage", "any"), None)
        for unit_class in UNIT_CLASSES:
            self.unit_combo.addItem(unit_class, unit_class)
        self.change_combo = QComboBox(right)
        self.change_combo.addItem(QCoreApplication.translate("CodebookPage", "not said"), None)
        self.change_combo.addItem(QCoreApplication.translate("CodebookPage", "level"), False)
        self.change_combo.addItem(
            QCoreApplication.translate("CodebookPage", "change (growth, increase)"), True
        )
        for combo in (self.unit_combo, self.change_combo):
            combo.activated.connect(lambda *_: self.apply_details())
        form.addRow(QCoreApplication.translate("CodebookPage", "Code:"), self.code_edit)
        form.addRow(QCoreApplication.translate("CodebookPage", "English name:"), self.name_en_edit)
        form.addRow(QCoreApplication.translate("CodebookPage", "Unit class:"), self.unit_combo)
        form.addRow(QCoreApplication.translate("CodebookPage", "Change:"), self.change_combo)
        form.addRow(QCoreApplication.translate("CodebookPage", "Synonyms:"), self.synonyms_edit)
        self.examples = QTableWidget(0, 2, right)
        self.examples.setObjectName("codebookExamples")
        self.examples.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CodebookPage", "Example"),
                QCoreApplication.translate("CodebookPage", "Document"),
            ]
        )
        self.examples.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.examples.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.examples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.examples.verticalHeader().hide()
        self.examples.setItemDelegateForColumn(0, HtmlDelegate(self.examples))
        self.examples.setWordWrap(True)
        ex_header = self.examples.horizontalHeader()
        ex_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ex_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.examples_note = QLabel(right)
        self.examples_note.setStyleSheet("color: #57606a;")
        rv.addWidget(self.title)
        rv.addLayout(form)
        rv.addWidget(
            QLabel(
                QCoreApplication.translate("CodebookPage", "Examples (select some, then Split):"),
                right,
            )
        )
        rv.addWidget(self.examples, 1)
        rv.addWidget(self.examples_note)

        # on a small window the pane scrolls instead of squashing its fields
        right.setMinimumHeight(right.sizeHint().height())
        scroll = QScrollArea(self)
        scroll.setObjectName("codebookDetails")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        return scroll

    def _example(self, figure) -> tuple[str, str]:
        cached = self._sentences.get(figure.document_id)
        if cached is None:
            text = self.shell.project.document(figure.document_id).text
            cached = self._sentences[figure.document_id] = (text, split_sentences(text))
        return example(*cached, figure.start, figure.end)

    def _show_details(self) -> None:
        entry = self.current_entry()
        self._update_actions()
        self.examples.setRowCount(0)
        self.examples_note.clear()
        lines = (self.code_edit, self.name_en_edit, self.synonyms_edit)
        for widget in (*lines, self.unit_combo, self.change_combo):
            widget.setEnabled(entry is not None)
        if entry is None:
            for line in lines:
                line.clear()
            if self.model.rowCount():
                self.title.setText(
                    QCoreApplication.translate("CodebookPage", "No entry is selected.")
                )
            else:
                self.title.setText(
                    QCoreApplication.translate(
                        "CodebookPage", "The codebook is empty: Ins adds an entry."
                    )
                )
            return
        s = entry.state
        count = QCoreApplication.translate("CodebookPage", "%n figure(s)", "", entry.figures)
        self.title.setText(f"<b>{html.escape(s.name)}</b> · {html.escape(count)}")
        self.code_edit.setText(s.code or "")
        self.name_en_edit.setText(s.name_en or "")
        self.synonyms_edit.setText("; ".join(s.synonyms))
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(s.unit_class)))
        self.change_combo.setCurrentIndex(max(0, self.change_combo.findData(s.change)))
        try:
            figures = self.shell.project.figures(entry_id=entry.id) if entry.figures else []
            rows = [(f, *self._example(f)) for f in figures[:EXAMPLES]]
        except ProjectError as exc:
            self.examples_note.setText(i18n.tr_error(exc))
            return
        self.examples.setRowCount(len(rows))
        for r, (figure, rich, plain) in enumerate(rows):
            item = QTableWidgetItem(plain)
            item.setData(HTML_ROLE, rich)
            item.setData(FIGURE_ROLE, figure.id)
            self.examples.setItem(r, 0, item)
            self.examples.setItem(r, 1, QTableWidgetItem(figure.document))
        self.examples.resizeRowsToContents()
        if len(figures) > EXAMPLES:
            self.examples_note.setText(
                QCoreApplication.translate(
                    "CodebookPage", "The first {shown} of {count} figures."
                ).format(shown=EXAMPLES, count=len(figures))
            )
        elif not figures:
            self.examples_note.setText(
                QCoreApplication.translate("CodebookPage", "No figure is linked to this entry yet.")
            )

    def selected_example_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.examples.selectionModel().selectedRows()})
        return [self.examples.item(r, 0).data(FIGURE_ROLE) for r in rows]
