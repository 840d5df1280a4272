"""Recomputing the reconciliation after store changes, in the background once it is slow.

Everything a recomputation needs that does not touch a widget is done in one function,
`regroup`: the core's `reconcile_project`, the rows of the groups list in the list's
stable order (`group_order`), the near-duplicate rows and badge texts. A small project
runs it on the UI thread (instantly, so a decision shows at once); a project whose last
run took more than SLOW_S runs it on a worker thread, with no modal dialog — the
reviewer keeps working, the groups list says "regrouping…", and the UI thread only
swaps the finished rows into the models. Requests made while one runs are merged into
a single follow-up run.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from solieu.reconcile.session import Reconciliation, reconcile_project
from solieu.store import ProjectError
from solieu.ui import collector, courier, i18n
from solieu.ui.group_order import Order, arrange
from solieu.ui.group_rows import GroupRow, group_rows, tally
from solieu.ui.models.duplicates_model import DuplicateRow
from solieu.ui.reconcile_texts import duplicate_badge

log = logging.getLogger(__name__)

SLOW_S = 0.1  # a recomputation slower than this moves to a background thread
DUPLICATE_MIN = 0.2  # containment from which a document pair gets the ≈ badge


@dataclass
class Regrouped:
    """One finished recomputation, ready to be shown."""

    rec: Reconciliation
    rows: list[GroupRow]  # every shown group, in the list's order (before the filters)
    order: Order
    generation: int  # the count of store changes it includes
    seconds: float
    # when the documents were compared in this run: the pairs and the ≈ badges
    duplicate_rows: list[DuplicateRow] | None = None
    badges: dict[int, str] | None = None
    # what the UI thread would otherwise compute over every row: key → row, the counts
    index: dict[str, int] = field(default_factory=dict)
    counts: tuple[int, int, int] = (0, 0, 0)


def duplicates_of(project, rec: Reconciliation) -> tuple[list[DuplicateRow], dict[int, str]]:
    """The near-duplicate pairs with their documents' names, and each document's badge."""
    docs = {d.id: d for d in project.documents()}
    names = {i: d.name for i, d in docs.items()}
    rows = [
        DuplicateRow(
            a=pair.a,
            a_name=names.get(pair.a, str(pair.a)),
            b=pair.b,
            b_name=names.get(pair.b, str(pair.b)),
            score=pair.score,
            containment=pair.containment,
            a_title=docs[pair.a].title if pair.a in docs else None,
            b_title=docs[pair.b].title if pair.b in docs else None,
        )
        for pair in rec.duplicates
    ]
    badges: dict[int, list[str]] = {}
    for pair in rec.duplicates:
        if pair.containment < DUPLICATE_MIN:
            continue
        for a, b in ((pair.a, pair.b), (pair.b, pair.a)):
            badges.setdefault(a, []).append(
                duplicate_badge(names.get(b, str(b)), pair.containment, pair.score)
            )
    return rows, {k: "\n".join(v) for k, v in badges.items()}


def regroup(project, *, duplicates: bool, before: Order | None, generation: int) -> Regrouped:
    """The whole recomputation, without a widget: safe on a worker thread."""
    started = time.perf_counter()
    rec = reconcile_project(project, with_duplicates=duplicates)
    rows, order = arrange(group_rows(rec), before)
    result = Regrouped(rec, rows, order, generation, 0.0)
    result.index = {r.key: i for i, r in enumerate(rows)}
    result.counts = tally(rows)
    if duplicates:
        result.duplicate_rows, result.badges = duplicates_of(project, rec)
    result.seconds = time.perf_counter() - started
    return result


@contextmanager
def _reader(project) -> Iterator:
    """A connection of the worker's own (WAL: readers never wait for the writer), so that
    the UI thread's reads — a document's text, the status counts — never queue behind the
    worker's long ones on the window's connection; the window's when none can be opened."""
    try:
        reader = project.open_reader()
    except (ProjectError, OSError, AttributeError):
        yield project
        return
    try:
        yield reader
    finally:
        reader.close()


class Release(QObject):
    """Frees a replaced recomputation a little at a time, on the UI thread's idle turns.

    Dropping 100,000 figure records and 10,000 rows at once costs the UI thread tens of
    milliseconds in one go (no other thread can do it for less: freeing holds the GIL).
    So their elements are kept in a queue — copies of the containers' contents, nothing
    shared is touched — and let go CHUNK at a time from a zero timer."""

    CHUNK = 4000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._queue: list = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def later(self, *objects) -> None:
        for obj in objects:
            if isinstance(obj, Reconciliation):
                self._queue += [*obj.figures.values(), *obj.groups, *obj.checks]
                self._queue += obj.states.values()
            elif isinstance(obj, list):
                self._queue += obj
        if self._queue:
            self._timer.start()

    def pending(self) -> int:
        return len(self._queue)

    def _step(self) -> None:
        del self._queue[-self.CHUNK :]
        if not self._queue:
            self._timer.stop()


class Regrouper(QObject):
    """Runs `regroup` for the open project: at once when fast, else on a worker thread."""

    ready = Signal(object)  # Regrouped, on the UI thread
    failed = Signal(str)
    busyChanged = Signal(bool)  # noqa: N815

    def __init__(self, parent: QObject, project_of: Callable[[], object], order_of) -> None:
        super().__init__(parent)
        self._project_of = project_of
        self._order_of = order_of  # () -> the list's order now (Order | None)
        self.slow = True  # the first run reads every document: always in the background
        self._thread: threading.Thread | None = None
        self._queued: tuple[bool, int] | None = None  # (duplicates?, generation) to run next
        courier.ready()  # the worker's result comes back through it (ui/courier.py)

    @property
    def running(self) -> threading.Thread | None:
        return self._thread

    def busy(self) -> bool:
        return self._thread is not None or self._queued is not None

    def request(self, *, duplicates: bool = False, generation: int = 0) -> None:
        """Recompute; `ready` follows (before this returns, when the project is small)."""
        if self._thread is not None:
            queued = self._queued or (False, 0)
            self._queued = (queued[0] or duplicates, max(queued[1], generation))
            return
        project = self._project_of()
        if project is None or getattr(project, "closed", False):
            return
        if not self.slow:
            try:
                result = regroup(
                    project, duplicates=duplicates, before=self._order_of(), generation=generation
                )
            except ProjectError as exc:
                self.failed.emit(
                    QCoreApplication.translate("Reconcile", "Grouping failed: {message}").format(
                        message=i18n.tr_error(exc)
                    )
                )
                return
            self.slow = result.seconds > SLOW_S
            self.ready.emit(result)
            return
        before = self._order_of()

        def work() -> None:
            me = threading.current_thread()
            try:
                # a first run at 1,000,000 figures: no collection of the oldest generation
                # may freeze the window meanwhile or after (see ui/collector.py)
                with collector.paused(freeze=True), _reader(project) as reader:
                    result = regroup(
                        reader, duplicates=duplicates, before=before, generation=generation
                    )
            except Exception as exc:  # reported in the status bar, logged with the traceback
                log.exception("regrouping failed")
                courier.carry(self, "_on_arrived", me, project, None, exc)
                return
            courier.carry(self, "_on_arrived", me, project, result, None)

        self._thread = threading.Thread(target=work, name="regrouping", daemon=True)
        self.busyChanged.emit(True)
        self._thread.start()

    def _on_arrived(self, thread, project, result: Regrouped | None, error) -> None:
        if thread is not self._thread:
            return  # a run that `shutdown` already waited for and dropped
        self._thread = None
        thread.join()
        current = self._project_of()
        if project is not current or current is None or getattr(current, "closed", False):
            self._queued = None  # the window moved on (another project, or closing)
            self.busyChanged.emit(False)
            return
        if result is not None:
            self.slow = result.seconds > SLOW_S  # small projects go back to instant updates
            self.ready.emit(result)
        else:
            self.failed.emit(
                QCoreApplication.translate("Reconcile", "Grouping failed: {message}").format(
                    message=str(error)
                )
            )
        if self._queued is not None:
            (duplicates, generation), self._queued = self._queued, None
            self.request(duplicates=duplicates, generation=generation)
        if not self.busy():
            self.busyChanged.emit(False)

    def forget(self) -> None:
        """A new project: drop what was asked for the old one; its next run is in the
        background (it compares every document)."""
        self._queued = None
        self.slow = True

    def shutdown(self) -> None:
        """Wait for a running recomputation before the project closes (the core's run
        cannot be interrupted; its result is dropped)."""
        self._queued = None
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
