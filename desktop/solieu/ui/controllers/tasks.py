"""One long task at a time: the import, re-read or export that is running.

Import and export share the slot because both read and write the project and
both own the progress dialog; a second one is refused with a word, not queued.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from solieu.ui.shell import Shell


class TaskSlot:
    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.current = None  # the running solieu.ui.workers.Task, if any

    def busy(self) -> bool:
        """True (and says so in the status bar) while a task runs."""
        if self.current is None:
            return False
        self.shell.notify(
            QCoreApplication.translate(
                "MainWindow", "Wait until the running import or export has finished"
            )
        )
        return True

    def start(
        self,
        fn: Callable[..., Any],
        title: str,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ):
        """Run `fn(progress, cancelled)` in the background; `done`/`failed` on the UI thread."""
        from solieu.ui.workers import Task

        if self.busy():
            return None
        task = Task(self.shell, fn, title)
        task.finished.connect(lambda result: self._finish(done, result))
        task.failed.connect(lambda message: self._finish(failed, message))
        self.current = task
        task.start()
        return task

    def _finish(self, then: Callable[[Any], None], value: Any) -> None:
        self.current = None
        then(value)

    def stop(self) -> None:
        """On close: cancel the running task and wait for it."""
        if self.current is not None:
            self.current.cancel()
            self.current.wait()
