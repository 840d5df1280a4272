"""tests/core/test_stale_edit.py on a PostgreSQL server, and the same refusal between two
reviewers' own connections to one server project."""

from decimal import Decimal

import pytest
from test_stale_edit import *  # noqa: F403 - the file's tests, collected again here

from solieu.store import SetField, StaleEdit, server


@pytest.fixture
def project(seed_file, pg_database):  # noqa: F811 - the file's fixture, on the server
    server.push(seed_file, pg_database)
    with server.open_project(pg_database) as p:
        p.reviewer = "Minh"
        yield p


def test_two_reviewers_connections_one_refused_with_who_saved_first(project):
    lan = server.open_project(project.server_url)
    lan.reviewer = "Lan"
    try:
        f = project.figures()[0]
        lan.apply(SetField(f.id, "value", f.value, Decimal("7")))
        with pytest.raises(StaleEdit) as caught:
            project.apply(SetField(f.id, "value", f.value, Decimal("8")))
        assert (caught.value.who, caught.value.theirs, caught.value.mine) == ("Lan", "7", "8")
        project.apply(caught.value.rebased)
        assert lan.figure(f.id).value == Decimal("8")
    finally:
        lan.close()
