"""The deliverable: a typed, traceable Excel workbook (and CSV) of the curated statistics.

The names below load on first use, so the window can read `solieu.export.labels`
(the words it shares with the workbook) without loading the exporter.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from solieu.export.atomic import ExportError
    from solieu.export.tables import build_tables
    from solieu.export.xlsx import export_workbook

__all__ = ["ExportError", "build_tables", "export_workbook"]
_HOME = {
    "ExportError": "solieu.export.atomic",
    "build_tables": "solieu.export.tables",
    "export_workbook": "solieu.export.xlsx",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        value = getattr(import_module(_HOME[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'solieu.export' has no attribute {name!r}")
