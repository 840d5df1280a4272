"""Applying edits inside an open transaction, and building their exact inverses.

`Applier` works on a connection where the caller already ran BEGIN IMMEDIATE;
it raises (EditConflict / InvalidEdit) before or after writing, and the caller
rolls the whole transaction back, so an edit is all or nothing. It also records
what it touched, for the change notification sent after COMMIT.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from solieu.messages import msg
from solieu.model import Origin, Status
from solieu.store import double_review
from solieu.store.apply_documents import set_document, set_removed
from solieu.store.codebook import put_entry, put_rule, read_entry
from solieu.store.edits import (
    AddFigure,
    Adjudicate,
    AssignReview,
    Batch,
    DeleteFigure,
    Edit,
    PutEntry,
    PutRule,
    PutStatistic,
    RemoveDocument,
    RestoreDocument,
    RestoreFigure,
    SetDocumentField,
    SetField,
    SetStatus,
)
from solieu.store.errors import DuplicateFigure, EditConflict, InvalidEdit
from solieu.store.reviewlog import LogWriter
from solieu.store.stale import StaleEdit, last_change
from solieu.store.statistics import put_statistic
from solieu.store.values import (
    EDITABLE_FIELDS,
    coerce,
    from_db,
    to_db,
    to_text,
)

_CHUNK = 500  # ids per `IN (...)`, far below SQLite's variable limit
# fields whose change is a decision about the figure, not a correction of what the
# extractor read: they do not mark it `edited` (a status protects it by itself; an
# entry link alone does not stop a re-read from replacing the figure)
_NOT_EDITS = ("status", "entry_id")


class Applier:
    """Applies edits through one connection and logs each changed field (one action)."""

    def __init__(self, conn: sqlite3.Connection, who: str, at: str) -> None:
        self.conn = conn
        self.who = who
        self.at = at
        self.log = LogWriter(conn, who, at)
        self.figure_ids: set[int] = set()
        self.document_ids: set[int] = set()
        self.structural = False
        self.codebook = False  # the codebook or the rules changed
        self._blind: set[int] | None = None  # documents `who` reviews blind (second)

    def blind(self, document_id: int) -> bool:
        """Whether `who` is this document's second reviewer: their edits of its figures
        go to the second layer (store/double_review.py)."""
        if self._blind is None:
            self._blind = double_review.blind_documents(self.conn, self.who)
        return document_id in self._blind

    def apply(self, edit: Edit) -> Edit:
        """Apply one edit and return the edit that undoes it."""
        if isinstance(edit, SetField):
            return self._set_field(edit)
        if isinstance(edit, SetStatus):
            return self._set_status(edit)
        if isinstance(edit, AddFigure):
            return self._add(edit)
        if isinstance(edit, DeleteFigure):
            return self._set_deleted(edit.figure_id, deleted=True)
        if isinstance(edit, RestoreFigure):
            return self._set_deleted(edit.figure_id, deleted=False)
        if isinstance(edit, Batch):
            inverses = []
            for i, part in enumerate(edit.edits):
                try:
                    inverses.append(self.apply(part))
                except StaleEdit as exc:  # "apply mine" re-applies the whole batch
                    raise exc.within(edit, i) from None
            return Batch(tuple(reversed(inverses)))
        if isinstance(edit, PutStatistic):
            return put_statistic(self.conn, edit, at=self.at, log=self.log, touch=self._touch)
        if isinstance(edit, SetDocumentField):
            return set_document(self, edit)
        if isinstance(edit, PutEntry):
            self.codebook = True
            return put_entry(self.conn, edit, at=self.at, log=self.log)
        if isinstance(edit, PutRule):
            self.codebook = True
            return put_rule(self.conn, edit, at=self.at, log=self.log)
        if isinstance(edit, AssignReview):
            double_review.assign(self, edit.document_id, edit.new, edit.old)
            return AssignReview(edit.document_id, edit.old, edit.new)
        if isinstance(edit, Adjudicate):
            double_review.adjudicate(self, edit.figure_id, edit.new, edit.old)
            return Adjudicate(edit.figure_id, edit.old, edit.new)
        if isinstance(edit, RemoveDocument):
            return set_removed(self, edit.document_id, removed=True)
        if isinstance(edit, RestoreDocument):
            return set_removed(self, edit.document_id, removed=False)
        raise InvalidEdit(f"not an edit: {edit!r}")

    # -- helpers ---------------------------------------------------------------------------

    def _row(self, figure_id: int, columns: str) -> sqlite3.Row | tuple:
        row = self.conn.execute(
            f"SELECT f.document_id, f.deleted, d.deleted, {_prefixed(columns)} "
            "FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.id = ?",
            (figure_id,),
        ).fetchone()
        if row is None:
            raise EditConflict(msg("figure {figure_id} does not exist", figure_id=figure_id))
        if row[2]:
            raise _in_removed_document(figure_id)
        return (row[0], row[1], *row[3:])

    def _touch(self, figure_id: int, document_id: int) -> None:
        self.figure_ids.add(figure_id)
        self.document_ids.add(document_id)

    # -- edits -----------------------------------------------------------------------------

    def _set_field(self, edit: SetField) -> SetField:
        name = edit.field
        new = coerce(name, edit.new)
        document_id, deleted, current_db = self._row(edit.figure_id, _column(name))
        if deleted:
            raise EditConflict(msg("figure {figure_id} was deleted", figure_id=edit.figure_id))
        if self.blind(document_id):  # the second reviewer's own layer
            was, now = double_review.set_second(
                self, edit.figure_id, document_id, name, edit.old, edit.new
            )
            return SetField(edit.figure_id, name, now, was)
        if not _same(name, edit.old, current_db):
            theirs = from_db(name, current_db)
            who, at = last_change(self.conn, edit.figure_id, name)
            raise StaleEdit(
                msg(
                    "figure {figure_id}: {field} is now {now}, not {old} (changed elsewhere); "
                    "reload and try again",
                    figure_id=edit.figure_id,
                    field=name,
                    now=repr(to_text(theirs)),
                    old=repr(to_text(edit.old)),
                ),
                figure_id=edit.figure_id,
                field=name,
                theirs=to_text(theirs),
                mine=to_text(new),
                rebased=SetField(edit.figure_id, name, theirs, edit.new),
                who=who,
                at=at,
            )
        if name == "entry_id" and new is not None and read_entry(self.conn, new) is None:
            raise EditConflict(msg("codebook entry {entry_id} does not exist", entry_id=new))
        current = from_db(name, current_db)
        new_db = to_db(name, new)
        if new_db != current_db:
            # `edited` protects the figure from re-extraction (see _NOT_EDITS)
            self.conn.execute(
                f"UPDATE figures SET {_column(name)} = ?, updated_at = ?, "
                "edited = CASE WHEN ? THEN 1 ELSE edited END WHERE id = ?",
                (new_db, self.at, name not in _NOT_EDITS, edit.figure_id),
            )
            done = SetField(edit.figure_id, name, current, new)
            self.log.write(
                "set",
                figure_id=edit.figure_id,
                field=name,
                old=to_text(current),
                new=to_text(new),
                edit=done.to_json(),
                document_id=document_id,
            )
            self._touch(edit.figure_id, document_id)
        return SetField(edit.figure_id, name, new, current)

    def _set_status(self, edit: SetStatus) -> Edit:
        ids = tuple(edit.figure_ids)
        new = coerce("status", edit.new)
        if len(set(ids)) != len(ids):
            raise InvalidEdit(msg("a figure appears twice in one status change"))
        if edit.olds is not None and len(edit.olds) != len(ids):
            raise InvalidEdit(msg("a status change needs one old status per figure"))
        current = self._statuses(ids)
        blind = [i for i, f in enumerate(ids) if f in current and self.blind(current[f][0])]
        if blind:
            return self._second_statuses(edit, blind, current)
        olds: list[Status] = []
        changed: list[tuple[int, Status, int]] = []
        for i, figure_id in enumerate(ids):
            if figure_id not in current:
                raise EditConflict(msg("figure {figure_id} does not exist", figure_id=figure_id))
            document_id, deleted, status_db = current[figure_id]
            if deleted:
                raise EditConflict(msg("figure {figure_id} was deleted", figure_id=figure_id))
            if edit.olds is not None and not _same("status", edit.olds[i], status_db):
                olds_now = list(edit.olds)
                olds_now[i] = Status(status_db)
                who, at = last_change(self.conn, figure_id, "status")
                raise StaleEdit(
                    msg(
                        "figure {figure_id} is now {now}, not {old} (changed elsewhere); "
                        "reload and try again",
                        figure_id=figure_id,
                        now=status_db,
                        old=to_text(edit.olds[i]),
                    ),
                    figure_id=figure_id,
                    field="status",
                    theirs=status_db,
                    mine=new.value,
                    rebased=SetStatus(ids, new, tuple(olds_now)),
                    who=who,
                    at=at,
                )
            old = Status(status_db)
            olds.append(old)
            if old != new:
                changed.append((figure_id, old, document_id))
                self._touch(figure_id, document_id)
        self.conn.executemany(
            "UPDATE figures SET status = ?, updated_at = ? WHERE id = ?",
            [(new.value, self.at, fid) for fid, _, _ in changed],
        )
        self.log.write_many(
            ("set", fid, "status", old.value, new.value, _status_json(fid, old, new), doc, None)
            for fid, old, doc in changed
        )
        # Undo puts each figure back to its own old status: one SetStatus per old value.
        groups: dict[Status, list[int]] = {}
        for figure_id, old in zip(ids, olds, strict=True):
            groups.setdefault(old, []).append(figure_id)
        inverses = [SetStatus(tuple(g), old, (new,) * len(g)) for old, g in groups.items()]
        return inverses[0] if len(inverses) == 1 else Batch(tuple(inverses))

    def _second_statuses(self, edit: SetStatus, blind: list[int], current) -> Edit:
        """A status change some of whose figures the reviewer decides blind: those in
        the second layer (store/double_review.py), the others as usual."""
        ids, inverses = tuple(edit.figure_ids), []
        for i in blind:
            fid = ids[i]
            old = edit.olds[i] if edit.olds is not None else None
            if old is None:
                old = double_review.layer(self.conn, [fid])[fid]["status"]
            was, _ = double_review.set_second(self, fid, current[fid][0], "status", old, edit.new)
            inverses.append(SetStatus((fid,), was, (edit.new,)))
        rest = [i for i in range(len(ids)) if i not in set(blind)]
        if rest:
            olds = None if edit.olds is None else tuple(edit.olds[i] for i in rest)
            inverses.append(
                self._set_status(SetStatus(tuple(ids[i] for i in rest), edit.new, olds))
            )
        return inverses[0] if len(inverses) == 1 else Batch(tuple(inverses))

    def _statuses(self, ids: Iterable[int]) -> dict[int, tuple[int, int, str]]:
        ids = list(ids)
        out: dict[int, tuple[int, int, str]] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for fid, doc, deleted, removed, status in self.conn.execute(
                "SELECT f.id, f.document_id, f.deleted, d.deleted, f.status FROM figures f "
                f"JOIN documents d ON d.id = f.document_id WHERE f.id IN ({marks})",
                chunk,
            ):
                if removed:
                    raise _in_removed_document(fid)
                out[fid] = (doc, deleted, status)
        return out

    def _add(self, edit: AddFigure) -> DeleteFigure:
        row = self.conn.execute(
            "SELECT text, deleted FROM documents WHERE id = ?", (edit.document_id,)
        ).fetchone()
        if row is None:
            raise InvalidEdit(
                msg("document {document_id} does not exist", document_id=edit.document_id)
            )
        if row[1]:
            raise EditConflict(
                msg(
                    "document {document_id} was removed from the project; restore it first",
                    document_id=edit.document_id,
                )
            )
        if self.blind(edit.document_id):
            raise _second_reviewer_decides()
        text = row[0]
        if not (0 <= edit.start < edit.end <= len(text)):
            raise InvalidEdit(
                msg(
                    "the span {start}..{end} is not inside the document (0..{length}) or is empty",
                    start=edit.start,
                    end=edit.end,
                    length=len(text),
                )
            )
        same = self.conn.execute(
            'SELECT id FROM figures WHERE document_id = ? AND start = ? AND "end" = ? '
            "AND deleted = 0",
            (edit.document_id, edit.start, edit.end),
        ).fetchone()
        if same is not None:
            raise DuplicateFigure(int(same[0]))
        values: dict[str, Any] = {"status": Status.PENDING}
        for name, value in edit.fields.items():
            values[name] = coerce(name, value)
        for required in ("value", "unit_class"):
            if values.get(required) is None:
                raise InvalidEdit(msg("a new figure needs a {field}", field=required))
        columns = ["document_id", "start", '"end"', "text", "origin", "confidence", "kind"]
        params: list[Any] = [edit.document_id, edit.start, edit.end, text[edit.start : edit.end]]
        params += [Origin.MANUAL.value, 1.0, "manual"]  # the kind says why it is there
        for name in EDITABLE_FIELDS:
            if name in values:
                columns.append(_column(name))
                params.append(to_db(name, values[name]))
        columns += ["created_at", "updated_at"]
        params += [self.at, self.at]
        cursor = self.conn.execute(
            f"INSERT INTO figures({', '.join(columns)}) VALUES ({', '.join('?' * len(params))})",
            params,
        )
        figure_id = int(cursor.lastrowid)
        if double_review.second_of(self.conn, edit.document_id) is not None:
            double_review.seed(self.conn, edit.document_id, self.at)  # the second decides it too
        self.log.write(
            "add",
            figure_id=figure_id,
            new=params[3],
            edit=edit.to_json(),
            document_id=edit.document_id,
        )
        self._touch(figure_id, edit.document_id)
        self.structural = True
        return DeleteFigure(figure_id)

    def _set_deleted(self, figure_id: int, *, deleted: bool) -> Edit:
        document_id, is_deleted, _ = self._row(figure_id, "id")
        if self.blind(document_id):
            raise _second_reviewer_decides()
        if bool(is_deleted) == deleted:
            if deleted:
                raise EditConflict(
                    msg("figure {figure_id} is already deleted", figure_id=figure_id)
                )
            raise EditConflict(msg("figure {figure_id} is not deleted", figure_id=figure_id))
        self.conn.execute(
            "UPDATE figures SET deleted = ?, updated_at = ? WHERE id = ?",
            (int(deleted), self.at, figure_id),
        )
        edit = DeleteFigure(figure_id) if deleted else RestoreFigure(figure_id)
        self.log.write(edit.kind, figure_id=figure_id, edit=edit.to_json(), document_id=document_id)
        self._touch(figure_id, document_id)
        self.structural = True
        return RestoreFigure(figure_id) if deleted else DeleteFigure(figure_id)


def _second_reviewer_decides() -> InvalidEdit:
    return InvalidEdit(
        msg("in a double review the second reviewer decides the proposed figures; adding "
            "or deleting one is the first reviewer's")
    )  # fmt: skip


def _prefixed(columns: str) -> str:
    """`columns` (a comma list of figure columns) as columns of the `f` alias."""
    return ", ".join(f"f.{c.strip()}" for c in columns.split(","))


def _in_removed_document(figure_id: int) -> EditConflict:
    return EditConflict(
        msg(
            "figure {figure_id} belongs to a document removed from the project; "
            "restore the document first",
            figure_id=figure_id,
        )
    )


def _column(name: str) -> str:
    if name not in EDITABLE_FIELDS:  # never interpolate anything else into SQL
        raise InvalidEdit(f"'{name}' is not an editable field")
    return name


def _same(name: str, old: Any, current_db: Any) -> bool:
    """Does an edit's expected `old` value equal what the file holds now?"""
    try:
        expected = coerce(name, old) if old is not None else None
    except InvalidEdit:
        return False
    return to_db(name, expected) == current_db


def _status_json(figure_id: int, old: Status, new: Status) -> str:
    return SetField(figure_id, "status", old, new).to_json()
