"""`solieu agreement FIRST SECOND [--format text|jsonl]`: how far two reviewers agree.

Double review with projects of their own: two reviewers import the same articles into
two projects (files or server databases) and review them apart, neither seeing the
other's decisions. This compares them: per field (status, value, place, period,
measure entry), the figures both decided, the share they agree on and Cohen's kappa,
over all the articles both hold and per article (`reconcile/agreement.py`).
"""

from __future__ import annotations

import json
import sys

from solieu.commands import CliError
from solieu.reconcile.agreement import FIELDS, Agreement, compare_projects
from solieu.store import ProjectError, server

LABELS = {"entry_id": "measure entry"}


def add_arguments(p) -> None:
    p.add_argument("first", metavar="FIRST", help="the first reviewer's project (file or URL)")
    p.add_argument("second", metavar="SECOND", help="the second reviewer's project")
    p.add_argument("--format", choices=["text", "jsonl"], default="text")


def _cell(a: Agreement) -> str:
    parts = a.parts()
    if parts is None:
        return "–"
    percent, kappa, count = parts
    return f"{percent} {kappa} ({count})"


def _record(name: str, fields: dict[str, Agreement], **extra) -> dict:
    return {
        "document": name,
        **extra,
        "fields": {
            LABELS.get(f, f): {"items": a.items, "agreed": a.agreed, "percent": a.percent,
                               "kappa": a.kappa}
            for f, a in fields.items()
        },
    }  # fmt: skip


def run(args) -> int:
    try:
        with (
            server.open_target(args.first, read_only=True) as first,
            server.open_target(args.second, read_only=True) as second,
        ):
            overall, documents = compare_projects(first, second)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    if not documents:
        raise CliError("the two projects hold no article in common")
    out = sys.stdout
    if args.format == "jsonl":
        out.write(json.dumps(_record("(all)", overall), ensure_ascii=False) + "\n")
        for d in documents:
            record = _record(d.name, d.fields, only_first=d.only_first, only_second=d.only_second)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    header = ["document", *(LABELS.get(f, f) for f in FIELDS)]
    rows = [["(all)", *(_cell(overall[f]) for f in FIELDS)]]
    rows += [[d.name, *(_cell(d.fields[f]) for f in FIELDS)] for d in documents]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    return 0
