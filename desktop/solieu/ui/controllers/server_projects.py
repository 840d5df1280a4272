"""File ▸ Open server project…: a team's project on a PostgreSQL server, opened off the UI
thread (a server that does not answer takes up to its connect timeout, and the window
must not freeze meanwhile), with the password asked for on the UI thread when the
server wants one (`server_login`)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit

from solieu.store import ProjectError
from solieu.ui import i18n
from solieu.ui.server_login import ask_password, needs_password, with_password
from solieu.ui.shell import Shell

EXAMPLE = "postgresql://reviewer@server/project"


def project_title(project) -> str:
    """The file's name, or the server project's database and host."""
    if project.server_url:
        return f"{Path(project.path).name} @ {urlsplit(project.server_url).hostname or 'localhost'}"
    return Path(project.path).stem


class ServerProjects(QObject):
    def __init__(self, shell: Shell, tasks) -> None:
        super().__init__(shell)
        self.shell = shell
        self.tasks = tasks  # controllers.tasks.TaskSlot, shared with import and export
        self.opening = None  # the running connection task, if any

    def open_dialog(self) -> None:
        """Ask for the server's address (the last one offered), then open it."""
        from solieu.store.server import is_server_url

        last = next((p for p in self.shell.settings.recent_projects if is_server_url(p)), "")
        url, ok = QInputDialog.getText(
            self.shell,
            self.tr("Open server project"),
            self.tr(
                "Address of the project's database, e.g. {example}\n"
                "A password comes from ~/.pgpass or a service file, or is asked for; "
                "it is never saved."
            ).format(example=EXAMPLE),
            QLineEdit.EchoMode.Normal,
            last,
        )
        url = url.strip()
        if not ok or not url:
            return
        if not is_server_url(url):
            self.shell.show_problem(
                self.tr("{address} is not a server address: it starts with postgresql://").format(
                    address=url
                )
            )
            return
        self.open_url(url)

    def open_url(self, url: str, *, attempt: str | None = None, tries: int = 0) -> None:
        """Connect in the background; `attempt` is `url` with a typed password."""
        from solieu.store import server

        target = attempt or url

        def connect(progress, cancelled):
            try:
                return server.open_project(target)
            except ProjectError as exc:  # handed back whole: a password may be wanted
                return exc

        def done(result) -> None:
            self.opening = None
            if not isinstance(result, ProjectError):
                self.shell.set_project(result)
                return
            if needs_password(result) and tries < 3:
                password = ask_password(url, self.shell, wrong=attempt is not None)
                if password is not None:
                    self.open_url(url, attempt=with_password(url, password), tries=tries + 1)
                return
            self.failed(i18n.tr_error(result))

        self.opening = self.tasks.start(
            connect, self.tr("Connecting to the server…"), done, self.failed
        )

    def failed(self, message: str) -> None:
        self.opening = None
        self.shell.show_problem(
            self.tr("Cannot open the project: {message}").format(message=message)
        )
