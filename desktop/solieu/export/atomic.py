"""Write a file so that the old one survives anything short of success.

The new content goes to a temporary file in the target's folder and replaces
the target by rename only when complete. A target that another program holds
open (an office lock file next to it) or a folder that cannot be written is
refused with a message, before anything is touched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path


class ExportError(Exception):
    """An export that cannot be done; the message is for a reviewer."""


class Cancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("the export was cancelled; the existing file is unchanged")


def lock_files(target: Path) -> list[Path]:
    """Office lock files that say `target` is open (LibreOffice and Microsoft Office)."""
    name = target.name
    candidates = [target.with_name(f".~lock.{name}#"), target.with_name(f"~${name}")]
    if len(name) > 2:
        candidates.append(target.with_name(f"~${name[2:]}"))
    return [c for c in candidates if c.exists()]


def check_target(target: Path) -> None:
    if target.exists() and target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name")
    if lock_files(target):
        raise ExportError(
            f"{target.name} is open in another program (a spreadsheet). "
            "Close it there and export again; the existing file is unchanged."
        )
    folder = target.parent
    if not folder.exists():
        raise ExportError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"the folder {folder} is read-only; the existing file is unchanged")


STALE_S = 600  # a temporary file this old was left by a killed export


def _remove_stale_temporaries(target: Path) -> None:
    now = time.time()
    for tmp in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > STALE_S:
                tmp.unlink()


def _file_mode(target: Path) -> int:
    """The mode the new file gets: the old file's, else what the umask allows."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextlib.contextmanager
def atomic_target(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target` in one rename."""
    target = Path(target)
    check_target(target)
    _remove_stale_temporaries(target)
    mode = _file_mode(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(
            f"cannot write in {target.parent}: {exc.strerror or exc}; the existing file is unchanged"
        ) from exc
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, mode)  # mkstemp makes 0600; a workbook is meant to be shared
        os.replace(tmp_path, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        if isinstance(exc, OSError):
            raise ExportError(
                f"cannot write {target.name}: {exc.strerror or exc}; the existing file is unchanged"
            ) from exc
        raise


ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
