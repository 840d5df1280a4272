"""Typed window settings over QSettings: declared once with a type and a default.

Only UI state lives here (geometry, splitters, column widths, recent projects,
language, last project, the last export's folder and choices). Project data
lives in the project file, never here.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "Solieu"
APPLICATION = "solieu"
MAX_RECENT = 8


class _Setting(Generic[T]):
    """A descriptor for one key: `settings.language` reads, assignment writes."""

    def __init__(self, key: str, kind: type, default: T) -> None:
        self.key = key
        self.kind = kind
        self.default = default

    def __get__(self, obj: Settings | None, owner: type) -> Any:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        try:
            if self.kind is list:
                if isinstance(raw, str):  # INI files give a one-item list back as a str
                    return [raw] if raw else []
                return [str(x) for x in raw]
            if self.kind is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
            if self.kind is int:
                return int(raw)
            if self.kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)
            return self.kind(raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


class Settings:
    """The app's settings, stored as an INI file in the user's config folder."""

    geometry = _Setting("window/geometry", QByteArray, QByteArray())
    window_state = _Setting("window/state", QByteArray, QByteArray())
    main_splitter = _Setting("window/mainSplitter", QByteArray, QByteArray())
    review_splitter = _Setting("window/reviewSplitter", QByteArray, QByteArray())
    # v2: place and period moved next to the measure; an older state would misplace widths
    table_header = _Setting("figures/header-v2", QByteArray, QByteArray())
    table_below = _Setting("window/tableBelow", bool, False)
    all_documents = _Setting("figures/allDocuments", bool, False)
    language = _Setting("ui/language", str, "")  # "" follows the system locale
    last_project = _Setting("projects/last", str, "")
    recent_projects = _Setting("projects/recent", list, [])
    export_folder = _Setting("export/folder", str, "")  # "" = the user's Documents folder
    export_status = _Setting("export/status", str, "confirmed")  # "confirmed" | "all"
    export_csv = _Setting("export/csv", bool, False)
    reflow_paragraphs = _Setting("article/reflowParagraphs", bool, False)
    show_hints = _Setting("ui/showHints", bool, True)  # the key line under each page
    welcomed = _Setting("ui/welcomed", bool, False)  # the first-run welcome was dismissed
    reviewer = _Setting("review/reviewer", str, "")  # "" = the OS login (the review log's name)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_projects if p != path]
        self.recent_projects = [path, *recent][:MAX_RECENT]
        self.last_project = path

    def project_state(self, key: str) -> str:
        """Where the reviewer left the project `key` (a JSON string, "" if never)."""
        raw = self.qsettings.value(f"session/{key}", "")
        return raw if isinstance(raw, str) else ""

    def set_project_state(self, key: str, state: str) -> None:
        self.qsettings.setValue(f"session/{key}", state)

    def sync(self) -> None:
        self.qsettings.sync()
