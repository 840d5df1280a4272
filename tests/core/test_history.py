"""Edit history from the review log: what it lists, what is still current, undoing to a point."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from solieu.model import Status
from solieu.store import (
    AddFigure,
    Batch,
    DeleteFigure,
    InvalidEdit,
    Project,
    PutStatistic,
    SetDocumentField,
    SetField,
    SetStatus,
    StatisticState,
)

TOURISM = (
    "Trong 9 tháng đầu năm 2025, tỉnh Khánh Hòa đón 4,2 triệu lượt khách quốc tế, tăng 18% "
    "so với cùng kỳ. Doanh thu du lịch đạt 35.000 tỷ đồng."
)
TRAFFIC = (
    "Trong tháng 8, trên địa bàn tỉnh Nghệ An xảy ra 45 vụ tai nạn giao thông, làm chết "
    "21 người và bị thương 30 người."
)


@pytest.fixture
def project(tmp_path) -> Project:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "du-lich.txt").write_text(TOURISM, encoding="utf-8")
    (folder / "giao-thong.txt").write_text(TRAFFIC, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        report = p.import_paths([folder])
        assert sum(report.imported_figures) == 6
        yield p


def by_text(project: Project, text: str):
    (fig,) = [f for f in project.figures() if f.text == text]
    return fig


def state(project: Project) -> tuple:
    """Everything a reviewer decides, without the timestamps every edit moves."""
    figures = {f.id: dataclasses.replace(f, updated_at="") for f in project.figures()}
    documents = {d.id: d for d in project.document_properties().values()}
    return figures, documents, project.statistics()


def test_history_is_newest_first_with_actions_and_descriptions(project):
    visitors = by_text(project, "4,2 triệu lượt khách")
    deaths, injured = by_text(project, "21 người"), by_text(project, "30 người")
    project.apply(SetField(visitors.id, "note", None, "khách quốc tế, không gồm nội địa"))
    project.apply(SetStatus((deaths.id, injured.id), Status.CONFIRMED))
    doc = project.documents()[0]
    project.apply(SetDocumentField(doc.id, "outlet", None, "Báo Khánh Hòa"))

    entries = project.history()
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    outlet, *status_rows, note = entries
    assert (outlet.action, outlet.field, outlet.new) == ("document", "outlet", "Báo Khánh Hòa")
    assert (outlet.document_id, outlet.document) == (doc.id, doc.name)
    assert {(e.figure_id, e.old, e.new) for e in status_rows} == {
        (deaths.id, "pending", "confirmed"),
        (injured.id, "pending", "confirmed"),
    }
    # the two rows of one Batch are one action, named by its first row's id
    assert {e.action_id for e in status_rows} == {min(e.id for e in status_rows)}
    assert {e.document for e in status_rows} == {"giao-thong.txt"}
    assert {e.figure_text for e in status_rows} == {"21 người", "30 người"}
    assert (note.figure_id, note.field, note.figure_text) == (
        visitors.id,
        "note",
        "4,2 triệu lượt khách",
    )
    assert note.document == "du-lich.txt" and note.action_id == note.id
    assert all(e.current for e in entries)
    assert [e.id for e in project.history(limit=2, offset=1)] == [e.id for e in entries[1:3]]


def test_an_overwritten_entry_is_no_longer_current(project):
    share = by_text(project, "18%")
    project.apply(SetField(share.id, "measure", share.measure, "tăng trưởng khách quốc tế"))
    project.apply(SetField(share.id, "measure", "tăng trưởng khách quốc tế", "lượt khách quốc tế"))
    newer, older = project.history()
    assert (newer.current, older.current) == (True, False)
    # undoing the newer through the window's stack puts the older value back: a new row
    project.apply(SetField(share.id, "measure", "lượt khách quốc tế", "tăng trưởng khách quốc tế"))
    undo_row, newer, older = project.history()
    assert (undo_row.current, newer.current, older.current) == (True, False, False)


def test_undo_to_reverts_whole_actions_and_its_inverse_redoes_them(project):
    revenue = by_text(project, "35.000 tỷ đồng")
    crashes = by_text(project, "45 vụ")
    deaths, injured = by_text(project, "21 người"), by_text(project, "30 người")
    before = state(project)
    project.apply(SetField(revenue.id, "value", revenue.value, Decimal("35000000000001")))
    first = project.history()[0].id
    project.apply(SetStatus((crashes.id, deaths.id, injured.id), Status.CONFIRMED))
    text = project.document(crashes.document_id).text
    start = text.index("tháng 8")
    month = AddFigure(crashes.document_id, start, start + 7, {"value": "8", "unit_class": "count"})
    added = project.apply(month)
    assert isinstance(added, DeleteFigure)
    project.apply(DeleteFigure(injured.id))
    project.apply(SetDocumentField(crashes.document_id, "published", None, "2025-09-02"))
    stat = project.apply(
        PutStatistic(None, StatisticState((crashes.id, deaths.id), Status.CONFIRMED))
    )
    after = state(project)

    plan = project.undo_plan(first)
    assert plan.skipped == () and set(plan.reverted) == {e.id for e in project.history()}
    undone = project.undo_to(first)
    assert state(project) == before
    assert undone.skipped == () and set(undone.reverted) == set(plan.reverted)
    # the three status rows came back as one bulk change
    statuses = [e for e in undone.edit.edits if isinstance(e, SetStatus)]
    assert [sorted(e.figure_ids) for e in statuses] == [sorted([crashes.id, deaths.id, injured.id])]
    undo_action = project.history()[0].action_id  # the undo is logged like any edit
    assert not any(e.current for e in project.history() if e.id < undo_action)

    project.apply(undone.inverse)  # redo: everything is back, the added figure keeps its id
    assert state(project) == after
    assert project.figure(added.figure_id).text == "tháng 8"
    assert stat.statistic_id in project.statistics()


def test_undo_to_takes_each_field_back_to_its_earliest_old_value(project):
    share = by_text(project, "18%")
    original = share.measure
    project.apply(SetField(share.id, "measure", original, "A"))
    log_a = project.history()[0].id
    project.apply(SetField(share.id, "measure", "A", "B"))
    log_b = project.history()[0].id
    project.apply(SetField(share.id, "measure", "B", "C"))
    assert project.undo_to(log_b).edit == Batch((SetField(share.id, "measure", "C", "A"),))
    assert project.figure(share.id).measure == "A"
    project.undo_to(log_a)  # the undo row is after log_a too: back to the very start
    assert project.figure(share.id).measure == original


def test_entries_no_longer_current_are_skipped_and_reported(project):
    visitors = by_text(project, "4,2 triệu lượt khách")
    crashes = by_text(project, "45 vụ")
    project.apply(SetField(visitors.id, "note", None, "số liệu sơ bộ"))
    first = project.history()[0].id
    project.apply(SetField(crashes.id, "note", None, "theo Công an tỉnh"))
    kept = project.history()[0].id
    with project._transaction() as conn:  # another program changes the note meanwhile
        conn.execute("UPDATE figures SET note = 'sửa ngoài' WHERE id = ?", (visitors.id,))
    history = project.history()
    assert [e.current for e in history] == [True, False]
    result = project.undo_to(first)
    assert result.skipped == (first,) and result.reverted == (kept,)
    assert project.figure(visitors.id).note == "sửa ngoài"  # never overwritten
    assert project.figure(crashes.id).note is None
    # nothing current left after `first`: a second undo changes nothing and logs nothing
    rows = len(project.review_log())
    again = project.undo_to(first)
    assert again.edit == Batch(()) and len(project.review_log()) == rows


def test_a_reread_document_is_skipped_and_its_figures_with_it(tmp_path):
    src = tmp_path / "gia.txt"
    src.write_text("Giá lúa tại An Giang tăng 500 đồng/kg, lên 7.800 đồng/kg.", encoding="utf-8")
    other = tmp_path / "mua.txt"
    other.write_text("Lượng mưa tại Huế đạt 320 mm trong ba ngày.", encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([src, other])
        gia = [f for f in p.figures() if f.document == "gia.txt"][0]
        rain = [f for f in p.figures() if f.document == "mua.txt"][0]
        p.apply(SetField(gia.id, "status", Status.PENDING, Status.CONFIRMED))
        first = p.history()[0].id
        p.apply(SetField(gia.id, "status", Status.CONFIRMED, Status.PENDING))
        second = p.history()[0].id
        p.apply(SetField(rain.id, "status", Status.PENDING, Status.REJECTED))
        p.reread(gia.document_id, "cp1258")  # the figures of gia.txt are replaced
        reread = p.history()[0]
        assert (reread.action, reread.document, reread.current) == ("reread", "gia.txt", False)
        result = p.undo_to(first)
        assert p.figure(rain.id).status is Status.PENDING
        assert set(result.skipped) == {first, second, reread.id}


def test_history_and_undo_survive_a_restart(project):
    path = project.path
    deaths = by_text(project, "21 người")
    before = state(project)
    project.apply(SetField(deaths.id, "number", Decimal("21"), Decimal("22")))
    project.apply(SetField(deaths.id, "change", False, True))
    project.apply(SetField(deaths.id, "qualifier", None, "over"))
    entries = project.history()
    project.close()
    with Project.open(path) as reopened:
        assert reopened.history() == entries
        reopened.undo_to(entries[-1].id)
        assert state(reopened) == before
        assert [e.current for e in reopened.history()[3:]] == [False, False, False]


def test_a_statistic_decision_is_undone_and_described(project):
    crashes, deaths = by_text(project, "45 vụ"), by_text(project, "21 người")
    made = project.apply(PutStatistic(None, StatisticState((crashes.id,), Status.PENDING)))
    sid = made.statistic_id
    first = project.history()[0].id
    grown = StatisticState((crashes.id, deaths.id), Status.CONFIRMED, deaths.id)
    project.apply(PutStatistic(sid, grown, StatisticState((crashes.id,), Status.PENDING)))
    rows = [e for e in project.history() if e.action == "statistic"]
    assert {e.statistic_id for e in rows} == {sid}
    newest = rows[0].action_id
    assert all(e.current == (e.action_id == newest) for e in rows)
    project.undo_to(first)
    assert project.statistics() == {}


def test_an_unknown_log_id_is_refused(project):
    with pytest.raises(InvalidEdit, match="no entry 999"):
        project.undo_to(999)


def test_a_read_only_project_shows_its_history(project, tmp_path):
    visitors = by_text(project, "4,2 triệu lượt khách")
    project.apply(SetField(visitors.id, "status", Status.PENDING, Status.REJECTED))
    path: Path = project.path
    project.close()
    with Project.open(path, read_only=True) as reader:
        (entry,) = reader.history()
        assert entry.current and entry.figure_text == "4,2 triệu lượt khách"
        assert reader.undo_plan(entry.id).edit == Batch(
            (SetField(visitors.id, "status", Status.REJECTED, Status.PENDING),)
        )


def test_a_figure_added_edited_and_deleted_after_the_point_stays_gone(project):
    crashes = by_text(project, "45 vụ")
    before = state(project)
    text = project.document(crashes.document_id).text
    start = text.index("tháng 8")
    month = AddFigure(crashes.document_id, start, start + 7, {"value": "8", "unit_class": "count"})
    added = project.apply(month)
    first = project.history()[0].id
    project.apply(SetField(added.figure_id, "note", None, "không phải số liệu"))
    project.apply(added)  # deleted again
    project.apply(SetField(crashes.id, "unit", crashes.unit, "vụ tai nạn"))
    result = project.undo_to(first)
    assert result.skipped == () and len(result.reverted) == 4
    assert result.edit == Batch((SetField(crashes.id, "unit", "vụ tai nạn", crashes.unit),))
    assert state(project) == before
