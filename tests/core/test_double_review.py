"""Double review (store/double_review.py): the second reviewer decides blind in a layer
of their own, the first never sees it, edits route there and undo; agreement; the lead
adjudicates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from seed_projects import opened_copy, seed_project_file

from solieu.model import Status
from solieu.store import (
    AddFigure,
    Adjudicate,
    AssignReview,
    Batch,
    DeleteFigure,
    EditConflict,
    InvalidEdit,
    SetField,
    SetStatus,
)

C, R, P = Status.CONFIRMED, Status.REJECTED, Status.PENDING


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory):
    return seed_project_file(tmp_path_factory, 2)


@pytest.fixture
def project(seed_file, tmp_path):
    with opened_copy(seed_file, tmp_path, "Lan") as p:
        yield p


def _as(project, name: str):
    project.reviewer = name
    return project


def _doc(project):
    return project.documents()[0].id


def test_the_second_reviewer_sees_the_proposals_not_the_first_reviewers_decisions(project):
    doc = _doc(project)
    f = project.figures(document_id=doc)[0]
    project.apply(SetField(f.id, "value", f.value, Decimal("999")))  # Lan corrects it …
    project.apply(SetStatus((f.id,), C, (f.status,)))  # … and confirms it
    project.apply(AssignReview(doc, "Minh"))
    _as(project, "Minh")
    seen = project.figure(f.id)
    assert (seen.value, seen.status) == (f.value, P)  # what the extractor proposed
    assert project.documents([doc])[0].confirmed == 0  # Minh's own progress
    _as(project, "Lan")
    assert project.figure(f.id).value == Decimal("999")  # Lan's own, untouched


def test_the_second_reviewers_edits_go_to_their_layer_and_undo(project):
    doc = _doc(project)
    project.apply(AssignReview(doc, "Minh"))
    f, g = project.figures(document_id=doc)[:2]
    _as(project, "Minh")
    undo = project.apply(SetField(f.id, "place", f.place, "Huế"))
    undo_status = project.apply(SetStatus((f.id, g.id), R, (P, P)))
    assert (project.figure(f.id).place, project.figure(g.id).status) == ("Huế", R)
    assert [r.status for r in project.figures(document_id=doc, status=R)] == [R, R]
    columns = dict((i, (p, s)) for i, p, s in project.figure_columns(["place", "status"]))
    assert columns[f.id] == ("Huế", R) and columns[g.id][1] == R  # filters and sorts too
    _as(project, "Lan")
    assert (project.figure(f.id).place, project.figure(g.id).status) == (f.place, f.status)
    columns = dict((i, (p, s)) for i, p, s in project.figure_columns(["place", "status"]))
    assert columns[f.id] == (f.place, f.status)
    log = [e for e in project.review_log() if e.action == "second"]
    assert {(e.who, e.field) for e in log} == {("Minh", "place"), ("Minh", "status")}
    _as(project, "Minh")
    project.apply(undo_status)
    project.apply(undo)
    assert (project.figure(f.id).place, project.figure(g.id).status) == (f.place, P)


def test_the_second_reviewer_neither_adds_nor_deletes_and_new_figures_join_the_layer(project):
    doc = _doc(project)
    project.apply(AssignReview(doc, "Minh"))
    f = project.figures(document_id=doc)[0]
    _as(project, "Minh")
    with pytest.raises(InvalidEdit, match="second reviewer decides"):
        project.apply(DeleteFigure(f.id))
    with pytest.raises(InvalidEdit, match="second reviewer decides"):
        project.apply(AddFigure(doc, 0, 3, {"value": Decimal(1), "unit_class": "count"}))
    _as(project, "Lan")
    text = project.document(doc).text
    start = text.index(" ") + 1
    inverse = project.apply(AddFigure(doc, start, start + 2, {"value": Decimal(5),
                                                             "unit_class": "count"}))  # fmt: skip
    _as(project, "Minh")
    added = project.figure(inverse.figure_id)
    assert added.status == P
    project.apply(SetStatus((added.id,), R, (P,)))  # Minh decides it in his layer


def test_agreement_and_adjudication(project):
    doc = _doc(project)
    project.apply(AssignReview(doc, "Minh"))
    figs = project.figures(document_id=doc)[:4]
    for f, s in zip(figs, (C, C, R, C), strict=True):
        project.apply(SetStatus((f.id,), s, (f.status,)))
    project.apply(SetField(figs[3].id, "period", figs[3].period, "2025-Q1"))
    _as(project, "Minh")
    for f, s in zip(figs, (C, R, R, C), strict=True):
        project.apply(SetStatus((f.id,), s, (P,)))
    _as(project, "Hoa")  # the lead
    overall, per_document = project.double_review_agreement()
    status = per_document[doc]["status"]
    assert (status.items, status.agreed) == (4, 3)
    assert per_document[doc]["period"].agreed == 3
    assert overall["status"].items == 4
    first, second, adjudicated = project.double_review(doc)
    assert adjudicated == set()
    # the lead takes Minh's status for figure 1 and keeps Lan's period for figure 3
    project.apply(Batch((SetStatus((figs[1].id,), R, (C,)), Adjudicate(figs[1].id, True))))
    project.apply(Adjudicate(figs[3].id, True))
    assert project.figure(figs[1].id).status == R
    assert project.double_review(doc)[2] == {figs[1].id, figs[3].id}
    with pytest.raises(EditConflict, match="adjudicated meanwhile"):
        project.apply(Adjudicate(figs[3].id, True))


def test_an_assignment_is_an_edit_with_its_inverse_and_a_stale_one_is_refused(project):
    doc = _doc(project)
    inverse = project.apply(AssignReview(doc, "Minh"))
    assert project.assignments() == {doc: "Minh"}
    with pytest.raises(EditConflict, match="second reviewer is now"):
        project.apply(AssignReview(doc, "Hoa"))  # expects none
    project.apply(AssignReview(doc, "Hoa", "Minh"))
    assert project.assignments() == {doc: "Hoa"}
    project.apply(AssignReview(doc, "Minh", "Hoa"))
    project.apply(inverse)
    assert project.assignments() == {}
    with pytest.raises(InvalidEdit, match="needs a name"):
        project.apply(AssignReview(doc, "  "))


def test_edits_round_trip_through_json():
    from solieu.store import edit_from_json

    for edit in (AssignReview(3, "Minh", None), Adjudicate(7, True, False)):
        assert edit_from_json(edit.to_json()) == edit


def test_a_workers_reader_sees_what_its_reviewer_sees(project):
    doc = _doc(project)
    f = project.figures(document_id=doc)[0]
    project.apply(SetStatus((f.id,), R, (f.status,)))
    project.apply(AssignReview(doc, "Minh"))
    _as(project, "Minh")
    with project.open_reader() as reader:  # the learner's, the sort's, the regrouping's
        assert reader.reviewer == "Minh" and reader.figure(f.id).status == P


def test_open_disagreements_are_what_the_lead_has_left_to_adjudicate(project):
    """The Reconcile page's column: figures both decided apart, not adjudicated, never
    for the document's own second reviewer; codebook entries by name."""
    from solieu.learn.model import EntryState
    from solieu.store import PutEntry

    doc = _doc(project)
    project.apply(AssignReview(doc, "Minh"))
    figs = project.figures(document_id=doc)[:4]
    entry = project.next_entry_id()
    project.apply(PutEntry(entry, EntryState(name="kim ngạch xuất khẩu")))
    for f in figs[:3]:
        project.apply(SetStatus((f.id,), C, (f.status,)))
    _as(project, "Minh")
    project.apply(SetStatus((figs[0].id,), R, (P,)))  # status apart
    project.apply(SetStatus((figs[1].id,), C, (P,)))  # the same: nothing to adjudicate
    project.apply(SetStatus((figs[2].id,), C, (P,)))
    project.apply(SetField(figs[2].id, "entry_id", None, entry))  # measure entry apart
    project.apply(SetStatus((figs[3].id,), C, (P,)))  # Lan left it pending: not compared
    ids = [f.id for f in figs]
    assert project.open_disagreements(ids) == {}  # Minh is blind to Lan's decisions
    _as(project, "Hoa")
    found = project.open_disagreements(ids)
    assert set(found) == {figs[0].id, figs[2].id}
    assert found[figs[0].id].fields == ("status",)
    assert (found[figs[0].id].first["status"], found[figs[0].id].second["status"]) == (C, R)
    assert found[figs[0].id].second_reviewer == "Minh"
    assert found[figs[2].id].fields == ("entry_id",)
    assert found[figs[2].id].entries == {entry: "kim ngạch xuất khẩu"}
    assert project.to_adjudicate() == {figs[0].id, figs[2].id}  # the whole project's
    assert _as(project, "Minh").to_adjudicate() == set()
    _as(project, "Hoa")
    project.apply(Adjudicate(figs[0].id, True))
    assert set(project.open_disagreements(ids)) == {figs[2].id}
    assert project.to_adjudicate() == {figs[2].id}
    assert project.open_disagreements([]) == {}


def test_the_second_reviewer_neither_reconciles_nor_exports_the_blind_documents(project):
    """Their groups and the workbook are the lead's: the second reviewer's Reconcile page
    and export leave the documents out, and the others' log rows of them."""
    from solieu.export.tables import build_tables
    from solieu.reconcile.session import reconcile_project

    one, two = (d.id for d in project.documents()[:2])
    f = project.figures(document_id=one)[0]
    project.apply(SetStatus((f.id,), C, (f.status,)))
    project.apply(AssignReview(one, "Minh"))
    _as(project, "Minh")
    rec = reconcile_project(project, with_duplicates=False)
    assert {g.document_id for g in rec.figures.values()} == {two}
    tables = {t.name: t for t in build_tables(project, status="all")}
    log_figures = {row[4] for row in tables["Review log"].rows}
    assert f.id not in log_figures
    about = dict(tables["About"].rows)
    assert about["left_out_blind"] == "1 (Minh)"
    _as(project, "Hoa")
    rec = reconcile_project(project, with_duplicates=False)
    assert {g.document_id for g in rec.figures.values()} == {one, two}
    tables = {t.name: t for t in build_tables(project, status="all")}
    assert f.id in {row[4] for row in tables["Review log"].rows}
    assert "left_out_blind" not in dict(tables["About"].rows)


def test_the_agreement_leaves_out_what_the_reader_reviews_blind(project):
    doc = _doc(project)
    project.apply(AssignReview(doc, "Minh"))
    assert set(_as(project, "Hoa").double_review_agreement()[1]) == {doc}
    overall, per_document = _as(project, "Minh").double_review_agreement()
    assert per_document == {} and overall["status"].items == 0
