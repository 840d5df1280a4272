"""What a controller may use of the window: the small protocol it talks to.

Controllers (review keys, reconciliation, import, export, language, session state)
are given the window as a `Shell`, never import `main_window`, and so never form an
import circle with it; a test can hand them any object with these members.
"""

from __future__ import annotations

from typing import Any, Protocol


class Shell(Protocol):
    """The main window as its controllers see it."""

    # the open project, the settings, the shared edit stack (solieu.ui.undo.EditStack)
    project: Any
    settings: Any
    edits: Any
    actions_by_name: Any  # dict[str, QAction]: the window's actions by their names
    # store notifications on the UI thread (`changed(Change)`) and the project switch
    bridge: Any  # ChangeBridge: .changed Signal(object)
    projectChanged: Any  # noqa: N815 - Signal()
    # the Review page's widgets and models (`review_page` holds them with the key hint)
    review_page: Any
    review_splitter: Any
    all_docs: Any
    documents_model: Any
    documents_view: Any
    figures_model: Any
    table: Any  # FigureTable
    article: Any  # ArticleView
    text_filter: Any
    status_filter: Any
    # the Reconcile page and its controller (solieu.ui.reconciling.Reconcile)
    reconcile_view: Any
    reconcile: Any
    codebook_page: Any  # views.codebook_view.CodebookPage
    learning: Any  # learning.Learning: suggestions, rejections, rules
    rule_bar: Any  # views.rule_bar.RuleBar: a repeated correction offered as a rule
    view_options: Any  # controllers.view_options.ViewOptions
    server_projects: Any  # controllers.server_projects.ServerProjects
    status_line: Any  # controllers.status_line.StatusLine
    doc_filter: Any
    doc_title: Any
    # what is current on the Review page
    doc_id: int | None
    figure_id: int | None

    def notify(self, message: str, ms: int = 5000) -> None:
        """A transient message in the status bar."""

    def show_problem(self, message: str) -> None:
        """A problem the user must read (a message box; logged in non-interactive runs)."""

    def show_page(self, page: str) -> None:
        """Switch to the page named in `main_window.PAGES` ("review", "reconcile")."""

    def current_page(self) -> str:
        """The page shown now."""

    def select_document(self, document_id: int) -> None: ...

    def show_title(self, record) -> None:
        """Show a document's title over the article."""

    def select_document_row(self, row: int) -> None: ...

    def select_figure(self, figure_id: int, column: int | None = None) -> None: ...

    def select_row(self, row: int, column: int | None = None) -> None: ...

    def set_project(self, project) -> None:
        """Show another project (the old one is closed)."""

    def save_settings(self) -> None:
        """Write the layout and the reviewer's place."""

    def hand_over(self) -> None:
        """A successor window takes the project over (another language)."""

    # and QMainWindow's own: statusBar, geometry, close, deleteLater, restoreGeometry …
    def activateWindow(self) -> None: ...  # noqa: N802 - Qt's name
