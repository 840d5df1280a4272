"""tests/core/test_history_double_review.py, every test of it, on a PostgreSQL server."""

import pytest
from test_history_double_review import *  # noqa: F403 - the file's tests, collected again here

from solieu.store import server


@pytest.fixture
def project(seed_file, pg_database):  # noqa: F811 - the file's fixture, on the server
    server.push(seed_file, pg_database)
    with server.open_project(pg_database) as p:
        p.reviewer = "Lan"
        yield p
