"""`ProjectBase`: the one connection of an open project, its transactions and notifications.

Everything else in `Project` (reading, writing, opening) is built on the few
methods here, and so are the functions of `importer.py`, which take a
`ProjectBase` rather than the `Project` that calls them: the dependency points
one way, down to this module.

Every write is one `BEGIN IMMEDIATE … COMMIT`; any error rolls back and becomes
a `ProjectError` worded for the reviewer. A re-entrant mutex serialises access
to the connection, so one project serves the UI thread and a worker.
Subscribers are called on the thread that committed.
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from solieu.messages import msg
from solieu.store.backup_thread import RollingBackups
from solieu.store.errors import (
    ConnectionLost,
    Disconnected,
    InvalidEdit,
    ProjectError,
    connection_lost,
)
from solieu.store.files import CORRUPTION, corrupt_error
from solieu.store.lock import ProjectLock
from solieu.store.records import Change

log = logging.getLogger("solieu.store.project")


REVIEWER_ENV = "SOLIEU_REVIEWER"


def default_reviewer() -> str:
    """The name the review log gives this session's edits: `SOLIEU_REVIEWER`, else the
    login name (so a team's server log tells its reviewers apart), else "reviewer"."""
    name = os.environ.get(REVIEWER_ENV, "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name (a service account, a container)
            name = ""
    return name.strip() or "reviewer"


class ProjectBase:
    """The state every part of `Project` shares; not used on its own."""

    # a server project's connection URL (set by `server.open_project`); never shown, since
    # it may hold a password the reviewer typed: `location` is what people see
    server_url: str | None = None

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: ProjectLock | None,
        read_only: bool,
        *,
        backups: RollingBackups,
    ) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        self._read_only = read_only
        self._mutex = threading.RLock()
        self._subscribers: list[Callable[[Change], None]] = []
        self._backups = backups
        self.reviewer = default_reviewer()  # who the review log names for this session

    @property
    def path(self) -> Path:
        return self._path

    @property
    def location(self) -> str:
        """Where the project is, as the window's title, the recent list and messages show
        it: the file's path, or the server's URL without its password."""
        if self.server_url:
            from solieu.store.server import shown

            return shown(self.server_url)
        return str(self._path)

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def closed(self) -> bool:
        return self._conn is None

    # -- change notifications --------------------------------------------------------------

    def subscribe(self, callback: Callable[[Change], None]) -> None:
        """Call `callback(change)` after each committed edit, import or re-extraction."""
        with self._mutex:
            if callback not in self._subscribers:
                self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        with self._mutex:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

    def _notify(self, change: Change) -> None:
        publish = getattr(self._conn, "publish", None)
        if publish is not None:  # a server project: tell the other reviewers' windows
            publish(change)
        self.deliver(change)

    def deliver(self, change: Change) -> None:
        """Call the subscribers with `change` (also a change another reviewer made, which
        a server project's listener hands over; see `server.ChangeListener`)."""
        for callback in list(self._subscribers):
            try:
                callback(change)
            except Exception:  # the edit is committed; a broken view must not undo that
                log.exception("a project subscriber failed")

    # -- a server's connection (a file's never goes away) ---------------------------------

    @property
    def is_server(self) -> bool:
        """A project on a PostgreSQL server (`server.open_project`), not a file."""
        return self.server_url is not None

    @property
    def connected(self) -> bool:
        """Open and, on a server, its connection not known to be lost. True does not
        promise the server is up: a read or an edit finds out (ConnectionLost)."""
        conn = self._conn
        return conn is not None and bool(getattr(conn, "connected", True))

    def reconnect(self) -> bool:
        """Open a fresh connection to the server and use it from now on (a file project
        has nothing to reconnect); True when done. Raises ConnectionLost while the server
        cannot be reached (the lost connection stays, and so does every refusal) and
        ProjectError when its database no longer holds this project. Connects outside
        the mutex, so readers on other threads never wait for a slow server, and swaps
        under it, so no statement runs while the connection changes."""
        conn = self._connection()
        connect_again = getattr(conn, "connect_again", None)
        if connect_again is None:
            return True
        raw = connect_again()
        with self._mutex:
            if self._conn is not conn:  # closed meanwhile: nothing to reconnect
                raw.close()
                raise ProjectError(msg("{file} is closed", file=self._path.name))
            conn.swap(raw)  # type: ignore[attr-defined]
        return True

    # -- transactions ----------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProjectError(msg("{file} is closed", file=self._path.name))
        return self._conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; any error rolls back and becomes a ProjectError."""
        if self._read_only:
            raise ProjectError(
                msg("{file} is open read-only; nothing can be changed", file=self._path.name)
            )
        with self._mutex:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._storage_error(exc) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    # SQLite may have rolled back already (disk full, I/O error)
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.IntegrityError):
                    raise InvalidEdit(
                        msg("the project cannot hold this change: {detail}", detail=str(exc))
                    ) from exc
                if isinstance(exc, sqlite3.Error):
                    raise self._storage_error(exc) from exc
                if isinstance(exc, ConnectionLost) and isinstance(exc.__cause__, Disconnected):
                    # lost under a read inside the edit: the edit is what was refused
                    raise connection_lost(exc.__cause__, writing=True) from exc.__cause__
                raise

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._mutex:
            try:
                yield self._connection()
            except Disconnected as exc:  # a server project's server went away
                raise connection_lost(exc, writing=False) from exc
            except sqlite3.DatabaseError as exc:
                if any(word in str(exc).lower() for word in CORRUPTION):
                    # damaged while open (a disk fault, another program): name the backup
                    reason = msg("it cannot be read: {detail}", detail=str(exc))
                    raise corrupt_error(self._path, reason) from exc
                raise ProjectError(
                    msg(
                        "{file} cannot be read; it is damaged ({detail})",
                        file=self._path.name,
                        detail=str(exc),
                    )
                ) from exc

    def _storage_error(self, exc: sqlite3.Error) -> ProjectError:
        if isinstance(exc, Disconnected):  # not the disk: the server went away
            return connection_lost(exc, writing=True)
        text = str(exc).lower()
        reason: str
        if "full" in text:
            reason = msg("the disk is full")
        elif "readonly" in text or "read-only" in text:
            reason = msg("the file or its folder is read-only")
        elif "i/o" in text:
            reason = msg("the disk reported an error")
        elif "locked" in text or "busy" in text:
            reason = msg("another program is writing to it")
        elif "malformed" in text or "not a database" in text:
            reason = msg("the file is damaged")
        else:
            reason = str(exc)
        return ProjectError(
            msg(
                "could not save {file}: {reason}; the last change was not saved",
                file=self._path.name,
                reason=reason,
            )
        )

    def _maybe_backup(self) -> None:
        """The cheap check after each saved change: start a rolling backup when one is due.

        The copy runs on a thread of its own (`backup_thread.py`): this returns at once.
        """
        if not self._read_only and self._conn is not None:
            self._backups.maybe_start()
