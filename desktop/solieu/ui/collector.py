"""Python's cyclic garbage collector, kept from freezing the window during long work.

A collection of the oldest generation walks every live object with the GIL held, in
whichever thread happens to allocate. On a project of 1,000,000 figures the first
reconciliation holds millions of records and rows, and each such collection froze
the window for 1–2.4 s (measured: 15 of them in one 138 s run, the longest 2,416 ms,
and the UI thread's longest wait 2,420 ms). Workers that build big structures run
with the collector `paused()`: their objects die by reference counting; cycles wait.
Before a pause ends, `paused(freeze=True)` moves everything alive into the permanent
generation (`gc.freeze`), so the collection that the pause put off does not fall on
the UI thread with all of it to walk. The records and rows are plain data without
cycles, so reference counting still frees them when they are replaced.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_paused = 0  # pauses running now
_was_enabled = True  # whether collection was on when the first of them began
_lock = threading.Lock()


@contextlib.contextmanager
def paused(*, freeze: bool = False) -> Iterator[None]:
    """No cyclic collection inside (nested and concurrent pauses count)."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            if freeze:
                gc.freeze()
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


def settle() -> None:
    """Move what is alive now into the permanent generation, so later collections do
    not walk it again. The idle-time index read of a big project calls it every few
    slices: its millions of tuples live as long as the project, and a full collection
    over them on the UI thread took 1,013 ms at 1,000,000 figures."""
    gc.freeze()


def pausing() -> bool:
    return _paused > 0
