"""The decisions behind the Reconcile page's keys, and where the selection goes after each.

A decision is one of the core's edits (`solieu.reconcile.decisions`) pushed on the
window's edit stack, with an undo text that names its group (`reconcile_texts`). Each
says where the reviewer's place is once the recomputation that includes it is shown
(a `Target`): accepting a group or choosing its winner moves on to the group that
followed it (it slides into the decided group's row, the decided one goes below the
groups to review) with the keyboard on the groups list; a split or a move stays on the
group, at its row; a merge keeps the row. When the recomputation runs in the background
the selection moves on at once, so the next key acts on the next group.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from solieu.learn.codebook_edits import group_links
from solieu.reconcile import decisions
from solieu.store import Batch, ProjectError
from solieu.ui import reconcile_texts as texts
from solieu.ui.group_rows import GroupRow

if TYPE_CHECKING:
    from solieu.reconcile.session import Reconciliation
    from solieu.ui.shell import Shell


@dataclass(frozen=True)
class Target:
    """Where the selection goes once the recomputation that includes a decision is shown:
    the group known by `key` or sharing most of `members`, else the list position `row`."""

    row: int
    key: str | None = None
    members: tuple[int, ...] = ()
    member_row: int = -1  # the member row to keep (after a split: the member below)


class Decisions:
    """The key actions of `solieu.ui.reconciling.Reconcile`, a mixin: the page it acts on
    (`refresh`, `_find`, `_select` and the attributes below) is the controller's."""

    w: Shell
    view: Any  # ReconcileView
    rec: Reconciliation | None
    all_rows: list[GroupRow]
    picker: Any
    _changes: int
    _want: Target | None
    _want_after: int

    # --- selection helpers -------------------------------------------------------------------

    def current_group(self) -> GroupRow | None:
        return self.view.groups_model.row(self.view.current_group_row())

    def current_member(self):
        return self.view.members_model.row(self.view.current_member_row())

    def _next_target(self, row: int) -> Target:
        """The place after deciding the group at `row`: the group that followed it."""
        following = self.view.groups_model.row(row + 1)
        if following is None:
            return Target(row)
        return Target(row, following.key, following.members)

    def _linked(self, edit, group) -> Any:
        """An acceptance, with the links that put the group's unlinked members in the
        codebook entry its linked ones share (one undo step)."""
        try:
            members = self.w.project.figures_by_id(group.group.members)
        except ProjectError:
            return edit
        links = group_links(members)
        return Batch((edit, *links)) if links else edit

    def _decide(self, edit, text: str, target: Target, *, moves_on: bool = False) -> bool:
        """Push a decision; the selection goes to `target` once the page shows it."""
        self.visited = True
        self._want, self._want_after = target, self._changes + 1
        if self.w.edits.push(edit, text) is None:
            self._want = None
            return False
        if self._want is not None:  # not shown yet
            if self._changes < self._want_after:  # no store notification came: ask anyway
                self._want_after = self._changes
                self.refresh()
            if self._want is not None and moves_on:  # recomputing in the background
                found = self._find(target)  # … the next group is in the list already
                if found >= 0 and target.key is not None:
                    self._select(found)
        if moves_on:
            self.view.groups.setFocus()
        return True

    # --- actions ---------------------------------------------------------------------------

    def accept_next(self) -> None:
        """Accept the selected group and move to the next one."""
        group = self.current_group()
        if group is None or self.rec is None:
            return
        row = self.view.current_group_row()
        last = self.view.groups_model.row(row + 1) is None
        if group.status == "accepted":
            if not last:
                self.view.select_group_row(row + 1)
            self.view.groups.setFocus()
        else:
            edit = self._linked(decisions.accept(group.group, self.rec.states), group)
            self._decide(edit, texts.accept_text(group), self._next_target(row), moves_on=True)
        if last:
            self.w.notify(QCoreApplication.translate("Reconcile", "Last group of the list"))

    def choose_winner(self) -> None:
        """The selected member's value wins: the conflict is resolved, on to the next group."""
        group, member = self.current_group(), self.current_member()
        if group is None or member is None or self.rec is None:
            return
        row = self.view.current_group_row()
        if group.group.winner == member.figure_id:
            if self.view.groups_model.row(row + 1) is not None:
                self.view.select_group_row(row + 1)
            self.view.groups.setFocus()
            return
        edit = decisions.choose_winner(group.group, member.figure_id, self.rec.states)
        edit = self._linked(edit, group)
        self._decide(edit, texts.winner_text(group, member), self._next_target(row), moves_on=True)

    def choose_winner_at(self, member_row: int) -> None:
        """A digit: member `member_row` (0-based) of the selected group wins."""
        if not 0 <= member_row < self.view.members_model.rowCount():
            return
        self.view.select_member_row(member_row)
        self.choose_winner()

    def split_member(self) -> None:
        group, member = self.current_group(), self.current_member()
        if group is None or member is None or self.rec is None:
            return
        edit = decisions.split(group.group, member.figure_id, self.rec.states)
        if self._decide(edit, texts.split_text(group, member), self._staying(group, member)):
            self.w.notify(
                QCoreApplication.translate(
                    "Reconcile", "{text} ({document}) is no longer in this group"
                ).format(text=member.written or member.value, document=member.document)
            )

    def _staying(self, group: GroupRow, member) -> Target:
        """The place after taking `member` out of `group`: the group, the member below."""
        rest = tuple(m for m in group.members if m != member.figure_id)
        view = self.view
        return Target(view.current_group_row(), None, rest, view.current_member_row())

    def move_member(self) -> None:
        """Pick another group for the selected member (a filterable list)."""
        group, member = self.current_group(), self.current_member()
        if group is None or member is None or self.rec is None:
            return
        self._pick_group(
            group.key,
            member.value,
            None,
            QCoreApplication.translate("Reconcile", "There is no other group to move it to"),
            lambda key: self._move(group, member, key),
        )

    def _pick_group(self, exclude: str, what: str, title: str | None, none_left: str, on_pick):
        """Open the filterable list of the other groups; `on_pick(key)` acts on the choice."""
        from solieu.ui.dialogs.group_picker import GroupPicker

        targets = [r for r in self.all_rows if r.key != exclude]
        if not targets:
            self.w.notify(none_left)
            return
        picker = GroupPicker(targets, what, self.w)
        if title:
            picker.setWindowTitle(title)
        self.picker = picker
        picker.picked.connect(on_pick)
        picker.finished.connect(self._picker_closed)
        picker.open()

    def _picker_closed(self, _result: int = 0) -> None:
        """Give the keyboard back to the groups list, so the next key acts at once."""
        self.picker = None
        self.w.activateWindow()
        self.view.groups.setFocus()

    def _groups(self, *keys: str):
        by_key = {g.key: g for g in self.rec.groups} if self.rec is not None else {}
        rows = {r.key: r for r in self.all_rows}
        return [(by_key.get(k), rows.get(k)) for k in keys]

    def _move(self, source: GroupRow, member, target_key: str) -> None:
        (group, _), (target, target_row) = self._groups(source.key, target_key)
        if group is None or target is None or target_row is None or self.rec is None:
            return
        edit = decisions.move(member.figure_id, group, target, self.rec.states)
        self._decide(
            edit, texts.move_text(source, member, target_row), self._staying(source, member)
        )

    def merge_group(self) -> None:
        """Pick another group that reports the same statistic; this group's members join it."""
        group = self.current_group()
        if group is None or self.rec is None:
            return
        self._pick_group(
            group.key,
            group.value,
            QCoreApplication.translate("Reconcile", "Merge into another group"),
            QCoreApplication.translate("Reconcile", "There is no other group to merge with"),
            lambda key: self._merge(group, key),
        )

    def _merge(self, source_row: GroupRow, target_key: str) -> None:
        (source, _), (target, target_row) = self._groups(source_row.key, target_key)
        if source is None or target is None or target_row is None or self.rec is None:
            return
        edit = decisions.merge(target, source, self.rec.states)
        row = self.view.current_group_row()
        self._decide(edit, texts.merge_text(source_row, target_row), Target(row))

    def reopen_group(self) -> None:
        """Take back an acceptance (or a chosen winner) without undoing later work."""
        group = self.current_group()
        if group is None or self.rec is None or group.status != "accepted":
            return
        edit = decisions.reopen(group.group, self.rec.states)
        row = self.view.current_group_row()
        self._decide(edit, texts.reopen_text(group), self._next_target(row), moves_on=True)

    def keep_first_review(self) -> None:
        self.adjudicate(take_second=False)

    def take_second_review(self) -> None:
        self.adjudicate(take_second=True)

    def adjudicate(self, *, take_second: bool) -> None:
        """The lead's decision on the selected member, double-reviewed and decided apart:
        keep the first reviewer's decision, or write the second's into the figure. One
        edit; the page stays on the member (its line above the sentence goes)."""
        from solieu.store.double_review import adjudication

        group, member = self.current_group(), self.current_member()
        if group is None or member is None or self.rec is None:
            return
        review = member.review
        if review is None:
            self.w.notify(
                QCoreApplication.translate(
                    "Reconcile", "This member has no disagreement of a double review to adjudicate"
                )
            )
            return
        edit = adjudication(member.figure_id, review.first, review.second, take_second=take_second)
        text = (texts.take_second_text(member, review.second_reviewer) if take_second
                else texts.keep_first_text(member))  # fmt: skip
        view = self.view
        target = Target(view.current_group_row(), group.key, group.members,
                        view.current_member_row())  # fmt: skip
        self._decide(edit, text, target)

    def toggle_conflicts(self) -> None:
        self.view.conflicts_only.toggle()

    def toggle_unreviewed(self) -> None:
        self.view.unreviewed_only.toggle()
