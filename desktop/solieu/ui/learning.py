"""The window's side of learning: keeps a `learn.session.Learner` up to date and shows
what it knows — the suggested entry in the measure cell, the lowered confidence and why,
the rule a repeated correction suggests, and a quiet count in the status bar.

The Learner reads what the reviewer decided once per project, on a worker thread with
its own read-only connection (a big project has tens of thousands of decisions), then
follows each committed edit on the UI thread (`update` re-reads the figures it
touched). Hints are asked for the rows the figure table has loaded, a zero timer after
the table changed, so a key never waits for them.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from solieu.learn.session import Learner
from solieu.model import Status
from solieu.store import Batch, ProjectError, SetStatus
from solieu.ui import courier, i18n
from solieu.ui.models.rules_model import rule_text
from solieu.ui.shell import Shell

log = logging.getLogger(__name__)

SCREEN_ROWS = 80  # the most rows a screen of the figure table is taken to show


class Learning(QObject):
    """What the project learned, for the window."""

    learnedChanged = Signal(str)  # noqa: N815 - the status bar's text
    proposalsChanged = Signal(object)  # noqa: N815 - list[Proposal] to offer

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)  # type: ignore[arg-type]
        self.shell = shell
        self.learner: Learner | None = None
        self._thread: threading.Thread | None = None
        self._known_corrections = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_hints)
        courier.ready()  # the worker's learner comes back through it (ui/courier.py)
        shell.bridge.changed.connect(self._changed)
        bar = shell.rule_bar
        self.proposalsChanged.connect(bar.offer)
        bar.applyRequested.connect(lambda p: self._make_rule(p, apply=True))
        bar.ruleOnlyRequested.connect(lambda p: self._make_rule(p, apply=False))
        bar.dismissed.connect(self.dismiss)
        shell.table.measure_delegate.names = self.measure_names
        shell.table.measure_delegate.continuations = self.continuations
        model = shell.figures_model
        model.modelReset.connect(self._timer.start)
        model.rowsInserted.connect(self._timer.start)
        # only the rows on screen get hints: all documents hold 100,000 of them
        shell.table.verticalScrollBar().valueChanged.connect(self._timer.start)

    # --- the project ---------------------------------------------------------------------

    def forget(self) -> None:
        """Another project: nothing learned is known until `reload` has read it."""
        self.learner = None
        self.shell.figures_model.set_hints({})

    def reload(self) -> None:
        """Read what the open project learned, in the background."""
        project = self.shell.project
        self.forget()
        if project is None or getattr(project, "closed", False):
            return

        def work() -> None:
            learner = None
            try:
                with project.open_reader() as reader:
                    learner = Learner(reader)  # reads the decided figures' texts too
            except (ProjectError, OSError):
                log.exception("reading what the project learned failed")
                learner = None
            courier.carry(self, "_on_loaded", project, learner)

        self._thread = threading.Thread(target=work, name="learning", daemon=True)
        self._thread.start()

    def _on_loaded(self, project, learner: Learner | None) -> None:
        if project is not self.shell.project or learner is None:
            return
        learner.project = project  # from now on it reads through the window's connection
        learner._text_of = lambda doc_id: project.document(doc_id).text
        self.learner = learner
        self._known_corrections = len(learner.corrections)
        self.refresh_hints()

    def shutdown(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()

    # --- following the store ------------------------------------------------------------

    def _changed(self, change) -> None:
        learner = self.learner
        if learner is None:
            return
        try:
            if change.structural:
                learner.update(change.figure_ids, codebook=True)
            else:
                learner.update(change.figure_ids, codebook=change.codebook)
        except ProjectError:
            log.exception("following an edit failed")
            return
        if change.structural and change.figure_ids and learner.rules:
            fresh = tuple(change.figure_ids)  # an import or a re-extraction brought these
            QTimer.singleShot(0, self, lambda: self.apply_rules(fresh))
        self._timer.start()
        if change.codebook:
            self.shell.rule_bar.forget_answers()
        if change.codebook or len(learner.corrections) != self._known_corrections:
            self._known_corrections = len(learner.corrections)
            self.offer_rules()

    def refresh_hints(self) -> None:
        learner = self.learner
        model = self.shell.figures_model
        if learner is None or getattr(learner.project, "closed", False):
            return
        try:
            hints = learner.hints(self._shown_records())
        except ProjectError:
            log.exception("suggestions failed")
            return
        model.set_hints(hints)
        current = hints.get(self.shell.figure_id) if self.shell.figure_id is not None else None
        if current is not None and current.suggestion is not None:
            learner.last_basis = current.suggestion.basis
        self.learnedChanged.emit(self.status_text())

    def _shown_records(self) -> list:
        """The records of the rows on screen, and a screenful either side."""
        table, model = self.shell.table, self.shell.figures_model
        rows = model.rowCount()
        if rows == 0:
            return []
        height = table.viewport().height()
        top = table.rowAt(0)
        bottom = table.rowAt(max(0, height - 1))
        top = 0 if top < 0 else top
        if bottom < top:  # below the last row, or the view is not laid out yet
            bottom = min(rows - 1, top + SCREEN_ROWS)
        span = min(max(1, bottom - top + 1), SCREEN_ROWS)
        first, last = max(0, top - span), min(rows - 1, top + 2 * span)
        records = (model.record(r) for r in range(first, last + 1))
        return [r for r in records if r is not None]

    def status_text(self) -> str:
        learner = self.learner
        if learner is None:
            return ""
        text = QCoreApplication.translate(
            "Learning", "Learned: %n entries", "", len(learner.entries)
        ) + QCoreApplication.translate("Learning", ", %n rules", "", len(learner.rule_states()))
        if learner.last_basis:
            text += " · " + i18n.tr_error(learner.last_basis)
        return text

    # --- what the keys ask for ------------------------------------------------------------

    def confirm_edit(self, records):
        """Confirm `records`, accepting their suggested entries (one key, as ever)."""
        records = [r for r in records if r.status != Status.CONFIRMED]
        if self.learner is None:
            return SetStatus(
                tuple(r.id for r in records), Status.CONFIRMED, tuple(r.status for r in records)
            )
        hints = self.shell.figures_model.hints
        return self.learner.confirm(records, {r.id: hints[r.id] for r in records if r.id in hints})

    def measure_names(self) -> list[tuple[str, str]]:
        """(a name or synonym, its entry's name) for the measure editor's completion."""
        learner = self.learner
        if learner is None:
            return []
        return [(n, e.state.name) for e in learner.entries for n in e.state.names()]

    def continuations(self):
        """The codebook's words, to continue a measure as it is typed (None: nothing
        learned yet)."""
        learner = self.learner
        return learner.continuations() if learner is not None else None

    def lowered(self, record) -> bool:
        """Does `record` resemble what the reviewer rejected (its confidence fell)?"""
        hint = self.shell.figures_model.hints.get(record.id)
        if hint is not None:
            return hint.penalty is not None
        if self.learner is None:
            return False
        try:
            return self.learner.lowered(record)
        except ProjectError:
            return False

    def like(self, record) -> list[int]:
        """The pending figures of the table that look like `record`."""
        if self.learner is None:
            return []
        return self.learner.like(record, self.shell.figures_model.loaded_records())

    # --- rules ---------------------------------------------------------------------------------

    def offer_rules(self) -> None:
        learner = self.learner
        if learner is None:
            return
        try:
            proposals = learner.proposals()
        except ProjectError:
            log.exception("rule proposals failed")
            return
        if proposals or self.shell.rule_bar.current() is not None:
            self.proposalsChanged.emit(proposals)

    def _make_rule(self, proposal, *, apply: bool) -> None:
        if self.learner is None:
            return
        try:
            edit = self.learner.adopt(proposal, apply=apply)
        except ProjectError as exc:
            self.shell.notify(i18n.tr_error(exc))
            return
        n = len(edit.edits) - 1
        if apply:
            text = QCoreApplication.translate("Learning", "Apply a rule to %n figure(s)", "", n)
        else:
            text = QCoreApplication.translate("Learning", "Add a rule")
        self.shell.edits.push(edit, text)

    def apply_rules(self, figure_ids) -> None:
        """The project's rules on figures an import or a re-extraction brought: one
        undoable step, said in the status bar."""
        learner = self.learner
        if learner is None or getattr(learner.project, "closed", False):
            return
        try:
            edits = learner.apply_rules(learner.project.figures_by_id(figure_ids))
        except ProjectError:
            return
        if not edits:
            return
        text = QCoreApplication.translate(
            "Learning", "The rules set %n field(s) of the new figures", "", len(edits)
        )
        if self.shell.edits.push(Batch(tuple(edits)), text) is not None:
            self.shell.notify(text, 8000)

    def dismiss(self, rule) -> None:
        """“No, thanks” to an offered rule: turned down in the store, for good (undoable)."""
        if self.learner is None:
            return
        edit = self.learner.decline(rule)
        text = QCoreApplication.translate("Learning", "Turn down the rule {rule}").format(
            rule=rule_text(rule)
        )
        self.shell.edits.push(edit, text)
