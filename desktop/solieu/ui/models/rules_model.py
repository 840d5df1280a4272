"""The Rules dialog's table: a thin model over the store's `list[Rule]`.

One row a rule: the field it sets, the value it looks for, the value it sets, and
where it applies. Only "Set to" is editable, and editing it changes nothing here:
`setData` emits `editRequested(rule_id, text)` and the dialog builds and pushes the
store edit (so an edit is undoable and a refused one is reported like any other).
The store changes the row when it applies; the dialog then resets the model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal

from solieu.learn.model import Rule, RuleState
from solieu.ui.models.table_base import ListTableModel

COLUMNS = ("field", "old", "new", "scope")
NEW_COLUMN = COLUMNS.index("new")
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("RulesModel", text)


def field_label(field: str) -> str:
    """A rule field as the reviewer reads it (the store's names, in words)."""
    labels = {
        "measure": _tr("measure"),
        "place": _tr("place"),
        "period": _tr("period"),
        "unit_class": _tr("unit class"),
        "qualifier": _tr("qualifier"),
        "change": _tr("change"),
        "unit": _tr("unit"),
    }
    return labels.get(field, field)


def value_label(field: str, value: Any) -> str:
    """A rule value for display: "(empty)" for none, yes/no for `change`."""
    if value is None or value == "":
        return _tr("(empty)")
    if field == "change" or isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


def edit_text(field: str, value: Any) -> str:
    """A rule value as its editor starts: blank for none, yes/no for `change`."""
    if value is None:
        return ""
    if field == "change" or isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


def scope_label(scope: dict[str, Any]) -> str:
    """Where a rule applies: "baonghean.vn articles", "all articles", other keys as key=value."""
    parts = []
    outlet = scope.get("outlet")
    if outlet is not None:
        parts.append(_tr("{outlet} articles").format(outlet=outlet))
    parts.extend(f"{key}={value}" for key, value in sorted(scope.items()) if key != "outlet")
    return ", ".join(parts) if parts else _tr("all articles")


def rule_text(rule: RuleState) -> str:
    """One line naming a rule, for an undo step: place “Hà Nội” → “Nghệ An”."""
    old, new = value_label(rule.field, rule.old), value_label(rule.field, rule.new)
    return f"{field_label(rule.field)} “{old}” → “{new}”"


class RulesModel(ListTableModel):
    COLUMNS = COLUMNS
    editRequested = Signal(int, str)  # noqa: N815 - (rule id, the text typed in "Set to")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rules: list[Rule] = []

    def set_rules(self, rules: list[Rule]) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rule_at(self, row: int) -> Rule | None:
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def row_of(self, rule_id: int) -> int:
        """The row of a rule by id, -1 when it is gone (for reselecting after a reset)."""
        return next((row for row, r in enumerate(self.rules) if r.id == rule_id), -1)

    def rows(self) -> list:
        return self.rules

    def headers(self) -> dict[str, str]:
        return {
            "field": _tr("Field"),
            "old": _tr("When it reads"),
            "new": _tr("Set to"),
            "scope": _tr("Where"),
        }

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NEW_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        rule = self.rule_at(index.row()) if index.isValid() else None
        if rule is None or not 0 <= index.column() < len(COLUMNS):
            return None
        if role == RULE_ROLE:
            return rule
        state = rule.state
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.EditRole and column == "new":
            return edit_text(state.field, state.new)
        if role == Qt.ItemDataRole.ToolTipRole and column == "new":
            if state.field == "change":
                return _tr("Type yes or no; F2 to edit")
            return _tr("F2 to edit; leave it blank to empty the field")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == "field":
            return field_label(state.field)
        if column == "old":
            return value_label(state.field, state.old)
        if column == "new":
            return value_label(state.field, state.new)
        where = scope_label(state.scope)
        return where if state.active else _tr("{where} (turned down)").format(where=where)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Ask for the change (`editRequested`); the store, not the model, makes it."""
        rule = self.rule_at(index.row()) if index.isValid() else None
        if rule is None or index.column() != NEW_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if text == edit_text(rule.state.field, rule.state.new):
            return False  # the editor closed on the value it opened with
        self.editRequested.emit(rule.id, text)
        return True
