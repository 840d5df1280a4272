"""Quick GIL hand-offs, so that a busy worker thread never makes the window wait.

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

The price is paid while a worker runs: the threads then trade the GIL every 0.2 ms,
and the window's own Python work is shared with the worker (a 20 ms sort of strings
took 60–80 ms at the median during the reconciliation, 23 ms at the median but up to
1,151 ms at the default interval). Two remedies were measured and left out: a worker
that sleeps when its share of CPU falls (yield points in the core's loops; no clear
gain), and Qt's `awake`/`aboutToBlock` as a busy signal (timers are dispatched after
`aboutToBlock`, so it never saw the window busy). Only a worker in another process
would remove the sharing; see ARCHITECTURE.md.
"""

from __future__ import annotations

import sys

SWITCH_S = 0.0002


def quick_handoffs() -> None:
    """Lower the interpreter's switch interval to `SWITCH_S` (never raise it)."""
    if sys.getswitchinterval() > SWITCH_S:
        sys.setswitchinterval(SWITCH_S)
