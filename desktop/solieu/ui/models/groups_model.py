"""Thin table models of the Reconcile view: the groups, and the members of one group.

Both only display the plain rows built in `solieu.ui.group_rows`; they are
read-only (every decision is an edit pushed by `solieu.ui.reconciling`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from solieu.ui.group_rows import GroupRow, MemberRow
from solieu.ui.models.figure_cells import decision_text, review_field_label
from solieu.ui.models.figures_model import QUALIFIER_LABELS
from solieu.ui.models.figures_model import tr as tr_figures

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a group's key ("p13", "s2")
FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # a member's figure id
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # a member's sentence, span highlighted

CONFLICT_FG = QColor("#cf222e")
DIFFERS_BG = QColor("#ffd8d3")
WINNER_BG = QColor("#d3f0dc")
STATUS_FG = {
    "proposed": QColor("#9a6700"),
    "open": QColor("#0969da"),
    "accepted": QColor("#1a7f37"),
}

CONTEXT = "GroupsModel"
STATUS_LABELS = {
    "proposed": QT_TRANSLATE_NOOP("GroupsModel", "unreviewed"),
    "open": QT_TRANSLATE_NOOP("GroupsModel", "open"),
    "accepted": QT_TRANSLATE_NOOP("GroupsModel", "accepted"),
}
GROUP_FIELDS = ("conflict", "value", "unit", "measure", "place", "period", "documents", "status")
GROUP_HEADERS = {
    "conflict": "",
    "value": QT_TRANSLATE_NOOP("GroupsModel", "Value"),
    "unit": QT_TRANSLATE_NOOP("GroupsModel", "Unit"),
    "measure": QT_TRANSLATE_NOOP("GroupsModel", "Measure"),
    "place": QT_TRANSLATE_NOOP("GroupsModel", "Place"),
    "period": QT_TRANSLATE_NOOP("GroupsModel", "Period"),
    "documents": QT_TRANSLATE_NOOP("GroupsModel", "Docs"),
    "status": QT_TRANSLATE_NOOP("GroupsModel", "Status"),
}
MEMBER_FIELDS = ("sentence", "value", "qualifier", "period", "place")
MEMBER_HEADERS = {
    "sentence": QT_TRANSLATE_NOOP("GroupsModel", "Document and sentence"),
    "value": QT_TRANSLATE_NOOP("GroupsModel", "Value"),
    "qualifier": QT_TRANSLATE_NOOP("GroupsModel", "Qualifier"),
    "period": QT_TRANSLATE_NOOP("GroupsModel", "Period"),
    "place": QT_TRANSLATE_NOOP("GroupsModel", "Place"),
}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def group_status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


class _RowsModel(QAbstractTableModel):
    FIELDS: tuple[str, ...] = ()
    HEADERS: dict[str, str] = {}
    ID: str = ""  # the row attribute that identifies a row (`row_of`)

    def row_of(self, ident) -> int:
        """The row whose `ID` attribute equals `ident`, or -1 (indexed: thousands of groups)."""
        if self._index is None:
            self._index = {}
            for i, r in enumerate(self._rows):
                self._index.setdefault(getattr(r, self.ID), i)
        return self._index.get(ident, -1)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._index: dict | None = None

    def set_rows(self, rows: list, index: dict | None = None) -> list:
        """Show `rows` (`index`: their `ID` → row, when the caller has it already); returns
        the rows shown before (a caller may free them a little at a time)."""
        self.beginResetModel()
        old, self._rows = self._rows, list(rows)
        self._index = index
        self.endResetModel()
        return old

    def rows(self) -> list:
        return list(self._rows)

    def row(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.FIELDS)
        ):
            label = self.HEADERS[self.FIELDS[section]]
            return tr(label) if label else ""
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _get(self, index):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None, None
        if not 0 <= index.column() < len(self.FIELDS):
            return None, None
        return self._rows[index.row()], self.FIELDS[index.column()]


class GroupsModel(_RowsModel):
    """One row per group: the value the Vietnamese way, its context, documents, status."""

    FIELDS = GROUP_FIELDS
    HEADERS = GROUP_HEADERS
    ID = "key"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.adjudicate: frozenset[str] = frozenset()  # keys of groups with members to adjudicate

    def set_adjudicate(self, keys: frozenset[str]) -> None:
        """The groups holding a double-reviewed member the lead has still to decide."""
        if keys == self.adjudicate:
            return
        self.adjudicate = keys
        column = GROUP_FIELDS.index("conflict")
        if self._rows:
            last = self.index(len(self._rows) - 1, column)
            self.dataChanged.emit(self.index(0, column), last)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r, name = self._get(index)
        if r is None:
            return None
        r: GroupRow
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "conflict":
                if r.conflict:
                    return "⚠"
                return "⚖" if r.key in self.adjudicate else ("!" if r.warnings else "")
            if name == "status":
                return group_status_label(r.status)
            if name == "documents":
                return r.documents
            return getattr(r, name)
        if role == KEY_ROLE:
            return r.key
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "value" and r.disagreement:
                return QCoreApplication.translate(
                    "GroupsModel", "The reports disagree: {values}"
                ).format(values=r.disagreement)
            if name == "conflict" and r.conflict:
                return QCoreApplication.translate(
                    "GroupsModel", "The reports disagree: choose the winning value (W)"
                )
            if name == "conflict" and r.key in self.adjudicate:
                return QCoreApplication.translate(
                    "GroupsModel",
                    "Double review: a member to adjudicate (F keeps the first reviewer's "
                    "decision, Shift+S takes the second's)",
                )
            if name == "conflict" and r.warnings:
                return QCoreApplication.translate(
                    "GroupsModel", "A consistency check fails for this group"
                )
            if name in ("value", "measure", "place", "period"):
                return getattr(r, name) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "conflict" or (name == "value" and r.conflict):
                return QBrush(CONFLICT_FG)
            if name == "status":
                return QBrush(STATUS_FG.get(r.status, QColor("#000000")))
            return None
        if role == Qt.ItemDataRole.FontRole and (
            name == "conflict" or r.conflict and name == "value"
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if name == "value":
                return RIGHT
            if name in ("documents", "conflict"):
                return CENTRE
        return None


class MembersModel(_RowsModel):
    """One row per mention of the selected group: its current value (✎ when the reviewer
    corrected it), the values that disagree in bold red, differing cells and the winner
    coloured. Rows are numbered: the number is the key that makes a member's value win."""

    FIELDS = MEMBER_FIELDS
    HEADERS = MEMBER_HEADERS
    ID = "figure_id"

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole and section < 9:
                return QCoreApplication.translate(
                    "GroupsModel", "Press {n} to make this member's value win"
                ).format(n=section + 1)
            return None
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r, name = self._get(index)
        if r is None:
            return None
        r: MemberRow
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "qualifier":
                return tr_figures(QUALIFIER_LABELS.get(r.qualifier, r.qualifier or ""))
            if name == "value":
                value = f"{r.value} {r.unit}".strip()
                if r.corrected:
                    value = f"✎ {value}"
                return f"★ {value}" if r.winner else value
            if name == "sentence":
                head = f"{review_text(r.review)}\n" if r.review is not None else ""
                return f"{head}{r.document}: {r.sentence}"
            return getattr(r, name)
        if role == HTML_ROLE and name == "sentence":
            return review_html(r.review) + r.sentence_html
        if role == FIGURE_ID_ROLE:
            return r.figure_id
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.winner and name == "value":
                return QBrush(WINNER_BG)
            if name in r.differs:
                return QBrush(DIFFERS_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and name == "value" and r.stands_out:
            return QBrush(CONFLICT_FG)
        if role == Qt.ItemDataRole.FontRole and name == "value" and (r.stands_out or r.corrected):
            font = QFont()
            font.setBold(r.stands_out)
            font.setItalic(r.corrected)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "sentence":
                tip = f"{r.document}\n{r.sentence}"
                return f"{review_tooltip(r.review)}\n\n{tip}" if r.review is not None else tip
            if name == "value":
                return value_tooltip(r)
            if name in r.differs:
                return QCoreApplication.translate("GroupsModel", "The members differ here")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "value":
            return RIGHT
        return None


def value_tooltip(r: MemberRow) -> str:
    """What the text says, the correction when there is one, and why the cell is marked."""
    tip = QCoreApplication.translate("GroupsModel", "As written: {text}").format(text=r.written)
    if r.corrected:
        corrected = QCoreApplication.translate("GroupsModel", "Corrected to {value}").format(
            value=f"{r.value} {r.unit}".strip()
        )
        tip = f"{corrected}\n{tip}"
    if r.winner:
        tip += "\n" + QCoreApplication.translate("GroupsModel", "The winning value")
    elif r.stands_out:
        tip += "\n" + QCoreApplication.translate(
            "GroupsModel", "This value disagrees with the other reports"
        )
    return tip


def review_text(review) -> str:
    """The second reviewer's decision where it differs from the figure's (the first
    reviewer's): `Minh: Rejected; Hà Nội`; empty for a member with nothing to adjudicate."""
    if review is None:
        return ""
    values = "; ".join(decision_text(f, review.second[f], review.entries) for f in review.fields)
    return f"{review.second_reviewer}: {values}"


def review_html(review) -> str:
    """Above a member's sentence, what the lead adjudicates: the second reviewer's
    differing decisions and the keys; nothing for a member without a disagreement."""
    if review is None:
        return ""
    keys = QCoreApplication.translate("GroupsModel", "F: first reviewer's · Shift+S: {name}'s")
    return (
        f"<div style='background:{DIFFERS_BG.name()}'>⚖ <b>{escape(review_text(review), quote=False)}</b>"
        f" <span style='color:#57606a'>({escape(keys.format(name=review.second_reviewer), quote=False)})"
        "</span></div>"
    )


def review_tooltip(review) -> str:
    if review is None:
        return ""
    lines = [
        QCoreApplication.translate(
            "GroupsModel", "{field}: first reviewer {first}, {name} {second}"
        ).format(
            field=review_field_label(f), name=review.second_reviewer,
            first=decision_text(f, review.first[f], review.entries),
            second=decision_text(f, review.second[f], review.entries),
        )
        for f in review.fields
    ]  # fmt: skip
    lines.append(
        QCoreApplication.translate(
            "GroupsModel", "F keeps the first reviewer's decision, Shift+S takes {name}'s"
        ).format(name=review.second_reviewer)
    )
    return "\n".join(lines)
