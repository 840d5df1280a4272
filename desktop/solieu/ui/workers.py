"""Long work off the UI thread: one helper with progress, cancel and errors.

`run_task(parent, fn, title)` runs `fn(progress, cancelled)` in a QThread.
`progress(done, total, name)` may be called from the worker; a progress dialog
appears only if the work lasts more than ~500 ms, so short work never flashes.
The result (or the error, as a reviewer-readable message) is delivered on the
UI thread through `finished` / `failed`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from solieu.ui import i18n

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 500


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)
    error = Signal(str)

    def __init__(self, fn: Callable[..., Any], cancel: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._report, self._cancel.is_set)
        except Exception as exc:  # reported to the reviewer, logged with the traceback
            log.exception("background task failed")
            self.error.emit(i18n.tr_error(exc) or type(exc).__name__)
            return
        self.done.emit(result)

    def _report(self, done: int, total: int, name: str) -> None:
        self.progressed.emit(done, total, name)


class Task(QObject):
    """A running background task; keep a reference until `finished` or `failed`."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, fn: Callable[..., Any], title: str) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.thread = QThread(self)
        self.worker = _Worker(fn, self.cancel_event)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel_event.set)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.done.connect(self._on_done)
        self.worker.error.connect(self._on_error)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.thread.start()

    def cancel(self) -> None:
        self.cancel_event.set()

    def wait(self, ms: int = 30000) -> bool:
        return self.thread.wait(ms)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.setLabelText(name)

    def _stop(self) -> None:
        self.dialog.close()
        self.thread.quit()
        self.thread.wait()

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self._stop()
        self.finished.emit(result)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
