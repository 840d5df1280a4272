"""The project file: SQLite schema and migrations, edits as transactions, the review log.

The store never imports Qt: the UI adapts these objects, the CLI prints them.
"""

from solieu.store.edits import (
    DOCUMENT_FIELDS,
    EDITABLE_FIELDS,
    AddFigure,
    Batch,
    DeleteFigure,
    Edit,
    PutStatistic,
    RemoveDocument,
    RestoreDocument,
    RestoreFigure,
    SetDocumentField,
    SetField,
    SetStatus,
    StatisticState,
    edit_from_json,
)
from solieu.store.errors import (
    DuplicateFigure,
    EditConflict,
    InvalidEdit,
    ProjectCorruptError,
    ProjectError,
    ProjectLockedError,
    ProjectNeedsUpgrade,
)
from solieu.store.project import Project
from solieu.store.records import (
    Change,
    DocumentRecord,
    DocumentSummary,
    FigureRecord,
    HistoryEntry,
    ImportReport,
    LogEntry,
    ReextractReport,
    UndoPlan,
    UndoResult,
)
from solieu.store.schema import SCHEMA_VERSION

__all__ = [
    "DOCUMENT_FIELDS",
    "EDITABLE_FIELDS",
    "SCHEMA_VERSION",
    "AddFigure",
    "Batch",
    "Change",
    "DeleteFigure",
    "DocumentRecord",
    "DocumentSummary",
    "DuplicateFigure",
    "Edit",
    "PutStatistic",
    "EditConflict",
    "FigureRecord",
    "HistoryEntry",
    "ImportReport",
    "InvalidEdit",
    "LogEntry",
    "Project",
    "ProjectCorruptError",
    "ProjectError",
    "ProjectLockedError",
    "ProjectNeedsUpgrade",
    "ReextractReport",
    "RemoveDocument",
    "RestoreDocument",
    "RestoreFigure",
    "SetDocumentField",
    "SetField",
    "SetStatus",
    "StatisticState",
    "UndoPlan",
    "UndoResult",
    "edit_from_json",
]
