"""`solieu push PROJECT.solieu URL [--roles]` and `solieu pull URL PROJECT.solieu`.

`push` uploads a project file into an empty PostgreSQL database (the team's copy);
with `--roles` it also gives the project to the database's `DB_admin` and
`DB_reviewer` group roles (see store/server.py). `pull` writes a server project into a new file.
URLs follow libpq: `postgresql://user@host/db`, a password from `~/.pgpass`.
"""

from __future__ import annotations

from pathlib import Path

from solieu.commands import CliError
from solieu.store import ProjectError, server


def add_arguments(p) -> None:
    p.add_argument("source", metavar="FROM", help="PROJECT.solieu to push, or URL to pull")
    p.add_argument("target", metavar="TO", help="URL to push to, or PROJECT.solieu to write")
    p.add_argument("--roles", action="store_true", help="push: set up the team's roles too")
    p.set_defaults(direction=p.prog.split()[-1])  # "push" or "pull"


def run(args) -> int:
    pushing = args.direction == "push"
    url, file = (args.target, args.source) if pushing else (args.source, args.target)
    if not server.is_server_url(url) or server.is_server_url(file):
        order = "PROJECT.solieu postgresql://…" if pushing else "postgresql://… PROJECT.solieu"
        raise CliError(f"usage: solieu {args.direction} {order}")
    try:
        if pushing:
            counts = server.push(args.source, args.target)
            if args.roles:
                server.set_up_roles(args.target)
            where = server.shown(args.target)
        else:
            if Path(args.target).exists():
                raise CliError(f"{args.target} already exists")
            counts = server.pull(args.source, args.target)
            where = args.target
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    rows = ", ".join(f"{n} {t}" for t, n in counts.items() if n and t != "meta")
    print(f"{where}: {rows or 'an empty project'}")
    return 0
