"""Claims (store/claims.py): "being reviewed by …", renewed by the session holding it,
gone when not renewed for the expiry, released on close."""

from __future__ import annotations

import pytest
from seed_projects import opened_copy, seed_project_file

from solieu.store import Project
from solieu.store.claims import Claim


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory):
    return seed_project_file(tmp_path_factory, 3)


@pytest.fixture
def project(seed_file, tmp_path):
    with opened_copy(seed_file, tmp_path, "Lan") as p:
        yield p


def _other_session(project, name: str):
    """A second session on the same store: another window, another reviewer."""
    project._session_id = None
    project.reviewer = name
    return project


def test_a_claim_names_its_reviewer_and_is_seen_by_all(project):
    doc = project.documents()[0].id
    held = project.claim(doc)
    assert isinstance(held, Claim) and held.mine and held.reviewer == "Lan"
    assert project.claims()[doc].reviewer == "Lan"
    seen = []
    project.subscribe(seen.append)
    project.release(doc)
    assert project.claims() == {} and seen and doc in seen[0].document_ids


def test_another_live_session_keeps_its_claim_unless_taken_over(project):
    doc = project.documents()[0].id
    lan = project.session_id
    project.claim(doc)
    _other_session(project, "Hoa")
    held = project.claim(doc)
    assert (held.reviewer, held.session, held.mine) == ("Lan", lan, False)
    assert project.claims()[doc].reviewer == "Lan"
    taken = project.claim(doc, take_over=True)
    assert taken.mine and project.claims()[doc].reviewer == "Hoa"


def test_a_claim_not_renewed_expires_and_anyone_may_claim(project):
    doc = project.documents()[1].id
    project.claim(doc)
    with project._transaction() as conn:  # its window went away ten minutes ago
        conn.execute("UPDATE claims SET seen_at = '2020-01-01T00:00:00.000Z'")
    assert project.claims() == {}
    _other_session(project, "Hoa")
    assert project.claim(doc).mine


def test_renewing_keeps_a_claim_alive(project):
    docs = [d.id for d in project.documents()[:2]]
    for d in docs:
        project.claim(d)
    with project._transaction() as conn:
        conn.execute("UPDATE claims SET seen_at = '2020-01-01T00:00:00.000Z'")
    assert project.keep_claims() == 2
    assert sorted(project.claims()) == docs


def test_closing_releases_the_sessions_claims(seed_file, tmp_path):
    path = tmp_path / "q.solieu"
    path.write_bytes(seed_file.read_bytes())
    with Project.open(path) as p:
        p.claim(p.documents()[0].id)
        p.claim(p.documents()[1].id)
    with Project.open(path, read_only=True) as p:
        assert p.claims() == {}


def test_claims_are_no_review_edits(project):
    before = len(project.review_log())
    doc = project.documents()[0].id
    project.claim(doc)
    project.keep_claims()
    project.release(doc)
    assert len(project.review_log()) == before
