"""The Reconcile page: groups on the left; the selected group's members side by side on
the right, each with its sentence (span highlighted); why the group was formed and its
consistency warnings below.

The keyboard lives in one of two panes, the groups or the members: the one that has
it wears a highlight-coloured frame, and Tab / Shift+Tab go from one to the other (and
never off to another widget). The members are numbered; a digit makes that member's
value win, from either pane, so a conflict is resolved in one key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
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
MEMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}  # 1–9 → member row
# the pane with the keyboard: a 2 px frame in the highlight colour (the other keeps a
# transparent one of the same width, so nothing shifts when the keyboard moves); only its
# current row is in the highlight colour, the other pane's is grey (`_paint_focus`)
PANE_STYLE = (
    "QTableView { border: 2px solid transparent; }"
    " QTableView:focus { border: 2px solid palette(highlight); }"
)


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

    memberKeyPressed = Signal(int)  # noqa: N815 - a digit: the member row (0-based) that wins

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
                "Space/A accept the group and go to the next · 1–9 or W: that member's value "
                "wins · S split the member out · M move it to another group · G merge the "
                "group into another · O reopen it · Tab: groups ↔ members"
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
        self.splitter.setSizes([740, 660])
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
            view.setStyleSheet(PANE_STYLE)
            view.installEventFilter(self)
            self._paint_focus(view, False)
        self.members.verticalHeader().show()  # the numbers, the keys of "this value wins"
        self.members.verticalHeader().setHighlightSections(False)
        gh = self.groups.horizontalHeader()
        widths = {"conflict": 24, "value": 175, "unit": 60, "measure": 160, "place": 72,
                  "period": 112, "documents": 40, "status": 86}  # fmt: skip
        for name, w in widths.items():
            self.groups.setColumnWidth(GROUP_FIELDS.index(name), w)
        gh.setSectionResizeMode(GROUP_FIELDS.index("measure"), QHeaderView.ResizeMode.Stretch)
        self.groups.verticalHeader().setDefaultSectionSize(self.groups.fontMetrics().height() + 10)
        mh = self.members.horizontalHeader()
        widths = {"value": 150, "qualifier": 64, "period": 112, "place": 76}
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

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """The panes repaint their current row as the keyboard comes and goes; a digit in
        either pane makes that member's value win (not a jump to a row starting with it)."""
        if obj in (self.groups, self.members) and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ):
            self._paint_focus(obj, event.type() == QEvent.Type.FocusIn)
        if (
            obj in (self.groups, self.members)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in MEMBER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.memberKeyPressed.emit(MEMBER_KEYS[event.key()])
            return True
        return super().eventFilter(obj, event)

    @staticmethod
    def _paint_focus(view: QTableView, focused: bool) -> None:
        """The pane without the keyboard shows its current row grey, not highlighted."""
        palette = QPalette(view.parentWidget().palette())
        if not focused:
            palette.setColor(QPalette.ColorRole.Highlight, palette.color(QPalette.ColorRole.Mid))
            text = palette.color(QPalette.ColorRole.Text)
            palette.setColor(QPalette.ColorRole.HighlightedText, text)
        view.setPalette(palette)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab and Shift+Tab go groups ↔ members: with two panes, either way is the other."""
        for here, there in ((self.groups, self.members), (self.members, self.groups)):
            if here.hasFocus():
                reason = (
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                there.setFocus(reason)
                return True
        return super().focusNextPrevChild(next)

    def pane_with_keyboard(self) -> str | None:
        """Which pane the keys act in: "groups", "members" or None."""
        if self.groups.hasFocus():
            return "groups"
        if self.members.hasFocus():
            return "members"
        return None

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
