"""Every key binding in one table: the menus, the actions and the shortcut sheet read it.

`keys` are QKeySequence portable strings; the first one is shown in menus.
Bindings with `action=None` are handled by a widget itself (the table's ↓/↑,
F2/Enter) and are listed so the shortcut sheet tells the whole story.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Binding:
    action: str | None
    keys: tuple[str, ...]
    text: str  # English source, translated in CONTEXT
    group: str


NAVIGATE = QT_TRANSLATE_NOOP("Shortcuts", "Navigate")
REVIEW = QT_TRANSLATE_NOOP("Shortcuts", "Review")
EDIT = QT_TRANSLATE_NOOP("Shortcuts", "Edit")
GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "General")

BINDINGS: tuple[Binding, ...] = (
    Binding(
        None, ("Down",), QT_TRANSLATE_NOOP("Shortcuts", "Next figure (in the table)"), NAVIGATE
    ),
    Binding(
        None, ("Up",), QT_TRANSLATE_NOOP("Shortcuts", "Previous figure (in the table)"), NAVIGATE
    ),
    Binding("next_figure", ("J",), QT_TRANSLATE_NOOP("Shortcuts", "Next figure"), NAVIGATE),
    Binding("prev_figure", ("K",), QT_TRANSLATE_NOOP("Shortcuts", "Previous figure"), NAVIGATE),
    Binding(
        "next_pending",
        ("N",),
        QT_TRANSLATE_NOOP("Shortcuts", "Next pending figure (all documents)"),
        NAVIGATE,
    ),
    Binding(
        "next_document", ("Ctrl+PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Next document"), NAVIGATE
    ),
    Binding(
        "prev_document",
        ("Ctrl+PgUp",),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous document"),
        NAVIGATE,
    ),
    Binding(
        "focus_filter", ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Filter the figures"), NAVIGATE
    ),
    Binding(
        "toggle_all",
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Figures of all documents / this one"),
        NAVIGATE,
    ),
    Binding(
        "confirm_next",
        ("Space", "C"),
        QT_TRANSLATE_NOOP("Shortcuts", "Confirm and go to the next figure"),
        REVIEW,
    ),
    Binding(
        "reject_next",
        ("X", "R"),
        QT_TRANSLATE_NOOP("Shortcuts", "Reject and go to the next figure"),
        REVIEW,
    ),
    Binding("set_pending", ("P",), QT_TRANSLATE_NOOP("Shortcuts", "Back to pending"), REVIEW),
    Binding(
        "bulk_confirm",
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Confirm the selected rows"),
        REVIEW,
    ),
    Binding(None, ("F2", "Return"), QT_TRANSLATE_NOOP("Shortcuts", "Edit the current cell"), EDIT),
    Binding(
        "add_figure",
        ("A",),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a figure from the text selection"),
        EDIT,
    ),
    Binding("delete_figure", ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Delete the figure"), EDIT),
    Binding("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Undo"), EDIT),
    Binding("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo"), EDIT),
    Binding("shortcuts", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), GENERAL),
    Binding("import_files", ("Ctrl+I",), QT_TRANSLATE_NOOP("Shortcuts", "Import files"), GENERAL),
    Binding("open_project", ("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Open a project"), GENERAL),
    Binding("new_project", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "New project"), GENERAL),
    Binding("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), GENERAL),
)

BY_ACTION = {b.action: b for b in BINDINGS if b.action}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
