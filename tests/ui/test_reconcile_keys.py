"""The Reconcile page by keyboard on the seed project: a conflict a correction made is seen,
resolved in one or two keys, and after every decision the reviewer keeps their place."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.store import Project, SetField
from solieu.ui.group_rows import SentenceCache, member_rows
from solieu.ui.models.groups_model import GROUP_FIELDS, MEMBER_FIELDS, MembersModel

CTRL = Qt.KeyboardModifier.ControlModifier
VALUE = MEMBER_FIELDS.index("value")


@pytest.fixture(autouse=True)
def synchronous_regrouping(monkeypatch):
    """Regroup on the UI thread, however loaded the machine (the background path has its
    own tests in test_reconcile_order.py)."""
    import solieu.ui.regrouping

    monkeypatch.setattr(solieu.ui.regrouping, "SLOW_S", 60.0)


class Keys:
    """Presses keys and counts them: what a reviewer's fingers do."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def __call__(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def focused(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        """A key to whatever has the keyboard."""
        self(QApplication.focusWidget(), key, modifier)


def statistics(path):
    with Project.open(path, read_only=True) as project:
        return project.statistics()


def correct_one_member(win) -> int:
    """Correct the second report of `76,2 triệu USD` to 76.500.000, as a reviewer does on the
    Review page (one SetField edit); returns its figure id."""
    figure = next(
        f
        for f in win.project.figures()
        if f.text == "76,2 triệu USD" and f.document.startswith("001")
    )
    win.edits.push(SetField(figure.id, "value", figure.value, Decimal(76_500_000)), "Edit")
    return figure.id


def to_reconcile(qtbot, win):
    qtbot.keyClick(win.table, Qt.Key.Key_2, CTRL)
    view = win.reconcile_view
    assert win.pages.currentWidget() is view and view.groups.hasFocus()
    return view


@pytest.fixture
def conflict(qtbot, window):
    """The seed window with one member corrected, on the Reconcile page; the conflict that
    made is listed first and selected."""
    corrected = correct_one_member(window)
    view = to_reconcile(qtbot, window)
    qtbot.keyClick(view.groups, Qt.Key.Key_Home, CTRL)
    assert view.current_group_row() == 0
    row = view.groups_model.row(0)
    assert row.conflict and corrected in row.members
    return window, view, corrected


def test_a_corrected_member_shows_its_value_and_the_disagreement(qtbot, conflict):
    win, view, corrected = conflict
    row = view.groups_model.row(0)
    assert row.value == "76,2 triệu ≠ 76,5 triệu" and row.unit == "USD"
    assert row.disagreement == "76,2 triệu USD ≠ 76,5 triệu USD"
    value = view.groups_model.index(0, GROUP_FIELDS.index("value"))
    assert "76,2 triệu USD ≠ 76,5 triệu USD" in value.data(Qt.ItemDataRole.ToolTipRole)
    assert value.data(Qt.ItemDataRole.FontRole).bold()
    assert "76,2 triệu USD ≠ 76,5 triệu USD" in view.title.text()
    assert "76,2 triệu USD ≠ 76,5 triệu USD" in view.details.toPlainText()

    qtbot.keyClick(view.groups, Qt.Key.Key_Tab)
    qtbot.keyClick(view.members, Qt.Key.Key_Down)
    model = view.members_model
    here = model.row(view.current_member_row())
    assert here.figure_id == corrected
    assert (here.value, here.written, here.corrected) == ("76,5 triệu", "76,2 triệu USD", True)
    cell = model.index(view.current_member_row(), VALUE)
    assert cell.data() == "✎ 76,5 triệu USD"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Corrected to 76,5 triệu USD" in tip and "As written: 76,2 triệu USD" in tip
    other = model.index(1 - view.current_member_row(), VALUE)
    assert other.data() == "76,2 triệu USD"
    # one against one: both values stand out, bold and in the conflict colour
    for index in (cell, other):
        assert index.data(Qt.ItemDataRole.FontRole).bold()
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_members_model_with_a_correction_passes_modeltester(qtmodeltester, conflict):
    win, view, _ = conflict
    rec = win.reconcile.rec
    model = MembersModel()
    model.set_rows(
        member_rows(
            rec,
            view.groups_model.row(0).group,
            SentenceCache(lambda d: win.project.document(d).text),
        )
    )
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    qtmodeltester.check(model)


def test_w_resolves_and_moves_on_with_the_keys_on_the_groups(qtbot, conflict, project_path):
    win, view, corrected = conflict
    following = view.groups_model.row(1)
    keys = Keys(qtbot)
    keys(view.groups, Qt.Key.Key_Tab)
    keys(view.members, Qt.Key.Key_Down)
    keys(view.members, Qt.Key.Key_W)
    (state,) = statistics(project_path).values()
    assert state.winner == corrected
    # the next group took the resolved one's row, and the keyboard is on the groups list
    assert view.current_group_row() == 0
    assert view.groups_model.row(0).key == following.key
    assert view.groups.hasFocus()
    resolved = [r for r in view.groups_model.rows() if corrected in r.members]
    assert resolved[0].status == "accepted" and not resolved[0].conflict
    assert resolved[0].value == "76,5 triệu"
    keys.focused(Qt.Key.Key_Down)  # the keys go on moving through the groups
    assert view.current_group_row() == 1
    keys.focused(Qt.Key.Key_Space)
    assert view.current_group_row() == 1
    assert len(statistics(project_path)) == 2


def test_resolving_a_conflict_takes_at_most_two_keys_and_accepting_one(
    qtbot, conflict, project_path
):
    win, view, corrected = conflict
    members = view.groups_model.row(0).members
    second = members.index(corrected) + 1  # the corrected report's number in the list

    keys = Keys(qtbot)
    keys.focused(getattr(Qt.Key, f"Key_{second}"))  # its number: its value wins
    (state,) = statistics(project_path).values()
    assert state.winner == corrected and keys.count == 1
    assert view.groups.hasFocus() and view.current_group_row() == 0

    qtbot.keyClick(view.groups, Qt.Key.Key_Z, CTRL)  # the conflict is back, and selected
    assert statistics(project_path) == {}
    qtbot.waitUntil(lambda: view.current_group_row() == 0 and view.groups.hasFocus())
    assert view.groups_model.row(0).conflict
    keys = Keys(qtbot)
    keys.focused(Qt.Key.Key_Tab)  # to the members: the first one is current
    keys.focused(Qt.Key.Key_W)
    (state,) = statistics(project_path).values()
    first = next(m for m in members if m != corrected)
    assert state.winner == first and keys.count == 2

    keys = Keys(qtbot)
    group = view.groups_model.row(view.current_group_row())
    following = view.groups_model.row(view.current_group_row() + 1)
    keys.focused(Qt.Key.Key_Space)
    accepted = {s.members for s in statistics(project_path).values()}
    assert group.members in accepted and keys.count == 1
    assert view.groups_model.row(view.current_group_row()).key == following.key


def go_to_group(qtbot, view, value: str) -> int:
    qtbot.keyClick(view.groups, Qt.Key.Key_Home, CTRL)
    for _ in range(view.groups_model.rowCount()):
        if view.groups_model.row(view.current_group_row()).value == value:
            return view.current_group_row()
        qtbot.keyClick(view.groups, Qt.Key.Key_Down)
    raise AssertionError(f"no group shows {value}")


def test_split_stays_on_the_group_at_its_row(qtbot, window, project_path):
    view = to_reconcile(qtbot, window)
    row = go_to_group(qtbot, view, "8")
    members = view.groups_model.row(row).members
    below = view.groups_model.row(row + 1).key
    qtbot.keyClick(view.groups, Qt.Key.Key_Tab)
    leaving = view.members_model.row(view.current_member_row()).figure_id
    qtbot.keyClick(view.members, Qt.Key.Key_S)
    (state,) = statistics(project_path).values()
    assert state.members == tuple(m for m in members if m != leaving)
    assert view.current_group_row() == row  # the same place, the same group, smaller
    assert view.groups_model.row(row).members == state.members
    assert view.groups_model.row(row + 1).key == below
    assert view.members.hasFocus()


def test_merge_and_reopen_keep_the_row(qtbot, window, project_path, type_text):
    view = to_reconcile(qtbot, window)
    row = go_to_group(qtbot, view, "8")
    qtbot.keyClick(view.groups, Qt.Key.Key_G)
    picker = window.reconcile.picker
    qtbot.keyClicks(picker.filter, "7 ")
    type_text(picker.filter, "dự án điều chỉnh")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert len(statistics(project_path)) == 1
    assert view.current_group_row() == row

    # accept the first two groups: both go below the others; O on the first one sends it
    # back to its place at the top, and the selection moves on to the accepted one after it
    qtbot.keyClick(view.groups, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(view.groups, Qt.Key.Key_Space)
    qtbot.keyClick(view.groups, Qt.Key.Key_Space)
    rows = view.groups_model.rows()
    first_accepted = next(i for i, r in enumerate(rows) if r.status == "accepted")
    view.select_group_row(first_accepted)
    reopened, following = rows[first_accepted].key, rows[first_accepted + 1].key
    qtbot.keyClick(view.groups, Qt.Key.Key_O)
    assert view.groups_model.row(view.current_group_row()).key == following
    assert view.groups_model.row(0).key == reopened and view.groups.hasFocus()


def test_space_on_a_group_links_its_unlinked_members_to_the_entry_of_the_linked(
    qtbot, window, project_path
):
    from solieu.learn import codebook_edits as cb
    from solieu.learn.model import EntryState

    view = to_reconcile(qtbot, window)
    qtbot.keyClick(view.groups, Qt.Key.Key_Home, CTRL)
    members = view.groups_model.row(view.current_group_row()).members
    project = window.project
    project.apply(cb.create(project, EntryState("kim ngạch xuất khẩu")))
    (entry,) = project.codebook()
    project.apply(SetField(members[0], "entry_id", None, entry.id))  # one linked already

    qtbot.keyClick(view.groups, Qt.Key.Key_Space)
    linked = {f.id: f.entry_id for f in project.figures_by_id(members)}
    assert set(linked.values()) == {entry.id}
    qtbot.keyClick(view.groups, Qt.Key.Key_Z, CTRL)  # one step: the acceptance and the links
    linked = {f.id: f.entry_id for f in project.figures_by_id(members)}
    assert linked[members[0]] == entry.id
    assert all(linked[m] is None for m in members[1:])
    assert statistics(project_path) == {}
