"""Sharing the GIL with worker threads, so that a busy worker never makes the window wait.

The window's work releases the GIL many times per interaction: every SQLite step,
every blocking Qt call. Each time, a CPU-bound worker (the reconciliation, the sort of
all documents, the learner's reload) takes it, and the UI thread gets it back only
when the worker is asked to drop it, after Python's switch interval: 5 ms by default.
An interaction of a few hundred such releases then waits seconds (measured on a
100,000-figure project: 200 small queries took 1.1 ms alone and up to 2,001 ms while
the reconciliation ran). At 0.2 ms the same queries took at most 82 ms, and the
reconciliation itself did not slow down (5.5 s → 4.8 s, within noise): the interval
only matters while one thread waits for the other, so a window whose workers are idle
pays nothing.

Quick hand-offs still share the GIL evenly, so the window ran at a third of its speed
while a worker was busy (on 100,000 figures during the first reconciliation: a filter
step 100–180 ms at the median, 15 ms after it). So the workers' long loops go through
`solieu.pacing`, and `Heartbeat` makes a worker step aside while the window's thread
is busy, which a timer on that thread tells: its beat comes late. Measured with
`bench/project.py --figures 100000`, every interaction during the first
reconciliation then took 15–27 ms at the median and at most 148 ms, and the
reconciliation itself 7 s as before. Two other signals were tried and left out: Qt's
`awake`/`aboutToBlock` (timers are dispatched after `aboutToBlock`, so it never saw
the window busy) and the worker's own share of CPU time (it stays high while the
window waits for the GIL, so the worker never stepped aside).
"""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from solieu import pacing

SWITCH_S = 0.0002


def quick_handoffs() -> None:
    """Lower the interpreter's switch interval to `SWITCH_S` (never raise it)."""
    if sys.getswitchinterval() > SWITCH_S:
        sys.setswitchinterval(SWITCH_S)


class _Waker(QObject):
    """Starts the heartbeat's timer on the UI thread when a worker asks.

    A worker emits `wake`; the queued connection runs `start` on the thread this object
    lives on. (Calling the timer's slot by name across threads, with
    `QMetaObject.invokeMethod`, was the suspect of a rare crash in the event loop; a
    signal is Qt's own way from a worker to the UI thread, the one `ui/workers.py` uses
    for progress.)"""

    wake = Signal()

    def __init__(self, timer: QTimer) -> None:
        super().__init__(timer)
        self._timer = timer
        self.wake.connect(self.start, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def start(self) -> None:
        self._timer.start()


class Heartbeat:
    """`solieu.pacing`'s hook: a worker steps aside while the window's thread is busy.

    A timer on the UI thread beats every `BEAT_MS`; a late beat means that thread is
    in the middle of something (an interaction, a paint, the idle-time index read). A
    worker at a yield point then sleeps `YIELD_S`, which hands that thread the GIL
    alone, once it has run `RUN_S` since its last sleep: the window gets the GIL at
    least three quarters of the time, and a window busy for minutes slows a worker by
    at most 4×, never stops it. (At half and half, 4 ms each, an interaction during the
    first reconciliation of 100,000 figures still took 105–155 ms at the median in
    half the bench runs; at 2 ms and 6 ms, 9–98 ms, under 100 ms in 10 of 10 runs.)
    The timer runs only while workers ask (it stops `IDLE_S` after the last question),
    so an idle window does not wake the processor 500 times a second."""

    BEAT_MS = 2
    LATE_S = 0.002  # past the beat's interval: the thread is busy
    YIELD_S = 0.006
    RUN_S = 0.002
    IDLE_S = 1.0

    def __init__(self) -> None:
        self._main = threading.main_thread().ident
        self.last = time.perf_counter()
        self.yields = 0
        self._ran_from = threading.local()
        self.asked = 0.0  # when a worker last called
        self.running = False
        self._timer = QTimer(QCoreApplication.instance())  # outlives any one window
        self._timer.setInterval(self.BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._waker = _Waker(self._timer)

    def _beat(self) -> None:
        self.last = now = time.perf_counter()
        if now - self.asked > self.IDLE_S:
            self._timer.stop()
            self.running = False

    def busy(self) -> bool:
        return time.perf_counter() - self.last > self.BEAT_MS / 1000 + self.LATE_S

    def __call__(self) -> None:
        if threading.get_ident() == self._main:
            return
        now = self.asked = time.perf_counter()
        if not self.running:  # wake the timer on the UI thread; until it beats, not busy
            self.running = True
            self.last = now
            self._waker.wake.emit()
            return
        since = getattr(self._ran_from, "t", None)
        if since is None:
            self._ran_from.t = now
            return
        if now - since < self.RUN_S or not self.busy():
            return
        self.yields += 1
        time.sleep(self.YIELD_S)
        self._ran_from.t = time.perf_counter()


_heartbeat: Heartbeat | None = None


def share_with_workers() -> None:
    """Quick hand-offs, and workers that give way to the window (once per process)."""
    global _heartbeat
    quick_handoffs()
    if _heartbeat is None:
        _heartbeat = Heartbeat()
        pacing.install(_heartbeat)
