"""A server project's connection lost and found again, said in the status bar.

The server may restart, or the network go, in the middle of a session. The window
learns it from the live-change listener (its socket ends: `LiveChanges.lost`) or from
an edit the store refused with ConnectionLost (`Project.connected` is then False).
It then shows "Connection lost, reconnecting…" in the status bar, and tries to connect
again every `RETRY_MS`, on a thread (a server that does not answer takes seconds).

Nothing is queued behind the reviewer's back meanwhile: an edit made while the
connection is down is refused with the store's words and shown as not saved, so the
reviewer knows to make it again; an edit whose COMMIT got no answer is said to be
unconfirmed (`errors.connection_lost`). Once connected again, the listener listens
again, and every page reads the project anew, since what the others committed while
no one listened was never heard.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from solieu.store import ProjectError
from solieu.store.records import Change
from solieu.ui import i18n
from solieu.ui.shell import Shell

log = logging.getLogger(__name__)

RETRY_MS = 2000


class ConnectionWatch(QObject):
    _attempted = Signal(object, object)  # (project, Change | reason): from the thread

    def __init__(self, shell: Shell, live) -> None:
        super().__init__(shell)
        self.shell = shell
        self.live = live
        self.lost = False
        self.attempts = 0
        self._trying = False
        self.label = QLabel(shell)
        self.label.setObjectName("connectionState")
        self.label.setStyleSheet("color: #cf222e; padding: 0 8px; font-weight: bold;")
        self.label.hide()
        shell.statusBar().addPermanentWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self._attempt)
        self._attempted.connect(self._finish)
        live.lost.connect(self.on_lost)
        shell.edits.failed.connect(self._after_failure)
        shell.projectChanged.connect(self._forget)

    def _after_failure(self, _message: str) -> None:
        project = self.shell.project
        if project is not None and project.is_server and not project.connected:
            self.on_lost()

    def on_lost(self) -> None:
        if self.lost:
            return
        self.lost = True
        project = self.shell.project
        self.label.setText("⚠ " + self.tr("Connection lost, reconnecting…"))
        self.label.setToolTip(project.location if project is not None else "")
        self.label.show()
        self._timer.start()
        self._attempt()

    def _attempt(self) -> None:
        project = self.shell.project
        if self._trying or project is None or project.closed:
            return
        self._trying = True
        self.attempts += 1
        listener = self.live.listener

        def work() -> None:
            try:
                project.reconnect()
                missed = listener.reconnect() if listener is not None else Change(structural=True)
            except ProjectError as exc:
                self._attempted.emit(project, i18n.tr_error(exc))
                return
            except Exception as exc:  # noqa: BLE001 - said in the status bar, tried again
                log.exception("reconnecting failed")
                self._attempted.emit(project, str(exc) or type(exc).__name__)
                return
            self._attempted.emit(project, missed)

        threading.Thread(target=work, name="solieu-reconnect", daemon=True).start()

    def _finish(self, project, result) -> None:
        self._trying = False
        if project is not self.shell.project or not self.lost:
            return  # another project was opened meanwhile
        if not isinstance(result, Change):
            self.label.setToolTip(result)
            return
        self.lost = False
        self._timer.stop()
        self.label.hide()
        if self.live.listener is not None:
            self.live.resume(result)
        else:
            project.deliver(result)
        self.shell.notify(
            self.tr("Connected again to {server}.").format(server=project.location), 8000
        )

    def _forget(self) -> None:
        self.lost = False
        self._timer.stop()
        self.label.hide()

    def stop(self) -> None:
        self._timer.stop()
