"""Remembered state: the window's layout, and per project where the reviewer left off.

The layout (geometry, splitters, column widths) is the app's; the place — the
document, the figure, the page and the article's scroll (its first shown character,
so a resized window still opens at the same text) — is kept per project
file, so reopening a project returns to it. The place is written on every move
(QSettings holds it in memory and writes it out in the background), so even a
crash returns the reviewer close to where they were.
"""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QTextCursor

from solieu.ui.shell import Shell

SAVE_DELAY_MS = 400  # a burst of moves (holding ↓) writes the place once


def project_key(path) -> str:
    return hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:16]


class SessionState(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_place)
        self.restoring = False
        self._pending_top: int | None = None  # the article's top character, to scroll back to
        self._last_top: int | None = None

    # --- the layout --------------------------------------------------------------------

    def restore_layout(self) -> None:
        w, s = self.shell, self.shell.settings
        if not s.geometry.isEmpty():
            w.restoreGeometry(s.geometry)
        if not s.window_state.isEmpty():
            w.restoreState(s.window_state)
        if not s.main_splitter.isEmpty():
            w.main_splitter.restoreState(s.main_splitter)
        if not s.review_splitter.isEmpty():
            w.review_splitter.restoreState(s.review_splitter)
        if not s.table_header.isEmpty():
            w.table.horizontalHeader().restoreState(s.table_header)
        w.actions_by_name["table_below"].setChecked(s.table_below)
        w.view_options.set_table_below(s.table_below)
        w.actions_by_name["show_hint"].setChecked(s.show_hints)
        w.view_options.set_hints_shown(s.show_hints)
        w.all_docs.setChecked(s.all_documents)
        w.view_options.show_document_column(s.all_documents)

    def save_layout(self) -> None:
        w, s = self.shell, self.shell.settings
        s.geometry = w.saveGeometry()
        s.window_state = w.saveState()
        s.main_splitter = w.main_splitter.saveState()
        s.review_splitter = w.review_splitter.saveState()
        s.table_header = w.table.horizontalHeader().saveState()
        self.save_place()
        s.sync()

    # --- the reviewer's place in a project ------------------------------------------------

    def place_changed(self, *, moved: bool = True) -> None:
        """The reviewer moved (`moved`: to another document or figure) or changed page."""
        if not self.restoring:
            if moved:
                self._forget_scrolls()
            self._timer.start()

    def save_place(self) -> None:
        self._timer.stop()
        w = self.shell
        if w.project is None or self.restoring:
            return
        place = {
            "document": w.doc_id,
            "figure": w.figure_id,
            "page": w.current_page(),
            "article_top": self._article_top(),
        }
        w.settings.set_project_state(project_key(w.project.location), json.dumps(place))

    def article_scrolled(self) -> None:
        if not self.restoring and self._pending_top is None:
            self._article_top()
            self._timer.start()

    def _article_top(self) -> int | None:
        """The article's first shown character; while the article is hidden (the other
        page), what it was when last shown."""
        article = self.shell.article
        if article.isVisible():
            self._last_top = article.cursorForPosition(QPoint(0, 0)).position()
        return self._last_top

    def saved_place(self) -> dict:
        raw = self.shell.settings.project_state(project_key(self.shell.project.location))
        try:
            place = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return place if isinstance(place, dict) else {}

    def restore_place(self) -> bool:
        """Back to where the reviewer left this project; False when there is nothing to
        return to (a new project, or the document is gone)."""
        w = self.shell
        place = self.saved_place()
        doc_id, figure_id = place.get("document"), place.get("figure")
        if not isinstance(doc_id, int) or w.documents_model.row_of(doc_id) < 0:
            return False
        self.restoring = True
        try:
            w.select_document(doc_id)
            if isinstance(figure_id, int):
                w.select_figure(figure_id)
            if place.get("page") in ("review", "reconcile"):
                w.show_page(place["page"])
        finally:
            self.restoring = False
        top = place.get("article_top")
        self._last_top = top if isinstance(top, int) else None
        if isinstance(top, int) and top > 0:
            self._pending_top = top
            if w.article.isVisible():
                QTimer.singleShot(0, self, self._scroll_article)
            else:  # the Review page is not shown: once the article is
                w.article.installEventFilter(self)
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and watched is self.shell.article:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._scroll_article)
        return False

    def _scroll_article(self) -> None:
        """The article's first shown character back at the top (pixels would differ with
        the window's size): scrolled to the end, then back up until that character shows,
        so Qt's own layout puts its line at the top edge (or as high as the text allows)."""
        top, self._pending_top = self._pending_top, None
        if top is None:
            return
        article = self.shell.article
        cursor = QTextCursor(article.document())
        cursor.setPosition(min(top, article.document().characterCount() - 1))
        bar = article.verticalScrollBar()
        bar.setValue(bar.maximum())
        article.setTextCursor(cursor)  # the caret is invisible; Ctrl+J places its own
        article.ensureCursorVisible()

    def _forget_scrolls(self) -> None:
        """The reviewer moved (or the text settled): no late jump to an old place."""
        self._pending_top = None
