"""Double review in the window (ui/controllers/double_review.py, dialogs/agreement.py):
naming the second reviewer, who decides blind with the usual keys, and the lead's
agreement table and adjudication, each an undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog

from solieu.model import Status
from solieu.store import Batch, SetField, SetStatus


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


def _decided_apart(window, monkeypatch, qtbot, second_edit):
    """A member of the Reconcile page's first group: Lan confirms it, its document goes
    to Minh for a blind review, Minh decides it `second_edit(figure)`; then Hoa, the
    lead, is on the Reconcile page with the member current. Returns (view, figure)."""
    from PySide6.QtCore import Qt

    import solieu.ui.regrouping

    monkeypatch.setattr(solieu.ui.regrouping, "SLOW_S", 60.0)  # regroup on the UI thread
    _be(window, monkeypatch, "Lan")
    qtbot.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.reconcile_view
    qtbot.waitUntil(lambda: view.groups_model.rowCount() > 0, timeout=5000)
    figure = window.project.figure(view.groups_model.row(0).members[0])
    window.edits.push(SetStatus((figure.id,), Status.CONFIRMED, (figure.status,)), "confirm")
    window.select_document(figure.document_id)
    _assign(window, monkeypatch, "Minh")
    _be(window, monkeypatch, "Minh")
    window.edits.push(second_edit(window.project.figure(figure.id)), "Minh decides")
    _be(window, monkeypatch, "Hoa")
    window.reconcile.refresh()
    row = window.reconcile._find(_target(figure.id))
    view.select_group_row(row)
    view.members.setFocus()
    view.select_member_row(view.members_model.row_of(figure.id))
    return view, window.project.figure(figure.id)


def _target(figure_id):
    from solieu.ui.reconcile_decisions import Target

    return Target(0, None, (figure_id,))


def _review_cell(view):
    from solieu.ui.models.groups_model import MEMBER_FIELDS

    return view.members_model.index(view.current_member_row(), MEMBER_FIELDS.index("sentence"))


def _review_line(view) -> str:
    """The line above the member's sentence saying what the lead adjudicates."""
    text = _review_cell(view).data()
    return text.split("\n")[0] if "\n" in text else ""


def test_the_lead_keeps_the_first_reviewers_decision_on_the_reconcile_page(
    qtbot, window, monkeypatch, qtmodeltester
):
    from PySide6.QtCore import Qt

    from solieu.ui.models.groups_model import HTML_ROLE

    view, figure = _decided_apart(
        window, monkeypatch, qtbot, lambda f: SetStatus((f.id,), Status.REJECTED, (f.status,))
    )
    assert _review_line(view) == "Minh: rejected"
    html = _review_cell(view).data(HTML_ROLE)
    assert "⚖ <b>Minh: rejected</b>" in html and "Shift+S: Minh's" in html
    tip = _review_cell(view).data(Qt.ItemDataRole.ToolTipRole)
    assert "Status: first reviewer confirmed, Minh rejected" in tip
    qtmodeltester.check(view.members_model)
    conflict = view.groups_model.index(view.current_group_row(), 0)  # the marks' column
    assert conflict.data() == "⚖"  # the group holds a member to adjudicate
    assert "to adjudicate" in conflict.data(Qt.ItemDataRole.ToolTipRole)
    assert window.project.to_adjudicate() == {figure.id}
    qtmodeltester.check(view.groups_model)
    qtbot.keyClick(view.members, Qt.Key.Key_F)
    assert window.project.figure(figure.id).status == Status.CONFIRMED
    assert window.project.open_disagreements([figure.id]) == {}
    assert view.members_model.row(view.current_member_row()).figure_id == figure.id  # kept
    assert _review_line(view) == ""  # nothing left to adjudicate
    assert "⚖" not in _review_cell(view).data(HTML_ROLE)
    assert "Keep the first reviewer's" in window.edits.stack.undoText()
    qtbot.waitUntil(
        lambda: view.groups_model.index(view.current_group_row(), 0).data() != "⚖", timeout=5000
    )
    assert window.project.to_adjudicate() == set()
    window.edits.stack.undo()
    assert set(window.project.open_disagreements([figure.id])) == {figure.id}
    assert _review_line(view) == "Minh: rejected"


def test_the_lead_takes_the_second_reviewers_decision_with_shift_s(qtbot, window, monkeypatch):
    from PySide6.QtCore import Qt

    view, figure = _decided_apart(
        window, monkeypatch, qtbot,
        lambda f: Batch((SetStatus((f.id,), Status.CONFIRMED, (f.status,)),
                         SetField(f.id, "period", f.period, "quý III/2031"))),
    )  # fmt: skip
    assert _review_line(view) == "Minh: quý III/2031"
    qtbot.keyClick(view.members, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    after = window.project.figure(figure.id)
    assert (after.period, after.status) == ("quý III/2031", Status.CONFIRMED)
    assert window.project.open_disagreements([figure.id]) == {}
    assert "Take Minh's review" in window.edits.stack.undoText()
    window.edits.stack.undo()  # one step: the period and the adjudication
    assert window.project.figure(figure.id).period == figure.period


def test_a_member_without_a_disagreement_says_so(qtbot, window, monkeypatch):
    from PySide6.QtCore import Qt

    import solieu.ui.regrouping

    monkeypatch.setattr(solieu.ui.regrouping, "SLOW_S", 60.0)
    qtbot.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.reconcile_view
    qtbot.waitUntil(lambda: view.groups_model.rowCount() > 0, timeout=5000)
    before = window.edits.stack.count()
    qtbot.keyClick(view.groups, Qt.Key.Key_F)
    assert window.edits.stack.count() == before
    assert "no disagreement" in window.statusBar().currentMessage()


def test_the_agreement_dialog_names_the_measure_entries_the_reviewers_chose(
    qtbot, window, monkeypatch
):
    from solieu.learn.model import EntryState
    from solieu.store import PutEntry

    _be(window, monkeypatch, "Lan")
    f = window.figures_model.record(0)
    entry = window.project.next_entry_id()
    window.edits.push(PutEntry(entry, EntryState(name="kim ngạch xuất khẩu")), "entry")
    window.edits.push(SetStatus((f.id,), Status.CONFIRMED, (f.status,)), "confirm")
    _assign(window, monkeypatch, "Minh")
    _be(window, monkeypatch, "Minh")
    window.edits.push(
        Batch((SetStatus((f.id,), Status.CONFIRMED, (Status.PENDING,)),
               SetField(f.id, "entry_id", f.entry_id, entry))), "Minh decides",
    )  # fmt: skip
    _be(window, monkeypatch, "Hoa")
    window.actions_by_name["agreement"].trigger()
    dialog = window.double_review.dialog
    assert dialog.differences.rowCount() == 1
    assert dialog.differences.item(0, 1).text() == "Measure entry"
    assert dialog.differences.item(0, 3).text() == "kim ngạch xuất khẩu"
