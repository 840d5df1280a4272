"""`solieu --self-test`: the smoke test every installer runs on the app it just built.

It exercises what a packaged build most often loses: the bundled seeds and
resources (icon, the compiled translations), the lazily imported modules (regex, rapidfuzz,
XlsxWriter, openpyxl, the SVG icon engine) and a Qt platform plugin that can
open the main window. Everything is written to a temporary folder; the user's
data folder and settings are not touched. Prints one summary line and returns 0,
or raises `SelfTestError` with a one-line reason.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from solieu.commands import CliError


class SelfTestError(CliError):
    """A check failed; the message says which, in one line."""


def _check(ok: object, reason: str) -> None:
    if not ok:
        raise SelfTestError(f"self-test failed: {reason}")


def _extract_seeds() -> tuple[int, int]:
    from solieu.extract import extract_figures
    from solieu.resources import seed_articles
    from solieu.text.load import load_document

    articles = seed_articles()
    _check(articles, "no seed articles in this installation")
    figures = sum(len(extract_figures(load_document(p).text)) for p in articles)
    _check(figures > 0, "the extractor found no figures in the seed articles")
    return len(articles), figures


def _readers() -> int:
    """The article readers' libraries and their data files (imported lazily by the app)."""
    import importlib
    import importlib.util

    checked = 0
    if importlib.util.find_spec("solieu.text.formats") is None:
        return checked
    for module in ("html", "docx", "pdf"):
        name = f"solieu.text.formats.{module}"
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
            checked += 1
    if importlib.util.find_spec("justext") is not None:
        import justext

        _check(justext.get_stoplist("Vietnamese"), "the jusText Vietnamese stoplist is missing")
    if importlib.util.find_spec("docx") is not None:
        import docx

        docx.Document()  # reads the package's default template
    if importlib.util.find_spec("pypdf") is not None:
        import pypdf  # noqa: F401
    return checked


def _server_driver() -> str:
    """The PostgreSQL driver a team's server project needs (psycopg with its own libpq,
    imported only when a server is opened): its libpq version, e.g. "17.4"."""
    try:
        import psycopg
    except ImportError as exc:
        raise SelfTestError(f"self-test failed: the server driver is missing ({exc})") from exc
    _check(psycopg.pq.__impl__ in ("binary", "c"), f"psycopg runs on {psycopg.pq.__impl__}")
    version = psycopg.pq.version()
    return f"{version // 10000}.{version % 100}"


def _build_demo(folder: Path):
    from solieu.resources import seed_articles
    from solieu.store import Project

    project = Project.create(folder / "demo.solieu")
    report = project.import_paths(seed_articles())
    _check(not report.failed, f"seed import failed: {report.failed}")
    _check(report.imported, "the demo project has no documents")
    return project


def _export_and_read_back(project, folder: Path) -> tuple[int, int]:
    import openpyxl

    from solieu.export import build_tables, export_workbook
    from solieu.reconcile.session import reconcile_project

    rec = reconcile_project(project)
    groups = len(rec.listed())
    _check(groups > 0, "reconciliation found no statistic reported by two articles")
    tables = build_tables(project, status="all", reconciliation=rec)
    target = folder / "self-test.xlsx"
    export_workbook(tables, target)
    _check(target.is_file() and target.stat().st_size > 0, "the workbook was not written")
    wb = openpyxl.load_workbook(target, read_only=True)
    try:
        _check(
            wb.sheetnames == [t.name for t in tables],
            f"workbook sheets {wb.sheetnames} != {[t.name for t in tables]}",
        )
        numbers = 0
        for table in tables:
            rows = list(wb[table.name].iter_rows(values_only=True))
            _check(rows, f"sheet {table.name} is empty")
            header = [h for h in rows[0] if h is not None]
            _check(header == table.headers(), f"sheet {table.name} has headers {header}")
            _check(
                len(rows) - 1 == table.n_rows,
                f"sheet {table.name} has {len(rows) - 1} rows, expected {table.n_rows}",
            )
            numbers += sum(
                isinstance(v, int | float) and not isinstance(v, bool)
                for row in rows[1:]
                for v in row
            )
        _check(numbers > 0, "the workbook has no numeric cells")
        return groups, len(wb.sheetnames)
    finally:
        wb.close()


def _check_translations(i18n) -> None:
    """Every compiled catalogue loads and translates (a build that lost its .qm fails here)."""
    from PySide6.QtCore import QTranslator

    probes = {  # a message the Vietnamese catalogues must translate
        "qt_vi": ("QPlatformTheme", "Cancel"),
        "solieu_vi": ("solieu.core", "the file is empty"),
    }
    for names in i18n.CATALOGS.values():
        for name in names:
            path = i18n.compiled(name)
            _check(path is not None, f"the translation {name}.qm is missing")
            translator = QTranslator()
            _check(translator.load(str(path)), f"the translation {path} does not load")
            if name in probes:
                context, source = probes[name]
                text = translator.translate(context, source)
                _check(text and text != source, f"{path.name} does not translate {source!r}")


def _open_window(project, folder: Path) -> str:
    """Show the main window on `project`, let it paint, grab it; returns the platform name."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from solieu.ui import i18n
    from solieu.ui.app import app_icon, make_app
    from solieu.ui.main_window import MainWindow
    from solieu.ui.settings import Settings

    app = make_app()
    icon = app_icon()
    _check(not icon.pixmap(64, 64).isNull(), "the application icon does not render (SVG support)")
    _check_translations(i18n)

    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(project, settings)
    try:
        window.resize(1200, 800)
        window.show()
        window.select_document_row(0)
        window.select_row(0)
        QTimer.singleShot(300, app.quit)
        app.exec()
        shot = window.grab()
        _check(not shot.isNull() and shot.width() > 0, "the main window did not paint")
        _check(shot.save(str(folder / "window.png")), "the window picture could not be saved")
    finally:
        window.close()  # closes the project too
        QApplication.processEvents()
    return QApplication.platformName()


def run() -> int:
    try:
        return _run()
    except SelfTestError:
        raise
    except Exception as exc:  # a missing module or library in a build: one line, not a traceback
        if os.environ.get("SOLIEU_DEBUG"):
            raise
        raise SelfTestError(f"self-test failed: {type(exc).__name__}: {exc}") from exc


def _run() -> int:
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="solieu-self-test-") as tmp:
        folder = Path(tmp)
        documents, figures = _extract_seeds()
        _readers()
        libpq = _server_driver()
        project = _build_demo(folder)
        try:
            stored = len(project.figures())
            _check(stored == figures, f"the demo holds {stored} figures, the extractor {figures}")
            groups, sheets = _export_and_read_back(project, folder)
        except BaseException:
            project.close()
            raise
        platform = _open_window(project, folder)
    seconds = time.perf_counter() - started
    print(
        f"solieu self-test ok: {documents} documents, {figures} figures, {groups} groups, "
        f"workbook {sheets} sheets, window on {platform}, server driver libpq {libpq} "
        f"({seconds:.1f} s)"
    )
    sys.stdout.flush()
    return 0
