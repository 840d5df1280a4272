"""A project whose last writer was killed mid-commit opens: when the read-only probe
may not rebuild the WAL index (SQLITE_READONLY_RECOVERY), a read-write one does."""

from __future__ import annotations

import sqlite3

import solieu.store.files as files
from solieu.resources import seed_articles
from solieu.store import Project


def test_a_wal_index_left_to_rebuild_does_not_stop_the_project_opening(tmp_path, monkeypatch):
    path = tmp_path / "p.solieu"
    with Project.create(path) as p:
        p.import_paths(seed_articles()[:1])
        figures = len(p.figures())
    real = sqlite3.connect
    modes = []

    def connect(database, *args, **kwargs):
        modes.append(str(database).rsplit("mode=", 1)[-1])
        if str(database).endswith("?mode=ro"):  # what SQLite says when it must recover
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(files.sqlite3, "connect", connect)
    assert files.probe_version(path) > 0
    assert modes == ["ro", "rw"]
    monkeypatch.setattr(files.sqlite3, "connect", real)
    with Project.open(path) as p:
        assert len(p.figures()) == figures
