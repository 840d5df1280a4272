"""ui/courier.py: a worker's result reaches its receiver on the UI thread, or is dropped
when the receiver was deleted meanwhile (never touched half-destroyed)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from solieu.ui import courier


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list = []
        self.thread_ids: list[int] = []

    def take(self, *args) -> None:
        self.got.append(args)
        self.thread_ids.append(threading.get_ident())


def test_a_result_from_a_thread_arrives_on_the_ui_thread(qtbot):
    courier.ready()
    r = Receiver()
    t = threading.Thread(target=courier.carry, args=(r, "take", 1, "a"))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: r.got == [(1, "a")])
    assert r.thread_ids == [threading.main_thread().ident]


def test_a_result_for_a_deleted_receiver_is_dropped(qtbot):
    courier.ready()
    r = Receiver()
    seen = r.got
    courier.carry(r, "take", 2)  # queued: delivered on the next turn of the event loop
    shiboken6.delete(r)  # the window went away meanwhile
    qtbot.wait(50)
    assert seen == []
