"""The Reconcile page: groups on the left; the selected group's members side by side on
the right, each with its sentence (span highlighted); why the group was formed and its
consistency warnings below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from solieu.ui.models.groups_model import (
    GROUP_FIELDS,
    HTML_ROLE,
    MEMBER_FIELDS,
    GroupsModel,
    MembersModel,
)

PAD = 4


class HtmlDelegate(QStyledItemDelegate):
    """Paints `HTML_ROLE` rich text, wrapped to the column width."""

    def _document(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(PAD)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(40, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 300
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        return QSize(width, int(doc.size().height()) + 2)


class ReconcileView(QWidget):
    """Widgets only; `solieu.ui.reconciling.Reconcile` fills them and acts on the keys."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcile")
        self.groups_model = GroupsModel(self)
        self.members_model = MembersModel(self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        row = QHBoxLayout()
        self.conflicts_only = QCheckBox(self.tr("Conflicts only (C)"), left)
        self.unreviewed_only = QCheckBox(self.tr("Unreviewed only (U)"), left)
        for box in (self.conflicts_only, self.unreviewed_only):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(box)
        row.addStretch(1)
        self.count_label = QLabel(left)
        row.addWidget(self.count_label)
        self.groups = QTableView(left)
        self.groups.setObjectName("groups")
        self.groups.setModel(self.groups_model)
        lv.addLayout(row)
        lv.addWidget(self.groups)

        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 6, 6, 6)
        self.title = QLabel(right)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.members = QTableView(right)
        self.members.setObjectName("members")
        self.members.setModel(self.members_model)
        self.members.setItemDelegateForColumn(
            MEMBER_FIELDS.index("sentence"), HtmlDelegate(self.members)
        )
        self.details = QTextBrowser(right)
        self.details.setObjectName("groupDetails")
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.setOpenLinks(False)
        self.hint = QLabel(right)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #57606a;")
        self.hint.setText(
            self.tr(
                "Space/A accept the group and go to the next · S split the member out · "
                "M move it to another group · W make it the winning value · G merge the group "
                "into another · O reopen it · Tab: groups ↔ members"
            )
        )
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, right)
        self.right_splitter.addWidget(self.members)
        self.right_splitter.addWidget(self.details)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 1)
        rv.addWidget(self.title)
        rv.addWidget(self.right_splitter, 1)
        rv.addWidget(self.hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reconcileSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._setup_tables()

    def _setup_tables(self) -> None:
        for view in (self.groups, self.members):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setTabKeyNavigation(False)  # Tab goes groups ↔ members
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.horizontalHeader().setHighlightSections(False)
        gh = self.groups.horizontalHeader()
        widths = {"conflict": 24, "value": 110, "unit": 60, "measure": 160, "place": 72,
                  "period": 120, "documents": 40, "status": 86}  # fmt: skip
        for name, w in widths.items():
            self.groups.setColumnWidth(GROUP_FIELDS.index(name), w)
        gh.setSectionResizeMode(GROUP_FIELDS.index("measure"), QHeaderView.ResizeMode.Stretch)
        self.groups.verticalHeader().setDefaultSectionSize(self.groups.fontMetrics().height() + 10)
        mh = self.members.horizontalHeader()
        widths = {"value": 120, "qualifier": 64, "period": 112, "place": 76}
        for name, w in widths.items():
            self.members.setColumnWidth(MEMBER_FIELDS.index(name), w)
        mh.setSectionResizeMode(MEMBER_FIELDS.index("sentence"), QHeaderView.ResizeMode.Stretch)
        self.members.setWordWrap(True)
        self.members.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._fit = QTimer(self)  # row heights follow the wrapped sentences, once per turn
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.members.resizeRowsToContents)
        mh.sectionResized.connect(lambda *_: self._fit.start())
        self.members_model.modelReset.connect(self.members.resizeRowsToContents)
        self.members_model.modelReset.connect(self._fit.start)
        self.setTabOrder(self.groups, self.members)

    def current_group_row(self) -> int:
        index = self.groups.currentIndex()
        return index.row() if index.isValid() else -1

    def current_member_row(self) -> int:
        index = self.members.currentIndex()
        return index.row() if index.isValid() else -1

    def select_group_row(self, row: int) -> None:
        self._select(self.groups, row)

    def select_member_row(self, row: int) -> None:
        self._select(self.members, row)

    @staticmethod
    def _select(view: QTableView, row: int) -> None:
        model = view.model()
        if not 0 <= row < model.rowCount():
            view.selectionModel().clearCurrentIndex() if row < 0 else None
            return
        current = view.currentIndex()
        column = current.column() if current.isValid() else 1
        index = model.index(row, column)
        view.selectionModel().setCurrentIndex(
            index,
            view.selectionModel().SelectionFlag.ClearAndSelect
            | view.selectionModel().SelectionFlag.Rows,
        )
        view.scrollTo(index)

    def clear_details(self) -> None:
        self.title.setText("")
        self.details.setHtml("")

    def group_index(self, row: int) -> QModelIndex:
        return self.groups_model.index(row, 0)
