"""File ▸ Open and Open recent on a damaged project: the offer of its last good backup."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from solieu.store import Project
from solieu.store.records import ImportReport


def _damaged_copy(project_path, tmp_path):
    """A copy of the seed project with one backup (made by opening it), then garbage."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "damaged.solieu"
    shutil.copyfile(project_path, path)
    Project.open(path).close()  # opening for editing makes the rolling backup
    (backup,) = Project.backups_of(path)
    assert backup.parent == folder / ".solieu-backups"
    path.write_bytes(b"\x8b garbage, not a project \x00" * 400)
    return path, backup


def _answer(accept: bool, asked: list) -> None:
    """Click the backup question's button once it is shown (no native dialog involved)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "openBackup":
            QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        if accept:
            (button,) = [
                b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
            ]
        else:
            button = box.button(QMessageBox.StandardButton.Cancel)
        button.click()

    QTimer.singleShot(0, click)


def test_file_open_offers_the_backup_and_opens_a_recovered_copy(
    qtbot, window, project_path, tmp_path, monkeypatch
):
    damaged, backup = _damaged_copy(project_path, tmp_path)
    garbage = damaged.read_bytes()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(damaged), ""))
    )
    problems: list[str] = []
    monkeypatch.setattr(window, "show_problem", problems.append)
    window.imports.last_import = (
        ImportReport(imported=["a.txt"]),
        [],
    )  # of the project left behind
    window.actions_by_name["import_report"].setEnabled(True)
    asked: list[str] = []
    _answer(True, asked)
    window.actions_by_name["open_project"].trigger()

    assert len(asked) == 1 and "damaged.solieu" in asked[0] and not problems
    recovered = damaged.with_name("damaged.recovered.solieu")
    assert window.project.path == recovered and recovered.exists()
    assert window.windowTitle().startswith("damaged.recovered")
    assert window.documents_model.rowCount() == len(window.project.documents()) > 0
    assert "last good backup" in window.statusBar().currentMessage()
    assert damaged.read_bytes() == garbage  # the damaged file is never written
    assert window.settings.recent_projects[0] == str(recovered)
    assert (
        window.imports.last_import is None
    )  # its report could re-read the old project's documents
    assert not window.actions_by_name["import_report"].isEnabled()


def test_open_recent_on_a_damaged_project_declined_keeps_the_current_one(
    qtbot, window, project_path, tmp_path, monkeypatch
):
    damaged, _backup = _damaged_copy(project_path, tmp_path)
    garbage = damaged.read_bytes()
    window.settings.add_recent(str(damaged))
    current = window.project
    asked: list[str] = []
    _answer(False, asked)
    window.project_files.fill_recent(window.recent_menu)
    (action,) = [a for a in window.recent_menu.actions() if a.text() == str(damaged)]
    action.trigger()

    assert len(asked) == 1
    assert window.project is current and not current.closed
    assert "damaged.solieu was not opened" in window.statusBar().currentMessage()
    assert not damaged.with_name("damaged.recovered.solieu").exists()
    assert damaged.read_bytes() == garbage


def test_open_recent_of_a_missing_file_is_an_error_not_a_new_project(
    qtbot, window, tmp_path, monkeypatch
):
    gone = tmp_path / "gone.solieu"
    problems: list[str] = []
    monkeypatch.setattr(window, "show_problem", problems.append)
    window.project_files.open_path(str(gone), create=False)
    assert len(problems) == 1 and "does not exist" in problems[0]
    assert not gone.exists()


def test_a_damaged_project_without_a_backup_only_says_so(qtbot, window, tmp_path, monkeypatch):
    lost = tmp_path / "lost.solieu"
    lost.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    problems: list[str] = []
    monkeypatch.setattr(window, "show_problem", problems.append)
    window.project_files.open_path(str(lost), create=False)
    assert len(problems) == 1 and "no backup of it was found" in problems[0]


def test_a_server_address_is_opened_as_a_server_project_not_a_path(tmp_path):
    """`solieu postgresql://…` and a last project on a server: the address stays a
    string (a Path would fold its `//`), and an unreachable server says so in words."""
    from PySide6.QtCore import QSettings

    from solieu.store import ProjectError
    from solieu.ui.app import open_project, resolve_project_path
    from solieu.ui.settings import Settings

    url = "postgresql://lan@127.0.0.1:1/kinhte"
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert resolve_project_path(url, settings) == url
    settings.last_project = url
    assert resolve_project_path(None, settings) == url
    with pytest.raises(ProjectError, match="cannot connect to postgresql://lan@127.0.0.1:1"):
        open_project(url)
