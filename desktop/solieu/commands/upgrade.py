"""`solieu upgrade URL`: bring a server project to this app's schema version.

Run once by the project's admin when the team updates the app (a file project is
upgraded when it is opened; see store/server_schema.py for why a server one is not).
"""

from __future__ import annotations

from solieu.commands import CliError
from solieu.store import ProjectError, server
from solieu.store.server_schema import upgrade


def add_arguments(p) -> None:
    p.add_argument("url", metavar="URL", help="the project's database: postgresql://admin@host/db")


def run(args) -> int:
    if not server.is_server_url(args.url):
        raise CliError("usage: solieu upgrade postgresql://…")
    try:
        before, after = upgrade(args.url)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    where = server.shown(args.url)
    if before == after:
        print(f"{where}: already at version {after}")
    else:
        print(f"{where}: upgraded from version {before} to {after}")
    return 0
