"""`solieu codebook PROJECT [--import FILE] [--export FILE] [--lang en|vi]`.

The project's codebook of indicators. `--import` adds a statistician's own list
(.xlsx or .csv: new names become entries, known ones gain synonyms and codes) as
one store edit, logged and undoable in the window; `--export` writes the codebook
with each entry's count of figures. With neither, the entries are printed as JSON
lines.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from solieu.store import InvalidEdit, ProjectError, server


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = "List, import or export the project's codebook of indicators."
    p.add_argument("project", metavar="PROJECT", help="project file (.solieu)")
    p.add_argument("--import", dest="import_file", metavar="FILE", help="a .xlsx or .csv list")
    p.add_argument("--export", dest="export_file", metavar="FILE", help="write .xlsx or .csv")
    p.add_argument("--lang", choices=("en", "vi"), default="en", help="headers of --export")


def run(args: argparse.Namespace) -> int:
    from solieu.commands import CliError
    from solieu.learn.codebook_edits import import_states
    from solieu.learn.codebook_io import CodebookFileError, read_codebook, write_codebook

    writing = args.import_file is not None
    try:
        with server.open_target(args.project, read_only=not writing) as p:
            if writing:
                read = read_codebook(Path(args.import_file))
                for problem in read.problems:
                    print(str(problem), file=sys.stderr)
                edit, new, updated = import_states(p, read.entries)
                if edit.edits:
                    p.apply(edit)
                print(f"{new} new entries, {updated} updated", file=sys.stderr)
            entries = p.codebook()
            if args.export_file:
                write_codebook(
                    [(e.state, e.figures) for e in entries],
                    Path(args.export_file),
                    language=args.lang,
                )
    except CodebookFileError as exc:
        raise CliError(str(exc)) from exc
    except (ProjectError, InvalidEdit) as exc:
        raise CliError(str(exc)) from exc
    if not args.export_file and not writing:
        for e in entries:
            record = {"id": e.id, **e.state.to_dict(), "figures": e.figures}
            print(json.dumps(record, ensure_ascii=False), file=sys.stdout)
    return 0
