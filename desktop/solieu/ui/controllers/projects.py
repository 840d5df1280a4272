"""New project, File ▸ Open, Open recent: choosing and opening a project file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from solieu.store import ProjectError
from solieu.ui import file_dialogs, i18n
from solieu.ui.shell import Shell


class ProjectFiles(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell

    def open_path(self, path: str, create: bool) -> None:
        """A damaged file goes through the start-up's path (app.open_project): the offer of
        its last good backup, restored to a new file."""
        from solieu.store import Project
        from solieu.store.server import is_server_url
        from solieu.ui import app

        shell = self.shell
        if is_server_url(path):  # a server project in the recent list
            shell.server_projects.open_url(path)
            return
        interactive = not QApplication.instance().property("noninteractive")
        offer = (lambda exc: app.ask_to_open_backup(exc, shell)) if interactive else None
        try:
            if create:
                project = Project.create(path, overwrite=True)
            else:
                project = app.open_project(Path(path), offer, create=False)
        except (ProjectError, OSError) as exc:
            shell.show_problem(i18n.tr_error(exc))
            return
        if project is None:  # the reviewer declined the backup
            shell.notify(self.tr("{name} was not opened.").format(name=Path(path).name), 8000)
            return
        shell.set_project(project)
        if Path(project.path) != Path(path):
            shell.notify(
                self.tr("Opened a copy of the last good backup: {path}").format(path=project.path),
                15000,
            )

    def new_project(self) -> None:
        path = file_dialogs.save_file(
            self.shell, self.tr("New project"), "", self.tr("Solieu projects (*.solieu)")
        )
        if path:
            if not path.endswith(".solieu"):
                path += ".solieu"
            self.open_path(path, create=True)

    def open_project(self) -> None:
        path = file_dialogs.open_file(
            self.shell, self.tr("Open project"), "", self.tr("Solieu projects (*.solieu)")
        )
        if path:
            self.open_path(path, create=False)

    def fill_recent(self, menu) -> None:
        menu.clear()
        recent = self.shell.settings.recent_projects
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p, create=False))
        if not recent:
            menu.addAction(self.tr("(none)")).setEnabled(False)
