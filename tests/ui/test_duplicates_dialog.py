"""Reconcile ▸ Near-duplicate documents: the pairs with their scores, sorted, opened by keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.reconcile.session import reconcile_project
from solieu.store import Project
from solieu.ui.models.duplicates_model import COLUMNS, DuplicateRow, DuplicatesModel

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_duplicates(qtbot, win):
    qtbot.keyClick(win.table, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = win.dialogs.duplicates
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.table.hasFocus, timeout=2000)
    return dialog


def shown(dialog, row: int) -> list[str]:
    return [dialog.proxy.index(row, c).data() for c in range(len(COLUMNS))]


def test_pairs_listed_best_first_and_opened_with_enter(qtbot, window):
    dialog = open_duplicates(qtbot, window)
    assert dialog.proxy.rowCount() >= 1
    first = dialog.pair_at(0)
    assert (first.a_name[:3], first.b_name[:3]) == ("000", "001")
    a, b, score, shared = shown(dialog, 0)
    assert a == first.a_name and b == first.b_name
    assert score == f"{round(first.score * 100)} %" and shared.endswith(" %")
    assert first.containment >= first.score > 0
    rows = [dialog.pair_at(r) for r in range(dialog.proxy.rowCount())]
    assert [r.containment for r in rows] == sorted((r.containment for r in rows), reverse=True)
    assert "pair" in dialog.summary.text()

    # Enter: document A in the review page; the list steps aside
    window.show_page("reconcile")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.main_splitter
    assert window.doc_id == first.a
    assert not dialog.isVisible()
    assert window.documents_view.currentIndex().row() == window.documents_model.row_of(first.a)

    # the same dialog comes back on the same pair; Shift+Enter opens document B
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()
    assert open_duplicates(qtbot, window) is dialog
    assert dialog.current_pair() == first
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.doc_id == first.b


def test_sorting_by_a_column_and_double_click(qtbot, window):
    dialog = open_duplicates(qtbot, window)
    header = dialog.table.horizontalHeader()
    dialog.table.sortByColumn(COLUMNS.index("score"), Qt.SortOrder.AscendingOrder)
    scores = [dialog.pair_at(r).score for r in range(dialog.proxy.rowCount())]
    assert scores == sorted(scores)
    assert header.sortIndicatorSection() == COLUMNS.index("score")
    dialog.table.sortByColumn(COLUMNS.index("a"), Qt.SortOrder.AscendingOrder)
    names = [dialog.pair_at(r).a_name.casefold() for r in range(dialog.proxy.rowCount())]
    assert names == sorted(names)
    last = dialog.proxy.rowCount() - 1
    pair = dialog.pair_at(last)
    dialog.table.doubleClicked.emit(dialog.proxy.index(last, 2))
    assert window.doc_id == pair.a


def test_the_list_follows_the_reconciliation(qtbot, open_window, tmp_path):
    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    dialog = open_duplicates(qtbot, win)
    assert dialog.proxy.rowCount() == 0
    assert "No two documents" in dialog.summary.text()
    task = win.imports.import_paths([str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1, timeout=30000)
    assert dialog.pair_at(0).a_name.startswith("000")


def test_duplicates_model_passes_modeltester(qtmodeltester, project_path):
    with Project.open(project_path, read_only=True) as project:
        rec = reconcile_project(project)
        names = {d.id: d.name for d in project.documents()}
    model = DuplicatesModel()
    model.set_rows(
        [
            DuplicateRow(p.a, names[p.a], p.b, names[p.b], p.score, p.containment)
            for p in rec.duplicates
        ]
    )
    assert model.rowCount() == len(rec.duplicates) >= 1
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)
