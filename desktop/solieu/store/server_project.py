"""Reaching a project on a PostgreSQL server: connecting, opening it, hearing its changes.

`server.py` moves projects between files and servers and sets up their roles; this
module is what an open server project lives on, and what it needs when the server
goes away for a while (a restart, an upgrade, the network):

- `connection(url)` and `check_project` open a psycopg connection and refuse a
  database that holds no project of this version, in words for people;
- `open_project(url)` gives the project as a `Project` over `pg_dialect.PgConnection`,
  which keeps the URL so `Project.reconnect()` can swap in a fresh connection once the
  server is back (until then every read and edit raises ConnectionLost);
- `ChangeListener` hears other reviewers' committed changes, notices when its own
  connection is lost, and LISTENs again on `reconnect()`.

Connections follow libpq's conventions, since psycopg hands the URL to libpq: a
password comes from `~/.pgpass` (or `PGPASSFILE`), a service file, or the URL the
user typed, never from the app's settings; `PGSSLMODE` and `sslmode=` are honoured.
`server` re-exports every public name here, so callers keep importing them from there.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from solieu.messages import msg
from solieu.store import schema
from solieu.store.errors import ConnectionLost, Disconnected, ProjectError, connection_lost
from solieu.store.pg_dialect import (
    CHANNEL,
    PgConnection,
    change_of,
    connect_again,
    driver,
    first_line,
)
from solieu.store.records import Change

URL_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(text: str) -> bool:
    return text.startswith(URL_SCHEMES)


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def connection(url: str, *, autocommit: bool = False):
    """A psycopg connection to `url`; a refusal becomes a ProjectError worded for people.
    Used in a `with`, it commits at the end and rolls back on an error."""
    try:
        import psycopg
    except ImportError as exc:  # an installation without the server driver
        raise ProjectError(msg("this installation cannot open server projects")) from exc
    try:
        return psycopg.connect(url, connect_timeout=10, autocommit=autocommit)
    except psycopg.Error as exc:
        raise ProjectError(
            msg("cannot connect to {server}: {reason}", server=shown(url), reason=first_line(exc))
        ) from exc


def has_project(conn) -> bool:
    row = conn.execute("SELECT to_regclass('public.meta') IS NOT NULL").fetchone()
    return bool(row and row[0])


def server_version(conn) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except ValueError:
        return None


def check_project(conn, url: str) -> None:
    """Refuse a database that holds no project, or one of another schema version."""
    if not has_project(conn):
        raise ProjectError(msg("{server} holds no project", server=shown(url)))
    version = server_version(conn)
    if version is not None and version < schema.SCHEMA_VERSION:
        raise ProjectError(
            msg("the project on {server} has version {version}, older than this app's "
                "{ours}: its admin upgrades it once with `solieu upgrade {server}`",
                server=shown(url), version=version, ours=schema.SCHEMA_VERSION)
        )  # fmt: skip
    if version != schema.SCHEMA_VERSION:
        raise ProjectError(
            msg("the project on {server} has version {version}; this app reads "
                "version {ours}", server=shown(url), version=version,
                ours=schema.SCHEMA_VERSION)
        )  # fmt: skip


# -- a server project as a Project ------------------------------------------------------
class NoBackups:
    """A server project's rolling backups: none (the server's own backups keep it)."""

    interval: float = 0.0
    keep: int = 0
    last_backup = None
    error = None
    in_progress = False

    def due(self) -> bool:
        return False

    def maybe_start(self, *, now: bool = False) -> bool:
        return False

    def run(self) -> Path:
        raise ProjectError(msg("a server project is backed up by its server"))

    def run_quietly(self) -> None:
        return None

    def wait(self, timeout: float | None = None) -> bool:
        return True

    def close(self) -> None:
        return None


def open_project(url: str, *, read_only: bool = False):
    """The project in the database at `url`, as a `Project`: the same reading and edits
    as a file's, each edit one transaction on the server (`pg_dialect`). Its connection
    keeps `url`, so `Project.reconnect()` can replace a connection the server dropped;
    each new one is checked to hold the project still."""
    from solieu.store import Project

    raw = connection(url, autocommit=True)
    try:
        check_project(raw, url)
    except BaseException:
        raw.close()
        raise
    conn = PgConnection(raw, url, where=shown(url), check=lambda fresh: check_project(fresh, url))
    project = Project(Path(raw.info.dbname), conn, None, read_only)  # type: ignore[arg-type]
    project._backups = NoBackups()  # type: ignore[assignment]
    project.server_url = url
    return project


def open_target(target: str, *, read_only: bool = False):
    """`solieu`'s PROJECT argument: a server URL or a project file, opened alike."""
    from solieu.store import Project

    if is_server_url(target):
        return open_project(target, read_only=read_only)
    return Project.open_for_reading(target) if read_only else Project.open(target)


class ChangeListener:
    """The changes other reviewers commit to a server project, as `Change`s.

    One connection of its own LISTENs on the project's channel; `fileno()` is what a
    window watches (a socket notifier), then `changes()` reads what arrived without
    waiting. Changes that `own` (the project at hand, or its connection) published
    itself are left out.

    When the server goes away (it stops or restarts, or ends the session) the socket
    wakes with the server's notice of shutdown or with its end: `changes()` then closes
    the connection and raises ConnectionLost, and does so on every call (and `fileno()`
    too) until `reconnect()`; `lost` says so without raising. The caller must stop
    watching the old socket then: it is closed, and its number may be reused.
    `reconnect()` connects and LISTENs again (ConnectionLost while the server is still
    down); after it `fileno()` is another socket, so the caller reads `fileno()` again
    and watches that one. Changes committed while no one listened were never heard:
    `reconnect()` returns a Change of everything, for the caller to deliver (a change
    heard in the same packet as the shutdown is dropped for the same reason)."""

    def __init__(self, url: str, *, own: Any = None) -> None:
        self._url = url
        self.where = shown(url)
        self._own = own
        self._ended = False  # the server said it ends this session (a FATAL notice)
        self._conn = connection(url, autocommit=True)
        try:
            self._listen(self._conn)
        except BaseException:
            self._conn.close()
            raise

    def _listen(self, raw) -> None:
        raw.add_notice_handler(lambda diag: self._noticed(raw, diag))
        raw.execute(f'LISTEN "{CHANNEL}"')

    def _noticed(self, raw, diag) -> None:
        """libpq hands a FATAL error that arrives while idle (the server shutting down,
        `pg_terminate_backend`) to the notice handler, not to a statement: remember it, so
        the first wake-up reports the loss rather than the end of file after it."""
        if raw is self._conn and diag.severity_nonlocalized in ("FATAL", "PANIC"):
            self._ended = True

    @property
    def lost(self) -> bool:
        """The connection is known gone: `changes()` raises until `reconnect()`."""
        return self._ended or self._conn.closed

    def _own_pid(self) -> int | None:
        own = self._own
        if own is not None and not hasattr(own, "backend_pid"):  # a Project: its connection
            own = own._conn
        return getattr(own, "backend_pid", None)

    def _lost_error(self) -> ConnectionLost:
        self._ended = True
        with suppress(Exception):
            self._conn.close()
        return connection_lost(Disconnected("", server=self.where), writing=False)

    def fileno(self) -> int:
        """The socket to watch; another one after each `reconnect()`."""
        if self.lost:
            raise self._lost_error()
        return self._conn.fileno()

    def changes(self, timeout: float = 0.0) -> list[Change]:
        """What arrived (waiting up to `timeout` seconds for a first one). Raises
        ConnectionLost once the connection is gone (any driver error while listening
        counts: a fresh connection is the cure either way)."""
        if self.lost:
            raise self._lost_error()
        psycopg = driver()
        own = self._own_pid()
        try:
            notes = list(
                self._conn.notifies(timeout=timeout, stop_after=None if not timeout else 1)
            )
            # then whatever else is already here, without waiting
            notes += list(self._conn.notifies(timeout=0))
        except psycopg.Error as exc:
            raise self._lost_error() from exc
        if self.lost:
            raise self._lost_error()
        return [change_of(note.payload) for note in notes if note.pid != own]

    def reconnect(self) -> Change:
        """LISTEN again on a fresh connection (the old one is closed, lost or not) and
        return a Change of everything: what was committed meanwhile was never heard.
        Raises ConnectionLost while the server cannot be reached. Re-read `fileno()`."""
        raw = connect_again(self._url, self.where)
        try:
            self._listen(raw)
        except driver().Error as exc:
            raw.close()
            raise ConnectionLost(
                msg("cannot reconnect to {server}: {reason}", server=self.where,
                    reason=first_line(exc))
            ) from exc  # fmt: skip
        old, self._conn, self._ended = self._conn, raw, False
        with suppress(Exception):
            old.close()
        return Change(structural=True, codebook=True)

    def close(self) -> None:
        self._conn.close()
