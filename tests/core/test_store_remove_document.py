"""Removing a document: a soft, logged, undoable edit that hides it and its figures."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from solieu.model import Status
from solieu.store import (
    SCHEMA_VERSION,
    AddFigure,
    DeleteFigure,
    EditConflict,
    Project,
    PutStatistic,
    RemoveDocument,
    RestoreDocument,
    SetField,
    SetStatus,
    StatisticState,
    edit_from_json,
)

RICE = "Vụ đông xuân, tỉnh An Giang gieo trồng 230.000 ha lúa, năng suất đạt 7,2 tấn/ha."
FDI = (
    "Trong 6 tháng đầu năm, Bắc Ninh thu hút 1,8 tỷ USD vốn FDI, tăng 25% so với cùng kỳ; "
    "kim ngạch xuất khẩu đạt 20 tỷ USD."
)


@pytest.fixture
def setup(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "lua.txt").write_text(RICE, encoding="utf-8")
    (folder / "fdi.txt").write_text(FDI, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        report = p.import_paths([folder])
        assert sorted(report.imported) == ["fdi.txt", "lua.txt"]
        docs = {d.name: d.id for d in p.documents()}
        yield p, folder, docs


def _visible(p: Project) -> tuple:
    figures = tuple(dataclasses.replace(f, updated_at="") for f in p.figures())
    return figures, tuple(p.documents()), p.counts(), tuple(p.document_properties())


def test_remove_hides_the_document_and_its_figures_from_every_read(setup):
    p, _, docs = setup
    rice, fdi = docs["lua.txt"], docs["fdi.txt"]
    rice_figures = p.figures(document_id=rice)
    fdi_figures = p.figures(document_id=fdi)
    assert rice_figures and fdi_figures
    before = p.counts()

    inverse = p.apply(RemoveDocument(rice))

    assert inverse == RestoreDocument(rice)
    assert [d.id for d in p.documents()] == [fdi]
    assert p.documents([rice, fdi]) == p.documents([fdi])
    assert {f.id for f in p.figures()} == {f.id for f in fdi_figures}
    assert p.figures(document_id=rice) == []
    assert p.figures_by_id([f.id for f in rice_figures]) == []
    assert {r[0] for r in p.figure_columns(["value", "document"])} == {f.id for f in fdi_figures}
    assert p.figure_columns(["value"], document_id=rice) == []
    assert sum(p.counts().values()) == sum(before.values()) - len(rice_figures)
    assert set(p.document_properties()) == {fdi}
    # still reachable by id: an open view and the undo stack name it
    assert p.document(rice).name == "lua.txt"
    assert p.figure(rice_figures[0].id).document_id == rice


def test_restore_is_the_exact_inverse_and_undo_redo_round_trip(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    before = _visible(p)
    inverse = p.apply(RemoveDocument(rice))
    removed = _visible(p)
    redo = p.apply(inverse)
    assert redo == RemoveDocument(rice)
    assert _visible(p) == before
    assert p.apply(redo) == RestoreDocument(rice)
    assert _visible(p) == removed
    p.apply(RestoreDocument(rice))
    assert _visible(p) == before


def test_a_stale_remove_or_restore_is_refused_and_changes_nothing(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    with pytest.raises(EditConflict):
        p.apply(RestoreDocument(rice))
    p.apply(RemoveDocument(rice))
    log_rows = len(p.review_log())
    with pytest.raises(EditConflict):
        p.apply(RemoveDocument(rice))
    with pytest.raises(EditConflict):
        p.apply(RemoveDocument(9999))
    assert len(p.review_log()) == log_rows


def test_a_figure_deleted_before_stays_deleted_after_the_restore(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    first, *rest = p.figures(document_id=rice)
    p.apply(DeleteFigure(first.id))
    p.apply(RemoveDocument(rice))
    p.apply(RestoreDocument(rice))
    assert [f.id for f in p.figures(document_id=rice)] == [f.id for f in rest]
    conn = p._connection()
    assert conn.execute("SELECT deleted FROM figures WHERE id = ?", (first.id,)).fetchone() == (1,)


def test_statistic_members_are_kept_while_their_document_is_removed(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    member = p.figures(document_id=rice)[0].id
    p.apply(PutStatistic(None, StatisticState((member,), Status.CONFIRMED)))
    (statistic,) = p.statistics().values()
    p.apply(RemoveDocument(rice))
    assert list(p.statistics().values()) == [statistic]
    assert member not in {f.id for f in p.figures()}  # reconciliation reads figures()


def test_remove_is_one_logged_action_and_the_json_round_trips(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    p.apply(RemoveDocument(rice))
    (row,) = p.review_log()
    assert row.action == "remove_document"
    assert row.new == "lua.txt"
    assert edit_from_json(row.edit) == RemoveDocument(rice)
    assert edit_from_json(RestoreDocument(rice).to_json()) == RestoreDocument(rice)


def test_the_store_notifies_a_structural_change_naming_the_document(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    rice_ids = {f.id for f in p.figures(document_id=rice)}
    changes = []
    p.subscribe(changes.append)
    p.apply(RemoveDocument(rice))
    (change,) = changes
    assert (change.structural, change.document_ids, change.figure_ids) == (True, {rice}, rice_ids)
    p.apply(RestoreDocument(rice))
    assert (changes[-1].document_ids, changes[-1].figure_ids) == ({rice}, rice_ids)


def test_history_marks_a_remove_current_while_the_document_stays_removed(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    p.apply(RemoveDocument(rice))
    (entry,) = p.history()
    assert (entry.action, entry.document_id, entry.document, entry.current) == (
        "remove_document",
        rice,
        "lua.txt",
        True,
    )
    p.apply(RestoreDocument(rice))
    restore, remove = p.history()
    assert (restore.action, restore.current, remove.current) == ("restore_document", True, False)


def test_undo_to_a_remove_brings_the_document_back_and_its_inverse_removes_it(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    before = _visible(p)
    fig = p.figures(document_id=docs["fdi.txt"])[0]
    p.apply(RemoveDocument(rice))
    p.apply(SetField(fig.id, "note", None, "vốn đăng ký mới"))
    (remove,) = [e for e in p.history() if e.action == "remove_document"]
    result = p.undo_to(remove.id)
    assert result.skipped == ()
    assert _visible(p) == before
    p.apply(result.inverse)
    assert [d.id for d in p.documents()] == [docs["fdi.txt"]]
    assert p.figure(fig.id).note == "vốn đăng ký mới"


def test_undo_to_a_remove_already_restored_changes_nothing(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    p.apply(RemoveDocument(rice))
    p.apply(RestoreDocument(rice))
    restore, remove = p.history()
    # back to before the remove: the document is already there, so no edit is needed
    plan = p.undo_plan(remove.id)
    assert (plan.edit.edits, plan.reverted, plan.skipped) == ((), (restore.id, remove.id), ())
    # back to before the restore only: the document is removed again
    plan = p.undo_plan(restore.id)
    assert plan.edit.edits == (RemoveDocument(rice),)


def test_importing_a_removed_document_again_restores_it(setup):
    p, folder, docs = setup
    rice = docs["lua.txt"]
    figures = p.figures(document_id=rice)
    p.apply(RemoveDocument(rice))
    report = p.import_paths([folder / "lua.txt"])
    assert report.imported == ["lua.txt"]
    assert report.restored == ["lua.txt"]
    assert report.imported_figures == [len(figures)]
    assert report.skipped == []
    assert p.figures(document_id=rice) == figures
    assert p.review_log()[-1].action == "restore_document"
    # and once it is back, another import skips it as before
    again = p.import_paths([folder / "lua.txt"])
    assert (again.imported, len(again.skipped)) == ([], 1)


def test_a_v4_file_gains_document_removal_and_the_step_is_idempotent(tmp_path):
    from solieu.store import schema

    path = tmp_path / "v4.solieu"
    article = tmp_path / "gia.txt"
    article.write_text("CPI tháng 5 của Hà Nội tăng 0,4% so với tháng trước.", encoding="utf-8")
    with Project.create(path) as p:
        p.import_paths([article])
        (doc,) = p.documents()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE documents DROP COLUMN deleted")
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        assert [d.id for d in p.documents()] == [doc.id]
        conn = p._connection()
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert int(version[0]) == SCHEMA_VERSION
        conn.execute("BEGIN IMMEDIATE")
        schema.MIGRATIONS[4](conn)  # idempotent
        conn.execute("COMMIT")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
        assert columns.count("deleted") == 1
        p.apply(RemoveDocument(doc.id))
        assert p.documents() == []
    assert (tmp_path / "v4.solieu.bak-v4").exists()


def test_edits_to_a_removed_documents_figures_are_refused_and_change_nothing(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    fig = p.figures(document_id=rice)[0]
    p.apply(RemoveDocument(rice))
    log_before = len(p.history())
    refused = [
        SetField(fig.id, "measure", fig.measure, "diện tích lúa"),
        SetStatus((fig.id,), Status.CONFIRMED, (fig.status,)),
        DeleteFigure(fig.id),
        AddFigure(rice, 0, 3, {"value": "1", "unit_class": "count"}),
    ]
    for edit in refused:
        with pytest.raises(EditConflict, match="removed"):
            p.apply(edit)
    assert len(p.history()) == log_before
    p.apply(RestoreDocument(rice))
    assert p.figures(document_id=rice)[0] == fig
    p.apply(SetField(fig.id, "measure", fig.measure, "diện tích lúa"))  # allowed again


def test_a_figure_the_reviewer_adds_has_the_manual_kind(setup):
    p, _, docs = setup
    rice = docs["lua.txt"]
    start = RICE.index("Vụ")
    p.apply(AddFigure(rice, start, start + 2, {"value": "1", "unit_class": "count"}))
    added = [f for f in p.figures(document_id=rice) if f.start == start]
    assert [f.kind for f in added] == ["manual"]
