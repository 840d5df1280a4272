"""A project pushed to a real PostgreSQL server and pulled back, its export, and the roles
that keep a reviewer to rows of one project (store/server.py, `solieu push/pull`)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from solieu.model import Status
from solieu.store import EditConflict, Project, ProjectError, SetField, SetStatus, server

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def project_file(tmp_path) -> Path:
    """Two seed articles, one figure corrected and confirmed, one rejected."""
    path = tmp_path / "team.solieu"
    with Project.create(path) as p:
        p.import_paths(sorted((REPO / "seeds").glob("*.txt"))[:2])
        figs = p.figures()
        p.apply(SetField(figs[0].id, "value", figs[0].value, Decimal("12.5")))
        p.apply(SetStatus((figs[0].id,), Status.CONFIRMED, (figs[0].status,)))
        p.apply(SetStatus((figs[1].id,), Status.REJECTED, (figs[1].status,)))
    return path


def _rows(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as conn:
        # by key: the ids, and meta's keys (a table keyed by text has no order of its own)
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in server.TABLES}


def test_a_project_goes_to_the_server_and_comes_back_row_for_row(
    project_file, pg_database, tmp_path
):
    counts = server.push(project_file, pg_database)
    before = _rows(project_file)
    assert counts == {t: len(rows) for t, rows in before.items()}
    assert counts["figures"] > 10 and counts["review_log"] >= 3
    back = tmp_path / "back.solieu"
    assert server.pull(pg_database, back) == counts
    assert _rows(back) == before
    with Project.open(back) as p:  # a whole, editable project
        f = p.figures()[2]
        p.apply(SetStatus((f.id,), Status.CONFIRMED, (f.status,)))


def test_the_server_keeps_the_files_constraints_and_next_ids(project_file, pg_database):
    server.push(project_file, pg_database)
    with psycopg.connect(pg_database) as conn:
        with pytest.raises(errors.CheckViolation):
            conn.execute("UPDATE figures SET status = 'maybe' WHERE id = 1")
        conn.rollback()
        with pytest.raises(errors.ForeignKeyViolation):
            conn.execute("UPDATE figures SET document_id = 999999 WHERE id = 1")
        conn.rollback()
        top = conn.execute("SELECT MAX(id) FROM review_log").fetchone()[0]
        new = conn.execute(
            "INSERT INTO review_log (at, who, action) VALUES (%s, %s, %s) RETURNING id",
            ("2026-12-02T00:00:00", "test", "note"),
        ).fetchone()[0]
        assert new == top + 1  # the identity goes on after the copied ids


def test_a_database_that_holds_a_project_is_never_overwritten(project_file, pg_database, tmp_path):
    server.push(project_file, pg_database)
    other = tmp_path / "other.solieu"
    Project.create(other).close()
    with pytest.raises(ProjectError, match="already holds a project"):
        server.push(other, pg_database)
    with psycopg.connect(pg_database) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2


def test_export_of_a_server_project_is_the_export_of_its_file(project_file, pg_database, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    server.push(project_file, pg_database)
    outs = {}
    for name, source in (("file", str(project_file)), ("server", pg_database)):
        out = tmp_path / f"{name}.xlsx"
        done = subprocess.run(
            [sys.executable, "-m", "solieu.cli", "export", source, "-o", str(out), "--status", "all"],
            capture_output=True, text=True,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        book = openpyxl.load_workbook(out, read_only=True)
        outs[name] = {ws.title: [r for r in ws.iter_rows(values_only=True)] for ws in book}
    assert outs["server"].keys() == outs["file"].keys()
    for sheet in outs["file"]:
        if sheet != "About":  # the title and the export's time
            assert outs["server"][sheet] == outs["file"][sheet], sheet


def test_push_and_pull_on_the_command_line(project_file, pg_database, tmp_path):
    def cli(*argv):
        return subprocess.run(
            [sys.executable, "-m", "solieu.cli", *argv], capture_output=True, text=True
        )

    done = cli("push", str(project_file), pg_database)
    assert done.returncode == 0, done.stderr
    assert "figures" in done.stdout
    back = tmp_path / "pulled.solieu"
    done = cli("pull", pg_database, str(back))
    assert done.returncode == 0 and back.exists(), done.stderr
    wrong = cli("pull", str(project_file), pg_database)  # the arguments the wrong way round
    assert wrong.returncode == 2 and "usage: solieu pull" in wrong.stderr
    again = cli("pull", pg_database, str(back))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_a_refused_connection_is_one_line_without_the_password(tmp_path, project_file):
    url = "postgresql://someone:s3cret@127.0.0.1:1/nowhere"
    with pytest.raises(ProjectError) as got:
        server.push(project_file, url)
    assert "s3cret" not in str(got.value) and "127.0.0.1:1" in str(got.value)
    assert server.shown(url) == "postgresql://someone@127.0.0.1:1/nowhere"


def _login(pg_server: str, database_url: str, name: str, group: str) -> str:
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{name}"')
        conn.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE "{group}"')
    host = database_url.split("@", 1)[1]
    return f"postgresql://{name}@{host}"


def test_a_reviewer_edits_rows_but_cannot_migrate_delete_or_read_another_project(
    project_file, pg_server, pg_database
):
    server.push(project_file, pg_database)
    admin, reviewer = server.set_up_roles(pg_database)
    alice = _login(pg_server, pg_database, "alice", reviewer)
    with psycopg.connect(alice) as conn:
        n = conn.execute("SELECT COUNT(*) FROM figures").fetchone()[0]
        assert n > 10
        conn.execute("UPDATE figures SET note = %s WHERE id = 1", ("seen",))
        conn.commit()
        for statement in (
            "ALTER TABLE figures ADD COLUMN x TEXT",  # a migration
            "DROP TABLE review_log",
            "DELETE FROM documents",
            "CREATE TABLE mine (a INT)",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
    # another project on the same server, with its own roles: alice cannot connect to it
    other = pg_database + "_b"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{other.rsplit("/", 1)[1]}"')
    try:
        server.push(project_file, other)
        server.set_up_roles(other)
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(alice.rsplit("/", 1)[0] + "/" + other.rsplit("/", 1)[1])
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{other.rsplit("/", 1)[1]}" WITH (FORCE)')
    boss = _login(pg_server, pg_database, "boss", admin)
    with psycopg.connect(boss) as conn:  # the admin may change the schema
        conn.execute("ALTER TABLE figures ADD COLUMN x TEXT")
        conn.rollback()


def test_two_reviewers_at_once_never_overwrite_each_other(project_file, pg_database):
    """Reviewer B changes a value and has not committed yet; reviewer A saves a change
    of the same value from the same old one. A waits for B's row, then is refused with
    both values (its retry finds B's value, not the old one A started from): B's value
    stays, and the log holds B's change alone."""
    import threading
    import time

    server.push(project_file, pg_database)
    with server.open_project(pg_database) as a:
        fig = a.figures()[3]
        b = psycopg.connect(pg_database)
        b.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
        b.execute("SELECT value FROM figures WHERE id = %s", (fig.id,))
        b.execute("UPDATE figures SET value = '111' WHERE id = %s", (fig.id,))
        outcome: list = []

        def save_a():
            try:
                outcome.append(a.apply(SetField(fig.id, "value", fig.value, Decimal("222"))))
            except ProjectError as exc:
                outcome.append(exc)

        worker = threading.Thread(target=save_a)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive()  # A waits for B's row
        b.execute(
            "INSERT INTO review_log (at, who, action, figure_id, field, old, new) "
            "VALUES (%s, 'b', 'set', %s, 'value', %s, '111')",
            ("2026-12-02T00:00:00", fig.id, str(fig.value)),
        )
        b.commit()
        worker.join(10)
        (got,) = outcome
        assert isinstance(got, EditConflict), got
        assert "'111'" in str(got) and "changed elsewhere" in str(got)
        assert a.figures_by_id([fig.id])[0].value == Decimal("111")
        b.close()
    with psycopg.connect(pg_database) as conn:
        rows = conn.execute(
            "SELECT who, new FROM review_log WHERE figure_id = %s AND field = 'value'", (fig.id,)
        ).fetchall()
    assert rows == [("b", "111")]


def test_figures_and_apply_on_the_command_line_edit_the_server_project(project_file, pg_database):
    import json

    server.push(project_file, pg_database)

    def cli(*argv, stdin=None):
        return subprocess.run(
            [sys.executable, "-m", "solieu.cli", *argv], capture_output=True, text=True, input=stdin
        )

    listed = cli("figures", pg_database, "--status", "pending")
    assert listed.returncode == 0, listed.stderr
    first = json.loads(listed.stdout.splitlines()[0])
    edit = json.dumps({"figure": first["id"], "set": {"status": "confirmed", "note": "xem lại"}})
    applied = cli("apply", pg_database, stdin=edit + "\n")
    assert applied.returncode == 0, applied.stderr
    with server.open_project(pg_database, read_only=True) as p:
        f = p.figures_by_id([first["id"]])[0]
        assert (f.status, f.note) == (Status.CONFIRMED, "xem lại")


def test_the_server_log_tells_the_reviewers_apart(project_file, pg_database):
    import json
    import os

    server.push(project_file, pg_database)
    with server.open_project(pg_database, read_only=True) as p:
        a, b = p.figures()[4:6]
    for name, fig in (("lan", a), ("minh", b)):
        edit = json.dumps({"figure": fig.id, "set": {"note": f"{name} đã xem"}})
        done = subprocess.run(
            [sys.executable, "-m", "solieu.cli", "apply", pg_database],
            input=edit + "\n", capture_output=True, text=True,
            env={**os.environ, "SOLIEU_REVIEWER": name},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    with server.open_project(pg_database, read_only=True) as p:
        who = {r.figure_id: r.who for r in p.review_log() if r.field == "note"}
    assert who == {a.id: "lan", b.id: "minh"}


def test_another_reviewers_commit_reaches_a_listening_window_within_a_second(
    project_file, pg_database
):
    import time

    server.push(project_file, pg_database)
    with server.open_project(pg_database) as mine, server.open_project(pg_database) as theirs:
        listener = server.ChangeListener(pg_database, own=mine._conn)
        heard = []
        mine.subscribe(heard.append)
        try:
            fig = theirs.figures()[7]
            sent = time.monotonic()
            theirs.apply(SetField(fig.id, "note", fig.note, "đã đối chiếu"))
            got = listener.changes(timeout=1.0)
            delay = time.monotonic() - sent
            assert [c.figure_ids for c in got] == [frozenset({fig.id})] and delay < 1.0
            for change in got:  # what a window does with them: its views refresh
                mine.deliver(change)
            assert heard and mine.figures_by_id([fig.id])[0].note == "đã đối chiếu"
            mine.apply(SetField(fig.id, "note", "đã đối chiếu", "xong"))  # its own: not heard
            assert listener.changes(timeout=0.3) == []
        finally:
            listener.close()
