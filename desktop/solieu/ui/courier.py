"""Results from worker threads to objects of the window that may be gone by then.

A worker that emits a signal of a window's QObject races the window's teardown: when
the window closes and is deleted on the UI thread while the worker is still reading,
the emission touches a C++ object being destroyed (the rare crash seen in the event
loop at a test's teardown, with a regrouping worker closing its connection). So the
workers hand their results to one courier that lives as long as the application,
holding the receiver only by a weak reference: on the UI thread, the call is made if
the receiver still exists, else dropped.
"""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

_courier: _Courier | None = None


class _Courier(QObject):
    carried = Signal(object, str, object)  # (weak receiver, method name, arguments)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.carried.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, str, object)
    def _deliver(self, ref, name: str, args: tuple) -> None:
        receiver = ref()
        if receiver is None or not shiboken6.isValid(receiver):
            return  # its window went away meanwhile: the result is not wanted
        getattr(receiver, name)(*args)


def ready() -> None:
    """Make the courier on the UI thread (call it where the receiver is made)."""
    global _courier
    if _courier is None or not shiboken6.isValid(_courier):
        _courier = _Courier()


def carry(receiver: QObject, name: str, *args: Any) -> None:
    """From any thread: call `receiver.name(*args)` on the UI thread, if it still exists."""
    if _courier is None:
        raise RuntimeError("courier.ready() was not called on the UI thread")
    _courier.carried.emit(weakref.ref(receiver), name, args)
