"""`solieu doc PROJECT NAME [--title …] [--outlet …] [--url …] [--date …] [--place …]`.

A document's properties (where it comes from, when it was published, the place
it is about by default) tell the figures that give no place or period of their
own where and when they are. With no option, the properties are printed.
Each change is a store edit like the window's: logged and undoable.
"""

from __future__ import annotations

import argparse
import json
import sys

from solieu.store import (
    DOCUMENT_FIELDS,
    InvalidEdit,
    ProjectError,
    SetDocumentField,
    server,
)

_OPTIONS = {
    "title": "title",
    "outlet": "outlet",
    "url": "url",
    "date": "published",
    "place": "place",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = "Show or set a document's title, outlet, address, date and default place."
    p.add_argument("project", metavar="PROJECT", help="project file (.solieu)")
    p.add_argument("name", metavar="NAME", help="the document's file name (or its id)")
    p.add_argument("--title")
    p.add_argument("--outlet", help="the newspaper or site that published it")
    p.add_argument("--url", help="its web address")
    p.add_argument("--date", help="publication date, YYYY-MM-DD")
    p.add_argument("--place", help="the place its figures are about unless they say otherwise")


def run(args: argparse.Namespace) -> int:
    from solieu.commands import CliError

    wanted = {
        field: getattr(args, option)
        for option, field in _OPTIONS.items()
        if getattr(args, option) is not None
    }
    try:
        with server.open_target(args.project, read_only=not wanted) as p:
            docs = [d for d in p.documents() if d.name == args.name or str(d.id) == args.name]
            if not docs:
                raise CliError(f"{args.name} is not a document of {args.project}")
            if len(docs) > 1:
                ids = ", ".join(str(d.id) for d in docs)
                raise CliError(f"{len(docs)} documents are named {args.name}; give the id ({ids})")
            doc = p.document(docs[0].id)
            for field, value in wanted.items():
                if field == "place" and value.strip():
                    value = _canonical_place(value)
                p.apply(SetDocumentField(doc.id, field, getattr(doc, field), value))
            doc = p.document(doc.id)
    except (ProjectError, InvalidEdit) as exc:
        raise CliError(str(exc)) from exc
    record = {"id": doc.id, "name": doc.name, **{f: getattr(doc, f) for f in DOCUMENT_FIELDS}}
    print(json.dumps(record, ensure_ascii=False), file=sys.stdout)
    return 0


def _canonical_place(value: str) -> str:
    """The gazetteer's name for what was typed (`TP.HCM` → `Hồ Chí Minh`), else as typed."""
    try:
        from solieu.extract.gazetteer import canonical_place
    except ImportError:
        return value.strip()
    return canonical_place(value) or value.strip()
