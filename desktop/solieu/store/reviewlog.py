"""Writing the review log: one row per changed field, grouped by the action it belongs to.

One reviewer action (a Batch of ten status changes, an added figure, a
reconciliation decision) is one transaction and may write many rows; they
share an `action_id`, the id of the action's first row, so the history can
undo whole actions. Rows of one transaction are contiguous (BEGIN IMMEDIATE
serialises every writer), so an action is the id range starting at its id.
Every row also names the document and statistic it concerns when there is one,
so the history can describe a row after its figure is gone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

_INSERT = (
    "INSERT INTO review_log(at, who, action, figure_id, field, old, new, edit, action_id, "
    "document_id, statistic_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

# one row: (action, figure_id, field, old, new, edit, document_id, statistic_id)
Row = tuple[str, int | None, str | None, str | None, str | None, str | None, int | None, int | None]


class LogWriter:
    """Writes the rows of one action inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, who: str, at: str) -> None:
        self.conn = conn
        self.who = who
        self.at = at
        self.action_id: int | None = None  # known once the first row is written

    def _action(self) -> int:
        if self.action_id is None:
            # INTEGER PRIMARY KEY without AUTOINCREMENT takes MAX(id) + 1, and the
            # transaction holds the write lock: this is the id the first row gets.
            (next_id,) = self.conn.execute(
                "SELECT COALESCE(MAX(id), 0) + 1 FROM review_log"
            ).fetchone()
            self.action_id = int(next_id)
        return self.action_id

    def write(
        self,
        action: str,
        *,
        figure_id: int | None = None,
        field: str | None = None,
        old: str | None = None,
        new: str | None = None,
        edit: str | None = None,
        document_id: int | None = None,
        statistic_id: int | None = None,
    ) -> None:
        """One row; `old`/`new` are already the log's text (`values.to_text`)."""
        self.write_many([(action, figure_id, field, old, new, edit, document_id, statistic_id)])

    def write_many(self, rows: Iterable[Row]) -> None:
        rows = list(rows)
        if not rows:
            return
        action_id = self._action()
        self.conn.executemany(
            _INSERT,
            [
                (self.at, self.who, a, fig, fld, old, new, edit, action_id, doc, stat)
                for a, fig, fld, old, new, edit, doc, stat in rows
            ],
        )
