"""UI tests run offscreen, with settings in a temporary folder and projects built from seeds/."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Each test gets its own QSettings folder, so no test sees another's window state."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    return folder


@pytest.fixture(autouse=True, scope="session")
def english_as_the_app_starts(qapp):
    """The app installs its language at start (English: its plural forms); so do tests
    (a test that switches to Vietnamese installs English again when it ends)."""
    from solieu.ui import i18n

    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def prompt_first_reconciliation(monkeypatch):
    """The window waits a moment before its first reconciliation; tests need not."""
    import solieu.ui.reconciling

    monkeypatch.setattr(solieu.ui.reconciling, "FIRST_RUN_DELAY_MS", 0, raising=False)


@pytest.fixture
def project_path(tmp_path) -> Path:
    """A project file with every seed article imported (and extracted)."""
    from solieu.store import Project

    path = tmp_path / "review.solieu"
    project = Project.create(path)
    report = project.import_paths(sorted(SEEDS.glob("*.txt")))
    assert report.imported and not report.failed
    project.close()
    return path


@pytest.fixture
def open_window(qtbot):
    """Open a project in a main window, shown and active (shortcuts need an active window)."""
    from PySide6.QtWidgets import QApplication

    from solieu.store import Project
    from solieu.ui.main_window import MainWindow
    from solieu.ui.settings import Settings

    opened = []

    def open_(path):
        win = MainWindow(Project.open(path), Settings())
        qtbot.addWidget(win)
        opened.append(win)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
        # the first reconciliation runs in the background: tests start once it is in
        qtbot.waitUntil(
            lambda: win.reconcile.rec is not None and win.reconcile._task is None, timeout=20000
        )
        win.table.setFocus()
        return win

    yield open_
    for win in opened:
        win.close()


@pytest.fixture
def window(open_window, project_path):
    """The main window over the seed project, first document and figure selected."""
    return open_window(project_path)


@pytest.fixture
def type_text(qtbot):
    """Type text key by key; non-ASCII letters (ệ, ề …) arrive as key events carrying
    their text, as a Vietnamese keyboard layout sends them (QTest only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget, text: str) -> None:
        for ch in text:
            if ch.isascii():
                qtbot.keyClicks(widget, ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)

    return type_
