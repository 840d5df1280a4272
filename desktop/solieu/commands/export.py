"""`solieu export PROJECT|URL -o OUT.xlsx [--status confirmed|all] [--lang en|vi] [--csv OUT.csv]`."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from solieu.commands import CliError
from solieu.export import ExportError, build_tables, export_workbook
from solieu.export.xlsx import write_tables_csv
from solieu.store import Project, ProjectError, server


def add_arguments(p) -> None:
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.add_argument("--status", choices=["confirmed", "all"], default="confirmed")
    p.add_argument(
        "--lang",
        choices=["en", "vi"],
        default="en",
        help="language of the headers and of coded values (statuses, qualifiers, yes/no); "
        "sheet names stay English",
    )
    p.add_argument("--csv", metavar="OUT.csv", help="also write the Statistics sheet as CSV")


def run(args) -> int:
    if server.is_server_url(args.project):
        return _export_server(args)
    return _export(args, args.project, Path(args.project).stem)


def _export_server(args) -> int:
    """A server project: one snapshot of it in a temporary file, exported as a file is."""
    with tempfile.TemporaryDirectory(prefix="solieu-export-") as tmp:
        copy = Path(tmp) / "server.solieu"
        try:
            server.pull(args.project, copy)
        except ProjectError as exc:
            raise CliError(str(exc)) from exc
        title = urlsplit(args.project).path.strip("/") or "server"
        return _export(args, str(copy), title)


def _export(args, path: str, title: str) -> int:
    try:
        project = Project.open_for_reading(path)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    try:
        with project:
            tables = build_tables(project, status=args.status)
            export_workbook(tables, args.output, lang=args.lang, title=title)
            if args.csv:  # the Statistics rows are a list: the workbook did not use them up
                write_tables_csv(tables[0], args.csv, lang=args.lang)
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
