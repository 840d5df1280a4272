"""Review ▸ Claim this document in the window (ui/controllers/claims.py): the claim in
the documents list, another reviewer's claim, taking it over, renewing, releasing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from solieu.store.records import Change, utc_now
from solieu.ui.models.documents_model import CLAIM_ROLE
from solieu.ui.views.documents_view import counts_text


def _claim_by_other(window, doc_id: int, who: str = "Lan") -> None:
    """Another session's live claim, as another reviewer's window writes it."""
    now = utc_now()
    with window.project._transaction() as conn:
        conn.execute("DELETE FROM claims WHERE document_id = ?", (doc_id,))
        conn.execute(
            "INSERT INTO claims VALUES (?, ?, 'another-session', ?, ?)", (doc_id, who, now, now)
        )
    window.project.deliver(Change(document_ids=frozenset([doc_id])))


def _row_claim(window, doc_id: int):
    model = window.documents_model
    return model.index(model.row_of(doc_id), 0).data(CLAIM_ROLE)


def test_claiming_shows_in_the_list_and_unclaiming_frees_it(qtbot, window):
    doc = window.doc_id
    action = window.actions_by_name["claim_document"]
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    assert action.isChecked() and _row_claim(window, doc) == (window.project.reviewer, True)
    assert window.project.claims()[doc].mine
    model = window.documents_model
    tip = model.index(model.row_of(doc), 0).data(0x03)  # ToolTipRole
    assert "Being reviewed by you" in tip
    action.trigger()
    assert not action.isChecked() and _row_claim(window, doc) is None
    assert window.project.claims() == {}


def test_another_reviewers_claim_is_named_and_left_to_them(qtbot, window):
    doc = window.doc_id
    _claim_by_other(window, doc)
    assert _row_claim(window, doc) == ("Lan", False)
    seen = []

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "claimedElsewhere" and w.isVisible()), None)  # fmt: skip
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.defaultButton().click()  # the default: leave it to them

    QTimer.singleShot(0, answer)
    window.actions_by_name["claim_document"].trigger()
    assert "Lan has been reviewing this document since" in seen[0]
    assert _row_claim(window, doc) == ("Lan", False)
    assert not window.actions_by_name["claim_document"].isChecked()


def test_taking_a_claim_over(qtbot, window):
    doc = window.doc_id
    _claim_by_other(window, doc)

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "claimedElsewhere" and w.isVisible()), None)  # fmt: skip
        if box is None:
            QTimer.singleShot(20, answer)
            return
        next(b for b in box.buttons() if b.text() == "Take it over").click()

    QTimer.singleShot(0, answer)
    window.actions_by_name["claim_document"].trigger()
    assert _row_claim(window, doc) == (window.project.reviewer, True)


def test_the_heartbeat_renews_and_closing_releases(qtbot, open_window, project_path):
    from solieu.store import Project

    window = open_window(project_path)
    window.actions_by_name["claim_document"].trigger()
    with window.project._transaction() as conn:
        conn.execute("UPDATE claims SET seen_at = '2020-01-01T00:00:00.000Z'")
    window.claims.renew()
    assert window.project.claims()  # renewed: alive again
    window.close()
    with Project.open(project_path, read_only=True) as p:
        assert p.claims() == {}


def test_the_list_shows_a_short_name_or_a_dot_before_the_counts():
    assert counts_text((1, 1, 4), False, False, ("Lan", False)) == "Lan · 2/4"
    assert counts_text((1, 1, 4), False, False, ("Lan", True)) == "• 2/4"
    assert counts_text((2, 2, 4), True, False, ("Nguyễn Thị Lan", False)) == "Lan · ✓ 4/4"
    assert counts_text((0, 0, 1), False, False, ("reviewer-number-7", False)) == "reviewer-… · 0/1"
