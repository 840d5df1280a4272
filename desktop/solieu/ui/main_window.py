"""The main window: the Review and Reconcile pages, the selection, and the store's news.

The window lays the pages out and keeps what is current (document, figure,
page) in step across its views. Everything else is a controller given the
window as a `Shell` (solieu.ui.shell): the review keys (review.py), the
reconciliation (reconciling.py), import, export, project files, language and the
remembered session (controllers/). None of them imports this module.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTabWidget

from solieu.model import Status
from solieu.store import ProjectError
from solieu.ui import gil, i18n
from solieu.ui.controllers.claims import Claims
from solieu.ui.controllers.connection import ConnectionWatch
from solieu.ui.controllers.double_review import DoubleReview
from solieu.ui.controllers.exports import ExportFlow
from solieu.ui.controllers.imports import ImportFlow
from solieu.ui.controllers.language import LanguageFlow
from solieu.ui.controllers.live_changes import LiveChanges
from solieu.ui.controllers.projects import ProjectFiles
from solieu.ui.controllers.server_projects import ServerProjects, project_title
from solieu.ui.controllers.session_state import SessionState
from solieu.ui.controllers.side_dialogs import SideDialogs
from solieu.ui.controllers.status_line import StatusLine
from solieu.ui.controllers.store_news import ChangeBridge, StoreNews
from solieu.ui.controllers.tasks import TaskSlot
from solieu.ui.controllers.team import Team
from solieu.ui.controllers.view_options import ViewOptions
from solieu.ui.learning import Learning
from solieu.ui.menus import build_actions, build_menus
from solieu.ui.models.documents_model import DOCUMENT_ID_ROLE, DocumentsModel
from solieu.ui.models.figures_model import FIELDS, FiguresModel
from solieu.ui.reconciling import Reconcile
from solieu.ui.review import Review
from solieu.ui.review_page import ReviewPage
from solieu.ui.settings import Settings
from solieu.ui.shortcuts import BY_ACTION
from solieu.ui.undo import EditStack
from solieu.ui.views.codebook_view import CodebookPage
from solieu.ui.views.reconcile_view import ReconcileView
from solieu.ui.views.rule_bar import RuleBar
from solieu.ui.views.welcome_bar import WelcomeBar

PAGES = ("review", "reconcile", "codebook")
LEARN_AFTER_MS = 300  # what the project learned is read once the window has painted  # the tabs, in order (shortcuts.Binding.page)
# the Review page's widgets, also the window's attributes (the Shell protocol names them)
PAGE_WIDGETS = (
    "doc_filter", "documents_view", "doc_title", "article", "status_filter", "text_filter",
    "all_docs", "table", "review_splitter", "main_splitter",
)  # fmt: skip

log = logging.getLogger(__name__)

_WINDOWS: list[MainWindow] = []  # open main windows (keeps a rebuilt one alive)


class MainWindow(QMainWindow):
    projectChanged = Signal()  # noqa: N815

    def __init__(
        self, project, settings: Settings | None = None, parent=None, *, edits=None
    ) -> None:
        super().__init__(parent)
        gil.share_with_workers()  # its workers never make it wait (ui/gil.py)
        _WINDOWS.append(self)  # a window rebuilt for a new language has no other owner
        self._handing_over = False
        self._subscribed = None
        self.settings = settings or Settings()
        self.project = project
        self.doc_id: int | None = None
        self.figure_id: int | None = None
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)

        if edits is not None:  # a window rebuilt in another language keeps the undo history
            edits.setParent(self)
            self.edits = edits
        else:
            self.edits = EditStack(project, self)
        self.bridge = ChangeBridge(self)
        self.store_news = StoreNews(self)
        self.bridge.changed.connect(self.store_news.on_change)
        self.documents_model = DocumentsModel(None, self)
        self.figures_model = FiguresModel(None, self.edits.push, self)
        self.tasks = TaskSlot(self)
        self.project_files = ProjectFiles(self)
        self.server_projects = ServerProjects(self, self.tasks)
        self.live = LiveChanges(self)  # a server project: other reviewers' edits as they land
        self.team = Team(self)  # the reviewer's name; someone else saved the same field first
        self.claims = Claims(self)  # "being reviewed by …"
        self.double_review = DoubleReview(self)  # a second reviewer, blind; the lead adjudicates
        self.imports = ImportFlow(self, self.tasks)
        self.exports = ExportFlow(self, self.tasks)
        self.language = LanguageFlow(self, self.tasks)
        self.session = SessionState(self)
        self.dialogs = SideDialogs(self)
        self.view_options = ViewOptions(self)
        self.review = Review(self)

        self._build_pages()
        self.reconcile = Reconcile(self)
        build_actions(self)
        build_menus(self)
        self.claims.attach(self.actions_by_name["claim_document"])
        self.status_line = StatusLine(self)
        self.connection = ConnectionWatch(self, self.live)  # lost, reconnecting, back
        self.learning = Learning(self)
        self.learning.learnedChanged.connect(self.status_line.show_learned)
        self._connect()
        self.table.default_widths()
        self.session.restore_layout()
        self.set_project(project)

    # --- construction ----------------------------------------------------------------

    def _build_pages(self) -> None:
        page = ReviewPage(self, self.documents_model, self.figures_model)
        self.review_page = page
        for name in PAGE_WIDGETS:
            setattr(self, name, getattr(page, name))
        self.reconcile_view = ReconcileView(self)
        self.codebook_page = CodebookPage(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.addTab(page.root, self.tr("Review (Ctrl+1)"))
        self.pages.addTab(self.reconcile_view, self.tr("Reconcile (Ctrl+2)"))
        self.pages.addTab(self.codebook_page, self.tr("Codebook (Ctrl+3)"))
        self.welcome = WelcomeBar(self)
        self.welcome.dismissed.connect(self._welcomed)
        self.welcome.importRequested.connect(lambda: self.imports.import_folder())
        self.rule_bar = RuleBar(self)  # a correction made three times, offered as a rule
        below = WelcomeBar.stack(self.rule_bar, self.pages)
        self.setCentralWidget(WelcomeBar.stack(self.welcome, below))
        self.welcome.setVisible(not self.settings.welcomed)

    def _connect(self) -> None:
        self.doc_filter.textChanged.connect(self.documents_model.set_filter)
        self.documents_view.selectionModel().currentChanged.connect(self._on_document_current)
        self.documents_model.modelReset.connect(self._reselect_document)
        self.table.selectionModel().currentChanged.connect(self._on_figure_current)
        self.figures_model.modelReset.connect(self._reselect_figure)
        self.article.figureClicked.connect(self.select_figure)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)
        self.all_docs.toggled.connect(self.view_options.on_all_documents)
        self.table.clearFilterRequested.connect(self.clear_filters)
        article_order = self.actions_by_name["article_order"]  # only while sorted
        self.table.sortedChanged.connect(article_order.setEnabled)
        article_order.setEnabled(self.table.is_sorted())
        self.edits.failed.connect(self.status_line.show_failed)
        self.edits.applied.connect(self.status_line.show_saved)
        self.edits.revealed.connect(self._reveal)
        self.review.attach(reread=self.imports.reread_document)
        self.article.verticalScrollBar().valueChanged.connect(self.session.article_scrolled)
        self.pages.currentChanged.connect(self._on_page)
        self._on_page(self.pages.currentIndex())

    # --- project ---------------------------------------------------------------------------

    def set_project(self, project) -> None:
        old = self._subscribed
        if old is not None and old is not project:
            self.live.stop()
            self.session.save_place()
            old.unsubscribe(self.bridge)
            old.close()
            self.imports.forget()
        self.project = project
        self._subscribed = project
        project.subscribe(self.bridge)
        self.edits.set_project(project)
        self.doc_id = None
        self.figure_id = None
        self.figures_model.set_project(project)
        self.documents_model.set_project(project)
        self.setWindowTitle(f"{project_title(project)} — Solieu")
        self.settings.add_recent(project.location)
        self.status_line.update_counts()
        self.status_line.show_saved()
        self.learning.forget()
        QTimer.singleShot(LEARN_AFTER_MS, self, self.learning.reload)  # after the first paint
        if not self.session.restore_place() and self.documents_model.rowCount():
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
            self.show_problem(i18n.tr_error(exc))
            return
        self.show_title(record)
        self.article.set_document(record.text, self.project.figures(document_id=doc_id))
        if not self.all_docs.isChecked():
            self.figure_id = None
            self.figures_model.set_scope(doc_id, False)
            if self.figures_model.rowCount():
                self.select_row(0)
        self.session.place_changed()

    def show_title(self, record) -> None:
        self.doc_title.setText(record.title or record.name)
        self.doc_title.setToolTip(record.title or record.name)

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
            self.show_title(doc)
            self.article.set_document(doc.text, self.project.figures(document_id=doc.id))
            self._reselect_document()
        self.article.set_current(record.id)
        self.session.place_changed()

    def _reselect_figure(self) -> None:
        row = self.figures_model.row_of(self.figure_id)
        if row >= 0:
            self.select_row(row)

    def _reveal(self, page: str, figure_ids, message: str) -> None:
        """After undo/redo: the page the edit was made on, what it touched, and a word."""
        self.notify(message, 8000)
        if page != self.current_page():
            self.show_page(page)
        ids = tuple(figure_ids)

        def show() -> None:  # unless a later undo went to the other page meanwhile
            if self.current_page() != page:
                return
            if page == "reconcile":
                self.reconcile.reveal(ids)
            elif page == "codebook":
                self.codebook_page.table.setFocus()
            elif ids:
                self.select_figure(ids[0])
                self.table.setFocus()

        QTimer.singleShot(0, self, show)

    # --- pages -------------------------------------------------------------------------------

    def show_page(self, page: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(page))

    def current_page(self) -> str:
        index = self.pages.currentIndex()
        return PAGES[index] if 0 <= index < len(PAGES) else PAGES[0]

    def _on_page(self, index: int) -> None:
        """Only the shown page's keys are live (Space confirms a figure or accepts a group)."""
        page = PAGES[index] if 0 <= index < len(PAGES) else PAGES[0]
        for name, action in self.actions_by_name.items():
            binding = BY_ACTION.get(name)
            if binding is not None and binding.page is not None:
                action.setEnabled(binding.page == page)
        self.reconcile.set_active(page == "reconcile")
        self.codebook_page.set_active(page == "codebook")
        if page == "review":
            self.table.setFocus()
        self.session.place_changed(moved=False)

    # --- filters and view options -------------------------------------------------------------

    def _apply_filters(self) -> None:
        code = self.status_filter.currentData()
        self.figures_model.set_filters(Status(code) if code else None, self.text_filter.text())

    def clear_filters(self) -> None:
        self.text_filter.clear()
        self.status_filter.setCurrentIndex(0)
        self.table.setFocus()

    def focus_filter(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def _welcomed(self) -> None:
        self.settings.welcomed = True

    def show_problem(self, message: str) -> None:
        app = QApplication.instance()
        if app is not None and app.property("noninteractive"):
            log.warning("%s", message)  # screenshot and self-test runs: report, never block
            self.notify(message, 10000)
            return
        QMessageBox.warning(self, self.tr("Solieu"), message)

    def notify(self, message: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(message, ms)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.imports.warm_up()  # files coming: the extraction processes get ready

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.import_paths(paths)

    # --- closing -----------------------------------------------------------------------------

    def save_settings(self) -> None:
        self.session.save_layout()

    def hand_over(self) -> None:
        """A successor window (another language) takes the project over: keep it open."""
        self._handing_over = True
        self.project.unsubscribe(self.bridge)
        self._subscribed = None

    def closeEvent(self, event) -> None:  # noqa: N802
        self.tasks.stop()
        self.live.stop()
        self.claims.stop()
        self.connection.stop()
        self.reconcile.shutdown()
        self.learning.shutdown()
        self.save_settings()
        self.project.unsubscribe(self.bridge)
        if not self._handing_over:  # a window rebuilt in another language keeps the project
            self.project.close()
        super().closeEvent(event)
        if self in _WINDOWS:
            _WINDOWS.remove(self)
