"""`solieu extract PATH... [--format jsonl|csv] [-o OUT]`: candidate figures as records.

A figure whose text names no place takes the document's (its metadata, else the
place the article mostly names), as the store and the workbook show it. A token
the extractor skips (a 40-digit numeral, a rule that failed on it) is a
line `warning FILE:OFFSET: reason` on stderr; the file's other figures are still
written and the exit code stays 0, as every file was read.
"""

from __future__ import annotations

import csv
import json
import sys
from contextlib import nullcontext
from pathlib import Path

from solieu.commands import CliError
from solieu.extract import extract_document
from solieu.model import FIGURE_FIELDS
from solieu.text import TextLoadError, load_document
from solieu.text.load import iter_article_paths

FIELDS = ["document", "start", "end", *FIGURE_FIELDS]


def _writable(rec: dict) -> dict:
    """The record with any lone surrogate (a text decoded with `surrogateescape`) as a
    backslash escape: the UTF-8 output would refuse it and lose the whole file."""
    for key, value in rec.items():
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                rec[key] = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return rec


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")


def run(args) -> int:
    paths = iter_article_paths(args.paths)
    if not paths:
        raise CliError("no article files found in the given folders")
    try:
        sink = (
            open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
            if args.output
            else nullcontext(sys.stdout)
        )
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    failures = 0
    with sink as out:
        writer = None
        if args.format == "csv":
            writer = csv.DictWriter(out, fieldnames=FIELDS, extrasaction="ignore")
            writer.writeheader()
        for path in paths:
            try:
                doc = load_document(path)
            except TextLoadError as exc:
                print(f"solieu: {exc}", file=sys.stderr)
                failures += 1
                continue
            result = extract_document(doc.text, doc_date=doc.meta.get("date"))
            for w in result.warnings:
                print(f"warning {path}:{w.start}: {w.reason}", file=sys.stderr)
            for fig in result.figures:
                rec = _writable({"document": Path(path).name, **fig.as_record()})
                # a figure whose text names no place takes its document's (as in the store)
                rec["place"] = rec["place"] or doc.place
                if writer is not None:
                    writer.writerow(rec)
                else:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 1 if failures == len(paths) else (3 if failures else 0)
