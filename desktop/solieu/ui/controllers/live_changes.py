"""Other reviewers' edits, shown as they land: a server project's live refresh.

A server project announces every committed change (`pg_dialect.PgConnection.publish`,
PostgreSQL's NOTIFY). While such a project is open, this controller holds a
`server.ChangeListener`, watches its socket with a `QSocketNotifier` (no thread, no
busy loop: the event loop wakes when the server speaks) and also reads it once a second
(a TLS connection may hold a notification in its buffer without the socket becoming
readable again). What arrived is merged into one `Change` and handed to the project's
subscribers, the same path the window's own edits take, so every page refreshes just
what changed.

The reviewer's place does not move: the current row, the current document and both
lists' scroll positions are put back after the refresh, and while a cell is being
edited a refresh waits (a model reset would close the editor and lose the typing).
"""

from __future__ import annotations

import logging
from contextlib import contextmanager, suppress

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

from solieu.store import ProjectError
from solieu.store.errors import ConnectionLost
from solieu.store.records import Change
from solieu.ui.shell import Shell

log = logging.getLogger(__name__)

POLL_MS = 1000


def merged(changes: list[Change]) -> Change:
    """One change that touches what all of `changes` touched."""
    return Change(
        frozenset().union(*(c.figure_ids for c in changes)),
        frozenset().union(*(c.document_ids for c in changes)),
        any(c.structural for c in changes),
        any(c.codebook for c in changes),
    )


class LiveChanges(QObject):
    lost = Signal()  # the listener's connection is gone (ui/controllers/connection.py)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.listener = None
        self._notifier: QSocketNotifier | None = None
        self._waiting: list[Change] = []  # arrived while a cell was being edited
        self.paused = False  # the connection is lost: nothing to read until `resume`
        self.delivered = 0  # changes handed to the window (for tests and the log)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.read)
        shell.projectChanged.connect(self.follow)

    @property
    def active(self) -> bool:
        return self.listener is not None

    def follow(self) -> None:
        """Listen to the project now open (nothing to listen to for a file)."""
        self.stop()
        project = self.shell.project
        if not getattr(project, "server_url", None):
            return
        from solieu.store.server import ChangeListener

        try:
            self.listener = ChangeListener(project.server_url, own=project)
        except ProjectError as exc:
            log.warning("no live refresh: %s", exc)
            self.shell.notify(
                self.tr("Other reviewers' changes will show only after reopening: {reason}").format(
                    reason=str(exc)
                ),
                10000,
            )
            return
        self._watch()
        self._timer.start()

    def _watch(self) -> None:
        self._unwatch()
        self._notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.read)

    def _unwatch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def read(self, *_args) -> None:
        """Take what the server announced and show it (never waits for the network)."""
        if self.listener is None or self.paused:
            return
        try:
            self._waiting += self.listener.changes()
        except ConnectionLost as exc:
            log.warning("live refresh: %s", exc)
            self.paused = True  # its socket is closed: watch nothing until it is back
            self._unwatch()
            self.lost.emit()
            return
        except ProjectError as exc:
            log.warning("live refresh: %s", exc)
            return
        if not self._waiting or self._editing():
            return
        change, self._waiting = merged(self._waiting), []
        project = self.shell.project
        if project is None or project.closed:
            return
        with self._place_kept():
            project.deliver(change)
        self.delivered += 1

    def resume(self, missed: Change) -> None:
        """The listener is connected again (`ChangeListener.reconnect`, off the UI
        thread): watch its new socket, and show what may have changed meanwhile."""
        self.paused = False
        if self.listener is None:
            return
        self._watch()
        self._waiting.append(missed)
        self.read()

    def _editing(self) -> bool:
        return self.shell.table.state() == QAbstractItemView.State.EditingState

    @contextmanager
    def _place_kept(self):
        shell = self.shell
        bars = (shell.table.verticalScrollBar(), shell.documents_view.verticalScrollBar())
        before = [bar.value() for bar in bars]
        figure, document = shell.figure_id, shell.doc_id
        yield
        if shell.figure_id == figure and shell.doc_id == document:
            for bar, value in zip(bars, before, strict=True):
                bar.setValue(value)

    def stop(self) -> None:
        self._timer.stop()
        self._unwatch()
        self.paused = False
        if self.listener is not None:
            with suppress(Exception):
                self.listener.close()
            self.listener = None
        self._waiting = []
