"""`Project`: one open `.solieu` file, the single source of truth for a review.

Every write is one `BEGIN IMMEDIATE … COMMIT` on a WAL, synchronous=FULL
database, so what `apply` returned is on disk when it returns, and a crash
loses nothing that was shown as saved. One process edits a project at a time
(`lock.py`); any number may read it with `read_only=True`.

The object is safe to share between threads (the UI thread and an import
worker): a re-entrant mutex serialises access to the one connection.
Subscribers are called on the thread that committed — a Qt adapter must hop
to the UI thread itself.

`Project` is one class put together from parts, each in the module named for
what it holds: `transactions.ProjectBase` (the connection, transactions,
notifications), `queries.ReadingMixin` (records, columns, the log and its
history), `editing.WritingMixin` (edits, undo to a point, import, re-reading),
`claims.ClaimsMixin` ("being reviewed by …"), `double_review.DoubleReviewMixin` and,
here, opening, closing and
rolling backups. Mixins rather than delegation: every part works on the same connection, mutex and subscribers, and callers
(and `importer.py`, which takes a `ProjectBase`) keep calling one object, so
forwarding each of some thirty methods through a wrapper would add code and
nothing else.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path

from solieu.messages import msg
from solieu.store import backup as backups_
from solieu.store import schema
from solieu.store.backup_thread import RollingBackups
from solieu.store.claims import ClaimsMixin
from solieu.store.double_review import DoubleReviewMixin
from solieu.store.editing import WritingMixin
from solieu.store.errors import ProjectError, ProjectNeedsUpgrade, reason_of
from solieu.store.files import (
    SIDE_FILES,
    backup_before_migrating,
    connect,
    create_file,
    probe_version,
)
from solieu.store.lock import ProjectLock
from solieu.store.queries import ReadingMixin


class Project(ReadingMixin, WritingMixin, ClaimsMixin, DoubleReviewMixin):
    """An open project file. Create with `Project.create` or `Project.open`."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: ProjectLock | None,
        read_only: bool,
        *,
        backup_interval: float = backups_.INTERVAL,
        keep_backups: int = backups_.KEEP,
    ) -> None:
        backups = RollingBackups(path, interval=backup_interval, keep=keep_backups)
        super().__init__(path, conn, lock, read_only, backups=backups)

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Project:
        """Create an empty project; refuses an existing file unless `overwrite`."""
        path = Path(path)
        if path.is_dir():
            raise ProjectError(msg("{path} is a folder, not a project file", path=str(path)))
        if not path.parent.is_dir():
            raise ProjectError(msg("the folder {folder} does not exist", folder=str(path.parent)))
        lock = ProjectLock(path)
        lock.acquire()
        try:
            if path.exists() and not overwrite:
                raise ProjectError(msg("{file} already exists", file=path.name))
            # The empty project is built under a temporary name and renamed into place,
            # so a crash while creating never leaves a half-made (unopenable) project.
            tmp = path.with_name(f".{path.name}.creating.tmp")
            try:
                create_file(tmp)
                for p in (path.with_name(path.name + s) for s in SIDE_FILES):
                    p.unlink(missing_ok=True)
                os.replace(tmp, path)
            except (OSError, sqlite3.Error) as exc:
                tmp.unlink(missing_ok=True)
                raise ProjectError(
                    msg("cannot create {file}: {reason}", file=path.name, reason=reason_of(exc))
                ) from exc
            conn = connect(path, read_only=False)
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock, read_only=False)

    @classmethod
    def open_for_reading(cls, path: str | Path) -> Project:
        """Open read-only (the window may have it open); an older file is upgraded first.

        Upgrading needs the lock for a moment: when another window holds it, the
        reviewer is told to let that window upgrade it.
        """
        try:
            return cls.open(path, read_only=True)
        except ProjectNeedsUpgrade:
            cls.open(path).close()  # migrates, with a backup of the old version
            return cls.open(path, read_only=True)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        backup_interval: float = backups_.INTERVAL,
        keep_backups: int = backups_.KEEP,
    ) -> Project:
        """Open a project; an older schema is backed up to `NAME.bak-vN` and migrated.

        A newer schema is refused without touching the file; a damaged or foreign
        one raises ProjectCorruptError listing the good rolling backups. Opened for
        editing, the (checked) file is first copied to a rolling backup, and again
        every `backup_interval` seconds of editing (on a thread of its own, so no
        edit waits for it); the newest `keep_backups` are kept.
        """
        path = Path(path)
        if not path.exists():
            raise ProjectError(msg("{path} does not exist", path=str(path)))
        if path.is_dir():
            raise ProjectError(msg("{path} is a folder, not a project file", path=str(path)))
        lock = None if read_only else ProjectLock(path)
        if lock is not None:
            lock.acquire()
        try:
            version = probe_version(path)
            if version > schema.SCHEMA_VERSION:
                raise ProjectError(
                    msg(
                        "{file} was saved by a newer Solieu (project format {version}; this "
                        "version knows up to {known}); update Solieu to open it",
                        file=path.name,
                        version=version,
                        known=schema.SCHEMA_VERSION,
                    )
                )
            if version < schema.SCHEMA_VERSION and read_only:
                raise ProjectNeedsUpgrade(
                    msg(
                        "{file} was made by an older Solieu; open it for editing once "
                        "to upgrade it",
                        file=path.name,
                    )
                )
            if version < schema.SCHEMA_VERSION:
                backup_before_migrating(path, version)
            conn = connect(path, read_only=read_only)
            if version < schema.SCHEMA_VERSION:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    schema.migrate(conn, version)
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    conn.close()  # closing rolls the migration back
                    raise ProjectError(
                        msg("cannot upgrade {file}: {reason}", file=path.name, reason=str(exc))
                    ) from exc
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        project = cls(
            path,
            conn,
            lock,
            read_only=read_only,
            backup_interval=backup_interval,
            keep_backups=keep_backups,
        )
        if not read_only:
            # the file as opened, copied on a thread of its own through a read snapshot:
            # the window paints and edits at once; asking for the backups waits for it
            project._backups.maybe_start(now=True)
        return project

    def open_reader(self) -> Project:
        """A read-only connection of its own to this project, for a worker: its long
        reads never queue behind the window's on this one (a file's WAL, a server's
        snapshot), as the same reviewer. The caller closes it."""
        if self.server_url:
            from solieu.store.server import open_project

            reader = open_project(self.server_url, read_only=True)
        else:
            reader = type(self).open(self._path, read_only=True)
        reader.reviewer = self.reviewer  # it reads what this reviewer sees (double review)
        return reader

    def close(self) -> None:
        """Close the file and release the lock; safe to call twice.

        A rolling backup in progress is abandoned (its temporary copy removed, no
        older backup touched) and its thread waited for, before the connection goes.
        """
        self._backups.close()
        if getattr(self, "_claimed", False) and self._conn is not None:
            with suppress(ProjectError):  # the others see the document free at once
                self.release()
        with self._mutex:
            conn, self._conn = self._conn, None
            if conn is not None:
                if not self._read_only:
                    with suppress(sqlite3.Error):
                        conn.execute("PRAGMA optimize")
                conn.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- rolling backups -------------------------------------------------------------------

    @property
    def backup_interval(self) -> float:
        """Seconds of editing between two rolling backups."""
        return self._backups.interval

    @backup_interval.setter
    def backup_interval(self, seconds: float) -> None:
        self._backups.interval = seconds

    @property
    def keep_backups(self) -> int:
        """How many rolling backups are kept (the newest)."""
        return self._backups.keep

    @keep_backups.setter
    def keep_backups(self, n: int) -> None:
        self._backups.keep = n

    @property
    def last_backup(self) -> Path | None:
        """The newest backup this session made, if any (after the one in progress)."""
        self._backups.wait()
        return self._backups.last_backup

    @property
    def backup_error(self) -> str | None:
        """Why the latest backup failed, if it did."""
        return self._backups.error

    @property
    def backup_in_progress(self) -> bool:
        """A rolling backup is being written on its thread now."""
        return self._backups.in_progress

    def wait_for_backup(self, timeout: float | None = None) -> bool:
        """Wait until no rolling backup is in progress; False if `timeout` passed first."""
        return self._backups.wait(timeout)

    def backup_now(self) -> Path:
        """Copy the project to a new verified rolling backup now; returns its path.

        Waits for a rolling backup in progress, then copies on this thread. Older
        backups beyond `keep_backups` are removed only after the copy passed
        `PRAGMA integrity_check`. Raises ProjectError when no copy could be written.
        """
        self._connection()  # a closed project has nothing to copy
        return self._backups.run()

    def backups(self) -> list[Path]:
        """This project's rolling backups, newest first (after the one in progress)."""
        self._backups.wait()
        return backups_.list_backups(self._path)

    @staticmethod
    def backups_of(path: str | Path, *, verify: bool = False) -> list[Path]:
        """The rolling backups of the project at `path` (which need not open), newest first."""
        return backups_.list_backups(Path(path), verify=verify)

    @staticmethod
    def recovery_path(damaged: str | Path) -> Path:
        """A free `NAME.recovered.solieu` next to a damaged project, to restore a backup to."""
        return backups_.recovery_path(Path(damaged))

    @staticmethod
    def restore_backup(backup: str | Path, target: str | Path) -> Path:
        """Copy `backup` to the new file `target` (an existing file is never overwritten),
        check it and return `target`; open it with `Project.open`."""
        return backups_.restore(backup, target)
