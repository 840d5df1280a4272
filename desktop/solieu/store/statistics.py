"""Reconciliation decisions in the project file: statistics and their member figures.

The reconciler proposes groups from the figures each time it runs; only groups a
reviewer decided on are stored. A stored statistic fixes its members (a figure
belongs to at most one), so re-running extraction or reconciliation never
undoes a decision.

`put_statistic` runs inside the applier's transaction but knows nothing of the
applier: it is handed the log writer and a callback for the figures it touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from solieu.messages import msg
from solieu.model import Status
from solieu.store.edits import PutStatistic, StatisticState
from solieu.store.errors import EditConflict, InvalidEdit
from solieu.store.reviewlog import LogWriter


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


def put_statistic(
    conn: sqlite3.Connection,
    edit: PutStatistic,
    *,
    at: str,
    log: LogWriter,
    touch: Callable[[int, int], None],
) -> PutStatistic:
    """Apply one statistic change inside the caller's transaction; return its inverse.

    Each changed attribute is one row of `log`; `touch(figure_id, document_id)` is
    called for every member figure, before or after.
    """
    new, old = _normalise(edit.new), _normalise(edit.old)
    sid = edit.statistic_id
    current = read_statistic(conn, sid) if sid is not None else None
    if current != old:
        raise EditConflict(
            msg(
                "statistic {statistic_id} changed since this decision was made; "
                "reload and try again",
                statistic_id=sid,
            )
        )
    if new is not None:
        if len(new.members) < 1:
            raise InvalidEdit(msg("a statistic needs at least one figure"))
        if new.winner is not None and new.winner not in new.members:
            raise InvalidEdit(msg("the winning figure must be one of the statistic's figures"))
        found = {
            r[0]
            for r in conn.execute(
                f"SELECT id FROM figures WHERE id IN ({','.join('?' * len(new.members))})",
                new.members,
            )
        }
        missing = set(new.members) - found
        if missing:
            ids = ", ".join(map(str, sorted(missing)))
            raise InvalidEdit(msg("no such figure: {figure_ids}", figure_ids=ids))
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
                msg("a figure of this group already belongs to another statistic")
            ) from None
    done = PutStatistic(sid, new, old)
    for name, a, b in (
        ("members", old and list(old.members), new and list(new.members)),
        ("status", old and old.status.value, new and new.status.value),
        ("winner", old and old.winner, new and new.winner),
    ):
        if a != b:
            log.write(
                "statistic",
                field=name,
                old=_text(a),
                new=_text(b),
                edit=done.to_json(),
                statistic_id=sid,
            )
    members = set(old.members if old else ()) | set(new.members if new else ())
    if members:
        rows = conn.execute(
            f"SELECT id, document_id FROM figures WHERE id IN ({','.join('?' * len(members))})",
            tuple(members),
        ).fetchall()
        for fig, doc in rows:
            touch(fig, doc)
    return PutStatistic(sid, old, new)


def _text(value: object) -> str | None:
    """An attribute as the log's text: the member list as `[3, 4]`, ids and names as is."""
    return None if value is None else str(value)
