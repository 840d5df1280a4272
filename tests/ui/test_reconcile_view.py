"""The Reconcile view by keyboard: accept, undo/redo, split, move, the winner of a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.model import Status
from solieu.reconcile.session import reconcile_project
from solieu.store import Project
from solieu.ui.group_rows import SentenceCache, group_rows, member_rows
from solieu.ui.models.documents_model import DUPLICATE_ROLE
from solieu.ui.models.groups_model import GROUP_FIELDS, GroupsModel, MembersModel

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def synchronous_regrouping(monkeypatch):
    """Regroup on the UI thread after each decision, however loaded the test machine is
    (a slow run would move it to the background and the keys would race it)."""
    import solieu.ui.regrouping

    monkeypatch.setattr(solieu.ui.regrouping, "SLOW_S", 60.0)


def statistics(path):
    """The stored decisions as a second, read-only connection sees them."""
    with Project.open(path, read_only=True) as project:
        return project.statistics()


def names(win, members) -> list[str]:
    rec = win.reconcile.rec
    return sorted(rec.figures[m].document[:3] for m in members)


def to_reconcile(qtbot, win):
    qtbot.keyClick(win.table, Qt.Key.Key_2, CTRL)
    assert win.pages.currentWidget() is win.reconcile_view
    assert win.reconcile_view.groups.hasFocus()
    return win.reconcile_view


def go_to_group(qtbot, view, value: str) -> int:
    """↓ from the top of the groups list until the row shows `value`."""
    groups = view.groups
    qtbot.keyClick(groups, Qt.Key.Key_Home, CTRL)
    for _ in range(view.groups_model.rowCount()):
        row = view.current_group_row()
        if view.groups_model.row(row).value == value:
            return row
        qtbot.keyClick(groups, Qt.Key.Key_Down)
    raise AssertionError(f"no group shows {value}")


@pytest.fixture
def altered_path(tmp_path):
    """Seeds 000 and a copy of 001 whose total says 293,1 instead of 292,1 triệu USD."""
    seeds = sorted(SEEDS.glob("*.txt"))
    text = seeds[1].read_text(encoding="utf-8")
    assert "292,1 triệu USD. Hiện" in text
    altered = tmp_path / "001_altered.txt"
    altered.write_text(text.replace("292,1 triệu USD. Hiện", "293,1 triệu USD. Hiện"), "utf-8")
    path = tmp_path / "altered.solieu"
    with Project.create(path) as project:
        report = project.import_paths([seeds[0], altered])
        assert len(report.imported) == 2
    return path


def test_group_and_member_models_pass_modeltester(qtmodeltester, project_path):
    with Project.open(project_path, read_only=True) as project:
        rec = reconcile_project(project)
        rows = group_rows(rec)
        groups = GroupsModel()
        groups.set_rows(rows)
        qtmodeltester.check(groups)
        members = MembersModel()
        members.set_rows(
            member_rows(rec, rows[0].group, SentenceCache(lambda d: project.document(d).text))
        )
        qtmodeltester.check(members)
        members.set_rows([])
        qtmodeltester.check(members)


def test_seed_groups_listed_with_their_sentences(qtbot, window):
    view = to_reconcile(qtbot, window)
    values = [r.value for r in view.groups_model.rows()]
    for value in ("292,1 triệu", "76,2 triệu", "215,9 triệu", "8", "4", "3.190,732 tỷ", "25,1"):
        assert value in values
    row = go_to_group(qtbot, view, "292,1 triệu")
    group = view.groups_model.row(row)
    assert group.documents == 2 and group.unit == "USD" and group.place == "Nghệ An"
    assert names(window, group.members) == ["000", "001"]
    members = view.members_model.rows()
    assert [m.figure_id for m in members] == list(group.members)
    assert all("<b style=" in m.sentence_html and "292,1 triệu USD" in m.sentence for m in members)
    assert view.members_model.rowCount() == 2
    assert "76.200.000 + 215.900.000 = 292.100.000 USD" in view.details.toPlainText()
    # the ≈ badge of the near-duplicate documents 000 and 001
    dm = window.documents_model
    badge = dm.data(dm.index(dm.row_of(group_doc(window, group, "000")), 0), DUPLICATE_ROLE)
    assert badge and "001_" in badge


def group_doc(win, group, prefix: str) -> int:
    rec = win.reconcile.rec
    return next(
        rec.figures[m].document_id for m in group.members if rec.figures[m].document[:3] == prefix
    )


def test_accept_undo_redo_split_by_keyboard(qtbot, window, project_path):
    view = to_reconcile(qtbot, window)
    row = go_to_group(qtbot, view, "292,1 triệu")
    members = view.groups_model.row(row).members
    following = view.groups_model.row(row + 1).key

    qtbot.keyClick(view.groups, Qt.Key.Key_Space)  # accept, next
    stored = statistics(project_path)
    assert [(s.members, s.status) for s in stored.values()] == [(members, Status.CONFIRMED)]
    assert view.groups_model.row(view.current_group_row()).key == following
    accepted = [r for r in view.groups_model.rows() if r.members == members]
    assert accepted[0].status == "accepted"

    qtbot.keyClick(view.groups, Qt.Key.Key_Z, CTRL)
    assert statistics(project_path) == {}
    assert all(r.status == "proposed" for r in view.groups_model.rows())
    qtbot.keyClick(view.groups, Qt.Key.Key_Z, CTRL_SHIFT)
    (sid, state), *_ = statistics(project_path).items()
    assert state.members == members and state.status == Status.CONFIRMED

    # the unreviewed filter hides it; U again shows it
    qtbot.keyClick(view.groups, Qt.Key.Key_U)
    assert all(r.status != "accepted" for r in view.groups_model.rows())
    qtbot.keyClick(view.groups, Qt.Key.Key_U)
    row = view.groups_model.row_of(f"s{sid}")
    assert row >= 0
    view.select_group_row(row)

    # Tab to the members, ↓ to the second, S splits it out
    qtbot.keyClick(view.groups, Qt.Key.Key_Tab)
    assert view.members.hasFocus()
    qtbot.keyClick(view.members, Qt.Key.Key_Down)
    leaving = view.members_model.row(view.current_member_row()).figure_id
    qtbot.keyClick(view.members, Qt.Key.Key_S)
    state = statistics(project_path)[sid]
    assert state.members == tuple(m for m in members if m != leaving)
    assert view.groups_model.row(view.current_group_row()).key == f"s{sid}"
    qtbot.keyClick(view.members, Qt.Key.Key_Z, CTRL)
    assert statistics(project_path)[sid].members == members


def test_move_a_member_through_the_picker(qtbot, window, project_path, type_text):
    view = to_reconcile(qtbot, window)
    go_to_group(qtbot, view, "8")
    source = view.groups_model.row(view.current_group_row())
    moving = view.members_model.row(view.current_member_row()).figure_id
    target = next(r for r in view.groups_model.rows() if r.value == "7")
    qtbot.keyClick(view.groups, Qt.Key.Key_M)
    picker = window.reconcile.picker
    assert picker is not None and picker.isVisible()
    assert picker.proxy.rowCount() == view.groups_model.rowCount() - 1
    qtbot.keyClicks(picker.filter, "7 ")
    type_text(picker.filter, "dự án điều chỉnh")
    assert picker.chosen_key() == target.key
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    QApplication.processEvents()
    stored = {s.members for s in statistics(project_path).values()}
    assert tuple(sorted({*target.members, moving})) in stored
    assert tuple(m for m in source.members if m != moving) in stored


def test_conflict_listed_first_and_resolved_by_choosing_the_winner(
    qtbot, open_window, altered_path
):
    win = open_window(altered_path)
    view = to_reconcile(qtbot, win)
    first = view.groups_model.row(0)
    assert first.conflict and first.value == "292,1 triệu ≠ 293,1 triệu"
    assert first.disagreement == "292,1 triệu USD ≠ 293,1 triệu USD"
    marker = view.groups_model.index(0, GROUP_FIELDS.index("conflict"))
    assert marker.data() == "⚠"
    assert view.current_group_row() == 0
    assert "Inconsistent total" in view.details.toPlainText()
    differs = view.members_model.rows()[0].differs
    assert "value" in differs and "place" not in differs

    # conflicts only: just that group
    qtbot.keyClick(view.groups, Qt.Key.Key_C)
    assert [r.key for r in view.groups_model.rows()] == [first.key]
    qtbot.keyClick(view.groups, Qt.Key.Key_C)
    assert view.groups_model.rowCount() > 1

    view.select_group_row(0)
    following = view.groups_model.row(1).key
    qtbot.keyClick(view.groups, Qt.Key.Key_Tab)
    winner = view.members_model.row(view.current_member_row())
    assert winner.value == "292,1 triệu"
    qtbot.keyClick(view.members, Qt.Key.Key_W)
    (state,) = statistics(altered_path).values()
    assert state.winner == winner.figure_id and state.members == first.members
    # resolved, it went below the groups to review; the next one took its row and the keys
    assert view.current_group_row() == 0 and view.groups.hasFocus()
    assert view.groups_model.row(0).key == following
    rows = view.groups_model.rows()
    resolved = next(i for i, r in enumerate(rows) if r.members == first.members)
    row = rows[resolved]
    assert not row.conflict and row.value == "292,1 triệu" and row.status == "accepted"
    index = view.groups_model.index(resolved, GROUP_FIELDS.index("conflict"))
    assert index.data() != "⚠"
    view.select_group_row(resolved)
    assert view.members_model.data(view.members_model.index(0, 1)).startswith("★")
    qtbot.keyClick(view.groups, Qt.Key.Key_C)
    assert view.groups_model.rowCount() == 0


def test_keys_belong_to_the_shown_page(qtbot, window):
    actions = window.actions_by_name
    assert actions["confirm_next"].isEnabled() and not actions["accept_group"].isEnabled()
    to_reconcile(qtbot, window)
    assert actions["accept_group"].isEnabled() and not actions["confirm_next"].isEnabled()
    qtbot.keyClick(window.reconcile_view.groups, Qt.Key.Key_1, CTRL)
    assert window.pages.currentWidget() is window.main_splitter
    assert actions["confirm_next"].isEnabled() and not actions["accept_group"].isEnabled()

    from solieu.ui.dialogs.shortcut_sheet import sheet_html

    html = sheet_html()
    assert "Accept the group and go to the next" in html and "Reconcile" in html


def test_merge_two_groups_then_reopen_by_keyboard(qtbot, window, project_path, type_text):
    view = to_reconcile(qtbot, window)
    go_to_group(qtbot, view, "8")
    source = view.groups_model.row(view.current_group_row())
    target = next(r for r in view.groups_model.rows() if r.value == "7")
    qtbot.keyClick(view.groups, Qt.Key.Key_G)
    picker = window.reconcile.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.filter, "7 ")
    type_text(picker.filter, "dự án điều chỉnh")
    assert picker.chosen_key() == target.key
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    QApplication.processEvents()
    (merged,) = statistics(project_path).values()
    assert merged.members == tuple(sorted({*source.members, *target.members}))
    # accept the merged group, then take the acceptance back with O
    key = next(r.key for r in view.groups_model.rows() if set(r.members) == set(merged.members))
    row = next(i for i, r in enumerate(view.groups_model.rows()) if r.key == key)
    view.select_group_row(row)
    qtbot.keyClick(view.groups, Qt.Key.Key_Space)
    assert next(iter(statistics(project_path).values())).status.value == "confirmed"
    view.select_group_row(next(i for i, r in enumerate(view.groups_model.rows()) if r.key == key))
    qtbot.keyClick(view.groups, Qt.Key.Key_O)
    assert next(iter(statistics(project_path).values())).status.value == "pending"
    qtbot.keyClick(view.groups, Qt.Key.Key_Z, CTRL)
    assert next(iter(statistics(project_path).values())).status.value == "confirmed"


def test_checks_are_worded_in_the_window_language(qapp):
    from decimal import Decimal

    from solieu.reconcile import Check
    from solieu.ui import i18n
    from solieu.ui.reconciling import check_sentence

    bad = Check(
        "sum",
        False,
        (3, 1, 2),
        "total …",
        (Decimal("293100000"), Decimal("76200000"), Decimal("215900000")),
        Decimal("292100000"),
        "USD",
    )
    change = Check(
        "change",
        True,
        (6, 4, 5),
        "change …",
        (Decimal(25), Decimal("3.2E9"), Decimal("4E9")),
        Decimal(25),
        "%",
    )
    assert check_sentence(bad) == (
        "⚠ Inconsistent total: 293.100.000 ≠ 76.200.000 + 215.900.000 = 292.100.000 USD"
    )
    try:
        assert i18n.install(qapp, "vi") == "vi"
        assert check_sentence(bad) == (
            "⚠ Tổng không khớp: 293.100.000 ≠ 76.200.000 + 215.900.000 = 292.100.000 USD"
        )
        assert check_sentence(change) == (
            "✓ Mức thay đổi 25% khớp với 3.200.000.000 → 4.000.000.000 (25%)"
        )
    finally:
        i18n.install(qapp, "en")
