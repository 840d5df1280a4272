"""The Reconcile page's controller: keeping the page up to date with the store.

The reconciliation itself is the core's (`reconcile_project`), run with the rows of the
page by `solieu.ui.regrouping` — on the UI thread while it is fast, else in the
background, the UI thread only swapping the finished rows in. The groups list keeps
its order while the reviewer works (`solieu.ui.group_order`) and the selection keeps
their place across recomputations (by group key, else by members, else by row). The
decisions behind the keys are in `solieu.ui.reconcile_decisions` (this class's mixin),
the page's words in `solieu.ui.reconcile_texts`. The window is seen only as a `Shell`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal

from solieu.reconcile.session import Reconciliation
from solieu.store import ProjectError
from solieu.ui import i18n
from solieu.ui import reconcile_texts as texts
from solieu.ui.group_order import Order
from solieu.ui.group_rows import (
    GroupRow,
    SentenceCache,
    keep_rows,
    member_rows,
    tally,
    value_vi,
)
from solieu.ui.group_rows import with_unit as _with_unit
from solieu.ui.models.duplicates_model import DuplicateRow
from solieu.ui.reconcile_decisions import Decisions, Target
from solieu.ui.reconcile_texts import check_sentence  # noqa: F401 - the page's words, re-exported
from solieu.ui.regrouping import Regrouped, Regrouper, Release
from solieu.ui.shell import Shell

FIRST_RUN_DELAY_MS = 1500  # let the window settle before the first full reconciliation


class Reconcile(Decisions, QObject):
    """One per window: `window.reconcile`; the menus call its decisions, the window its
    `set_active`, `reveal` and `shutdown`."""

    duplicatesChanged = Signal()  # noqa: N815 - `duplicate_rows` was recomputed

    def __init__(self, window: Shell) -> None:
        super().__init__(window)  # type: ignore[arg-type] - the window is a QObject
        self.w = window
        self.view = window.reconcile_view
        self.rec: Reconciliation | None = None
        # the near-duplicate pairs with names, best first; None until the documents are compared
        self.duplicate_rows: list[DuplicateRow] | None = None
        self.all_rows: list[GroupRow] = []  # every shown group, in the list's order
        self.rows: list[GroupRow] = []  # those the filters let through
        self.order: Order | None = None
        self.sentences = SentenceCache(lambda doc_id: self.w.project.document(doc_id).text)
        self.active = False
        self.dirty = True
        self.picker = None
        self._changes = 0  # store changes seen; a recomputation says how many it includes
        self._shown = 0  # … and the one on the page includes this many
        self.visited = False  # the reviewer has chosen a group on the page (keep their place)
        self._want: Target | None = None  # the place a decision asked for
        self._want_after = 0  # … once the page includes this many changes
        self._programmatic = False  # the selection is being moved by this controller
        self._old: list = []  # what a recomputation replaced, to be freed bit by bit
        self._index: dict[str, int] = {}  # key → row of `all_rows` (from the worker)
        self._all_counts: tuple[int, int, int] = (0, 0, 0)  # of `all_rows` (from the worker)
        self._counts: tuple[int, int, int] = (0, 0, 0)  # of `rows`
        self.release = Release(self)

        self.regrouper = Regrouper(self, lambda: self.w.project, lambda: self.order)
        self.regrouper.ready.connect(self._apply)
        self.regrouper.failed.connect(self._failed)
        self.regrouper.busyChanged.connect(lambda _busy: self._update_count())
        v = self.view
        v.groups.selectionModel().currentRowChanged.connect(self._on_group)
        v.conflicts_only.toggled.connect(lambda _=False: self._rebuild())
        v.unreviewed_only.toggled.connect(lambda _=False: self._rebuild())
        v.memberKeyPressed.connect(self.choose_winner_at)
        window.bridge.changed.connect(self._on_store_change)
        window.projectChanged.connect(self._on_project)

    @property
    def _task(self):
        """The running (or queued) background recomputation, or None when the page is current."""
        return self.regrouper.running or (True if self.regrouper.busy() else None)

    # --- keeping up to date ------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """Shown again after changes made elsewhere: recompute, in the reconciler's order
        (conflicts first) — the list stays put only while the reviewer works on it."""
        self.active = active
        if active and self.dirty:
            self.order = None
            if not self.visited:  # never worked on yet: open at the top (conflicts first)
                with self._moving():
                    self.view.groups.selectionModel().clearCurrentIndex()
            self.refresh(duplicates=self.rec is None)
        if active:
            self.view.groups.setFocus()

    def _on_project(self) -> None:
        self.regrouper.forget()
        self.sentences.clear()
        self.rec, self.order, self.all_rows, self.rows = None, None, [], []
        self._index, self._all_counts, self._counts = {}, (0, 0, 0), (0, 0, 0)
        self._want = None
        self.visited = False
        self.duplicate_rows = None
        self.duplicatesChanged.emit()
        with self._moving():
            self.view.groups_model.set_rows([])
        self._clear_page()
        # the first run reads every document (near-duplicates): never on the UI thread,
        # and not while the window is painting its first screens; the badges follow
        self.dirty = True
        project = self.w.project
        QTimer.singleShot(FIRST_RUN_DELAY_MS, self, lambda: self._first_run(project))

    def _first_run(self, project) -> None:
        live = project is self.w.project and project is not None and not project.closed
        if live and self.rec is None and not self.regrouper.busy():
            self.refresh(duplicates=True)

    def _on_store_change(self, change) -> None:
        self._changes += 1
        if change.structural:
            self.sentences.clear()
            self.refresh(duplicates=True)
        elif self.active:
            self.refresh()
        else:
            self.dirty = True

    def refresh(self, duplicates: bool = False) -> None:
        """Recompute the reconciliation; the page and the badges follow."""
        self.regrouper.request(duplicates=duplicates, generation=self._changes)

    def _failed(self, message: str) -> None:
        if self.w.project is not None and not self.w.project.closed:
            self.w.notify(message, 8000)

    def shutdown(self) -> None:
        """Stop a background recomputation before the project closes."""
        self.regrouper.shutdown()

    def _apply(self, result: Regrouped) -> None:
        """Swap a finished recomputation in: plain rows built off the UI thread, one reset."""
        if result.duplicate_rows is not None:
            self.duplicate_rows = result.duplicate_rows
            self.w.documents_model.set_duplicates(result.badges or {})
            self.duplicatesChanged.emit()
        elif self.rec is not None and not result.rec.duplicates:
            result.rec.duplicates = self.rec.duplicates
        self._old = [self.rec, self.all_rows, self.rows, self.order]
        self.rec, self.all_rows, self.order = result.rec, result.rows, result.order
        self._index, self._all_counts = result.index, result.counts
        self._shown = max(self._shown, result.generation)
        self.dirty = False
        try:
            self._rebuild()
        except ProjectError as exc:  # the server went away: shown again once it is back
            self.dirty = True
            self._failed(i18n.tr_error(exc))
        old, self._old = self._old, []
        self.release.later(*old)

    # --- the page --------------------------------------------------------------------------

    @contextmanager
    def _moving(self) -> Iterator[None]:
        """The controller moves the selection: not the reviewer's move."""
        was, self._programmatic = self._programmatic, True
        try:
            yield
        finally:
            self._programmatic = was

    def _rebuild(self) -> None:
        v = self.view
        if self.rec is None:
            return
        row = v.current_group_row()
        current = v.groups_model.row(row)
        member = v.members_model.row(v.current_member_row())
        figure = member.figure_id if member else None
        want = self._want if self._want is not None and self._shown >= self._want_after else None
        if want is not None:
            self._want = None
        self.rows = keep_rows(
            self.all_rows,
            conflicts_only=v.conflicts_only.isChecked(),
            unreviewed_only=v.unreviewed_only.isChecked(),
        )
        whole = self.rows is self.all_rows
        with self._moving():
            self._old.append(v.groups_model.set_rows(self.rows, self._index if whole else None))
        v.groups_model.set_adjudicate(self._to_adjudicate())
        self._counts = self._all_counts if whole else tally(self.rows)
        if want is not None:
            target, figure = self._find(want), None
        else:
            target = self._find(Target(row, current.key, current.members) if current else None)
        self._update_count()
        if target >= 0:
            self._select(target, figure, want.member_row if want is not None else -1)
        else:
            self._clear_page()

    def _find(self, target: Target | None) -> int:
        """The row of `target` in the list as it is now (-1 when the list is empty)."""
        model = self.view.groups_model
        if target is None:
            return 0 if self.rows else -1
        found = model.row_of(target.key) if target.key else -1
        if found < 0 and target.members and self.order is not None:
            shared = Counter(self.order.key_of.get(m) for m in target.members)
            for key, _n in shared.most_common():
                found = model.row_of(key) if key is not None else -1
                if found >= 0:
                    break
        if found < 0 and self.rows:
            found = min(max(target.row, 0), len(self.rows) - 1)
        return found

    def _select(self, row: int, keep_figure: int | None = None, member_row: int = -1) -> None:
        with self._moving():
            self.view.select_group_row(row)
        self._show_group(row, keep_figure, member_row)

    def _clear_page(self) -> None:
        """No group to show: empty members and details (the groups list is as it is)."""
        self.view.members_model.set_rows([])
        self.view.clear_details()
        self._update_count()

    def _update_count(self) -> None:
        busy = self.regrouper.busy()
        if self.rec is not None:
            text = texts.count_text(self._counts, busy)
        else:
            text = texts.tr("regrouping…") if busy else ""
        self.view.count_label.setText(text)

    def _on_group(self, current, _previous=None) -> None:
        if self._programmatic or not current.isValid():
            return
        self._want = None  # the reviewer moved on: a pending decision's place no longer applies
        self.visited = True  # the reviewer's own place from now on
        self._show_group(current.row())

    def _show_group(self, row: int, keep_figure: int | None = None, member_row: int = -1) -> None:
        v = self.view
        group_row = v.groups_model.row(row)
        if group_row is None or self.rec is None:
            return
        if keep_figure is None and member_row < 0:
            member = v.members_model.row(v.current_member_row())
            keep_figure = member.figure_id if member else None
        rows = member_rows(self.rec, group_row.group, self.sentences,
                           self._disagreements(group_row.members))  # fmt: skip
        v.members_model.set_rows(rows)
        m = v.members_model.row_of(keep_figure) if keep_figure in group_row.members else -1
        if m < 0:
            m = min(max(member_row, 0), len(rows) - 1)
        v.select_member_row(m)
        self._show_details(group_row)

    def _to_adjudicate(self) -> frozenset[str]:
        """The keys of the shown groups holding a member to adjudicate (double review)."""
        try:
            pending = self.w.project.to_adjudicate()
        except ProjectError:  # a server gone away: the connection watch says so
            return frozenset()
        if not pending:
            return frozenset()
        return frozenset(r.key for r in self.rows if not pending.isdisjoint(r.members))

    def _disagreements(self, members: tuple[int, ...]) -> dict:
        """The members the lead has to adjudicate (double review), one small read."""
        try:
            return self.w.project.open_disagreements(members)
        except ProjectError:  # a server gone away: the connection watch says so
            return {}

    def _show_details(self, row: GroupRow) -> None:
        rec, g = self.rec, row.group
        if rec is None:
            return
        winner = rec.figures.get(g.winner) if g.winner is not None else None
        won = f"{_with_unit(value_vi(winner), winner.unit)} ({winner.document})" if winner else None
        self.view.title.setText(texts.title_html(row))
        self.view.details.setHtml(texts.details_html(row, won, rec.warnings_for(g)))

    def reveal(self, figure_ids: tuple[int, ...]) -> None:
        """After an undo or redo of a decision: select the group holding what it touched."""
        if not figure_ids or self.rec is None:
            return
        target = Target(self.view.current_group_row(), None, tuple(figure_ids))
        if self._shown < self._changes:  # not shown yet (in the background): when it is
            self._want, self._want_after = target, self._changes
        row = self._find(target)
        if row >= 0:
            self._select(row)
        self.view.groups.setFocus()
