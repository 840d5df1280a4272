"""`Project`: one open `.solieu` file, the single source of truth for a review.

Every write is one `BEGIN IMMEDIATE … COMMIT` on a WAL, synchronous=FULL
database, so what `apply` returned is on disk when it returns, and a crash
loses nothing that was shown as saved. One process edits a project at a time
(`lock.py`); any number may read it with `read_only=True`.

The object is safe to share between threads (the UI thread and an import
worker): a re-entrant mutex serialises access to the one connection.
Subscribers are called on the thread that committed — a Qt adapter must hop
to the UI thread itself.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from decimal import Decimal
from pathlib import Path
from typing import Any

from solieu.model import Origin, Status
from solieu.store import backup as backups_
from solieu.store import importer, schema
from solieu.store.apply import Applier
from solieu.store.edits import Edit, StatisticState
from solieu.store.errors import (
    InvalidEdit,
    ProjectCorruptError,
    ProjectError,
    ProjectNeedsUpgrade,
)
from solieu.store.lock import ProjectLock
from solieu.store.records import (
    Change,
    DocumentProperties,
    DocumentRecord,
    DocumentSummary,
    FigureRecord,
    ImportReport,
    LogEntry,
    ReextractReport,
    utc_now,
)
from solieu.store.statistics import read_statistics

log = logging.getLogger(__name__)

_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")

_FIGURE_SELECT = (
    'SELECT f.id, f.document_id, d.name, f.start, f."end", f.text, f.number, f.scale, '
    "f.value, f.unit, f.unit_class, f.qualifier, f.change, f.measure, f.place, f.period, "
    "f.confidence, f.kind, f.status, f.origin, f.note, f.updated_at, f.period_text, d.place "
    "FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.deleted = 0"
)
# what `figure_columns` can read, as SQL over `figures f JOIN documents d`
_COLUMN_SQL = {
    "id": "f.id", "document_id": "f.document_id", "document": "d.name", "start": "f.start",
    "end": 'f."end"', "text": "f.text", "number": "f.number", "scale": "f.scale",
    "value": "f.value", "unit": "f.unit", "unit_class": "f.unit_class",
    "qualifier": "f.qualifier", "change": "f.change", "measure": "f.measure",
    "place": "f.place", "period": "f.period", "confidence": "f.confidence", "kind": "f.kind",
    "status": "f.status", "origin": "f.origin", "note": "f.note", "updated_at": "f.updated_at",
    "period_text": "f.period_text", "document_place": "d.place",
}  # fmt: skip
_NATURAL_ORDER = " ORDER BY f.document_id, f.start, f.id"
_IN_CHUNK = 500  # ids per `IN (…)`, well under SQLite's parameter limit
_STATUS = {s.value: s for s in Status}
_ORIGIN = {o.value: o for o in Origin}


def _decimal(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v)


# how `figure_columns` turns a stored value into the FigureRecord attribute's type
_COLUMN_TYPE: dict[str, Callable[[Any], Any]] = {
    "number": _decimal,
    "value": Decimal,
    "change": bool,
    "status": _STATUS.__getitem__,
    "origin": _ORIGIN.__getitem__,
}


def _figure(r: tuple) -> FigureRecord:
    return FigureRecord(
        r[0], r[1], r[2], r[3], r[4], r[5],
        None if r[6] is None else Decimal(r[6]),
        r[7], Decimal(r[8]), r[9], r[10], r[11], bool(r[12]), r[13], r[14], r[15], r[16],
        r[17], _STATUS[r[18]], _ORIGIN[r[19]], r[20], r[21], r[22], r[23],
    )  # fmt: skip


class Project:
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
        self._path = path
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        self._read_only = read_only
        self._mutex = threading.RLock()
        self._subscribers: list[Callable[[Change], None]] = []
        self.backup_interval = backup_interval
        self.keep_backups = keep_backups
        self._last_backup = time.monotonic()  # an empty new project needs no backup yet
        self.last_backup: Path | None = None
        self.backup_error: str | None = None  # why the latest backup failed, if it did

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Project:
        """Create an empty project; refuses an existing file unless `overwrite`."""
        path = Path(path)
        if path.is_dir():
            raise ProjectError(f"{path} is a folder, not a project file")
        if not path.parent.is_dir():
            raise ProjectError(f"the folder {path.parent} does not exist")
        lock = ProjectLock(path)
        lock.acquire()
        try:
            if path.exists() and not overwrite:
                raise ProjectError(f"{path.name} already exists")
            # The empty project is built under a temporary name and renamed into place,
            # so a crash while creating never leaves a half-made (unopenable) project.
            tmp = path.with_name(f".{path.name}.creating.tmp")
            try:
                _create_file(tmp)
                for p in (path.with_name(path.name + s) for s in _SIDE_FILES):
                    p.unlink(missing_ok=True)
                os.replace(tmp, path)
            except (OSError, sqlite3.Error) as exc:
                tmp.unlink(missing_ok=True)
                reason = getattr(exc, "strerror", None) or exc
                raise ProjectError(f"cannot create {path.name}: {reason}") from exc
            conn = _connect(path, read_only=False)
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
        every `backup_interval` seconds of editing; the newest `keep_backups` are kept.
        """
        path = Path(path)
        if not path.exists():
            raise ProjectError(f"{path} does not exist")
        if path.is_dir():
            raise ProjectError(f"{path} is a folder, not a project file")
        lock = None if read_only else ProjectLock(path)
        if lock is not None:
            lock.acquire()
        try:
            version = _probe_version(path)
            if version > schema.SCHEMA_VERSION:
                raise ProjectError(
                    f"{path.name} was saved by a newer Solieu (project format {version}; this "
                    f"version knows up to {schema.SCHEMA_VERSION}); update Solieu to open it"
                )
            if version < schema.SCHEMA_VERSION and read_only:
                raise ProjectNeedsUpgrade(
                    f"{path.name} was made by an older Solieu; open it for editing once "
                    "to upgrade it"
                )
            if version < schema.SCHEMA_VERSION:
                _backup(path, version)
            conn = _connect(path, read_only=read_only)
            if version < schema.SCHEMA_VERSION:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    schema.migrate(conn, version)
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    conn.close()  # closing rolls the migration back
                    raise ProjectError(f"cannot upgrade {path.name}: {exc}") from exc
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
            project._backup_quietly()
        return project

    def close(self) -> None:
        """Close the file and release the lock; safe to call twice."""
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

    @property
    def path(self) -> Path:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def closed(self) -> bool:
        return self._conn is None

    # -- rolling backups -------------------------------------------------------------------

    def backup_now(self) -> Path:
        """Copy the project to a new verified rolling backup now; returns its path.

        Older backups beyond `keep_backups` are removed only after the copy passed
        `PRAGMA integrity_check`. Raises ProjectError when no copy could be written.
        """
        with self._mutex:
            conn = self._connection()
            self._last_backup = time.monotonic()
            try:
                target = backups_.make_backup(conn, self._path, keep=self.keep_backups)
            except ProjectError as exc:
                self.backup_error = str(exc)
                raise
            self.backup_error = None
            self.last_backup = target
            return target

    def _backup_quietly(self) -> None:
        """A backup that must not fail the caller (the edit it follows is saved)."""
        try:
            self.backup_now()
        except ProjectError as exc:
            log.warning("%s", exc)

    def _maybe_backup(self) -> None:
        """The cheap check after each saved edit: back up when the interval has passed."""
        if (
            not self._read_only
            and self._conn is not None
            and time.monotonic() - self._last_backup >= self.backup_interval
        ):
            self._backup_quietly()

    def backups(self) -> list[Path]:
        """This project's rolling backups, newest first."""
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
        for callback in list(self._subscribers):
            try:
                callback(change)
            except Exception:  # the edit is committed; a broken view must not undo that
                log.exception("a project subscriber failed")

    # -- transactions ----------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProjectError(f"{self._path.name} is closed")
        return self._conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; any error rolls back and becomes a ProjectError."""
        if self._read_only:
            raise ProjectError(f"{self._path.name} is open read-only; nothing can be changed")
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
                    raise InvalidEdit(f"the project cannot hold this change: {exc}") from exc
                if isinstance(exc, sqlite3.Error):
                    raise self._storage_error(exc) from exc
                raise

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._mutex:
            try:
                yield self._connection()
            except sqlite3.DatabaseError as exc:
                if any(word in str(exc).lower() for word in _CORRUPTION):
                    # damaged while open (a disk fault, another program): name the backup
                    raise _corrupt(self._path, f"it cannot be read: {exc}") from exc
                raise ProjectError(
                    f"{self._path.name} cannot be read; it is damaged ({exc})"
                ) from exc

    def _storage_error(self, exc: sqlite3.Error) -> ProjectError:
        text = str(exc).lower()
        name = self._path.name
        if "full" in text:
            reason = "the disk is full"
        elif "readonly" in text or "read-only" in text:
            reason = "the file or its folder is read-only"
        elif "i/o" in text:
            reason = "the disk reported an error"
        elif "locked" in text or "busy" in text:
            reason = "another program is writing to it"
        elif "malformed" in text or "not a database" in text:
            reason = "the file is damaged"
        else:
            reason = str(exc)
        return ProjectError(f"could not save {name}: {reason}; the last change was not saved")

    # -- import and extraction -------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import article files and folders, one transaction per document.

        A document whose bytes (sha256) are already in the project is skipped;
        a file that cannot be read is reported with its reason. `progress(done,
        total, name)` is called after each file; `cancelled()` is polled before
        each one. Safe to call from a worker thread.
        """
        try:
            return importer.import_paths(self, paths, progress=progress, cancelled=cancelled)
        finally:
            self._maybe_backup()

    def reread(self, document_id: int, encoding: str | None, *, whole_page: bool = False) -> int:
        """Read a document's file again with another encoding, or a web page whole
        instead of its marked article (see importer.reread_document)."""
        try:
            return importer.reread_document(self, document_id, encoding, whole_page=whole_page)
        finally:
            self._maybe_backup()

    def reextract(self, document_id: int | None = None) -> ReextractReport:
        """Re-run the extractor over one document (or all) without overriding the reviewer.

        Figures that are confirmed/rejected, manual, edited or deleted are kept
        as they are, and a new span overlapping one of them is not added. Auto
        pending figures are updated in place (same span), added or removed.
        """
        try:
            return importer.reextract(self, document_id)
        finally:
            self._maybe_backup()

    def _document_by_sha(self, sha256: str) -> str | None:
        with self._reading() as conn:
            row = conn.execute("SELECT name FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else row[0]

    def _document_by_text(self, text_sha256: str) -> str | None:
        """The document whose loaded text is this one's (a copy in another encoding)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT name FROM documents WHERE text_sha256 = ?", (text_sha256,)
            ).fetchone()
        return None if row is None else row[0]

    # -- reading ---------------------------------------------------------------------------

    def documents(self, ids: Iterable[int] | None = None) -> list[DocumentSummary]:
        """Every document with its review progress, by name; with `ids`, only those
        (cheap: what a view needs to refresh after an edit)."""
        sql = (
            "SELECT d.id, d.name, d.title, d.place, d.sha256, COUNT(f.id), "
            "COALESCE(SUM(f.status = 'confirmed'), 0), COALESCE(SUM(f.status = 'rejected'), 0), "
            "COALESCE(SUM(f.status = 'pending'), 0) "
            "FROM documents d LEFT JOIN figures f ON f.document_id = d.id AND f.deleted = 0 "
        )
        order = " GROUP BY d.id ORDER BY d.name, d.id"
        with self._reading() as conn:
            if ids is None:
                rows = conn.execute(sql + order).fetchall()
            else:
                wanted, rows = list(ids), []
                for i in range(0, len(wanted), _IN_CHUNK):
                    chunk = wanted[i : i + _IN_CHUNK]
                    marks = ", ".join("?" * len(chunk))
                    rows += conn.execute(f"{sql}WHERE d.id IN ({marks}){order}", chunk).fetchall()
        return [DocumentSummary(*r) for r in rows]

    def document(self, doc_id: int) -> DocumentRecord:
        with self._reading() as conn:
            row = conn.execute(
                "SELECT id, name, source_path, sha256, text, encoding, title, place, imported_at, "
                "outlet, url, published FROM documents WHERE id = ?",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise ProjectError(f"document {doc_id} is not in {self._path.name}")
        return DocumentRecord(*row)

    def document_properties(self) -> dict[int, DocumentProperties]:
        """Every document's source and defaults (no text), by id: one query."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, name, title, outlet, url, published, place FROM documents"
            ).fetchall()
        return {r[0]: DocumentProperties(*r) for r in rows}

    def figures(
        self, document_id: int | None = None, status: Status | str | None = None
    ) -> list[FigureRecord]:
        """Live (not deleted) figures, by document then position; one query."""
        sql = _FIGURE_SELECT
        params: list[Any] = []
        if document_id is not None:
            sql += " AND f.document_id = ?"
            params.append(document_id)
        if status is not None:
            sql += " AND f.status = ?"
            params.append(Status(status).value)
        sql += " ORDER BY f.document_id, f.start, f.id"
        with self._reading() as conn:
            rows = conn.execute(sql, params).fetchall()
        return list(map(_figure, rows))

    def figures_by_id(self, ids: Iterable[int]) -> list[FigureRecord]:
        """The live figures among `ids`, in no particular order (a view's page of rows)."""
        wanted, out = list(ids), []
        with self._reading() as conn:
            for i in range(0, len(wanted), _IN_CHUNK):
                chunk = wanted[i : i + _IN_CHUNK]
                marks = ", ".join("?" * len(chunk))
                out += conn.execute(f"{_FIGURE_SELECT} AND f.id IN ({marks})", chunk).fetchall()
        return list(map(_figure, out))

    def figure_columns(
        self,
        fields: Iterable[str],
        document_id: int | None = None,
        documents: tuple[int, int] | None = None,
    ) -> list[tuple]:
        """`(id, *fields)` of every live figure (of one document or all), in document order.

        Reads only the named columns, typed as in `FigureRecord` — much cheaper
        than whole records when a view filters or sorts 100,000 figures.
        `documents=(low, high)` keeps the figures of documents `low..high` (slices
        read one after the other stay in document order).
        """
        names = list(fields)
        unknown = [n for n in names if n not in _COLUMN_SQL]
        if unknown:
            raise ValueError(f"not a figure field: {', '.join(unknown)}")
        columns = ", ".join(["f.id", *(_COLUMN_SQL[n] for n in names)])
        join = " JOIN documents d ON d.id = f.document_id" if "document" in names else ""
        sql = f"SELECT {columns} FROM figures f{join} WHERE f.deleted = 0"
        params: list[Any] = []
        if document_id is not None:
            sql += " AND f.document_id = ?"
            params.append(document_id)
        if documents is not None:
            sql += " AND f.document_id BETWEEN ? AND ?"
            params += documents
        with self._reading() as conn:
            rows = conn.execute(sql + _NATURAL_ORDER, params).fetchall()
        if not rows or not any(n in _COLUMN_TYPE for n in names):
            return rows
        columns = list(zip(*rows, strict=True))  # column-wise: one map per typed column
        for i, name in enumerate(names, start=1):
            convert = _COLUMN_TYPE.get(name)
            if convert is not None:
                column = columns[i]
                if None in column:
                    columns[i] = tuple(None if v is None else convert(v) for v in column)
                else:
                    columns[i] = tuple(map(convert, column))
        return list(zip(*columns, strict=True))

    def document_id_range(self) -> tuple[int, int]:
        """The lowest and highest document id ((0, 0) when there is none)."""
        with self._reading() as conn:
            low, high = conn.execute("SELECT MIN(id), MAX(id) FROM documents").fetchone()
        return (low or 0, high or 0)

    def figure(self, figure_id: int) -> FigureRecord:
        """One figure, deleted or not (undo of a delete needs to see it)."""
        sql = _FIGURE_SELECT.replace("WHERE f.deleted = 0", "WHERE f.id = ?")
        with self._reading() as conn:
            row = conn.execute(sql, (figure_id,)).fetchone()
        if row is None:
            raise ProjectError(f"figure {figure_id} is not in {self._path.name}")
        return _figure(row)

    def counts(self) -> dict[Status, int]:
        """Live figures per status (every status present, zero included)."""
        out = dict.fromkeys(Status, 0)
        with self._reading() as conn:
            for status, n in conn.execute(
                "SELECT status, COUNT(*) FROM figures WHERE deleted = 0 GROUP BY status"
            ):
                out[Status(status)] = n
        return out

    def statistics(self) -> dict[int, StatisticState]:
        """Every statistic a reviewer decided on, by id (proposals are not stored)."""
        with self._reading() as conn:
            return read_statistics(conn)

    def review_log(self, limit: int | None = None) -> list[LogEntry]:
        """The review log, oldest first; with `limit`, only the latest `limit` rows."""
        sql = "SELECT id, at, who, action, figure_id, field, old, new, edit FROM review_log"
        with self._reading() as conn:
            if limit is None:
                rows = conn.execute(sql + " ORDER BY id").fetchall()
            else:
                rows = conn.execute(sql + " ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
                rows.reverse()
        return [LogEntry(*r) for r in rows]

    # -- editing ---------------------------------------------------------------------------

    def apply(self, edit: Edit, who: str = "reviewer") -> Edit:
        """Apply an edit in one transaction, log it, and return its inverse (for undo).

        Raises EditConflict when an `old` value is stale, InvalidEdit for a value
        the project cannot hold, ProjectError when the disk refuses the write;
        in every case nothing was changed.
        """
        applier = Applier(self._connection(), who, utc_now())
        with self._transaction():
            inverse = applier.apply(edit)
        if applier.figure_ids or applier.structural:
            self._notify(
                Change(
                    frozenset(applier.figure_ids),
                    frozenset(applier.document_ids),
                    applier.structural,
                )
            )
        self._maybe_backup()
        return inverse


# -- file-level helpers ------------------------------------------------------------------


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
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
        raise ProjectError(f"{path.name} cannot be opened: {exc}") from exc
    return conn


def _create_file(path: Path) -> None:
    """An empty project at `path` (rollback journal; `_connect` switches it to WAL)."""
    for p in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
        p.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        schema.create_schema(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


_CORRUPTION = ("malformed", "not a database", "corrupt", "disk image")


def _corrupt(path: Path, reason: str) -> ProjectCorruptError:
    """The error for a damaged file, naming the newest good backup when there is one."""
    try:
        good = backups_.list_backups(path, verify=True)
    except Exception:  # listing must never hide the real problem
        log.warning("cannot list the backups of %s", path, exc_info=True)
        good = []
    summary = f"{path.name} is not a Solieu project or is damaged ({reason})"
    message = summary
    if good:
        when = backups_.backup_time(good[0])
        at = f", saved {when:%Y-%m-%d %H:%M} UTC" if when else ""
        message += f"; the last good backup is {good[0]}{at}"
    else:
        message += "; no backup of it was found"
    return ProjectCorruptError(message, good, summary)


def _probe_version(path: Path) -> int:
    """Read the schema version through a read-only connection (the file is not modified).

    A file that is not SQLite, truncated, or fails `PRAGMA quick_check` raises
    ProjectCorruptError.
    """
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise ProjectError(f"{path.name} cannot be read ({exc.strerror or exc})") from exc
    if not header:
        raise _corrupt(path, "the file is empty")
    if header != _SQLITE_HEADER:
        raise _corrupt(path, "it is not a project file")
    problems: list = [("ok",)]
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            version = schema.read_version(conn)
            if version is not None and version <= schema.SCHEMA_VERSION:
                problems = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if any(word in str(exc).lower() for word in _CORRUPTION):
            raise _corrupt(path, f"it is truncated or damaged: {exc}") from exc
        raise ProjectError(f"{path.name} cannot be read: {exc}") from exc
    if version is None:
        raise _corrupt(path, "it holds no Solieu project")
    if problems != [("ok",)]:
        raise _corrupt(path, f"its integrity check failed: {backups_.check_detail(problems)}")
    return version


def _backup(path: Path, version: int) -> Path:
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
        raise ProjectError(f"cannot back up {path.name} before upgrading it: {exc}") from exc
    return target
