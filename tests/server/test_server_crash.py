"""The crash test on the server: SIGKILL `solieu apply URL` at random moments; nothing
acknowledged is lost (tests/core/test_crash.py's plan and checks, the project pushed to
a new database for each run). The server holds exactly the state after the first k
lines, k the acknowledged ones or one more, and its constraints still hold."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid

import psycopg
import pytest
from test_crash import plan_run, read_state, seed_file  # noqa: F401 - the file's fixture

from solieu.store import server

RUNS = int(os.environ.get("SOLIEU_SERVER_CRASH_RUNS", "12"))
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def _crash_once(seed_file, pg_server: str, run: int) -> tuple[int, int]:  # noqa: F811
    rng = random.Random(run)
    name = f"crash_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{pg_server.rsplit('/', 1)[0]}/{name}"
    try:
        server.push(seed_file, url)
        with server.open_project(url, read_only=True) as project:
            initial = read_state(project)
            documents = {f.id: (f.document, f.start, f.end) for f in project.figures()}
        lines, states = plan_run(rng, initial, documents)
        kill_after = rng.randint(0, len(lines))
        proc = subprocess.Popen(
            [sys.executable, "-m", "solieu.cli", "apply", url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        proc.stdin.write("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
        proc.stdin.flush()
        acks = [json.loads(proc.stdout.readline()) for _ in range(kill_after)]
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0, 0.004))  # land inside a transaction now and then
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        acks += [json.loads(line) for line in proc.stdout.read().splitlines()]
        proc.stdin.close()
        proc.stdout.close()
        assert all(a["ok"] for a in acks), acks
        assert [a["line"] for a in acks] == list(range(1, len(acks) + 1))
        time.sleep(0.05)  # the server rolls back the killed client's open transaction
        with server.open_project(url) as project:
            found = read_state(project)
        matches = [k for k in (len(acks), len(acks) + 1) if k < len(states) and states[k] == found]
        assert matches, f"run {run}: the server is not the state after {len(acks)} acknowledged"
        return len(acks), matches[0]
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_sigkill_during_apply_on_the_server_loses_no_acknowledged_edit(seed_file, pg_server):  # noqa: F811
    outcomes = [_crash_once(seed_file, pg_server, run) for run in range(RUNS)]
    acknowledged = sum(a for a, _ in outcomes)
    print(f"{RUNS} crash runs on the server: {acknowledged} acknowledged edits kept")
    assert acknowledged > 0
