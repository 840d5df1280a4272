"""The project rules: list them, change the value one sets, remove one.

Every change is a `PutRule` pushed on the window's undo stack, so it is logged,
refused when stale (the rule changed meanwhile) and taken back with Ctrl+Z, here
in the dialog as in the window. Editing or removing a rule never touches the
figures it was applied to: those were the reviewer's own edits, each undoable.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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

from solieu.learn.model import Rule, RuleState
from solieu.store import ProjectError
from solieu.store.edits import PutRule
from solieu.ui import i18n
from solieu.ui.models.rules_model import NEW_COLUMN, RulesModel, rule_text
from solieu.ui.shortcuts import BY_ACTION

# what the reviewer may type for `change`, in either language of the window
_YES = frozenset({"yes", "y", "true", "có", "co", "c"})
_NO = frozenset({"no", "n", "false", "không", "khong", "k"})


def parse_change(text: str) -> bool | None:
    """yes/no/có/không (any case) as a bool; raises ValueError for anything else.

    Blank is None: a rule may empty the field.
    """
    word = unicodedata.normalize("NFC", text).strip().casefold()
    if not word:
        return None
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(text)


def parse_text(text: str) -> str | None:
    """A typed value as a rule keeps it: NFC, single spaces; blank is None."""
    return " ".join(unicodedata.normalize("NFC", text).split()) or None


class _RulesTable(QTableView):
    """F2 or a double click anywhere on a row edits its one editable cell, "Set to"."""

    def edit(self, index, trigger=None, event=None) -> bool:
        if trigger is None:  # the public slot edit(index)
            return super().edit(index)
        if index.isValid() and index.column() != NEW_COLUMN:
            index = index.siblingAtColumn(NEW_COLUMN)
        return super().edit(index, trigger, event)


class RulesDialog(QDialog):
    def __init__(self, parent, project, edits) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.project = project
        self.edits = edits
        self.setWindowTitle(self.tr("Rules"))
        self.resize(760, 420)
        self.model = RulesModel(self)
        self.table = _RulesTable(self)
        self.table.setObjectName("rulesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(
            self.tr("No rules yet: a correction repeated on three documents is offered as a rule."),
            self,
        )
        self.empty.setObjectName("rulesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("removeRule")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Rules set a field on the figures still to review. F2 changes the value "
                    "a rule sets, Del removes it; Ctrl+Z takes either back."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        # Del on the table itself, not in the cell editor (where it deletes a letter)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)
        # the window's undo actions do not reach a dialog: the same stack and keys here
        for name, slot in (("undo", edits.stack.undo), ("redo", edits.stack.redo)):
            for keys in BY_ACTION[name].keys:
                QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.remove_button.clicked.connect(self.remove_current)
        # queued: the push resets the model, which must not happen inside its setData
        self.model.editRequested.connect(self.set_value, Qt.ConnectionType.QueuedConnection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        # an undo or redo of a rule edit (here or in the window) changes the list
        edits.applied.connect(self._store_changed)
        self.refresh()

    # the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rules again, keeping the current one (by id) when it is still there."""
        current = self.current_rule()
        row = self.table.currentIndex().row()
        try:
            rules = self.project.rules()
        except ProjectError as exc:
            self.note.setText(i18n.tr_error(exc))
            return
        self.model.set_rules(rules)
        if current is not None and self.model.row_of(current.id) >= 0:
            row = self.model.row_of(current.id)
        if self.model.rowCount():
            self.table.resizeColumnsToContents()
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self._update()

    def _store_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        self.table.setFocus()
        super().showEvent(event)

    def current_rule(self) -> Rule | None:
        index = self.table.currentIndex()
        return self.model.rule_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        has_rules = self.model.rowCount() > 0
        self.table.setVisible(has_rules)
        self.empty.setVisible(not has_rules)
        self.remove_button.setEnabled(self.current_rule() is not None)

    # the edits --------------------------------------------------------------------

    def remove_current(self) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        text = self.tr("Remove rule: {rule}").format(rule=rule_text(rule.state))
        self._push(PutRule(rule.id, None, rule.state), text)

    def set_value(self, rule_id: int, text: str) -> None:
        """Change the value rule `rule_id` sets to what was typed (yes/no for `change`)."""
        row = self.model.row_of(rule_id)
        rule = self.model.rule_at(row)
        if rule is None:
            return
        state = rule.state
        if state.field == "change":
            try:
                new = parse_change(text)
            except ValueError:
                self.note.setText(
                    self.tr("“{text}” is not yes or no: the rule is unchanged.").format(text=text)
                )
                return
        else:
            new = parse_text(text)
        if new == state.new:
            return
        edit = PutRule(rule.id, RuleState(state.field, state.old, new, dict(state.scope)), state)
        text = self.tr("Edit rule: {rule}").format(rule=rule_text(edit.new))
        self._push(edit, text)

    def _push(self, edit: PutRule, text: str) -> None:
        # the stack reports a refusal to the window too; the dialog may be in front of it
        done = self.edits.push(edit, text) is not None
        self.note.setText("" if done else self.edits.last_error or "")
        self.refresh()
