"""A stale edit (store/stale.py): refused with both values and who saved theirs, and the
same edit rebased on their value, which "apply mine" applies as an edit like any other."""

from __future__ import annotations

from decimal import Decimal

import pytest
from seed_projects import opened_copy, seed_project_file

from solieu.messages import Message
from solieu.model import Status
from solieu.store import Batch, SetField, SetStatus, StaleEdit


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory):
    return seed_project_file(tmp_path_factory, 2)


@pytest.fixture
def project(seed_file, tmp_path):
    with opened_copy(seed_file, tmp_path, "Minh") as p:
        yield p


def _log(project, figure_id):
    """(who, field, old, new) of the figure's logged changes, oldest first."""
    return [
        (e.who, e.field, e.old, e.new) for e in project.review_log() if e.figure_id == figure_id
    ]


def test_a_value_saved_first_by_another_reviewer_refuses_mine_with_both(project):
    f = project.figures()[0]
    project.apply(SetField(f.id, "value", f.value, Decimal("111")), who="Lan")
    with pytest.raises(StaleEdit) as caught:
        project.apply(SetField(f.id, "value", f.value, Decimal("253")))
    exc = caught.value
    assert (exc.figure_id, exc.field, exc.theirs, exc.mine) == (f.id, "value", "111", "253")
    assert exc.who == "Lan" and exc.at
    assert isinstance(exc.args[0], Message)  # the window shows it in the reviewer's language
    assert project.figure(f.id).value == Decimal("111")  # theirs, untouched
    project.apply(exc.rebased)  # apply mine: expects theirs
    assert project.figure(f.id).value == Decimal("253")
    assert _log(project, f.id)[-2:] == [
        ("Lan", "value", str(f.value), "111"),
        ("Minh", "value", "111", "253"),
    ]  # both reviewers' changes, in order, in the log


def test_a_status_decided_first_by_another_reviewer(project):
    a, b = project.figures()[:2]
    project.apply(SetStatus((b.id,), Status.REJECTED, (b.status,)), who="Lan")
    mine = SetStatus((a.id, b.id), Status.CONFIRMED, (a.status, b.status))
    with pytest.raises(StaleEdit) as caught:
        project.apply(mine)
    exc = caught.value
    assert (exc.figure_id, exc.field, exc.theirs, exc.mine) == (b.id, "status", "rejected",
                                                               "confirmed")  # fmt: skip
    assert project.figure(a.id).status == a.status  # all or nothing
    project.apply(exc.rebased)
    assert {project.figure(i).status for i in (a.id, b.id)} == {Status.CONFIRMED}


def test_a_stale_part_of_a_batch_rebases_the_whole_batch(project):
    a, b = project.figures()[:2]
    project.apply(SetField(b.id, "unit", b.unit, "tấn"), who="Lan")
    batch = Batch((SetField(a.id, "unit", a.unit, "ha"), SetField(b.id, "unit", b.unit, "kg")))
    with pytest.raises(StaleEdit) as caught:
        project.apply(batch)
    rebased = caught.value.rebased
    assert isinstance(rebased, Batch) and rebased.edits[0] == batch.edits[0]
    assert rebased.edits[1] == SetField(b.id, "unit", "tấn", "kg")
    assert project.figure(a.id).unit == a.unit  # nothing of the batch was written
    inverse = project.apply(rebased)
    assert (project.figure(a.id).unit, project.figure(b.id).unit) == ("ha", "kg")
    project.apply(inverse)  # one undo puts both back: theirs for b
    assert (project.figure(a.id).unit, project.figure(b.id).unit) == (a.unit, "tấn")


def test_mine_rebased_is_refused_again_when_theirs_changed_once_more(project):
    f = project.figures()[0]
    project.apply(SetField(f.id, "place", f.place, "Hà Nội"), who="Lan")
    with pytest.raises(StaleEdit) as first:
        project.apply(SetField(f.id, "place", f.place, "Huế"))
    project.apply(SetField(f.id, "place", "Hà Nội", "Đà Nẵng"), who="Hoa")
    with pytest.raises(StaleEdit) as second:
        project.apply(first.value.rebased)
    assert (second.value.theirs, second.value.who) == ("Đà Nẵng", "Hoa")
    assert project.figure(f.id).place == "Đà Nẵng"
