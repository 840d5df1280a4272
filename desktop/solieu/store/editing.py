"""Writing a project: edits, undoing back to a point of the history, import, re-reading.

`WritingMixin` holds every method of `Project` that changes the file. Each
change is one transaction (`ProjectBase._transaction`), then the subscribers
are told what it touched, then a rolling backup is started if one is due — on
its own thread, so none of these waits for a copy of the file.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from solieu.store import importer
from solieu.store.apply import Applier
from solieu.store.edits import Batch, Edit
from solieu.store.errors import Overlapped, ProjectError
from solieu.store.history_undo import plan_undo
from solieu.store.records import (
    Change,
    ImportReport,
    ReextractReport,
    UndoPlan,
    UndoResult,
    utc_now,
)
from solieu.store.transactions import ProjectBase

RETRIES = 8  # a server transaction that overlapped another reviewer's is tried again


class WritingMixin(ProjectBase):
    """The writes of `Project` (see `project.py` for why it is built from parts)."""

    def apply(self, edit: Edit, who: str | None = None) -> Edit:
        """Apply an edit in one transaction, log it, and return its inverse (for undo).

        The log names `who` did it, by default `self.reviewer`.

        Raises EditConflict when an `old` value is stale, InvalidEdit for a value
        the project cannot hold, ProjectError when the disk refuses the write;
        in every case nothing was changed.
        """
        return self._apply(lambda conn: edit, who)[1]

    def undo_plan(self, log_id: int) -> UndoPlan:
        """What `undo_to(log_id)` would do now, without doing it (for a confirmation)."""
        with self._reading() as conn:
            return plan_undo(conn, log_id, self.reviewer)  # type: ignore[attr-defined]

    def undo_to(self, log_id: int, who: str | None = None) -> UndoResult:
        """Revert every still-current change from the newest back to `log_id`'s whole action.

        One Batch in one transaction, logged like any edit (so it is in the history
        too); entries no longer current are skipped and listed, never overwritten
        (see `history.py`). Returns the applied edit and its inverse for the undo
        stack: applying `inverse` puts the reverted changes back. Raises InvalidEdit
        for an unknown log id, and whatever `apply` raises.
        """
        plan = UndoPlan(Batch(()), (), ())

        def build(conn: sqlite3.Connection) -> Edit:
            nonlocal plan
            # in the transaction: nothing changes meanwhile
            plan = plan_undo(conn, log_id, who or self.reviewer)  # type: ignore[attr-defined]
            return plan.edit

        edit, inverse = self._apply(build, who)
        return UndoResult(edit, inverse, plan.reverted, plan.skipped)

    def _apply(
        self, build: Callable[[sqlite3.Connection], Edit], who: str | None
    ) -> tuple[Edit, Edit]:
        """Apply the edit `build(conn)` returns, inside the same transaction; notify; back up.

        On a server, a transaction that overlapped another reviewer's is tried again (up
        to `RETRIES` times): the retry checks the edit's `old` values anew, so a change
        of the same field in between refuses the edit (EditConflict), while an overlap
        on other rows, which serializable isolation also reports, costs only the retry."""
        for attempt in range(RETRIES + 1):
            applier = Applier(self._connection(), who or self.reviewer, utc_now())
            try:
                with self._transaction() as conn:
                    edit = build(conn)
                    inverse = applier.apply(edit)
                break
            except ProjectError as exc:
                if attempt == RETRIES or not isinstance(exc.__cause__, Overlapped):
                    raise
                time.sleep(random.uniform(0.0, 0.005 * (attempt + 1)))
        if applier.figure_ids or applier.structural or applier.codebook:
            self._notify(
                Change(
                    frozenset(applier.figure_ids),
                    frozenset(applier.document_ids),
                    applier.structural,
                    applier.codebook,
                )
            )
        self._maybe_backup()
        return edit, inverse

    # -- import and extraction -------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        jobs: int = 1,
        report: ImportReport | None = None,
    ) -> ImportReport:
        """Import article files and folders, one transaction per document.

        With `jobs` > 1 and enough files, they are read and extracted on that many
        processes (`extract.pool`) and stored here in their order.
        A document whose bytes (sha256) are already in the project is skipped;
        a file that cannot be read is reported with its reason. `progress(done,
        total, name)` is called after each file (`report`, when given, is the one
        filled, so it can be read there); `cancelled()` is polled before
        each one. Safe to call from a worker thread.
        """
        try:
            return importer.import_paths(
                self, paths, progress=progress, cancelled=cancelled, jobs=jobs, report=report
            )
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
