"""The project file on disk, before and around its connection.

Connecting with the durable pragmas, creating an empty file, reading its schema
version without modifying it, the copy taken before a migration, and the error
that names the newest good backup of a damaged file. No `Project` here: these
are what `Project.create`/`open` and the transaction layer call.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from solieu.messages import msg
from solieu.store import backup as backups_
from solieu.store import schema
from solieu.store.errors import ProjectCorruptError, ProjectError, reason_of

log = logging.getLogger("solieu.store.project")

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
# words of a SQLite error that mean the file itself is damaged
CORRUPTION = ("malformed", "not a database", "corrupt", "disk image")


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """The project's connection: WAL, synchronous=FULL, foreign keys (read-only: no lock)."""
    try:
        if read_only:
            conn = sqlite3.connect(
                path.resolve().as_uri() + "?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute("PRAGMA foreign_keys = ON")
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            for pragma in schema.PRAGMAS:
                conn.execute(pragma)
    except sqlite3.Error as exc:
        raise ProjectError(
            msg("{file} cannot be opened: {reason}", file=path.name, reason=str(exc))
        ) from exc
    return conn


def create_file(path: Path) -> None:
    """An empty project at `path` (rollback journal; `connect` switches it to WAL)."""
    for p in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        p.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        schema.create_schema(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


def corrupt_error(path: Path, reason: str) -> ProjectCorruptError:
    """The error for a damaged file, naming the newest good backup when there is one."""
    try:
        good = backups_.list_backups(path, verify=True)
    except Exception:  # listing must never hide the real problem
        log.warning("cannot list the backups of %s", path, exc_info=True)
        good = []
    summary = msg(
        "{file} is not a Solieu project or is damaged ({reason})", file=path.name, reason=reason
    )
    when = backups_.backup_time(good[0]) if good else None
    if when is not None:
        message = msg(
            "{summary}; the last good backup is {backup}, saved {when} UTC",
            summary=summary,
            backup=str(good[0]),
            when=f"{when:%Y-%m-%d %H:%M}",
        )
    elif good:
        message = msg(
            "{summary}; the last good backup is {backup}", summary=summary, backup=str(good[0])
        )
    else:
        message = msg("{summary}; no backup of it was found", summary=summary)
    return ProjectCorruptError(message, good, summary)


def probe_version(path: Path) -> int:
    """Read the schema version through a read-only connection (the file is not modified;
    after a crash that left a WAL index to rebuild, through a read-write one).

    A file that is not SQLite, truncated, or fails `PRAGMA quick_check` raises
    ProjectCorruptError.
    """
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProjectError(
            msg("{file} cannot be read ({reason})", file=path.name, reason=reason_of(exc))
        ) from exc
    if not header:
        raise corrupt_error(path, msg("the file is empty"))
    if header != SQLITE_HEADER:
        raise corrupt_error(path, msg("it is not a project file"))
    try:
        try:
            version, problems = _probe(path, "ro")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc).lower():
                raise
            # a writer killed mid-commit left a WAL index to rebuild, which a read-only
            # connection may not do (SQLITE_READONLY_RECOVERY): a read-write one can, and
            # reads the same committed content
            version, problems = _probe(path, "rw")
    except sqlite3.Error as exc:
        if any(word in str(exc).lower() for word in CORRUPTION):
            raise corrupt_error(
                path, msg("it is truncated or damaged: {detail}", detail=str(exc))
            ) from exc
        raise ProjectError(
            msg("{file} cannot be read: {reason}", file=path.name, reason=str(exc))
        ) from exc
    if version is None:
        raise corrupt_error(path, msg("it holds no Solieu project"))
    if problems != [("ok",)]:
        detail = backups_.check_detail(problems)
        raise corrupt_error(path, msg("its integrity check failed: {detail}", detail=detail))
    return version


def _probe(path: Path, mode: str) -> tuple[int | None, list]:
    """The schema version and `PRAGMA quick_check`'s rows, through a `mode` connection."""
    problems: list = [("ok",)]
    conn = sqlite3.connect(path.resolve().as_uri() + f"?mode={mode}", uri=True)
    try:
        version = schema.read_version(conn)
        if version is not None and version <= schema.SCHEMA_VERSION:
            problems = conn.execute("PRAGMA quick_check").fetchall()
    finally:
        conn.close()
    return version, problems


def backup_before_migrating(path: Path, version: int) -> Path:
    """Copy the file (with its committed WAL content) to `NAME.bak-vN` before migrating."""
    target = path.with_name(f"{path.name}.bak-v{version}")
    n = 2
    while target.exists():  # never overwrite an earlier backup: it may be the only good copy
        target = path.with_name(f"{path.name}.bak-v{version}-{n}")
        n += 1
    try:
        src = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise ProjectError(
            msg(
                "cannot back up {file} before upgrading it: {reason}",
                file=path.name,
                reason=str(exc),
            )
        ) from exc
    return target
