"""The deliverable: a typed, traceable Excel workbook (and CSV) of the curated statistics."""

from solieu.export.atomic import ExportError
from solieu.export.tables import build_tables
from solieu.export.xlsx import export_workbook

__all__ = ["ExportError", "build_tables", "export_workbook"]
