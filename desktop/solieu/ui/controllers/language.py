"""View ▸ Language: the menu, and switching language without a restart.

A new window in the chosen language takes over: the project, its undo history,
the layout and the reviewer's place move to it; nothing is saved or reloaded,
since every edit already is. The successor is built as `type(shell)(…)`, so this
module never imports the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from solieu.ui import i18n
from solieu.ui.controllers.tasks import TaskSlot
from solieu.ui.shell import Shell


class LanguageFlow(QObject):
    def __init__(self, shell: Shell, tasks: TaskSlot) -> None:
        super().__init__(shell)
        self.shell = shell
        self.tasks = tasks
        self.actions: dict[str, QAction] = {}
        self.successor = None

    def build_menu(self, parent_menu) -> None:
        menu = parent_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.shell.settings.language
        for code, label in [("", self.tr("System language")), *i18n.LANGUAGES.items()]:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.actions[code] = action
            group.addAction(action)
        group.triggered.connect(self.switch)

    def switch(self, action: QAction) -> None:
        shell = self.shell
        shell.settings.language = action.data() or ""
        app = QApplication.instance()
        if app is None or self.tasks.current is not None:
            shell.notify(self.tr("The language changes the next time Solieu starts."), 8000)
            return
        i18n.install(app, shell.settings.language)
        shell.save_settings()
        doc_id, figure_id, page = shell.doc_id, shell.figure_id, shell.current_page()
        shell.hand_over()
        successor = type(shell)(shell.project, shell.settings, edits=shell.edits)
        successor.setGeometry(shell.geometry())
        successor.show()
        successor.show_page(page)
        if figure_id is not None:
            successor.select_figure(figure_id)
        elif doc_id is not None:
            successor.select_document(doc_id)
        shell.close()
        shell.deleteLater()
        self.successor = successor
