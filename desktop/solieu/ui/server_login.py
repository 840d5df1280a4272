"""Opening a project on a PostgreSQL server from the window: the address, the password.

The connection follows libpq's conventions (`~/.pgpass`, a service file, `PGSSLMODE`),
so most teams never type a password. When the server asks for one that none of those
gave, the window asks for it, puts it into the address it connects with, and keeps it
in memory only: the recent list and the settings hold the address without it
(`Project.location`), and the next start asks again.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from solieu.store import ProjectError

PASSWORD_WORDS = ("no password supplied", "password authentication failed")


def needs_password(exc: BaseException) -> bool:
    """The server refused the connection for want of a (right) password."""
    seen: BaseException | None = exc
    while seen is not None:
        if any(word in str(seen).lower() for word in PASSWORD_WORDS):
            return True
        seen = seen.__cause__
    return False


def with_password(url: str, password: str) -> str:
    """`url` with `password` in it (percent-encoded), replacing any it had."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = f"{quote(parts.username or '', safe='')}:{quote(password, safe='')}@{host}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def ask_password(url: str, parent: QWidget | None = None, *, wrong: bool = False) -> str | None:
    """The password dialog (None: the reviewer cancelled)."""
    from solieu.store.server import shown

    text = QCoreApplication.translate("ServerLogin", "Password for {server}:").format(
        server=shown(url)
    )
    if wrong:
        text = QCoreApplication.translate("ServerLogin", "The password was refused.") + "\n" + text
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerLogin", "Server password"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None


def open_server_project(
    url: str,
    parent: QWidget | None = None,
    *,
    ask: Callable[[str, QWidget | None, bool], str | None] | None = None,
):
    """The project at `url`; asks for a password the server wants (up to three times).

    Returns None when the reviewer cancelled the password dialog; raises ProjectError
    when the server cannot be reached or holds no project. A non-interactive run
    (screenshots, the self-test) never asks."""
    from solieu.store import server

    app = QApplication.instance()
    interactive = app is None or not app.property("noninteractive")
    ask = ask or (lambda u, p, wrong: ask_password(u, p, wrong=wrong))
    attempt, wrong = url, False
    for _ in range(3):
        try:
            return server.open_project(attempt)
        except ProjectError as exc:
            if not (interactive and needs_password(exc)):
                raise
            wrong = attempt is not url  # a password was given and refused
            password = ask(url, parent, wrong)
            if password is None:
                return None
            attempt = with_password(url, password)
    return server.open_project(attempt)
