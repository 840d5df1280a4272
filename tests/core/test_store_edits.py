"""Every edit applies in one transaction, is logged, and its inverse restores exactly."""

from __future__ import annotations

import dataclasses
import sqlite3
from decimal import Decimal

import pytest

from solieu.model import Origin, Status
from solieu.resources import seed_articles
from solieu.store import (
    AddFigure,
    Batch,
    DeleteFigure,
    EditConflict,
    InvalidEdit,
    Project,
    ProjectError,
    RestoreFigure,
    SetField,
    SetStatus,
    edit_from_json,
)


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "seed.solieu"
    with Project.create(path) as project:
        report = project.import_paths(seed_articles())
    assert len(report.imported) == 5 and sum(report.imported_figures) > 20
    return path


@pytest.fixture
def project(seed_file, tmp_path):
    path = tmp_path / "p.solieu"
    path.write_bytes(seed_file.read_bytes())
    with Project.open(path) as p:
        yield p


def snapshot(project: Project) -> dict:
    """The live figures without their timestamp, which every edit moves on purpose."""
    return {f.id: dataclasses.replace(f, updated_at="") for f in project.figures()}


def edits_for(project: Project) -> dict[str, object]:
    figs = project.figures()
    a, b, c = figs[0], figs[1], figs[2]
    return {
        "status": SetField(a.id, "status", a.status, Status.CONFIRMED),
        "value": SetField(a.id, "value", a.value, Decimal("76200000.50")),
        "number": SetField(a.id, "number", a.number, Decimal("76.2")),
        "scale": SetField(a.id, "scale", a.scale, "triệu"),
        "unit": SetField(a.id, "unit", a.unit, "USD"),
        "unit_class": SetField(a.id, "unit_class", a.unit_class, "EUR"),
        "qualifier": SetField(a.id, "qualifier", a.qualifier, "nearly"),
        "change": SetField(a.id, "change", a.change, not a.change),
        "measure": SetField(a.id, "measure", a.measure, "kim ngạch xuất khẩu"),
        "place": SetField(a.id, "place", a.place, "Đồng Tháp"),
        "period": SetField(a.id, "period", a.period, "6 tháng đầu năm 2025"),
        "note": SetField(a.id, "note", a.note, "số liệu từ Sở Công Thương"),
        "bulk-status": SetStatus(
            (a.id, b.id, c.id), Status.REJECTED, (a.status, b.status, c.status)
        ),
        "add": AddFigure(
            a.document_id,
            a.start,
            a.end - 1,  # the exact span of a figure is refused as a duplicate
            {"value": Decimal("94"), "unit_class": "count", "note": "dup"},
        ),
        "delete": DeleteFigure(b.id),
        "batch": Batch(
            (
                SetField(a.id, "value", a.value, Decimal(1)),
                SetField(a.id, "status", a.status, Status.CONFIRMED),
                SetField(b.id, "note", b.note, "x"),
                DeleteFigure(c.id),
            )
        ),
    }


EDIT_NAMES = [
    "status",
    "value",
    "number",
    "scale",
    "unit",
    "unit_class",
    "qualifier",
    "change",
    "measure",
    "place",
    "period",
    "note",
    "bulk-status",
    "add",
    "delete",
    "batch",
]


@pytest.mark.parametrize("name", EDIT_NAMES)
def test_apply_then_inverse_restores_exactly_and_redo_reapplies(project, name):
    edit = edits_for(project)[name]
    before = snapshot(project)
    inverse = project.apply(edit)
    after = snapshot(project)
    assert after != before
    redo = project.apply(inverse)
    assert snapshot(project) == before
    project.apply(redo)
    assert snapshot(project) == after
    assert edit_from_json(edit.to_json()) == edit
    assert edit_from_json(inverse.to_json()) == inverse


def test_set_field_logs_old_and_new(project):
    fig = project.figures()[0]
    project.apply(SetField(fig.id, "value", fig.value, "76200000"), who="lan")
    (entry,) = project.review_log()
    assert (entry.who, entry.action, entry.figure_id, entry.field) == (
        "lan",
        "set",
        fig.id,
        "value",
    )
    assert (entry.old, entry.new) == (str(fig.value), "76200000")
    assert edit_from_json(entry.edit) == SetField(fig.id, "value", fig.value, Decimal("76200000"))
    assert project.figure(fig.id).value == Decimal("76200000")


def test_bulk_status_logs_one_row_per_changed_figure(project):
    figs = project.figures()[:4]
    project.apply(SetField(figs[0].id, "status", "pending", "confirmed"))
    olds = tuple(project.figure(f.id).status for f in figs)
    inverse = project.apply(SetStatus(tuple(f.id for f in figs), Status.CONFIRMED, olds))
    rows = project.review_log()[1:]
    assert [(r.figure_id, r.old, r.new) for r in rows] == [
        (f.id, "pending", "confirmed") for f in figs[1:]
    ]
    assert isinstance(inverse, Batch)  # two groups: the one already confirmed, the pending ones
    project.apply(inverse)
    assert [project.figure(f.id).status for f in figs] == list(olds)


def test_add_figure_is_manual_and_its_id_comes_back_in_the_inverse(project):
    doc = project.documents()[0]
    inverse = project.apply(
        AddFigure(doc.id, 0, 5, {"value": "12.5", "unit_class": "percent", "change": True})
    )
    assert isinstance(inverse, DeleteFigure)
    fig = project.figure(inverse.figure_id)
    assert (fig.origin, fig.status, fig.value, fig.change) == (
        Origin.MANUAL,
        Status.PENDING,
        Decimal("12.5"),
        True,
    )
    assert fig.text == project.document(doc.id).text[0:5]
    assert project.apply(inverse) == RestoreFigure(fig.id)
    assert fig.id not in {f.id for f in project.figures()}


@pytest.mark.parametrize(
    "make",
    [
        lambda f: SetField(f.id, "value", Decimal("123456789"), "1"),
        lambda f: SetField(f.id, "status", Status.REJECTED, Status.CONFIRMED),
        lambda f: SetStatus((f.id,), Status.CONFIRMED, (Status.REJECTED,)),
        lambda f: SetField(999_999, "note", None, "x"),
        lambda f: RestoreFigure(f.id),
    ],
    ids=["stale-value", "stale-status", "stale-bulk", "missing", "restore-live"],
)
def test_stale_edits_conflict_and_change_nothing(project, make):
    fig = project.figures()[0]
    before = snapshot(project)
    with pytest.raises(EditConflict):
        project.apply(make(fig))
    assert snapshot(project) == before
    assert project.review_log() == []


def test_edits_on_a_deleted_figure_conflict(project):
    fig = project.figures()[0]
    project.apply(DeleteFigure(fig.id))
    with pytest.raises(EditConflict, match="deleted"):
        project.apply(SetField(fig.id, "note", None, "x"))
    with pytest.raises(EditConflict, match="already deleted"):
        project.apply(DeleteFigure(fig.id))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("unit_class", "bogus", "unit_class must be one of"),
        ("unit_class", None, "unit_class must be one of"),
        ("qualifier", "maybe", "qualifier must be empty or one of"),
        ("status", "done", "status must be one of"),
        ("value", "abc", "value must be a number"),
        ("value", "NaN", "finite"),
        ("value", 1.5, "value must be a number"),
        ("change", "yes", "change must be true or false"),
        ("text", "x", "not an editable field"),
        ("measure", 5, "measure must be text"),
    ],
)
def test_invalid_values_are_refused_with_a_clear_message(project, field, value, message):
    fig = project.figures()[0]
    old = getattr(fig, field, None)
    with pytest.raises(InvalidEdit, match=message):
        project.apply(SetField(fig.id, field, old, value))
    assert project.review_log() == []


def test_invalid_additions(project):
    doc = project.documents()[0]
    with pytest.raises(InvalidEdit, match="needs a value"):
        project.apply(AddFigure(doc.id, 0, 3, {"unit_class": "count"}))
    with pytest.raises(InvalidEdit, match="not inside the document"):
        project.apply(AddFigure(doc.id, 0, 10**7, {"value": "1", "unit_class": "count"}))
    with pytest.raises(InvalidEdit, match="does not exist"):
        project.apply(AddFigure(999, 0, 3, {"value": "1", "unit_class": "count"}))


def test_a_failing_edit_inside_a_batch_rolls_back_the_whole_batch(project):
    a, b = project.figures()[:2]
    before = snapshot(project)
    with pytest.raises(InvalidEdit):
        project.apply(
            Batch(
                (
                    SetField(a.id, "status", a.status, "confirmed"),
                    SetField(b.id, "unit_class", b.unit_class, "bogus"),
                )
            )
        )
    assert snapshot(project) == before
    assert project.review_log() == []


def test_subscribers_hear_each_committed_change(project):
    heard = []
    project.subscribe(heard.append)
    a, b = project.figures()[:2]
    project.apply(SetField(a.id, "note", None, "x"))
    inverse = project.apply(AddFigure(a.document_id, 0, 4, {"value": "1", "unit_class": "count"}))
    project.unsubscribe(heard.append)
    project.apply(SetField(b.id, "note", None, "y"))
    assert heard[0].figure_ids == {a.id} and not heard[0].structural
    assert heard[1].figure_ids == {inverse.figure_id} and heard[1].structural
    assert heard[1].document_ids == {a.document_id}
    assert len(heard) == 2


def test_a_full_disk_rolls_back_and_says_so(project):
    fig = project.figures()[0]
    conn = project._connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    before = snapshot(project)
    with pytest.raises(ProjectError, match="disk is full"):
        project.apply(SetField(fig.id, "note", None, "x" * 200_000))
    assert snapshot(project) == before
    conn.execute("PRAGMA max_page_count = 1073741823")
    project.apply(SetField(fig.id, "note", None, "fits now"))
    assert project.figure(fig.id).note == "fits now"


def test_values_are_stored_as_decimal_text_never_float(project):
    fig = project.figures()[0]
    project.apply(SetField(fig.id, "value", fig.value, "3190732000000.123456789"))
    raw = project._connection().execute(
        "SELECT value, typeof(value) FROM figures WHERE id = ?", (fig.id,)
    )
    assert raw.fetchone() == ("3190732000000.123456789", "text")
    assert project.figure(fig.id).value == Decimal("3190732000000.123456789")
    assert isinstance(project._connection(), sqlite3.Connection)
