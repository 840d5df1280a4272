"""`solieu extract PATH... [--format jsonl|csv] [-o OUT] [--jobs N] [--resume] [--timeout S]`.

Candidate figures as records, one document after another in input order, whatever
the number of processes (`solieu.extract.pool` does the work; this module parses
the arguments, cuts OUT back to whole documents for --resume, and writes). A figure whose text names no place takes the
document's (its metadata, else the place the article mostly names), as the store
and the workbook show it. A token the extractor skips (a 40-digit numeral, a rule
that failed on it) is a line `warning FILE:OFFSET: reason` on stderr; the file's
other figures are still written and the exit code stays 0, as every file was read.
A file that cannot be read, or takes longer than --timeout, is a line
`solieu: FILE: reason` and is skipped: exit code 3 when some files were, 1 when all.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import closing, nullcontext
from pathlib import Path

from solieu.commands import CliError
from solieu.extract.pool import FIELDS, DocResult, default_jobs, extract_many
from solieu.extract.pool_workers import PoolError
from solieu.text.load import iter_article_paths

__all__ = ["FIELDS", "add_arguments", "resume_documents", "resume_point", "run", "unfinished"]


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0: no limit)")
    return value


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"processes to extract on (default: every core, here {default_jobs()}; "
        "1: in this process)",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="go on writing OUT after a run that stopped: documents already there are skipped",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=60.0,
        metavar="S",
        help="skip a document whose extraction takes longer (default 60 s; 0: no limit)",
    )


class _Progress:
    """`done/total documents, figures, figures/s, ETA` on one `\\r` line of a terminal."""

    def __init__(self, total: int, stream) -> None:
        self.total, self.stream = total, stream
        self.on = total > 0 and stream.isatty()
        self.done = self.figures = self.width = 0
        self.t0 = self.drawn = time.monotonic()

    def finished(self, result: DocResult) -> None:
        self.done += 1
        self.figures += result.figures
        if self.on and (time.monotonic() - self.drawn >= 0.2 or self.done == self.total):
            self.draw()

    def draw(self) -> None:
        self.drawn = now = time.monotonic()
        elapsed = max(now - self.t0, 1e-9)
        eta = int(elapsed / self.done * (self.total - self.done)) if self.done else 0
        line = (
            f"{self.done}/{self.total} documents, {self.figures} figures, "
            f"{self.figures / elapsed:.0f} figures/s, ETA {eta // 60}:{eta % 60:02d}"
        )
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def clear(self) -> None:
        if self.on and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def run(args) -> int:
    paths = iter_article_paths(args.paths)
    if not paths:
        raise CliError("no article files found in the given folders")
    if args.resume and not args.output:
        raise CliError("--resume needs -o OUT: the output file of the run to go on with")
    todo = paths
    if args.resume:
        todo = unfinished(paths, resume_documents(args.output, args.format))
    header = args.format == "csv" and not (
        args.resume and os.path.exists(args.output) and os.path.getsize(args.output) > 0
    )
    try:
        sink = (
            open(args.output, "ab" if args.resume else "wb")  # noqa: SIM115 - UTF-8 bytes
            if args.output
            else nullcontext(_BytesOut(sys.stdout))
        )
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    progress = _Progress(len(todo), sys.stderr)
    failures = 0
    results = extract_many(
        todo,
        jobs=args.jobs,
        timeout=args.timeout,
        fmt=args.format,
        on_result=progress.finished,
        fork=True,  # this command holds no file a worker must not inherit
    )
    try:
        with sink as out, closing(results):
            if header:
                line = io.StringIO()
                csv.DictWriter(line, fieldnames=FIELDS).writeheader()
                out.write(line.getvalue().encode("utf-8"))
            for result in results:
                if result.error or result.warnings:
                    progress.clear()
                if result.error:
                    print(f"solieu: {result.error}", file=sys.stderr)
                    failures += 1
                for start, reason in result.warnings:
                    print(f"warning {result.path}:{start}: {reason}", file=sys.stderr)
                if result.output:
                    out.write(result.output)  # one write per document: whole lines only
                    out.flush()
    except PoolError as exc:
        raise CliError(str(exc)) from exc
    finally:
        progress.clear()
    if not todo:
        return 0
    return 1 if failures == len(todo) else (3 if failures else 0)


class _BytesOut:
    """Standard output for the UTF-8 bytes a document's records come as: its binary
    buffer when it has one (a terminal, a pipe), else decoded (a test's capture)."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.binary = getattr(stream, "buffer", None)
        if self.binary is not None:
            stream.flush()  # what was printed before goes first

    def write(self, data: bytes) -> None:
        if self.binary is not None:
            self.binary.write(data)
        else:
            self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        (self.binary or self.stream).flush()


def resume_point(out: str | Path, fmt: str) -> set[str]:
    """`resume_documents`, as a set of names."""
    return set(resume_documents(out, fmt))


def unfinished(paths: list[Path], done: list[str]) -> list[Path]:
    """The paths still to extract, given the documents of the output in its order.

    The output is in input order, so each document there is the next input file of
    that name after the one before it: two files of one name in different folders
    are told apart (matching by name alone skipped the second one's figures). A name
    found only out of order (the arguments changed) takes the first unmatched file of
    that name."""
    matched: set[int] = set()
    at = 0
    for name in done:
        k = next((i for i in range(at, len(paths)) if paths[i].name == name), None)
        if k is None:
            k = next((i for i, p in enumerate(paths) if p.name == name and i not in matched), None)
            if k is None:
                continue
        else:
            at = k + 1
        matched.add(k)
    return [p for i, p in enumerate(paths) if i not in matched]


def resume_documents(out: str | Path, fmt: str) -> list[str]:
    """Cut `out` (a killed run's output) back to whole documents; their names, in order.

    A partial last line is removed, and so are the records of the last document in
    the file, which the run may have been writing when it stopped: it is done again.
    What remains holds only whole records of finished documents, to append to.
    Raises CliError when `out` is not this command's output in `fmt`.
    """
    out = Path(out)
    try:
        data = out.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise CliError(f"cannot read {out}: {exc.strerror or exc}") from exc
    records = _csv_records(data, out) if fmt == "csv" else _jsonl_records(data, out)
    documents = _documents(records)
    cut = documents.pop()[1] if documents else 0  # the last document: done again
    if fmt == "csv" and not documents and cut == 0:
        cut = _csv_header_end(data)
    with out.open("r+b") as f:
        f.truncate(cut)
    return [name for name, _ in documents]


def _documents(records: list[tuple[str, int, int]]) -> list[tuple[str, int]]:
    """(name, offset of its first record) of each document the records hold. A
    document's records are in text order, so a record that does not start after the
    one before it opens the next document even under the same name (two files of one
    name in different folders, one after the other)."""
    out: list[tuple[str, int]] = []
    previous: tuple[str, int] | None = None
    for name, start, pos in records:
        if previous is None or name != previous[0] or start <= previous[1]:
            out.append((name, pos))
        previous = (name, start)
    return out


def _pieces(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The whole lines of `data` (a partial last line left out), with their offsets."""
    pos = 0
    while (end := data.find(b"\n", pos)) >= 0:
        yield pos, data[pos : end + 1]
        pos = end + 1


def _not_ours(out: Path, line: int) -> CliError:
    return CliError(f"cannot resume: line {line} of {out} is not a record of solieu extract")


def _jsonl_records(data: bytes, out: Path) -> list[tuple[str, int, int]]:
    """(document, the figure's start in its text, offset in `out`) of each whole record."""
    records = []
    for n, (pos, line) in enumerate(_pieces(data), 1):
        try:
            rec = json.loads(line)
            records.append((rec["document"], int(rec["start"]), pos))
        except (ValueError, KeyError, TypeError) as exc:
            raise _not_ours(out, n) from exc
    return records


def _csv_header_end(data: bytes) -> int:
    """Where the header row ends, 0 when there is no whole one (it is written anew)."""
    header = io.StringIO()
    csv.writer(header).writerow(FIELDS)
    head = header.getvalue().encode("utf-8")
    return len(head) if data.startswith(head) else 0


def _csv_records(data: bytes, out: Path) -> list[tuple[str, int, int]]:
    """(document, the figure's start in its text, offset in `out`) of each whole row
    after the header."""
    pieces = list(_pieces(data))
    if not pieces:
        return []
    consumed = 0

    def lines() -> Iterator[str]:
        nonlocal consumed
        for pos, piece in pieces:
            consumed = pos + len(piece)
            yield piece.decode("utf-8", "surrogateescape")

    rows = csv.reader(lines())
    records, start = [], 0
    try:
        for n, row in enumerate(rows):
            if n == 0:
                if row != FIELDS:
                    raise _not_ours(out, 1)
            elif len(row) == len(FIELDS):
                records.append((row[0], int(row[1]), start))
            else:
                break  # a row cut short: the end of what was written
            start = consumed
    except csv.Error:
        pass  # a quoted field left open at the end: likewise
    return records
