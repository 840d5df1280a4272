"""tests/core/test_claims.py on a PostgreSQL server, and two reviewers' own connections
claiming the same document at once."""

import threading

import pytest
from test_claims import *  # noqa: F403 - the file's tests, collected again here

from solieu.store import server


@pytest.fixture
def project(seed_file, pg_database):  # noqa: F811 - the file's fixture, on the server
    server.push(seed_file, pg_database)
    with server.open_project(pg_database) as p:
        p.reviewer = "Lan"
        yield p


def test_closing_releases_the_sessions_claims(seed_file, pg_database):  # noqa: F811
    server.push(seed_file, pg_database)
    with server.open_project(pg_database) as p:
        p.claim(p.documents()[0].id)
    with server.open_project(pg_database) as p:
        assert p.claims() == {}


def test_two_reviewers_claiming_one_document_at_once_one_holds_it(project):
    doc = project.documents()[0].id
    others = [server.open_project(project.server_url) for _ in range(4)]
    for i, p in enumerate(others):
        p.reviewer = f"r{i}"
    results, start = [], threading.Barrier(len(others))

    def claim(p):
        start.wait()
        results.append(p.claim(doc))

    threads = [threading.Thread(target=claim, args=(p,)) for p in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        holders = {c.session for c in results}
        assert len(holders) == 1 and sum(c.mine for c in results) == 1
        assert project.claims()[doc].session in holders
    finally:
        for p in others:
            p.close()


def test_claims_keep_the_servers_time_whatever_a_reviewers_clock_says(project, monkeypatch):
    """A laptop whose clock is an hour fast neither expires the others' claims nor
    writes claims that outlive their window: the times are the server's."""
    from datetime import UTC, datetime

    import solieu.store.claims as claims

    doc = project.documents()[0].id
    other = server.open_project(project.server_url)
    try:
        other.reviewer = "Minh"
        held = other.claim(doc)
        monkeypatch.setattr(claims, "utc_now", lambda: "2099-01-01T00:00:00.000Z")
        assert project.claims()[doc].reviewer == "Minh"  # not expired by the fast clock
        refused = project.claim(doc)
        assert (refused.reviewer, refused.mine) == ("Minh", False)
        stamp = datetime.fromisoformat(held.seen_at.replace("Z", "+00:00"))
        assert abs((stamp - datetime.now(UTC)).total_seconds()) < 60
    finally:
        other.close()
