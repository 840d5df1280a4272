"""The window's actions and menus, built from one list per menu.

Keys come from `shortcuts.BY_ACTION` (the one table the F1 sheet reads too);
every action is added to the window itself so its keys work with the menu bar
hidden. The slots are the controllers' methods; nothing here decides anything.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from solieu.ui.shortcuts import BY_ACTION
from solieu.ui.shortcuts import tr as tr_shortcut


def _action(window, name: str, text: str, slot, *, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    binding = BY_ACTION.get(name)
    if binding is not None:
        action.setShortcuts([QKeySequence(k) for k in binding.keys])
        action.setStatusTip(tr_shortcut(binding.text))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    window.actions_by_name[name] = action
    return action


def build_actions(window) -> dict[str, QAction]:
    """Every action of the window, by name (the names `shortcuts.py` binds keys to)."""
    window.actions_by_name = {}
    w, r, rc = window, window.review, window.reconcile
    files, imports, exports = window.project_files, window.imports, window.exports
    table = (
        (
            "new_project",
            QCoreApplication.translate("MainWindow", "&New project…"),
            files.new_project,
        ),
        (
            "open_project",
            QCoreApplication.translate("MainWindow", "&Open project…"),
            files.open_project,
        ),
        (
            "open_server",
            QCoreApplication.translate("MainWindow", "Open &server project…"),
            window.server_projects.open_dialog,
        ),
        (
            "import_files",
            QCoreApplication.translate("MainWindow", "&Import files…"),
            imports.import_files,
        ),
        (
            "import_folder",
            QCoreApplication.translate("MainWindow", "Import &folder…"),
            imports.import_folder,
        ),
        (
            "import_report",
            QCoreApplication.translate("MainWindow", "Last import &report…"),
            imports.show_report,
        ),
        ("export", QCoreApplication.translate("MainWindow", "&Export…"), exports.export),
        ("quit", QCoreApplication.translate("MainWindow", "&Quit"), w.close),
        (
            "history",
            QCoreApplication.translate("MainWindow", "&History…"),
            window.dialogs.show_history,
        ),
        (
            "reviewer_name",
            QCoreApplication.translate("MainWindow", "Reviewer &name…"),
            window.team.ask_reviewer_name,
        ),
        (
            "double_review",
            QCoreApplication.translate("MainWindow", "&Double review…"),
            window.double_review.assign,
        ),
        (
            "agreement",
            QCoreApplication.translate("MainWindow", "A&greement and adjudication…"),
            window.double_review.show_agreement,
        ),
        (
            "rules",
            QCoreApplication.translate("MainWindow", "R&ules…"),
            window.dialogs.show_rules,
        ),
        (
            "focus_article",
            QCoreApplication.translate("MainWindow", "Select text in the &article"),
            r.focus_article,
        ),
        (
            "add_figure",
            QCoreApplication.translate("MainWindow", "&Add figure from selection"),
            r.add_from_selection,
        ),
        (
            "delete_figure",
            QCoreApplication.translate("MainWindow", "&Delete figure"),
            r.delete_current,
        ),
        (
            "document_properties",
            QCoreApplication.translate("MainWindow", "Document &properties…"),
            imports.show_document_properties,
        ),
        ("edit_cell", QCoreApplication.translate("MainWindow", "&Edit cell"), r.edit_current),
        (
            "confirm_next",
            QCoreApplication.translate("MainWindow", "&Confirm and next"),
            r.confirm_next,
        ),
        (
            "reject_next",
            QCoreApplication.translate("MainWindow", "&Reject and next"),
            r.reject_next,
        ),
        (
            "reject_like",
            QCoreApplication.translate("MainWindow", "Reject all &like this"),
            r.reject_like,
        ),
        (
            "set_pending",
            QCoreApplication.translate("MainWindow", "Back to &pending"),
            r.set_pending,
        ),
        (
            "bulk_confirm",
            QCoreApplication.translate("MainWindow", "Confirm &selected rows"),
            r.bulk_confirm,
        ),
        (
            "next_figure",
            QCoreApplication.translate("MainWindow", "Ne&xt figure"),
            lambda: r.move(1),
        ),
        (
            "prev_figure",
            QCoreApplication.translate("MainWindow", "Pre&vious figure"),
            lambda: r.move(-1),
        ),
        (
            "next_pending",
            QCoreApplication.translate("MainWindow", "Next pe&nding figure"),
            r.next_pending,
        ),
        (
            "next_document",
            QCoreApplication.translate("MainWindow", "Next &document"),
            lambda: r.move_document(1),
        ),
        (
            "prev_document",
            QCoreApplication.translate("MainWindow", "Previous d&ocument"),
            lambda: r.move_document(-1),
        ),
        (
            "focus_filter",
            QCoreApplication.translate("MainWindow", "&Filter figures"),
            w.focus_filter,
        ),
        (
            "article_order",
            QCoreApplication.translate("MainWindow", "&Article order (undo the sort)"),
            window.view_options.article_order,
        ),
        (
            "show_review",
            QCoreApplication.translate("MainWindow", "&Review figures"),
            lambda: w.show_page("review"),
        ),
        (
            "show_reconcile",
            QCoreApplication.translate("MainWindow", "Re&concile"),
            lambda: w.show_page("reconcile"),
        ),
        (
            "show_codebook",
            QCoreApplication.translate("MainWindow", "C&odebook"),
            lambda: w.show_page("codebook"),
        ),
        (
            "accept_group",
            QCoreApplication.translate("MainWindow", "&Accept group and next"),
            rc.accept_next,
        ),
        (
            "split_member",
            QCoreApplication.translate("MainWindow", "&Split member out"),
            rc.split_member,
        ),
        (
            "move_member",
            QCoreApplication.translate("MainWindow", "&Move member to another group…"),
            rc.move_member,
        ),
        (
            "choose_winner",
            QCoreApplication.translate("MainWindow", "Member's value &wins"),
            rc.choose_winner,
        ),
        (
            "keep_first_review",
            QCoreApplication.translate("MainWindow", "Keep the &first reviewer's decision"),
            rc.keep_first_review,
        ),
        (
            "take_second_review",
            QCoreApplication.translate("MainWindow", "&Take the second reviewer's decision"),
            rc.take_second_review,
        ),
        (
            "merge_group",
            QCoreApplication.translate("MainWindow", "Mer&ge into another group…"),
            rc.merge_group,
        ),
        (
            "reopen_group",
            QCoreApplication.translate("MainWindow", "Re&open the group"),
            rc.reopen_group,
        ),
        (
            "filter_conflicts",
            QCoreApplication.translate("MainWindow", "&Conflicts only"),
            rc.toggle_conflicts,
        ),
        (
            "filter_unreviewed",
            QCoreApplication.translate("MainWindow", "&Unreviewed only"),
            rc.toggle_unreviewed,
        ),
        (
            "show_duplicates",
            QCoreApplication.translate("MainWindow", "&Near-duplicate documents…"),
            window.dialogs.show_duplicates,
        ),
        (
            "shortcuts",
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            window.dialogs.show_shortcuts,
        ),
        (
            "about",
            QCoreApplication.translate("MainWindow", "&About Solieu"),
            window.dialogs.show_about,
        ),
    )
    for name, text, slot in table:
        _action(window, name, text, slot)
    window.actions_by_name["import_report"].setEnabled(False)
    for name, text, slot in (
        (
            "toggle_all",
            QCoreApplication.translate("MainWindow", "Figures of &all documents"),
            window.view_options.toggle_all,
        ),
        (
            "table_below",
            QCoreApplication.translate("MainWindow", "Table &below the article"),
            window.view_options.set_table_below,
        ),
        (
            "reflow_paragraphs",
            QCoreApplication.translate("MainWindow", "Re&flow paragraphs"),
            r.set_reflow,
        ),
        (
            "show_hint",
            QCoreApplication.translate("MainWindow", "Key &hints"),
            window.view_options.set_hints_shown,
        ),
        (
            "claim_document",
            QCoreApplication.translate("MainWindow", "C&laim this document"),
            window.claims.toggle,
        ),
    ):
        _action(window, name, text, slot, checkable=True)
    undo = window.edits.stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    redo = window.edits.stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    for action, name in ((undo, "undo"), (redo, "redo")):
        action.setShortcuts([QKeySequence(k) for k in BY_ACTION[name].keys])
        action.setObjectName(name)
        window.addAction(action)
        window.actions_by_name[name] = action
    edit_cell = window.actions_by_name["edit_cell"]  # F2 in the table only
    edit_cell.setShortcut(QKeySequence("F2"))
    edit_cell.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.table.addAction(edit_cell)
    window.removeAction(edit_cell)
    return window.actions_by_name


MENUS = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        "new_project", "open_project", "open_server", "@recent", None,
        "import_files", "import_folder", "import_report", None, "export", None, "quit",
    )),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (
        "undo", "redo", "history", "rules", None, "edit_cell", "focus_article", "add_figure",
        "delete_figure", None, "document_properties", None, "reviewer_name",
    )),
    (QT_TRANSLATE_NOOP("MainWindow", "&Review"), (
        "confirm_next", "reject_next", "reject_like", "set_pending", "bulk_confirm", None,
        "next_figure", "prev_figure", "next_pending", None, "next_document", "prev_document",
        None, "claim_document", "double_review",
    )),
    (QT_TRANSLATE_NOOP("MainWindow", "Re&concile"), (
        "accept_group", "split_member", "move_member", "choose_winner", "merge_group",
        "reopen_group", None, "filter_conflicts", "filter_unreviewed", None, "show_duplicates",
        None, "keep_first_review", "take_second_review", "agreement",
    )),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), (
        "show_review", "show_reconcile", "show_codebook", None, "focus_filter", "toggle_all", "article_order",
        "table_below", "reflow_paragraphs", "show_hint", None, "@language",
    )),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("shortcuts", "about")),
)  # fmt: skip


def build_menus(window) -> None:
    get = window.actions_by_name
    bar = window.menuBar()
    window.menus = {}
    for title, names in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("MainWindow", title))
        window.menus[title.replace("&", "").lower()] = menu
        for name in names:
            if name is None:
                menu.addSeparator()
            elif name == "@recent":
                recent = menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
                recent.aboutToShow.connect(lambda m=recent: window.project_files.fill_recent(m))
                window.recent_menu = recent
            elif name == "@language":
                window.language.build_menu(menu)
            else:
                menu.addAction(get[name])
