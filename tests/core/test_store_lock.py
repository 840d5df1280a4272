"""One editor per project, and a killed editor leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from solieu.store import Project, ProjectLockedError

HOLDER = """
import sys, time
from solieu.store import Project
project = Project.open(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def test_a_second_process_is_refused_until_the_holder_dies(tmp_path):
    path = tmp_path / "p.solieu"
    Project.create(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(
            ProjectLockedError, match=rf"another Solieu window \(pid {holder.pid}\)"
        ):
            Project.open(path)
        with Project.open(path, read_only=True) as reader:  # reading is always allowed
            assert reader.documents() == []
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
    with Project.open(path) as project:  # the kernel released the lock with the process
        assert project.counts()


def test_the_same_process_cannot_open_it_twice_for_editing(tmp_path):
    path = tmp_path / "p.solieu"
    with (
        Project.create(path),
        pytest.raises(ProjectLockedError, match="already open in this window"),
    ):
        Project.open(path)
    Project.open(path).close()
