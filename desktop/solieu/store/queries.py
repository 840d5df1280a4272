"""Reading a project: records, columns, counts, statistics, the log and its history.

`ReadingMixin` holds every query `Project` answers; each runs under the
connection's mutex through `ProjectBase._reading`, so a damaged file becomes a
ProjectCorruptError naming the newest good backup. Records are frozen plain
data (`records.py`), safe to keep in a view or pass between threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from solieu.learn.model import Entry, EntryState, Rule
from solieu.messages import msg
from solieu.model import Origin, Status
from solieu.pacing import paced
from solieu.store import double_review
from solieu.store.codebook import read_codebook, read_entry, read_rules
from solieu.store.edits import StatisticState
from solieu.store.errors import ProjectError
from solieu.store.history import read_history
from solieu.store.records import (
    DocumentProperties,
    DocumentRecord,
    DocumentSummary,
    FigureRecord,
    HistoryEntry,
    LogEntry,
)
from solieu.store.statistics import read_statistics
from solieu.store.transactions import ProjectBase

_FIGURE_SELECT = (
    'SELECT f.id, f.document_id, d.name, f.start, f."end", f.text, f.number, f.scale, '
    "f.value, f.unit, f.unit_class, f.qualifier, f.change, f.measure, f.place, f.period, "
    "f.confidence, f.kind, f.status, f.origin, f.note, f.updated_at, f.period_text, d.place, "
    "f.entry_id FROM figures f JOIN documents d ON d.id = f.document_id"
)
# a figure is shown while neither it nor its document was removed (soft deletes both)
_LIVE = " WHERE f.deleted = 0 AND d.deleted = 0"
_LIVE_FIGURES = _FIGURE_SELECT + _LIVE
# the same without the join, for reads that need no document column
_IN_REMOVED = "SELECT id FROM documents WHERE deleted = 1"
# what `figure_columns` can read, as SQL over `figures f JOIN documents d`
_COLUMN_SQL = {
    "id": "f.id", "document_id": "f.document_id", "document": "d.name", "start": "f.start",
    "end": 'f."end"', "text": "f.text", "number": "f.number", "scale": "f.scale",
    "value": "f.value", "unit": "f.unit", "unit_class": "f.unit_class",
    "qualifier": "f.qualifier", "change": "f.change", "measure": "f.measure",
    "place": "f.place", "period": "f.period", "confidence": "f.confidence", "kind": "f.kind",
    "status": "f.status", "origin": "f.origin", "note": "f.note", "updated_at": "f.updated_at",
    "period_text": "f.period_text", "document_place": "d.place", "entry_id": "f.entry_id",
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
        r[17], _STATUS[r[18]], _ORIGIN[r[19]], r[20], r[21], r[22], r[23], r[24],
    )  # fmt: skip


class ReadingMixin(ProjectBase):
    """The queries of `Project` (see `project.py` for why it is built from parts)."""

    def documents(self, ids: Iterable[int] | None = None) -> list[DocumentSummary]:
        """Every document with its review progress, by name; with `ids`, only those
        (cheap: what a view needs to refresh after an edit)."""
        sql = (
            "SELECT d.id, d.name, d.title, d.place, d.sha256, COUNT(f.id), "
            "COALESCE(SUM(f.status = 'confirmed'), 0), COALESCE(SUM(f.status = 'rejected'), 0), "
            "COALESCE(SUM(f.status = 'pending'), 0) "
            "FROM documents d LEFT JOIN figures f ON f.document_id = d.id AND f.deleted = 0 "
            "WHERE d.deleted = 0 "
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
                    rows += conn.execute(f"{sql}AND d.id IN ({marks}){order}", chunk).fetchall()
            blind = double_review.blind_documents(conn, self.reviewer)
            if blind:  # the second reviewer's progress is their own layer's
                rows = [r if r[0] not in blind else (*r[:6], *self._second_counts(conn, r[0]))
                        for r in rows]  # fmt: skip
        return [DocumentSummary(*r) for r in rows]

    @staticmethod
    def _second_counts(conn, document_id: int) -> tuple[int, int, int]:
        row = conn.execute(
            "SELECT COALESCE(SUM(s.status = 'confirmed'), 0), "
            "COALESCE(SUM(s.status = 'rejected'), 0), COALESCE(SUM(s.status = 'pending'), 0) "
            "FROM second_reviews s JOIN figures f ON f.id = s.figure_id "
            "WHERE f.document_id = ? AND f.deleted = 0",
            (document_id,),
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def _as_seen(self, conn, records: list[FigureRecord]) -> list[FigureRecord]:
        """Records as this session's reviewer sees them: a document they review blind
        as its second reviewer shows their own layer (store/double_review.py)."""
        blind = double_review.blind_documents(conn, self.reviewer)
        return double_review.overlay(conn, records, blind) if blind else records

    def document(self, doc_id: int) -> DocumentRecord:
        """One document by id, removed or not (an open view and undo still name it)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT id, name, source_path, sha256, text, encoding, title, place, imported_at, "
                "outlet, url, published FROM documents WHERE id = ?",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise ProjectError(
                msg(
                    "document {document_id} is not in {file}",
                    document_id=doc_id,
                    file=self._path.name,
                )
            )
        return DocumentRecord(*row)

    def document_properties(self) -> dict[int, DocumentProperties]:
        """Every document's source and defaults (no text), by id: one query."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, name, title, outlet, url, published, place FROM documents "
                "WHERE deleted = 0"
            ).fetchall()
        return {r[0]: DocumentProperties(*r) for r in rows}

    def figures(
        self,
        document_id: int | None = None,
        status: Status | str | None = None,
        entry_id: int | None = None,
    ) -> list[FigureRecord]:
        """Live figures (neither they nor their document removed), by document then
        position; one query. `entry_id`: only the figures linked to that entry."""
        sql = _LIVE_FIGURES
        params: list[Any] = []
        if document_id is not None:
            sql += " AND f.document_id = ?"
            params.append(document_id)
        if entry_id is not None:
            sql += " AND f.entry_id = ?"
            params.append(entry_id)
        with self._reading() as conn:  # row by row: a worker steps aside while it reads
            blind = double_review.blind_documents(conn, self.reviewer)
            if status is not None and not blind:
                sql += " AND f.status = ?"
                params.append(Status(status).value)
            sql += " ORDER BY f.document_id, f.start, f.id"
            records = list(map(_figure, paced(conn.execute(sql, params))))
            if not blind:
                return records
            records = double_review.overlay(conn, records, blind)
        if status is not None:  # on the values the reviewer sees
            records = [r for r in records if r.status == Status(status)]
        return records

    def figures_by_id(self, ids: Iterable[int]) -> list[FigureRecord]:
        """The live figures among `ids`, in no particular order (a view's page of rows)."""
        wanted, out = list(ids), []
        with self._reading() as conn:
            for i in range(0, len(wanted), _IN_CHUNK):
                chunk = wanted[i : i + _IN_CHUNK]
                marks = ", ".join("?" * len(chunk))
                out += conn.execute(f"{_LIVE_FIGURES} AND f.id IN ({marks})", chunk).fetchall()
            return self._as_seen(conn, list(map(_figure, out)))

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
        join = " JOIN documents d ON d.id = f.document_id" if "document" in names else ""
        with self._reading() as conn:
            selected, params = self._seen_columns(conn, names)
            if params:  # a document reviewed blind: its second layer's values
                join += " LEFT JOIN second_reviews s ON s.figure_id = f.id"
            sql = (
                f"SELECT {', '.join(['f.id', *selected])} FROM figures f{join} "
                f"WHERE f.deleted = 0 AND f.document_id NOT IN ({_IN_REMOVED})"
            )
            if document_id is not None:
                sql += " AND f.document_id = ?"
                params.append(document_id)
            if documents is not None:
                sql += " AND f.document_id BETWEEN ? AND ?"
                params += documents
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

    def _seen_columns(self, conn, names: list[str]) -> tuple[list[str], list[Any]]:
        """The SQL of each column as this reviewer sees it (a layer field of a document
        they review blind comes from `second_reviews s`), and the parameters it takes."""
        blind = sorted(double_review.blind_documents(conn, self.reviewer))
        selected, params = [_COLUMN_SQL[n] for n in names], []
        if not blind:
            return selected, params
        marks = ", ".join("?" * len(blind))
        for i, name in enumerate(names):
            if name in double_review.LAYER_FIELDS:
                selected[i] = (
                    f"CASE WHEN s.figure_id IS NOT NULL AND f.document_id IN ({marks}) "
                    f"THEN s.{name} ELSE {_COLUMN_SQL[name]} END"
                )
                params += blind
        return selected, params

    def document_id_range(self) -> tuple[int, int]:
        """The lowest and highest document id ((0, 0) when there is none)."""
        with self._reading() as conn:
            low, high = conn.execute("SELECT MIN(id), MAX(id) FROM documents").fetchone()
        return (low or 0, high or 0)

    def figure(self, figure_id: int) -> FigureRecord:
        """One figure, deleted or not (undo of a delete needs to see it)."""
        sql = _FIGURE_SELECT + " WHERE f.id = ?"
        with self._reading() as conn:
            row = conn.execute(sql, (figure_id,)).fetchone()
            if row is not None:
                return self._as_seen(conn, [_figure(row)])[0]
        raise ProjectError(
            msg("figure {figure_id} is not in {file}", figure_id=figure_id, file=self._path.name)
        )

    def counts(self) -> dict[Status, int]:
        """Live figures per status (every status present, zero included)."""
        out = dict.fromkeys(Status, 0)
        with self._reading() as conn:
            for status, n in conn.execute(
                "SELECT status, COUNT(*) FROM figures WHERE deleted = 0 "
                f"AND document_id NOT IN ({_IN_REMOVED}) GROUP BY status"
            ):
                out[Status(status)] = n
        return out

    def statistics(self) -> dict[int, StatisticState]:
        """Every statistic a reviewer decided on, by id (proposals are not stored)."""
        with self._reading() as conn:
            return read_statistics(conn)

    def codebook(self) -> list[Entry]:
        """The codebook's entries by name, each with its count of linked figures."""
        with self._reading() as conn:
            return read_codebook(conn)

    def entry(self, entry_id: int) -> EntryState | None:
        with self._reading() as conn:
            return read_entry(conn, entry_id)

    def next_entry_id(self) -> int:
        """An id no entry has: a Batch that creates an entry and links figures to it
        names the entry by it (the Batch is refused if another writer took it first)."""
        with self._reading() as conn:
            return int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM codebook").fetchone()[0])

    def learned_from(self) -> list[FigureRecord]:
        """What the project learns from: the figures linked to an entry or decided
        (confirmed or rejected), by document then position; one query."""
        # two indexed lookups, not a scan: a big project has decided little of its figures
        sql = _LIVE_FIGURES + (
            " AND f.id IN (SELECT id FROM figures WHERE status IN ('confirmed', 'rejected') "
            "UNION SELECT id FROM figures WHERE entry_id IS NOT NULL)" + _NATURAL_ORDER
        )
        with self._reading() as conn:
            return list(map(_figure, conn.execute(sql).fetchall()))

    def figures_where(self, field: str, values: Iterable[Any]) -> list[FigureRecord]:
        """Live figures whose `field` holds one of `values` as stored (None: empty)."""
        column = _COLUMN_SQL.get(field)
        if column is None or not column.startswith("f."):
            raise ValueError(f"not a figure column: {field!r}")
        wanted = [v for v in values if v is not None]
        parts, params = [], []
        if wanted:
            parts.append(f"{column} IN ({', '.join('?' * len(wanted))})")
            params += [int(v) if isinstance(v, bool) else v for v in wanted]
        if any(v is None for v in values):
            parts.append(f"{column} IS NULL")
        if not parts:
            return []
        sql = f"{_LIVE_FIGURES} AND ({' OR '.join(parts)}){_NATURAL_ORDER}"
        with self._reading() as conn:
            return list(map(_figure, conn.execute(sql, params).fetchall()))

    def corrections(self, fields: Iterable[str], after: int = 0) -> list[tuple]:
        """The review log's field changes of `fields`, oldest first, after log id `after`:
        `(log_id, figure_id, document_id, field, old, new)` with old/new as the log's text."""
        wanted = list(fields)
        marks = ", ".join("?" * len(wanted))
        with self._reading() as conn:
            return conn.execute(
                "SELECT id, figure_id, document_id, field, old, new FROM review_log "
                f"WHERE action = 'set' AND id > ? AND field IN ({marks}) ORDER BY id",
                [after, *wanted],
            ).fetchall()

    def rules(self) -> list[Rule]:
        """The project rules, oldest first."""
        with self._reading() as conn:
            return read_rules(conn)

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

    def history(self, limit: int = 500, offset: int = 0) -> list[HistoryEntry]:
        """The review log newest first for the History window, `limit` rows from `offset`.

        Each entry says whether it is still `current` (undoable) and names its
        document and figure; rows of one action share `action_id` (a page may end
        inside an action: the next page continues it).
        """
        with self._reading() as conn:
            return read_history(conn, limit, offset, self.reviewer)
