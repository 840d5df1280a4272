"""The pool's worker processes: how they start, what each runs, the time limit.

`pool.extract_many` hands a run of more than one job to `_Pool` here. Why the workers
are our own processes, how they start (plain fork, fork server or spawn) and why
results leave in input order is told in `pool.py`'s docstring; this module is the
machinery: a worker per pipe, at most `DEPTH` documents given to each, a document
past its limit killing and replacing only its worker.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import wait
from pathlib import Path

from solieu.extract.document import extract_document
from solieu.extract.pool import _POLL, DocResult, _file_error, _timeout_reason, extract_file
from solieu.messages import msg

log = logging.getLogger(__name__)


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
