"""Working beside other reviewers in the window (ui/controllers/team.py): the stale-edit
question (keep theirs, or apply mine) and the reviewer's name in the log."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from solieu.store import SetField


def _answer_stale(qtbot, button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the stale-edit question once it shows."""

    def click() -> None:
        box = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "staleEdit"), None
        )
        if box is None or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()

    QTimer.singleShot(0, click)


def _stale_unit(window):
    """Another reviewer (Lan) saves figure 0's unit; the window's edit still expects the
    unit it read before (as a cell typed into before the refresh arrived does)."""
    record = window.figures_model.record(0)
    window.project.apply(SetField(record.id, "unit", record.unit, "tấn"), who="Lan")
    return record, SetField(record.id, "unit", record.unit, "kg")


def test_keep_theirs_applies_nothing_and_shows_their_value(qtbot, window):
    record, mine = _stale_unit(window)
    steps = window.edits.stack.count()
    seen: list[str] = []
    _answer_stale(qtbot, "Keep theirs", seen)
    assert window.edits.push(mine, "unit") is None
    assert "Lan saved Unit as “tấn”" in seen[0] and "Your change: “kg”" in seen[0]
    assert seen[0].startswith(f"“{record.text}”: someone else changed it first.")
    assert window.project.figure(record.id).unit == "tấn"
    assert window.figures_model.record(0).unit == "tấn"
    assert window.edits.stack.count() == steps  # nothing to undo
    assert window.status_line.save_label.text().endswith("Saved")  # nothing failed either


def test_apply_mine_saves_over_theirs_and_undo_gives_theirs_back(qtbot, window):
    record, mine = _stale_unit(window)
    steps = window.edits.stack.count()
    seen: list[str] = []
    _answer_stale(qtbot, "Apply mine", seen)
    assert window.edits.push(mine, "unit") is not None
    assert seen and window.project.figure(record.id).unit == "kg"
    assert window.edits.stack.count() == steps + 1
    window.edits.stack.undo()
    assert window.project.figure(record.id).unit == "tấn"  # theirs, not the unit before
    window.edits.stack.redo()
    assert window.project.figure(record.id).unit == "kg"
    log = [(e.who, e.old, e.new) for e in window.project.review_log() if e.figure_id == record.id]
    assert log[0][0] == "Lan" and log[0][2] == "tấn" and log[1][1:] == ("tấn", "kg")


def test_a_run_that_may_not_block_keeps_theirs_and_says_so(qtbot, window):
    app = QApplication.instance()
    app.setProperty("noninteractive", True)
    try:
        record, mine = _stale_unit(window)
        assert window.edits.push(mine, "unit") is None
        assert window.project.figure(record.id).unit == "tấn"
        assert "Kept theirs" in window.statusBar().currentMessage()
    finally:
        app.setProperty("noninteractive", False)


def test_the_reviewer_name_is_kept_and_names_the_next_edits(qtbot, window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Nguyễn Lan ", True))
    window.actions_by_name["reviewer_name"].trigger()
    assert window.project.reviewer == "Nguyễn Lan" == window.settings.reviewer
    record = window.figures_model.record(0)
    window.edits.push(SetField(record.id, "unit", record.unit, "ha"), "unit")
    assert window.project.review_log()[-1].who == "Nguyễn Lan"
    assert "Nguyễn Lan" in window.statusBar().currentMessage()


def test_the_kept_name_is_given_to_the_next_project_opened(qtbot, open_window, project_path):
    from solieu.ui.settings import Settings

    Settings().reviewer = "Hoa"
    win = open_window(project_path)
    assert win.project.reviewer == "Hoa"


def test_the_stale_question_defaults_to_keeping_theirs(qtbot, window):
    record, mine = _stale_unit(window)
    seen: list[str] = []

    def press_enter() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "staleEdit"),
                   None)  # fmt: skip
        if box is None or not box.isVisible():
            QTimer.singleShot(20, press_enter)
            return
        seen.append(box.defaultButton().text())
        assert isinstance(box, QMessageBox)
        box.defaultButton().click()

    QTimer.singleShot(0, press_enter)
    window.edits.push(mine, "unit")
    assert seen == ["Keep theirs"] and window.project.figure(record.id).unit == "tấn"
