"""The Vietnamese window asks for no string its catalogue lacks.

A message is found by context and source, and the context a call uses at run time is
not always the one the extractor saw (a helper's CONTEXT, a subclass's name): a
recording translator notes every lookup while the window is built and its pages,
menus, tables and tool tips are drawn, and each string must be found under one of the
contexts it was asked in.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, QTranslator

from solieu.ui import i18n, i18n_update

CATALOGUE = {
    (ctx, m.findtext("source"))
    for ctx, m in i18n_update.messages(i18n_update.read(i18n.translations_dir() / "solieu_vi.ts"))
}
APP_CONTEXTS = {ctx for ctx, _ in CATALOGUE}


class Recorder(QTranslator):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked: dict[str, set[str]] = {}  # source → the contexts it was asked in

    def translate(self, context, source_text, disambiguation=None, n=-1):
        self.asked.setdefault(source_text, set()).add(context)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def draw(model) -> None:
    """What a view asks a model for: every cell's text and tool tip, every header."""
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        list_model = isinstance(model, QAbstractListModel)  # its columnCount is private
        for column in range(1 if list_model else model.columnCount(QModelIndex())):
            model.headerData(column, Qt.Orientation.Horizontal, role)
            for row in range(model.rowCount(QModelIndex())):
                model.data(model.index(row, column), role)


def test_every_string_the_vietnamese_window_asks_for_is_translated(
    qapp, qtbot, open_window, project_path
):
    from solieu.ui.dialogs.shortcut_sheet import sheet_html

    assert i18n.install(qapp, "vi") == "vi"
    recorder = Recorder(qapp)
    qapp.installTranslator(recorder)
    try:
        window = open_window(project_path)
        for model in (window.documents_model, window.figures_model):
            draw(model)
        window.show_page("reconcile")
        view = window.reconcile_view
        qtbot.waitUntil(lambda: view.groups_model.rowCount(QModelIndex()) > 0, timeout=20000)
        for row in range(min(view.groups_model.rowCount(QModelIndex()), 5)):
            view.select_group_row(row)
            QCoreApplication.processEvents()
            draw(view.groups_model)
            draw(view.members_model)
        window.show_page("review")
        sheet_html()
        for action in window.menuBar().actions():
            if action.menu() is not None:
                action.menu().aboutToShow.emit()  # menus that fill themselves when opened
    finally:
        qapp.removeTranslator(recorder)
        i18n.install(qapp, "en")
    ours = {
        source: contexts
        for source, contexts in recorder.asked.items()
        if contexts & APP_CONTEXTS or not any(c.startswith("Q") for c in contexts)
    }
    assert len(ours) >= 150
    missing = sorted(
        f"{sorted(contexts)}: {source!r}"
        for source, contexts in ours.items()
        if source.strip() and not any((c, source) in CATALOGUE for c in contexts)
    )
    assert missing == []


def test_the_rule_bar_mnemonics_never_clash_with_the_menu_bar_in_either_language(
    qapp, open_window, project_path
):
    """Alt+letter on the rule bar answers from the review: a letter a top menu also
    uses would be ambiguous (it was: Alt+C, "Chỉ từ nay về sau" and "Đối chiếu")."""

    def mnemonic(text: str) -> str:
        i = text.replace("&&", "").find("&")
        return text.replace("&&", "")[i + 1].casefold() if i >= 0 else ""

    for language in ("en", "vi"):
        assert i18n.install(qapp, language) == language
        try:
            window = open_window(project_path)
            bar = window.rule_bar
            buttons = [bar.apply_button, bar.rule_only_button, bar.not_now_button]
            bar.apply_button.setText(bar.tr("&Apply to %n like this", "", 3))
            keys = [mnemonic(b.text()) for b in buttons]
            menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
            assert all(keys) and len(set(keys)) == 3, (language, keys)
            assert not set(keys) & menus, (language, keys, menus)
            window.close()
        finally:
            i18n.install(qapp, "en")
