"""Extract an archive of articles on every core, in input order, with a time limit.

Why it is built this way:
- Workers are our own processes, one pipe each, not a ProcessPoolExecutor: a document
  that runs past its limit must cost only its own worker, which is killed and replaced,
  while an executor can only be torn down whole (every other document in flight lost).
  Knowing which worker holds which document also makes the limit exact.
- They start by plain "fork" on Linux when the caller asks for it and has no other
  thread (the command `solieu extract`: its workers start with the extractor imported
  and warm up side by side);
  otherwise by "forkserver" where there is one (the window has threads, which a fork
  must not copy: a clean single-threaded server forks them with the extractor already
  imported and warmed, `pool_preload.py`, so a worker, a replacement or the next run's,
  starts ready), and by "spawn" elsewhere.
- A worker loads and extracts one document and returns its output already serialised
  (one chunk of JSONL lines or CSV rows) with its warnings: the parent only writes.
- Results leave in input order, so the output is byte-identical to a run on one core;
  no document more than `4 × jobs` ahead of the first unfinished one is dispatched, so
  the results held back stay few and memory stays flat on a folder of any size.
- `jobs=1` runs in this process (no pool); the limit is then a SIGALRM timer where one
  can be set (Unix, main thread), and no limit elsewhere.

The worker processes themselves (how they start, the time limit, replacing a worker)
are in `pool_workers.py`.

Test hook: the environment variable SOLIEU_TEST_SLOW_DOC=<file name> makes the
extraction of that document sleep for ten minutes, so tests can exercise the limit
across processes (where monkeypatching cannot reach).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from solieu.extract.document import extract_document
from solieu.messages import Message, message_of, msg
from solieu.model import FIGURE_FIELDS
from solieu.text.load import TextLoadError, load_document

FIELDS = ["document", "start", "end", *FIGURE_FIELDS]
FORMATS = ("jsonl", "csv", "document")  # "document": the loaded text and figures, unwritten
log = logging.getLogger(__name__)
SLOW_DOC_ENV = "SOLIEU_TEST_SLOW_DOC"  # test hook, see the module docstring
_POLL = 0.1  # seconds between looks at `cancelled`


@dataclass(frozen=True, slots=True)
class DocResult:
    """One document's outcome: its serialised output, or why it was skipped.

    `output` is the document's records as the command writes them (JSONL lines or CSV
    rows, line ends included), in UTF-8; `warnings` are (offset, reason) of tokens the extractor
    skipped; `error` is "<file name>: <reason>" (a Message) when the file was skipped.
    """

    index: int
    path: Path
    output: bytes = b""
    figures: int = 0
    warnings: tuple[tuple[int, str], ...] = ()
    error: str | None = None
    timed_out: bool = False
    prepared: Prepared | None = None  # with fmt "document": what an import stores


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document read and extracted by a worker for the store's import (fmt
    "document"): the loaded document and the extractor's result, or why either failed
    (`load_error` the loader's reason, `extract_error` the extractor's exception text)."""

    document: Any = None
    result: Any = None
    load_error: Any = None
    extract_error: str | None = None


def default_jobs() -> int:
    """The cores this process may use (affinity and container limits where known)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


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


def _file_error(path: Path, reason: str) -> Message:
    # the same shape as a TextLoadError's message, so every skipped file reads alike
    return Message("{file}: {reason}", file=path.name, reason=reason)


def _timeout_reason(timeout: float) -> Message:
    return msg("skipped, extraction took longer than {seconds} s", seconds=f"{timeout:g}")


def extract_file(path: str | Path, fmt: str = "jsonl", index: int = 0) -> DocResult:
    """Load and extract one article, its records serialised in `fmt` (what a worker runs).

    A figure whose text names no place takes its document's, as in the store.
    """
    path = Path(path)
    if os.environ.get(SLOW_DOC_ENV) == path.name:
        time.sleep(600)  # test hook
    try:
        doc = load_document(path, place=False)  # the extraction reads the place
    except TextLoadError as exc:
        prepared = Prepared(load_error=exc.reason) if fmt == "document" else None
        return DocResult(index, path, error=message_of(exc), prepared=prepared)
    except Exception as exc:  # a reader's bug: skip this file, keep the others going
        reason = msg("unexpected error while reading it: {error}", error=str(exc))
        return DocResult(index, path, error=_file_error(path, reason))
    try:
        result = extract_document(doc.text, doc_date=doc.meta.get("date"), with_place=True)
        doc = replace(doc, place=result.place)
    except Exception as exc:  # the extractor's bug, likewise
        reason = msg("unexpected error in the extractor: {error}", error=str(exc))
        prepared = Prepared(doc, extract_error=repr(exc)) if fmt == "document" else None
        return DocResult(index, path, error=_file_error(path, reason), prepared=prepared)
    if fmt == "document":
        return DocResult(index, path, figures=len(result.figures), prepared=Prepared(doc, result))
    warnings = tuple((w.start, w.reason) for w in result.warnings)
    figures, place, name = result.figures, doc.place, path.name
    del result, doc  # the figures go as they are written, then the text
    out = _Utf8()
    writer = csv.DictWriter(out, fieldnames=FIELDS, extrasaction="ignore") if fmt == "csv" else None
    count = len(figures)
    for i in range(count):
        fig, figures[i] = figures[i], None
        rec = _writable({"document": name, **fig.as_record()})
        rec["place"] = rec["place"] or place
        if writer is not None:
            writer.writerow(rec)
        else:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return DocResult(index, path, out.buf.getvalue(), count, warnings)


class _Utf8:
    """A text sink that keeps what it is given as UTF-8 bytes: half the memory of the
    same text in a str for Vietnamese (2 bytes a character), and no copy at the end
    (`BytesIO.getvalue` hands over its buffer)."""

    __slots__ = ("buf",)

    def __init__(self) -> None:
        self.buf = io.BytesIO()

    def write(self, text: str) -> int:
        return self.buf.write(text.encode("utf-8"))


def extract_many(
    paths: Iterable[str | Path],
    *,
    jobs: int | None = None,
    timeout: float | None = 60.0,
    fmt: str = "jsonl",
    on_result: Callable[[DocResult], Any] | None = None,
    cancelled: Callable[[], bool] | None = None,
    fork: bool = False,
) -> Iterator[DocResult]:
    """Yield one DocResult per path, in input order, extracting on `jobs` processes.

    `fork` lets the workers start by plain fork where that is safe (`_may_fork`): only
    for a caller that holds nothing a child must not inherit. A forked worker shares
    every open file of its parent, a project's lock among them, so a killed `solieu
    new` would leave its project locked until its workers noticed (the command
    `solieu extract` holds only its output, and passes True).

    `timeout` (seconds, None or 0 for none) skips a document that takes longer;
    `on_result` is called as each document finishes, in completion order (progress);
    `cancelled()` is asked every tenth of a second (between documents when `jobs` is 1)
    and stops the run when true. Closing the generator (or an exception in the caller,
    Ctrl+C) ends every worker; so does the death of this process. Raises PoolError when
    the workers cannot start.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    todo = [Path(p) for p in paths]
    jobs = max(1, min(default_jobs() if jobs is None else jobs, len(todo)))
    limit = timeout if timeout and timeout > 0 else None
    if jobs == 1:
        return _in_process(todo, fmt, limit, on_result, cancelled)
    from solieu.extract.pool_workers import _Pool  # the processes, their own module

    return _Pool(todo, jobs, fmt, limit, on_result, cancelled, fork).run()


class _Timeout(BaseException):
    """Raised by the alarm inside an in-process extraction (not an Exception, so the
    extractor's own `except Exception` cannot swallow it)."""


def _alarm(_signum, _frame):
    raise _Timeout


def _in_process(todo, fmt, limit, on_result, cancelled) -> Iterator[DocResult]:
    timed = (
        limit is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    for index, path in enumerate(todo):
        if cancelled is not None and cancelled():
            return
        previous = signal.signal(signal.SIGALRM, _alarm) if timed else None
        try:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, limit)
            result = extract_file(path, fmt, index)
        except _Timeout:
            result = DocResult(
                index, path, error=_file_error(path, _timeout_reason(limit)), timed_out=True
            )
        finally:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous or signal.SIG_DFL)
        if on_result is not None:
            on_result(result)
        yield result
