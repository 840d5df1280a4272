"""The Reconcile actions behind the keys, and keeping the Reconcile page up to date.

The reconciliation itself is the core's (`reconcile_project`); decisions are the
core's edits (`solieu.reconcile.decisions`) pushed on the window's edit stack,
so undo/redo are shared with the review. After each store change the
reconciliation is recomputed (in the background once it takes more than
~100 ms) and the page keeps the reviewer's place by group key, or by members.
"""

from __future__ import annotations

import time
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from solieu.extract.numbers import format_vi
from solieu.reconcile import decisions
from solieu.reconcile.session import Reconciliation, reconcile_project
from solieu.store import ProjectError
from solieu.ui.group_rows import GroupRow, SentenceCache, group_rows, member_rows
from solieu.ui.models.duplicates_model import DuplicateRow
from solieu.ui.models.groups_model import group_status_label

if TYPE_CHECKING:
    from solieu.ui.main_window import MainWindow

FIRST_RUN_DELAY_MS = 1500  # let the window settle before the first full reconciliation
SLOW_S = 0.1  # a recomputation slower than this moves to a background thread
DUPLICATE_MIN = 0.2  # containment from which a document pair gets the ≈ badge


def check_sentence(c) -> str:
    """A consistency check in the window's language, values the Vietnamese way."""
    if not c.values:
        return c.message
    v = [format_vi(x) for x in c.values]
    expected = format_vi(c.expected) if c.expected is not None else ""
    unit = c.unit
    if c.kind == "change":
        shown = f"{v[0]}%" if unit == "%" else f"{v[0]} {unit}".strip()
        implied = f"{expected}%" if unit == "%" else f"{expected} {unit}".strip()
        if c.ok:
            text = QCoreApplication.translate(
                "Reconcile", "✓ The change {change} fits {before} → {after} ({implied})"
            )
        else:
            text = QCoreApplication.translate(
                "Reconcile", "⚠ The change {change} does not fit {before} → {after} ({implied})"
            )
        return text.format(change=shown, before=v[1], after=v[2], implied=implied)
    parts = " + ".join(v[1:])
    text = (
        QCoreApplication.translate("Reconcile", "✓ Consistent total: {parts} = {total} {unit}")
        if c.ok
        else QCoreApplication.translate(
            "Reconcile", "⚠ Inconsistent total: {total} ≠ {parts} = {sum} {unit}"
        )
    )
    return text.format(parts=parts, total=v[0], sum=expected, unit=unit).strip()


def _key_label(key: str) -> str:
    labels = {
        "value": QCoreApplication.translate("Reconcile", "value"),
        "measure": QCoreApplication.translate("Reconcile", "measure"),
        "unit_class": QCoreApplication.translate("Reconcile", "kind of unit"),
        "unit": QCoreApplication.translate("Reconcile", "counted noun"),
        "place": QCoreApplication.translate("Reconcile", "place"),
        "period": QCoreApplication.translate("Reconcile", "period"),
    }
    return labels.get(key, key)


class Reconcile(QObject):
    duplicatesChanged = Signal()  # noqa: N815 - `duplicate_rows` was recomputed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.view = window.reconcile_view
        self.rec: Reconciliation | None = None
        # the near-duplicate pairs with names, best first; None until the documents are compared
        self.duplicate_rows: list[DuplicateRow] | None = None
        self.rows: list[GroupRow] = []
        self.sentences = SentenceCache(lambda doc_id: self.w.project.document(doc_id).text)
        self.active = False
        self.dirty = True
        self.picker = None
        self._slow = False
        self._last_run = 0.0
        self._task = None
        self._queued: bool | None = None  # a refresh asked for while one runs (duplicates?)
        self._want: str | None = None  # the group key to select after the next rebuild
        self._place: tuple[str | None, tuple[int, ...], int, int | None] = (None, (), -1, None)

        v = self.view
        v.groups.selectionModel().currentRowChanged.connect(self._on_group)
        v.conflicts_only.toggled.connect(lambda _=False: self._rebuild())
        v.unreviewed_only.toggled.connect(lambda _=False: self._rebuild())
        window.bridge.changed.connect(self._on_store_change)
        window.projectChanged.connect(self._on_project)

    # --- keeping up to date ------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self.dirty:
            self.refresh(duplicates=self.rec is None)
        if active:
            self.view.groups.setFocus()

    def _on_project(self) -> None:
        self.sentences.clear()
        self.rec = None
        self.duplicate_rows = None
        self.duplicatesChanged.emit()
        # the first run reads every document (near-duplicates): never on the UI thread,
        # and not while the window is painting its first screens; the badges follow
        self._slow = True
        self.dirty = True
        project = self.w.project
        QTimer.singleShot(FIRST_RUN_DELAY_MS, self, lambda: self._first_run(project))

    def _first_run(self, project) -> None:
        live = project is self.w.project and project is not None and not project.closed
        if live and self.rec is None and self._task is None:
            self.refresh(duplicates=True)

    def _on_store_change(self, change) -> None:
        if change.structural:
            self.sentences.clear()
            self.refresh(duplicates=True)
        elif self.active:
            self.refresh()
        else:
            self.dirty = True

    def refresh(self, duplicates: bool = False) -> None:
        """Recompute the reconciliation; the page and the badges follow."""
        if self._task is not None:
            self._queued = bool(self._queued) or duplicates
            return
        project = self.w.project

        def work(_progress=None, _cancelled=None):
            started = time.perf_counter()
            rec = reconcile_project(project, with_duplicates=duplicates)
            self._last_run = time.perf_counter() - started
            return rec

        if not self._slow:
            started = time.perf_counter()
            try:
                rec = work()
            except ProjectError as exc:
                self.w.show_problem(str(exc))
                return
            self._slow = time.perf_counter() - started > SLOW_S
            self._apply(rec, duplicates)
            return
        from solieu.ui.workers import Task

        task = Task(
            self.w, work, QCoreApplication.translate("Reconcile", "Grouping the statistics")
        )
        task.finished.connect(lambda rec: self._done(rec, duplicates, project))
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _done(self, rec: Reconciliation, duplicates: bool, project) -> None:
        self._task = None
        self._slow = self._last_run > SLOW_S  # small projects go back to instant updates
        if project is not self.w.project or project.closed:
            return  # the window moved on (another project, or closing) while this ran
        try:
            self._apply(rec, duplicates)
        except ProjectError:
            return
        self._run_queued()

    def _failed(self, message: str) -> None:
        self._task = None
        if self.w.project is None or self.w.project.closed:
            return
        self.w.notify(
            QCoreApplication.translate("Reconcile", "Grouping failed: {message}").format(
                message=message
            ),
            8000,
        )
        self._run_queued()

    def _run_queued(self) -> None:
        if self._queued is not None:
            duplicates, self._queued = self._queued, None
            self.refresh(duplicates)

    def shutdown(self) -> None:
        """Stop a background recomputation before the project closes."""
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
            self._task = None

    def _apply(self, rec: Reconciliation, duplicates: bool) -> None:
        if duplicates or self.rec is None:
            self._set_duplicates(rec)
        elif not rec.duplicates:
            rec.duplicates = self.rec.duplicates
        self.rec = rec
        self.dirty = False
        self._rebuild()

    def _set_duplicates(self, rec: Reconciliation) -> None:
        docs = {d.id: d for d in self.w.project.documents()}
        names = {i: d.name for i, d in docs.items()}
        self.duplicate_rows = [
            DuplicateRow(
                a=pair.a,
                a_name=names.get(pair.a, str(pair.a)),
                b=pair.b,
                b_name=names.get(pair.b, str(pair.b)),
                score=pair.score,
                containment=pair.containment,
                a_title=docs[pair.a].title if pair.a in docs else None,
                b_title=docs[pair.b].title if pair.b in docs else None,
            )
            for pair in rec.duplicates
        ]
        badges: dict[int, list[str]] = {}
        for pair in rec.duplicates:
            if pair.containment < DUPLICATE_MIN:
                continue
            for a, b in ((pair.a, pair.b), (pair.b, pair.a)):
                badges.setdefault(a, []).append(
                    QCoreApplication.translate(
                        "Reconcile",
                        "≈ near-duplicate of {name}: {shared}% shared, similarity {score}%",
                    ).format(
                        name=names.get(b, str(b)),
                        shared=round(pair.containment * 100),
                        score=round(pair.score * 100),
                    )
                )
        self.w.documents_model.set_duplicates({k: "\n".join(v) for k, v in badges.items()})
        self.duplicatesChanged.emit()

    # --- the page --------------------------------------------------------------------------

    def _remember(self) -> None:
        v = self.view
        row = v.current_group_row()
        current = self.view.groups_model.row(row)
        member = v.members_model.row(v.current_member_row())
        self._place = (
            current.key if current else None,
            current.members if current else (),
            row,
            member.figure_id if member else None,
        )

    def _rebuild(self) -> None:
        v = self.view
        if self.rec is None:
            return
        self._remember()
        key, members, row, figure = self._place
        want, self._want = self._want, None
        self.rows = group_rows(
            self.rec,
            conflicts_only=v.conflicts_only.isChecked(),
            unreviewed_only=v.unreviewed_only.isChecked(),
        )
        model = v.groups_model
        v.groups.selectionModel().blockSignals(True)
        model.set_rows(self.rows)
        v.groups.selectionModel().blockSignals(False)
        target = model.row_of(want) if want else -1
        if target < 0:
            target = model.row_of(key)
        if target < 0 and members:
            overlap = [len(set(r.members) & set(members)) for r in self.rows]
            if overlap and max(overlap) > 0:
                target = overlap.index(max(overlap))
        if target < 0 and self.rows:
            target = min(max(row, 0), len(self.rows) - 1)
        self._update_count()
        if target >= 0:
            v.select_group_row(target)  # currentRowChanged fills the members
            self._show_group(target, keep_figure=figure)
        else:
            v.members_model.set_rows([])
            v.clear_details()

    def _update_count(self) -> None:
        rec = self.rec
        total = len(self.rows)
        conflicts = sum(1 for r in self.rows if r.conflict)
        open_ = sum(1 for r in self.rows if r.unreviewed)
        self.view.count_label.setText(
            QCoreApplication.translate(
                "Reconcile", "{n} groups · {c} conflicts · {o} to review"
            ).format(n=total, c=conflicts, o=open_)
            if rec is not None
            else ""
        )

    def _on_group(self, current, _previous=None) -> None:
        if current.isValid():
            self._show_group(current.row())

    def _show_group(self, row: int, keep_figure: int | None = None) -> None:
        v = self.view
        group_row = v.groups_model.row(row)
        if group_row is None or self.rec is None:
            return
        if keep_figure is None:
            member = v.members_model.row(v.current_member_row())
            keep_figure = member.figure_id if member else None
        rows = member_rows(self.rec, group_row.group, self.sentences)
        if [r.figure_id for r in rows] != [r.figure_id for r in v.members_model.rows()]:
            keep = keep_figure if keep_figure in group_row.members else None
        else:
            keep = keep_figure
        v.members_model.set_rows(rows)
        m = v.members_model.row_of(keep)
        v.select_member_row(m if m >= 0 else 0)
        self._show_details(group_row)

    def _show_details(self, row: GroupRow) -> None:
        v, rec, g = self.view, self.rec, row.group
        context = " · ".join(escape(p) for p in (row.measure, row.place, row.period) if p)
        v.title.setText(
            f"<b>{escape(row.value)} {escape(row.unit)}</b>"
            + (f" — {context}" if context else "")
            + " — "
            + escape(
                QCoreApplication.translate("Reconcile", "{n} documents, {status}").format(
                    n=row.documents, status=group_status_label(row.status)
                )
            )
        )
        reason = g.reason or {}
        parts = []
        if reason.get("decided"):
            parts.append(
                escape(
                    QCoreApplication.translate(
                        "Reconcile", "Decided by the reviewer: these mentions report one statistic."
                    )
                )
            )
        if g.conflict:
            parts.append(
                "<span style='color:#cf222e'><b>"
                + escape(QCoreApplication.translate("Reconcile", "Conflict:"))
                + "</b> "
                + escape(
                    QCoreApplication.translate(
                        "Reconcile",
                        "the same measure, place and period, but the values differ beyond "
                        "rounding. Select the right member and press W.",
                    )
                )
                + "</span>"
            )
        matched = [_key_label(k) for k in reason.get("matched", [])]
        if matched and not reason.get("decided"):
            parts.append(
                escape(
                    QCoreApplication.translate(
                        "Reconcile", "Grouped because the mentions agree on: {keys}."
                    )
                ).format(keys=escape(", ".join(matched)))
            )
        score = reason.get("measure_score")
        if score is not None:
            parts.append(
                escape(
                    QCoreApplication.translate("Reconcile", "Measures alike: {score}%.").format(
                        score=round(float(score) * 100)
                    )
                )
            )
        if g.winner is not None:
            winner = rec.figures.get(g.winner)
            if winner is not None:
                parts.append(
                    escape(
                        QCoreApplication.translate(
                            "Reconcile", "Winning value: {text} ({document})."
                        )
                    ).format(
                        text=escape(" ".join(winner.text.split())),
                        document=escape(winner.document),
                    )
                )
        lines = [f"<p style='margin:0 0 4px 0'>{p}</p>" for p in parts]
        checks = rec.warnings_for(g)
        if checks:
            lines.append(
                "<p style='margin:6px 0 2px 0'><b>"
                + escape(QCoreApplication.translate("Reconcile", "Checks"))
                + "</b></p>"
            )
        for c in checks:
            style = "color:#1a7f37" if c.ok else "color:#cf222e;font-weight:bold"
            lines.append(f"<p style='margin:0;{style}'>{escape(check_sentence(c))}</p>")
        v.details.setHtml("".join(lines))

    # --- selection helpers -------------------------------------------------------------------

    def current_group(self) -> GroupRow | None:
        return self.view.groups_model.row(self.view.current_group_row())

    def current_member(self):
        return self.view.members_model.row(self.view.current_member_row())

    def _push(self, edit, text: str) -> bool:
        return self.w.edits.push(edit, text) is not None

    # --- actions ---------------------------------------------------------------------------

    def accept_next(self) -> None:
        """Accept the selected group and move to the next one."""
        group = self.current_group()
        if group is None or self.rec is None:
            return
        row = self.view.current_group_row()
        following = self.view.groups_model.row(row + 1)
        if group.status == "accepted":
            if following is not None:
                self.view.select_group_row(row + 1)
            return
        self._want = following.key if following is not None else None
        if not self._push(
            decisions.accept(group.group, self.rec.states),
            QCoreApplication.translate("Reconcile", "Accept group"),
        ):
            self._want = None
            return
        if self._want is not None:  # no store notification came (nothing rebuilt yet)
            self.refresh()
        if following is None:
            self.w.notify(QCoreApplication.translate("Reconcile", "Last group of the list"))

    def split_member(self) -> None:
        group, member = self.current_group(), self.current_member()
        if group is None or member is None or self.rec is None:
            return
        edit = decisions.split(group.group, member.figure_id, self.rec.states)
        if self._push(edit, QCoreApplication.translate("Reconcile", "Split a mention out")):
            self.w.notify(
                QCoreApplication.translate(
                    "Reconcile", "{text} ({document}) is no longer in this group"
                ).format(text=" ".join(member.value.split()), document=member.document)
            )

    def choose_winner(self) -> None:
        group, member = self.current_group(), self.current_member()
        if group is None or member is None or self.rec is None:
            return
        if group.group.winner == member.figure_id:
            return
        edit = decisions.choose_winner(group.group, member.figure_id, self.rec.states)
        self._push(edit, QCoreApplication.translate("Reconcile", "Choose the winning value"))

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
            lambda key: self._move(member.figure_id, group.key, key),
        )

    def _pick_group(self, exclude: str, what: str, title: str | None, none_left: str, on_pick):
        """Open the filterable list of the other groups; `on_pick(key)` acts on the choice."""
        from solieu.ui.dialogs.group_picker import GroupPicker

        targets = [r for r in group_rows(self.rec) if r.key != exclude]
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

    def _move(self, figure_id: int, source_key: str, target_key: str) -> None:
        if self.rec is None:
            return
        by_key = {g.key: g for g in self.rec.groups}
        source, target = by_key.get(source_key), by_key.get(target_key)
        if source is None or target is None:
            return
        edit = decisions.move(figure_id, source, target, self.rec.states)
        self._push(edit, QCoreApplication.translate("Reconcile", "Move a mention to another group"))

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
            lambda key: self._merge(group.key, key),
        )

    def _merge(self, source_key: str, target_key: str) -> None:
        if self.rec is None:
            return
        by_key = {g.key: g for g in self.rec.groups}
        source, target = by_key.get(source_key), by_key.get(target_key)
        if source is None or target is None:
            return
        edit = decisions.merge(target, source, self.rec.states)
        self._push(edit, QCoreApplication.translate("Reconcile", "Merge two groups"))

    def reopen_group(self) -> None:
        """Take back an acceptance (or a chosen winner) without undoing later work."""
        group = self.current_group()
        if group is None or self.rec is None or group.status != "accepted":
            return
        edit = decisions.reopen(group.group, self.rec.states)
        self._push(edit, QCoreApplication.translate("Reconcile", "Reopen group"))

    def toggle_conflicts(self) -> None:
        self.view.conflicts_only.toggle()

    def toggle_unreviewed(self) -> None:
        self.view.unreviewed_only.toggle()
