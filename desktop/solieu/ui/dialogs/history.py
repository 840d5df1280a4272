"""Edit ▸ History: every edit of the project from its review log, newest first.

The undo stack lives for a session; the log outlives it. "Undo up to here"
reverts the chosen action and everything after it that is still current, as one
step on the window's undo stack (so Ctrl+Z takes it back).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from solieu.store import ProjectError
from solieu.ui import i18n
from solieu.ui.models.history_model import PAGE, HistoryModel, action_label
from solieu.ui.shell import Shell


class HistoryDialog(QDialog):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 520)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo up to here"), self)
        self.undo_button.setObjectName("undoToHere")
        self.more_button = QPushButton(self.tr("&Older entries"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.more_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every edit of this project, newest first."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.undo_button.clicked.connect(self.undo_to_current)
        self.more_button.clicked.connect(self.load_more)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())

    def refresh(self) -> None:
        try:
            entries = self.shell.project.history(PAGE + 1, 0)
        except ProjectError as exc:
            self.shell.show_problem(i18n.tr_error(exc))
            return
        self.model.set_entries(entries[:PAGE], len(entries) > PAGE)
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()
        self._update()

    def load_more(self) -> None:
        offset = self.model.rowCount()
        try:
            entries = self.shell.project.history(PAGE + 1, offset)
        except ProjectError as exc:
            self.shell.show_problem(i18n.tr_error(exc))
            return
        self.model.append(entries[:PAGE], len(entries) > PAGE)
        self._update()

    def current_entry(self):
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update(self) -> None:
        entry = self.current_entry()
        self.undo_button.setEnabled(entry is not None and entry.current)
        self.more_button.setEnabled(self.model.more)
        if entry is not None and not entry.current:
            self.note.setText(self.tr("This change was changed again since; it cannot be undone."))
        else:
            self.note.setText(
                self.tr(
                    "Undo up to here (Enter) takes back the chosen edit and every later edit "
                    "that is still current, as one step: Ctrl+Z brings them back."
                )
            )

    def undo_to_current(self) -> None:
        entry = self.current_entry()
        if entry is None or not entry.current:
            return
        shell = self.shell
        try:
            result = shell.project.undo_to(entry.id)
        except ProjectError as exc:
            shell.show_problem(i18n.tr_error(exc))
            return
        if not result.edit.edits:
            shell.notify(self.tr("Nothing to undo: every later change was changed again."))
            self.refresh()
            return
        what = action_label(entry.action)
        text = self.tr("Undo up to {when} ({what})").format(when=entry.at[:19], what=what)
        shell.edits.record(result.edit, result.inverse, text)
        n = len(result.reverted)
        message = self.tr("%n change(s) undone", "", n)
        if result.skipped:
            message += " · " + self.tr("%n skipped: changed again since", "", len(result.skipped))
        shell.notify(message, 10000)
        self.refresh()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        on_button = isinstance(self.focusWidget(), QPushButton)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not on_button:
            self.undo_to_current()
            event.accept()
            return
        super().keyPressEvent(event)
