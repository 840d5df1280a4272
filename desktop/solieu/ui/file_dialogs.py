"""The file dialogs, in the window's language.

A native dialog (GTK's, the portal's, Windows', macOS') speaks the desktop's language,
not the one chosen in View ▸ Language: a Vietnamese window on an English desktop would
open an English "Save As". When the two differ, Qt's own dialog is used, which
resources/translations/qt_vi.ts translates; when they agree, the native one, which
users know best.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from solieu.ui import i18n


def desktop_language() -> str:
    """The desktop's language code ("vi", "en", "fr" …), whether or not the app has it."""
    return QLocale.system().name().split("_")[0] or i18n.SOURCE_LANGUAGE


def options() -> QFileDialog.Option:
    """The dialog options for the language the window speaks now."""
    if i18n.current_language() == desktop_language():
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def save_file(parent: QWidget, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters, options=options())
    return path


def open_file(parent: QWidget, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters, options=options())
    return path


def open_files(parent: QWidget, title: str, start: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start, filters, options=options())
    return paths


def folder(parent: QWidget, title: str) -> str:
    opts = options() | QFileDialog.Option.ShowDirsOnly
    return QFileDialog.getExistingDirectory(parent, title, "", opts)
