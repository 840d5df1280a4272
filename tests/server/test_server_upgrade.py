"""Upgrading a server project (store/server_schema.py, `solieu upgrade`): refused by a
newer app until the admin upgrades it; a reviewer cannot; the new tables get the roles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from solieu.store import SCHEMA_VERSION, Project, ProjectError, server
from solieu.store.server_schema import upgrade

REPO = Path(__file__).resolve().parents[2]


def _login(pg_server: str, database_url: str, name: str, group: str) -> str:
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{name}"')
        conn.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE "{group}"')
    return f"postgresql://{name}@{database_url.split('@', 1)[1]}"


@pytest.fixture
def version_6(tmp_path, pg_database) -> str:
    """A server project as version 6 left it: no claims, no double review."""
    path = tmp_path / "old.solieu"
    with Project.create(path) as p:
        p.import_paths(sorted((REPO / "seeds").glob("*.txt"))[:2])
    server.push(path, pg_database)
    server.set_up_roles(pg_database)
    with psycopg.connect(pg_database) as conn:
        for table in ("claims", "second_reviews", "assignments"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    return pg_database


def _version(url: str) -> int:
    with psycopg.connect(url) as conn:
        return int(
            conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        )


def test_an_older_server_project_is_refused_with_what_to_do(version_6):
    with pytest.raises(ProjectError) as got:
        server.open_project(version_6)
    assert "solieu upgrade" in str(got.value) and "admin" in str(got.value)


def test_a_reviewer_cannot_upgrade_and_nothing_changes(version_6, pg_server):
    _, reviewer = server.roles_of(version_6.rsplit("/", 1)[1])
    alice = _login(pg_server, version_6, "alice_up", reviewer)
    with pytest.raises(ProjectError, match="only the project's admin"):
        upgrade(alice)
    assert _version(version_6) == 6


def test_the_admin_upgrades_once_and_reviewers_use_the_new_table(version_6, pg_server):
    admin, reviewer = server.roles_of(version_6.rsplit("/", 1)[1])
    boss = _login(pg_server, version_6, "boss_up", admin)
    assert upgrade(boss) == (6, SCHEMA_VERSION)
    assert upgrade(boss) == (SCHEMA_VERSION, SCHEMA_VERSION)  # nothing more to do
    with psycopg.connect(version_6) as conn:
        kind, owner = conn.execute(
            "SELECT c.data_type, t.tableowner FROM information_schema.columns c "
            "JOIN pg_tables t ON t.tablename = c.table_name "
            "WHERE c.table_name = 'claims' AND c.column_name = 'document_id'"
        ).fetchone()
    assert (kind, owner) == ("bigint", admin)  # as `push` would have made it
    alice = _login(pg_server, version_6, "alice_up2", reviewer)
    with server.open_project(alice) as p:
        doc = p.documents()[0].id
        assert p.claim(doc).mine
        p.release(doc)


def test_solieu_upgrade_on_the_command_line(version_6):
    run = subprocess.run(
        [sys.executable, "-m", "solieu.cli", "upgrade", version_6], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert f"version 6 to {SCHEMA_VERSION}" in run.stdout
    assert _version(version_6) == SCHEMA_VERSION
