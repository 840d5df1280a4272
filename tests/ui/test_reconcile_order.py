"""The groups list keeps its order while the reviewer works, and a large project's
recomputation runs in the background without holding the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from solieu.model import Status
from solieu.reconcile.grouping import Group
from solieu.store import Project
from solieu.ui.group_order import arrange
from solieu.ui.group_rows import GroupRow

CTRL = Qt.KeyboardModifier.ControlModifier


def row(key: str, members: tuple[int, ...], status: str = "proposed") -> GroupRow:
    group = Group(key=key, members=members, reason={}, conflict=False, status=status)
    return GroupRow(key, group, "1", "USD", "m", "p", "2025", 2, status, False, 0)


def keys(rows) -> list[str]:
    return [r.key for r in rows]


def test_first_order_is_the_reconcilers_with_accepted_groups_below():
    rows = [row("p1", (1, 2)), row("s1", (3, 4), "accepted"), row("p5", (5, 6))]
    shown, _ = arrange(rows, None)
    assert keys(shown) == ["p1", "p5", "s1"]


def test_a_decided_group_keeps_its_place_under_its_new_key():
    before = [row("p1", (1, 2)), row("p3", (3, 4, 9)), row("p5", (5, 6))]
    _, order = arrange(before, None)
    # the reconciler now lists the decided group last (its members changed: a split)
    after = [row("p1", (1, 2)), row("p5", (5, 6)), row("s7", (3, 4), "open")]
    shown, _ = arrange(after, order)
    assert keys(shown) == ["p1", "s7", "p5"]


def test_accepted_goes_below_and_comes_back_to_its_place():
    first = [row("p1", (1, 2)), row("p3", (3, 4)), row("p5", (5, 6))]
    _, order = arrange(first, None)
    accepted = [row("p1", (1, 2)), row("p5", (5, 6)), row("s1", (3, 4), "accepted")]
    shown, order = arrange(accepted, order)
    assert keys(shown) == ["p1", "p5", "s1"]  # the next group slid into its row
    undone = [row("p1", (1, 2)), row("p3", (3, 4)), row("p5", (5, 6))]
    shown, _ = arrange(undone, order)
    assert keys(shown) == ["p1", "p3", "p5"]


def test_a_new_group_follows_its_predecessor_in_the_reconcilers_order():
    _, order = arrange([row("p1", (1, 2)), row("p5", (5, 6)), row("p9", (9, 10))], None)
    # a split-out mention (3) now grouped with a new one (11), listed by the reconciler
    # right after p1; and p9 (reconciler's first now) keeps its place
    new = [row("p9", (9, 10)), row("p1", (1, 2)), row("p3", (3, 11)), row("p5", (5, 6))]
    shown, _ = arrange(new, order)
    assert keys(shown) == ["p1", "p3", "p5", "p9"]


def test_the_group_sharing_most_keeps_the_place():
    _, order = arrange([row("p1", (1, 2, 3)), row("p7", (7, 8))], None)
    # 3 split out of p1 joined a group with 12; the group keeping 1 and 2 stays first
    new = [row("p3", (3, 12)), row("s1", (1, 2), "open"), row("p7", (7, 8))]
    shown, _ = arrange(new, order)
    assert keys(shown) == ["s1", "p3", "p7"]


@pytest.fixture
def background(monkeypatch):
    """Every recomputation in the background, as on a project of 100,000 figures."""
    import solieu.ui.regrouping

    monkeypatch.setattr(solieu.ui.regrouping, "SLOW_S", -1.0)


def statistics(path):
    with Project.open(path, read_only=True) as project:
        return project.statistics()


def test_keys_go_on_while_the_background_recomputes(qtbot, background, window, project_path):
    qtbot.keyClick(window.table, Qt.Key.Key_2, CTRL)
    view, rc = window.reconcile_view, window.reconcile
    qtbot.waitUntil(lambda: not rc.regrouper.busy(), timeout=20000)
    qtbot.keyClick(view.groups, Qt.Key.Key_Home, CTRL)
    first, second, third = (view.groups_model.row(i) for i in range(3))

    qtbot.keyClick(view.groups, Qt.Key.Key_Space)
    assert rc.regrouper.busy()  # the key returned at once; the work goes on in the background
    assert "regrouping…" in view.count_label.text()
    assert view.groups_model.row(view.current_group_row()).key == second.key  # moved on now
    qtbot.keyClick(view.groups, Qt.Key.Key_Space)  # before the first recomputation is in
    assert view.groups_model.row(view.current_group_row()).key == third.key

    qtbot.waitUntil(lambda: not rc.regrouper.busy(), timeout=20000)
    stored = statistics(project_path).values()
    assert sorted(s.members for s in stored) == sorted([first.members, second.members])
    assert all(s.status == Status.CONFIRMED for s in stored)
    assert view.current_group_row() == 0 and view.groups_model.row(0).key == third.key
    assert "regrouping…" not in view.count_label.text()


def test_a_replaced_recomputation_is_freed_a_little_at_a_time(qtbot):
    import weakref

    from solieu.ui.regrouping import Release

    class Row:
        pass

    rows = [Row() for _ in range(3 * Release.CHUNK)]
    alive = [weakref.ref(r) for r in rows]
    release = Release(None)
    release.later(rows)
    del rows
    assert release.pending() == 3 * Release.CHUNK  # nothing freed while the caller runs
    assert all(r() is not None for r in alive)
    qtbot.waitUntil(lambda: release.pending() == 0)
    assert all(r() is None for r in alive)
