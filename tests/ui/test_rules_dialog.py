"""The Rules dialog: the project's rules listed, edited and removed, each an undoable edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from solieu.learn.model import RuleState
from solieu.store import Project
from solieu.store.edits import PutRule
from solieu.ui.dialogs.rules import RulesDialog, parse_change
from solieu.ui.models.rules_model import NEW_COLUMN, RULE_ROLE, RulesModel
from solieu.ui.undo import EditStack

ARTICLE = (
    "Hà Tĩnh: thu hút đầu tư khởi sắc\n\n"
    "Hà Tĩnh, ngày 12/11/2025 - Theo Sở Kế hoạch và Đầu tư, 10 tháng năm 2025 toàn tỉnh "
    "thu hút 46 dự án mới với tổng vốn đăng ký 12.800 tỷ đồng, tăng 21% so với cùng kỳ.\n\n"
    "Kim ngạch xuất khẩu ước đạt 1.740 triệu USD. Tổng mức bán lẻ hàng hóa đạt "
    "52.300 tỷ đồng.\n"
)
PLACE = RuleState("place", "Hà Nội", "Hà Tĩnh", {"outlet": "baohatinh.vn"})
MEASURE = RuleState("measure", "xuất khẩu", "kim ngạch xuất khẩu", {})
CHANGE = RuleState("change", False, True, {"unit_class": "percent"})


@pytest.fixture
def project(tmp_path):
    (tmp_path / "ha_tinh.txt").write_text(ARTICLE, encoding="utf-8")
    project = Project.create(tmp_path / "rules.solieu")
    report = project.import_paths([tmp_path / "ha_tinh.txt"])
    assert report.imported and not report.failed and project.figures()
    yield project
    project.close()


@pytest.fixture
def open_dialog(qtbot):
    """The dialog over `project`, shown and active, with an EditStack like the window's."""
    made = []

    def open_(project):
        host = QWidget()
        qtbot.addWidget(host)
        edits = EditStack(project, host)
        failures: list[str] = []
        edits.failed.connect(failures.append)
        dialog = RulesDialog(host, project, edits)
        made.append((host, dialog, failures))
        dialog.failures = failures
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        return dialog

    yield open_
    for _host, dialog, _ in made:
        dialog.close()


def _states(project):
    return [r.state for r in project.rules()]


def _add(project, *states):
    for state in states:
        project.apply(PutRule(None, state))


def test_the_model_shows_field_values_and_scope(project, qtmodeltester):
    _add(project, PLACE, MEASURE, CHANGE)
    model = RulesModel()
    model.set_rules(project.rules())
    qtmodeltester.check(model)
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["place", "Hà Nội", "Hà Tĩnh", "baohatinh.vn articles"],
        ["measure", "xuất khẩu", "kim ngạch xuất khẩu", "all articles"],
        ["change", "no", "yes", "unit_class=percent"],
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Field", "When it reads", "Set to", "Where"]
    assert model.rule_at(0).state == PLACE and model.rule_at(3) is None
    assert model.index(1, 0).data(RULE_ROLE).state == MEASURE
    editable = [bool(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable) for c in range(4)]
    assert editable == [False, False, True, False]


def test_set_data_asks_for_the_edit_and_changes_nothing(qtbot, project):
    _add(project, PLACE)
    model = RulesModel()
    model.set_rules(project.rules())
    rule = model.rule_at(0)
    with qtbot.waitSignal(model.editRequested) as asked:
        assert model.setData(model.index(0, NEW_COLUMN), "Kỳ Anh")
    assert asked.args == [rule.id, "Kỳ Anh"]
    assert model.index(0, NEW_COLUMN).data() == "Hà Tĩnh"  # until the store says otherwise
    assert _states(project) == [PLACE]
    with qtbot.assertNotEmitted(model.editRequested):
        assert not model.setData(model.index(0, 0), "period")  # only "Set to" edits
        assert not model.setData(model.index(0, NEW_COLUMN), "Hà Tĩnh")  # unchanged


def test_the_dialog_lists_the_rules(open_dialog, project, qtmodeltester):
    _add(project, PLACE, MEASURE)
    dialog = open_dialog(project)
    assert dialog.objectName() == "rulesDialog"
    qtmodeltester.check(dialog.model)
    assert [r.state for r in dialog.model.rules] == [PLACE, MEASURE]
    assert dialog.table.isVisible() and dialog.empty.isHidden()
    assert dialog.table.hasFocus()
    assert dialog.current_rule().state == PLACE
    # a rule made elsewhere (the offer bar) appears on refresh
    _add(project, CHANGE)
    dialog.refresh()
    assert [r.state for r in dialog.model.rules] == [PLACE, MEASURE, CHANGE]
    assert dialog.current_rule().state == PLACE  # the current rule stays current


def test_del_removes_a_rule_and_ctrl_z_brings_it_back(qtbot, open_dialog, project):
    _add(project, PLACE, MEASURE)
    dialog = open_dialog(project)
    dialog.table.selectRow(1)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert _states(project) == [PLACE]
    assert [r.state for r in dialog.model.rules] == [PLACE]
    assert dialog.edits.stack.undoText().startswith("Remove rule: measure “xuất khẩu”")
    dialog.edits.stack.undo()  # the window's Ctrl+Z
    assert _states(project) == [PLACE, MEASURE]
    assert [r.state for r in dialog.model.rules] == [PLACE, MEASURE]  # refreshed by itself
    # Ctrl+Shift+Z and Ctrl+Z in the dialog work the same stack
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, redo)
    assert _states(project) == [PLACE]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _states(project) == [PLACE, MEASURE]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _states(project) == [PLACE]


def test_the_remove_button_and_the_empty_state(qtbot, open_dialog, project):
    _add(project, MEASURE)
    dialog = open_dialog(project)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert _states(project) == []
    assert dialog.table.isHidden() and dialog.empty.isVisible()
    assert dialog.empty.text() == (
        "No rules yet: a correction repeated on three documents is offered as a rule."
    )
    assert not dialog.remove_button.isEnabled()
    dialog.edits.stack.undo()
    assert dialog.table.isVisible() and dialog.empty.isHidden()


def test_a_project_without_rules_shows_the_empty_state(open_dialog, project):
    dialog = open_dialog(project)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and dialog.table.isHidden()
    assert "three documents" in dialog.empty.text()


def test_f2_edits_set_to_as_an_undoable_edit(qtbot, open_dialog, project):
    _add(project, PLACE, MEASURE)
    dialog = open_dialog(project)
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)  # from the Field cell: edits "Set to"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Hà Tĩnh"
    editor.setText("  thị xã   Kỳ Anh ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    want = RuleState("place", "Hà Nội", "thị xã Kỳ Anh", {"outlet": "baohatinh.vn"})
    qtbot.waitUntil(lambda: _states(project) == [want, MEASURE])
    assert dialog.model.index(0, NEW_COLUMN).data() == "thị xã Kỳ Anh"
    assert dialog.model.rule_at(0).id == project.rules()[0].id  # the same rule, changed
    assert dialog.edits.stack.undoText().startswith("Edit rule: place")
    dialog.edits.stack.undo()
    assert _states(project) == [PLACE, MEASURE]
    assert dialog.model.index(0, NEW_COLUMN).data() == "Hà Tĩnh"


def test_the_change_field_takes_yes_or_no_in_either_language(qtbot, open_dialog, project):
    _add(project, CHANGE)
    dialog = open_dialog(project)
    rule_id = project.rules()[0].id
    dialog.set_value(rule_id, "Không")
    assert _states(project) == [RuleState("change", False, False, {"unit_class": "percent"})]
    dialog.set_value(rule_id, "có")
    assert _states(project) == [CHANGE]
    count = dialog.edits.stack.count()
    dialog.set_value(rule_id, "maybe")  # refused here, before the store
    assert _states(project) == [CHANGE]
    assert dialog.edits.stack.count() == count
    assert "is not yes or no" in dialog.note.text()
    assert not dialog.failures
    assert parse_change(" YES ") is True and parse_change("no") is False
    assert parse_change("") is None


def test_a_stale_edit_is_refused_and_reported(open_dialog, project):
    _add(project, PLACE)
    dialog = open_dialog(project)
    rule = dialog.model.rule_at(0)
    # the rule changes behind the dialog's back (another window, the command line)
    project.apply(PutRule(rule.id, RuleState("place", "Hà Nội", "Vinh", {}), PLACE))
    dialog.set_value(rule.id, "Cẩm Xuyên")
    assert dialog.failures and "changed since" in dialog.failures[0]
    assert dialog.note.text() == dialog.failures[0]  # shown in the dialog too
    assert [r.state.new for r in project.rules()] == ["Vinh"]
    assert dialog.model.rule_at(0).state.new == "Vinh"  # the dialog reads the rules again
