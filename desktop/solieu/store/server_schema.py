"""Upgrading a server project to this app's schema version: the file's migrations, on
the server, by the project's admin.

A project file is migrated when it is opened (`project.py`); a server project is not:
every reviewer's app would race to change a schema the others are reading, and a
reviewer's role may not create tables anyway. The admin runs `solieu upgrade URL`
once, when the team updates the app; until then a newer app refuses the project and
says who must do what (`server_project.check_project`).

The migrations are the file's own (`schema.MIGRATIONS`): each runs over a connection
that translates its statements the way `push` translates a file's tables (`INTEGER`
is `BIGINT`…), all of them in one transaction with the version's update, so a failed
upgrade leaves the project as it was. New tables then get the project's roles: owned
by the admin role, readable and editable by the reviewer role.
"""

from __future__ import annotations

from typing import Any

from solieu.messages import msg
from solieu.store import schema
from solieu.store.errors import ProjectError

# server projects began at version 6: older layouts never lived on a server
FIRST_SERVER_VERSION = 6


class _Translating:
    """Enough of `sqlite3.Connection` for a migration: DDL translated for PostgreSQL,
    `?` parameters, PRAGMAs (the file's business) answered with nothing."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql: str, params: tuple[Any, ...] = ()):
        from solieu.store.pg_dialect import translate
        from solieu.store.server import _translate

        if sql.lstrip().upper().startswith("PRAGMA"):
            return _Nothing()
        statement = translate(_translate(sql))
        return self._conn.execute(statement, params) if statement else _Nothing()


class _Nothing:
    def fetchall(self) -> list:
        return []

    def fetchone(self) -> None:
        return None

    def __iter__(self):
        return iter(())


def upgrade(url: str) -> tuple[int, int]:
    """Migrate the server project at `url` to `SCHEMA_VERSION` in one transaction;
    returns (version before, version after). Only its admin can (the reviewer role may
    not create tables): anyone else is refused and nothing changes."""
    from solieu.store.server import TABLES, connection, roles_of
    from solieu.store.server_project import has_project, server_version, shown

    with connection(url) as conn:
        if not has_project(conn):
            raise ProjectError(msg("{server} holds no project", server=shown(url)))
        before = server_version(conn)
        if before is None or before < FIRST_SERVER_VERSION:
            raise ProjectError(
                msg("the project on {server} has an unknown version", server=shown(url))
            )
        if before > schema.SCHEMA_VERSION:
            raise ProjectError(
                msg("the project on {server} has version {version}; this app reads "
                    "version {ours}", server=shown(url), version=before,
                    ours=schema.SCHEMA_VERSION)
            )  # fmt: skip
        if before == schema.SCHEMA_VERSION:
            return before, before
        try:
            with conn.transaction():
                ddl = _Translating(conn)
                for version in range(before, schema.SCHEMA_VERSION):
                    schema.MIGRATIONS[version](ddl)
                conn.execute(
                    "UPDATE meta SET value = %s WHERE key = 'schema_version'",
                    (str(schema.SCHEMA_VERSION),),
                )
                _give_to_roles(conn, roles_of(conn.info.dbname), TABLES)
        except Exception as exc:
            from psycopg import errors

            if isinstance(exc, errors.InsufficientPrivilege):
                raise ProjectError(
                    msg("only the project's admin can upgrade the project on {server}",
                        server=shown(url))
                ) from exc  # fmt: skip
            if isinstance(exc, ProjectError):
                raise
            raise ProjectError(
                msg("cannot upgrade the project on {server}: {reason}", server=shown(url),
                    reason=str(exc).strip().splitlines()[0] if str(exc).strip() else "")
            ) from exc  # fmt: skip
    return before, schema.SCHEMA_VERSION


def _give_to_roles(conn, roles: tuple[str, str], tables: tuple[str, ...]) -> None:
    """Tables the upgrade created belong to the admin role, and the reviewer role may
    read and edit them (when the project has its roles: `server.set_up_roles`)."""
    from solieu.store.server import _REVIEWER_DELETES

    admin, reviewer = roles
    found = {
        r[0]
        for r in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname IN (%s, %s)", (admin, reviewer)
        )
    }
    if found != {admin, reviewer}:
        return
    for table in tables:
        row = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = %s",
            (table,),
        ).fetchone()
        if row is None or row[0] == admin:
            continue
        conn.execute(f'ALTER TABLE "{table}" OWNER TO "{admin}"')
        rights = "SELECT, INSERT, UPDATE" + (", DELETE" if table in _REVIEWER_DELETES else "")
        conn.execute(f'GRANT {rights} ON "{table}" TO "{reviewer}"')
