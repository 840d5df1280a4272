"""The crash test on the server: SIGKILL `solieu apply URL` at random moments; nothing
acknowledged is lost (tests/core/test_crash.py's plan and checks, the project pushed to
a new database for each run). The server holds exactly the state after the first k
lines, k the acknowledged ones or one more, and its constraints still hold."""

from __future__ import annotations

import os
import random
import sys
import time
import uuid

import psycopg
import pytest
from test_crash import apply_and_kill, plan_run, read_state, seed_file  # noqa: F401

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
        acks = apply_and_kill(url, lines, rng)
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
