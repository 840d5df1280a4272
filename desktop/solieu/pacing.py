"""Yield points in long loops, so that work on a worker thread gives way to the window.

Python has no thread priorities: a CPU-bound worker and the window's thread share the
GIL turn about, so while a reconciliation of 100,000 figures reads and groups, every
interaction of the window runs at a fraction of its speed. The core's long loops
therefore iterate through `paced()`, which every `EVERY` items calls the hook the
host installed (the window's: `ui/gil.py`); with none, as in the CLI, it costs one
generator step per item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

EVERY = 256  # items between two calls of the hook

_hook: Callable[[], None] | None = None


def install(hook: Callable[[], None] | None) -> None:
    """The function `paced()` calls between items (None: none)."""
    global _hook
    _hook = hook


def installed() -> Callable[[], None] | None:
    return _hook


def paced(items: Iterable[T], every: int = EVERY) -> Iterator[T]:
    """`items`, calling the installed hook before every `every`-th one."""
    hook = _hook
    if hook is None:
        yield from items
        return
    for i, item in enumerate(items):
        if not i % every:
            hook()
        yield item
