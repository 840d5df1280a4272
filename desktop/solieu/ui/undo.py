"""Undo/redo over the store's plain-data edits.

The store applies an edit in one transaction and returns its inverse; a
command only holds the pair. Applying the inverse returns the edit to redo
(for an added figure that is a restore, so its id stays stable). Consecutive
edits of the same cell merge into one command.

One history serves both pages (see ARCHITECTURE.md, "One undo history"): each
undo or redo says what it changed — the window switches to the page the edit
was made on, selects what it touched, and names it in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from solieu.store import Change, ProjectError, StaleEdit
from solieu.store.edits import Batch, PutEntry, PutRule, PutStatistic, SetField
from solieu.ui import i18n

SET_FIELD_ID = 1001


class EditCommand(QUndoCommand):
    """One applied edit: `forward` is what redo applies, `inverse` what undo applies."""

    def __init__(self, stack: EditStack, forward, inverse, text: str) -> None:
        super().__init__(text)
        self._stack = stack
        self.forward = forward
        self.inverse = inverse
        self._first = True  # the edit was applied before the push

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        result = self._stack.apply(self.forward)
        if result is not None:
            self.forward = self._stack.last_applied  # rebased, if the reviewer chose mine
            self.inverse = result
            self._stack.reveal(self.forward, self.text(), undone=False)

    def undo(self) -> None:
        result = self._stack.apply(self.inverse)
        if result is not None:
            self.forward = result
            self._stack.reveal(self.inverse, self.text(), undone=True)

    def id(self) -> int:
        return SET_FIELD_ID if isinstance(self.forward, SetField) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand):
            return False
        a, b = self.forward, other.forward
        if not (isinstance(a, SetField) and isinstance(b, SetField)):
            return False
        if (a.figure_id, a.field) != (b.figure_id, b.field):
            return False
        original = self.inverse.new
        self.forward = b
        self.inverse = SetField(b.figure_id, b.field, b.new, original)
        return True


class EditStack(QObject):
    """A QUndoStack bound to a project; every edit of the window goes through `push`."""

    failed = Signal(str)  # a reviewer-readable message
    applied = Signal()
    touched = Signal(int)  # the figure an undo/redo changed, so the window can show it
    # an undo or redo: (page the edit belongs to, the figures it touched, what to say)
    revealed = Signal(str, object, str)

    def __init__(self, project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = QUndoStack(self)
        self.last_error: str | None = None
        # asked when another reviewer changed the same field first: True applies mine
        # over theirs (`StaleEdit.rebased`), False keeps theirs; None: refuse, as any error
        self.stale_resolver = None
        self.last_applied = None  # the edit the last `apply` applied (maybe rebased)

    def set_project(self, project) -> None:
        if project is self.project and self.stack.count():
            return  # the same project in a rebuilt window: keep the history
        self.project = project
        self.stack.clear()

    def apply(self, edit):
        """Apply through the store; on failure report and return None.

        A stale edit (another reviewer saved the same field first) goes to
        `stale_resolver`: "apply mine" applies the edit rebased on their value (asked
        again if it changed yet again), "keep theirs" applies nothing and shows theirs."""
        for _ in range(5):
            try:
                inverse = self.project.apply(edit)
            except StaleEdit as exc:
                if self.stale_resolver is None:
                    return self._refused(exc)
                if not self.stale_resolver(exc):
                    self.last_error = None
                    self.project.deliver(Change(frozenset([exc.figure_id])))  # show theirs
                    return None
                edit = exc.rebased
                continue
            except ProjectError as exc:
                return self._refused(exc)
            self.last_error = None
            self.last_applied = edit
            self.applied.emit()
            return inverse
        return None

    def _refused(self, exc: ProjectError) -> None:
        self.last_error = i18n.tr_error(exc)
        self.failed.emit(self.last_error)
        return None

    def push(self, edit, text: str):
        """Apply `edit` now and make it undoable; returns its inverse, or None (and
        `failed`) if the store refused."""
        inverse = self.apply(edit)
        if inverse is None:
            return None
        self.record(self.last_applied, inverse, text)
        return inverse

    def record(self, edit, inverse, text: str) -> None:
        """Make an edit the store has applied already undoable (History's "undo up to
        here", which the store applies as one step)."""
        self.stack.push(EditCommand(self, edit, inverse, text))

    def drop_redo(self, figure_ids_gone: set[int]) -> None:
        """Forget what could be redone when it touches figures the store replaced (a
        re-read document): pushing an obsolete command drops the redo tail, nothing else."""
        stack = self.stack
        for i in range(stack.index(), stack.count()):
            command = stack.command(i)
            if isinstance(command, EditCommand) and figure_ids_gone.intersection(
                figure_ids(command.forward)
            ):
                marker = QUndoCommand()
                marker.setObsolete(True)
                stack.push(marker)
                return

    def reveal(self, edit, text: str = "", *, undone: bool = True) -> None:
        ids = figure_ids(edit)
        if undone:
            message = QCoreApplication.translate("EditStack", "Undone: {what}")
        else:
            message = QCoreApplication.translate("EditStack", "Redone: {what}")
        self.revealed.emit(page_of(edit), ids, message.format(what=text))
        if ids:
            self.touched.emit(ids[0])


def page_of(edit) -> str:
    """The page an edit was made on: group decisions on Reconcile, the rest on Review."""
    if isinstance(edit, PutStatistic):
        return "reconcile"
    if isinstance(edit, PutEntry):
        return "codebook"
    if isinstance(edit, PutRule):
        return "review"  # rules are offered and applied on the Review page
    if isinstance(edit, Batch) and edit.edits:
        if all(_codebook_part(e) for e in edit.edits):
            return "codebook"  # a merge, a split, figures moved between entries
        return page_of(edit.edits[0])
    return "review"


def _codebook_part(edit) -> bool:
    return isinstance(edit, PutEntry) or (isinstance(edit, SetField) and edit.field == "entry_id")


def figure_ids(edit) -> tuple[int, ...]:
    """The figures an edit touches (none known for an add before it is applied)."""
    if isinstance(edit, PutStatistic):
        state = edit.new or edit.old
        return tuple(state.members) if state is not None else ()
    if hasattr(edit, "figure_id"):
        return (edit.figure_id,)
    if hasattr(edit, "figure_ids"):
        return tuple(edit.figure_ids)
    if hasattr(edit, "edits"):
        return tuple(i for e in edit.edits for i in figure_ids(e))
    return ()
