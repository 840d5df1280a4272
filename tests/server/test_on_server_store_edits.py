"""tests/core/test_store_edits.py, every test of it, on a PostgreSQL server: the seeded
project file is pushed to a new database for each test."""

from decimal import Decimal

import pytest
from test_store_edits import *  # noqa: F403 - the file's tests, collected again here

from solieu.store import SetField, server


@pytest.fixture
def project(seed_file, pg_database):  # noqa: F811 - the file's fixture, on the server
    server.push(seed_file, pg_database)
    with server.open_project(pg_database) as p:
        yield p


# SQLite's own: a full disk simulated on the file, and its `typeof` (the server's check
# of the same promise is below)
del test_a_full_disk_rolls_back_and_says_so  # noqa: F821
del test_values_are_stored_as_decimal_text_never_float  # noqa: F821


def test_values_are_stored_as_decimal_text_never_float_on_the_server(project):
    f = project.figures()[0]
    project.apply(SetField(f.id, "value", f.value, Decimal("0.1000000000000000055511151231")))
    raw = project._conn.raw
    value, kind = raw.execute(
        "SELECT value, pg_typeof(value)::text FROM figures WHERE id = %s", (f.id,)
    ).fetchone()
    assert (value, kind) == ("0.1000000000000000055511151231", "text")
    assert project.figures_by_id([f.id])[0].value == Decimal("0.1000000000000000055511151231")
