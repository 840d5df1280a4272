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
