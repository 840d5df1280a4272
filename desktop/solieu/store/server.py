"""A project on a PostgreSQL server: the same tables as the project file, and the roles.

A team keeps one project in one PostgreSQL database. This module moves a project
between a `.solieu` file and such a database, whole and in one transaction each way:

- `push(file, url)` creates the project's tables on the server (the file's schema,
  translated: `INTEGER` is `BIGINT`, an `id` key an identity column, `REAL` is
  `DOUBLE PRECISION`; every check, default, key and index kept) and copies every row;
- `pull(url, file)` writes the server's project into a new project file, read in one
  repeatable-read snapshot, so `solieu export` reads a server project exactly as it
  reads a file.

Connections follow libpq's conventions, since psycopg hands the URL to libpq: a
password comes from `~/.pgpass` (or `PGPASSFILE`), a service file, or the URL the
user typed, never from the app's settings; `PGSSLMODE` and `sslmode=` are honoured.
Every value goes to the server as a parameter or through COPY, never in SQL text.

Roles (`set_up_roles`), two per project database `db`: `db_admin` owns the tables,
so only its members can change the schema or delete rows of documents; `db_reviewer`
may read and edit rows. Both are group roles: a team's login roles are granted one
of them. The database's CONNECT privilege is revoked from PUBLIC, so a reviewer of
one project cannot even connect to another's database.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from solieu.messages import msg
from solieu.store import schema
from solieu.store.errors import ProjectError

URL_SCHEMES = ("postgresql://", "postgres://")
# the tables a project holds, parents before children (foreign keys point backwards)
TABLES = (
    "meta",
    "documents",
    "codebook",
    "figures",
    "statistics",
    "statistic_members",
    "review_log",
    "rules",
)
# rows a reviewer may delete: links that an edit removes and its undo puts back
_REVIEWER_DELETES = ("statistic_members", "statistics")


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
    """A psycopg connection to `url`; a refusal becomes a ProjectError worded for people."""
    try:
        import psycopg
    except ImportError as exc:  # an installation without the server driver
        raise ProjectError(msg("this installation cannot open server projects")) from exc
    try:
        return psycopg.connect(url, connect_timeout=10, autocommit=autocommit)
    except psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ProjectError(
            msg("cannot connect to {server}: {reason}", server=shown(url), reason=detail)
        ) from exc


@contextmanager
def connect(url: str):
    """`connection(url)` in a `with`: committed at the end, rolled back on an error."""
    with connection(url) as conn:
        yield conn


def _check_project(conn, url: str) -> None:
    """Refuse a database that holds no project, or one of another schema version."""
    if not _has_project(conn):
        raise ProjectError(msg("{server} holds no project", server=shown(url)))
    version = _server_version(conn)
    if version != schema.SCHEMA_VERSION:
        raise ProjectError(
            msg("the project on {server} has version {version}; this app reads "
                "version {ours}", server=shown(url), version=version,
                ours=schema.SCHEMA_VERSION)
        )  # fmt: skip


# -- the schema -----------------------------------------------------------------------
_ID_KEY = re.compile(r"\bid\s+INTEGER PRIMARY KEY\b")


def server_ddl(file_conn: sqlite3.Connection) -> list[str]:
    """The CREATE statements of the file's tables and indexes, for PostgreSQL."""
    rows = file_conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE "
        "'sqlite_%'"
    ).fetchall()
    tables = {name: sql for kind, name, sql in rows if kind == "table"}
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ProjectError(msg("the project has tables this version does not know: {names}",
                               names=", ".join(sorted(unknown))))  # fmt: skip
    out = [_translate(tables[t]) for t in TABLES if t in tables]
    out += [sql.strip() for kind, _, sql in rows if kind == "index"]
    return out


def _translate(sql: str) -> str:
    sql = _ID_KEY.sub("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    sql = re.sub(r"\bINTEGER\b", "BIGINT", sql)
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)


def _columns(file_conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in file_conn.execute(f'PRAGMA table_info("{table}")')]


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


# -- push and pull --------------------------------------------------------------------
def push(
    path: str | Path, url: str, *, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy the project file at `path` into the empty database at `url`, in one
    transaction; returns the rows copied per table. Refuses a database that already
    holds a project (nothing is overwritten)."""
    from solieu.store import Project

    Project.open_for_reading(path).close()  # upgrades an old file, checks a damaged one
    with closing(sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)) as src:
        ddl = server_ddl(src)
        with connect(url) as conn:
            if _has_project(conn):
                raise ProjectError(
                    msg("{server} already holds a project: nothing was copied",
                        server=shown(url))
                )  # fmt: skip
            with conn.transaction():
                for statement in ddl:
                    conn.execute(statement)
                counts = {t: _copy_up(src, conn, t) for t in TABLES}
                for table in TABLES:
                    _restart_identity(conn, table)
                if progress is not None:
                    for table, n in counts.items():
                        progress(table, n)
    return counts


def _has_project(conn) -> bool:
    row = conn.execute("SELECT to_regclass('public.meta') IS NOT NULL").fetchone()
    return bool(row and row[0])


def _copy_up(src: sqlite3.Connection, conn, table: str) -> int:
    cols = _columns(src, table)
    n = 0
    with conn.cursor().copy(f'COPY "{table}" ({_quoted(cols)}) FROM STDIN') as copy:
        for row in src.execute(f'SELECT {_quoted(cols)} FROM "{table}" ORDER BY rowid'):
            copy.write_row(row)
            n += 1
    return n


def _restart_identity(conn, table: str) -> None:
    """The next id after the copied ones (identity columns do not see explicit ids)."""
    has_id = conn.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = 'id' "
        "AND is_identity = 'YES'",
        (table,),
    ).fetchone()
    if has_id:
        conn.execute(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
        )


def pull(url: str, path: str | Path) -> dict[str, int]:
    """Write the server project at `url` into a new project file at `path` (one
    snapshot of the server); returns the rows copied per table."""
    from solieu.store import Project

    path = Path(path)
    Project.create(path).close()
    try:
        with connect(url) as conn:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            _check_project(conn, url)
            with closing(sqlite3.connect(path)) as dst:
                dst.execute("PRAGMA foreign_keys = OFF")
                with dst:
                    dst.execute("DELETE FROM meta")
                    counts = {t: _copy_down(conn, dst, t) for t in TABLES}
            conn.rollback()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return counts


def _server_version(conn) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except ValueError:
        return None


def _copy_down(conn, dst: sqlite3.Connection, table: str) -> int:
    cols = _columns(dst, table)
    marks = ", ".join("?" for _ in cols)
    insert = f'INSERT INTO "{table}" ({_quoted(cols)}) VALUES ({marks})'
    n = 0
    for batch in _batches(conn, f'SELECT {_quoted(cols)} FROM "{table}" ORDER BY 1'):
        dst.executemany(insert, batch)
        n += len(batch)
    return n


def _batches(conn, query: str, size: int = 2000) -> Iterator[list[tuple]]:
    with conn.cursor(name="solieu_pull") as cur:  # a server-side cursor: rows stream
        cur.execute(query)
        while batch := cur.fetchmany(size):
            yield batch


# -- roles ----------------------------------------------------------------------------
def roles_of(database: str) -> tuple[str, str]:
    """The (admin, reviewer) group roles of a project database."""
    return f"{database}_admin", f"{database}_reviewer"


def set_up_roles(url: str) -> tuple[str, str]:
    """Create the project's two group roles if missing and give them its tables: the
    admin owns them, the reviewer reads and edits rows. Run by a superuser (or a role
    with CREATEROLE that owns the database), after `push`; returns the role names."""
    with connect(url) as conn:
        database = conn.info.dbname
        admin, reviewer = roles_of(database)
        with conn.transaction():
            for role in (admin, reviewer):
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
                if exists.fetchone() is None:
                    conn.execute(f'CREATE ROLE "{role}" NOLOGIN')
            db = f'"{database}"'
            conn.execute(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
            conn.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE {db} TO "{admin}"')
            conn.execute(f'GRANT CONNECT ON DATABASE {db} TO "{reviewer}"')
            conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            conn.execute(f'GRANT USAGE, CREATE ON SCHEMA public TO "{admin}"')
            conn.execute(f'GRANT USAGE ON SCHEMA public TO "{reviewer}"')
            for table in TABLES:
                if not _exists(conn, table):
                    continue
                conn.execute(f'ALTER TABLE "{table}" OWNER TO "{admin}"')
                rights = "SELECT, INSERT, UPDATE"
                if table in _REVIEWER_DELETES:
                    rights += ", DELETE"
                conn.execute(f'GRANT {rights} ON "{table}" TO "{reviewer}"')
            conn.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{reviewer}"')
    return admin, reviewer


def _exists(conn, table: str) -> bool:
    row = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"public.{table}",)).fetchone()
    return bool(row and row[0])


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
    as a file's, each edit one transaction on the server (`pg_dialect`)."""
    from solieu.store import Project
    from solieu.store.pg_dialect import PgConnection

    raw = connection(url, autocommit=True)
    try:
        _check_project(raw, url)
    except BaseException:
        raw.close()
        raise
    project = Project(Path(raw.info.dbname), PgConnection(raw), None, read_only)  # type: ignore[arg-type]
    project._backups = NoBackups()  # type: ignore[assignment]
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
    waiting. Changes the project at hand published itself are left out."""

    def __init__(self, url: str, *, own=None) -> None:
        from solieu.store.pg_dialect import CHANNEL

        self._conn = connection(url, autocommit=True)
        self._own = own.raw.info.backend_pid if own is not None else None
        self._conn.execute(f'LISTEN "{CHANNEL}"')

    def fileno(self) -> int:
        return self._conn.fileno()

    def changes(self, timeout: float = 0.0) -> list:
        """What arrived (waiting up to `timeout` seconds for a first one)."""
        from solieu.store.pg_dialect import change_of

        out = []
        for note in self._conn.notifies(timeout=timeout, stop_after=None if not timeout else 1):
            if note.pid != self._own:
                out.append(change_of(note.payload))
        # then whatever else is already here, without waiting
        for note in self._conn.notifies(timeout=0):
            if note.pid != self._own:
                out.append(change_of(note.payload))
        return out

    def close(self) -> None:
        self._conn.close()
