"""Rolling backups, a damaged project file, and recovering it from its newest good backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from solieu.resources import seed_articles
from solieu.store import Project, ProjectCorruptError, ProjectError, SetField
from solieu.store import backup as backups_

PAGE = 4096


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch) -> Path:
    """Keep the fallback backup folder (platformdirs' user data folder) inside the test."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("backup") / "seeds.solieu"
    with Project.create(path) as project:
        project.import_paths(seed_articles())
    return path


@pytest.fixture
def project_file(seeded, tmp_path) -> Path:
    path = tmp_path / "work" / "review.solieu"
    path.parent.mkdir()
    shutil.copyfile(seeded, path)
    return path


def notes(path: Path) -> dict[int, str | None]:
    with Project.open(path, read_only=True) as project:
        return {f.id: f.note for f in project.figures()}


def integrity(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


# -- rolling backups -----------------------------------------------------------------------


def test_opening_for_editing_makes_a_verified_self_contained_backup(project_file):
    folder = project_file.parent / ".solieu-backups"
    Project.open(project_file, read_only=True).close()
    assert not folder.exists()  # readers never write, backups included
    with Project.open(project_file) as project:
        backups = project.backups()
        assert backups == [project.last_backup]
    (backup,) = backups
    assert backup.parent == folder
    assert backups_.backup_time(backup) is not None
    assert backup.name.startswith("review.") and backup.name.endswith(".solieu")
    assert integrity(backup) == [("ok",)]
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    assert sorted(p.name for p in folder.iterdir()) == [backup.name]  # no -wal, no temp file
    assert notes(backup) == notes(project_file)


def test_the_newest_k_are_kept_newest_first(project_file):
    with Project.open(project_file, keep_backups=3) as project:
        fig = project.figures()[0]
        made = [project.last_backup]
        for i in range(4):
            project.apply(SetField(fig.id, "note", project.figure(fig.id).note, f"v{i}"))
            made.append(project.backup_now())
        assert project.backups() == made[::-1][:3]
        assert Project.backups_of(project_file) == project.backups()
    with Project.open(made[-1], read_only=True) as newest:
        assert newest.figure(fig.id).note == "v3"


def test_apply_backs_up_once_the_interval_has_passed(project_file):
    with Project.open(project_file, backup_interval=3600) as project:
        fig = project.figures()[0]
        project.apply(SetField(fig.id, "note", None, "one"))
        assert len(project.backups()) == 1  # the one made on open
        project._backups.last_started -= 3600  # an hour of editing later
        project.apply(SetField(fig.id, "note", "one", "two"))
        assert project.wait_for_backup(timeout=30)  # it runs on a thread of its own
        assert len(project.backups()) == 2
        with Project.open(project.backups()[0], read_only=True) as copy:
            assert copy.figure(fig.id).note == "two"


def slow_copies(monkeypatch, seconds: float, started: threading.Event | None = None) -> None:
    """Every backup copy first sleeps (a big project on a slow disk)."""
    real = backups_._copy

    def slow_copy(copy_from, tmp):
        if started is not None:
            started.set()
        time.sleep(seconds)
        real(copy_from, tmp)

    monkeypatch.setattr(backups_, "_copy", slow_copy)


def test_a_slow_backup_never_holds_up_an_edit(project_file, monkeypatch):
    # the copy waits for a gate the test opens only after both edits returned: if an edit
    # waited for the backup, the watchdog would open the gate first and the backup would
    # be over by the time the edit returned
    gate = threading.Event()
    real = backups_._copy

    def gated_copy(copy_from, tmp):
        gate.wait(60)
        real(copy_from, tmp)

    watchdog = threading.Timer(30, gate.set)
    try:
        with Project.open(project_file, backup_interval=3600) as project:
            a, b = project.figures()[:2]
            assert project.wait_for_backup(timeout=30)  # the one made on open, on its thread
            monkeypatch.setattr(backups_, "_copy", gated_copy)  # after the backup on open
            watchdog.start()
            project._backups.last_started -= 3600  # due
            project.apply(SetField(a.id, "note", None, "lúc sao lưu"))
            assert project.backup_in_progress and not gate.is_set()
            project.apply(SetField(b.id, "note", None, "trong khi chép"))  # commits meanwhile
            assert project.backup_in_progress and not gate.is_set()
            gate.set()
            assert project.wait_for_backup(timeout=30)
            assert project.backup_error is None
            newest = project.backups()[0]
            assert newest == project.last_backup and len(project.backups()) == 2
            assert integrity(newest) == [("ok",)]
            assert notes(newest)[a.id] == "lúc sao lưu"
    finally:
        watchdog.cancel()
    assert notes(project_file)[b.id] == "trong khi chép"


def test_a_backup_is_one_snapshot_while_the_editor_commits(project_file, monkeypatch):
    monkeypatch.setattr(backups_, "_PAGES_PER_STEP", 4)  # many steps, a commit between two
    with Project.open(project_file) as project:
        assert project.wait_for_backup(timeout=30)  # the one made on open, on its thread
        fig = project.figures()[0]
        commits = []

        def commit_between_steps() -> bool:
            if not commits:
                commits.append(project.apply(SetField(fig.id, "note", None, "sau ảnh chụp")))
            return False

        backup = backups_.backup_file(project_file, keep=5, abandoned=commit_between_steps)
        assert len(commits) == 1
    assert integrity(backup) == [("ok",)]
    assert notes(backup)[fig.id] is None  # the copy is the file as it was when it began
    assert notes(project_file)[fig.id] == "sau ảnh chụp"


def test_closing_during_a_backup_abandons_it_and_loses_nothing(project_file, monkeypatch):
    project = Project.open(project_file)
    assert project.wait_for_backup(timeout=30)  # the one made on open, on its thread
    folder = project_file.parent / ".solieu-backups"
    before = sorted(folder.iterdir())
    fig = project.figures()[0]
    copying = threading.Event()
    slow_copies(monkeypatch, 0.3, copying)
    project._backups.last_started -= 3600
    project.apply(SetField(fig.id, "note", None, "đã lưu"))
    assert copying.wait(10)
    project.close()  # the copy stops at its next step; its thread is gone before close returns
    assert not project.backup_in_progress and project.backup_error is None
    assert sorted(folder.iterdir()) == before  # no new backup and no temporary copy left
    assert integrity(project_file) == [("ok",)]
    assert notes(project_file)[fig.id] == "đã lưu"
    with Project.open(project_file) as again:  # and the next open backs up as usual
        assert len(again.backups()) == 2


def test_backup_now_waits_for_the_backup_in_progress(project_file, monkeypatch):
    with Project.open(project_file) as project:
        assert project.wait_for_backup(timeout=30)  # the one made on open, on its thread
        fig = project.figures()[0]
        slow_copies(monkeypatch, 0.5)
        project._backups.last_started -= 3600
        project.apply(SetField(fig.id, "note", None, "hai bản"))
        assert project.backup_in_progress
        made = project.backup_now()  # one at a time: neither removes the other's temp copy
        assert project.wait_for_backup(timeout=30) and project.backup_error is None
        backups = project.backups()
        assert len(backups) == 3 and backups[0] == made
        assert all(integrity(p) == [("ok",)] for p in backups)


_KILLED_MID_BACKUP = """
import sys, time
from pathlib import Path
from solieu.store import Project, SetField
from solieu.store import backup as backups_

real = backups_._copy

def slow_copy(copy_from, tmp):
    def copy_slowly(dst):
        copy_from(dst)
        print("copying", flush=True)
        time.sleep(60)  # killed here, the temporary copy half-made

    real(copy_slowly, tmp)

project = Project.open(Path(sys.argv[1]))
project.wait_for_backup(30)  # the one made on open, on its thread
backups_._copy = slow_copy  # the rolling backups from now on (not the one on open)
fig = project.figures()[0]
project._backups.last_started -= 3600
project.apply(SetField(fig.id, "note", None, "đã lưu"))
print("saved", fig.id, flush=True)
project.apply(SetField(fig.id, "note", "đã lưu", "đã lưu trong khi chép"))
print("saved again", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_a_crash_during_a_background_backup_loses_nothing(project_file):
    folder = project_file.parent / ".solieu-backups"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_MID_BACKUP, str(project_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [child.stdout.readline().strip() for _ in range(3)]
    finally:
        child.kill()
        child.wait(10)
    # the copy's thread and the editor print in either order
    (first,) = [line for line in lines if line.startswith("saved ") and line != "saved again"]
    assert sorted(line for line in lines if line != first) == ["copying", "saved again"]
    assert lines.index(first) < lines.index("saved again")
    fig_id = int(first.split()[1])
    assert any(p.name.endswith(".solieu.tmp") for p in folder.iterdir())  # killed mid-copy
    (good,) = Project.backups_of(project_file)  # the one made on open is whole
    assert integrity(good) == [("ok",)]
    with Project.open(project_file) as project:  # nothing saved is lost ...
        assert project.figure(fig_id).note == "đã lưu trong khi chép"
        assert project._connection().execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # ... and the next backup cleared the half-made copy
    assert not any(p.name.endswith(".tmp") for p in folder.iterdir())
    assert len(Project.backups_of(project_file)) == 2


def test_a_copy_failing_its_check_removes_no_older_backup(project_file, monkeypatch):
    with Project.open(project_file, keep_backups=2) as project:
        project.backup_now()
        before = {p: p.read_bytes() for p in project.backups()}
        assert len(before) == 2

        def corrupt_copy(copy_from, tmp):
            tmp.write_bytes(b"half a copy")  # then the check fails: the temp copy is removed
            tmp.unlink()
            raise sqlite3.DatabaseError("the copy failed its integrity check")

        monkeypatch.setattr(backups_, "_copy", corrupt_copy)
        with pytest.raises(ProjectError, match="could not back up review.solieu"):
            project.backup_now()
        assert project.backup_error
        fig = project.figures()[0]
        project._backups.last_started -= 3600
        project.apply(SetField(fig.id, "note", None, "saved anyway"))  # a failed backup
        assert project.figure(fig.id).note == "saved anyway"  # never fails the edit
    assert {p: p.read_bytes() for p in Project.backups_of(project_file)} == before


def test_a_damaged_source_gives_no_backup(tmp_path, project_file):
    """The check on the copy is real: corrupt pages are copied faithfully, then caught."""
    bad = tmp_path / "bad.solieu"
    raw = bytearray(project_file.read_bytes())
    raw[16 * PAGE : 17 * PAGE] = b"\x5a" * PAGE  # an overflow page of an article's text
    bad.write_bytes(bytes(raw))
    src = sqlite3.connect(bad)
    tmp = tmp_path / ".copy.tmp"
    # the backup API copies the page as it is; the check on the copy finds it (or SQLite
    # trips over it first): either way no copy is kept
    with pytest.raises(sqlite3.DatabaseError, match="integrity check|malformed"):
        backups_._copy(lambda dst: src.backup(dst), tmp)
    src.close()
    assert not tmp.exists()


def test_an_unwritable_project_folder_falls_back_to_the_user_data_folder(project_file, user_data):
    # root ignores permissions, so the folder is made impossible another way: a file
    # where the backup folder should be
    (project_file.parent / ".solieu-backups").write_text("not a folder")
    with Project.open(project_file) as project:
        (backup,) = project.backups()
    assert user_data in backup.parents
    assert backup.parent.name.startswith("review-")
    assert integrity(backup) == [("ok",)]
    # two projects of the same name in different folders keep separate backups
    other = project_file.parent.parent / "elsewhere" / "review.solieu"
    other.parent.mkdir()
    shutil.copyfile(project_file, other)
    (other.parent / ".solieu-backups").write_text("not a folder")
    Project.open(other).close()
    assert Project.backups_of(project_file) == [backup]


def test_backups_of_similar_names_do_not_mix(project_file):
    twin = project_file.with_name("review.old.solieu")
    shutil.copyfile(project_file, twin)
    Project.open(project_file).close()
    Project.open(twin).close()
    Project.open(twin).close()
    assert len(Project.backups_of(project_file)) == 1
    assert len(Project.backups_of(twin)) == 2


def test_a_clock_set_back_never_prunes_the_fresh_backup(project_file):
    with Project.open(project_file, keep_backups=2) as project:
        conn = project._connection()
        future = datetime.now(UTC) + timedelta(days=365)
        for days in (1, 2):
            backups_.make_backup(conn, project_file, keep=2, now=future + timedelta(days=days))
        fresh = project.backup_now()  # "older" than the two from the future
        assert fresh in project.backups() and len(project.backups()) == 2


def test_a_killed_backup_leaves_a_temp_file_that_the_next_one_removes(project_file):
    folder = project_file.parent / ".solieu-backups"
    folder.mkdir()
    stale = folder / ".review.20200101T000000.000000Z.solieu.tmp"
    stale.write_bytes(b"half")
    foreign = folder / ".other.20200101T000000.000000Z.solieu.tmp"
    foreign.write_bytes(b"another project's")
    with Project.open(project_file) as project:
        assert len(project.backups()) == 1
    assert not stale.exists() and foreign.exists()


# -- a damaged project file ----------------------------------------------------------------


def _truncate_half(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


DAMAGE = {
    "empty": lambda raw: b"",
    "not-sqlite": lambda raw: b"PK\x03\x04 a spreadsheet saved over it" + raw[100:],
    "header-only": lambda raw: raw[:100],
    "one-page": lambda raw: raw[:PAGE],
    "half": _truncate_half,
    "last-page-lost": lambda raw: raw[:-PAGE],
    "figures-page-zeroed": lambda raw: raw[: 6 * PAGE] + bytes(PAGE) + raw[7 * PAGE :],
    "index-page-garbage": lambda raw: raw[: 6 * PAGE] + raw[6 * PAGE :].replace(b"\x0d", b"\x0e"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_file_is_refused_untouched_naming_its_last_good_backup(project_file, damage):
    Project.open(project_file).close()
    (good,) = Project.backups_of(project_file)
    raw = project_file.read_bytes()
    assert len(raw) > 8 * PAGE
    damaged = DAMAGE[damage](raw)
    project_file.write_bytes(damaged)
    for read_only in (False, True):
        with pytest.raises(ProjectCorruptError) as caught:
            Project.open(project_file, read_only=read_only)
        assert "review.solieu is not a Solieu project or is damaged" in str(caught.value)
        assert f"the last good backup is {good}" in str(caught.value)
        assert caught.value.backups == [good]
        assert isinstance(caught.value, ProjectError)
    assert project_file.read_bytes() == damaged  # never modified
    assert Project.backups_of(project_file) == [good]  # and never backed up


def test_without_a_backup_the_message_says_so(tmp_path):
    path = tmp_path / "lost.solieu"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(ProjectCorruptError, match="no backup of it was found") as caught:
        Project.open(path)
    assert caught.value.backups == []


def test_a_damaged_backup_is_not_offered(project_file):
    Project.open(project_file).close()
    with Project.open(project_file) as project:
        older, newest = project.backups()[1], project.backups()[0]
    newest.write_bytes(newest.read_bytes()[: 2 * PAGE])
    project_file.write_bytes(b"")
    with pytest.raises(ProjectCorruptError) as caught:
        Project.open(project_file)
    assert caught.value.backups == [older]


def test_restore_makes_a_new_checked_file_and_never_overwrites(project_file):
    with Project.open(project_file) as project:
        fig = project.figures()[0]
        project.apply(SetField(fig.id, "note", None, "checked"))
        project.backup_now()
    saved = notes(project_file)
    project_file.write_bytes(project_file.read_bytes()[: 3 * PAGE])
    with pytest.raises(ProjectCorruptError) as caught:
        Project.open(project_file)
    target = Project.recovery_path(project_file)
    assert target.name == "review.recovered.solieu"
    restored = Project.restore_backup(caught.value.backups[0], target)
    assert restored == target and integrity(target) == [("ok",)]
    assert notes(target) == saved
    with Project.open(target) as project:  # a normal, editable project
        project.apply(SetField(fig.id, "note", "checked", "after recovery"))
    with pytest.raises(ProjectError, match="already exists"):
        Project.restore_backup(caught.value.backups[0], target)
    assert Project.recovery_path(project_file).name == "review.recovered-2.solieu"
    with pytest.raises(ProjectError, match="already exists"):
        Project.restore_backup(caught.value.backups[0], project_file)


def test_create_is_all_or_nothing(tmp_path, monkeypatch):
    from solieu.store import schema

    def broken(conn):
        conn.execute("CREATE TABLE meta (key TEXT)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "create_schema", broken)
    path = tmp_path / "new.solieu"
    with pytest.raises(ProjectError, match="cannot create new.solieu"):
        Project.create(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.solieu.lock"]


# -- the window's opening path and the command line ----------------------------------------


def test_the_window_offers_the_backup_and_opens_a_recovered_copy(project_file):
    from solieu.ui.app import open_project

    with Project.open(project_file) as project:
        fig = project.figures()[0]
        project.apply(SetField(fig.id, "note", None, "kept"))
        project.backup_now()
    project_file.write_bytes(project_file.read_bytes()[:PAGE])
    damaged = project_file.read_bytes()
    asked = []

    with pytest.raises(ProjectCorruptError):
        open_project(project_file, None)  # screenshot runs never ask
    assert open_project(project_file, lambda exc: asked.append(exc) or False) is None
    assert len(asked) == 1 and asked[0].backups
    assert not project_file.with_name("review.recovered.solieu").exists()
    opened = open_project(project_file, lambda exc: True)
    with opened:
        assert opened.path.name == "review.recovered.solieu"
        assert opened.figure(fig.id).note == "kept"
    assert project_file.read_bytes() == damaged


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "solieu.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kw,
    )


def test_cli_commands_print_the_message_and_the_newest_backup(project_file, tmp_path):
    Project.open(project_file).close()
    (good,) = Project.backups_of(project_file)
    project_file.write_bytes(project_file.read_bytes()[: len(project_file.read_bytes()) // 2])
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg-data")}
    for args in (
        ["figures", str(project_file)],
        ["apply", str(project_file)],
        ["export", str(project_file), "-o", str(tmp_path / "out.xlsx")],
        ["groups", str(project_file)],
    ):
        result = _run(*args, input="", env=env)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert "review.solieu is not a Solieu project or is damaged" in lines[0]
        assert str(good) in lines[0]
        assert "Traceback" not in result.stderr


def test_a_screenshot_run_never_blocks_on_a_damaged_project(project_file, tmp_path):
    pytest.importorskip("PySide6")
    Project.open(project_file).close()
    project_file.write_bytes(b"")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
    }
    shot = tmp_path / "shot.png"
    result = _run(str(project_file), "--screenshot", str(shot), env=env)
    assert result.returncode != 0
    assert "is not a Solieu project or is damaged" in result.stderr
    assert "the last good backup is" in result.stderr
    assert not shot.exists()
    assert not project_file.with_name("review.recovered.solieu").exists()
    assert project_file.read_bytes() == b""


def test_damage_found_while_open_names_the_backup_too(project_file):
    with Project.open(project_file) as project:
        (good,) = project.backups()
        project._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = bytearray(project_file.read_bytes())
        raw[3 * PAGE : len(raw)] = b"\x5a" * (len(raw) - 3 * PAGE)
        with open(project_file, "r+b") as f:  # another program scribbles over the file
            f.write(raw)
        project._connection().execute("PRAGMA cache_size = 0")
        with pytest.raises(ProjectCorruptError) as caught:
            project.figures()
        assert caught.value.backups == [good]
        assert str(good) in str(caught.value)
