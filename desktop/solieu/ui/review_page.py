"""The Review page's widgets: documents | article | figure table, and their splitters.

Only layout lives here; the window wires the widgets to its models and actions.
Every pane can be collapsed (drag its splitter handle to the edge) so the page
stays usable in a small window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from solieu.model import Status
from solieu.ui.models.figures_model import status_label
from solieu.ui.views.article_view import ArticleView
from solieu.ui.views.documents_view import DocumentsView
from solieu.ui.views.elided_label import ElidedLabel
from solieu.ui.views.figure_table import FigureTable


def review_hint() -> str:
    """The Review page's key line, shown under the table until the reviewer hides it."""
    return QCoreApplication.translate(
        "ReviewPage",
        "Space confirm and next · X reject · N next pending · F2 edit · "
        "Ctrl+J select in the article, A add · Ctrl+Z undo · F1 all keys",
    )


class ReviewPage:
    """Builds the page under `parent`; `root` is the widget to put in the page tabs."""

    def __init__(self, parent: QWidget, documents_model, figures_model) -> None:
        left = QWidget(parent)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        self.doc_filter = QLineEdit(left)
        self.doc_filter.setPlaceholderText(
            QCoreApplication.translate("ReviewPage", "Filter documents")
        )
        self.doc_filter.setClearButtonEnabled(True)
        self.documents_view = DocumentsView(left)
        self.documents_view.setModel(documents_model)
        lv.addWidget(self.doc_filter)
        lv.addWidget(self.documents_view)

        centre = QWidget(parent)
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 6, 0, 6)
        self.doc_title = ElidedLabel(centre)
        self.doc_title.setObjectName("documentTitle")
        font = self.doc_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.doc_title.setFont(font)
        self.doc_title.setContentsMargins(4, 0, 4, 2)
        # one line whatever its length: the title never widens the pane
        self.doc_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.article = ArticleView(centre)
        cv.addWidget(self.doc_title)
        cv.addWidget(self.article)

        right = QWidget(parent)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 6, 6, 6)
        row = QHBoxLayout()
        self.status_filter = QComboBox(right)
        self.status_filter.addItem(QCoreApplication.translate("ReviewPage", "All statuses"), None)
        for s in Status:
            self.status_filter.addItem(status_label(s), s.value)
        self.text_filter = QLineEdit(right)
        self.text_filter.setPlaceholderText(
            QCoreApplication.translate("ReviewPage", "Filter figures (Ctrl+F)")
        )
        self.text_filter.setClearButtonEnabled(True)
        self.all_docs = QCheckBox(QCoreApplication.translate("ReviewPage", "All documents"), right)
        self.all_docs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.status_filter)
        row.addWidget(self.text_filter, 1)
        row.addWidget(self.all_docs)
        self.table = FigureTable(right)
        self.table.setModel(figures_model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.hint = QLabel(review_hint(), right)
        self.hint.setObjectName("reviewHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #57606a;")
        rv.addLayout(row)
        rv.addWidget(self.table)
        rv.addWidget(self.hint)

        self.review_splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        self.review_splitter.setObjectName("reviewSplitter")
        self.review_splitter.addWidget(centre)
        self.review_splitter.addWidget(right)
        self.review_splitter.setSizes([500, 680])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.review_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([230, 1170])
        for splitter in (self.main_splitter, self.review_splitter):
            splitter.setChildrenCollapsible(True)
            for i in range(splitter.count()):
                splitter.setCollapsible(i, True)
                splitter.widget(i).setMinimumWidth(0)
        for widget in (left, centre, right):
            widget.setMinimumSize(0, 0)
        self.root = self.main_splitter
