"""The edit history read from the review log, and undoing it back to a chosen entry.

The review log already holds every change, with its old and new value, and
survives restarts; so the History window needs no history of its own. A change
is *current* while no later row changed the same thing (a figure's field, a
figure's existence, a document's field or existence, a statistic) and the project still
holds its new value.

Undoing back to an entry takes the whole action it belongs to and everything
after it. Per thing changed, the newest row says what it must hold now and the
earliest row's old value is what it goes back to; a thing that no longer holds
its newest value (re-extraction, a re-read, an edit outside the log) is skipped
and reported, never overwritten. The reverts are ordered by their newest row,
newest first — the order that undoes a Batch (restore a figure before putting
back its fields; take a figure out of one statistic before giving it back to
another). All of it is one Batch, applied in one transaction by the caller.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from solieu.learn.model import RuleState
from solieu.store import double_review
from solieu.store.codebook import read_entry
from solieu.store.edits import (
    PutEntry,
    PutRule,
    PutStatistic,
    RemoveDocument,
    RestoreDocument,
    StatisticState,
    edit_from_json,
)
from solieu.store.errors import InvalidEdit
from solieu.store.records import HistoryEntry
from solieu.store.statistics import read_statistic
from solieu.store.values import DOCUMENT_FIELDS, EDITABLE_FIELDS, from_db, to_text

_CHUNK = 500  # ids per `IN (…)`, far below SQLite's variable limit
_EXISTENCE = ("add", "delete", "restore")
_PUT_KEYS = {"entry": "entry_id", "rule": "rule_id"}  # log action → its edit's id field
_DOCUMENT_EXISTENCE = (RemoveDocument.kind, RestoreDocument.kind)
_COLUMNS = (
    "id, COALESCE(action_id, id), at, who, action, figure_id, document_id, statistic_id, "
    "field, old, new, edit"
)


class _Row(NamedTuple):
    id: int
    action_id: int
    at: str
    who: str
    action: str
    figure_id: int | None
    document_id: int | None
    statistic_id: int | None
    field: str | None
    old: str | None
    new: str | None
    edit: str | None


Target = tuple[Any, ...]


def _target(row: _Row) -> Target | None:
    """What a row changed, as a key shared by every row that changed the same thing."""
    if row.action == "set" and row.figure_id is not None and row.field in EDITABLE_FIELDS:
        return ("field", row.figure_id, row.field)
    if row.action in _EXISTENCE and row.figure_id is not None:
        return ("exists", row.figure_id)
    if row.action in _DOCUMENT_EXISTENCE:
        doc = row.document_id if row.document_id is not None else _json(row).get("document_id")
        return None if doc is None else ("document_exists", doc)
    if row.action == "document" and row.field in DOCUMENT_FIELDS:
        doc = row.document_id if row.document_id is not None else _json(row).get("document_id")
        return None if doc is None else ("document", doc, row.field)
    if row.action == "statistic":
        sid = row.statistic_id if row.statistic_id is not None else _json(row).get("statistic_id")
        return None if sid is None else ("statistic", sid)
    if row.action == "second" and row.figure_id is not None and row.field is not None:
        return ("second", row.figure_id, row.field)  # the second reviewer's layer
    if row.action == "adjudicate" and row.figure_id is not None:
        return ("adjudicated", row.figure_id)
    if row.action == "assign" and row.document_id is not None:
        return ("assignment", row.document_id)
    if row.action in _PUT_KEYS:  # a codebook entry or a rule: the id is in the edit's JSON
        key = _json(row).get(_PUT_KEYS[row.action])
        return None if key is None else (row.action, key)
    return None  # a re-read, or a row this version does not know how to revert


def _json(row: _Row) -> dict[str, Any]:
    try:
        data = json.loads(row.edit) if row.edit else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _logged(row: _Row, kinds: type | tuple[type, ...]) -> Any:
    """The edit a row logged (its JSON) when it is one of `kinds`, else None."""
    try:
        edit = edit_from_json(row.edit) if row.edit else None
    except InvalidEdit:
        return None
    return edit if isinstance(edit, kinds) else None


def _decision(row: _Row) -> PutStatistic | None:
    """The statistic decision a `statistic` row logged, or None."""
    return _logged(row, PutStatistic)


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ids = sorted(set(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


class _State:
    """What the project holds now for the figures, documents and statistics of some rows."""

    def __init__(self, conn: sqlite3.Connection, rows: list[_Row]) -> None:
        self.conn = conn
        fields = ", ".join(EDITABLE_FIELDS)
        self.figures: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(r.figure_id for r in rows if r.figure_id is not None):
            marks = ",".join("?" * len(chunk))
            cur = conn.execute(
                f"SELECT id, deleted, document_id, text, {fields} FROM figures "
                f"WHERE id IN ({marks})",
                chunk,
            )
            names = [d[0] for d in cur.description]
            for r in cur:
                self.figures[r[0]] = dict(zip(names, r, strict=True))
        doc_ids = {r.document_id for r in rows if r.document_id is not None}
        doc_ids |= {f["document_id"] for f in self.figures.values()}
        doc_ids |= {
            t[1] for r in rows if (t := _target(r)) and t[0] in ("document", "document_exists")
        }
        self.documents: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(doc_ids):
            marks = ",".join("?" * len(chunk))
            cur = conn.execute(
                f"SELECT id, name, deleted, {', '.join(DOCUMENT_FIELDS)} FROM documents "
                f"WHERE id IN ({marks})",
                chunk,
            )
            names = [d[0] for d in cur.description]
            for r in cur:
                self.documents[r[0]] = dict(zip(names, r, strict=True))
        self._statistics: dict[int, StatisticState | None] = {}
        self._seconds: dict[int, dict[str, Any] | None] = {}

    def field_text(self, figure_id: int, name: str) -> tuple[bool, str | None]:
        """(the figure exists, its field as the log's text)."""
        fig = self.figures.get(figure_id)
        if fig is None:
            return False, None
        return True, to_text(from_db(name, fig[name]))

    def second_text(self, figure_id: int, name: str) -> str | None:
        """A field of the second reviewer's layer, as the log's text."""
        row = self._second(figure_id)
        return None if row is None else to_text(from_db(name, row[name]))

    def adjudicated(self, figure_id: int) -> bool | None:
        row = self._second(figure_id)
        return None if row is None else bool(row["adjudicated"])

    def _second(self, figure_id: int) -> dict[str, Any] | None:
        if figure_id not in self._seconds:
            self._seconds[figure_id] = double_review.layer(self.conn, [figure_id]).get(figure_id)
        return self._seconds[figure_id]

    def assignment(self, document_id: int) -> str | None:
        return double_review.second_of(self.conn, document_id)

    def live(self, figure_id: int) -> bool | None:
        """True/False for a figure shown/deleted, None for one no longer in the file."""
        fig = self.figures.get(figure_id)
        return None if fig is None else not fig["deleted"]

    def put(self, kind: str, key: int):
        """A codebook entry's or a rule's state now (None: it does not exist)."""
        if kind == "entry":
            return read_entry(self.conn, key)
        row = self.conn.execute("SELECT rule FROM rules WHERE id = ?", (key,)).fetchone()
        return None if row is None else RuleState.from_dict(json.loads(row[0]))

    def statistic(self, statistic_id: int) -> StatisticState | None:
        if statistic_id not in self._statistics:
            self._statistics[statistic_id] = read_statistic(self.conn, statistic_id)
        return self._statistics[statistic_id]


def _holds(state: _State, target: Target, row: _Row, live: dict[int, bool | None]) -> bool:
    """Does the project hold what `row` changed its target to?"""
    kind = target[0]
    if kind == "field":
        exists, text = state.field_text(target[1], target[2])
        return exists and text == row.new
    if kind == "exists":
        now = live.get(target[1], state.live(target[1]))
        return now is not None and now == (row.action != "delete")
    if kind == "document":
        doc = state.documents.get(target[1])
        return doc is not None and doc[target[2]] == row.new
    if kind == "document_exists":  # a removal is current while the document stays removed
        doc = state.documents.get(target[1])
        return doc is not None and bool(doc["deleted"]) == (row.action == RemoveDocument.kind)
    if kind == "second":
        return state.second_text(target[1], target[2]) == row.new
    if kind == "adjudicated":
        return state.adjudicated(target[1]) == (row.new == "1")
    if kind == "assignment":
        return state.assignment(target[1]) == row.new
    if kind in _PUT_KEYS:
        put = _put(row)
        return put is not None and state.put(kind, target[1]) == put.new
    decision = _decision(row)
    return decision is not None and state.statistic(target[1]) == decision.new


def _put(row: _Row) -> PutEntry | PutRule | None:
    """The codebook entry or rule change a row logged, or None."""
    return _logged(row, (PutEntry, PutRule))


# -- reading the history ------------------------------------------------------------------


def read_history(
    conn: sqlite3.Connection, limit: int = 500, offset: int = 0, reviewer: str | None = None
) -> list[HistoryEntry]:
    """The log's rows newest first, `limit` of them after the first `offset` shown, each
    with `current`. Not shown: a confirmation's codebook bookkeeping (the links and
    entries it made in the same action), and, to `reviewer`, what others did to the
    documents they review blind (store/double_review.py: they never see the first
    reviewer's decisions). `offset` counts shown rows, so pages follow on exactly."""
    rows = _shown_rows(conn, max(0, limit), max(0, offset), reviewer)
    if not rows:
        return []
    state = _State(conn, rows)
    latest = _latest(conn, rows)
    out = []
    for row in rows:
        target = _target(row)
        current = False
        if target is not None:
            newest = row.action_id if target[0] == "statistic" else row.id
            current = latest.get(target) == newest and _holds(state, target, row, {})
        fig = state.figures.get(row.figure_id) if row.figure_id is not None else None
        doc_id = row.document_id
        if doc_id is None and fig is not None:
            doc_id = fig["document_id"]
        if doc_id is None and target is not None and target[0] in ("document", "document_exists"):
            doc_id = target[1]
        doc = state.documents.get(doc_id) if doc_id is not None else None
        figure_text = fig["text"] if fig is not None else (row.new if row.action == "add" else None)
        statistic_id = target[1] if target is not None and target[0] == "statistic" else None
        out.append(
            HistoryEntry(
                row.id, row.action_id, row.at, row.who, row.action, row.figure_id, doc_id,
                statistic_id, row.field, row.old, row.new, doc["name"] if doc else None,
                figure_text, current,
            )
        )  # fmt: skip
    return out


def _shown_rows(
    conn: sqlite3.Connection, limit: int, offset: int, reviewer: str | None
) -> list[_Row]:
    """Rows of the log newest first, read a chunk at a time, without the hidden ones."""
    hidden = double_review.blindness(conn, reviewer)
    out: list[_Row] = []
    skip, before = offset, None
    size = max(limit, 200)
    while len(out) < limit:
        after, params = ("", (size,)) if before is None else ("WHERE id < ? ", (before, size))
        raw = [
            _Row(*r)
            for r in conn.execute(
                f"SELECT {_COLUMNS} FROM review_log {after}ORDER BY id DESC LIMIT ?", params
            )
        ]
        if not raw:
            break
        before = raw[-1].id
        confirming = _confirming(conn, raw)
        for r in raw:
            if (r.field == "entry_id" or r.action == "entry") and r.action_id in confirming:
                continue
            if hidden.hides(r.who, r.document_id, r.figure_id):
                continue
            if skip:
                skip -= 1
                continue
            out.append(r)
            if len(out) == limit:
                break
    return out


def _confirming(conn: sqlite3.Connection, rows: list[_Row]) -> set[int]:
    """The actions among `rows`' that changed a status: a confirmation, whose codebook
    links are its own bookkeeping. Its rows may lie outside `rows` (an action cut by the
    chunk): an action's rows all have ids from its action id on."""
    actions = {r.action_id for r in rows if r.field == "entry_id" or r.action == "entry"}
    if not actions:
        return set()
    found: set[int] = set()
    for chunk in _chunks(actions):
        marks = ",".join("?" * len(chunk))
        found |= {r[0] for r in conn.execute(
            "SELECT DISTINCT COALESCE(action_id, id) FROM review_log WHERE id >= ? "
            f"AND field = 'status' AND COALESCE(action_id, id) IN ({marks})",
            (min(chunk), *chunk))}  # fmt: skip
    return found


def _latest(conn: sqlite3.Connection, rows: list[_Row]) -> dict[Target, int]:
    """The newest row id (a statistic's: action id) of each target the rows change."""
    latest: dict[Target, int] = {}
    figure_ids = [r.figure_id for r in rows if r.figure_id is not None]
    for chunk in _chunks(figure_ids):
        marks = ",".join("?" * len(chunk))
        for fid, action, field, newest in conn.execute(
            "SELECT figure_id, MIN(action), field, MAX(id) FROM review_log "
            f"WHERE figure_id IN ({marks}) AND action IN ('set', 'add', 'delete', 'restore') "
            "GROUP BY figure_id, action = 'set', field",
            chunk,
        ):
            key = ("field", fid, field) if action == "set" else ("exists", fid)
            latest[key] = max(newest, latest.get(key, 0))
    targets = {t for r in rows if (t := _target(r)) is not None}
    for target in targets:
        if target[0] == "document":
            row = conn.execute(
                "SELECT MAX(id) FROM review_log WHERE document_id = ? AND action = 'document' "
                "AND field = ?",
                (target[1], target[2]),
            ).fetchone()
        elif target[0] == "document_exists":
            row = conn.execute(
                "SELECT MAX(id) FROM review_log WHERE document_id = ? AND action IN (?, ?)",
                (target[1], *_DOCUMENT_EXISTENCE),
            ).fetchone()
        elif target[0] in _PUT_KEYS:
            row = conn.execute(
                "SELECT MAX(id) FROM review_log WHERE action = ? "
                f"AND json_extract(edit, '$.{_PUT_KEYS[target[0]]}') = ?",
                (target[0], target[1]),
            ).fetchone()
        elif target[0] == "second":
            row = conn.execute(
                "SELECT MAX(id) FROM review_log WHERE figure_id = ? AND action = 'second' "
                "AND field = ?",
                (target[1], target[2]),
            ).fetchone()
        elif target[0] == "adjudicated":
            row = conn.execute(
                "SELECT MAX(id) FROM review_log WHERE figure_id = ? AND action = 'adjudicate'",
                (target[1],),
            ).fetchone()
        elif target[0] == "assignment":
            row = conn.execute(
                "SELECT MAX(id) FROM review_log WHERE document_id = ? AND action = 'assign'",
                (target[1],),
            ).fetchone()
        elif target[0] == "statistic":
            row = conn.execute(
                "SELECT MAX(COALESCE(action_id, id)) FROM review_log "
                "WHERE statistic_id = ? AND action = 'statistic'",
                (target[1],),
            ).fetchone()
        else:
            continue
        if row[0] is not None:
            latest[target] = row[0]
    return latest
