"""`solieu new`, `solieu figures`, `solieu apply`: the project file from the command line.

One module serves the three sub-commands (cli.py maps each name here); which
one runs is read from the parser's prog name. Scripts and the crash test drive
the store through `apply`, so its acknowledgement is printed only after the
edit's transaction committed: an acknowledged edit is on disk.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from solieu.commands.extract import FIELDS
from solieu.model import FIGURE_FIELDS, Status, decimal_str
from solieu.store import (
    EDITABLE_FIELDS,
    AddFigure,
    Batch,
    DeleteFigure,
    DuplicateFigure,
    Edit,
    FigureRecord,
    InvalidEdit,
    Project,
    ProjectError,
    RestoreFigure,
    SetField,
    server,
)
from solieu.text.load import iter_article_paths

FIGURE_COLUMNS = ["id", "document", "status", "origin", *FIELDS[1:], "note"]
_PARSED_FIELDS = tuple(f for f in FIGURE_FIELDS if f not in ("text", "confidence", "kind"))


def add_arguments(p: argparse.ArgumentParser) -> None:
    command = p.prog.split()[-1]
    p.set_defaults(command=command)
    p.add_argument("project", metavar="PROJECT", help="project file (.solieu)")
    if command == "new":
        p.description = "Create a project, import the articles and extract their figures."
        p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
        p.add_argument("--force", action="store_true", help="replace an existing project file")
        p.add_argument(
            "--jobs", type=int, default=None, metavar="N", help="processes (default: every core)"
        )
    elif command == "figures":
        p.description = "Print every figure of a project with its review status."
        p.add_argument("--status", choices=[s.value for s in Status])
        p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    elif command == "apply":
        p.description = (
            'Apply edits read as JSON lines on stdin: {"figure": ID, "set": {FIELD: VALUE}}, '
            '{"figure": ID, "delete": true}, {"add": {"document": NAME, "start": S, "end": E}}. '
            "One acknowledgement line per edit, printed after it is saved."
        )


def run(args: argparse.Namespace) -> int:
    return {"new": _new, "figures": _figures, "apply": _apply}[args.command](args)


def _open(path: str, *, read_only: bool = False) -> Project:
    from solieu.commands import CliError

    try:
        return server.open_target(str(path), read_only=read_only)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc


# -- new -----------------------------------------------------------------------------------


def _new(args: argparse.Namespace) -> int:
    from solieu.commands import CliError

    target = Path(args.project)
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; use --force to replace it")
    files = iter_article_paths(args.paths)
    if not files:
        raise CliError("no article files found in the given folders")
    try:
        project = Project.create(target, overwrite=args.force)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    from solieu.extract.pool import default_jobs
    from solieu.store.records import ImportReport

    report = ImportReport()
    shown = dict.fromkeys(("imported", "skipped", "failed", "warnings", "partial"), 0)

    def new_in(name: str) -> list:
        items = getattr(report, name)[shown[name] :]
        shown[name] += len(items)
        return items

    def file_done(_done: int, _total: int, _name: str) -> None:
        """Print what the file just stored brought, as it happens."""
        first = shown["imported"]
        counts = report.imported_figures[first:]
        for name, count in zip(new_in("imported"), counts, strict=True):
            print(f"imported {name}: {count} figures", file=sys.stderr)
        for name, reason in new_in("skipped"):
            print(f"skipped {name}: {reason}", file=sys.stderr)
        for name, reason in new_in("failed"):
            print(f"failed {name}: {reason}", file=sys.stderr)
        for name, reason in new_in("warnings"):
            print(f"warning {name}: figure {reason}", file=sys.stderr)
        for name, _path, kept, visible in new_in("partial"):
            print(
                f"warning {name}: only {kept} of the page's {visible} visible characters "
                "were kept as its article; the window's import report can import the "
                "whole page",
                file=sys.stderr,
            )

    jobs = default_jobs() if args.jobs is None else max(1, args.jobs)
    with project:
        project.import_paths(files, progress=file_done, jobs=jobs, report=report)
    imported, figures = len(report.imported), sum(report.imported_figures)
    failed = [name for name, _reason in report.failed]
    print(f"{target.name}: {imported} documents, {figures} figures", file=sys.stderr)
    if failed:
        print(f"not imported ({len(failed)}): {', '.join(failed)}", file=sys.stderr)
    return 0 if imported else 1


# -- figures -------------------------------------------------------------------------------


def figure_record(fig: FigureRecord) -> dict[str, Any]:
    """A figure as the CLI prints it: `solieu extract`'s fields plus the review state."""
    rec: dict[str, Any] = {name: getattr(fig, name) for name in FIGURE_COLUMNS}
    rec["number"] = decimal_str(fig.number)
    rec["value"] = decimal_str(fig.value)
    rec["status"] = fig.status.value
    rec["origin"] = fig.origin.value
    return rec


def _figures(args: argparse.Namespace) -> int:
    with _open(args.project, read_only=True) as project:
        figures = project.figures(status=args.status)
    out = sys.stdout
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=FIGURE_COLUMNS)
        writer.writeheader()
        for fig in figures:
            writer.writerow(figure_record(fig))
    else:
        for fig in figures:
            out.write(json.dumps(figure_record(fig), ensure_ascii=False) + "\n")
    return 0


# -- apply ---------------------------------------------------------------------------------


def _apply(args: argparse.Namespace) -> int:
    project = _open(args.project)
    with project:
        documents: dict[str, list[int]] = {}
        for doc in project.documents():
            documents.setdefault(doc.name, []).append(doc.id)
        number = 0
        while line := sys.stdin.readline():
            number += 1
            if not line.strip():
                continue
            try:
                figure_id = _apply_line(project, json.loads(line), documents)
                ack: dict[str, Any] = {"ok": True, "line": number, "figure": figure_id}
            except DuplicateFigure as exc:  # that text is a figure already: name it
                ack = {"ok": False, "line": number, "error": str(exc), "figure": exc.figure_id}
            except ProjectError as exc:
                ack = {"ok": False, "line": number, "error": str(exc)}
            except json.JSONDecodeError as exc:
                ack = {"ok": False, "line": number, "error": f"not JSON: {exc}"}
            except (KeyError, TypeError, ValueError) as exc:
                ack = {"ok": False, "line": number, "error": f"not a valid edit: {exc!r}"}
            sys.stdout.write(json.dumps(ack, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    return 0


def _apply_line(project: Project, obj: Any, documents: dict[str, list[int]]) -> int:
    """Apply one edit line; returns the figure it concerns (the new id for an add)."""
    if not isinstance(obj, dict):
        raise InvalidEdit("each line must be a JSON object")
    if "add" in obj:
        inverse = project.apply(_add_edit(project, obj["add"], documents))
        assert isinstance(inverse, DeleteFigure)
        return inverse.figure_id
    if "figure" not in obj:
        raise InvalidEdit('a line needs "figure" (with "set", "delete" or "restore") or "add"')
    figure_id = obj["figure"]
    if not isinstance(figure_id, int) or isinstance(figure_id, bool):
        raise InvalidEdit(f"figure must be an id number, not {figure_id!r}")
    edit: Edit
    if obj.get("delete") is True:
        edit = DeleteFigure(figure_id)
    elif obj.get("restore") is True:
        edit = RestoreFigure(figure_id)
    elif isinstance(obj.get("set"), dict) and obj["set"]:
        edit = _set_edit(project, figure_id, obj["set"])
    else:
        raise InvalidEdit('"set" must be an object of field: value (or use "delete"/"restore")')
    project.apply(edit)
    return figure_id


def _set_edit(project: Project, figure_id: int, values: dict[str, Any]) -> Edit:
    """The fields set, in one step; a confirmation links the figure to its codebook
    entry (creating one for a measure that names none), as Space does in the window."""
    from dataclasses import replace

    from solieu.learn.codebook_edits import confirming
    from solieu.store.values import coerce

    current = project.figure(figure_id)
    sets: list[Edit] = []
    confirm = False
    for name, value in values.items():
        if name not in EDITABLE_FIELDS:
            raise InvalidEdit(
                f"'{name}' is not an editable field (editable: {', '.join(EDITABLE_FIELDS)})"
            )
        if name == "status" and value == Status.CONFIRMED.value:
            confirm = True
            continue
        sets.append(SetField(figure_id, name, getattr(current, name), value))
    if confirm:
        after = {e.field: coerce(e.field, e.new) for e in sets if isinstance(e, SetField)}
        record = replace(current, **{k: v for k, v in after.items() if hasattr(current, k)})
        sets.append(confirming(project, [record]))
    return sets[0] if len(sets) == 1 else Batch(tuple(sets))


def _add_edit(project: Project, spec: Any, documents: dict[str, list[int]]) -> AddFigure:
    """An AddFigure whose fields are parsed from the selected text, then overridden."""
    from solieu.extract import figure_at

    if not isinstance(spec, dict):
        raise InvalidEdit('"add" must be an object with document, start and end')
    spec = dict(spec)
    ref = spec.pop("document", None)
    start, end = spec.pop("start", None), spec.pop("end", None)
    if isinstance(ref, int) and not isinstance(ref, bool):
        doc_id = ref
    else:
        ids = documents.get(ref, []) if isinstance(ref, str) else []
        if not ids:
            raise InvalidEdit(f"no document named {ref!r} in the project")
        if len(ids) > 1:
            raise InvalidEdit(f"several documents are named {ref!r}; give its id instead")
        doc_id = ids[0]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise InvalidEdit('"add" needs integer "start" and "end" offsets')
    for name in spec:
        if name not in EDITABLE_FIELDS:
            raise InvalidEdit(f"'{name}' cannot be set on a new figure")
    document = project.document(doc_id)
    text = document.text
    if not (0 <= start < end <= len(text)):
        raise InvalidEdit(f"the span {start}..{end} is not inside the document (0..{len(text)})")
    span = text[start:end]
    # read as the extractor would in its document: measure, place, period, qualifier too
    parsed = figure_at(text, start, end, doc_date=document.published)
    fields: dict[str, Any] = {}
    if parsed is not None:
        start, end = parsed.start, parsed.end
        fields = {name: getattr(parsed, name) for name in _PARSED_FIELDS}
    fields.update(spec)
    if fields.get("value") is None or fields.get("unit_class") is None:
        raise InvalidEdit(f"no figure can be read from {span!r}; give its value and unit_class")
    return AddFigure(doc_id, start, end, fields)
