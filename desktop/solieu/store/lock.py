"""One editor per project: an OS advisory lock on `PROJECT.lock` beside the file.

The lock is `flock` (POSIX) or `msvcrt.locking` (Windows), held by an open file
descriptor, so the kernel releases it when the process dies — a SIGKILLed or
crashed Solieu never leaves a stale lock behind. The holder writes its pid into
the file so the next one can say who has the project open.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from solieu.messages import msg, os_reason
from solieu.store.errors import ProjectError, ProjectLockedError

# Windows locks a byte range; lock one far past the pid text so the pid stays readable.
_WIN_LOCK_OFFSET = 1 << 20


def lock_path_for(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    """An exclusive, non-blocking, process-wide lock on one project file."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.path = lock_path_for(project)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise ProjectLockedError naming the holder's pid."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ProjectError(
                msg(
                    "{file} cannot be opened for editing: the folder is not writable "
                    "({reason}); open it read-only instead",
                    file=self.project.name,
                    reason=os_reason(exc),
                )
            ) from exc
        if not _try_lock(fd):
            holder = _read_pid(fd)
            os.close(fd)
            name = self.project.name
            if holder == os.getpid():
                raise ProjectLockedError(msg("{file} is already open in this window", file=name))
            if holder:
                raise ProjectLockedError(
                    msg(
                        "{file} is open in another Solieu window (pid {pid}); "
                        "close it there first, or open this one read-only",
                        file=name,
                        pid=holder,
                    )
                )
            raise ProjectLockedError(
                msg(
                    "{file} is open in another Solieu window; "
                    "close it there first, or open this one read-only",
                    file=name,
                )
            )
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the pid is a courtesy for the error message; the lock is what counts
        self._fd = fd

    def release(self) -> None:
        """Drop the lock; the lock file stays (deleting it would race a waiting opener)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
