"""The project file under stress: a full disk or a read-only folder while reviewing, a
newer project format, a second process — each refused with a message, nothing saved lost.

Root ignores file permissions, so "the folder became read-only" and "the disk is
full" are made at the SQLite level (COMMIT fails as SQLite reports it) and, when
the test may mount, for real on a tiny tmpfs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from solieu.resources import seed_articles
from solieu.store import Project, ProjectError, ProjectLockedError, SetField, SetStatus


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("disk") / "seeds.solieu"
    with Project.create(path) as project:
        project.import_paths(seed_articles())
    return path


def integrity(path: Path) -> list:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def state(project: Project) -> dict:
    return {f.id: (f.status.value, f.note) for f in project.figures()}


class FailingCommit:
    """A connection whose COMMIT fails the way SQLite reports a full disk or a read-only
    file, once `error` is set; everything else reaches the real connection (so the store's
    ROLLBACK really rolls the transaction back)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.error: str | None = None

    def execute(self, sql: str, *args):
        if self.error and sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError(self.error)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("disk I/O error", "the disk reported an error"),
    ],
)
def test_a_refused_commit_refuses_the_edit_and_damages_nothing(seeded, tmp_path, error, message):
    path = tmp_path / "p.solieu"
    shutil.copyfile(seeded, path)
    project = Project.open(path)
    a, b = project.figures()[:2]
    project.apply(SetStatus((a.id,), "confirmed", (a.status,)))
    project.apply(SetField(a.id, "note", None, "saved before"))
    saved = state(project)
    failing = FailingCommit(project._conn)
    project._conn = failing
    failing.error = error
    with pytest.raises(ProjectError, match=rf"{message}.*the last change was not saved"):
        project.apply(SetField(b.id, "note", None, "never saved"))
    with pytest.raises(ProjectError, match=message):
        project.apply(SetStatus((b.id,), "rejected", (b.status,)))
    assert state(project) == saved  # rolled back in this session too
    assert not project._conn.in_transaction
    failing.error = None  # the disk has room again: editing goes on
    project.apply(SetField(b.id, "note", None, "saved after"))
    project.close()
    assert integrity(path) == [("ok",)]
    with Project.open(path) as reopened:
        after = state(reopened)
    assert after[a.id] == ("confirmed", "saved before")
    assert after[b.id] == (b.status.value, "saved after")
    assert len([r for r in after.values() if r[1] == "never saved"]) == 0


@pytest.fixture
def tiny_disk(tmp_path):
    """A 3 MB tmpfs, when this process may mount one (root outside a locked-down container)."""
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("needs Linux mount")
    mnt = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")
    try:
        yield mnt
    finally:
        if subprocess.run(["umount", str(mnt)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def fill(folder: Path) -> Path:
    """Write a file until the disk is full; returns it."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for size in (1 << 16, 512, 1):  # big chunks, then the last few bytes
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return filler


def test_a_really_full_disk_while_reviewing(seeded, tiny_disk, user_data):
    path = tiny_disk / "p.solieu"
    shutil.copyfile(seeded, path)
    project = Project.open(path)
    try:
        assert tiny_disk in project.last_backup.parents
        a, b = project.figures()[:2]
        project.apply(SetField(a.id, "note", None, "saved before"))
        saved = state(project)
        filler = fill(tiny_disk)
        with pytest.raises(ProjectError, match="the disk is full.*not saved"):
            project.apply(SetField(b.id, "note", None, "x" * 400_000))
        assert state(project) == saved
        # nothing saved is damaged while the disk is full, and a backup still finds room
        assert integrity(path) == [("ok",)]
        backup = project.backup_now()
        assert user_data in backup.parents
        assert integrity(backup) == [("ok",)]
        filler.unlink()  # room again
        project.apply(SetField(b.id, "note", None, "saved after"))
    finally:
        project.close()
    assert integrity(path) == [("ok",)]
    with Project.open(path, read_only=True) as reopened:
        after = state(reopened)
    assert after[a.id][1] == "saved before" and after[b.id][1] == "saved after"


# -- the other two: a newer format, and a second process, at the command line ---------------


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "solieu.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        **kw,
    )


def test_a_newer_project_is_refused_by_every_command_and_never_modified(seeded, tmp_path):
    path = tmp_path / "newer.solieu"
    shutil.copyfile(seeded, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    raw = path.read_bytes()
    for args in (["apply", str(path)], ["figures", str(path)], ["groups", str(path)]):
        result = _cli(*args, input='{"figure": 1, "set": {"note": "x"}}\n')
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        assert "newer.solieu was saved by a newer Solieu" in result.stderr
        assert "update Solieu to open it" in result.stderr
    assert path.read_bytes() == raw
    # no backup, no .bak-vN (reading a WAL file may add its -wal/-shm side files)
    after = sorted(p.name for p in tmp_path.iterdir())
    assert set(after) - set(before) <= {f"newer.solieu{s}" for s in (".lock", "-wal", "-shm")}


HOLDER = """
import sys, time
from solieu.store import Project
project = Project.open(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_a_second_process_is_refused_with_a_message_and_may_read(seeded, tmp_path):
    path = tmp_path / "shared.solieu"
    shutil.copyfile(seeded, path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = _cli("apply", str(path), input='{"figure": 1, "set": {"note": "x"}}\n')
        assert result.returncode == 2 and result.stdout == ""
        assert f"shared.solieu is open in another Solieu window (pid {holder.pid})" in (
            result.stderr
        )
        assert "open this one read-only" in result.stderr
        read = _cli("figures", str(path))  # reading beside the editor is allowed
        assert read.returncode == 0 and read.stdout.count("\n") > 10
        with pytest.raises(ProjectLockedError):
            Project.open(path)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        holder.stdout.close()
    assert integrity(path) == [("ok",)]
