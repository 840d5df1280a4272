"""Several reviewers on one server project: commit latency, refresh delay, nothing lost.

Starts a throwaway PostgreSQL server on loopback (tests/server/conftest.py's
`start_server`), pushes the seeds project into it, then runs `--reviewers` processes
(5) that each save `--rate` edits a second (10) for `--seconds` (60): a note or a status
set on a random figure, through `Project.apply` as the window does. A listener
process (a window of its own) reads the announcements (`server.ChangeListener`).
Printed: the median and p99 commit latency, the delay from a commit to the listener
hearing it, the edits refused (another reviewer changed the same row at that moment:
refused and reported, never written over), and the edits lost: acknowledged edits
without their review-log row (goal 0). The floor is the same load by one reviewer on a
project file (SQLite), measured in the same run. Goals: p99 under 50 ms, refresh
under 1 s, 0 lost.

Run by hand: `python bench/team.py [--reviewers 5] [--rate 10] [--seconds 60]`.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import queue
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _conftest():
    spec = importlib.util.spec_from_file_location(
        "server_conftest", ROOT / "tests" / "server" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _edits(project, name: str, rate: float, seconds: float, seed: int, out) -> None:
    """Save `rate` edits a second for `seconds`; report (latency s, figure, start time)."""
    from solieu.model import Status
    from solieu.store import ProjectError, SetField

    rng = random.Random(seed)
    ids = [f.id for f in project.figures()]
    done, refused = [], 0
    start = time.monotonic()
    n = 0
    while (now := time.monotonic()) - start < seconds:
        due = start + n / rate
        if due > now:
            time.sleep(due - now)
        n += 1
        fid = rng.choice(ids)
        current = project.figures_by_id([fid])[0]
        if rng.random() < 0.5:
            edit = SetField(fid, "note", current.note, f"{name} {n}")
        else:
            new = rng.choice([s for s in Status if s != current.status])
            edit = SetField(fid, "status", current.status, new)
        t0, wall = time.perf_counter(), time.time()
        try:
            project.apply(edit, who=name)
        except ProjectError:
            refused += 1
            continue
        done.append((time.perf_counter() - t0, fid, wall))
    out.put((name, done, refused))


def _reviewer(url: str, name: str, rate: float, seconds: float, seed: int, out) -> None:
    from solieu.store import server

    with server.open_project(url) as project:
        _edits(project, name, rate, seconds, seed, out)


def _listener(url: str, seconds: float, ready, out) -> None:
    from solieu.store import server

    listener = server.ChangeListener(url)
    ready.set()
    heard: list[tuple[float, frozenset[int]]] = []
    end = time.monotonic() + seconds + 2
    while time.monotonic() < end:
        for change in listener.changes(timeout=0.2):
            heard.append((time.time(), change.figure_ids))
    listener.close()
    out.put(("listener", heard, 0))


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def run_server(seeds_file: Path, admin_url: str, args) -> dict:
    import psycopg

    from solieu.store import server

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS team_bench WITH (FORCE)")
        conn.execute("CREATE DATABASE team_bench")
    url = admin_url.rsplit("/", 1)[0] + "/team_bench"
    server.push(seeds_file, url)
    ctx = multiprocessing.get_context("spawn")
    out, ready = ctx.Queue(), ctx.Event()
    listener = ctx.Process(target=_listener, args=(url, args.seconds, ready, out))
    listener.start()
    ready.wait(30)
    reviewers = [
        ctx.Process(target=_reviewer, args=(url, f"r{i}", args.rate, args.seconds, i, out))
        for i in range(args.reviewers)
    ]
    for p in reviewers:
        p.start()
    results = {}
    for _ in range(args.reviewers + 1):
        name, data, refused = out.get(timeout=args.seconds + 120)
        results[name] = (data, refused)
    for p in [*reviewers, listener]:
        p.join(30)
    with psycopg.connect(url) as conn:
        logged = dict(
            conn.execute(
                "SELECT who, COUNT(*) FROM review_log WHERE action = 'set' GROUP BY who"
            ).fetchall()
        )
    return {"results": results, "logged": logged}


def run_file(seeds_file: Path, args) -> list[float]:
    import shutil

    from solieu.store import Project

    copy = seeds_file.with_name("one.solieu")
    shutil.copyfile(seeds_file, copy)
    out: queue.SimpleQueue = queue.SimpleQueue()  # `_edits` reports here, in this process
    with Project.open(copy) as project:
        _edits(project, "solo", args.rate, min(args.seconds, 20), 99, out)
    _, done, _ = out.get()
    return [lat for lat, _, _ in done]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reviewers", type=int, default=5)
    ap.add_argument("--rate", type=float, default=10.0, help="edits a second per reviewer")
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    from solieu.resources import seed_articles
    from solieu.store import Project

    tmp = Path(tempfile.mkdtemp(prefix="solieu-team-"))
    seeds_file = tmp / "seeds.solieu"
    with Project.create(seeds_file) as p:
        p.import_paths(seed_articles())
    try:
        admin_url, stop = _conftest().start_server()
    except RuntimeError as exc:
        print(f"cannot run: {exc}")
        return 1
    try:
        got = run_server(seeds_file, admin_url, args)
        floor = run_file(seeds_file, args)
    finally:
        stop()
    latencies, committed, refused = [], {}, 0
    for name, (data, r) in got["results"].items():
        if name == "listener":
            continue
        latencies += [lat for lat, _, _ in data]
        committed[name] = data
        refused += r
    heard = got["results"]["listener"][0]
    delays = []
    for data in committed.values():
        for _, fid, at in data:
            when = next((t for t, ids in heard if fid in ids and t >= at), None)
            if when is not None:
                delays.append(when - at)
    acknowledged = sum(len(d) for d in committed.values())
    lost = sum(max(0, len(d) - got["logged"].get(n, 0)) for n, d in committed.items())
    ms = 1000.0
    print(f"{args.reviewers} reviewers × {args.rate:g} edits/s × {args.seconds:g} s on loopback:")
    print(
        f"  acknowledged {acknowledged}, refused {refused} (the same row at that moment), lost {lost}"
    )
    print(
        f"  commit latency: median {statistics.median(latencies) * ms:.1f} ms, "
        f"p99 {_percentile(latencies, 0.99) * ms:.1f} ms (goal < 50 ms)"
    )
    print(
        f"  refresh delay (save → another window hears it): median "
        f"{statistics.median(delays) * ms:.1f} ms, max {max(delays) * ms:.1f} ms "
        f"(goal < 1000 ms); {len(delays)} of {acknowledged} heard"
    )
    print(
        f"  floor, one reviewer on a project file: median {statistics.median(floor) * ms:.1f} ms, "
        f"p99 {_percentile(floor, 0.99) * ms:.1f} ms; server p99 / file p99 = "
        f"{_percentile(latencies, 0.99) / _percentile(floor, 0.99):.2f}x"
    )
    goals = _percentile(latencies, 0.99) < 0.05 and max(delays) < 1.0 and lost == 0
    print("all goals met" if goals else "GOALS MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
