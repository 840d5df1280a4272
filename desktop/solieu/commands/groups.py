"""`solieu groups PROJECT [--format jsonl]`: the statistics reported by several articles.

One line per group: `id`, `status`, `members` (figure, document, text, value,
unit_class), `reason` (why it was formed), `conflict`, `warnings`. A figure no
other article reports is not listed.
"""

from __future__ import annotations

import json
import sys

from solieu.commands import CliError
from solieu.model import decimal_str
from solieu.reconcile.session import reconcile_project
from solieu.store import ProjectError, server


def add_arguments(p) -> None:
    p.add_argument("project", metavar="PROJECT", help="project file (.solieu)")
    p.add_argument("--format", choices=["jsonl"], default="jsonl")
    p.add_argument(
        "--duplicates", action="store_true", help="also list near-duplicate document pairs"
    )


def run(args) -> int:
    try:
        project = server.open_target(args.project, read_only=True)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    with project:
        rec = reconcile_project(project, with_duplicates=args.duplicates)
        names = {d.id: d.name for d in project.documents()}
    out = sys.stdout
    for g in rec.listed():
        members = []
        for fid in g.members:
            f = rec.figures.get(fid)
            if f is None:
                continue
            members.append(
                {
                    "figure": f.id,
                    "document": f.document,
                    "text": f.text,
                    "value": decimal_str(f.value),
                    "unit_class": f.unit_class,
                }
            )
        line = {
            "id": g.key,
            "status": g.status,
            "members": members,
            "reason": g.reason,
            "conflict": g.conflict,
            "winner": g.winner,
            "warnings": [
                {"ok": c.ok, "kind": c.kind, "figures": list(c.figures), "message": c.message}
                for c in rec.warnings_for(g)
            ],
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    for pair in rec.duplicates:
        out.write(
            json.dumps(
                {
                    "duplicate": [names.get(pair.a), names.get(pair.b)],
                    "score": round(pair.score, 3),
                    "containment": round(pair.containment, 3),
                },
                ensure_ascii=False,
            )
            + "\n"
        )
    return 0
