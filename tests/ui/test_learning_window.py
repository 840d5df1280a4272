"""Learning in the window, driven by keys: a corrected measure is suggested in the next
article and one key accepts it; look-alikes of rejected figures fall and go in one step;
a correction made on three articles is offered as a rule; the editor completes from
the codebook."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from solieu.model import Status
from solieu.store import Project, SetDocumentField
from solieu.ui.models.figure_cells import FIELDS

# invented articles of one outlet: the extractor reads "trị giá xuất khẩu" each time
ARTICLES = {
    "a.txt": "Trong 9 tháng, trị giá xuất khẩu của tỉnh đạt 1,2 tỷ USD. Tỉnh xếp thứ 5 với 12 điểm.",
    "b.txt": "Quý III, trị giá xuất khẩu của tỉnh đạt 640 triệu USD. Tỉnh xếp thứ 7 với 15 điểm.",
    "c.txt": "Tháng 10, trị giá xuất khẩu ước đạt 310 triệu USD. Tỉnh xếp thứ 9 với 18 điểm.",
    "d.txt": "Năm 2024, trị giá xuất khẩu đạt 2,1 tỷ USD. Tỉnh xếp thứ 4 với 21 điểm.",
}


@pytest.fixture
def learning_path(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "learn.solieu"
    with Project.create(path) as p:
        p.import_paths([folder])
        for d in p.documents():
            p.apply(SetDocumentField(d.id, "outlet", None, "baonghean.vn"))
    return path


@pytest.fixture
def win(open_window, learning_path, qtbot):
    w = open_window(learning_path)
    qtbot.waitUntil(lambda: w.learning.learner is not None, timeout=5000)
    return w


def show(win, qtbot, name):
    doc = next(d for d in win.project.documents() if d.name == name)
    win.select_document(doc.id)
    qtbot.waitUntil(lambda: win.figures_model.rowCount() > 0 and win.doc_id == doc.id)
    QApplication.processEvents()
    return doc


def money_row(win):
    return next(
        r for r in range(win.figures_model.rowCount())
        if win.figures_model.record(r).unit_class == "USD"
    )  # fmt: skip


def cell(win, row, name, role=Qt.ItemDataRole.DisplayRole):
    return win.figures_model.index(row, FIELDS.index(name)).data(role)


def edit_measure(win, qtbot, type_text, text):
    table = win.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def correct_on_three_articles(win, qtbot, type_text):
    """The same measure correction on a, b and c; returns the rule bar once it offers."""
    for name in ("a.txt", "b.txt", "c.txt"):
        show(win, qtbot, name)
        row = money_row(win)
        win.select_row(row, FIELDS.index("measure"))
        edit_measure(win, qtbot, type_text, "kim ngạch xuất khẩu")
    bar = win.rule_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.current() is not None, timeout=3000)
    return bar


def test_a_corrected_measure_is_suggested_next_time_and_space_accepts_it(win, qtbot, type_text):
    show(win, qtbot, "a.txt")
    row = money_row(win)
    win.select_row(row, FIELDS.index("measure"))
    edit_measure(win, qtbot, type_text, "kim ngạch xuất khẩu")
    qtbot.keyClick(win.table, Qt.Key.Key_Space)  # confirm: links it, creates the entry
    QApplication.processEvents()
    assert [e.name for e in win.project.codebook()] == ["kim ngạch xuất khẩu"]

    show(win, qtbot, "b.txt")
    row = money_row(win)
    qtbot.waitUntil(lambda: cell(win, row, "measure") == "kim ngạch xuất khẩu", timeout=3000)
    record = win.figures_model.record(row)
    assert record.measure == "trị giá xuất khẩu"  # the stored reading is unchanged
    assert "codebook" in cell(win, row, "measure", Qt.ItemDataRole.ToolTipRole)
    assert cell(win, row, "measure", Qt.ItemDataRole.FontRole).italic()
    win.select_row(row)
    qtbot.keyClick(win.table, Qt.Key.Key_Space)  # one key
    after = win.project.figures_by_id([record.id])[0]
    assert after.status == Status.CONFIRMED and after.measure == "kim ngạch xuất khẩu"
    assert after.entry_id == win.project.codebook()[0].id
    assert "Learned: 1 entry" in win.status_line.learned_label.text()
    # Ctrl+Z takes the confirmation and the link back in one step
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = win.project.figures_by_id([record.id])[0]
    assert back.status == Status.PENDING and back.entry_id is None
    assert back.measure == "trị giá xuất khẩu"


def test_look_alikes_of_rejected_figures_fall_and_go_in_one_step(win, qtbot):
    for name in ("a.txt", "b.txt"):
        show(win, qtbot, name)
        score = next(
            r for r in range(win.figures_model.rowCount())
            if win.figures_model.record(r).unit_class != "USD"
        )  # fmt: skip
        win.select_row(score)
        qtbot.keyClick(win.table, Qt.Key.Key_X)
        QApplication.processEvents()
    show(win, qtbot, "c.txt")
    row = next(
        r for r in range(win.figures_model.rowCount())
        if win.figures_model.record(r).unit_class != "USD"
    )  # fmt: skip
    record = win.figures_model.record(row)
    qtbot.waitUntil(
        lambda: "rejected" in (cell(win, row, "confidence", Qt.ItemDataRole.ToolTipRole) or "")
    )
    shown = int(cell(win, row, "confidence").rstrip("%"))
    assert shown < round(record.confidence * 100)
    win.select_row(row)
    qtbot.keyClick(win.table, Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier)
    assert win.project.figures_by_id([record.id])[0].status == Status.REJECTED
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.project.figures_by_id([record.id])[0].status == Status.PENDING


def test_a_correction_on_three_articles_is_offered_as_a_rule(win, qtbot, type_text):
    bar = correct_on_three_articles(win, qtbot, type_text)
    proposal = bar.current()
    assert proposal.rule.field == "measure" and proposal.rule.new == "kim ngạch xuất khẩu"
    d = next(d for d in win.project.documents() if d.name == "d.txt")
    target = next(f for f in win.project.figures(document_id=d.id) if f.unit_class == "USD")
    assert target.id in proposal.targets
    bar.apply()
    assert win.project.figures_by_id([target.id])[0].measure == "kim ngạch xuất khẩu"
    assert [r.state for r in win.project.rules()] == [proposal.rule]
    assert not bar.isVisible()
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.project.rules() == []
    assert win.project.figures_by_id([target.id])[0].measure == "trị giá xuất khẩu"


def test_the_measure_editor_completes_from_the_codebook_and_tab_takes_it(win, qtbot, type_text):
    from solieu.learn import codebook_edits as cb
    from solieu.learn.model import EntryState

    win.project.apply(
        cb.create(win.project, EntryState("kim ngạch xuất khẩu", synonyms=("giá trị xuất khẩu",)))
    )
    qtbot.waitUntil(lambda: len(win.learning.learner.entries) == 1)
    show(win, qtbot, "a.txt")
    row = money_row(win)
    win.select_row(row, FIELDS.index("measure"))
    qtbot.keyClick(win.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "giá trị")
    completer = editor.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Tab)  # takes the completion and commits
    QApplication.processEvents()
    record = win.figures_model.record(row)
    assert record.measure == "kim ngạch xuất khẩu"  # a synonym is stored as its entry


def test_ctrl_3_shows_the_codebook_page(win, qtbot):
    qtbot.keyClick(win.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "codebook"
    qtbot.keyClick(win.codebook_page.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "review"


def test_the_rules_apply_to_what_a_new_import_brings(win, qtbot, tmp_path):
    from solieu.learn.model import RuleState
    from solieu.store import PutRule

    rule = RuleState("measure", "trị giá xuất khẩu", "kim ngạch xuất khẩu", {})
    win.project.apply(PutRule(None, rule))
    qtbot.waitUntil(lambda: len(win.learning.learner.rules) == 1)
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "e.txt").write_text(
        "Tháng 11, trị giá xuất khẩu của tỉnh đạt 420 triệu USD.", encoding="utf-8"
    )
    win.project.import_paths([folder])
    doc = next(d for d in win.project.documents() if d.name == "e.txt")

    def measure():
        figures = win.project.figures(document_id=doc.id)
        return next(f.measure for f in figures if f.unit_class == "USD")

    qtbot.waitUntil(lambda: measure() == "kim ngạch xuất khẩu", timeout=3000)
    assert "rules" in win.statusBar().currentMessage()
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert measure() == "trị giá xuất khẩu"


def test_n_visits_the_look_alikes_of_rejected_figures_last(win, qtbot, tmp_path):
    for name in ("a.txt", "b.txt"):
        show(win, qtbot, name)
        rank = next(
            r for r in range(win.figures_model.rowCount())
            if win.figures_model.record(r).unit_class != "USD"
        )  # fmt: skip
        win.select_row(rank)
        qtbot.keyClick(win.table, Qt.Key.Key_X)
        QApplication.processEvents()
    # an article whose look-alike comes first in the text
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "e.txt").write_text(
        "Tỉnh xếp thứ 6 với 19 điểm. Tháng 11, trị giá xuất khẩu đạt 420 triệu USD.",
        encoding="utf-8",
    )
    win.project.import_paths([folder])
    QApplication.processEvents()
    doc = show(win, qtbot, "e.txt")
    figures = win.project.figures(document_id=doc.id)
    low = next(f for f in figures if f.unit_class != "USD")
    money = next(f for f in figures if f.unit_class == "USD")
    assert low.start < money.start
    row = win.figures_model.row_of(low.id)
    qtbot.waitUntil(lambda: "↓" in (cell(win, row, "status") or ""))
    assert "rejected" in cell(win, row, "status", Qt.ItemDataRole.ToolTipRole)
    show(win, qtbot, "d.txt")  # from the document before: N, N
    win.select_row(win.figures_model.rowCount() - 1)
    qtbot.keyClick(win.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: win.figure_id == money.id)
    qtbot.keyClick(win.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: win.figure_id == low.id)


def test_only_the_rows_on_screen_are_asked_for_hints(window, qtbot):
    win = window
    win.all_docs.setChecked(True)
    qtbot.waitUntil(lambda: win.figures_model.rowCount() > 60)
    win.resize(900, 500)
    QApplication.processEvents()
    shown = win.learning._shown_records()
    assert 0 < len(shown) < win.figures_model.rowCount()
    first = {r.id for r in shown}
    win.table.verticalScrollBar().setValue(win.table.verticalScrollBar().maximum())
    QApplication.processEvents()
    last = {r.id for r in win.learning._shown_records()}
    assert win.figures_model.record(win.figures_model.rowCount() - 1).id in last
    assert first != last


def test_not_now_turns_a_rule_down_for_good_and_ctrl_z_offers_it_again(
    win, qtbot, type_text, open_window, learning_path
):
    bar = correct_on_three_articles(win, qtbot, type_text)
    offered = bar.current().rule
    win.table.setFocus()
    with qtbot.waitSignal(bar.dismissed, timeout=1000):
        qtbot.keyClick(win.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # No, thanks
    (stored,) = win.project.rules()
    assert stored.state.new == offered.new and not stored.state.active
    assert bar.current() is None or bar.current().rule != offered
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.project.rules() == []
    qtbot.waitUntil(lambda: bar.current() is not None and bar.current().rule == offered)
    with qtbot.waitSignal(bar.dismissed, timeout=1000):
        qtbot.keyClick(win.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert not win.project.rules()[0].state.active
    path = win.project.path
    win.close()
    again = open_window(path)  # a restart: the rule is not offered again
    qtbot.waitUntil(lambda: again.learning.learner is not None, timeout=5000)
    show(again, qtbot, "d.txt")
    QApplication.processEvents()
    assert again.rule_bar.current() is None or again.rule_bar.current().rule != offered
