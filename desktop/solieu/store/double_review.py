"""Double review: a second reviewer decides a document's figures blind, beside the first.

A document assigned for double review (`AssignReview`) names its second reviewer. The
figures table stays the first reviewer's (and, after adjudication, the final) layer;
the second reviewer's decisions go to `second_reviews`, one row per figure, seeded at
the assignment with what the extractor proposed (the oldest logged value of each field
the first reviewer changed, else the stored one), every status pending.

The store routes, so the window and its edits need not know: for the second reviewer
(`Project.reviewer` is the assignment's name) the reads of that document's figures
show the second layer (`overlay`), and a `SetField`/`SetStatus` of one of its
figures writes there (`Applier` calls `set_second`), logged as `second` with the same
old/new/inverse as any edit, so undo works. The second reviewer never sees the first
one's decisions, and the first never sees the second's. Adding or deleting figures
of such a document is the first reviewer's (the second decides what was proposed).

The lead compares the two (`reconcile.agreement`, `Project.double_review_agreement`)
and adjudicates each figure they disagree on: taking the second reviewer's values is
a Batch of `SetField`s on the figures table plus `Adjudicate`, keeping the first's is
`Adjudicate` alone; either way the figure leaves the list of disagreements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from solieu.messages import msg
from solieu.model import Status
from solieu.store.errors import EditConflict, InvalidEdit
from solieu.store.values import coerce, from_db, to_db, to_text

if TYPE_CHECKING:
    from solieu.store.apply import Applier
    from solieu.store.records import FigureRecord

# the fields the second reviewer decides (the rest are the first reviewer's alone)
LAYER_FIELDS = ("status", "value", "unit", "place", "period", "measure", "entry_id")
_COLUMNS = ", ".join(LAYER_FIELDS)


def blind_documents(conn: sqlite3.Connection, reviewer: str) -> set[int]:
    """The documents `reviewer` reviews as the second reviewer (blind)."""
    rows = conn.execute("SELECT document_id FROM assignments WHERE second = ?", (reviewer,))
    return {int(r[0]) for r in rows}


@dataclass(frozen=True, slots=True)
class Blindness:
    """What a log shown to `reviewer` leaves out: the others' rows of the documents they
    review blind (`documents`) and of those documents' figures (`figures`)."""

    reviewer: str | None
    documents: frozenset[int] = frozenset()
    figures: frozenset[int] = frozenset()

    def hides(self, who: str, document_id: int | None, figure_id: int | None) -> bool:
        return (
            bool(self.documents)
            and who != self.reviewer
            and (document_id in self.documents or figure_id in self.figures)
        )


def blindness(conn: sqlite3.Connection, reviewer: str | None) -> Blindness:
    """The log rows `reviewer` may not be shown (History, the export's Review log)."""
    documents = blind_documents(conn, reviewer) if reviewer is not None else set()
    figures: set[int] = set()
    ids = sorted(documents)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        figures |= {r[0] for r in conn.execute(
            f"SELECT id FROM figures WHERE document_id IN ({', '.join('?' * len(chunk))})",
            chunk)}  # fmt: skip
    return Blindness(reviewer, frozenset(documents), frozenset(figures))


def second_of(conn: sqlite3.Connection, document_id: int) -> str | None:
    row = conn.execute(
        "SELECT second FROM assignments WHERE document_id = ?", (document_id,)
    ).fetchone()
    return row[0] if row else None


def _proposed(conn: sqlite3.Connection, figure_id: int, name: str, now: Any) -> Any:
    """What the extractor proposed for a field: the oldest logged old value, if changed."""
    row = conn.execute(
        "SELECT old FROM review_log WHERE figure_id = ? AND field = ? AND action = 'set' "
        "ORDER BY id LIMIT 1",
        (figure_id, name),
    ).fetchone()
    if row is None:
        return now
    return to_db(name, coerce(name, row[0])) if row[0] is not None else None


def seed(conn: sqlite3.Connection, document_id: int, at: str) -> int:
    """The second layer of a document's live figures that have none yet; returns how many."""
    rows = conn.execute(
        f"SELECT id, {_COLUMNS} FROM figures WHERE document_id = ? AND deleted = 0 "
        "AND id NOT IN (SELECT figure_id FROM second_reviews)",
        (document_id,),
    ).fetchall()
    for row in rows:
        fid, values = row[0], dict(zip(LAYER_FIELDS, row[1:], strict=True))
        seeded = {n: _proposed(conn, fid, n, v) for n, v in values.items() if n != "status"}
        conn.execute(
            f"INSERT INTO second_reviews(figure_id, {_COLUMNS}, adjudicated, updated_at) "
            f"VALUES (?, 'pending', {', '.join('?' * (len(LAYER_FIELDS) - 1))}, 0, ?)",
            (fid, *(seeded[n] for n in LAYER_FIELDS if n != "status"), at),
        )
    return len(rows)


def layer(conn: sqlite3.Connection, figure_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The second layer's values (as stored) of `figure_ids` that have one."""
    ids = list(figure_ids)
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT figure_id, {_COLUMNS}, adjudicated FROM second_reviews "
            f"WHERE figure_id IN ({marks})",
            chunk,
        ):
            out[int(row[0])] = dict(zip((*LAYER_FIELDS, "adjudicated"), row[1:], strict=True))
    return out


def overlay(
    conn: sqlite3.Connection, records: list[FigureRecord], blind: set[int]
) -> list[FigureRecord]:
    """`records` as the second reviewer sees them: the figures of `blind` documents
    with the second layer's values."""
    ids = [r.id for r in records if r.document_id in blind]
    if not ids:
        return records
    values = layer(conn, ids)
    out = []
    for r in records:
        own = values.get(r.id)
        if own is None:
            out.append(r)
            continue
        out.append(replace(r, **{n: from_db(n, own[n]) for n in LAYER_FIELDS}))
    return out


def set_second(applier: Applier, figure_id: int, document_id: int, name: str, old, new):
    """One field of the second layer from `old` to `new` (refused when stale); logged
    as `second`. Returns (the value it held, the value it holds now)."""
    if name not in LAYER_FIELDS:
        raise InvalidEdit(
            msg("in a double review the second reviewer decides {fields}, not {field}",
                fields=", ".join(LAYER_FIELDS), field=name)
        )  # fmt: skip
    row = applier.conn.execute(
        f"SELECT {name} FROM second_reviews WHERE figure_id = ?", (figure_id,)
    ).fetchone()
    if row is None:
        raise EditConflict(msg("figure {figure_id} has no second review", figure_id=figure_id))
    current = from_db(name, row[0])
    expected = coerce(name, old) if old is not None else None
    if to_db(name, expected) != row[0]:
        raise EditConflict(
            msg("figure {figure_id}: {field} is now {now}, not {old} (changed elsewhere); "
                "reload and try again", figure_id=figure_id, field=name,
                now=repr(to_text(current)), old=repr(to_text(old)))
        )  # fmt: skip
    value = coerce(name, new)
    if to_db(name, value) != row[0]:
        applier.conn.execute(
            f"UPDATE second_reviews SET {name} = ?, updated_at = ? WHERE figure_id = ?",
            (to_db(name, value), applier.at, figure_id),
        )
        applier.log.write(
            "second", figure_id=figure_id, field=name, old=to_text(current), new=to_text(value),
            document_id=document_id,
        )  # fmt: skip
        applier.figure_ids.add(figure_id)
        applier.document_ids.add(document_id)
    return current, value


def assign(applier: Applier, document_id: int, new: str | None, old: str | None) -> None:
    """Name (or, with None, take back) a document's second reviewer; refused when the
    assignment is not `old` any more. Seeds the second layer of its figures."""
    now = second_of(applier.conn, document_id)
    if now != old:
        raise EditConflict(
            msg("the document's second reviewer is now {now}, not {old}; reload and try again",
                now=repr(now), old=repr(old))
        )  # fmt: skip
    if new is not None and not new.strip():
        raise InvalidEdit(msg("a second reviewer needs a name"))
    applier.conn.execute("DELETE FROM assignments WHERE document_id = ?", (document_id,))
    if new is not None:
        applier.conn.execute(
            "INSERT INTO assignments(document_id, second, assigned_at) VALUES (?, ?, ?)",
            (document_id, new.strip(), applier.at),
        )
        seed(applier.conn, document_id, applier.at)
    applier.log.write("assign", old=old, new=new, document_id=document_id)
    applier.document_ids.add(document_id)
    applier.structural = True  # the second reviewer's window shows other values now


def adjudicate(applier: Applier, figure_id: int, new: bool, old: bool) -> None:
    row = applier.conn.execute(
        "SELECT s.adjudicated, f.document_id FROM second_reviews s "
        "JOIN figures f ON f.id = s.figure_id WHERE s.figure_id = ?",
        (figure_id,),
    ).fetchone()
    if row is None:
        raise EditConflict(msg("figure {figure_id} has no second review", figure_id=figure_id))
    if bool(row[0]) != old:
        raise EditConflict(
            msg("figure {figure_id} was adjudicated meanwhile; reload and try again",
                figure_id=figure_id)
        )  # fmt: skip
    applier.conn.execute(
        "UPDATE second_reviews SET adjudicated = ?, updated_at = ? WHERE figure_id = ?",
        (int(new), applier.at, figure_id),
    )
    applier.log.write(
        "adjudicate", figure_id=figure_id, old=str(int(old)), new=str(int(new)),
        document_id=row[1],
    )  # fmt: skip
    applier.figure_ids.add(figure_id)
    applier.document_ids.add(row[1])


def decisions(conn: sqlite3.Connection, document_id: int) -> tuple[dict, dict, set[int]]:
    """(first, second, adjudicated): each reviewer's decided figures of a document
    (status not pending), figure → field → value, for `reconcile.agreement`."""
    first: dict[int, dict[str, Any]] = {}
    for row in conn.execute(
        f"SELECT id, {_COLUMNS} FROM figures WHERE document_id = ? AND deleted = 0",
        (document_id,),
    ):
        first[int(row[0])] = {n: from_db(n, v) for n, v in zip(LAYER_FIELDS, row[1:], strict=True)}
    second_rows = layer(conn, first)
    adjudicated = {fid for fid, v in second_rows.items() if v["adjudicated"]}
    second = {fid: {n: from_db(n, v[n]) for n in LAYER_FIELDS} for fid, v in second_rows.items()}
    pending = Status.PENDING

    def decided(d: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
        return {fid: v for fid, v in d.items() if v["status"] != pending}

    return decided(first), decided(second), adjudicated


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A double-reviewed figure the two reviewers decided apart, not yet adjudicated:
    what the lead sees beside it on the Reconcile page."""

    figure_id: int
    second_reviewer: str
    fields: tuple[str, ...]  # of `reconcile.agreement.FIELDS`, where they differ
    first: dict[str, Any]  # LAYER_FIELDS → the first reviewer's value
    second: dict[str, Any]  # … and the second's
    entries: dict[int, str]  # the names of the codebook entries either chose


def open_disagreements(
    conn: sqlite3.Connection, figure_ids: Iterable[int], reviewer: str
) -> dict[int, Disagreement]:
    """Of `figure_ids`, those the lead has still to adjudicate. None of a document
    `reviewer` reviews blind: the second reviewer never sees the first's decisions."""
    from solieu.reconcile.agreement import disagreements

    second_layer = layer(conn, figure_ids)
    if not second_layer:
        return {}
    ids = list(second_layer)
    first: dict[int, dict[str, Any]] = {}
    documents: dict[int, int] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for row in conn.execute(
            f"SELECT id, document_id, {_COLUMNS} FROM figures WHERE deleted = 0 "
            f"AND id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            first[int(row[0])] = dict(zip(LAYER_FIELDS, row[2:], strict=True))
            documents[int(row[0])] = int(row[1])
    seconds = dict(conn.execute("SELECT document_id, second FROM assignments").fetchall())
    pending = Status.PENDING.value
    both = {
        fid: ({n: from_db(n, v) for n, v in first[fid].items()},
              {n: from_db(n, second_layer[fid][n]) for n in LAYER_FIELDS})
        for fid in first
        if not second_layer[fid]["adjudicated"]
        and seconds.get(documents[fid]) not in (None, reviewer)
        and first[fid]["status"] != pending and second_layer[fid]["status"] != pending
    }  # fmt: skip
    differ = disagreements({f: a for f, (a, _) in both.items()},
                           {f: b for f, (_, b) in both.items()})  # fmt: skip
    chosen = {v["entry_id"] for fid in differ for v in both[fid] if v["entry_id"] is not None}
    names = {}
    for entry_id in chosen:
        row = conn.execute("SELECT name FROM codebook WHERE id = ?", (entry_id,)).fetchone()
        if row is not None:
            names[entry_id] = row[0]
    return {
        fid: Disagreement(
            fid,
            seconds[documents[fid]],
            fields,
            *both[fid],
            {v["entry_id"]: names[v["entry_id"]] for v in both[fid] if v["entry_id"] in names},
        )  # fmt: skip
        for fid, fields in differ.items()
    }


class DoubleReviewMixin:
    """The double-review reads of `Project` (see `project.py` for why it is built from
    parts); the writes are edits (`AssignReview`, `Adjudicate`)."""

    def assignments(self) -> dict[int, str]:
        """Document → its second reviewer, for every document under double review."""
        with self._reading() as conn:  # type: ignore[attr-defined]
            rows = conn.execute("SELECT document_id, second FROM assignments").fetchall()
        return {int(d): s for d, s in rows}

    def to_adjudicate(self) -> set[int]:
        """Every figure of the project the lead has still to adjudicate (see
        `open_disagreements`): the Reconcile page marks the groups holding one."""
        with self._reading() as conn:  # type: ignore[attr-defined]
            ids = [r[0] for r in conn.execute(
                "SELECT figure_id FROM second_reviews WHERE adjudicated = 0")]  # fmt: skip
            return set(open_disagreements(conn, ids, self.reviewer))  # type: ignore[attr-defined]

    def blind_documents(self) -> set[int]:
        """The documents this reviewer reviews blind, as their second reviewer: left out
        of their reconciliation and export (the groups and the workbook are the lead's)."""
        with self._reading() as conn:  # type: ignore[attr-defined]
            return blind_documents(conn, self.reviewer)  # type: ignore[attr-defined]

    def blindness(self) -> Blindness:
        """The log rows this reviewer may not be shown (see `Blindness`)."""
        with self._reading() as conn:  # type: ignore[attr-defined]
            return blindness(conn, self.reviewer)  # type: ignore[attr-defined]

    def double_review(self, document_id: int):
        """(first, second, adjudicated) decisions of a document (see `decisions`)."""
        with self._reading() as conn:  # type: ignore[attr-defined]
            return decisions(conn, document_id)

    def open_disagreements(self, figure_ids: Iterable[int]) -> dict[int, Disagreement]:
        """Of `figure_ids`, the double-reviewed ones still to adjudicate (see the
        function of that name): none of a document this reviewer reviews blind."""
        with self._reading() as conn:  # type: ignore[attr-defined]
            return open_disagreements(conn, figure_ids, self.reviewer)  # type: ignore[attr-defined]

    def double_review_agreement(self):
        """(overall, {document: per field}) agreement of every double-reviewed
        document but those this reviewer reviews blind (comparing would show them the
        first reviewer's decisions): `reconcile.agreement.Agreement` per field."""
        from solieu.reconcile.agreement import agreement

        first_all: dict[int, dict[str, Any]] = {}
        second_all: dict[int, dict[str, Any]] = {}
        per_document = {}
        blind = self.blind_documents()
        for document_id in sorted(set(self.assignments()) - blind):
            first, second, _ = self.double_review(document_id)
            per_document[document_id] = agreement(first, second)
            first_all.update(first)
            second_all.update(second)
        return agreement(first_all, second_all), per_document


def adjudication(figure_id: int, first: dict[str, Any], second: dict[str, Any], *,
                 take_second: bool):  # fmt: skip
    """The lead's decision on a figure the two reviewers differ on, as one edit: keeping
    the first reviewer's is `Adjudicate` alone; taking the second's also sets each field
    they differ in on the figure (its status with `SetStatus`)."""
    from solieu.store.edits import Adjudicate, Batch, SetField, SetStatus

    parts: list = []
    if take_second:
        for name in LAYER_FIELDS:
            a, b = first.get(name), second.get(name)
            if a == b:
                continue
            if name == "status":
                parts.append(SetStatus((figure_id,), b, (a,)))
            else:
                parts.append(SetField(figure_id, name, a, b))
    parts.append(Adjudicate(figure_id, True, False))
    return parts[0] if len(parts) == 1 else Batch(tuple(parts))
