"""Undoing the history back to a chosen entry: the plan `Project.undo_to` applies.

What is *current* and how rows group by the thing they changed is `history.py`'s;
this module turns the current changes from the newest back to an entry into one Batch
(see `history.py`'s docstring for the rules). A double review's rows revert too: an
assignment, an adjudication, and the second reviewer's own layer, but that layer
only by its own reviewer (their SetField goes there; anyone else's would hit the
figure), and nobody's undo reaches into the first reviewer's decisions of a document
they review blind (it would land in their layer): those are skipped and reported.
"""

from __future__ import annotations

import sqlite3

from solieu.messages import msg
from solieu.store import double_review
from solieu.store.edits import (
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
from solieu.store.errors import InvalidEdit
from solieu.store.history import (
    _COLUMNS,
    _PUT_KEYS,
    Target,
    _decision,
    _holds,
    _put,
    _Row,
    _State,
    _target,
)
from solieu.store.records import UndoPlan
from solieu.store.values import from_db, from_text


def plan_undo(conn: sqlite3.Connection, log_id: int, reviewer: str | None = None) -> UndoPlan:
    """The Batch that reverts every current change from the newest back to `log_id`'s
    action (inclusive), as `reviewer` applies it; see the module docstring. Reads only;
    call inside the transaction that applies it, so nothing changes in between."""
    found = conn.execute(
        "SELECT COALESCE(action_id, id) FROM review_log WHERE id = ?", (log_id,)
    ).fetchone()
    if found is None:
        raise InvalidEdit(msg("there is no entry {log_id} in the review log", log_id=log_id))
    rows = [
        _Row(*r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM review_log WHERE id >= ? ORDER BY id", (found[0],)
        )
    ]
    groups: dict[Target, list[_Row]] = {}
    skipped: list[int] = []
    for row in rows:
        target = _target(row)
        if target is None:
            skipped.append(row.id)
        else:
            groups.setdefault(target, []).append(row)
    state = _State(conn, rows)
    blind = double_review.blind_documents(conn, reviewer) if reviewer is not None else set()
    live: dict[int, bool | None] = {}
    edits: list[Edit] = []
    reverted: list[int] = []
    for target, group in sorted(groups.items(), key=lambda item: -item[1][-1].id):
        ids = [r.id for r in group]
        if not _revertable(state, target, reviewer, blind) or not _holds(
            state, target, group[-1], live
        ):
            skipped += ids
            continue
        try:
            edit = _revert(state, target, group[0], live)
        except InvalidEdit:  # an old value this version cannot hold any more
            skipped += ids
            continue
        if edit is not None:
            edits.append(edit)
        reverted += ids
    return UndoPlan(
        Batch(tuple(_merge_statuses(edits))),
        tuple(sorted(reverted, reverse=True)),
        tuple(sorted(skipped, reverse=True)),
    )


def _revertable(state: _State, target: Target, reviewer: str | None, blind: set[int]) -> bool:
    """Whether `reviewer`'s edit can put `target` back (see the module docstring)."""
    kind = target[0]
    if kind not in ("second", "field", "exists"):
        return True
    figure = state.figures.get(target[1])
    document = figure["document_id"] if figure is not None else None
    if kind == "second":
        return document is not None and state.assignment(document) == reviewer
    return document not in blind


def _revert(
    state: _State, target: Target, first: _Row, live: dict[int, bool | None]
) -> Edit | None:
    """The edit putting `target` back to what it held before `first`; None if it does."""
    kind = target[0]
    if kind == "second":  # applied by the second reviewer, so it goes to their layer
        fid, name = target[1], target[2]
        if state.second_text(fid, name) == first.old:
            return None
        current = from_db(name, state._second(fid)[name])  # type: ignore[index]
        return SetField(fid, name, current, from_text(name, first.old))
    if kind == "adjudicated":
        now = bool(state.adjudicated(target[1]))
        was = first.old == "1"
        return None if now == was else Adjudicate(target[1], was, now)
    if kind == "assignment":
        now_second = state.assignment(target[1])
        return (None if now_second == first.old
                else AssignReview(target[1], first.old, now_second))  # fmt: skip
    if kind == "field":
        fid, name = target[1], target[2]
        _, now = state.field_text(fid, name)
        if now == first.old:
            return None
        if not live.get(fid, state.live(fid)):
            return None  # deleted again by this undo (it was added or restored after log_id)
        current = from_db(name, state.figures[fid][name])
        return SetField(fid, name, current, from_text(name, first.old))
    if kind == "exists":
        fid = target[1]
        was_live = first.action == "delete"  # before an add or a restore it was not shown
        if live.get(fid, state.live(fid)) == was_live:
            return None
        live[fid] = was_live
        return RestoreFigure(fid) if was_live else DeleteFigure(fid)
    if kind == "document_exists":
        doc = target[1]
        was_removed = first.action == RestoreDocument.kind  # before a restore it was removed
        if bool(state.documents[doc]["deleted"]) == was_removed:
            return None
        return RemoveDocument(doc) if was_removed else RestoreDocument(doc)
    if kind == "document":
        doc, name = target[1], target[2]
        now = state.documents[doc][name]
        return None if now == first.old else SetDocumentField(doc, name, now, first.old)
    if kind in _PUT_KEYS:
        put = _put(first)
        if put is None:
            raise InvalidEdit(msg("a codebook change without its record"))
        now_state = state.put(kind, target[1])
        if now_state == put.old:
            return None
        if kind == "entry":
            return PutEntry(target[1], put.old, now_state)
        return PutRule(target[1], put.old, now_state)
    decision = _decision(first)
    if decision is None:
        raise InvalidEdit(msg("a statistic decision without its record"))
    now = state.statistic(target[1])
    return None if now == decision.old else PutStatistic(target[1], decision.old, now)


def _merge_statuses(edits: list[Edit]) -> list[Edit]:
    """Adjacent status reverts to one value become one SetStatus (a bulk undo stays cheap)."""
    out: list[Edit] = []
    run: list[SetField] = []

    def flush() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            ids = tuple(e.figure_id for e in run)
            out.append(SetStatus(ids, run[0].new, tuple(e.old for e in run)))
        run.clear()

    for edit in edits:
        is_status = isinstance(edit, SetField) and edit.field == "status"
        if not (is_status and run and run[0].new == edit.new):
            flush()
        if is_status:
            run.append(edit)  # type: ignore[arg-type]
        else:
            out.append(edit)
    flush()
    return out
