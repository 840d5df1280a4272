"""Rolling backups of a project: verified copies a damaged file can be recovered from.

A backup is a whole, self-contained copy (SQLite's online backup API, journal
mode DELETE, so no `-wal` beside it) named `<stem>.<UTC timestamp>.solieu` in
`<project folder>/.solieu-backups/`, or — when that folder cannot be written —
in the user data folder (`…/solieu/backups/<stem>-<hash of the project path>/`).
A copy is written under a temporary name, checked with `PRAGMA integrity_check`
and only then renamed and allowed to push older backups out: a failed or
killed backup never costs a good one. The newest `keep` are kept.

`Project` makes one on open (for editing) and then every `interval` seconds of
editing; see `Project.backup_now`. Those made while editing run on a thread of
their own (`backup_thread.py`) through `backup_file`: a read-only connection of
their own holds one read transaction, so the copy is one consistent snapshot of
the WAL database while the editor goes on committing, and the source file is
only ever read — a crash mid-backup costs at most the temporary copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from solieu.messages import Message, msg
from solieu.store.errors import ProjectError, reason_of

log = logging.getLogger(__name__)

BACKUP_DIRNAME = ".solieu-backups"
KEEP = 5
INTERVAL = 600.0  # seconds of editing between two backups
_SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%dT%H%M%S.%fZ"
_STAMP_RE = r"(\d{8}T\d{6})(?:\.(\d{6}))?Z"
_PAGES_PER_STEP = 1024  # pages copied between two looks at `abandoned` (4 MB)


class BackupAbandoned(Exception):
    """The project is closing: the copy in progress was dropped (its temporary file too)."""


def primary_dir(project: Path) -> Path:
    """`<project folder>/.solieu-backups`."""
    return project.parent / BACKUP_DIRNAME


def fallback_dir(project: Path) -> Path:
    """A folder of the user data folder that belongs to this project path alone."""
    import platformdirs

    key = hashlib.sha256(str(project.resolve()).encode("utf-8")).hexdigest()[:12]
    root = platformdirs.user_data_path("solieu", appauthor=False)
    return root / "backups" / f"{project.stem}-{key}"


def _folders(project: Path) -> list[Path]:
    folders = [primary_dir(project)]
    try:
        folders.append(fallback_dir(project))
    except Exception:  # no user data folder (no HOME): the project folder only
        log.warning("no user data folder for backups", exc_info=True)
    return folders


def _pattern(project: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(project.stem)}\.{_STAMP_RE}\.solieu")


def backup_time(backup: Path) -> datetime | None:
    """When a backup was taken (UTC), read from its name."""
    m = re.search(rf"\.{_STAMP_RE}\.solieu$", backup.name)
    if m is None:
        return None
    return datetime.strptime(f"{m[1]}.{m[2] or '000000'}Z", _STAMP).replace(tzinfo=UTC)


def list_backups(project: str | Path, *, verify: bool = False) -> list[Path]:
    """The project's backups in both folders, newest first.

    With `verify`, only those that pass `PRAGMA quick_check` (a rare path: opening
    a damaged project).
    """
    project = Path(project)
    pattern = _pattern(project)
    found: list[tuple[datetime, Path]] = []
    for folder in _folders(project):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for p in entries:
            if pattern.fullmatch(p.name) and p.is_file():
                when = backup_time(p)
                if when is not None:
                    found.append((when, p))
    found.sort(key=lambda item: (item[0], str(item[1])), reverse=True)
    backups = [p for _, p in found]
    if verify:
        backups = [p for p in backups if check_file(p, quick=True) is None]
    return backups


def check_file(path: Path, *, quick: bool = False) -> str | None:
    """None when `path` is a sound SQLite file, else what is wrong with it (read-only)."""
    try:
        with path.open("rb") as f:
            if f.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return msg("not a SQLite database")
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        return reason_of(exc)
    if rows != [("ok",)]:
        return check_detail(rows)
    return None


def check_detail(rows: list) -> str:
    """The first problems `PRAGMA integrity_check` reported, on one line."""
    lines = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return "; ".join(lines[:2]) or msg("unknown damage")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy(copy_from: Callable[[sqlite3.Connection], None], tmp: Path) -> None:
    """Write a self-contained, integrity-checked copy to `tmp` (removed on failure)."""
    for side in ("-journal", "-wal", "-shm"):
        tmp.with_name(tmp.name + side).unlink(missing_ok=True)
    tmp.unlink(missing_ok=True)
    try:
        dst = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            copy_from(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            rows = dst.execute("PRAGMA integrity_check").fetchall()
        finally:
            dst.close()
        if rows != [("ok",)]:
            raise sqlite3.DatabaseError(
                msg("the copy failed its integrity check: {detail}", detail=check_detail(rows))
            )
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def make_backup(
    conn: sqlite3.Connection, project: Path, *, keep: int = KEEP, now: datetime | None = None
) -> Path:
    """Copy the open project (through `conn`) to a new verified backup.

    Tries the project's folder, then the user data folder; prunes to the newest
    `keep` only once the new copy is verified. Raises ProjectError when no copy
    could be written anywhere (the older backups are then untouched).
    """
    return _write_backup(lambda dst: conn.backup(dst), project, keep=keep, now=now)


def backup_file(
    project: Path,
    *,
    keep: int = KEEP,
    now: datetime | None = None,
    abandoned: Callable[[], bool] | None = None,
) -> Path:
    """`make_backup` through a read-only connection of its own: safe on any thread.

    The copy is one snapshot (a read transaction held across its steps), so commits
    made meanwhile by the editor neither block it nor restart it. `abandoned()` is
    asked between steps; when it says yes the copy stops with BackupAbandoned.
    """
    try:
        src = sqlite3.connect(project.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectError(
            msg("could not back up {file} ({reason})", file=project.name, reason=str(exc))
        ) from exc

    def step(_status: int, _remaining: int, _total: int) -> None:
        if abandoned is not None and abandoned():
            raise BackupAbandoned(project.name)

    def copy_from(dst: sqlite3.Connection) -> None:
        src.execute("BEGIN")
        try:
            src.execute("SELECT 1 FROM meta LIMIT 1").fetchall()  # takes the snapshot
            src.backup(dst, pages=_PAGES_PER_STEP, progress=step)
        finally:
            if src.in_transaction:
                src.execute("COMMIT")

    try:
        src.execute("PRAGMA busy_timeout = 5000")
        return _write_backup(copy_from, project, keep=keep, now=now)
    finally:
        src.close()


def _write_backup(
    copy_from: Callable[[sqlite3.Connection], None],
    project: Path,
    *,
    keep: int,
    now: datetime | None,
) -> Path:
    when = now or datetime.now(UTC)
    name = f"{project.stem}.{when.strftime(_STAMP)}.solieu"
    errors: list[Message] = []
    for folder in _folders(project):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # a backup killed half-way left its temporary copy; we hold the editing
            # lock, so no other process is writing one for this project now, and
            # `RollingBackups` runs one at a time in this process
            stale = re.compile(rf"\.{re.escape(project.stem)}\.{_STAMP_RE}\.solieu\.tmp")
            for p in folder.iterdir():
                if stale.fullmatch(p.name):
                    p.unlink(missing_ok=True)
            tmp = folder / f".{name}.tmp"
            _copy(copy_from, tmp)
            target = folder / name
            os.replace(tmp, target)
            _fsync_dir(folder)
        except (OSError, sqlite3.Error) as exc:
            # not through msg(): nothing to translate but the reason
            errors.append(Message("{folder}: {reason}", folder=str(folder), reason=reason_of(exc)))
            continue
        prune(project, keep=keep, newest=target)
        return target
    raise ProjectError(
        msg("could not back up {file} ({reason})", file=project.name, reason=_joined(errors))
    )


def _joined(parts: list[Message]) -> Message:
    """`a; b; c`, each part still translatable (a template cannot have a variable length)."""
    joined = parts[0] if parts else Message("")
    for part in parts[1:]:
        joined = Message("{first}; {then}", first=joined, then=part)
    return joined


def prune(project: Path, *, keep: int, newest: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups (`newest` is always kept); returns those deleted."""
    backups = list_backups(project)
    if newest is not None:  # a clock set back must not make the fresh copy the oldest
        backups = [newest, *(p for p in backups if p != newest)]
    removed = []
    for old in backups[max(keep, 1) :]:
        try:
            old.unlink()
        except OSError:
            log.warning("cannot remove the old backup %s", old, exc_info=True)
        else:
            removed.append(old)
    return removed


def recovery_path(damaged: Path) -> Path:
    """A free `NAME.recovered.solieu` (then `NAME.recovered-2.solieu` …) next to `damaged`."""
    target = damaged.with_name(f"{damaged.stem}.recovered{damaged.suffix or '.solieu'}")
    n = 2
    while target.exists():
        target = damaged.with_name(f"{damaged.stem}.recovered-{n}{damaged.suffix or '.solieu'}")
        n += 1
    return target


def restore(backup: str | Path, target: str | Path) -> Path:
    """Copy `backup` to the new file `target` (never over an existing file) and verify it."""
    backup, target = Path(backup), Path(target)
    if target.exists():
        raise ProjectError(
            msg("{file} already exists; choose another name to restore to", file=target.name)
        )
    if not backup.is_file():
        raise ProjectError(msg("the backup {backup} does not exist", backup=str(backup)))
    problem = check_file(backup, quick=True)
    if problem is not None:
        raise ProjectError(
            msg("the backup {file} is damaged too ({reason})", file=backup.name, reason=problem)
        )
    tmp = target.with_name(f".{target.name}.restoring.tmp")

    def copy_from(dst: sqlite3.Connection) -> None:
        src = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            src.backup(dst)
        finally:
            src.close()

    try:
        _copy(copy_from, tmp)
        for side in ("-wal", "-shm", "-journal"):  # a stale WAL must not replay into the copy
            target.with_name(target.name + side).unlink(missing_ok=True)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectError(
            msg(
                "cannot restore {file} to {target}: {reason}",
                file=backup.name,
                target=str(target),
                reason=reason_of(exc),
            )
        ) from exc
    return target
