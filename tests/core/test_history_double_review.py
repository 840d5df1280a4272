"""The History window's rows of a double review (store/history.py, history_undo.py):
what each reviewer is shown (the second reviewer never the first one's decisions of the
documents they review blind), pages that follow on exactly, and undoing an assignment,
an adjudication and the second reviewer's own layer back to an entry."""

from __future__ import annotations

import pytest
from seed_projects import opened_copy, seed_project_file

from solieu.model import Status
from solieu.store import Adjudicate, AssignReview, SetField, SetStatus

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


def _blind_setup(project):
    """Lan decides two figures of document one and one of document two; document one
    goes to Minh, who rejects its first figure in his layer."""
    one, two = (d.id for d in project.documents()[:2])
    f, g = project.figures(document_id=one)[:2]
    h = project.figures(document_id=two)[0]
    project.apply(SetStatus((f.id, g.id), C, (f.status, g.status)))
    project.apply(SetField(h.id, "place", h.place, "Huế"))
    project.apply(AssignReview(one, "Minh"))
    _as(project, "Minh")
    project.apply(SetStatus((f.id,), R, (P,)))
    return one, f, g, h


def test_the_second_reviewer_is_not_shown_the_first_reviewers_rows_of_the_blind_document(
    project,
):
    one, f, g, h = _blind_setup(project)
    minh = [(e.who, e.action, e.figure_id) for e in _as(project, "Minh").history()]
    assert ("Minh", "second", f.id) in minh
    assert ("Lan", "set", h.id) in minh  # another document: shown
    assert not [row for row in minh if row[0] != "Minh" and row[2] in (f.id, g.id)]
    assert not [row for row in minh if row[1] == "assign"]  # the lead's, on that document
    lan = [(e.who, e.action, e.figure_id) for e in _as(project, "Lan").history()]
    assert ("Lan", "set", f.id) in lan and ("Minh", "second", f.id) in lan


def test_pages_follow_on_exactly_when_rows_are_hidden(project):
    """A confirmation's codebook links and another's blind rows are not shown; the next
    page starts right after the last shown row, with none twice and none lost."""
    _blind_setup(project)
    _as(project, "Minh")
    whole = [e.id for e in project.history(10_000)]
    paged = []
    while True:
        page = project.history(3, len(paged))
        if not page:
            break
        assert len(page) <= 3
        paged += [e.id for e in page]
    assert paged == whole and len(set(paged)) == len(paged)


def test_undo_to_reverts_an_assignment_and_an_adjudication(project):
    one, f, _g, _h = _blind_setup(project)
    _as(project, "Hoa")
    project.apply(Adjudicate(f.id, True))
    history = project.history()
    adjudicated = next(e for e in history if e.action == "adjudicate")
    assigned = next(e for e in history if e.action == "assign")
    assert adjudicated.current and assigned.current
    result = project.undo_to(adjudicated.id)
    assert adjudicated.id in result.reverted
    assert project.double_review(one)[2] == set()
    project.apply(result.inverse)  # redo
    assert project.double_review(one)[2] == {f.id}
    project.undo_to(assigned.id)  # the assignment, and all after it
    assert project.assignments() == {}
    assert project.double_review(one)[2] == set()


def test_the_second_layer_is_undone_by_its_own_reviewer_only(project):
    one, f, g, _h = _blind_setup(project)
    second = next(e for e in _as(project, "Hoa").history() if e.action == "second")
    plan = project.undo_plan(second.id)
    assert second.id in plan.skipped  # Hoa's edit would hit the figure, not Minh's layer
    _as(project, "Minh")
    result = project.undo_to(second.id)
    assert second.id in result.reverted
    assert project.figure(f.id).status == P  # Minh's layer, back to pending
    _as(project, "Lan")
    assert project.figure(f.id).status == C  # Lan's untouched


def test_the_second_reviewers_undo_never_reaches_the_first_reviewers_decisions(project):
    one, f, g, h = _blind_setup(project)
    _as(project, "Lan")
    lan_confirm = next(e for e in project.history() if e.action == "set" and e.figure_id == f.id)
    _as(project, "Minh")
    plan = project.undo_plan(lan_confirm.id)  # everything since, as Minh would apply it
    assert lan_confirm.id in plan.skipped  # it would land in Minh's layer
    result = project.undo_to(lan_confirm.id)
    _as(project, "Lan")
    assert (project.figure(f.id).status, project.figure(g.id).status) == (C, C)
    assert project.figure(h.id).place == h.place  # another document: reverted
    assert project.assignments() == {}  # the assignment was after it: reverted
    assert result.skipped
