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


class Cluster:
    """A throwaway server in a temporary folder that can be stopped and started again on
    the same data folder and port (the reconnect tests); `start_server` is its one-shot
    form. Raises RuntimeError when this machine has no server binaries."""

    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError(
                "no PostgreSQL server binaries (initdb): install Debian's postgresql"
            )
        if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True).returncode:
            raise RuntimeError("running as root, and there is no postgres user to own the cluster")
        self._pg_ctl = str(bin_dir / "pg_ctl")
        self.folder = Path(tempfile.mkdtemp(prefix="solieu-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.data, self.port = self.folder / "data", _free_port()
        subprocess.run(
            _as_owner([str(bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A",
                       "trust", "-E", "UTF8", "--no-locale", "--no-sync"]),
            check=True, capture_output=True,
        )  # fmt: skip
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _ctl(self, *args: str, check: bool = True) -> None:
        subprocess.run(_as_owner([self._pg_ctl, "-D", str(self.data), *args]),
                       check=check, capture_output=True)  # fmt: skip

    def start(self) -> None:
        """Start the server (again, after `stop_only`), waiting until it accepts connections."""
        options = f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._ctl("-l", str(self.folder / "log"), "-w", "-o", options, "start")

    start_again = start

    def stop_only(self) -> None:
        """Stop the server (fast: sessions are ended, open transactions rolled back) and
        wait until it is down; the data folder stays for `start_again`."""
        self._ctl("-m", "fast", "-w", "stop")

    def restart(self) -> None:
        """`pg_ctl restart -m fast`: every session ends; the data and the port stay."""
        self._ctl("-l", str(self.folder / "log"), "-m", "fast", "-w", "restart")

    @property
    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        self._ctl("-m", "fast", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> tuple[str, callable]:
    """Start a throwaway server: (its superuser URL, a function that stops it and removes
    its folder). Raises RuntimeError when this machine has no server binaries (also used
    by bench/team.py)."""
    cluster = Cluster()
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster.url, cluster.stop


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


@pytest.fixture(scope="module")
def restartable_server():
    """A `Cluster` of the requesting module's own, which its tests may stop, start and
    restart (never the session's shared `pg_server`); removed after the module."""
    try:
        cluster = Cluster()
        cluster.start()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    try:
        yield cluster
    finally:
        cluster.stop()


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
