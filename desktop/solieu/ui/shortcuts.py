"""Every key binding in one table: the menus, the actions and the shortcut sheet read it.

`keys` are QKeySequence portable strings; the first one is shown in menus.
Bindings with `action=None` are handled by a widget itself (the table's ↓/↑,
F2/Enter) and are listed so the shortcut sheet tells the whole story. A binding
with a `page` works only while that page (review or reconcile) is shown, so one
key (Space, C …) can mean one thing on each.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Binding:
    action: str | None
    keys: tuple[str, ...]
    text: str  # English source, translated in CONTEXT
    group: str
    page: str | None = None  # "review" | "reconcile": enabled only while that page is shown


NAVIGATE = QT_TRANSLATE_NOOP("Shortcuts", "Navigate")
REVIEW = QT_TRANSLATE_NOOP("Shortcuts", "Review")
EDIT = QT_TRANSLATE_NOOP("Shortcuts", "Edit")
RECONCILE = QT_TRANSLATE_NOOP("Shortcuts", "Reconcile")
GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "General")
CODEBOOK = QT_TRANSLATE_NOOP("Shortcuts", "Codebook")
REVIEW_PAGE = "review"
RECONCILE_PAGE = "reconcile"

BINDINGS: tuple[Binding, ...] = (
    Binding(
        None, ("Down",), QT_TRANSLATE_NOOP("Shortcuts", "Next figure (in the table)"), NAVIGATE
    ),
    Binding(
        None, ("Up",), QT_TRANSLATE_NOOP("Shortcuts", "Previous figure (in the table)"), NAVIGATE
    ),
    Binding(
        None,
        ("Shift+Down", "Shift+Up"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Select more rows (in the table): confirm, reject, pending apply to all"
        ),
        NAVIGATE,
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
    Binding(
        "reject_like",
        ("Shift+X",),
        QT_TRANSLATE_NOOP("Shortcuts", "Reject every pending figure like this one (learned)"),
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
        None,
        ("Ctrl+Right",),
        QT_TRANSLATE_NOOP("Shortcuts", "Take the next suggested word (editing a measure)"),
        EDIT,
    ),
    Binding(
        None,
        ("Tab",),
        QT_TRANSLATE_NOOP("Shortcuts", "Take the suggested measure and save (editing a measure)"),
        EDIT,
    ),
    Binding(
        "focus_article",
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Into the article to select a missed figure (at the figure) / back"
        ),
        EDIT,
    ),
    Binding(
        None,
        ("Shift+Right", "Shift+Left"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select text (in the article)"),
        EDIT,
    ),
    Binding(
        None,
        ("Ctrl+Shift+Right", "Ctrl+Shift+Left"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select word by word (in the article)"),
        EDIT,
    ),
    Binding(
        "add_figure",
        ("A",),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a figure from the text selection"),
        EDIT,
    ),
    Binding(
        None,
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the figure table (from the article)"),
        EDIT,
    ),
    Binding("delete_figure", ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Delete the figure"), EDIT),
    Binding(
        "document_properties",
        ("Alt+Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "Document properties: source, date, default place"),
        EDIT,
    ),
    Binding("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Undo"), EDIT),
    Binding("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo"), EDIT),
    Binding(
        "history",
        ("Ctrl+H",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "History: every edit, undo up to one (kept across restarts)"
        ),
        EDIT,
    ),
    Binding(
        "show_review", ("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "Review the figures"), RECONCILE
    ),
    Binding(
        "show_reconcile",
        ("Ctrl+2",),
        QT_TRANSLATE_NOOP("Shortcuts", "Reconcile: one statistic across documents"),
        RECONCILE,
    ),
    Binding(
        "show_codebook",
        ("Ctrl+3",),
        QT_TRANSLATE_NOOP("Shortcuts", "Codebook: the project's indicators"),
        RECONCILE,
    ),
    Binding(
        None, ("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("Shortcuts", "Groups ↔ members"), RECONCILE
    ),
    Binding(
        "accept_group",
        ("Space", "A"),
        QT_TRANSLATE_NOOP("Shortcuts", "Accept the group and go to the next"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "split_member",
        ("S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Split the selected member out of its group"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "move_member",
        ("M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selected member to another group"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "merge_group",
        ("G",),
        QT_TRANSLATE_NOOP("Shortcuts", "Merge the group into another group"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "reopen_group",
        ("O",),
        QT_TRANSLATE_NOOP("Shortcuts", "Reopen an accepted group"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "choose_winner",
        ("W",),
        QT_TRANSLATE_NOOP("Shortcuts", "The selected member's value wins; go to the next group"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        None,
        ("1", "2", "3", "4", "5", "6", "7", "8", "9"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "That member's value wins (a conflict resolved, next group)"
        ),
        RECONCILE,
    ),
    Binding(
        "keep_first_review",
        ("F",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Double review: keep the first reviewer's decision on the member"
        ),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "take_second_review",
        ("Shift+S",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Double review: take the second reviewer's decision on the member"
        ),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "filter_conflicts",
        ("C",),
        QT_TRANSLATE_NOOP("Shortcuts", "Conflicts only / all groups"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "filter_unreviewed",
        ("U",),
        QT_TRANSLATE_NOOP("Shortcuts", "Unreviewed groups only / all groups"),
        RECONCILE,
        RECONCILE_PAGE,
    ),
    Binding(
        "show_duplicates",
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "Near-duplicate documents, with their scores"),
        RECONCILE,
    ),
    # the Codebook page's own keys, on its entries table (views/codebook_view.py)
    Binding(None, ("Ins",), QT_TRANSLATE_NOOP("Shortcuts", "New entry"), CODEBOOK),
    Binding(None, ("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Rename the entry"), CODEBOOK),
    Binding(
        None,
        ("M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Merge the selected entries into the current one (or drag)"),
        CODEBOOK,
    ),
    Binding(
        None,
        ("S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Split the selected examples into a new entry"),
        CODEBOOK,
    ),
    Binding(
        None,
        ("Shift+M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selected examples to another entry"),
        CODEBOOK,
    ),
    Binding(
        None, ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Delete an entry without figures"), CODEBOOK
    ),
    Binding("shortcuts", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), GENERAL),
    Binding(
        None,
        ("Menu", "Shift+F10"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Context menu of the table, the document list or the article"
        ),
        GENERAL,
    ),
    Binding("import_files", ("Ctrl+I",), QT_TRANSLATE_NOOP("Shortcuts", "Import files"), GENERAL),
    Binding(
        "export",
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Export to Excel (and CSV)"),
        GENERAL,
    ),
    Binding(
        "claim_document",
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP("Shortcuts", "Claim the document: the others see you review it"),
        GENERAL,
    ),
    Binding("open_project", ("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Open a project"), GENERAL),
    Binding("new_project", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "New project"), GENERAL),
    Binding("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), GENERAL),
)

# the review page's own keys (Space, C, A … mean other things on the Reconcile page)
_REVIEW_ONLY = {
    "next_figure", "prev_figure", "next_pending", "next_document", "prev_document",
    "focus_filter", "toggle_all", "confirm_next", "reject_next", "set_pending", "bulk_confirm",
    "reject_like",
    "add_figure", "delete_figure", "focus_article",
}  # fmt: skip
BINDINGS = tuple(replace(b, page=REVIEW_PAGE) if b.action in _REVIEW_ONLY else b for b in BINDINGS)

BY_ACTION = {b.action: b for b in BINDINGS if b.action}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
