"""The review window: documents | article | figures, keyboard first.

The window wires widgets, menus and the edit stack together; the review
actions themselves (confirm, reject, add, next pending …) live in review.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from solieu.model import Status
from solieu.store import ProjectError
from solieu.ui import i18n
from solieu.ui.models.documents_model import DOCUMENT_ID_ROLE, DocumentsModel
from solieu.ui.models.figures_model import FIELDS, FiguresModel, status_label
from solieu.ui.reconciling import Reconcile
from solieu.ui.review import Review
from solieu.ui.settings import Settings
from solieu.ui.shortcuts import BY_ACTION
from solieu.ui.shortcuts import tr as tr_shortcut
from solieu.ui.undo import EditStack
from solieu.ui.views.article_view import ArticleView
from solieu.ui.views.documents_view import DocumentsView
from solieu.ui.views.figure_table import FigureTable
from solieu.ui.views.reconcile_view import ReconcileView

PAGES = ("review", "reconcile")  # the tabs, in order (shortcuts.Binding.page)


log = logging.getLogger(__name__)

_WINDOWS: list[MainWindow] = []  # open main windows (keeps a rebuilt one alive)


class ChangeBridge(QObject):
    """Carries the store's notifications (from any thread) onto the UI thread."""

    changed = Signal(object)

    def __call__(self, change) -> None:
        self.changed.emit(change)


class MainWindow(QMainWindow):
    projectChanged = Signal()  # noqa: N815

    def __init__(
        self, project, settings: Settings | None = None, parent=None, *, edits=None
    ) -> None:
        super().__init__(parent)
        _WINDOWS.append(self)  # a window rebuilt for a new language has no other owner
        self._handing_over = False
        self.settings = settings or Settings()
        self.project = project
        self.doc_id: int | None = None
        self.figure_id: int | None = None
        self._task = None  # the running import or export (one at a time)
        self.last_import = None  # (report, [ImportedFile]) of the last import, for its report
        self.import_report_dialog = None
        self.export_dialog = None
        self.duplicates_dialog = None
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)

        if edits is not None:  # a window rebuilt in another language keeps the undo history
            edits.setParent(self)
            self.edits = edits
        else:
            self.edits = EditStack(project, self)
        self.bridge = ChangeBridge(self)
        self.bridge.changed.connect(self._on_store_change)
        self.documents_model = DocumentsModel(None, self)
        self.figures_model = FiguresModel(None, self.edits.push, self)
        self.review = Review(self)

        self._build_widgets()
        self.reconcile = Reconcile(self)
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.table.default_widths()
        self._restore_settings()
        self.set_project(project)

    # --- construction ----------------------------------------------------------------

    def _build_widgets(self) -> None:
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        self.doc_filter = QLineEdit(left)
        self.doc_filter.setPlaceholderText(self.tr("Filter documents"))
        self.doc_filter.setClearButtonEnabled(True)
        self.documents_view = DocumentsView(left)
        self.documents_view.setModel(self.documents_model)
        lv.addWidget(self.doc_filter)
        lv.addWidget(self.documents_view)

        centre = QWidget(self)
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 6, 0, 6)
        self.doc_title = QLabel(centre)
        self.doc_title.setWordWrap(True)
        font = self.doc_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.doc_title.setFont(font)
        self.doc_title.setContentsMargins(4, 0, 4, 2)
        self.article = ArticleView(centre)
        cv.addWidget(self.doc_title)
        cv.addWidget(self.article)

        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 6, 6, 6)
        row = QHBoxLayout()
        self.status_filter = QComboBox(right)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for s in Status:
            self.status_filter.addItem(status_label(s), s.value)
        self.text_filter = QLineEdit(right)
        self.text_filter.setPlaceholderText(self.tr("Filter figures (Ctrl+F)"))
        self.text_filter.setClearButtonEnabled(True)
        self.all_docs = QCheckBox(self.tr("All documents"), right)
        self.all_docs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.status_filter)
        row.addWidget(self.text_filter, 1)
        row.addWidget(self.all_docs)
        self.table = FigureTable(right)
        self.table.setModel(self.figures_model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        rv.addLayout(row)
        rv.addWidget(self.table)

        self.review_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.review_splitter.setObjectName("reviewSplitter")
        self.review_splitter.addWidget(centre)
        self.review_splitter.addWidget(right)
        self.review_splitter.setSizes([500, 680])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.review_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([230, 1170])
        self.reconcile_view = ReconcileView(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.addTab(self.main_splitter, self.tr("Review (Ctrl+1)"))
        self.pages.addTab(self.reconcile_view, self.tr("Reconcile (Ctrl+2)"))
        self.setCentralWidget(self.pages)

    def _action(self, name: str, text: str, slot, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        binding = BY_ACTION.get(name)
        if binding is not None:
            action.setShortcuts([QKeySequence(k) for k in binding.keys])
            action.setStatusTip(tr_shortcut(binding.text))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        r = self.review
        a = self._action
        a("new_project", self.tr("&New project…"), self.new_project)
        a("open_project", self.tr("&Open project…"), self.open_project)
        a("import_files", self.tr("&Import files…"), self.import_files)
        a("import_folder", self.tr("Import &folder…"), self.import_folder)
        a("import_report", self.tr("Last import &report…"), self.show_import_report)
        self.actions_by_name["import_report"].setEnabled(False)
        a("export", self.tr("&Export…"), self.export)
        a("quit", self.tr("&Quit"), self.close)
        undo = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        for action, name in ((undo, "undo"), (redo, "redo")):
            action.setShortcuts([QKeySequence(k) for k in BY_ACTION[name].keys])
            action.setObjectName(name)
            self.addAction(action)
            self.actions_by_name[name] = action
        a("add_figure", self.tr("&Add figure from selection"), r.add_from_selection)
        a("delete_figure", self.tr("&Delete figure"), r.delete_current)
        a("document_properties", self.tr("Document &properties…"), self.show_document_properties)
        edit_cell = a("edit_cell", self.tr("&Edit cell"), r.edit_current)
        edit_cell.setShortcut(QKeySequence("F2"))
        edit_cell.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(edit_cell)
        self.removeAction(edit_cell)
        a("confirm_next", self.tr("&Confirm and next"), r.confirm_next)
        a("reject_next", self.tr("&Reject and next"), r.reject_next)
        a("set_pending", self.tr("Back to &pending"), r.set_pending)
        a("bulk_confirm", self.tr("Confirm &selected rows"), r.bulk_confirm)
        a("next_figure", self.tr("Ne&xt figure"), lambda: r.move(1))
        a("prev_figure", self.tr("Pre&vious figure"), lambda: r.move(-1))
        a("next_pending", self.tr("Next pe&nding figure"), r.next_pending)
        a("next_document", self.tr("Next &document"), lambda: r.move_document(1))
        a("prev_document", self.tr("Previous d&ocument"), lambda: r.move_document(-1))
        a("focus_filter", self.tr("&Filter figures"), self._focus_filter)
        a("toggle_all", self.tr("Figures of &all documents"), self._toggle_all, checkable=True)
        a("table_below", self.tr("Table &below the article"), self._set_table_below, checkable=True)
        rc = self.reconcile
        a("show_review", self.tr("&Review figures"), lambda: self.show_page("review"))
        a("show_reconcile", self.tr("Re&concile"), lambda: self.show_page("reconcile"))
        a("accept_group", self.tr("&Accept group and next"), rc.accept_next)
        a("split_member", self.tr("&Split member out"), rc.split_member)
        a("move_member", self.tr("&Move member to another group…"), rc.move_member)
        a("choose_winner", self.tr("Member's value &wins"), rc.choose_winner)
        a("merge_group", self.tr("Mer&ge into another group…"), rc.merge_group)
        a("reopen_group", self.tr("Re&open the group"), rc.reopen_group)
        a("filter_conflicts", self.tr("&Conflicts only"), rc.toggle_conflicts)
        a("filter_unreviewed", self.tr("&Unreviewed only"), rc.toggle_unreviewed)
        a("show_duplicates", self.tr("&Near-duplicate documents…"), self.show_duplicates)
        a("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        a("about", self.tr("&About Solieu"), self.show_about)

    def _build_menus(self) -> None:
        get = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for name in ("new_project", "open_project"):
            file_menu.addAction(get[name])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(get["import_files"])
        file_menu.addAction(get["import_folder"])
        file_menu.addAction(get["import_report"])
        file_menu.addSeparator()
        file_menu.addAction(get["export"])
        file_menu.addSeparator()
        file_menu.addAction(get["quit"])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for name in (
            "undo",
            "redo",
            None,
            "edit_cell",
            "add_figure",
            "delete_figure",
            None,
            "document_properties",
        ):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(get[name])
        review_menu = bar.addMenu(self.tr("&Review"))
        for name in (
            "confirm_next", "reject_next", "set_pending", "bulk_confirm", None,
            "next_figure", "prev_figure", "next_pending", None, "next_document", "prev_document",
        ):  # fmt: skip
            review_menu.addSeparator() if name is None else review_menu.addAction(get[name])
        reconcile_menu = bar.addMenu(self.tr("Re&concile"))
        for name in ("accept_group", "split_member", "move_member", "choose_winner",
                     "merge_group", "reopen_group", None,
                     "filter_conflicts", "filter_unreviewed", None, "show_duplicates"):  # fmt: skip
            reconcile_menu.addSeparator() if name is None else reconcile_menu.addAction(get[name])
        view_menu = bar.addMenu(self.tr("&View"))
        for name in ("show_review", "show_reconcile", None, "focus_filter", "toggle_all",
                     "table_below"):  # fmt: skip
            view_menu.addSeparator() if name is None else view_menu.addAction(get[name])
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions = {}
        group = QActionGroup(self)
        current = self.settings.language
        for code, label in [("", self.tr("System language")), *i18n.LANGUAGES.items()]:
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_actions[code] = action
            group.addAction(action)
        group.triggered.connect(self._set_language)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(get["shortcuts"])
        help_menu.addAction(get["about"])

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.save_label)

    def _connect(self) -> None:
        self.doc_filter.textChanged.connect(self.documents_model.set_filter)
        self.documents_view.selectionModel().currentChanged.connect(self._on_document_current)
        self.documents_model.modelReset.connect(self._reselect_document)
        self.table.selectionModel().currentChanged.connect(self._on_figure_current)
        self.figures_model.modelReset.connect(self._reselect_figure)
        self.article.figureClicked.connect(self.select_figure)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)
        self.all_docs.toggled.connect(self._on_all_docs)
        self.table.value_delegate.invalid.connect(lambda m: self.show_problem(m))
        self.table.period_delegate.invalid.connect(lambda m: self.show_problem(m))
        self.edits.failed.connect(self._on_edit_failed)
        self.edits.applied.connect(self._show_saved)
        self.edits.touched.connect(self._reveal)
        self.pages.currentChanged.connect(self._on_page)
        self._on_page(self.pages.currentIndex())

    # --- project ---------------------------------------------------------------------------

    def set_project(self, project) -> None:
        old = getattr(self, "_subscribed", None)
        if old is not None and old is not project:
            old.unsubscribe(self.bridge)
            old.close()
            # the last import report names the old project's documents (and re-reads them)
            self.last_import = None
            self.actions_by_name["import_report"].setEnabled(False)
            if self.import_report_dialog is not None:
                self.import_report_dialog.close()
        self.project = project
        self._subscribed = project
        project.subscribe(self.bridge)
        self.edits.set_project(project)
        self.doc_id = None
        self.figure_id = None
        self.figures_model.set_project(project)
        self.documents_model.set_project(project)
        self.setWindowTitle(f"{Path(project.path).stem} — Solieu")
        self.settings.add_recent(str(project.path))
        self._update_counts()
        self._show_saved()
        if self.documents_model.rowCount() and self.doc_id is None:
            self.select_document_row(0)
        self.projectChanged.emit()

    # --- selection -----------------------------------------------------------------------------

    def select_document_row(self, row: int) -> None:
        index = self.documents_model.index(row, 0)
        if index.isValid():
            self.documents_view.setCurrentIndex(index)

    def select_document(self, document_id: int) -> None:
        row = self.documents_model.row_of(document_id)
        if row < 0 and self.doc_filter.text():
            self.doc_filter.clear()
            row = self.documents_model.row_of(document_id)
        if row >= 0:
            self.select_document_row(row)
        else:
            self._show_document(document_id)

    def _on_document_current(self, current, _previous=None) -> None:
        doc_id = current.data(DOCUMENT_ID_ROLE) if current.isValid() else None
        if doc_id is not None and doc_id != self.doc_id:
            self._show_document(doc_id)

    def _show_document(self, doc_id: int) -> None:
        self.doc_id = doc_id
        try:
            record = self.project.document(doc_id)
        except ProjectError as exc:
            self.show_problem(str(exc))
            return
        self.doc_title.setText(record.title or record.name)
        self.doc_title.setToolTip(record.name)
        self.article.set_document(record.text, self.project.figures(document_id=doc_id))
        if not self.all_docs.isChecked():
            self.figure_id = None
            self.figures_model.set_scope(doc_id, False)
            if self.figures_model.rowCount():
                self.select_row(0)

    def _reselect_document(self) -> None:
        row = self.documents_model.row_of(self.doc_id)
        if row >= 0:
            self.documents_view.selectionModel().blockSignals(True)
            self.documents_view.setCurrentIndex(self.documents_model.index(row, 0))
            self.documents_view.selectionModel().blockSignals(False)

    def select_row(self, row: int, column: int | None = None) -> None:
        model = self.figures_model
        if not 0 <= row < model.rowCount():
            return
        if column is None:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else FIELDS.index("value")
        index = model.index(row, column)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        bar = self.table.horizontalScrollBar()
        x = bar.value()
        self.table.scrollTo(index)
        bar.setValue(x)  # follow the row, not the column

    def select_figure(self, figure_id: int, column: int | None = None) -> None:
        """Make a figure current: switch document if needed, select its row, show its span."""
        row = self.figures_model.row_of(figure_id)
        if row < 0:
            try:
                record = self.project.figure(figure_id)
            except ProjectError:
                return
            if record.document_id != self.doc_id:
                self.select_document(record.document_id)
            row = self.figures_model.row_of(figure_id)
            if row < 0 and (self.text_filter.text() or self.status_filter.currentIndex()):
                self.text_filter.clear()
                self.status_filter.setCurrentIndex(0)
                row = self.figures_model.row_of(figure_id)
        if row >= 0:
            self.select_row(row, column)
        else:
            self.figure_id = figure_id
            self.article.set_current(figure_id)

    def _on_figure_current(self, current, _previous=None) -> None:
        record = self.figures_model.record(current.row()) if current.isValid() else None
        if record is None:
            return
        self.figure_id = record.id
        if record.document_id != self.doc_id:
            self.doc_id = record.document_id
            doc = self.project.document(record.document_id)
            self.doc_title.setText(doc.title or doc.name)
            self.article.set_document(doc.text, self.project.figures(document_id=doc.id))
            self._reselect_document()
        self.article.set_current(record.id)

    def _reselect_figure(self) -> None:
        row = self.figures_model.row_of(self.figure_id)
        if row >= 0:
            self.select_row(row)

    def _reveal(self, figure_id: int) -> None:
        """After undo/redo, show the figure it touched (maybe in another document)."""
        QTimer.singleShot(0, self, lambda: self.select_figure(figure_id))

    # --- pages -------------------------------------------------------------------------------

    def show_page(self, page: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(page))

    def _on_page(self, index: int) -> None:
        """Only the shown page's keys are live (Space confirms a figure or accepts a group)."""
        page = PAGES[index] if 0 <= index < len(PAGES) else PAGES[0]
        for name, action in self.actions_by_name.items():
            binding = BY_ACTION.get(name)
            if binding is not None and binding.page is not None:
                action.setEnabled(binding.page == page)
        self.reconcile.set_active(page == "reconcile")
        if page == "review":
            self.table.setFocus()

    # --- filters -------------------------------------------------------------------------------

    def _apply_filters(self) -> None:
        code = self.status_filter.currentData()
        self.figures_model.set_filters(Status(code) if code else None, self.text_filter.text())

    def _on_all_docs(self, checked: bool) -> None:
        self.actions_by_name["toggle_all"].setChecked(checked)
        self.table.setColumnHidden(FIELDS.index("document"), not checked)
        self.figures_model.set_scope(self.doc_id, checked)
        self.settings.all_documents = checked

    def _toggle_all(self) -> None:
        self.all_docs.setChecked(not self.all_docs.isChecked())

    def _focus_filter(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def _set_table_below(self, below: bool) -> None:
        orientation = Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal
        self.review_splitter.setOrientation(orientation)
        self.settings.table_below = below

    # --- store notifications ----------------------------------------------------------------

    def _on_store_change(self, change) -> None:
        self.documents_model.on_change(change)
        self.figures_model.on_change(change)
        if self.doc_id is not None and change.structural and self.doc_id in change.document_ids:
            self._refresh_document()  # re-read with another encoding: its text changed too
        elif self.doc_id is not None and (
            change.structural or self.doc_id in change.document_ids or change.figure_ids
        ):
            self.article.set_figures(self.project.figures(document_id=self.doc_id))
        self._update_counts()

    def _refresh_document(self) -> None:
        try:
            record = self.project.document(self.doc_id)
        except ProjectError:
            return
        figures = self.project.figures(document_id=self.doc_id)
        if record.text == self.article.text():
            self.article.set_figures(figures)
            return
        self.doc_title.setText(record.title or record.name)
        self.doc_title.setToolTip(record.name)
        self.article.set_document(record.text, figures)

    def _update_counts(self) -> None:
        # from the documents' summaries the list already holds: no scan of every figure
        confirmed, rejected, pending = self.documents_model.counts()
        counts = {Status.CONFIRMED: confirmed, Status.REJECTED: rejected, Status.PENDING: pending}
        parts = [f"{status_label(s)}: {counts[s]}" for s in Status]
        self.counts_label.setText("  ·  ".join(parts))

    def _show_saved(self) -> None:
        self.save_label.setText("✓ " + self.tr("Saved"))
        self.save_label.setStyleSheet("color: #1a7f37; padding: 0 8px;")
        self.save_label.setToolTip(str(self.project.path))

    def _on_edit_failed(self, message: str) -> None:
        self.save_label.setText("⚠ " + self.tr("Not saved"))
        self.save_label.setStyleSheet("color: #cf222e; padding: 0 8px; font-weight: bold;")
        self.save_label.setToolTip(message)
        self.show_problem(self.tr("The change was not saved: {message}").format(message=message))

    def show_problem(self, message: str) -> None:
        app = QApplication.instance()
        if app is not None and app.property("noninteractive"):
            log.warning("%s", message)  # screenshot and self-test runs: report, never block
            self.notify(message, 10000)
            return
        QMessageBox.warning(self, self.tr("Solieu"), message)

    def notify(self, message: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(message, ms)

    # --- files -----------------------------------------------------------------------------------

    def _open(self, path: str, create: bool) -> None:
        """New project, File ▸ Open, Open recent. A damaged file goes through the start-up's
        path (app.open_project): the offer of its last good backup, restored to a new file."""
        from solieu.store import Project
        from solieu.ui import app

        interactive = not QApplication.instance().property("noninteractive")
        offer = (lambda exc: app.ask_to_open_backup(exc, self)) if interactive else None
        try:
            if create:
                project = Project.create(path, overwrite=True)
            else:
                project = app.open_project(Path(path), offer, create=False)
        except (ProjectError, OSError) as exc:
            self.show_problem(str(exc))
            return
        if project is None:  # the reviewer declined the backup
            self.notify(self.tr("{name} was not opened.").format(name=Path(path).name), 8000)
            return
        self.set_project(project)
        if Path(project.path) != Path(path):
            self.notify(
                self.tr("Opened a copy of the last good backup: {path}").format(path=project.path),
                15000,
            )

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), "", self.tr("Solieu projects (*.solieu)")
        )
        if path:
            if not path.endswith(".solieu"):
                path += ".solieu"
            self._open(path, create=True)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "", self.tr("Solieu projects (*.solieu)")
        )
        if path:
            self._open(path, create=False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self._open(p, create=False))
        if not self.settings.recent_projects:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"),
        )
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        if path:
            self.import_paths([path])

    def _busy(self) -> bool:
        if self._task is None:
            return False
        self.notify(self.tr("Wait until the running import or export has finished"))
        return True

    def import_paths(self, paths: list[str]):
        from solieu.ui.dialogs.import_report import imported_files
        from solieu.ui.workers import Task

        if self._busy():
            return None
        project = self.project
        files: list = []

        def work(progress, cancelled):
            before = {d.id for d in project.documents()}
            report = project.import_paths(paths, progress=progress, cancelled=cancelled)
            files.extend(imported_files(project, report, before))  # encodings, off the UI thread
            return report

        task = Task(self, work, self.tr("Importing articles"))
        task.finished.connect(lambda report: self._import_done(report, files))
        task.failed.connect(self._import_failed)
        self._task = task
        task.start()
        return task

    def _import_done(self, report, files: list | None = None) -> None:
        from solieu.ui.dialogs.import_report import needs_review

        self._task = None
        self.last_import = (report, list(files or []))
        self.actions_by_name["import_report"].setEnabled(True)
        self.notify(self.tr("{n} documents imported").format(n=len(report.imported)))
        if needs_review(report, self.last_import[1]):
            self.show_import_report()
        if self.doc_id is None and self.documents_model.rowCount():
            self.select_document_row(0)

    def show_import_report(self) -> None:
        """The last import's per-file report: results, and how each file was read."""
        from solieu.ui.dialogs.import_report import ImportReportDialog

        if self.last_import is None:
            return
        report, files = self.last_import
        if self.import_report_dialog is not None:
            self.import_report_dialog.close()
        dialog = ImportReportDialog(report, files, self, reread=self.reread_document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget("import_report_dialog", d))
        self.import_report_dialog = dialog
        dialog.open()

    def reread_document(self, document_id: int, encoding: str | None, *, whole_page: bool = False):
        """Read a document's file again as `encoding` (the import report's override), or
        a web page with all its visible text, in the background; the store's
        notification refreshes the views."""
        from solieu.ui.workers import Task

        if self._busy():
            return None
        project = self.project
        replaced: set[int] = set()

        def work(progress, cancelled):
            replaced.update(f.id for f in project.figures(document_id=document_id))
            return project.reread(document_id, encoding, whole_page=whole_page)

        task = Task(self, work, self.tr("Reading the file again"))
        task.finished.connect(lambda figures: self._reread_done(figures, replaced))
        task.failed.connect(self._reread_failed)
        self._task = task
        task.start()
        return task

    def _reread_done(self, figures: int, replaced: set[int]) -> None:
        self._task = None
        self.edits.drop_redo(replaced)  # a redo of a replaced figure could only fail
        self.notify(self.tr("Read again: {n} figures").format(n=figures))

    def _reread_failed(self, message: str) -> None:
        self._task = None
        self.show_problem(self.tr("The file was not read again: {message}").format(message=message))

    def show_document_properties(self) -> None:
        """Edit ▸ Document properties (Alt+Enter): the current document's source and defaults;
        the changes are one undoable step."""
        from solieu.extract.gazetteer import canonical_place, place_names
        from solieu.ui.dialogs.document_properties import DocumentPropertiesDialog

        if self.doc_id is None:
            self.notify(self.tr("Choose a document first"))
            return
        dialog = DocumentPropertiesDialog(self.project.document(self.doc_id), place_names(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            batch = dialog.edit(canonical_place)
            if batch is not None:
                self.edits.push(batch, self.tr("Document properties"))

        dialog.accepted.connect(save)
        self.document_properties_dialog = dialog
        dialog.open()

    def _forget(self, attribute: str, dialog) -> None:
        """A closed dialog is deleted; forget it unless another one took its place."""
        if getattr(self, attribute) is dialog:
            setattr(self, attribute, None)

    def _import_failed(self, message: str) -> None:
        self._task = None
        self.show_problem(self.tr("The import stopped: {message}").format(message=message))

    # --- export ----------------------------------------------------------------------------------

    def export(self) -> None:
        """File ▸ Export: choose the target and what goes in; the export runs in the background."""
        from solieu.ui.dialogs.export_dialog import ExportDialog

        if self._busy():
            return
        dialog = ExportDialog(self.settings, self.project.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_export(dialog.chosen))
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget("export_dialog", d))
        self.export_dialog = dialog
        dialog.open()

    def start_export(self, options):
        """Write the workbook (and CSV) described by `options` in a background Task."""
        from solieu.ui.dialogs.export_dialog import run_export
        from solieu.ui.workers import Task

        if options is None or self._busy():
            return None
        project = self.project

        def work(progress, cancelled):
            return run_export(project, options, progress, cancelled)

        task = Task(self, work, self.tr("Exporting to Excel"))
        task.finished.connect(self._export_done)
        task.failed.connect(self._export_failed)
        self._task = task
        task.start()
        return task

    def _export_done(self, outcome) -> None:
        from solieu.ui.dialogs.export_dialog import problem_text

        self._task = None
        if outcome.cancelled:
            self.notify(self.tr("Export cancelled; the existing file is unchanged."), 8000)
        elif outcome.error is not None:
            self.show_problem(problem_text(outcome))
        else:
            paths = " · ".join(str(p) for p in outcome.written)
            self.notify(self.tr("Exported to {paths}").format(paths=paths), 15000)

    def _export_failed(self, message: str) -> None:
        self._task = None
        self.show_problem(self.tr("The export stopped: {message}").format(message=message))

    # --- near-duplicate documents ------------------------------------------------------------

    def show_duplicates(self) -> None:
        """Reconcile ▸ Near-duplicate documents: the pairs with their scores (one dialog kept)."""
        from solieu.ui.dialogs.duplicates import DuplicatesDialog

        dialog = self.duplicates_dialog
        if dialog is None:
            dialog = DuplicatesDialog(self)
            dialog.documentChosen.connect(self._open_duplicate)
            self.reconcile.duplicatesChanged.connect(
                lambda: dialog.set_pairs(self.reconcile.duplicate_rows)
            )
            dialog.set_pairs(self.reconcile.duplicate_rows)
            self.duplicates_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _open_duplicate(self, document_id: int) -> None:
        self.show_page("review")
        self.select_document(document_id)
        if self.duplicates_dialog is not None:
            self.duplicates_dialog.hide()
        self.activateWindow()
        self.table.setFocus()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- help, language ----------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from solieu.ui.dialogs.shortcut_sheet import ShortcutSheet

        ShortcutSheet(self).open()

    def show_about(self) -> None:
        from solieu import __version__

        QMessageBox.about(
            self,
            self.tr("About Solieu"),
            self.tr("Solieu {version}\nReview the statistics that news articles report.").format(
                version=__version__
            ),
        )

    def _set_language(self, action: QAction) -> None:
        """Switch the language now: a new window in that language takes over.

        The project, its undo history, the layout and the current document move
        to the new window; nothing is saved or reloaded, since every edit already is.
        """
        self.settings.language = action.data() or ""
        app = QApplication.instance()
        if app is None or self._task is not None:
            self.notify(self.tr("The language changes the next time Solieu starts."), 8000)
            return
        i18n.install(app, self.settings.language)
        doc_id, figure_id = self.doc_id, self.figure_id
        self.save_settings()
        self._handing_over = True
        self.project.unsubscribe(self.bridge)
        self._subscribed = None
        successor = MainWindow(self.project, self.settings, edits=self.edits)
        successor.setGeometry(self.geometry())
        successor.show()
        if figure_id is not None:
            successor.select_figure(figure_id)
        elif doc_id is not None:
            successor.select_document(doc_id)
        self.close()
        self.deleteLater()
        self.successor = successor

    # --- settings ----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if not s.geometry.isEmpty():
            self.restoreGeometry(s.geometry)
        if not s.window_state.isEmpty():
            self.restoreState(s.window_state)
        if not s.main_splitter.isEmpty():
            self.main_splitter.restoreState(s.main_splitter)
        if not s.review_splitter.isEmpty():
            self.review_splitter.restoreState(s.review_splitter)
        if not s.table_header.isEmpty():
            self.table.horizontalHeader().restoreState(s.table_header)
        below = s.table_below
        self.actions_by_name["table_below"].setChecked(below)
        self._set_table_below(below)
        all_docs = s.all_documents
        self.all_docs.setChecked(all_docs)
        self.table.setColumnHidden(FIELDS.index("document"), not all_docs)

    def save_settings(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.main_splitter = self.main_splitter.saveState()
        s.review_splitter = self.review_splitter.saveState()
        s.table_header = self.table.horizontalHeader().saveState()
        s.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
        self.reconcile.shutdown()
        self.save_settings()
        self.project.unsubscribe(self.bridge)
        if not self._handing_over:  # a window rebuilt in another language keeps the project
            self.project.close()
        super().closeEvent(event)
        if self in _WINDOWS:
            _WINDOWS.remove(self)
