"""The store's exceptions: every message is written for a reviewer, not a developer.

The UI shows them in a dialog and the CLI prints them on one line, so they name
the file and say what to do instead of carrying a SQLite error code. Each is
raised with a `solieu.messages.msg` template, so the window shows it in the
reviewer's language (`solieu.ui.i18n.tr_error`) while `str()` stays English.
"""

from __future__ import annotations

import sqlite3

from solieu.messages import message_of, msg, os_reason


class ProjectError(Exception):
    """A project file cannot be opened, read or saved; the message says why."""


class Overlapped(sqlite3.OperationalError):
    """A transaction the database could not order after another one that ran at the
    same time (a server's serialization failure or deadlock): nothing was written, and
    the edit may be tried again from the start, its `old` values checked anew. Raised
    by a connection (`pg_dialect`); the store's edits retry on it (`editing._apply`)."""


class Disconnected(sqlite3.OperationalError):
    """A server connection that broke under a statement (the server stopped, restarted or
    ended the session; the network went): what the connection raises (`pg_dialect`), and
    the store's error path turns into ConnectionLost (`transactions`). `server` names the
    server (without a password); `unconfirmed` is True when the statement was a COMMIT
    that went out and got no answer, so whether it was applied is unknown."""

    def __init__(self, detail: str, *, server: str = "", unconfirmed: bool = False) -> None:
        super().__init__(detail)
        self.server = server or "the server"
        self.unconfirmed = unconfirmed


class ConnectionLost(ProjectError):
    """A server project's server cannot be reached: nothing of the refused read or edit
    was written, unless `unconfirmed` (a COMMIT sent and never answered: reload after
    reconnecting to see whether it was saved; the store never tries it again by itself,
    since that could save it twice). The project stays open; `Project.reconnect()` opens
    a fresh connection once the server is back."""

    def __init__(self, message: str, *, unconfirmed: bool = False) -> None:
        super().__init__(message)
        self.unconfirmed = unconfirmed


def connection_lost(exc: Disconnected, *, writing: bool) -> ConnectionLost:
    """The reviewer's words for a connection that broke under a read or an edit."""
    if writing and exc.unconfirmed:
        return ConnectionLost(
            msg("lost the connection to {server} while saving: the server did not confirm "
                "the last change; reconnect and reload to see whether it was saved",
                server=exc.server),
            unconfirmed=True,
        )  # fmt: skip
    if writing:
        return ConnectionLost(
            msg("lost the connection to {server}; the last change was not saved: reconnect "
                "when the server is back and make it again", server=exc.server)
        )  # fmt: skip
    return ConnectionLost(
        msg("lost the connection to {server}; reconnect when the server is back",
            server=exc.server)
    )  # fmt: skip


class ProjectLockedError(ProjectError):
    """Another process (another Solieu window, a script) has the project open for editing."""


class EditConflict(ProjectError):
    """An edit's `old` value no longer matches the file: someone changed it in between."""


class InvalidEdit(ProjectError):
    """An edit asks for a value the project cannot hold (unknown unit class, bad number …)."""


class DuplicateFigure(InvalidEdit):
    """An added figure's span is exactly an existing figure's: that one is the figure."""

    def __init__(self, figure_id: int) -> None:
        super().__init__(msg("that text is already figure {figure_id}", figure_id=figure_id))
        self.figure_id = figure_id


class ProjectCorruptError(ProjectError):
    """The file is not a project or is damaged (truncated, overwritten, failed its check).

    `backups` lists the project's good backups, newest first (maybe empty); the
    message names the newest, so a one-line CLI error already says where it is.
    """

    def __init__(self, message: str, backups: list | None = None, summary: str = "") -> None:
        super().__init__(message)
        self.backups = list(backups or [])
        self.summary = summary or message  # what is wrong, without the backup sentence


class ProjectNeedsUpgrade(ProjectError):
    """A read-only open of a file in an older project format (it must be upgraded first)."""


def reason_of(exc: BaseException) -> str:
    """What went wrong, as a reviewer reads it: an OSError's reason (translatable, see
    `os_reason`), else the message the error was raised with (SQLite's own text is
    English and stays so)."""
    if isinstance(exc, OSError):
        return os_reason(exc)
    return message_of(exc)
