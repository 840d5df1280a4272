"""The figure table view: editors per column, a sort that can be undone, and a word
when it is empty.

A click on a header sorts by that column, a second reverses it and a third returns
to article order (the order of the text), as does `restore_article_order` (a menu
action). The sort belongs to the page shown: another document, or a restart, opens
in article order (`FigureHeader.restoreState` keeps widths and order, not the sort).

When filters hide every figure the table says how many and offers to clear them
(`clearFilterRequested`); a document without figures says how to add one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from solieu.model import QUALIFIERS, UNIT_CLASSES
from solieu.ui.models.figures_model import FIELDS, QUALIFIER_LABELS
from solieu.ui.views.figure_editors import (
    CellEditor,
    ChoiceDelegate,
    LineDelegate,
    PeriodDelegate,
    PlaceDelegate,
    ValueDelegate,
)
from solieu.ui.views.measure_editor import MeasureDelegate

CONTEXT = "FigureTable"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FigureHeader(QHeaderView):
    """The column header: sorting cycles ascending → descending → article order, and a
    restored header state brings back widths and order but never the sort."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setSortIndicatorShown(True)
        self.setSortIndicatorClearable(True)  # the third click clears it
        self.setSectionsMovable(True)
        self.setHighlightSections(False)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setStretchLastSection(False)

    def restoreState(self, state) -> bool:  # noqa: N802 - Qt's name
        ok = super().restoreState(state)
        self.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # a sort is per session
        return ok


class _NoticeButton(QPushButton):
    """A push button that keeps Space and Enter for itself: the table binds them to
    review actions, and a shortcut would otherwise take the key first."""

    def event(self, event) -> bool:
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in keys:
            event.accept()
            return True
        return super().event(event)


class EmptyNotice(QWidget):
    """What an empty table says: why it is empty, and the way out when there is one."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.setObjectName("emptyNotice")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(self)
        self.label.setObjectName("emptyNoticeText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #57606a;")
        self.button = _NoticeButton(_tr("Clear the filter"), self)
        self.button.setObjectName("clearFilter")
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAutoDefault(True)  # Enter presses it when it has focus
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()


class FigureTable(QTableView):
    """The table; Enter edits the current cell (F2 too), like a spreadsheet."""

    clearFilterRequested = Signal()  # noqa: N815 - the reviewer asked to show every figure
    sortedChanged = Signal(bool)  # noqa: N815 - True while sorted by a column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("figures")
        self.setHorizontalHeader(FigureHeader(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.value_delegate = ValueDelegate(self)
        self.setItemDelegateForColumn(FIELDS.index("value"), self.value_delegate)
        self.period_delegate = PeriodDelegate(self)
        self.setItemDelegateForColumn(FIELDS.index("period"), self.period_delegate)
        self.setItemDelegateForColumn(FIELDS.index("place"), PlaceDelegate(self))
        self.measure_delegate = MeasureDelegate(self)  # completes from the codebook
        self.setItemDelegateForColumn(FIELDS.index("measure"), self.measure_delegate)
        qualifiers = [("", "—")] + [
            (q, QCoreApplication.translate("FiguresModel", QUALIFIER_LABELS[q])) for q in QUALIFIERS
        ]
        self.setItemDelegateForColumn(FIELDS.index("qualifier"), ChoiceDelegate(qualifiers, self))
        classes = [(c, c) for c in UNIT_CLASSES]
        self.setItemDelegateForColumn(FIELDS.index("unit_class"), ChoiceDelegate(classes, self))
        self.notice = EmptyNotice(self)
        self.notice.button.clicked.connect(self._clear_filter)
        self._sorted = False

    # --- the model ---------------------------------------------------------------------

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        old = self.model()
        if old is not None and hasattr(old, "sortChanged"):
            old.sortChanged.disconnect(self._on_model_sort)
            old.searchingChanged.disconnect(self.update_notice)
            for signal in (old.modelReset, old.layoutChanged, old.rowsInserted, old.rowsRemoved):
                signal.disconnect(self.update_notice)
        super().setModel(model)
        if model is not None and hasattr(model, "sortChanged"):
            model.sortChanged.connect(self._on_model_sort)
            model.searchingChanged.connect(self.update_notice)
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
            ):
                signal.connect(self.update_notice)
        self.update_notice()

    def restore_article_order(self) -> None:
        """Back to the order of the text (View ▸ Article order): the sort is dropped."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        model = self.model()
        if model is not None and getattr(model, "sort_state", lambda: None)() is not None:
            model.sort(-1)

    def is_sorted(self) -> bool:
        return self._sorted

    def _on_model_sort(self) -> None:
        state = self.model().sort_state()
        header = self.horizontalHeader()
        if state is None and header.sortIndicatorSection() != -1:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        elif state is not None and (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
            state[0],
            state[1],
        ):
            header.blockSignals(True)  # the model is sorted already: only show it
            header.setSortIndicator(state[0], state[1])
            header.blockSignals(False)
            header.viewport().update()
        now = state is not None
        if now != self._sorted:
            self._sorted = now
            self.sortedChanged.emit(now)

    # --- the empty table ---------------------------------------------------------------

    def update_notice(self, *_args) -> None:
        """Say why the table is empty: the filters (with the way out) or no figures."""
        model = self.model()
        notice = self.notice
        text = None
        clearable = False
        if model is not None and model.rowCount() == 0 and hasattr(model, "hidden_count"):
            hidden = model.hidden_count()
            if model.searching():
                text = _tr("Searching every document…")
            elif hidden:
                n = QLocale().toString(hidden)
                text = (
                    _tr("1 figure hidden by the filter")
                    if hidden == 1
                    else _tr("{n} figures hidden by the filter").format(n=n)
                )
                clearable = True
            elif model.has_scope() and model.all_documents:
                text = _tr("No figures in this project yet; import articles to find them")
            elif model.has_scope():
                text = _tr(
                    "No figures in this document; select text in the article and press A to add one"
                )
        if text is None:
            had_focus = notice.button.hasFocus()
            notice.hide()
            if had_focus:
                self.setFocus()
            return
        notice.label.setText(text)
        notice.button.setVisible(clearable)
        notice.label.setFixedWidth(max(120, min(440, self.viewport().width() - 32)))
        notice.setGeometry(self.viewport().geometry())
        notice.show()
        notice.raise_()

    def notice_text(self) -> str | None:
        """What the empty table says now (None when it shows rows)."""
        return self.notice.label.text() if self.notice.isVisible() else None

    def _clear_filter(self) -> None:
        self.setFocus()
        self.clearFilterRequested.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.notice.setGeometry(self.viewport().geometry())

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab from an empty, filtered table reaches its Clear the filter button."""
        button = self.notice.button
        if forward and self.notice.isVisible() and button.isVisible() and self.hasFocus():
            button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().focusNextPrevChild(forward)

    # --- columns and keys ----------------------------------------------------------------

    def default_widths(self) -> None:
        widths = {
            "text": 160,
            "value": 120,
            "unit": 70,
            "status": 92,  # "chờ duyệt ↓" (a look-alike of rejected figures) fits
            "measure": 170,
            "qualifier": 80,
            "change": 60,
            "place": 95,
            "period": 115,
            "unit_class": 70,
            "confidence": 70,
            "document": 160,
        }
        for i, name in enumerate(FIELDS):
            self.setColumnWidth(i, widths.get(name, 100))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if plain and enter and self.notice.isVisible() and self.notice.button.isVisible():
            self._clear_filter()  # Enter in an empty, filtered table clears the filter
            return
        if plain and enter and self.state() != self.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and self.edit(
                index, QAbstractItemView.EditTrigger.EditKeyPressed, event
            ):
                return
        super().keyPressEvent(event)


__all__ = [
    "FigureTable",
    "FigureHeader",
    "CellEditor",
    "LineDelegate",
    "ValueDelegate",
    "PeriodDelegate",
    "PlaceDelegate",
    "ChoiceDelegate",
]
