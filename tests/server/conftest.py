"""A real PostgreSQL server for the server-store tests, started in a temporary folder.

Debian's `postgresql` package gives initdb and pg_ctl (`make test` installs it as root,
as it does LibreOffice). initdb refuses to run as root, so as root the cluster belongs
to the `postgres` user the package creates. The server listens on 127.0.0.1 on a free
port with trust authentication, fsync off: it is thrown away after the run. Where no
server binaries exist, these tests skip and say why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")


def _bin_dir() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def start_server() -> tuple[str, callable]:
    """Start a throwaway server: (its superuser URL, a function that stops it and removes
    its folder). Raises RuntimeError when this machine has no server binaries (also used
    by bench/team.py)."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb): install Debian's postgresql")
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True).returncode:
        raise RuntimeError("running as root, and there is no postgres user to own the cluster")
    folder = Path(tempfile.mkdtemp(prefix="solieu-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    subprocess.run(
        _as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                   "-E", "UTF8", "--no-locale", "--no-sync"]),
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
                   "-o", options, "start"]),
        check=True, capture_output=True,
    )  # fmt: skip

    def stop() -> None:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)

    return f"postgresql://postgres@127.0.0.1:{port}/postgres", stop


@pytest.fixture(scope="session")
def pg_server():
    """The superuser's connection URL of a fresh server for the whole run."""
    try:
        url, stop = start_server()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    try:
        yield url
    finally:
        stop()


@pytest.fixture
def pg_database(pg_server):
    """A new, empty database on the server (one per test): its superuser URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = pg_server.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- the store's own tests, on the server ----------------------------------------------
CORE_TESTS = Path(__file__).resolve().parents[1] / "core"


def _import_core_tests() -> None:
    """Make tests/core's modules importable here (they are not a package)."""
    import sys

    if str(CORE_TESTS) not in sys.path:
        sys.path.insert(0, str(CORE_TESTS))


_import_core_tests()


def _core_fixtures():
    """tests/core/conftest.py's fixtures, which its tests use, under another name."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("core_conftest", CORE_TESTS / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


project_of = _core_fixtures().project_of


@pytest.fixture
def on_server(monkeypatch, pg_server):
    """`Project.create` makes the project in a new database on the server (an empty file
    pushed there) and `Project.open` of its path opens it there: a store test written
    for the file then runs, unchanged, on the server."""
    from solieu.store import Project, server

    create, open_ = Project.create.__func__, Project.open.__func__
    made: dict[str, str] = {}
    databases: list[str] = []

    def new_database() -> str:
        name = f"s_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        databases.append(name)
        return f"{pg_server.rsplit('/', 1)[0]}/{name}"

    def create_on_server(cls, path, *, overwrite: bool = False):
        path = Path(path)
        if str(path) in made and not overwrite:
            from solieu.store import ProjectError

            raise ProjectError(f"{path.name} already exists")
        url = new_database()
        empty = Path(tempfile.mkdtemp(prefix="solieu-empty-")) / "empty.solieu"
        create(cls, empty).close()
        server.push(empty, url)
        path.touch()
        project = server.open_project(url)
        made[str(path)] = made[str(project.path)] = url  # reopened by either
        return project

    def open_on_server(cls, path, *, read_only: bool = False, **kw):
        url = made.get(str(Path(path)))
        if url is None:
            return open_(cls, path, read_only=read_only, **kw)
        return server.open_project(url, read_only=read_only)

    monkeypatch.setattr(Project, "create", classmethod(create_on_server))
    monkeypatch.setattr(Project, "open", classmethod(open_on_server))
    yield made
    with psycopg.connect(pg_server, autocommit=True) as conn:
        for name in databases:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
