"""When a project's rolling backups are made, and on which thread.

A rolling backup of a 100,000-figure project takes a few hundred milliseconds;
made on the thread that saved an edit, it froze the window every ten minutes.
So the one that falls due after an edit runs on a thread of its own, copying
through its own read-only connection (`backup.backup_file`): the editor keeps
committing meanwhile (WAL lets one writer and readers work at once) and the
caller of `Project.apply` returns at once.

One backup runs at a time (`_running`); an explicit `Project.backup_now` waits
for the one in progress, then makes its own. Closing the project abandons a
copy in progress between two steps (its temporary file removed, no older backup
touched) and waits for its thread, so no thread reads a closed project; the
next open makes a fresh one anyway.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from solieu.messages import message_of, msg
from solieu.store import backup as backups_
from solieu.store.errors import ProjectError

log = logging.getLogger("solieu.store.project")


class RollingBackups:
    """The rolling backups of one open (editable) project file."""

    def __init__(
        self, path: Path, *, interval: float = backups_.INTERVAL, keep: int = backups_.KEEP
    ) -> None:
        self.path = path
        self.interval = interval
        self.keep = keep
        self.last_backup: Path | None = None
        self.error: str | None = None  # why the latest backup failed, if it did
        self.last_started = time.monotonic()  # an empty new project needs no backup yet
        self._state = threading.Lock()  # guards last_started, _thread and _closing
        self._running = threading.Lock()  # held for the whole of one copy
        self._thread: threading.Thread | None = None
        self._closing = False
        self._finish_on_close = False  # the backup in progress is the one made on open

    @property
    def in_progress(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def due(self) -> bool:
        return time.monotonic() - self.last_started >= self.interval

    def maybe_start(self, *, now: bool = False) -> bool:
        """Start a backup on its own thread when the interval has passed (or `now`: the
        copy of the file as opened, which closing waits for rather than abandons, so
        every session leaves its recovery point); True if started."""
        with self._state:
            if self._closing or self.in_progress or not (now or self.due()):
                return False
            self._finish_on_close = now
            self.last_started = time.monotonic()
            thread = threading.Thread(
                target=self._run_quietly, name=f"solieu backup of {self.path.name}"
            )
            self._thread = thread
        thread.start()
        return True

    def run(self) -> Path:
        """Make one backup on the calling thread (after any in progress) and return it.

        Raises ProjectError when no copy could be written (older backups untouched),
        BackupAbandoned when the project closed meanwhile.
        """
        with self._running:
            with self._state:
                self.last_started = time.monotonic()
            try:
                target = backups_.backup_file(
                    self.path,
                    keep=self.keep,
                    abandoned=lambda: self._closing and not self._finish_on_close,
                )
            except ProjectError as exc:
                self.error = message_of(exc)
                raise
            finally:
                self._finish_on_close = False
            self.error = None
            self.last_backup = target
            return target

    def run_quietly(self) -> None:
        """A backup that must not fail the caller (what it follows is saved already)."""
        try:
            self.run()
        except ProjectError as exc:
            log.warning("%s", exc)
        except backups_.BackupAbandoned:
            log.info("the backup of %s was abandoned: the project closed", self.path.name)

    def _run_quietly(self) -> None:
        try:
            self.run_quietly()
        except Exception as exc:  # a thread's exception would be lost: say it
            self.error = msg(
                "could not back up {file} ({reason})", file=self.path.name, reason=repr(exc)
            )
            log.exception("the rolling backup of %s failed", self.path.name)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a backup in progress; True when none is running any more."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.in_progress

    def close(self) -> None:
        """Start no more backups; abandon the one in progress and wait for its thread."""
        with self._state:
            self._closing = True
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()
