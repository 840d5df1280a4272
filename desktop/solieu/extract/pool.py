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

Test hook: the environment variable SOLIEU_TEST_SLOW_DOC=<file name> makes the
extraction of that document sleep for ten minutes, so tests can exercise the limit
across processes (where monkeypatching cannot reach).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import wait
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


def _context(fork: bool = False):
    methods = multiprocessing.get_all_start_methods()
    if fork and _may_fork(methods):
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["solieu.extract.pool_preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def prestart_workers() -> None:
    """Start the fork server now, where the pool will use one (the window), so that it
    imports and warms the extractor while the reviewer picks the files: the first
    import then starts as fast as the next. Harmless to call again or elsewhere; a
    failure here is left for the import itself to report."""
    try:
        ctx = _context()
        if ctx.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()
    except Exception:  # noqa: BLE001 - the import reports what is wrong, in words
        log.debug("the fork server did not start ahead of the import", exc_info=True)


def _may_fork(methods: list[str]) -> bool:
    """Plain fork where it is safe: on Linux, from a process with no other thread (the
    command, not the window). Its workers start with the extractor already imported and
    warm up side by side, where a fork server would first import and warm one more
    process, alone: a third of a second on every one-shot run."""
    return (
        sys.platform.startswith("linux")
        and "fork" in methods
        and "PySide6" not in sys.modules  # Qt's own threads are not in `threading`
        and threading.active_count() == 1
        and threading.current_thread() is threading.main_thread()
    )


def _warm_up() -> None:
    """Load what the extractor loads on first use (places, lexicons) on a made-up line."""
    from solieu.extract.scope import document_place

    text = "Năm 2024, tỉnh Nghệ An thu ngân sách 5.000 tỷ đồng, tăng 7% so với năm 2023."
    document_place(text)
    extract_document(text)


def _exit_with(sentinel) -> None:
    wait([sentinel])
    os._exit(1)


def _worker(conn, fmt: str) -> None:
    """A worker's life: say it is ready, then extract what it is sent until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    parent = multiprocessing.parent_process()
    if parent is not None:  # a parent killed outright must not leave a stuck worker behind
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    _warm_up()  # before "ready": the limit then times the documents alone
    conn.send("ready")
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = extract_file(task[1], fmt, task[0])
        try:
            conn.send(result)
        except OSError:  # the parent is gone
            return


class _Worker:
    """One worker process, its pipe, and the documents sent to it, in the order it
    takes them: the first is running (since `started`), the next waits in the pipe so
    the worker never idles while the parent writes."""

    DEPTH = 2

    def __init__(self, ctx, fmt: str) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child, fmt), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.tasks: deque[tuple[int, Path]] = deque()
        self.started = 0.0

    def give(self, task: tuple[int, Path]) -> None:
        self.conn.send(task)
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append(task)

    def took(self) -> None:
        """The running document's result came: the next one starts now."""
        self.tasks.popleft()
        self.started = time.monotonic()

    def end(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.process.join(1 if not kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class PoolError(RuntimeError):
    """The worker processes cannot start (a broken installation): nothing to retry."""


class _Pool:
    def __init__(self, todo, jobs, fmt, limit, on_result, cancelled, fork=False) -> None:
        self.todo, self.jobs, self.fmt, self.limit = todo, jobs, fmt, limit
        self.on_result, self.cancelled, self.fork = on_result, cancelled, fork
        self.window = 4 * jobs
        self.done: dict[int, DocResult] = {}
        self.again: deque[tuple[int, Path]] = deque()  # queued behind a killed document

    def run(self) -> Iterator[DocResult]:
        ctx = _context(self.fork)
        workers = [_Worker(ctx, self.fmt) for _ in range(self.jobs)]
        head = sent = 0  # the first result not yet yielded; the next document to send
        try:
            while head < len(self.todo):
                if self.cancelled is not None and self.cancelled():
                    return
                for w in workers:
                    while w.ready and len(w.tasks) < w.DEPTH:
                        if self.again:
                            task = self.again[0]
                        elif sent < min(len(self.todo), head + self.window):
                            task = (sent, self.todo[sent])
                        else:
                            break
                        try:
                            w.give(task)
                        except OSError:
                            break  # it has just died: _wait replaces it
                        if self.again:
                            self.again.popleft()
                        else:
                            sent += 1
                if head in self.done:  # then send more before waiting: the window moved
                    while head in self.done:
                        yield self.done.pop(head)
                        head += 1
                    continue
                self._wait(workers, ctx)
        finally:
            for w in workers:
                w.end(kill=bool(w.tasks))

    def _finish(self, result: DocResult) -> None:
        self.done[result.index] = result
        if self.on_result is not None:
            self.on_result(result)

    def _replace(self, workers: list[_Worker], i: int, ctx, error: str, timed_out=False) -> None:
        """End worker `i` (its running document fails with `error`), start another."""
        w = workers[i]
        index, path = w.tasks.popleft()
        self.again.extend(w.tasks)  # never started: another worker takes them
        w.tasks.clear()
        w.end(kill=True)
        workers[i] = _Worker(ctx, self.fmt)
        self._finish(DocResult(index, path, error=_file_error(path, error), timed_out=timed_out))

    def _wait(self, workers: list[_Worker], ctx) -> None:
        """Wait for a result, a worker's death or the nearest deadline, and act on it."""
        now = time.monotonic()
        pauses = [] if self.cancelled is None else [_POLL]
        if self.limit is not None:
            pauses += [max(0.0, w.started + self.limit - now) for w in workers if w.tasks]
        pause = min(pauses) if pauses else None
        handles = [w.conn for w in workers] + [w.process.sentinel for w in workers]
        wait(handles, timeout=pause)
        for i, w in enumerate(workers):
            got = None
            try:
                while w.conn.poll():
                    got = w.conn.recv()
                    if got == "ready":
                        w.ready = True
                    elif isinstance(got, DocResult):
                        w.took()
                        self._finish(got)
            except (EOFError, OSError):
                pass
            if got is not None:
                continue
            if not w.process.is_alive():
                if not w.ready:
                    raise PoolError(msg("the extraction processes cannot start"))
                if w.tasks:
                    code = w.process.exitcode
                    reason = msg(
                        "skipped, its extraction process stopped unexpectedly (exit code {code})",
                        code=code,
                    )
                    self._replace(workers, i, ctx, reason)
                else:
                    w.end()
                    workers[i] = _Worker(ctx, self.fmt)
            elif w.tasks and self.limit is not None and time.monotonic() >= w.started + self.limit:
                self._replace(workers, i, ctx, _timeout_reason(self.limit), timed_out=True)
