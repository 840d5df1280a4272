"""A stale edit: someone else changed the same field first, and what the reviewer may do.

Every edit carries the `old` value its author saw. When the stored value is another
one (a second reviewer on the same server project saved first), the edit is refused,
never written over theirs. The refusal carries what the reviewer needs to choose:

- both values (`theirs`, `mine`) and who saved theirs, and when (from the review log);
- `rebased`: the same edit expecting their value, which "apply mine" applies (an edit
  like any other: one transaction, logged, undoable, and refused in its turn if the
  field changed yet again meanwhile).

"Keep theirs" applies nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from solieu.store.edits import Batch, Edit
from solieu.store.errors import EditConflict


class StaleEdit(EditConflict):
    """An edit's `old` value of one figure's field is no longer the stored one."""

    def __init__(
        self,
        message: str,
        *,
        figure_id: int,
        field: str,
        theirs: str,
        mine: str,
        rebased: Edit,
        who: str = "",
        at: str = "",
    ) -> None:
        super().__init__(message)
        self.figure_id = figure_id
        self.field = field
        self.theirs = theirs  # the stored value, as text
        self.mine = mine  # the value the refused edit wanted, as text
        self.rebased = rebased  # the refused edit, expecting `theirs`
        self.who = who  # who saved `theirs`, when the log says ("" otherwise)
        self.at = at

    def within(self, batch: Batch, index: int) -> StaleEdit:
        """The same refusal for `batch`, whose edit at `index` was the stale one: its
        `rebased` is the whole batch with that edit rebased."""
        edits = list(batch.edits)
        edits[index] = self.rebased
        out = StaleEdit(
            self.args[0],  # the message as raised (a `messages.Message`: translatable)
            figure_id=self.figure_id,
            field=self.field,
            theirs=self.theirs,
            mine=self.mine,
            rebased=replace(batch, edits=tuple(edits)),
            who=self.who,
            at=self.at,
        )
        return out


def last_change(conn: sqlite3.Connection, figure_id: int, field: str) -> tuple[str, str]:
    """(who, at) of the newest logged change of a figure's field, or ("", "")."""
    row = conn.execute(
        "SELECT who, at FROM review_log WHERE figure_id = ? AND field = ? ORDER BY id DESC LIMIT 1",
        (figure_id, field),
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")
