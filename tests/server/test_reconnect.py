"""A server project survives its server going away (store/pg_dialect.py, server_project.py).

A restart ends every session: the next read or edit raises ConnectionLost (worded for
the reviewer, nothing of a refused edit written), `Project.reconnect()` is refused while
the server is down and swaps in a fresh connection once it is back, and nothing
acknowledged before the restart is lost. The listener reports its lost connection and
hears again after `reconnect()`. The restarts run on a server of this module's own
(never the session's shared one); the classification of a lost session is tested on
sessions ended with `pg_terminate_backend`, no restart needed.
"""

from __future__ import annotations

import select
import sqlite3
import time
import uuid
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from solieu.store import SCHEMA_VERSION, ConnectionLost, Project, ProjectError, SetField, server
from solieu.store import editing as editing_module
from solieu.store.errors import Disconnected
from solieu.store.pg_dialect import PgConnection, is_lost

REPO = Path(__file__).resolve().parents[2]


# -- the servers and projects -----------------------------------------------------------
@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A project file with two seed articles, pushed to each test's database."""
    path = tmp_path_factory.mktemp("seeded") / "team.solieu"
    with Project.create(path) as p:
        p.import_paths(sorted((REPO / "seeds").glob("*.txt"))[:2])
    return path


def _new_project(base_url: str, seeded: Path) -> str:
    name = f"r_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{base_url.rsplit('/', 1)[0]}/{name}"
    server.push(seeded, url)
    return url


@pytest.fixture
def cluster(restartable_server):
    """This module's own server (conftest's `restartable_server`), stopped and restarted."""
    return restartable_server


@pytest.fixture
def url(cluster, seeded) -> str:
    """A project on the module's server, which is up when the test starts."""
    if not cluster.running:
        cluster.start_again()
    return _new_project(cluster.url, seeded)


@pytest.fixture
def shared_url(pg_server, seeded):
    """A project on the session's server (its sessions are ended, the server never is)."""
    url = _new_project(pg_server, seeded)
    yield url
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def _terminate(url: str, pid: int) -> None:
    """End the session `pid` and wait until it is gone (as a restart ends every one)."""
    with psycopg.connect(url, autocommit=True) as conn:
        ended = conn.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,)).fetchone()[0]
    assert ended


def _pid(project) -> int:
    return project._conn.backend_pid


def _server_rows(url: str, figure_id: int) -> tuple[str | None, list[tuple]]:
    """The figure's note and its log rows, as a fresh connection sees them."""
    with psycopg.connect(url) as conn:
        note = conn.execute("SELECT note FROM figures WHERE id = %s", (figure_id,)).fetchone()[0]
        log = conn.execute(
            "SELECT field, old, new FROM review_log WHERE figure_id = %s ORDER BY id",
            (figure_id,),
        ).fetchall()
    return note, log


def _notes_logged(project) -> list[tuple[int | None, str | None, str | None]]:
    return [(r.figure_id, r.old, r.new) for r in project.review_log() if r.field == "note"]


def _lost_within(listener, seconds: float = 10.0) -> ConnectionLost:
    """Poll the listener (as its socket notifier would) until it reports the loss."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            listener.changes(timeout=0.1)
        except ConnectionLost as exc:
            return exc
    pytest.fail("the listener never reported its lost connection")


# -- a restart ----------------------------------------------------------------------------
def test_after_a_restart_edits_and_reads_are_refused_until_reconnected(cluster, url):
    with server.open_project(url) as p:
        assert p.is_server and p.connected
        a, b, c = p.figures()[:3]
        p.apply(SetField(a.id, "note", a.note, "một"))
        p.apply(SetField(b.id, "note", b.note, "hai"))
        cluster.restart()

        refused = SetField(c.id, "note", c.note, "ba")
        with pytest.raises(ConnectionLost) as lost:
            p.apply(refused)
        text = str(lost.value)
        assert not lost.value.unconfirmed
        assert text.startswith(f"lost the connection to {server.shown(url)}")
        assert "the last change was not saved" in text and "could not save" not in text
        assert "OperationalError" not in text
        assert not p.connected
        with pytest.raises(ConnectionLost, match="reconnect when the server is back"):
            p.figures()
        with pytest.raises(ConnectionLost):  # and again: nothing reconnects by itself
            p.review_log()
        assert _server_rows(url, c.id) == (c.note, [])  # nothing of the refused edit

        assert p.reconnect() is True and p.connected
        assert p.figures_by_id([a.id, b.id])[0].note == "một"
        p.apply(refused)  # the refused edit, made again, is saved now
        notes = {f.id: f.note for f in p.figures_by_id([a.id, b.id, c.id])}
        assert notes == {a.id: "một", b.id: "hai", c.id: "ba"}
        assert _notes_logged(p) == [(a.id, a.note, "một"), (b.id, b.note, "hai"),
                                    (c.id, c.note, "ba")]  # fmt: skip


def test_reconnect_is_refused_while_the_server_is_down_and_works_once_it_is_up(cluster, url):
    with server.open_project(url) as p:
        a, b = p.figures()[3:5]
        p.apply(SetField(a.id, "value", a.value, Decimal("41.5")))
        cluster.stop_only()
        try:
            refused = SetField(b.id, "note", b.note, "chờ máy chủ")
            with pytest.raises(ConnectionLost, match="the last change was not saved"):
                p.apply(refused)
            for _ in range(2):  # asked again and again while it is down
                with pytest.raises(ConnectionLost) as down:
                    p.reconnect()
                assert str(down.value).startswith(f"cannot reconnect to {server.shown(url)}: ")
                assert not p.connected
                with pytest.raises(ConnectionLost):
                    p.figures()
        finally:
            cluster.start_again()
        assert p.reconnect() is True
        p.apply(refused)
        got = {f.id: f for f in p.figures_by_id([a.id, b.id])}
        assert got[a.id].value == Decimal("41.5") and got[b.id].note == "chờ máy chủ"
        logged = [(r.figure_id, r.field, r.new) for r in p.review_log() if r.figure_id in got]
        assert logged == [(a.id, "value", "41.5"), (b.id, "note", "chờ máy chủ")]
    # a read-only window reconnects as well
    with server.open_project(url, read_only=True) as reader:
        cluster.restart()
        with pytest.raises(ConnectionLost):
            reader.figures()
        reader.reconnect()
        assert reader.figures_by_id([b.id])[0].note == "chờ máy chủ"


def test_the_listener_reports_the_loss_reconnects_and_hears_again(cluster, url):
    with server.open_project(url) as mine:
        listener = server.ChangeListener(url, own=mine)  # as the window passes it
        try:
            assert listener.fileno() >= 0 and not listener.lost
            cluster.stop_only()
            try:
                lost = _lost_within(listener)
                assert str(lost).startswith(f"lost the connection to {server.shown(url)}")
                assert listener.lost
                with pytest.raises(ConnectionLost):  # the old socket is gone
                    listener.fileno()
                with pytest.raises(ConnectionLost):
                    listener.changes()
                with pytest.raises(ConnectionLost, match="cannot reconnect to"):
                    listener.reconnect()
            finally:
                cluster.start_again()
            everything = listener.reconnect()
            assert everything.structural and everything.codebook  # what was missed: reload
            assert not listener.lost and listener.fileno() >= 0  # the new socket to watch
            assert listener.changes() == []

            with server.open_project(url) as theirs:
                fig = theirs.figures()[5]
                theirs.apply(SetField(fig.id, "note", fig.note, "từ người khác"))
            assert [c.figure_ids for c in listener.changes(timeout=5.0)] == [frozenset({fig.id})]

            mine.reconnect()  # its own changes, from its new session, are still left out
            mine.apply(SetField(fig.id, "note", "từ người khác", "của tôi"))
            assert listener.changes(timeout=0.3) == []
        finally:
            listener.close()


# -- a session the server ended, no restart -------------------------------------------------
def test_a_terminated_session_is_classified_as_lost_and_other_errors_are_not(shared_url):
    raw = psycopg.connect(shared_url, autocommit=True)
    conn = PgConnection(raw, shared_url, where="the team server")
    assert conn.connected and conn.backend_pid == raw.info.backend_pid
    with pytest.raises(sqlite3.OperationalError) as syntax:  # a refused statement ...
        conn.execute("SELEC 1")
    assert not isinstance(syntax.value, Disconnected)
    assert not is_lost(syntax.value.__cause__, raw)
    conn.execute("SET statement_timeout = 50")
    with pytest.raises(sqlite3.OperationalError) as cancelled:
        conn.execute("SELECT pg_sleep(2)")
    assert not isinstance(cancelled.value, Disconnected)
    conn.execute("SET statement_timeout = 0")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', 'x')")
    assert conn.execute("SELECT 1").fetchone() == (1,) and conn.connected  # ... leaves it usable

    _terminate(shared_url, conn.backend_pid)
    with pytest.raises(Disconnected) as first:  # the server's own notice: 57P01
        conn.execute("SELECT 1")
    assert isinstance(first.value, sqlite3.OperationalError)
    assert first.value.__cause__.sqlstate == "57P01" and is_lost(first.value.__cause__, raw)
    assert first.value.server == "the team server" and not first.value.unconfirmed
    assert not conn.connected and conn.backend_pid is None and not conn.in_transaction
    with pytest.raises(Disconnected) as again:  # known lost: nothing is sent
        conn.execute("COMMIT")
    assert not again.value.unconfirmed and again.value.__cause__ is None

    conn.reconnect()
    assert conn.connected and conn.execute("SELECT 2").fetchone() == (2,)
    assert conn.backend_pid == conn.raw.info.backend_pid and raw.closed
    conn.close()


def test_a_terminated_project_session_refuses_reads_and_edits_until_reconnected(shared_url):
    with server.open_project(shared_url) as p:
        fig = p.figures()[0]
        _terminate(shared_url, _pid(p))
        with pytest.raises(ConnectionLost, match="reconnect when the server is back"):
            p.figures()
        with pytest.raises(ConnectionLost, match="the last change was not saved"):
            p.apply(SetField(fig.id, "note", fig.note, "không lưu"))
        p.reconnect()
        # lost inside an edit, before its COMMIT: not saved, and said so
        with pytest.raises(ConnectionLost) as lost, p._transaction() as conn:
            conn.execute("UPDATE figures SET note = ? WHERE id = ?", ("giữa chừng", fig.id))
            _terminate(shared_url, _pid(p))
            conn.execute("SELECT 1")
        assert not lost.value.unconfirmed and "was not saved" in str(lost.value)
        p.reconnect()
        # a read inside an edit: the edit is what was refused
        with pytest.raises(ConnectionLost, match="was not saved"), p._transaction():
            _terminate(shared_url, _pid(p))
            p.figures()
        p.reconnect()
        assert p.figures_by_id([fig.id])[0].note == fig.note
        assert _server_rows(shared_url, fig.id) == (fig.note, [])


def test_a_commit_left_unanswered_is_reported_as_unconfirmed_and_never_retried(
    shared_url, monkeypatch
):
    """The session ends between an edit's statements and its COMMIT: the COMMIT goes out
    and no answer comes. The store cannot know whether it was applied: it says so, does
    not try again, and a reload after reconnecting shows what the server holds."""
    with server.open_project(shared_url) as p:
        fig = p.figures()[1]
        applied = editing_module.Applier.apply
        attempts: list[int] = []

        def apply_then_lose(self, edit):
            inverse = applied(self, edit)
            attempts.append(1)
            _terminate(shared_url, _pid(p))  # before the COMMIT is sent
            return inverse

        monkeypatch.setattr(editing_module.Applier, "apply", apply_then_lose)
        with pytest.raises(ConnectionLost) as lost:
            p.apply(SetField(fig.id, "note", fig.note, "chưa rõ"))
        monkeypatch.undo()
        assert lost.value.unconfirmed and attempts == [1]  # told, never retried
        text = str(lost.value)
        assert "the server did not confirm the last change" in text
        assert "reload to see whether it was saved" in text
        p.reconnect()
        # the truth, on reload: the session ended first, so the server rolled it back
        assert p.figures_by_id([fig.id])[0].note == fig.note
        assert _server_rows(shared_url, fig.id) == (fig.note, [])


def test_a_terminated_listener_reports_the_loss_on_its_first_wake_up(shared_url):
    listener = server.ChangeListener(shared_url)
    try:
        _terminate(shared_url, listener._conn.info.backend_pid)
        woke, _, _ = select.select([listener.fileno()], [], [], 5.0)  # as a notifier wakes
        assert woke
        with pytest.raises(ConnectionLost):
            listener.changes()  # the notice of the shutdown, not the end of file after it
        listener.reconnect()
        assert listener.changes() == []
    finally:
        listener.close()


def test_a_file_project_has_nothing_to_reconnect(tmp_path):
    p = Project.create(tmp_path / "solo.solieu")
    assert not p.is_server and p.connected and p.reconnect() is True
    p.close()
    assert not p.connected
    with pytest.raises(ProjectError, match="is closed"):
        p.reconnect()


def test_reconnect_refuses_a_database_that_no_longer_holds_this_project(shared_url):
    with server.open_project(shared_url) as p:
        with psycopg.connect(shared_url, autocommit=True) as admin:
            admin.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
            _terminate(shared_url, _pid(p))
            with pytest.raises(ProjectError, match="has version 999") as refused:
                p.reconnect()
            assert not isinstance(refused.value, ConnectionLost)
            with pytest.raises(ConnectionLost):  # the lost connection was kept
                p.figures()
            admin.execute(
                "UPDATE meta SET value = %s WHERE key = 'schema_version'",
                (str(SCHEMA_VERSION),),
            )
        p.reconnect()
        assert p.connected and p.figures()
