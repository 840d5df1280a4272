"""Edit ▸ History: the review log outlives the undo stack, and undoes back to a chosen edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.model import Status


def _statuses(project, ids):
    return [project.figure(i).status for i in ids]


def test_history_survives_a_restart_and_undoes_up_to_an_entry(
    qtbot, open_window, project_path, qtmodeltester
):
    win = open_window(project_path)
    ids = [win.figures_model.record(r).id for r in range(3)]
    for _ in range(3):
        qtbot.keyClick(win.table, Qt.Key.Key_Space)  # confirm and next, three times
    assert _statuses(win.project, ids) == [Status.CONFIRMED] * 3
    win.close()

    win = open_window(project_path)  # a new session: its undo stack is empty
    assert win.edits.stack.count() == 0
    qtbot.keyClick(win.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = win.dialogs.history
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.table.hasFocus()
    qtmodeltester.check(dialog.model)
    entries = dialog.model.entries
    assert [e.figure_id for e in entries[:3]] == ids[::-1]  # newest first
    assert all(e.current for e in entries[:3])

    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the second newest: the 2nd confirmation
    assert dialog.current_entry().figure_id == ids[1]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert _statuses(win.project, ids) == [Status.CONFIRMED, Status.PENDING, Status.PENDING]
    assert "2" in win.statusBar().currentMessage()
    # the undo is itself one step on the stack: Ctrl+Z in the window brings both back
    dialog.close()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _statuses(win.project, ids) == [Status.CONFIRMED] * 3


def test_an_entry_changed_again_cannot_be_undone(qtbot, window):
    first = window.figures_model.record(0).id
    qtbot.keyClick(window.table, Qt.Key.Key_Space)  # confirm
    window.select_figure(first)
    qtbot.keyClick(window.table, Qt.Key.Key_X)  # then reject the same figure
    window.dialogs.show_history()
    dialog = window.dialogs.history
    older = next(
        r
        for r, e in enumerate(dialog.model.entries)
        if e.figure_id == first and e.new == "confirmed"
    )
    dialog.table.selectRow(older)
    assert not dialog.model.entry(older).current
    assert not dialog.undo_button.isEnabled()
    assert "cannot be undone" in dialog.note.text()
    dialog.undo_to_current()  # refused: nothing changes
    assert window.project.figure(first).status == Status.REJECTED


def test_a_double_reviews_rows_say_what_changed(project_path, qtmodeltester):
    from solieu.store import Adjudicate, AssignReview, Project
    from solieu.ui.models.history_model import HistoryModel, change_text

    with Project.open(project_path) as project:
        doc = project.documents()[0].id
        figure = project.figures(document_id=doc)[0]
        project.apply(AssignReview(doc, "Minh"))
        project.apply(Adjudicate(figure.id, True))
        entries = project.history()
    by_action = {e.action: e for e in entries}
    assert change_text(by_action["assign"]) == "second reviewer: ∅ → Minh"
    assert change_text(by_action["adjudicate"]) == "decided by the lead"
    assert by_action["assign"].current and by_action["adjudicate"].current  # undoable
    model = HistoryModel()
    model.set_entries(entries, False)
    qtmodeltester.check(model)
