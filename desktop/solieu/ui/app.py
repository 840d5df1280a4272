"""Starting the window: `run_app(project, screenshot=None)`, called by `solieu [PROJECT]`.

With no project: the last one, else the demo project built from the bundled
seeds. With `screenshot`, it runs offscreen, selects the first document and
its first figure, saves a PNG of the whole window once painted and exits 0.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

log = logging.getLogger("solieu.ui")

SCREENSHOT_SIZE = (1400, 900)


def _log_file() -> Path:
    import platformdirs

    folder = platformdirs.user_log_path("solieu", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "solieu.log"


def _setup_logging() -> Path | None:
    try:
        path = _log_file()
    except OSError:
        return None
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("solieu").addHandler(handler)
    logging.getLogger("solieu").setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path | None) -> None:
    """An unexpected error is logged and shown in plain words, never as a traceback."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if _connection_lost(exc_type):
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = QCoreApplication.translate(
            "App", "Something went wrong: {message}\n\nYour saved work is safe."
        ).format(message=str(exc) or exc_type.__name__)
        if log_path is not None:
            text += "\n" + QCoreApplication.translate("App", "Details: {path}").format(
                path=log_path
            )
        QMessageBox.critical(None, "Solieu", text)

    sys.excepthook = hook


def _connection_lost(exc_type) -> bool:
    """A read of a server project found its connection gone (in whatever slot it ran):
    not an error to show in a box, but the state the status bar shows while the window
    reconnects (ui/controllers/connection.py)."""
    from solieu.store.errors import ConnectionLost

    if not issubclass(exc_type, ConnectionLost):
        return False
    from solieu.ui import main_window

    log.warning("a read found the server connection lost")
    for window in list(main_window._WINDOWS):
        window.connection.on_lost()
    return True


def app_icon():
    from PySide6.QtGui import QIcon

    from solieu.ui.i18n import resources_dir

    return QIcon(str(resources_dir() / "icons" / "solieu.svg"))


def _qt_messages(mode, context, message: str) -> None:
    if "propagateSizeHints" in message:  # the offscreen platform's harmless notice
        return
    log.warning("Qt: %s", message)


def make_app(argv: list[str] | None = None):
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_qt_messages)

    from solieu.ui import i18n
    from solieu.ui.settings import APPLICATION, ORGANIZATION, Settings

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Solieu")
    app.setDesktopFileName("solieu")
    app.setWindowIcon(app_icon())
    i18n.install(app, Settings().language)
    return app


def resolve_project_path(project: str | None, settings) -> Path | str:
    """The project to open: the one asked for, else the last one (a file that still
    exists, or a server URL), else the demo project. A server URL stays a string."""
    from solieu.store.server import is_server_url

    if project:
        return project if is_server_url(project) else Path(project)
    last = settings.last_project
    if last and is_server_url(last):
        return last
    if last and Path(last).exists():
        return Path(last)
    return demo_project()


def demo_project() -> Path:
    from solieu.resources import ensure_demo_project

    return Path(ensure_demo_project())


def open_project(path: Path | str, offer_backup=None, *, create: bool = True):
    """Open (or create) the project at `path`; a damaged one may be recovered from a backup.

    With `create=False` (File ▸ Open, Open recent) a missing file is an error, not a
    new project.

    On ProjectCorruptError with good backups, `offer_backup(exc)` is asked (a
    dialog in the window; None — screenshot runs — never asks and re-raises). When
    it says yes, the newest backup is restored to a new `NAME.recovered.solieu`
    next to the damaged file (which is never overwritten) and that file is opened.
    Returns None when the offer was declined.
    """
    from solieu.store import Project, ProjectCorruptError
    from solieu.store.server import is_server_url

    if isinstance(path, str) and is_server_url(path):
        from solieu.ui.server_login import open_server_project

        return open_server_project(path)
    path = Path(path)
    if create and not path.exists():
        return Project.create(path)
    try:
        return Project.open(path)
    except ProjectCorruptError as exc:
        if not exc.backups or offer_backup is None:
            raise
        if not offer_backup(exc):
            return None
        target = Project.restore_backup(exc.backups[0], Project.recovery_path(path))
        log.warning("%s; restored %s to %s", exc.summary, exc.backups[0], target)
        return Project.open(target)


def ask_to_open_backup(exc, parent=None) -> bool:
    """The dialog that offers a damaged project's newest good backup (over `parent`)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from solieu.store.backup import backup_time

    backup = exc.backups[0]
    when = backup_time(backup)
    from solieu.ui import i18n

    text = QCoreApplication.translate(
        "App",
        "{problem}\n\nOpen the last good backup, saved {when}? It is copied to a new "
        "file next to the damaged one, which is left as it is.",
    ).format(
        problem=i18n.tr_error(exc.summary),
        when=f"{when.astimezone():%Y-%m-%d %H:%M}" if when else backup.name,
    )
    box = QMessageBox(QMessageBox.Icon.Warning, "Solieu", text, parent=parent)
    box.setObjectName("openBackup")
    box.setDetailedText(str(backup))
    open_button = box.addButton(
        QCoreApplication.translate("App", "Open the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def take_screenshot(window, path: str, app) -> None:
    """Select the first document and figure, let everything paint, save the PNG, quit."""
    from PySide6.QtCore import QTimer

    window.select_document_row(0)
    window.select_row(0)
    window.table.setFocus()

    def grab() -> None:
        app.processEvents()
        ok = window.grab().save(path)
        app.exit(0 if ok else 1)

    QTimer.singleShot(400, grab)


def _cannot_open(exc: Exception, screenshot: str | None, box) -> None:
    """Say why the project did not open: on stderr for a screenshot run, else in `box`."""
    from PySide6.QtCore import QCoreApplication

    from solieu.ui import i18n

    message = QCoreApplication.translate("App", "Cannot open the project: {message}")
    message = message.format(message=i18n.tr_error(exc))
    if screenshot:
        print(f"solieu: {message}", file=sys.stderr)
    else:
        box(None, "Solieu", message)


def run_app(project: str | None = None, screenshot: str | None = None) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_path = _setup_logging()
    install_excepthook(log_path)
    app = make_app()

    from PySide6.QtWidgets import QMessageBox

    from solieu.store import ProjectError
    from solieu.ui.main_window import MainWindow
    from solieu.ui.settings import Settings

    if screenshot:
        app.setProperty("noninteractive", True)  # no modal dialog may block the picture
        # a reproducible picture: default layout, the given project or the demo
        import tempfile

        from PySide6.QtCore import QSettings

        scratch = Path(tempfile.mkdtemp(prefix="solieu-shot-")) / "settings.ini"
        settings = Settings(QSettings(str(scratch), QSettings.Format.IniFormat))
    else:
        settings = Settings()
    path = resolve_project_path(project, settings)
    try:
        try:
            # a screenshot run never blocks on a question: a damaged file is an error
            opened = open_project(path, None if screenshot else ask_to_open_backup)
        except ProjectError as exc:
            if project or not isinstance(path, str):
                raise
            # the last project was on a server that cannot be reached now: say so, and
            # open the demo project (File ▸ Open recent has the server's address)
            _cannot_open(exc, screenshot, QMessageBox.warning)
            opened = open_project(demo_project())
        if opened is None:  # the reviewer declined to open the backup (or the password)
            return 2
    except (ProjectError, OSError) as exc:
        _cannot_open(exc, screenshot, QMessageBox.critical)
        return 2

    window = MainWindow(opened, settings)
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        take_screenshot(window, screenshot, app)
        code = app.exec()
        window.close()
        if code == 0:
            print(screenshot)
        return code
    window.show()
    code = app.exec()
    return code
