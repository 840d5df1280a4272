"""Reconciliation decisions in the project file: statistics and their member figures.

The reconciler proposes groups from the figures each time it runs; only groups a
reviewer decided on are stored. A stored statistic fixes its members (a figure
belongs to at most one), so re-running extraction or reconciliation never
undoes a decision.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from solieu.model import Status
from solieu.store.edits import PutStatistic, StatisticState
from solieu.store.errors import EditConflict, InvalidEdit

if TYPE_CHECKING:
    from solieu.store.apply import Applier


def read_statistic(conn: sqlite3.Connection, statistic_id: int) -> StatisticState | None:
    row = conn.execute(
        "SELECT status, winner_figure_id FROM statistics WHERE id = ?", (statistic_id,)
    ).fetchone()
    if row is None:
        return None
    members = tuple(
        r[0]
        for r in conn.execute(
            "SELECT figure_id FROM statistic_members WHERE statistic_id = ? ORDER BY figure_id",
            (statistic_id,),
        )
    )
    return StatisticState(members, Status(row[0]), row[1])


def read_statistics(conn: sqlite3.Connection) -> dict[int, StatisticState]:
    members: dict[int, list[int]] = {}
    for fig, stat in conn.execute(
        "SELECT figure_id, statistic_id FROM statistic_members ORDER BY figure_id"
    ):
        members.setdefault(stat, []).append(fig)
    return {
        sid: StatisticState(tuple(members.get(sid, ())), Status(status), winner)
        for sid, status, winner in conn.execute(
            "SELECT id, status, winner_figure_id FROM statistics ORDER BY id"
        )
    }


def _normalise(state: StatisticState | None) -> StatisticState | None:
    if state is None:
        return None
    return StatisticState(tuple(sorted(set(state.members))), Status(state.status), state.winner)


def put_statistic(applier: Applier, edit: PutStatistic) -> PutStatistic:
    """Apply one statistic change inside the caller's transaction; return its inverse."""
    conn = applier.conn
    new, old = _normalise(edit.new), _normalise(edit.old)
    sid = edit.statistic_id
    current = read_statistic(conn, sid) if sid is not None else None
    if current != old:
        raise EditConflict(
            f"statistic {sid} changed since this decision was made; reload and try again"
        )
    if new is not None:
        if len(new.members) < 1:
            raise InvalidEdit("a statistic needs at least one figure")
        if new.winner is not None and new.winner not in new.members:
            raise InvalidEdit("the winning figure must be one of the statistic's figures")
        found = {
            r[0]
            for r in conn.execute(
                f"SELECT id FROM figures WHERE id IN ({','.join('?' * len(new.members))})",
                new.members,
            )
        }
        missing = set(new.members) - found
        if missing:
            raise InvalidEdit(f"no such figure: {', '.join(map(str, sorted(missing)))}")
    at = applier.at
    if new is None:
        conn.execute("DELETE FROM statistic_members WHERE statistic_id = ?", (sid,))
        conn.execute("DELETE FROM statistics WHERE id = ?", (sid,))
    else:
        if current is None:
            cur = conn.execute(
                "INSERT INTO statistics(id, status, winner_figure_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (sid, new.status.value, new.winner, at, at),
            )
            sid = cur.lastrowid if sid is None else sid
        else:
            conn.execute(
                "UPDATE statistics SET status = ?, winner_figure_id = ?, updated_at = ? "
                "WHERE id = ?",
                (new.status.value, new.winner, at, sid),
            )
        conn.execute("DELETE FROM statistic_members WHERE statistic_id = ?", (sid,))
        try:
            conn.executemany(
                "INSERT INTO statistic_members(figure_id, statistic_id) VALUES (?, ?)",
                [(f, sid) for f in new.members],
            )
        except sqlite3.IntegrityError:
            raise EditConflict(
                "a figure of this group already belongs to another statistic"
            ) from None
    done = PutStatistic(sid, new, old)
    for name, a, b in (
        ("members", old and list(old.members), new and list(new.members)),
        ("status", old and old.status.value, new and new.status.value),
        ("winner", old and old.winner, new and new.winner),
    ):
        if a != b:
            applier._log("statistic", None, name, a, b, done.to_json())
    members = set(old.members if old else ()) | set(new.members if new else ())
    if members:
        rows = conn.execute(
            f"SELECT id, document_id FROM figures WHERE id IN ({','.join('?' * len(members))})",
            tuple(members),
        ).fetchall()
        for fig, doc in rows:
            applier._touch(fig, doc)
    return PutStatistic(sid, old, new)
