"""The window on a server project: opening it (by address, with a password the server
asks for), and other reviewers' edits showing within a second without moving the
reviewer's place (ui/controllers/live_changes.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal  # noqa: E402
from pathlib import Path  # noqa: E402

import psycopg  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication  # noqa: E402

from solieu.model import Status  # noqa: E402
from solieu.store import AddFigure, Project, SetField, SetStatus, server  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path):
    from solieu.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def server_url(tmp_path, pg_database) -> str:
    """A server project of three seed articles."""
    path = tmp_path / "team.solieu"
    with Project.create(path) as p:
        p.import_paths(sorted((REPO / "seeds").glob("*.txt"))[:3])
    server.push(path, pg_database)
    return pg_database


@pytest.fixture
def window(qtbot, server_url, settings):
    from solieu.ui.app import open_project
    from solieu.ui.main_window import MainWindow

    win = MainWindow(open_project(server_url), settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _other(url: str) -> Project:
    return server.open_project(url)


def test_the_window_opens_a_server_project_by_its_address(window, server_url, settings):
    assert window.project.server_url == server_url
    db = server_url.rsplit("/", 1)[1]
    assert window.windowTitle() == f"{db} @ 127.0.0.1 — Solieu"
    assert settings.recent_projects[0] == server_url == settings.last_project
    assert window.documents_model.rowCount() == 3
    assert window.live.active  # it listens to the other reviewers' changes


def test_the_address_and_recent_list_never_hold_a_typed_password(server_url):
    from solieu.ui.server_login import with_password

    typed = with_password(server_url, "s3cr:t@/x")
    assert "s3cr%3At%40%2Fx" in typed
    assert server.shown(typed) == server_url
    with server.open_project(typed) as p:  # trust authentication ignores the password
        assert p.location == server_url and "s3cr" not in p.location


def test_an_other_reviewers_status_shows_within_a_second_and_the_row_stays(
    qtbot, window, server_url
):
    window.select_document_row(0)
    window.select_row(2)
    current = window.figure_id
    target = window.figures_model.record(4)
    with _other(server_url) as other:
        other.apply(SetStatus((target.id,), Status.CONFIRMED, (target.status,)))
    qtbot.waitUntil(lambda: window.figures_model.record(4).status == Status.CONFIRMED, timeout=1000)
    assert window.figure_id == current and window.table.currentIndex().row() == 2
    confirmed, _, _ = window.documents_model.counts()
    assert confirmed == 1  # the progress counts follow


def test_an_other_reviewers_new_figure_appears_and_the_place_stays(qtbot, window, server_url):
    window.select_document_row(0)
    window.select_row(1)
    current, rows = window.figure_id, window.figures_model.rowCount()
    doc = window.project.document(window.doc_id)
    at = doc.text.index(" ", 10)  # a word near the start that is no figure yet
    spans = {(f.start, f.end) for f in window.project.figures(document_id=doc.id)}
    start = next(
        i for i in range(at, len(doc.text) - 3)
        if doc.text[i].isalpha() and not any(s <= i < e for s, e in spans)
    )  # fmt: skip
    with _other(server_url) as other:
        other.apply(
            AddFigure(doc.id, start, start + 3, {"value": Decimal(7), "unit_class": "count"})
        )
    qtbot.waitUntil(lambda: window.figures_model.rowCount() == rows + 1, timeout=1000)
    assert window.figure_id == current
    assert window.figures_model.record(window.table.currentIndex().row()).id == current


def test_a_refresh_waits_while_a_cell_is_edited(qtbot, window, server_url):
    window.select_document_row(0)
    window.select_row(0)
    before = window.live.delivered
    window.table.edit(window.table.currentIndex())
    qtbot.waitUntil(lambda: window.table.state() == window.table.State.EditingState)
    target = window.figures_model.record(3)
    with _other(server_url) as other:
        other.apply(SetField(target.id, "unit", target.unit, "tấn"))
    qtbot.wait(1300)  # past the one-second read: it waited
    assert window.live.delivered == before
    editor = QApplication.focusWidget()
    window.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
    assert window.table.state() != window.table.State.EditingState
    qtbot.waitUntil(lambda: window.figures_model.record(3).unit == "tấn", timeout=2000)
    assert window.live.delivered == before + 1


def test_own_edits_are_not_read_back_from_the_server(qtbot, window):
    window.select_document_row(0)
    record = window.figures_model.record(0)
    window.edits.push(SetStatus((record.id,), Status.REJECTED, (record.status,)), "reject")
    qtbot.wait(1200)
    assert window.live.delivered == 0
    assert window.figures_model.record(0).status == Status.REJECTED


def test_open_server_project_connects_in_the_background(qtbot, window, tmp_path, pg_server):
    """File ▸ Open server project…'s path: a second server project replaces the first."""
    name = "t_second"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{pg_server.rsplit('/', 1)[0]}/{name}"
    path = tmp_path / "second.solieu"
    with Project.create(path) as p:
        p.import_paths(sorted((REPO / "seeds").glob("*.txt"))[:1])
    server.push(path, url)
    window.server_projects.open_url(url)
    qtbot.waitUntil(lambda: window.project.server_url == url, timeout=10000)
    assert window.documents_model.rowCount() == 1 and window.live.active
    window.close()
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_a_server_that_wants_a_password_is_asked_once_and_it_is_kept_nowhere(
    qtbot, server_url, pg_server, monkeypatch, tmp_path, settings
):
    """A role the server authenticates by password (scram): the first attempt is refused
    for want of one, the window asks, and the typed password opens the project."""
    from solieu.ui.server_login import open_server_project

    role = "pw_reviewer"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        hba = conn.execute("SHOW hba_file").fetchone()[0]
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')
        conn.execute(f"CREATE ROLE \"{role}\" LOGIN SUPERUSER PASSWORD 'right one'")
    original = Path(hba).read_text()
    Path(hba).write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + original)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    try:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        url = server_url.replace("postgres@", f"{role}@")
        asked: list[bool] = []

        def ask(u, parent, wrong):
            asked.append(wrong)
            return "wrong" if len(asked) == 1 else "right one"

        project = open_server_project(url, ask=ask)
        assert asked == [False, True]  # the second question says the first was refused
        assert project.location == url and "right" not in project.location
        project.close()
        assert open_server_project(url, ask=lambda *a: None) is None  # cancelled
    finally:
        Path(hba).write_text(original)
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")


def test_an_other_reviewers_claim_shows_in_the_list_within_a_second(qtbot, window, server_url):
    from solieu.ui.models.documents_model import CLAIM_ROLE

    doc = window.documents_model.summary(1).id
    with _other(server_url) as other:
        other.reviewer = "Lan"
        other.claim(doc)
        model = window.documents_model
        qtbot.waitUntil(
            lambda: model.index(model.row_of(doc), 0).data(CLAIM_ROLE) == ("Lan", False),
            timeout=1000,
        )
    # closing the other window released it: the list follows
    qtbot.waitUntil(
        lambda: model.index(model.row_of(doc), 0).data(CLAIM_ROLE) is None, timeout=1000
    )
