"""The window when its server restarts mid-session (ui/controllers/connection.py): it
says "connection lost, reconnecting", refuses edits visibly meanwhile, reconnects on its
own and shows what the others committed while it was away."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import psycopg  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from solieu.model import Status  # noqa: E402
from solieu.store import Project, SetStatus, server  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def server_url(tmp_path, restartable_server) -> str:
    name = f"w_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(restartable_server.url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{restartable_server.url.rsplit('/', 1)[0]}/{name}"
    path = tmp_path / "team.solieu"
    with Project.create(path) as p:
        p.import_paths(sorted((REPO / "seeds").glob("*.txt"))[:2])
    server.push(path, url)
    return url


@pytest.fixture
def window(qtbot, server_url, tmp_path):
    from solieu.ui.main_window import MainWindow
    from solieu.ui.settings import Settings

    app = QApplication.instance()
    app.setProperty("noninteractive", True)  # a refused edit is reported, never a modal box
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(server.open_project(server_url), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    app.setProperty("noninteractive", False)


def test_a_server_restart_is_said_edits_are_refused_and_it_reconnects(
    qtbot, window, server_url, restartable_server
):
    window.select_document_row(0)
    first, second = window.figures_model.record(0), window.figures_model.record(1)
    label = window.connection.label
    assert not label.isVisible()
    restartable_server.stop_only()
    try:
        qtbot.waitUntil(label.isVisible, timeout=5000)
        assert "Connection lost, reconnecting" in label.text()
        # an edit meanwhile: refused and said, never queued or silently dropped
        steps = window.edits.stack.count()
        edit = SetStatus((first.id,), Status.CONFIRMED, (first.status,))
        assert window.edits.push(edit, "confirm") is None
        assert window.edits.stack.count() == steps
        assert window.status_line.save_label.text().endswith("Not saved")
        assert "not saved" in window.status_line.save_label.toolTip()
        assert window.figures_model.record(0).status == first.status
    finally:
        restartable_server.start_again()
    # another reviewer commits as soon as the server is back, before the window is
    with server.open_project(server_url) as other:
        other.apply(SetStatus((second.id,), Status.REJECTED, (second.status,)))
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=15000)
    assert "Connected again" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.figures_model.record(1).status == Status.REJECTED, timeout=2000)
    # the refused edit made again is saved; the live refresh listens again
    assert window.edits.push(edit, "confirm") is not None
    assert window.status_line.save_label.text().endswith("Saved")
    third = window.figures_model.record(2)
    with server.open_project(server_url) as other:
        other.apply(SetStatus((third.id,), Status.REJECTED, (third.status,)))
    qtbot.waitUntil(lambda: window.figures_model.record(2).status == Status.REJECTED, timeout=1500)


def test_a_lost_connection_found_by_an_edit_alone(qtbot, window, server_url, restartable_server):
    """The server ends the window's own session (an admin, a pooler): the listener
    is fine, the next edit finds the loss, and the window reconnects."""
    window.select_document_row(0)
    first = window.figures_model.record(0)
    pid = window.project._conn.backend_pid
    with psycopg.connect(restartable_server.url, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
    edit = SetStatus((first.id,), Status.CONFIRMED, (first.status,))
    assert window.edits.push(edit, "confirm") is None
    qtbot.waitUntil(lambda: not window.connection.lost and window.connection.attempts, timeout=8000)
    assert window.edits.push(edit, "confirm") is not None
