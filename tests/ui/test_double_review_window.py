"""Double review in the window (ui/controllers/double_review.py, dialogs/agreement.py):
naming the second reviewer, who decides blind with the usual keys, and the lead's
agreement table and adjudication, each an undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog

from solieu.model import Status
from solieu.store import SetStatus


def _assign(window, monkeypatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    window.actions_by_name["double_review"].trigger()


def _be(window, monkeypatch, name: str) -> None:
    """The same window as another reviewer: Edit ▸ Reviewer name… (every page reads
    again, since what a reviewer sees depends on who they are)."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    window.actions_by_name["reviewer_name"].trigger()
    assert window.project.reviewer == name


def test_assigning_is_an_undoable_edit(qtbot, window, monkeypatch):
    doc = window.doc_id
    _assign(window, monkeypatch, "Minh")
    assert window.project.assignments() == {doc: "Minh"}
    assert "Minh reviews this document blind" in window.statusBar().currentMessage()
    window.edits.stack.undo()
    assert window.project.assignments() == {}


def test_the_second_reviewer_confirms_with_the_usual_key_in_their_own_layer(
    qtbot, window, monkeypatch
):
    _be(window, monkeypatch, "Lan")
    first = window.figures_model.record(0)
    window.edits.push(SetStatus((first.id,), Status.REJECTED, (first.status,)), "reject")
    _assign(window, monkeypatch, "Minh")
    _be(window, monkeypatch, "Minh")
    window.select_row(0)
    assert window.figures_model.record(0).status == Status.PENDING  # blind: Lan's is hidden
    window.review.confirm_next()
    assert window.project.figure(first.id).status == Status.CONFIRMED  # in Minh's layer
    _be(window, monkeypatch, "Lan")
    assert window.figures_model.record(0).status == Status.REJECTED  # Lan's, untouched
    model = window.documents_model
    tip = model.index(model.row_of(window.doc_id), 0).data(0x03)  # ToolTipRole
    assert "Double review: Minh decides it blind" in tip


def test_the_lead_sees_the_agreement_and_takes_the_second_reviewers_decision(
    qtbot, window, monkeypatch
):
    _be(window, monkeypatch, "Lan")
    figs = [window.figures_model.record(i) for i in range(3)]
    for f, s in zip(figs, (Status.CONFIRMED, Status.CONFIRMED, Status.REJECTED), strict=True):
        window.edits.push(SetStatus((f.id,), s, (f.status,)), "decide")
    _assign(window, monkeypatch, "Minh")
    _be(window, monkeypatch, "Minh")
    for f, s in zip(figs, (Status.CONFIRMED, Status.REJECTED, Status.REJECTED), strict=True):
        window.edits.push(SetStatus((f.id,), s, (Status.PENDING,)), "decide")
    _be(window, monkeypatch, "Hoa")
    window.actions_by_name["agreement"].trigger()
    dialog = window.double_review.dialog
    assert dialog.isVisible()
    table = dialog.documents
    assert table.rowCount() == 2  # all documents, and this one
    assert table.item(1, 1).text() == "Minh"
    assert table.item(1, 2).text().startswith("67% · κ")  # status: 2 of 3 agree
    assert dialog.differences.rowCount() == 1
    assert dialog.current_figure() == figs[1].id
    assert dialog.differences.item(0, 2).text() == "confirmed"
    assert dialog.differences.item(0, 3).text() == "rejected"
    assert figs[1].text in dialog.sentence.toPlainText()  # the figure in its sentence
    dialog.take_second.click()
    assert window.project.figure(figs[1].id).status == Status.REJECTED
    assert dialog.differences.rowCount() == 0  # adjudicated: off the list
    assert "1 adjudicated" in dialog.summary.text()
    window.edits.stack.undo()  # one step: the status and the adjudication
    assert window.project.figure(figs[1].id).status == Status.CONFIRMED
    assert dialog.differences.rowCount() == 1
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.differences.setFocus()
    qtbot.keyClick(dialog.differences, "1")  # as on the Reconcile page: member 1 wins
    assert window.project.figure(figs[1].id).status == Status.CONFIRMED
    assert dialog.differences.rowCount() == 0
